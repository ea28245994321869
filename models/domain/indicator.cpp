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

#define GTM_TR(text) QT_TRANSLATE_NOOP("Gtm::Indicator", text)

// The descriptions paraphrase METHOD.md so the editors and the brief can explain each field.
// clang-format off
const BuiltIn builtInTable[] = {
    {IndicatorId::AiEnthusiasm, Dimension::Context, GTM_TR("AI enthusiasm"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("How enthusiastic the vertical is about AI compared with other verticals."),
     GTM_TR("sceptical, no appetite"), GTM_TR("eager, budgets already set aside")},
    {IndicatorId::ExpectationRealism, Dimension::Context, GTM_TR("Expectation realism"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("Where buyers' beliefs sit between the media's general-AI fantasies and the data scientists' "
            "\"it's just maths\". Knowing what the target expects from machine learning shortens the GTM cycle."),
     GTM_TR("expects general AI"), GTM_TR("\"it's just maths\", concrete problems")},
    {IndicatorId::StrategyMaturity, Dimension::Context, GTM_TR("AI strategy maturity"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("How far the typical customer has got with an AI strategy (fewer than 39% of firms had one in 2017)."),
     GTM_TR("no AI strategy"), GTM_TR("funded strategy in execution")},
    {IndicatorId::ModalityFit, Dimension::Context, GTM_TR("Modality fit"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("How well the product's modality (vision, speech, text, tabular) fits the vertical's data and work; "
            "the enterprise world is mostly non-visual."),
     GTM_TR("poor fit"), GTM_TR("the vertical's core work")},
    {IndicatorId::DataAvailability, Dimension::Capabilities, GTM_TR("Data availability"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("Does the customer hold the relevant data? Access to data is one of the three drivers of the gap between AI leaders and laggards."),
     GTM_TR("no usable data"), GTM_TR("rich, accessible data")},
    {IndicatorId::DataCollectionHabit, Dimension::Capabilities, GTM_TR("Data collection habit"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("Has the customer the habit of collecting the data needed to train and evaluate models?"),
     GTM_TR("never collects"), GTM_TR("systematic, labelled collection")},
    {IndicatorId::DigitalMaturity, Dimension::Capabilities, GTM_TR("Digital maturity"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("How digital the customer's processes and systems already are."),
     GTM_TR("paper and phone"), GTM_TR("fully digital processes")},
    {IndicatorId::ExecutiveSponsorship, Dimension::Capabilities, GTM_TR("Executive sponsorship"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("Whether a senior executive owns and funds AI adoption."),
     GTM_TR("none"), GTM_TR("C-level owner with budget")},
    {IndicatorId::AiTalent, Dimension::Capabilities, GTM_TR("AI talent"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("In-house people able to deploy, evaluate and run AI systems."),
     GTM_TR("none in house"), GTM_TR("strong data-science teams")},
    {IndicatorId::RegulatoryBurden, Dimension::Capabilities, GTM_TR("Regulatory burden"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("How heavily regulation constrains the use of data and automated decisions in the vertical."),
     GTM_TR("lightly regulated"), GTM_TR("heavily regulated")},
    {IndicatorId::JobsHighRiskPct, Dimension::Consequences, GTM_TR("Jobs at high risk of automation"), GTM_TR("% of jobs"), 0, 100,
     GTM_TR("Share of the vertical's jobs with a probability of automation above 70% "
            "(14% across 32 OECD countries; Nedelkoska & Quintini, 2018)."),
     nullptr, nullptr},
    {IndicatorId::JobsSignificantRiskPct, Dimension::Consequences, GTM_TR("Jobs at risk of significant change"), GTM_TR("% of jobs"), 0, 100,
     GTM_TR("Share of the vertical's jobs with a probability of automation between 50% and 70% "
            "(32% across 32 OECD countries; Nedelkoska & Quintini, 2018)."),
     nullptr, nullptr},
    {IndicatorId::SafetyEthicsSensitivity, Dimension::Consequences, GTM_TR("Safety & ethics sensitivity"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("How much harm a wrong automated decision can do to people in this vertical."),
     GTM_TR("little harm possible"), GTM_TR("life, liberty or livelihood at stake")},
    {IndicatorId::LabourImpact, Dimension::Consequences, GTM_TR("Labour impact"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("Whether the product augments the customer's workforce or replaces it; products that augment are adopted more readily."),
     GTM_TR("augments the workforce"), GTM_TR("replaces workers")},
    {IndicatorId::GovernanceScrutiny, Dimension::Consequences, GTM_TR("Governance scrutiny"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("Attention from regulators, works councils, unions and the public to AI in this vertical."),
     GTM_TR("unnoticed"), GTM_TR("intense public and regulatory scrutiny")},
    {IndicatorId::MarketSizeUsdBn, Dimension::Market, GTM_TR("Market size"), GTM_TR("USD bn"), 0, NoMaximum,
     GTM_TR("Serviceable market for the product in this vertical, in billions of US dollars a year."),
     nullptr, nullptr},
    {IndicatorId::MarketGrowthPct, Dimension::Market, GTM_TR("Market growth"), GTM_TR("% a year"), -100, 1000,
     GTM_TR("Expected annual growth of that market."),
     nullptr, nullptr},
    {IndicatorId::SalesCycleMonths, Dimension::Market, GTM_TR("Typical sales cycle"), GTM_TR("months"), 0, 120,
     GTM_TR("Months from first meeting to signed contract for a typical deal."),
     nullptr, nullptr},
};
// clang-format on

// clang-format off
const BuiltIn derivedTable[] = {
    {IndicatorId::ExplainabilityNeed, Dimension::Challenges, GTM_TR("Need for explainable decisions"), GTM_TR("0–5 scale"), 0, 5,
     GTM_TR("The strongest explainability need among the vertical's challenges: if one decision must be explained "
            "(why a loan was refused, a candidate rejected), the product must explain it."),
     GTM_TR("no need"), GTM_TR("every decision must be explained")},
    {IndicatorId::TechnologyFirstShare, Dimension::Challenges, GTM_TR("Technology-first challenges"), GTM_TR("% of challenges"), 0, 100,
     GTM_TR("Share of challenges flagged \"technology first\" (build the data lake, then look for a use case): "
            "a warning sign of a very long proof of concept."),
     nullptr, nullptr},
    {IndicatorId::PocMonths, Dimension::Challenges, GTM_TR("Proof-of-concept length"), GTM_TR("months"), 0, 60,
     GTM_TR("Mean expected proof-of-concept length over the challenges that give one."),
     nullptr, nullptr},
    {IndicatorId::OpportunityShare, Dimension::Challenges, GTM_TR("Value framed as opportunity"), GTM_TR("% of challenges"), 0, 100,
     GTM_TR("Share of challenges whose value is told as opportunity (better decisions, revenue not lost) rather than savings."),
     nullptr, nullptr},
    {IndicatorId::StakeholderCoverage, Dimension::Challenges, GTM_TR("Stakeholder views gathered"), GTM_TR("% of roles"), 0, 100,
     GTM_TR("Share of the six buying-committee roles, from end user to budget approver, whose view of a challenge was gathered."),
     nullptr, nullptr},
};
// clang-format on

#undef GTM_TR

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("Gtm::Indicator", text) : QString();
}

} // namespace

const QList<IndicatorDefinition> &builtInIndicators()
{
    static const QList<IndicatorDefinition> indicators = [] {
        QList<IndicatorDefinition> list;
        for (const BuiltIn &entry : builtInTable) {
            IndicatorDefinition definition;
            definition.id = QString::fromLatin1(entry.id);
            definition.name = translated(entry.name);
            definition.dimension = entry.dimension;
            definition.unit = translated(entry.unit);
            definition.minimum = entry.minimum;
            if (!std::isnan(entry.maximum))
                definition.maximum = entry.maximum;
            definition.description = translated(entry.description);
            definition.lowAnchor = translated(entry.lowAnchor);
            definition.highAnchor = translated(entry.highAnchor);
            definition.builtIn = true;
            list.append(definition);
        }
        return list;
    }();
    return indicators;
}

const QList<IndicatorDefinition> &derivedIndicators()
{
    static const QList<IndicatorDefinition> indicators = [] {
        QList<IndicatorDefinition> list;
        for (const BuiltIn &entry : derivedTable) {
            IndicatorDefinition definition;
            definition.id = QString::fromLatin1(entry.id);
            definition.name = translated(entry.name);
            definition.dimension = entry.dimension;
            definition.unit = translated(entry.unit);
            definition.minimum = entry.minimum;
            definition.maximum = entry.maximum;
            definition.description = translated(entry.description);
            definition.lowAnchor = translated(entry.lowAnchor);
            definition.highAnchor = translated(entry.highAnchor);
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
