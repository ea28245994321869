#pragma once

#include "domain/workspace.h"

#include <QString>

namespace Gtm::TestWorkspaces {

/**
 * A workspace in which every field holds a value other than its default, so a round trip that
 * drops or mixes up any field fails: text with quotes, commas, line breaks and non-Latin script,
 * optional numbers both set and unset, challenge fields set (a zero and a "no" among them) and
 * unset, values with and without a source, a custom indicator, recommendation settings, and two
 * scenarios (one scoring with the custom indicator).
 */
inline Workspace everyField()
{
    Workspace w;
    w.product.name = QStringLiteral("Clause \"Lens\", Pro");
    w.product.pitch = QStringLiteral("Reviews contracts;\nexplains every flag — 合同审查");
    w.product.category = AiCategory::Custom;
    w.product.customCategory = QStringLiteral("Legal operations");
    w.product.modality = Modality::Multimodal;

    GtmPlan &p = w.plan;
    p.targetMarket = QStringLiteral("In-house legal teams of 2,000+ employee firms");
    p.personas = {
        {QStringLiteral("General Counsel"), CommitteeRole::BudgetApprover,
         QStringLiteral("Fewer escalations"), QStringLiteral("Liability"),
         QStringLiteral("Why a clause was flagged")},
        {QStringLiteral("CISO"), CommitteeRole::ItSecurity, QStringLiteral("No data leaves"),
         QStringLiteral("Model hosting"), QString()},
    };
    for (int i = 0; i < GtmPlan::ValueDriverCount; ++i) {
        ValueDriver &d = p.valueDrivers[size_t(i)];
        d.strength = i % 6;
        d.evidence = QStringLiteral("Evidence %1").arg(i);
        d.framing = i % 2 ? Framing::Savings : Framing::Opportunity;
    }
    p.pricing.model = PricingModel::OutcomeBased;
    p.pricing.rationale = QStringLiteral("Priced on hours freed");
    p.pricing.pricePoints = {{QStringLiteral("Team"), 89.5, QStringLiteral("per user per month")},
                             {QStringLiteral("Enterprise"), std::nullopt, QStringLiteral("quote")}};
    p.marketing = {{QStringLiteral("CLOC keynote"), MarketingKind::Event, QStringLiteral("Q2 2027"),
                    45000.0, QStringLiteral("Booth and talk")},
                   {QStringLiteral("Playbook series"), MarketingKind::Content,
                    QStringLiteral("ongoing"), std::nullopt, QString()}};
    p.channels = {{ChannelKind::Direct, QStringLiteral("Field sales"), 55.0,
                   QStringLiteral("Named accounts")},
                  {ChannelKind::Oem, QStringLiteral("CLM vendors"), std::nullopt, QString()}};
    p.targetQuarters = {QStringLiteral("2027 Q1"), QStringLiteral("Q3 \"2027\""),
                        QStringLiteral("2028 年第一季度")};
    p.asks = {QStringLiteral("Two engineers,\none PM"), 250000.5,
              QStringLiteral("Approve the pilot; fund EU hosting")};

    IndicatorDefinition churn;
    churn.id = QStringLiteral("custom.churn_rate");
    churn.name = QStringLiteral("Churn rate");
    churn.dimension = Dimension::Custom;
    churn.unit = QStringLiteral("% a year");
    churn.minimum = 0;
    churn.maximum = 100;
    churn.description = QStringLiteral("Customers lost a year");
    churn.lowAnchor = QStringLiteral("none");
    churn.highAnchor = QStringLiteral("all");
    IndicatorDefinition open;
    open.id = QStringLiteral("custom.open_scale");
    open.name = QStringLiteral("Open scale");
    w.customIndicators = {churn, open};

    Vertical finance;
    finance.name = QStringLiteral("Finance");
    finance.description = QStringLiteral("Banks, \"insurers\"");
    finance.contextNotes = QStringLiteral("Keen");
    finance.capabilitiesNotes = QStringLiteral("Data-rich");
    finance.consequencesNotes = QStringLiteral("Back office shrinks");
    finance.winners = QStringLiteral("Analysts");
    finance.losers = QStringLiteral("Paralegals");
    finance.safeguards = QStringLiteral("Human review, \"always\";\n审计记录");
    finance.challenges = {
        {QStringLiteral("Loan covenants"), CommitteeRole::Champion, Framing::Savings, 5, true, 4.5},
        {QStringLiteral("NDAs"), std::nullopt, std::nullopt, 0, false, std::nullopt}};
    finance.values.insert(QString::fromLatin1(IndicatorId::AiEnthusiasm), {4.5, QString()});
    finance.values.insert(QString::fromLatin1(IndicatorId::JobsHighRiskPct),
                          {14, QStringLiteral("Nedelkoska & Quintini (2018)")});
    finance.values.insert(QString::fromLatin1(IndicatorId::MarketGrowthPct), {-3.25, QString()});
    finance.values.insert(QStringLiteral("custom.churn_rate"), {0.1, QString()});
    finance.values.insert(QStringLiteral("custom.open_scale"), {-1e6, QString()});
    w.addVertical(finance);

    Vertical empty;
    empty.name = QStringLiteral("Bau & Ökologie 建筑");
    w.addVertical(empty);

    w.model.recommendation = {55.5, 75, 7};
    Scenario board {QStringLiteral("Board view, \"strict\""), w.model};
    board.model.name = QStringLiteral("Board view");
    board.model.readinessThreshold = 65;
    board.model.nodes[1].weight = 0.6;
    board.model.recommendation = {90, 80, 1};
    Scenario churnFirst {QStringLiteral("Churn 流失"), w.model};
    ModelIndicator churnRate;
    churnRate.indicatorId = QStringLiteral("custom.churn_rate");
    churnRate.parent = QStringLiteral("readiness.capabilities");
    churnRate.polarity = Polarity::Negative;
    churnRate.goalpostLow = 0;
    churnRate.goalpostHigh = 100;
    churnFirst.model.indicators.append(churnRate);
    w.scenarios = {board, churnFirst};
    return w;
}

/** `count` verticals with `valuesEach` values each (built-in indicators, then custom ones). */
inline Workspace large(int count, int valuesEach)
{
    Workspace w;
    QList<QString> ids;
    for (const IndicatorDefinition &d : builtInIndicators())
        ids.append(d.id);
    for (int i = 0; ids.size() < valuesEach; ++i) {
        IndicatorDefinition d;
        d.id = QStringLiteral("custom.metric_%1").arg(i);
        d.name = QStringLiteral("Metric %1").arg(i);
        w.customIndicators.append(d);
        ids.append(d.id);
    }
    w.verticals.reserve(count);
    for (int v = 0; v < count; ++v) {
        Vertical vertical;
        vertical.id = v + 1;
        vertical.name = QStringLiteral("Vertical %1").arg(v + 1);
        vertical.description = QStringLiteral("Segment number %1").arg(v + 1);
        for (int i = 0; i < valuesEach; ++i) // within 0–5, valid for every built-in
            vertical.values.insert(ids.at(i), {double((v + i) % 11) / 2.0, QString()});
        w.verticals.append(vertical);
    }
    return w;
}

inline ModelIndicator scale(const QString &id, const char *parent)
{
    ModelIndicator i;
    i.indicatorId = id;
    i.parent = QString::fromLatin1(parent);
    i.goalpostLow = 0;
    i.goalpostHigh = 5;
    return i;
}

/**
 * Four verticals on a model simple enough to score by hand: each index is the mean of two
 * dimensions of one 0–5 indicator each, normalised to 0–100 by the goalposts 0 and 5.
 *
 *              enthusiasm data  readiness | safety burden risk | quadrant (50, 50)   market
 *   Alpha           4      5   (80+100)/2=90 |   1      0   10  | pursue now             4
 *   Bravo           1      0   (20+0)/2 = 10 |   4      5   90  | monitor                1
 *   Charlie         3      3        60       |   3      3   60  | proceed w/ safeguards  –
 *   Delta           2      2        40       |   2      2   40  | prepare the customer    3
 *
 * Alpha ≥ Charlie ≥ Delta ≥ Bravo on every readiness indicator and the reverse on every risk
 * indicator, so no choice of weights or monotone normalisation changes their ranks.
 */
inline Workspace fourVerticals()
{
    Workspace w;
    ScoringModel &m = w.model;
    m.name = QStringLiteral("Test model");
    m.nodes = {
        {QStringLiteral("readiness"), QStringLiteral("Readiness"), QString(), 1, {}},
        {QStringLiteral("readiness.context"),
         QStringLiteral("Context"),
         QStringLiteral("readiness"),
         1,
         {}},
        {QStringLiteral("readiness.capabilities"),
         QStringLiteral("Capabilities"),
         QStringLiteral("readiness"),
         1,
         {}},
        {QStringLiteral("risk"), QStringLiteral("Risk"), QString(), 1, {}},
        {QStringLiteral("risk.consequences"),
         QStringLiteral("Consequences"),
         QStringLiteral("risk"),
         1,
         {}},
        {QStringLiteral("risk.regulation"),
         QStringLiteral("Regulation"),
         QStringLiteral("risk"),
         1,
         {}},
    };
    m.indicators
        = {scale(QString::fromLatin1(IndicatorId::AiEnthusiasm), "readiness.context"),
           scale(QString::fromLatin1(IndicatorId::DataAvailability), "readiness.capabilities"),
           scale(QString::fromLatin1(IndicatorId::SafetyEthicsSensitivity), "risk.consequences"),
           scale(QString::fromLatin1(IndicatorId::RegulatoryBurden), "risk.regulation")};
    const auto add = [&w](const char *name, double e, double d, double s, double b,
                          std::optional<double> size) {
        Vertical v;
        v.name = QString::fromLatin1(name);
        v.values.insert(QString::fromLatin1(IndicatorId::AiEnthusiasm), {e, {}});
        v.values.insert(QString::fromLatin1(IndicatorId::DataAvailability), {d, {}});
        v.values.insert(QString::fromLatin1(IndicatorId::SafetyEthicsSensitivity), {s, {}});
        v.values.insert(QString::fromLatin1(IndicatorId::RegulatoryBurden), {b, {}});
        if (size)
            v.values.insert(QString::fromLatin1(IndicatorId::MarketSizeUsdBn), {*size, {}});
        w.addVertical(v);
    };
    add("Alpha", 4, 5, 1, 0, 4);
    add("Bravo", 1, 0, 4, 5, 1);
    add("Charlie", 3, 3, 3, 3, std::nullopt);
    add("Delta", 2, 2, 2, 2, 3);
    return w;
}

} // namespace Gtm::TestWorkspaces
