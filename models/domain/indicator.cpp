#include "indicator.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace Gtm {

bool IndicatorDefinition::accepts(double value) const
{
    if (!std::isfinite(value))
        return false;
    if (minimum && value < *minimum)
        return false;
    if (maximum && value > *maximum)
        return false;
    return true;
}

QString IndicatorDefinition::rangeText() const
{
    if (minimum && maximum)
        return QCoreApplication::translate("Gtm::IndicatorDefinition", "%1 to %2")
            .arg(*minimum)
            .arg(*maximum);
    if (minimum)
        return QCoreApplication::translate("Gtm::IndicatorDefinition", "at least %1").arg(*minimum);
    if (maximum)
        return QCoreApplication::translate("Gtm::IndicatorDefinition", "at most %1").arg(*maximum);
    return QCoreApplication::translate("Gtm::IndicatorDefinition", "any number");
}

bool operator==(const IndicatorDefinition &a, const IndicatorDefinition &b)
{
    return a.id == b.id && a.name == b.name && a.dimension == b.dimension && a.unit == b.unit
        && a.minimum == b.minimum && a.maximum == b.maximum && a.description == b.description
        && a.lowAnchor == b.lowAnchor && a.highAnchor == b.highAnchor && a.builtIn == b.builtIn
        && a.derived == b.derived;
}

namespace {

struct BuiltIn
{
    const char *id;
    Dimension dimension;
    const char *name;
    const char *unit;
    double minimum;
    double maximum; // NaN: no upper bound
    const char *description;
    const char *lowAnchor;
    const char *highAnchor;
};

constexpr double NoMaximum = std::numeric_limits<double>::quiet_NaN();

// The descriptions paraphrase METHOD.md so the editors and the brief can explain each field.
// clang-format off
const BuiltIn builtInTable[] = {
    {IndicatorId::AiEnthusiasm, Dimension::Context, QT_TRANSLATE_NOOP("Gtm::Indicator", "AI enthusiasm"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "How enthusiastic the vertical is about AI compared with other verticals."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "sceptical, no appetite"), QT_TRANSLATE_NOOP("Gtm::Indicator", "eager, budgets already set aside")},
    {IndicatorId::ExpectationRealism, Dimension::Context, QT_TRANSLATE_NOOP("Gtm::Indicator", "Expectation realism"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Where buyers' beliefs sit between the media's general-AI fantasies and the data scientists' "
            "\"it's just maths\". Knowing what the target expects from machine learning shortens the GTM cycle."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "expects general AI"), QT_TRANSLATE_NOOP("Gtm::Indicator", "\"it's just maths\", concrete problems")},
    {IndicatorId::StrategyMaturity, Dimension::Context, QT_TRANSLATE_NOOP("Gtm::Indicator", "AI strategy maturity"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "How far the typical customer has got with an AI strategy (fewer than 39% of firms had one in 2017)."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "no AI strategy"), QT_TRANSLATE_NOOP("Gtm::Indicator", "funded strategy in execution")},
    {IndicatorId::ModalityFit, Dimension::Context, QT_TRANSLATE_NOOP("Gtm::Indicator", "Modality fit"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "How well the product's modality (vision, speech, text, tabular) fits the vertical's data and work; "
            "the enterprise world is mostly non-visual."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "poor fit"), QT_TRANSLATE_NOOP("Gtm::Indicator", "the vertical's core work")},
    {IndicatorId::DataAvailability, Dimension::Capabilities, QT_TRANSLATE_NOOP("Gtm::Indicator", "Data availability"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Does the customer hold the relevant data? Access to data is one of the three drivers of the gap between AI leaders and laggards."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "no usable data"), QT_TRANSLATE_NOOP("Gtm::Indicator", "rich, accessible data")},
    {IndicatorId::DataCollectionHabit, Dimension::Capabilities, QT_TRANSLATE_NOOP("Gtm::Indicator", "Data collection habit"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Has the customer the habit of collecting the data needed to train and evaluate models?"),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "never collects"), QT_TRANSLATE_NOOP("Gtm::Indicator", "systematic, labelled collection")},
    {IndicatorId::DigitalMaturity, Dimension::Capabilities, QT_TRANSLATE_NOOP("Gtm::Indicator", "Digital maturity"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "How digital the customer's processes and systems already are."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "paper and phone"), QT_TRANSLATE_NOOP("Gtm::Indicator", "fully digital processes")},
    {IndicatorId::ExecutiveSponsorship, Dimension::Capabilities, QT_TRANSLATE_NOOP("Gtm::Indicator", "Executive sponsorship"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Whether a senior executive owns and funds AI adoption."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "none"), QT_TRANSLATE_NOOP("Gtm::Indicator", "C-level owner with budget")},
    {IndicatorId::AiTalent, Dimension::Capabilities, QT_TRANSLATE_NOOP("Gtm::Indicator", "AI talent"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "In-house people able to deploy, evaluate and run AI systems."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "none in house"), QT_TRANSLATE_NOOP("Gtm::Indicator", "strong data-science teams")},
    {IndicatorId::RegulatoryBurden, Dimension::Capabilities, QT_TRANSLATE_NOOP("Gtm::Indicator", "Regulatory burden"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "How heavily regulation constrains the use of data and automated decisions in the vertical."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "lightly regulated"), QT_TRANSLATE_NOOP("Gtm::Indicator", "heavily regulated")},
    {IndicatorId::JobsHighRiskPct, Dimension::Consequences, QT_TRANSLATE_NOOP("Gtm::Indicator", "Jobs at high risk of automation"), QT_TRANSLATE_NOOP("Gtm::Indicator", "% of jobs"), 0, 100,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Share of the vertical's jobs with a probability of automation above 70% "
            "(14% across 32 OECD countries; Nedelkoska & Quintini, 2018)."),
     nullptr, nullptr},
    {IndicatorId::JobsSignificantRiskPct, Dimension::Consequences, QT_TRANSLATE_NOOP("Gtm::Indicator", "Jobs at risk of significant change"), QT_TRANSLATE_NOOP("Gtm::Indicator", "% of jobs"), 0, 100,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Share of the vertical's jobs with a probability of automation between 50% and 70% "
            "(32% across 32 OECD countries; Nedelkoska & Quintini, 2018)."),
     nullptr, nullptr},
    {IndicatorId::SafetyEthicsSensitivity, Dimension::Consequences, QT_TRANSLATE_NOOP("Gtm::Indicator", "Safety & ethics sensitivity"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "How much harm a wrong automated decision can do to people in this vertical."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "little harm possible"), QT_TRANSLATE_NOOP("Gtm::Indicator", "life, liberty or livelihood at stake")},
    {IndicatorId::LabourImpact, Dimension::Consequences, QT_TRANSLATE_NOOP("Gtm::Indicator", "Labour impact"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Whether the product augments the customer's workforce or replaces it; products that augment are adopted more readily."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "augments the workforce"), QT_TRANSLATE_NOOP("Gtm::Indicator", "replaces workers")},
    {IndicatorId::GovernanceScrutiny, Dimension::Consequences, QT_TRANSLATE_NOOP("Gtm::Indicator", "Governance scrutiny"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Attention from regulators, works councils, unions and the public to AI in this vertical."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "unnoticed"), QT_TRANSLATE_NOOP("Gtm::Indicator", "intense public and regulatory scrutiny")},
    {IndicatorId::MarketSizeUsdBn, Dimension::Market, QT_TRANSLATE_NOOP("Gtm::Indicator", "Market size"), QT_TRANSLATE_NOOP("Gtm::Indicator", "USD bn"), 0, NoMaximum,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Serviceable market for the product in this vertical, in billions of US dollars a year."),
     nullptr, nullptr},
    {IndicatorId::MarketGrowthPct, Dimension::Market, QT_TRANSLATE_NOOP("Gtm::Indicator", "Market growth"), QT_TRANSLATE_NOOP("Gtm::Indicator", "% a year"), -100, 1000,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Expected annual growth of that market."),
     nullptr, nullptr},
    {IndicatorId::SalesCycleMonths, Dimension::Market, QT_TRANSLATE_NOOP("Gtm::Indicator", "Typical sales cycle"), QT_TRANSLATE_NOOP("Gtm::Indicator", "months"), 0, 120,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Months from first meeting to signed contract for a typical deal."),
     nullptr, nullptr},
};
// clang-format on

// clang-format off
const BuiltIn derivedTable[] = {
    {IndicatorId::ExplainabilityNeed, Dimension::Challenges, QT_TRANSLATE_NOOP("Gtm::Indicator", "Need for explainable decisions"), QT_TRANSLATE_NOOP("Gtm::Indicator", "0–5 scale"), 0, 5,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "The strongest explainability need among the vertical's challenges: if one decision must be explained "
            "(why a loan was refused, a candidate rejected), the product must explain it."),
     QT_TRANSLATE_NOOP("Gtm::Indicator", "no need"), QT_TRANSLATE_NOOP("Gtm::Indicator", "every decision must be explained")},
    {IndicatorId::TechnologyFirstShare, Dimension::Challenges, QT_TRANSLATE_NOOP("Gtm::Indicator", "Technology-first challenges"), QT_TRANSLATE_NOOP("Gtm::Indicator", "% of challenges"), 0, 100,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Share of challenges flagged \"technology first\" (build the data lake, then look for a use case): "
            "a warning sign of a very long proof of concept."),
     nullptr, nullptr},
    {IndicatorId::PocMonths, Dimension::Challenges, QT_TRANSLATE_NOOP("Gtm::Indicator", "Proof-of-concept length"), QT_TRANSLATE_NOOP("Gtm::Indicator", "months"), 0, 60,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Mean expected proof-of-concept length over the challenges that give one."),
     nullptr, nullptr},
    {IndicatorId::OpportunityShare, Dimension::Challenges, QT_TRANSLATE_NOOP("Gtm::Indicator", "Value framed as opportunity"), QT_TRANSLATE_NOOP("Gtm::Indicator", "% of challenges"), 0, 100,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Share of challenges whose value is told as opportunity (better decisions, revenue not lost) rather than savings."),
     nullptr, nullptr},
    {IndicatorId::StakeholderCoverage, Dimension::Challenges, QT_TRANSLATE_NOOP("Gtm::Indicator", "Stakeholder views gathered"), QT_TRANSLATE_NOOP("Gtm::Indicator", "% of roles"), 0, 100,
     QT_TRANSLATE_NOOP("Gtm::Indicator", "Share of the six buying-committee roles, from end user to budget approver, whose view of a challenge was gathered."),
     nullptr, nullptr},
};
// clang-format on

/**
 * The built-in texts are kept as their English source, never translated into the cached lists:
 * whichever language was in force at the first use would otherwise stick for the life of the
 * program (a brief in English would show names cached in Chinese). They are translated where
 * they are shown (localizedName()).
 */
QString source(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace

const QList<IndicatorDefinition> &builtInIndicators()
{
    static const QList<IndicatorDefinition> indicators = [] {
        QList<IndicatorDefinition> list;
        for (const BuiltIn &entry : builtInTable) {
            IndicatorDefinition definition;
            definition.id = QString::fromLatin1(entry.id);
            definition.name = source(entry.name);
            definition.dimension = entry.dimension;
            definition.unit = source(entry.unit);
            definition.minimum = entry.minimum;
            if (!std::isnan(entry.maximum))
                definition.maximum = entry.maximum;
            definition.description = source(entry.description);
            definition.lowAnchor = source(entry.lowAnchor);
            definition.highAnchor = source(entry.highAnchor);
            definition.builtIn = true;
            list.append(definition);
        }
        return list;
    }();
    return indicators;
}

IndicatorDefinition IndicatorDefinition::localized() const
{
    if (!builtIn)
        return *this;
    const auto translated = [](const QString &text) {
        return text.isEmpty()
            ? text
            : QCoreApplication::translate("Gtm::Indicator", text.toUtf8().constData());
    };
    IndicatorDefinition shown = *this;
    shown.name = translated(name);
    shown.unit = translated(unit);
    shown.description = translated(description);
    shown.lowAnchor = translated(lowAnchor);
    shown.highAnchor = translated(highAnchor);
    return shown;
}

QString localizedName(const QString &name)
{
    const QByteArray source = name.toUtf8();
    const QString model = QCoreApplication::translate("Gtm::DefaultModel", source.constData());
    if (model != name)
        return model;
    return QCoreApplication::translate("Gtm::Indicator", source.constData());
}

const QList<IndicatorDefinition> &derivedIndicators()
{
    static const QList<IndicatorDefinition> indicators = [] {
        QList<IndicatorDefinition> list;
        for (const BuiltIn &entry : derivedTable) {
            IndicatorDefinition definition;
            definition.id = QString::fromLatin1(entry.id);
            definition.name = source(entry.name);
            definition.dimension = entry.dimension;
            definition.unit = source(entry.unit);
            definition.minimum = entry.minimum;
            definition.maximum = entry.maximum;
            definition.description = source(entry.description);
            definition.lowAnchor = source(entry.lowAnchor);
            definition.highAnchor = source(entry.highAnchor);
            definition.builtIn = true;
            definition.derived = true;
            list.append(definition);
        }
        return list;
    }();
    return indicators;
}

const IndicatorDefinition *derivedIndicator(QStringView id)
{
    for (const IndicatorDefinition &definition : derivedIndicators()) {
        if (definition.id == id)
            return &definition;
    }
    return nullptr;
}

const IndicatorDefinition *builtInIndicator(QStringView id)
{
    for (const IndicatorDefinition &definition : builtInIndicators()) {
        if (definition.id == id)
            return &definition;
    }
    return nullptr;
}

QString customIndicatorId(const QString &heading)
{
    QString slug;
    bool pendingSeparator = false;
    for (const QChar c : heading.trimmed()) {
        const QChar lower = c.toLower();
        // Only what isValidIndicatorId() accepts: decimal digits and lower-case letters
        // ("m²" keeps the m, drops the superscript).
        if (c.isDigit() || (lower.isLetter() && lower.toLower() == lower)) {
            if (pendingSeparator && !slug.isEmpty())
                slug.append(QLatin1Char('_'));
            pendingSeparator = false;
            slug.append(lower);
        } else {
            pendingSeparator = true;
        }
    }
    if (slug.isEmpty())
        slug = QStringLiteral("unnamed");
    return QStringLiteral("custom.") + slug;
}

bool isValidIndicatorId(const QString &id)
{
    if (id.isEmpty() || id.startsWith(QLatin1Char('.')) || id.endsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : id) {
        if (c == QLatin1Char('_') || c == QLatin1Char('.') || c.isDigit())
            continue;
        if (c.isLetter() && c.toLower() == c)
            continue;
        return false;
    }
    return true;
}

} // namespace Gtm
