#include "domain/workspace.h"
#include "items/scenariocomparisonmodel.h"
#include "scoring/compiledmodel.h"
#include "scoring/recommendation.h"
#include "scoring/scenariocomparison.h"
#include "scoring/textcolumns.h"
#include "storage/workspacefiles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

#include <cmath>

using namespace Gtm;

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();
const QString A = QStringLiteral("custom.a");
const QString B = QStringLiteral("custom.b");
const QString C = QStringLiteral("custom.c");

ModelIndicator indicator(const QString &id, const QString &parent, double weight = 1)
{
    ModelIndicator i;
    i.indicatorId = id;
    i.parent = parent;
    i.weight = weight;
    i.normalisation = Normalisation::Goalposts;
    i.goalpostLow = 0;
    i.goalpostHigh = 10;
    return i;
}

/**
 * readiness = mean of A and B, risk = C, all on goalposts 0–10, so a value of 7 is 70 points;
 * thresholds 50 / 50, minimum coverage 70 %, robust share 60 %, go first at most 2.
 */
ScoringModel smallModel(double weightOfB = 1)
{
    ScoringModel model;
    model.nodes = {
        ModelNode {QStringLiteral("readiness"),
                   QStringLiteral("Readiness"),
                   {},
                   1,
                   Aggregation::Arithmetic},
        ModelNode {QStringLiteral("risk"), QStringLiteral("Risk"), {}, 1, Aggregation::Arithmetic}};
    model.indicators = {indicator(A, QStringLiteral("readiness")),
                        indicator(B, QStringLiteral("readiness"), weightOfB),
                        indicator(C, QStringLiteral("risk"))};
    model.recommendation.goFirstMax = 2;
    return model;
}

CompiledModel compile(const ScoringModel &model)
{
    CompiledModel compiled;
    QStringList problems;
    if (!CompiledModel::compile(model, {A, B, C}, {}, &compiled, &problems))
        qFatal("test model does not compile: %s", qPrintable(problems.join(QLatin1Char(' '))));
    return compiled;
}

bool same(double a, double b, double tolerance = 1e-9)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= tolerance;
}

IndicatorTable table(const QList<QList<double>> &rows)
{
    IndicatorTable t = IndicatorTable::empty({A, B, C}, int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 3; ++c)
            t.setValue(r, c, rows.at(r).at(c));
    }
    return t;
}

/** Robustness runs with the given quadrant shares per row (pursue, safeguards, prepare,
 *  monitor), as if from `runs` runs. */
SensitivityAnalysis::Result runsWith(const QList<std::array<double, 4>> &shares, int runs = 1000)
{
    SensitivityAnalysis::Result result;
    result.runs = runs;
    result.hasQuadrants = true;
    for (const auto &row : shares)
        result.quadrantShares.push_back(row);
    return result;
}

// The constructed verticals: A, B, C and market size, with the hand-worked baseline.
const QStringList names
    = {QStringLiteral("Alpha"), QStringLiteral("Beta"),    QStringLiteral("Gamma"),
       QStringLiteral("Delta"), QStringLiteral("Epsilon"), QStringLiteral("Zeta"),
       QStringLiteral("Eta"),   QStringLiteral("Theta")};
const QList<QList<double>> values = {
    {9, 9, 2}, // Alpha: readiness 90, risk 20 → pursue now
    {8, 8, 7}, // Beta: 80, 70 → proceed with safeguards
    {7, 7, 3}, // Gamma: 70, 30 → pursue now
    {6, 6, 4}, // Delta: 60, 40 → pursue now
    {6, 6, 2}, // Epsilon: 60, 20 → pursue now
    {3, 3, 8}, // Zeta: 30, 80 → monitor
    {9, NA, NA}, // Eta: readiness on half its weight, no risk at all → provisional
    {7, 7, 3}, // Theta: as Gamma, with the larger market
};
const std::vector<double> markets = {100, 100, 10, 10, 10, 10, 10, 50};
const QList<std::array<double, 4>> shares = {
    {0.95, 0.05, 0, 0}, // Alpha: pursue now 95 %: robust
    {0, 0.70, 0, 0.30}, // Beta: safeguards 70 %: robust
    {0.60, 0, 0.40, 0}, // Gamma: exactly the robust share
    {0.55, 0, 0.45, 0}, // Delta: 55 %: no robust call
    {0.26, 0, 0.74, 0}, // Epsilon: the runs say prepare
    {0, 0, 0, 1}, // Zeta: monitor in every run
    {1, 0, 0, 0}, // Eta: provisional, whatever the runs say
    {0.90, 0, 0.10, 0}, // Theta
};

} // namespace

Q_DECLARE_METATYPE(Gtm::Wave)

/**
 * The recommendation rule on constructed verticals whose scores and run shares are worked out
 * by hand, on the sample, and the scenario comparison.
 */
class TestRecommendation : public QObject
{
    Q_OBJECT

private slots:
    void waves_data();
    void waves();
    void goFirstOrderAndHeadline();
    void safeguardsNameTheHighestRisks();
    void reasonsQuoteTheShares();
    void provisionalIsNeverGoFirst();
    void withoutRunsEverythingIsUndecided();
    void noRunWithBothScoresIsUndecided();
    void coverageIsShownRoundedDown();
    void anyIndexBelowTheMinimumIsNamed();
    void settingsOutOfRangeAreTakenAtTheirBounds();
    void robustShareAndGoFirstMaxAreSettings();
    void sampleRecommendation();
    void sampleWithAHalfFilledVertical();
    void scenarioComparison();
    void scenarioComparisonModel();
    void textColumnsCountWideCharacters_data();
    void textColumnsCountWideCharacters();

private:
    static ScenarioComparison xyzComparison();
};

void TestRecommendation::waves_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<Wave>("wave");
    QTest::addColumn<int>("order");

    QTest::newRow("Alpha: readiest robust go call") << 0 << Wave::GoFirst << 1;
    QTest::newRow("Beta: second readiest, with safeguards") << 1 << Wave::GoFirst << 2;
    // Gamma and Theta tie on readiness 70; Theta's market (50) is larger than Gamma's (10)
    QTest::newRow("Theta: third go call, larger market") << 7 << Wave::Next << 1;
    QTest::newRow("Gamma: 60 % is robust, but fourth") << 2 << Wave::Next << 2;
    QTest::newRow("Epsilon: 74 % prepare") << 4 << Wave::Prepare << 1;
    QTest::newRow("Zeta: monitor everywhere") << 5 << Wave::NotYet << 1;
    // Undecided: Eta (readiness 90) before Delta (60)
    QTest::newRow("Eta: provisional") << 6 << Wave::Undecided << 1;
    QTest::newRow("Delta: 55 % is no robust call") << 3 << Wave::Undecided << 2;
}

void TestRecommendation::waves()
{
    QFETCH(int, row);
    QFETCH(Wave, wave);
    QFETCH(int, order);
    const ScoringResult scores = ScoringEngine::score(compile(smallModel()), table(values));
    const SensitivityAnalysis::Result runs = runsWith(shares);
    const Recommendation recommendation = Recommendation::compute(scores, &runs, markets);
    const Placement &p = recommendation.placement(row);
    QCOMPARE(p.wave, wave);
    QCOMPARE(p.order, order);
}

void TestRecommendation::goFirstOrderAndHeadline()
{
    const ScoringResult scores = ScoringEngine::score(compile(smallModel()), table(values));
    const SensitivityAnalysis::Result runs = runsWith(shares);
    const Recommendation recommendation = Recommendation::compute(scores, &runs, markets);
    QCOMPARE(recommendation.rowsIn(Wave::GoFirst), (QList<int> {0, 1}));
    QCOMPARE(recommendation.rowsIn(Wave::Next), (QList<int> {7, 2}));
    QCOMPARE(recommendation.rowsIn(Wave::Prepare), (QList<int> {4}));
    QCOMPARE(recommendation.rowsIn(Wave::NotYet), (QList<int> {5}));
    QCOMPARE(recommendation.rowsIn(Wave::Undecided), (QList<int> {6, 3}));
    QCOMPARE(recommendation.headline(names),
             QStringLiteral("Go first to Alpha and Beta (with safeguards)."));
    // A brief of some verticals names those of them that go first, or the next step.
    QCOMPARE(recommendation.headline(names, {1, 4}),
             QStringLiteral("Go first to Beta (with safeguards)."));
    QCOMPARE(recommendation.headline(names, {2, 4}),
             QStringLiteral("Next, after the go-first verticals: Gamma."));
    QCOMPARE(recommendation.headline(names, {4, 5}),
             QStringLiteral("No vertical is a robust go call yet: prepare Epsilon, where the risk "
                            "is low."));
}

void TestRecommendation::safeguardsNameTheHighestRisks()
{
    const ScoringResult scores = ScoringEngine::score(compile(smallModel()), table(values));
    const SensitivityAnalysis::Result runs = runsWith(shares);
    const Recommendation recommendation = Recommendation::compute(scores, &runs, markets);
    // Beta's risk is C alone.
    QCOMPARE(recommendation.placement(1).safeguards, QStringList {C});
    QVERIFY(recommendation.placement(1).reason.contains(
        QStringLiteral("Safeguards for its highest risks: custom.c.")));
    QCOMPARE(recommendation.placement(0).safeguards, QStringList()); // pursue now needs none
}

void TestRecommendation::reasonsQuoteTheShares()
{
    const ScoringResult scores = ScoringEngine::score(compile(smallModel()), table(values));
    const SensitivityAnalysis::Result runs = runsWith(shares);
    const Recommendation recommendation = Recommendation::compute(scores, &runs, markets);
    const Placement &epsilon = recommendation.placement(4);
    QCOMPARE(epsilon.baselineQuadrant, Quadrant::PursueNow);
    QCOMPARE(epsilon.robustQuadrant, Quadrant::PrepareTheCustomer);
    QVERIFY(same(epsilon.quadrantShare, 0.74));
    QVERIFY2(epsilon.reason.startsWith(QStringLiteral(
                 "Pursue now at the baseline, but 74 % of the runs say Prepare the customer.")),
             qPrintable(epsilon.reason));
    const Placement &delta = recommendation.placement(3);
    QVERIFY(!delta.robust);
    QVERIFY2(delta.reason.startsWith(QStringLiteral("Pursue now at the baseline, but only 55 % "
                                                    "of the runs agree; 60 % are needed")),
             qPrintable(delta.reason));
    QVERIFY2(recommendation.placement(0).reason.startsWith(
                 QStringLiteral("Pursue now in 95 % of the runs. Go first: place 1 of 2")),
             qPrintable(recommendation.placement(0).reason));
}

void TestRecommendation::provisionalIsNeverGoFirst()
{
    const ScoringResult scores = ScoringEngine::score(compile(smallModel()), table(values));
    const SensitivityAnalysis::Result runs = runsWith(shares);
    const Recommendation recommendation = Recommendation::compute(scores, &runs, markets);
    const Placement &eta = recommendation.placement(6);
    // readiness: A (½ of the weight) present → 50 %; risk: C missing → 0 %
    QVERIFY(same(eta.readinessCoverage, 0.5));
    QVERIFY(same(eta.riskCoverage, 0.0));
    QVERIFY(eta.provisional);
    QCOMPARE(eta.wave, Wave::Undecided);
    QCOMPARE(eta.missing, (QStringList {B, C}));
    QVERIFY2(eta.reason.contains(QStringLiteral(
                 "Provisional: Readiness rests on 50 % of its weight (missing custom.b); 70 % is "
                 "needed.")),
             qPrintable(eta.reason));
    QVERIFY(!recommendation.placement(0).provisional);
    QVERIFY(same(recommendation.placement(0).readinessCoverage, 1.0));
}

void TestRecommendation::withoutRunsEverythingIsUndecided()
{
    const ScoringResult scores = ScoringEngine::score(compile(smallModel()), table(values));
    const Recommendation recommendation = Recommendation::compute(scores, nullptr, markets);
    QVERIFY(!recommendation.hasRuns());
    QCOMPARE(recommendation.rowsIn(Wave::Undecided).size(), values.size());
    QVERIFY2(recommendation.placement(0).reason.contains(QStringLiteral("not done yet")),
             qPrintable(recommendation.placement(0).reason));
    QCOMPARE(recommendation.headline(names),
             QStringLiteral("No recommendation until the robustness runs are done."));
    // A workspace without verticals says what to do first.
    const ScoringResult none = ScoringEngine::score(compile(smallModel()), table({}));
    const SensitivityAnalysis::Result noRuns = runsWith({});
    QCOMPARE(Recommendation::compute(none, &noRuns, {}).headline({}),
             QStringLiteral("No verticals yet: add the candidate segments and fill in their "
                            "worksheets."));
}

void TestRecommendation::noRunWithBothScoresIsUndecided()
{
    // Scored at the baseline, but no run put it in any quadrant (all shares 0).
    const ScoringResult scores = ScoringEngine::score(compile(smallModel()), table({{9, 9, 2}}));
    const SensitivityAnalysis::Result runs = runsWith({{0, 0, 0, 0}});
    const Placement p = Recommendation::compute(scores, &runs, {}).placement(0);
    QCOMPARE(p.wave, Wave::Undecided);
    QVERIFY(!p.robustQuadrant);
    QCOMPARE(p.reason,
             QStringLiteral("Pursue now at the baseline, but no robustness run gave it both "
                            "scores."));
}

void TestRecommendation::coverageIsShownRoundedDown()
{
    // Readiness from A (weight 696) and B (weight 304): with B missing, 69.6 % of the weight
    // rests on data, below the 70 % minimum, so it must not read "70 %".
    ScoringModel model = smallModel();
    model.indicators[0].weight = 696;
    model.indicators[1].weight = 304;
    const ScoringResult scores = ScoringEngine::score(compile(model), table({{9, NA, 2}}));
    const SensitivityAnalysis::Result runs = runsWith({{1, 0, 0, 0}});
    const Placement p = Recommendation::compute(scores, &runs, {}).placement(0);
    QVERIFY(same(p.readinessCoverage, 0.696));
    QVERIFY(p.provisional);
    QVERIFY2(p.reason.contains(QStringLiteral("rests on 69 % of its weight")),
             qPrintable(p.reason));
    QCOMPARE(coveragePercent(0.696), 69);
    QCOMPARE(coveragePercent(0.7), 70); // 0.7 is 0.69999… in binary: still 70
    QCOMPARE(coveragePercent(1.0), 100);
}

void TestRecommendation::anyIndexBelowTheMinimumIsNamed()
{
    // A third index, "reach", from C alone: C missing makes it 0 % and the vertical provisional,
    // and the reason says which index, not nothing.
    ScoringModel model = smallModel();
    model.nodes.append(ModelNode {
        QStringLiteral("reach"), QStringLiteral("Reach"), {}, 1, Aggregation::Arithmetic});
    model.indicators.append(indicator(C, QStringLiteral("reach")));
    model.indicators[2].indicatorId = A; // risk from A, so readiness and risk are complete
    const ScoringResult scores = ScoringEngine::score(compile(model), table({{9, 9, NA}}));
    const SensitivityAnalysis::Result runs = runsWith({{1, 0, 0, 0}});
    const Placement p = Recommendation::compute(scores, &runs, {}).placement(0);
    QVERIFY(p.provisional);
    QCOMPARE(p.wave, Wave::Undecided);
    QVERIFY2(p.reason.startsWith(QStringLiteral(
                 "Provisional: Reach rests on 0 % of its weight (missing custom.c)")),
             qPrintable(p.reason));
}

void TestRecommendation::settingsOutOfRangeAreTakenAtTheirBounds()
{
    // Only an SQLite client writes these; `check` reports them, the rule stays within bounds.
    ScoringModel model = smallModel();
    model.recommendation.minimumCoverage = 150;
    model.recommendation.robustShare = -5;
    model.recommendation.goFirstMax = -2;
    const CompiledModel compiled = compile(model);
    QCOMPARE(compiled.recommendation.minimumCoverage, 100.0);
    QCOMPARE(compiled.recommendation.robustShare, 0.0);
    QCOMPARE(compiled.recommendation.goFirstMax, 1);
    const ScoringResult scores = ScoringEngine::score(compiled, table(values));
    const SensitivityAnalysis::Result runs = runsWith(shares);
    const Recommendation recommendation = Recommendation::compute(scores, &runs, markets);
    QCOMPARE(recommendation.rowsIn(Wave::GoFirst), (QList<int> {0}));
}

void TestRecommendation::robustShareAndGoFirstMaxAreSettings()
{
    ScoringModel model = smallModel();
    model.recommendation.robustShare = 50; // Delta's 55 % is now robust
    model.recommendation.goFirstMax = 4; // Alpha, Beta, Theta, Gamma (70, tie by market)
    const ScoringResult scores = ScoringEngine::score(compile(model), table(values));
    const SensitivityAnalysis::Result runs = runsWith(shares);
    const Recommendation recommendation = Recommendation::compute(scores, &runs, markets);
    QCOMPARE(recommendation.rowsIn(Wave::GoFirst), (QList<int> {0, 1, 7, 2}));
    QCOMPARE(recommendation.rowsIn(Wave::Next), (QList<int> {3}));
    // Minimum coverage 50 %: Eta's readiness (50 %) passes, its risk (0 %) does not.
    model.recommendation.minimumCoverage = 50;
    const ScoringResult lower = ScoringEngine::score(compile(model), table(values));
    QVERIFY(Recommendation::compute(lower, &runs, markets).placement(6).provisional);
    model.recommendation.minimumCoverage = 0;
    const ScoringResult none = ScoringEngine::score(compile(model), table(values));
    // Not provisional, but without a risk score it has no quadrant: still undecided.
    const Placement eta = Recommendation::compute(none, &runs, markets).placement(6);
    QVERIFY(!eta.provisional);
    QCOMPARE(eta.wave, Wave::Undecided);
    QVERIFY2(eta.reason.startsWith(QStringLiteral("No Risk score")), qPrintable(eta.reason));
}

void TestRecommendation::sampleRecommendation()
{
    // The acceptance case: 1,000 runs, seed 1, on the sample.
    const Workspace sample = WorkspaceFiles::sampleWorkspace();
    Decision decision;
    QStringList problems;
    QVERIFY(Decision::make(sample, sample.model, recommendationRunSettings(1000, 1), &decision,
                           &problems));
    const int finance = sample.indexOfVerticalNamed(QStringLiteral("Finance"));
    const int retail = sample.indexOfVerticalNamed(QStringLiteral("Retail"));
    const int education = sample.indexOfVerticalNamed(QStringLiteral("Education"));
    const Recommendation &r = decision.recommendation;
    QCOMPARE(r.placement(finance).wave, Wave::GoFirst);
    QCOMPARE(r.placement(finance).order, 1); // the readiest
    QCOMPARE(r.placement(finance).robustQuadrant, Quadrant::ProceedWithSafeguards);
    QVERIFY(!r.placement(finance).safeguards.isEmpty());
    QCOMPARE(r.placement(retail).wave, Wave::Prepare);
    QCOMPARE(r.placement(education).wave, Wave::Prepare);
    // Retail: pursue now at the baseline, but the runs say prepare (74 % in the report)
    QVERIFY2(r.placement(retail).reason.startsWith(
                 QStringLiteral("Pursue now at the baseline, but 74 % of the runs say Prepare the "
                                "customer.")),
             qPrintable(r.placement(retail).reason));
    QVERIFY2(r.placement(education).reason.contains(QStringLiteral("% of the runs say Prepare")),
             qPrintable(r.placement(education).reason));
    QCOMPARE(r.rowsIn(Wave::GoFirst).size(), 3); // the default go-first count
    QVERIFY(r.headline(QStringList {}).startsWith(QStringLiteral("Go first to ")));
    // Every placement, as the README lists them: go first and next by readiness (the three
    // readiest robust go calls first); the waves hold everyone exactly once.
    const auto names = [&](Wave wave) {
        QStringList list;
        for (int row : r.rowsIn(wave))
            list.append(sample.verticals.at(row).name);
        return list;
    };
    QCOMPARE(names(Wave::GoFirst),
             (QStringList {QStringLiteral("Finance"), QStringLiteral("Technology"),
                           QStringLiteral("Telecom")}));
    QCOMPARE(names(Wave::Next),
             (QStringList {QStringLiteral("Automotive"), QStringLiteral("Insurance")}));
    QCOMPARE(names(Wave::Prepare),
             (QStringList {QStringLiteral("Retail"), QStringLiteral("Travel"),
                           QStringLiteral("Education")}));
    QCOMPARE(names(Wave::NotYet),
             (QStringList {QStringLiteral("Public Sector"), QStringLiteral("Healthcare"),
                           QStringLiteral("Construction")}));
    QCOMPARE(names(Wave::Undecided), QStringList {QStringLiteral("Energy & Utilities")});
    // Go first and next follow readiness (scores of the README's score table: 87.8, 86.9,
    // 79.3, then 76.5, 72.8).
    for (Wave wave : {Wave::GoFirst, Wave::Next}) {
        const QList<int> rows = r.rowsIn(wave);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(decision.scores.score(rows.at(i - 1), 0)
                    > decision.scores.score(rows.at(i), 0));
    }
}

void TestRecommendation::sampleWithAHalfFilledVertical()
{
    // "Logistics" with only Context and Capabilities values: readiness without Challenges
    // rests on 0.35 + 0.5 = 85 % of its weight, risk on Regulation's 20 % alone.
    Workspace sample = WorkspaceFiles::sampleWorkspace();
    Vertical logistics;
    logistics.name = QStringLiteral("Logistics");
    const QStringList ids = {QStringLiteral("context.ai_enthusiasm"),
                             QStringLiteral("context.expectation_realism"),
                             QStringLiteral("context.strategy_maturity"),
                             QStringLiteral("context.modality_fit"),
                             QStringLiteral("capabilities.data_availability"),
                             QStringLiteral("capabilities.data_collection_habit"),
                             QStringLiteral("capabilities.digital_maturity"),
                             QStringLiteral("capabilities.executive_sponsorship"),
                             QStringLiteral("capabilities.ai_talent"),
                             QStringLiteral("capabilities.regulatory_burden")};
    for (const QString &id : ids)
        logistics.values.insert(id, IndicatorValue {4.5, {}});
    sample.addVertical(logistics);
    Decision decision;
    QStringList problems;
    QVERIFY(Decision::make(sample, sample.model, recommendationRunSettings(200, 1), &decision,
                           &problems));
    const int row = sample.indexOfVerticalNamed(QStringLiteral("Logistics"));
    const Placement &p = decision.recommendation.placement(row);
    QVERIFY(same(p.readinessCoverage, 0.85));
    QVERIFY(same(p.riskCoverage, 0.20));
    QVERIFY(p.provisional);
    QVERIFY(decision.scores.isProvisional(row));
    QCOMPARE(p.wave, Wave::Undecided);
    QVERIFY(!decision.recommendation.rowsIn(Wave::GoFirst).contains(row));
}

ScenarioComparison TestRecommendation::xyzComparison()
{
    const QStringList xyz = {QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z")};
    const IndicatorTable t = table({{9, 1, 3}, {2, 8, 3}, {4, 4, 6}});
    const auto decide
        = [&](const ScoringModel &model, const QList<std::array<double, 4>> &quadrantShares) {
              Decision d;
              d.model = compile(model);
              d.table = t;
              d.scores = ScoringEngine::score(d.model, t);
              d.runs = runsWith(quadrantShares);
              d.recommendation = Recommendation::compute(d.scores, &d.runs, {});
              return d;
          };
    const Decision baseline = decide(smallModel(), {{1, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}});
    const Decision scenario = decide(smallModel(2), {{0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}});
    return ScenarioComparison::compare(xyz, baseline, scenario, QStringLiteral("Data first"));
}

void TestRecommendation::scenarioComparison()
{
    // Baseline: readiness = (A + B) / 2. Scenario: B weighs 2, readiness = (A + 2B) / 3.
    //   X: A 9, B 1, C 3 → 50 → 11/3 = 36.67 (rank 1= → 3); pursue now → prepare the customer
    //   Y: A 2, B 8, C 3 → 50 → 18/3 = 60    (rank 1= → 1); pursue now stays
    //   Z: A 4, B 4, C 6 → 40 → 12/3 = 40    (rank 3 → 2);  monitor stays
    // Risk is C alone in both: Z 60 ranks 1, X and Y (30) share rank 2.
    const ScenarioComparison comparison = xyzComparison();
    QCOMPARE(comparison.rows().size(), 3);
    const ScenarioShift &x = comparison.rows().at(0);
    QVERIFY(same(x.readiness[0], 50.0));
    QVERIFY(same(x.readiness[1], 110.0 / 3.0));
    QCOMPARE(x.readinessRank[0], 1);
    QCOMPARE(x.readinessRank[1], 3);
    QCOMPARE(x.quadrant[0], Quadrant::PursueNow);
    QCOMPARE(x.quadrant[1], Quadrant::PrepareTheCustomer);
    QCOMPARE(x.wave[0], Wave::GoFirst);
    QCOMPARE(x.wave[1], Wave::Prepare);
    QVERIFY(x.shifted());
    const ScenarioShift &y = comparison.rows().at(1);
    QVERIFY(same(y.readiness[1], 60.0));
    QCOMPARE(y.readinessRank[0], 1);
    QCOMPARE(y.readinessRank[1], 1);
    QVERIFY(!y.quadrantShifted());
    QCOMPARE(y.wave[0], Wave::GoFirst);
    QCOMPARE(y.wave[1], Wave::GoFirst);
    QVERIFY(!y.shifted());
    const ScenarioShift &z = comparison.rows().at(2);
    QCOMPARE(z.readinessRank[0], 3);
    QCOMPARE(z.readinessRank[1], 2);
    QVERIFY(!z.quadrantShifted());
    QVERIFY(!z.waveShifted());
    QCOMPARE(comparison.shiftCount(), 2);

    const QString text = comparison.toTable();
    QVERIFY2(text.contains(QStringLiteral("Readiness rank shifts: X 1 → 3; Z 3 → 2")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Quadrant shifts: X Pursue now → Prepare the customer")),
             qPrintable(text));
    const QList<QByteArray> csv = comparison.toCsv().split('\n');
    QCOMPARE(csv.at(0).trimmed(),
             QByteArray("vertical,readiness_baseline,readiness_scenario,readiness_rank_baseline,"
                        "readiness_rank_scenario,risk_baseline,risk_scenario,risk_rank_baseline,"
                        "risk_rank_scenario,quadrant_baseline,quadrant_scenario,wave_baseline,"
                        "wave_scenario,provisional_baseline,provisional_scenario,shifted"));
    QCOMPARE(csv.at(1).trimmed(),
             QByteArray("X,50.00,36.67,1,3,30.00,30.00,2,2,pursue_now,prepare_the_customer,"
                        "go_first,prepare,false,false,true"));
}

void TestRecommendation::scenarioComparisonModel()
{
    ScenarioComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setComparison(xyzComparison());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ScenarioComparisonModel::ColumnCount));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    // X: readiness 50 → 36.7, rank 1 → 3 (a fall), quadrant and wave moved
    QCOMPARE(cell(0, ScenarioComparisonModel::Readiness).toString(), QStringLiteral("50.0 → 36.7"));
    QCOMPARE(cell(0, ScenarioComparisonModel::ReadinessRank).toString(), QStringLiteral("1 → 3 ▼"));
    QCOMPARE(cell(0, ScenarioComparisonModel::Quadrant).toString(),
             QStringLiteral("Pursue now → Prepare the customer"));
    QCOMPARE(cell(0, ScenarioComparisonModel::Wave).toString(),
             QStringLiteral("Go first → Prepare"));
    QVERIFY(cell(0, ScenarioComparisonModel::Wave, ScenarioComparisonModel::ShiftedRole).toBool());
    QVERIFY(cell(0, ScenarioComparisonModel::Wave, Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(0, ScenarioComparisonModel::Wave, ScenarioComparisonModel::BaselineRole),
             QVariant(QStringLiteral("go_first")));
    QCOMPARE(cell(0, ScenarioComparisonModel::Wave, ScenarioComparisonModel::ScenarioRole),
             QVariant(QStringLiteral("prepare")));
    // X's risk did not move: one value, not bold
    QCOMPARE(cell(0, ScenarioComparisonModel::Risk).toString(), QStringLiteral("30.0"));
    QVERIFY(!cell(0, ScenarioComparisonModel::Risk, ScenarioComparisonModel::ShiftedRole).toBool());
    QVERIFY(!cell(0, ScenarioComparisonModel::Risk, Qt::FontRole).isValid());
    // Z: rank 3 → 2, a rise
    QCOMPARE(cell(2, ScenarioComparisonModel::ReadinessRank).toString(), QStringLiteral("3 → 2 ▲"));
    // Y moved in score (50 → 60) but kept its rank, quadrant and wave
    QVERIFY(
        cell(1, ScenarioComparisonModel::Readiness, ScenarioComparisonModel::ShiftedRole).toBool());
    QVERIFY(
        !cell(1, ScenarioComparisonModel::Vertical, ScenarioComparisonModel::ShiftedRole).toBool());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRecommendation::textColumnsCountWideCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cells");
    QTest::newRow("ASCII") << QStringLiteral("Finance") << 7;
    QTest::newRow("ideographs take two cells") << QStringLiteral("金融") << 4;
    QTest::newRow("mixed, full-width colon") << QStringLiteral("AI 潜力：") << 9; // 3 + 2 + 2 + 2
    QTest::newRow("an en dash is narrow") << QStringLiteral("0–5") << 3;
    QTest::newRow("empty") << QString() << 0;
}

void TestRecommendation::textColumnsCountWideCharacters()
{
    QFETCH(QString, text);
    QFETCH(int, cells);
    QCOMPARE(TextColumns::width(text), cells);
    QCOMPARE(TextColumns::width(TextColumns::padded(text, 10)), std::max(10, cells));
    QVERIFY(TextColumns::padded(text, 10, true).endsWith(text));
}

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
