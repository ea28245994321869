#include "domain/language.h"
#include "domain/workspace.h"
#include "scoring/compiledmodel.h"
#include "scoring/decisionsummary.h"
#include "scoring/indicatortable.h"
#include "storage/workspacefiles.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Gtm;

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();
const QString A = QStringLiteral("custom.a");
const QString B = QStringLiteral("custom.b");
const QString C = QStringLiteral("custom.c");
const QString MarketSize = QString::fromLatin1(IndicatorId::MarketSizeUsdBn);

ModelIndicator indicator(const QString &id, const QString &parent)
{
    ModelIndicator i;
    i.indicatorId = id;
    i.parent = parent;
    i.normalisation = Normalisation::Goalposts;
    i.goalpostLow = 0;
    i.goalpostHigh = 10;
    return i;
}

/**
 * readiness = mean of Ability (A) and Breadth (B), risk = Exposure (C), all on goalposts 0–10,
 * so a value of 7 is 70 points; thresholds 50 / 50, minimum coverage 70 %, robust share 60 %,
 * go first at most 2.
 */
CompiledModel smallModel()
{
    ScoringModel model;
    model.nodes = {
        ModelNode {QStringLiteral("readiness"),
                   QStringLiteral("Readiness"),
                   {},
                   1,
                   Aggregation::Arithmetic},
        ModelNode {QStringLiteral("risk"), QStringLiteral("Risk"), {}, 1, Aggregation::Arithmetic}};
    model.indicators
        = {indicator(A, QStringLiteral("readiness")), indicator(B, QStringLiteral("readiness")),
           indicator(C, QStringLiteral("risk"))};
    model.recommendation.goFirstMax = 2;
    CompiledModel compiled;
    QStringList problems;
    if (!CompiledModel::compile(model, {A, B, C}, {}, &compiled, &problems,
                                {{A, QStringLiteral("Ability")},
                                 {B, QStringLiteral("Breadth")},
                                 {C, QStringLiteral("Exposure")}}))
        qFatal("test model does not compile: %s", qPrintable(problems.join(QLatin1Char(' '))));
    return compiled;
}

Vertical vertical(const QString &name, double a, double b, double c, double market)
{
    Vertical v;
    v.name = name;
    const QList<std::pair<QString, double>> values {{A, a}, {B, b}, {C, c}, {MarketSize, market}};
    for (const auto &[id, value] : values) {
        if (!std::isnan(value))
            v.values.insert(id, IndicatorValue {value, {}});
    }
    return v;
}

/**
 * Five verticals worked by hand (readiness = (A + B) / 2 × 10, risk = C × 10):
 *
 * | vertical  | A | B  | C  | readiness | risk | quadrant  | runs say            | market | wave |
 * |-----------|---|----|----|-----------|------|-----------|---------------------|--------|-----------|
 * | Atlas     | 9 | 9  | 7  | 90        | 70   | safeguards| safeguards 100 %    | 3.0    | go
 * first 1| | Borealis  | 8 | 8  | 2  | 80        | 20   | pursue    | pursue 70 %         | 1.5 |
 * go first 2| | Cirrus    | 7 | 7  | 3  | 70        | 30   | pursue    | pursue 90 %         | 0.5
 * | next 1    | | Dorado    | 3 | 3  | 2  | 30        | 20   | prepare   | prepare 100 %       |
 * 0.25   | prepare 1 | | Eridanus  | 9 | –  | –  | 90        | –    | –         | (provisional) | –
 * | undecided |
 *
 * Eridanus: readiness rests on half its weight (A of A, B), risk on none: provisional.
 */
Workspace smallWorkspace()
{
    Workspace w;
    for (const auto &[id, name] :
         {std::pair {A, "Ability"}, std::pair {B, "Breadth"}, std::pair {C, "Exposure"}}) {
        IndicatorDefinition definition;
        definition.id = id;
        definition.name = QString::fromLatin1(name);
        definition.minimum = 0;
        definition.maximum = 10;
        w.customIndicators.append(definition);
    }
    w.addVertical(vertical(QStringLiteral("Atlas"), 9, 9, 7, 3.0));
    w.addVertical(vertical(QStringLiteral("Borealis"), 8, 8, 2, 1.5));
    w.addVertical(vertical(QStringLiteral("Cirrus"), 7, 7, 3, 0.5));
    w.addVertical(vertical(QStringLiteral("Dorado"), 3, 3, 2, 0.25));
    w.addVertical(vertical(QStringLiteral("Eridanus"), 9, NA, NA, NA));
    w.verticals[0].safeguards = QStringLiteral("  A lawyer signs off every redline.\n");
    // Borealis has no safeguards, but its challenges say what to watch.
    Challenge explain;
    explain.problem = QStringLiteral("Explain every refusal");
    explain.explainabilityNeed = 5;
    Challenge lake;
    lake.problem = QStringLiteral("Data lake first");
    lake.explainabilityNeed = 2;
    lake.technologyFirst = true;
    w.verticals[1].challenges = {explain, lake};
    // Cirrus has safeguards, but is no go-first call: they are not asked for.
    w.verticals[2].safeguards = QStringLiteral("Not shown");

    w.plan.targetQuarters.goFirst = QStringLiteral("2027 Q1");
    w.plan.targetQuarters.next = QStringLiteral(" 2027 Q3 ");
    // prepare: no quarter yet
    MarketingItem webinar;
    webinar.title = QStringLiteral("Webinar");
    webinar.budget = 30000;
    MarketingItem event;
    event.title = QStringLiteral("Event");
    event.budget = 12500;
    MarketingItem content;
    content.title = QStringLiteral("Blog"); // no budget: not counted
    w.plan.marketing = {webinar, event, content};
    Channel sales;
    sales.name = QStringLiteral("Field sales");
    Channel market;
    market.kind = ChannelKind::Marketplace; // no name: its kind, "Cloud marketplace"
    w.plan.channels = {sales, market};
    w.plan.asks.people = QStringLiteral("Two solution engineers");
    w.plan.asks.budgetUsd = 100000;
    w.plan.asks.decisions = QStringLiteral("Approve the pilot");
    return w;
}

SensitivityAnalysis::Result smallRuns()
{
    SensitivityAnalysis::Result result;
    result.runs = 1000;
    result.hasQuadrants = true;
    // pursue now, proceed with safeguards, prepare the customer, monitor
    result.quadrantShares
        = {{0, 1.0, 0, 0}, {0.70, 0, 0.30, 0}, {0.90, 0, 0.10, 0}, {0, 0, 1.0, 0}, {1.0, 0, 0, 0}};
    return result;
}

struct Small
{
    Workspace workspace = smallWorkspace();
    ScoringResult scores;
    Recommendation recommendation;

    Small()
    {
        const CompiledModel model = smallModel();
        scores = ScoringEngine::score(model,
                                      IndicatorTable::fromWorkspace(workspace, model.columns()));
        const SensitivityAnalysis::Result runs = smallRuns();
        recommendation
            = Recommendation::compute(scores, &runs, Recommendation::marketSizes(workspace));
    }

    VerticalId id(int row) const { return workspace.verticals.at(row).id; }
    DecisionSummary summary(const QList<ScenarioGoFirst> &scenarios = {}) const
    {
        return DecisionSummary::make(workspace, scores, recommendation, scenarios);
    }
};

QStringList textsOf(const QList<DecisionSummary::Change> &changes)
{
    QStringList texts;
    for (const auto &change : changes)
        texts.append(change.text);
    return texts;
}

} // namespace

Q_DECLARE_METATYPE(Gtm::Wave)

/**
 * The decision summary on five constructed verticals worked by hand, and on the sample (in
 * English and in Chinese).
 */
class TestDecisionSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headlineAndWaves();
    void waveMarketAndQuarter_data();
    void waveMarketAndQuarter();
    void reasonsStrongestFirst();
    void reasonsAreAtMostFive();
    void asks();
    void emptyPlanHasNoAsks();
    void risksWithTheirMitigations();
    void withoutSafeguardsOrHints();
    void gapsProvisionalAndFragile();
    void whatWouldChange();
    void noVerticals();
    void sample();
    void sampleScenarioThatDropsAVertical();
    void sampleInChinese();
};

void TestDecisionSummary::initTestCase()
{
    QVERIFY(Translations::install());
    // Numbers as en_US writes them ("USD 42,500"), whatever the machine's region; the Chinese
    // test writes in a LanguageScope, which has its own locale.
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void TestDecisionSummary::headlineAndWaves()
{
    const Small s;
    const DecisionSummary d = s.summary();
    QCOMPARE(d.headline, QStringLiteral("Go first to Atlas (with safeguards) and Borealis."));
    // Every wave that has verticals, in the plan's order; Not yet has none and is left out.
    QCOMPARE(d.waves.size(), 4);
    QCOMPARE(d.waves.at(0).wave, Wave::GoFirst);
    QCOMPARE(d.waves.at(1).wave, Wave::Next);
    QCOMPARE(d.waves.at(2).wave, Wave::Prepare);
    QCOMPARE(d.waves.at(3).wave, Wave::Undecided);
    QVERIFY(!d.wave(Wave::NotYet));
    QCOMPARE(d.wave(Wave::GoFirst)->verticals, (QList<VerticalId> {s.id(0), s.id(1)}));
    QCOMPARE(d.wave(Wave::GoFirst)->names,
             (QStringList {QStringLiteral("Atlas"), QStringLiteral("Borealis")}));
    QCOMPARE(d.wave(Wave::GoFirst)->title, QStringLiteral("Go first"));
    QCOMPARE(d.wave(Wave::Undecided)->names, QStringList {QStringLiteral("Eridanus")});
}

void TestDecisionSummary::waveMarketAndQuarter_data()
{
    QTest::addColumn<Wave>("wave");
    QTest::addColumn<double>("market");
    QTest::addColumn<int>("without");
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QString>("text");

    // 3.0 + 1.5 = 4.5
    QTest::newRow("go first") << Wave::GoFirst << 4.5 << 0 << QStringLiteral("2027 Q1")
                              << QStringLiteral(
                                     "Atlas and Borealis · market USD 4.5 bn · target 2027 Q1");
    // the quarter as typed, trimmed
    QTest::newRow("next") << Wave::Next << 0.5 << 0 << QStringLiteral("2027 Q3")
                          << QStringLiteral("Cirrus · market USD 0.5 bn · target 2027 Q3");
    QTest::newRow("prepare, no quarter")
        << Wave::Prepare << 0.25 << 0 << QString()
        << QStringLiteral("Dorado · market USD 0.25 bn · no target quarter yet");
    // listed briefly: no market, no quarter
    QTest::newRow("undecided") << Wave::Undecided << 0.0 << 1 << QString()
                               << QStringLiteral("Eridanus");
}

void TestDecisionSummary::waveMarketAndQuarter()
{
    QFETCH(Wave, wave);
    QFETCH(double, market);
    QFETCH(int, without);
    QFETCH(QString, quarter);
    QFETCH(QString, text);
    const DecisionSummary d = Small().summary();
    const DecisionSummary::WaveEntry *entry = d.wave(wave);
    QVERIFY(entry);
    QCOMPARE(entry->marketSizeUsdBn, market);
    QCOMPARE(entry->withoutMarketSize, without);
    QCOMPARE(entry->targetQuarter, quarter);
    QCOMPARE(entry->text, text);
}

void TestDecisionSummary::reasonsStrongestFirst()
{
    const Small s;
    const DecisionSummary d = s.summary();
    // Go first: Atlas (100 %) before Borealis (70 %); only two, so the next wave's strongest,
    // Cirrus, makes up three.
    QCOMPARE(d.reasons.size(), 3);
    QCOMPARE(d.reasons.at(0).name, QStringLiteral("Atlas"));
    QCOMPARE(d.reasons.at(0).share, 1.0);
    QCOMPARE(d.reasons.at(1).name, QStringLiteral("Borealis"));
    QCOMPARE(d.reasons.at(1).share, 0.70);
    QCOMPARE(d.reasons.at(2).name, QStringLiteral("Cirrus"));
    QCOMPARE(d.reasons.at(2).wave, Wave::Next);
    QCOMPARE(d.reasons.at(0).text,
             QStringLiteral("Atlas: Proceed with safeguards in 100 % of the runs. Go first: "
                            "place 1 of 2 by readiness (90.0). Safeguards for its highest "
                            "risks: Exposure."));
    QCOMPARE(d.reasons.at(1).text,
             QStringLiteral("Borealis: Pursue now in 70 % of the runs. Go first: place 2 of 2 "
                            "by readiness (80.0)."));
}

void TestDecisionSummary::reasonsAreAtMostFive()
{
    // Seven equal verticals, every one a robust pursue-now call, six of them go first.
    Workspace w;
    for (const auto &[id, name] :
         {std::pair {A, "Ability"}, std::pair {B, "Breadth"}, std::pair {C, "Exposure"}}) {
        IndicatorDefinition definition;
        definition.id = id;
        definition.name = QString::fromLatin1(name);
        w.customIndicators.append(definition);
    }
    SensitivityAnalysis::Result runs;
    runs.runs = 100;
    runs.hasQuadrants = true;
    for (int i = 0; i < 7; ++i) {
        // readiness 90 − 5i, so the order is the workspace's; pursue now in 100 − i % of runs
        w.addVertical(vertical(QStringLiteral("V%1").arg(i), 9 - 0.5 * i, 9 - 0.5 * i, 2, 1));
        runs.quadrantShares.push_back({1.0 - 0.01 * i, 0.01 * i, 0, 0});
    }
    const CompiledModel compiled = smallModel();
    ScoringResult scores
        = ScoringEngine::score(compiled, IndicatorTable::fromWorkspace(w, compiled.columns()));
    // go first at most 2 in the small model: V0, V1 go first, the five others are next.
    const Recommendation r = Recommendation::compute(scores, &runs, Recommendation::marketSizes(w));
    DecisionSummary d = DecisionSummary::make(w, scores, r);
    QCOMPARE(d.reasons.size(), 3); // two go first, and the strongest next call
    QCOMPARE(d.reasons.at(2).name, QStringLiteral("V2"));
    // Every go call fragile? No: the lowest share is 94 %.
    QVERIFY(d.gaps.isEmpty());
    // Seven go-first places: five reasons, strongest first.
    Recommendation wide;
    {
        ScoringModel m;
        m.nodes
            = {ModelNode {QStringLiteral("readiness"),
                          QStringLiteral("Readiness"),
                          {},
                          1,
                          Aggregation::Arithmetic},
               ModelNode {
                   QStringLiteral("risk"), QStringLiteral("Risk"), {}, 1, Aggregation::Arithmetic}};
        m.indicators
            = {indicator(A, QStringLiteral("readiness")), indicator(B, QStringLiteral("readiness")),
               indicator(C, QStringLiteral("risk"))};
        m.recommendation.goFirstMax = 7;
        CompiledModel c;
        QStringList problems;
        QVERIFY(CompiledModel::compile(m, {A, B, C}, {}, &c, &problems));
        scores = ScoringEngine::score(c, IndicatorTable::fromWorkspace(w, c.columns()));
        wide = Recommendation::compute(scores, &runs, Recommendation::marketSizes(w));
    }
    QCOMPARE(wide.rowsIn(Wave::GoFirst).size(), 7);
    d = DecisionSummary::make(w, scores, wide);
    QCOMPARE(d.reasons.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(d.reasons.at(i).name, QStringLiteral("V%1").arg(i));
    QCOMPARE(d.reasons.at(4).share, 0.96);
}

void TestDecisionSummary::asks()
{
    const DecisionSummary d = Small().summary();
    const DecisionSummary::Asks &asks = d.asks;
    // 30,000 + 12,500; the blog has no budget
    QCOMPARE(asks.marketingBudgetUsd, 42500.0);
    QCOMPARE(asks.marketingItems, 3);
    QCOMPARE(asks.marketingItemsWithBudget, 2);
    QCOMPARE(asks.channels,
             (QStringList {QStringLiteral("Field sales"), QStringLiteral("Cloud marketplace")}));
    QCOMPARE(asks.people, QStringLiteral("Two solution engineers"));
    QCOMPARE(asks.budgetBeyondMarketingUsd, std::optional<double>(100000));
    QCOMPARE(asks.decisions, QStringLiteral("Approve the pilot"));

    using Kind = DecisionSummary::Ask::Kind;
    QCOMPARE(asks.lines.size(), 6);
    const QList<std::tuple<Kind, QString, QString>> expected {
        {Kind::MarketingBudget, QStringLiteral("Marketing budget"),
         QStringLiteral("USD 42,500 over 2 marketing items")},
        {Kind::Channels, QStringLiteral("Channels"),
         QStringLiteral("2 channels: Field sales; Cloud marketplace")},
        {Kind::People, QStringLiteral("People"), QStringLiteral("Two solution engineers")},
        {Kind::BudgetBeyondMarketing, QStringLiteral("Budget beyond marketing"),
         QStringLiteral("USD 100,000")},
        // 42,500 + 100,000
        {Kind::TotalBudget, QStringLiteral("Total budget"), QStringLiteral("USD 142,500")},
        {Kind::Decisions, QStringLiteral("Decisions needed"), QStringLiteral("Approve the pilot")},
    };
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(asks.lines.at(i).kind, std::get<0>(expected.at(i)));
        QCOMPARE(asks.lines.at(i).label, std::get<1>(expected.at(i)));
        QCOMPARE(asks.lines.at(i).value, std::get<2>(expected.at(i)));
    }
}

void TestDecisionSummary::emptyPlanHasNoAsks()
{
    Small s;
    s.workspace.plan = GtmPlan();
    const DecisionSummary d = s.summary();
    QVERIFY(d.asks.lines.isEmpty());
    QCOMPARE(d.asks.marketingBudgetUsd, 0.0);
    // No quarters either: each full wave says so.
    QCOMPARE(d.wave(Wave::GoFirst)->targetQuarter, QString());
    QVERIFY(d.wave(Wave::GoFirst)->text.endsWith(QLatin1String("no target quarter yet")));

    // Only a budget beyond marketing: no total without marketing budgets.
    s.workspace.plan.asks.budgetUsd = 0;
    const DecisionSummary zero = s.summary();
    QCOMPARE(zero.asks.lines.size(), 1);
    QCOMPARE(zero.asks.lines.at(0).value, QStringLiteral("USD 0"));
}

void TestDecisionSummary::risksWithTheirMitigations()
{
    const Small s;
    const DecisionSummary d = s.summary();
    // The go-first verticals only, in their order.
    QCOMPARE(d.risks.size(), 2);
    const DecisionSummary::Risk &atlas = d.risks.at(0);
    QCOMPARE(atlas.vertical, s.id(0));
    QCOMPARE(atlas.risks, QStringList {QStringLiteral("Exposure")});
    QCOMPARE(atlas.source, DecisionSummary::Risk::Mitigation::Safeguards);
    QCOMPARE(atlas.mitigation, QStringLiteral("A lawyer signs off every redline."));
    QCOMPARE(atlas.text, QStringLiteral("Atlas — Exposure: A lawyer signs off every redline."));

    // No safeguards typed: the challenges' highest explainability need (5 of 5) and the
    // technology-first flag are the hints.
    const DecisionSummary::Risk &borealis = d.risks.at(1);
    QCOMPARE(borealis.risks, QStringList {QStringLiteral("Exposure")}); // 20 points
    QCOMPARE(borealis.source, DecisionSummary::Risk::Mitigation::ChallengeHints);
    QCOMPARE(borealis.mitigation,
             QStringLiteral("No safeguards recorded; its challenges suggest: Explainability need "
                            "5 of 5 (\"Explain every refusal\"): plan explanations the customer "
                            "can give for every decision. Technology-first red flag (\"Data lake "
                            "first\"): agree a use case before the data work, or expect a long "
                            "proof of concept."));
}

void TestDecisionSummary::withoutSafeguardsOrHints()
{
    Small s;
    // An explainability need of 3 is below the hint's 4; no flag.
    Challenge mild;
    mild.problem = QStringLiteral("Mild");
    mild.explainabilityNeed = 3;
    mild.technologyFirst = false;
    s.workspace.verticals[1].challenges = {mild};
    s.workspace.verticals[0].safeguards = QStringLiteral("   \n");
    const DecisionSummary d = s.summary();
    QCOMPARE(d.risks.size(), 2);
    for (const DecisionSummary::Risk &risk : d.risks) {
        QCOMPARE(risk.source, DecisionSummary::Risk::Mitigation::None);
        QCOMPARE(risk.mitigation, QStringLiteral("No mitigation recorded."));
    }
    QCOMPARE(d.risks.at(1).text, QStringLiteral("Borealis — Exposure: No mitigation recorded."));
}

void TestDecisionSummary::gapsProvisionalAndFragile()
{
    const Small s;
    const DecisionSummary d = s.summary();
    QCOMPARE(d.gaps.size(), 2);
    // Eridanus: A is half of readiness's weight, risk has nothing.
    const DecisionSummary::Gap &provisional = d.gaps.at(0);
    QCOMPARE(provisional.kind, DecisionSummary::Gap::Kind::Provisional);
    QCOMPARE(provisional.vertical, s.id(4));
    QCOMPARE(provisional.readinessCoverage, 0.5);
    QCOMPARE(provisional.riskCoverage, 0.0);
    QCOMPARE(provisional.text,
             QStringLiteral("Eridanus is provisional: readiness rests on 50 % of its weight, "
                            "risk on 0 %; missing Breadth and Exposure."));
    // Borealis goes first on 70 % of the runs, below 75 %; Cirrus (90 %) is firm.
    const DecisionSummary::Gap &fragile = d.gaps.at(1);
    QCOMPARE(fragile.kind, DecisionSummary::Gap::Kind::FragileCall);
    QCOMPARE(fragile.vertical, s.id(1));
    QCOMPARE(fragile.wave, Wave::GoFirst);
    QCOMPARE(fragile.share, 0.70);
    QCOMPARE(fragile.text,
             QStringLiteral("Borealis (Go first) is a fragile call: only 70 % of the runs say "
                            "Pursue now; 75 % would make it firm."));
}

void TestDecisionSummary::whatWouldChange()
{
    const Small s;
    const QList<ScenarioGoFirst> scenarios {
        // the same set in another order: no change
        {QStringLiteral("Same"), {s.id(1), s.id(0)}, {}},
        {QStringLiteral("Cautious"), {s.id(0), s.id(2)}, {}},
        {QStringLiteral("Narrow"), {s.id(0)}, {}},
        {QStringLiteral("Wide"), {s.id(0), s.id(1), s.id(2)}, {}},
        {QStringLiteral("Broken"), {}, QStringLiteral("Unknown indicator \"x\".")},
    };
    const DecisionSummary d = s.summary(scenarios);
    // Atlas's 100 % is no weak call; Borealis's 70 % is.
    QCOMPARE(textsOf(d.changes),
             (QStringList {
                 QStringLiteral("Borealis: Pursue now in 70 % of the robustness runs; the other "
                                "30 % put it in another quadrant."),
                 QStringLiteral("Scenario \"Cautious\" would go first to Cirrus instead of "
                                "Borealis."),
                 QStringLiteral("Scenario \"Narrow\" would not go first to Borealis."),
                 QStringLiteral("Scenario \"Wide\" would also go first to Cirrus."),
                 QStringLiteral("Scenario \"Broken\" could not be scored: Unknown indicator "
                                "\"x\"."),
             }));
    QCOMPARE(d.changes.at(0).kind, DecisionSummary::Change::Kind::WeakCall);
    QCOMPARE(d.changes.at(0).share, 0.70);
    QCOMPARE(d.changes.at(1).kind, DecisionSummary::Change::Kind::Scenario);
    QCOMPARE(d.changes.at(1).added, QStringList {QStringLiteral("Cirrus")});
    QCOMPARE(d.changes.at(1).dropped, QStringList {QStringLiteral("Borealis")});
}

void TestDecisionSummary::noVerticals()
{
    Workspace w;
    DecisionSummary d;
    QStringList problems;
    QVERIFY2(DecisionSummary::compute(w, recommendationRunSettings(10), &d, &problems),
             qPrintable(problems.join(QLatin1Char(' '))));
    QCOMPARE(d.headline,
             QStringLiteral(
                 "No verticals yet: add the candidate segments and fill in their worksheets."));
    QVERIFY(d.waves.isEmpty());
    QVERIFY(d.reasons.isEmpty());
    QVERIFY(d.asks.lines.isEmpty());
    QVERIFY(d.risks.isEmpty());
    QVERIFY(d.gaps.isEmpty());
    QVERIFY(d.changes.isEmpty());
}

void TestDecisionSummary::sample()
{
    const Workspace w = WorkspaceFiles::sampleWorkspace();
    DecisionSummary d;
    QStringList problems;
    QVERIFY2(DecisionSummary::compute(w, recommendationRunSettings(), &d, &problems),
             qPrintable(problems.join(QLatin1Char(' '))));
    // As the README's recommendation section says.
    QCOMPARE(d.headline,
             QStringLiteral("Go first to Finance (with safeguards), Technology and Telecom."));
    QCOMPARE(d.waves.size(), 5);
    const auto names = [&](Wave wave) {
        return d.wave(wave)->names.join(QLatin1String(", "));
    };
    QCOMPARE(names(Wave::GoFirst), QStringLiteral("Finance, Technology, Telecom"));
    QCOMPARE(names(Wave::Next), QStringLiteral("Automotive, Insurance"));
    QCOMPARE(names(Wave::Prepare), QStringLiteral("Retail, Travel, Education"));
    QCOMPARE(names(Wave::NotYet), QStringLiteral("Public Sector, Healthcare, Construction"));
    QCOMPARE(names(Wave::Undecided), QStringLiteral("Energy & Utilities"));
    // Market sizes (USD bn): 2.4 + 1.9 + 0.8, 0.7 + 1.1, 0.7 + 0.3 + 0.3.
    QVERIFY(std::abs(d.wave(Wave::GoFirst)->marketSizeUsdBn - 5.1) < 1e-9);
    QVERIFY(std::abs(d.wave(Wave::Next)->marketSizeUsdBn - 1.8) < 1e-9);
    QVERIFY(std::abs(d.wave(Wave::Prepare)->marketSizeUsdBn - 1.3) < 1e-9);
    QCOMPARE(
        d.wave(Wave::GoFirst)->text,
        QStringLiteral("Finance, Technology and Telecom · market USD 5.1 bn · target 2027 Q1"));
    QCOMPARE(d.wave(Wave::Next)->text,
             QStringLiteral("Automotive and Insurance · market USD 1.8 bn · target 2027 Q3"));
    QCOMPARE(d.wave(Wave::Prepare)->text,
             QStringLiteral("Retail, Travel and Education · market USD 1.3 bn · target 2028 Q1"));

    // Reasons: Finance and Technology (100 %) before Telecom (91 %).
    QCOMPARE(d.reasons.size(), 3);
    QCOMPARE(d.reasons.at(0).name, QStringLiteral("Finance"));
    QCOMPARE(d.reasons.at(1).name, QStringLiteral("Technology"));
    QCOMPARE(d.reasons.at(2).name, QStringLiteral("Telecom"));

    // Asks: 65,000 + 70,000 + 30,000 + 180,000 + 120,000 + 85,000 + 40,000 = 590,000; five
    // channels; 450,000 beyond marketing, 1,040,000 in all.
    QCOMPARE(d.asks.marketingBudgetUsd, 590000.0);
    QCOMPARE(d.asks.marketingItemsWithBudget, 7);
    QCOMPARE(d.asks.channels.size(), 5);
    QCOMPARE(d.asks.budgetBeyondMarketingUsd, std::optional<double>(450000));
    QCOMPARE(d.asks.lines.size(), 6);
    QCOMPARE(d.asks.lines.at(0).value, QStringLiteral("USD 590,000 over 7 marketing items"));
    QCOMPARE(d.asks.lines.at(4).value, QStringLiteral("USD 1,040,000"));

    // Finance's safeguards are its highest risks', as the recommendation names them.
    QCOMPARE(d.risks.size(), 3);
    QCOMPARE(d.risks.at(0).name, QStringLiteral("Finance"));
    QCOMPARE(d.risks.at(0).risks,
             (QStringList {QStringLiteral("Regulatory burden"),
                           QStringLiteral("Need for explainable decisions"),
                           QStringLiteral("Governance scrutiny")}));
    for (const DecisionSummary::Risk &risk : d.risks) {
        QCOMPARE(risk.source, DecisionSummary::Risk::Mitigation::Safeguards);
        QCOMPARE(risk.mitigation, w.vertical(risk.vertical)->safeguards);
    }

    // Every score rests on all its data, and no go call is below 75 % (Telecom 91 %,
    // Automotive 90 %): no gaps.
    QVERIFY(d.gaps.isEmpty());
    // Telecom's 91 % is the only go-first call short of 100 %; no scenarios in the sample.
    QCOMPARE(textsOf(d.changes),
             QStringList {QStringLiteral("Telecom: Pursue now in 91 % of the robustness runs; "
                                         "the other 9 % put it in another quadrant.")});
}

void TestDecisionSummary::sampleScenarioThatDropsAVertical()
{
    Workspace w = WorkspaceFiles::sampleWorkspace();
    Scenario two;
    two.name = QStringLiteral("Two first");
    two.model = w.model;
    two.model.recommendation.goFirstMax = 2;
    Scenario doubled;
    doubled.name = QStringLiteral("Capabilities doubled");
    doubled.model = w.model;
    for (ModelNode &node : doubled.model.nodes) {
        if (node.id == QLatin1String("readiness.capabilities"))
            node.weight = 1.0;
    }
    w.scenarios = {two, doubled};
    const QList<ScenarioGoFirst> goFirst
        = DecisionSummary::scenarioGoFirst(w, recommendationRunSettings());
    QCOMPARE(goFirst.size(), 2);
    // Two places: Finance and Technology; doubling Capabilities swaps the first two only.
    QCOMPARE(goFirst.at(0).goFirst,
             (QList<VerticalId> {w.verticals.at(0).id, w.verticals.at(2).id}));
    QCOMPARE(
        goFirst.at(1).goFirst,
        (QList<VerticalId> {w.verticals.at(2).id, w.verticals.at(0).id, w.verticals.at(3).id}));
    DecisionSummary d;
    QStringList problems;
    QVERIFY(DecisionSummary::compute(w, recommendationRunSettings(), &d, &problems));
    QCOMPARE(d.changes.size(), 2); // Telecom's weak call, then "Two first"
    QCOMPARE(d.changes.at(1).text,
             QStringLiteral("Scenario \"Two first\" would not go first to Telecom."));
}

void TestDecisionSummary::sampleInChinese()
{
    const Workspace w = WorkspaceFiles::sampleWorkspace(QStringLiteral("zh_CN"));
    LanguageScope chinese(QStringLiteral("zh_CN"));
    DecisionSummary d;
    QStringList problems;
    QVERIFY(DecisionSummary::compute(w, recommendationRunSettings(), &d, &problems));
    QCOMPARE(
        d.wave(Wave::GoFirst)->names,
        (QStringList {QStringLiteral("金融"), QStringLiteral("科技"), QStringLiteral("电信")}));
    QCOMPARE(d.wave(Wave::GoFirst)->marketText, QStringLiteral("51 亿美元"));
    QCOMPARE(d.wave(Wave::GoFirst)->targetQuarter, QStringLiteral("2027 年第一季度"));
    QCOMPARE(d.asks.lines.at(0).value, QStringLiteral("7 项营销活动，共 59 万美元"));
    QCOMPARE(d.asks.lines.at(4).value, QStringLiteral("104 万美元"));
    QCOMPARE(d.wave(Wave::GoFirst)->title, QStringLiteral("优先进入"));
    // Every text of the summary is in Chinese: no English sentence left.
    QStringList texts {d.headline};
    for (const auto &wave : d.waves)
        texts << wave.title << wave.text;
    for (const auto &reason : d.reasons)
        texts << reason.text;
    for (const auto &ask : d.asks.lines)
        texts << ask.label << ask.value;
    for (const auto &risk : d.risks)
        texts << risk.text;
    for (const auto &change : d.changes)
        texts << change.text;
    static const QRegularExpression english(QStringLiteral("\\b(the|of|and|in|runs|market)\\b"));
    for (const QString &text : texts)
        QVERIFY2(!english.match(text).hasMatch(), qPrintable(text));
}

QTEST_MAIN(TestDecisionSummary)
#include "tst_decisionsummary.moc"
