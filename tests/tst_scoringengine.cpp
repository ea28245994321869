#include "scoring/compiledmodel.h"
#include "scoring/scoringengine.h"

#include <QTest>

#include <cmath>

using namespace Gtm;

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();
const QString A = QStringLiteral("custom.a");
const QString B = QStringLiteral("custom.b");
const QString C = QStringLiteral("custom.c");

ModelNode node(const QString &id, const QString &parent = {}, double weight = 1,
               Aggregation aggregation = Aggregation::Arithmetic)
{
    return ModelNode {id, id, parent, weight, aggregation};
}

ModelIndicator indicator(const QString &id, const QString &parent, double weight = 1,
                         Normalisation normalisation = Normalisation::Goalposts, double low = 0,
                         double high = 10, Polarity polarity = Polarity::Positive, bool log = false)
{
    ModelIndicator i;
    i.indicatorId = id;
    i.parent = parent;
    i.weight = weight;
    i.normalisation = normalisation;
    if (normalisation == Normalisation::Goalposts) {
        i.goalpostLow = low;
        i.goalpostHigh = high;
    }
    i.polarity = polarity;
    i.logTransform = log;
    return i;
}

CompiledModel compile(const ScoringModel &model)
{
    CompiledModel compiled;
    QStringList problems;
    if (!CompiledModel::compile(model, {A, B, C}, {}, &compiled, &problems))
        qFatal("test model does not compile: %s", qPrintable(problems.join(QLatin1Char(' '))));
    return compiled;
}

/** A table of columns A, B, C with the given rows. */
IndicatorTable table(const QList<QList<double>> &rows)
{
    IndicatorTable t = IndicatorTable::empty({A, B, C}, int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            t.setValue(r, c, rows.at(r).at(c));
    return t;
}

ScoringModel oneIndicator(const ModelIndicator &leaf)
{
    ScoringModel model;
    model.nodes = {node(QStringLiteral("index"))};
    model.indicators = {leaf};
    return model;
}

bool same(double a, double b, double tolerance = 1e-9)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= tolerance;
}

} // namespace

Q_DECLARE_METATYPE(ModelIndicator)
Q_DECLARE_METATYPE(QList<double>)

/** The engine against results worked out by hand (each row's comment shows the arithmetic). */
class TestScoringEngine : public QObject
{
    Q_OBJECT

private slots:
    void normalisation_data();
    void normalisation();
    void aggregation_data();
    void aggregation();
    void nestedLevelsAndContributions();
    void missingValuesReweighted();
    void missingValuesGiveNoScoreWithReason();
    void allMissingGivesNoScore();
    void emptyDimensionIsLeftOut();
    void ranksShareTies();
    void quadrants_data();
    void quadrants();
    void scoreRowsIndependently();
    void minMaxUnderGeometricNodeStaysAboveZero();
    void quadrantOnThresholdThroughWeightedSum();
    void weightlessMissingValueDoesNotBlockScore();
    void logOfZeroHasItsOwnReason();
    void coverage_data();
    void coverage();
    void weightlessMissingValueIsNotMissed();
    void provisionalBelowMinimumCoverage_data();
    void provisionalBelowMinimumCoverage();
    void nodeWithoutPointsHasNoBreakdown();
    void weightlessChildOfGeometricNodeAddsZeroLog();
};

void TestScoringEngine::normalisation_data()
{
    QTest::addColumn<ModelIndicator>("leaf");
    QTest::addColumn<QList<double>>("values"); // of custom.a, one per vertical
    QTest::addColumn<QList<double>>("expected"); // scores 0–100

    const QString p = QStringLiteral("index");
    // min-max over [2, 4, 10]: (x − 2) / 8 → 0, 0.25, 1
    QTest::newRow("min-max") << indicator(A, p, 1, Normalisation::MinMax)
                             << QList<double> {2, 4, 10} << QList<double> {0, 25, 100};
    // all equal: no spread, everyone in the middle
    QTest::newRow("min-max, no spread") << indicator(A, p, 1, Normalisation::MinMax)
                                        << QList<double> {3, 3, 3} << QList<double> {50, 50, 50};
    // goalposts 0–8: x / 8 → 0.25, 0.5, 1.25 clamped to 1
    QTest::newRow("goalposts, clamped above")
        << indicator(A, p, 1, Normalisation::Goalposts, 0, 8) << QList<double> {2, 4, 10}
        << QList<double> {25, 50, 100};
    // goalposts 3–11: (x − 3) / 8 → −0.125 clamped to 0, 0.125, 0.875
    QTest::newRow("goalposts, clamped below")
        << indicator(A, p, 1, Normalisation::Goalposts, 3, 11) << QList<double> {2, 4, 10}
        << QList<double> {0, 12.5, 87.5};
    // mean 16/3, sample sd √(34⅔ / 2) = 4.16333; z = −0.80064, −0.32026, 1.12090; Φ(z) from
    // tables of the normal distribution: 0.211670, 0.374387, 0.868834
    QTest::newRow("z-score") << indicator(A, p, 1, Normalisation::ZScore)
                             << QList<double> {2, 4, 10}
                             << QList<double> {21.166982, 37.438702, 86.883416};
    // ranks of [2, 4, 4, 10] are 1, 2.5, 2.5, 4; (rank − 1) / 3
    QTest::newRow("rank with ties")
        << indicator(A, p, 1, Normalisation::Rank) << QList<double> {2, 4, 4, 10}
        << QList<double> {0, 50, 50, 100};
    // lower is better: 1 − x / 8
    QTest::newRow("negative polarity")
        << indicator(A, p, 1, Normalisation::Goalposts, 0, 8, Polarity::Negative)
        << QList<double> {2, 4, 10} << QList<double> {75, 50, 0};
    // ln x with goalposts ln 1 = 0 and ln 100: ln 10 / ln 100 = 0.5
    QTest::newRow("log transform, goalposts")
        << indicator(A, p, 1, Normalisation::Goalposts, 1, 100, Polarity::Positive, true)
        << QList<double> {1, 10, 100} << QList<double> {0, 50, 100};
    // ln of [1, 10, 1000] min-max: ln 10 / ln 1000 = 1/3
    QTest::newRow("log transform, min-max")
        << indicator(A, p, 1, Normalisation::MinMax, 0, 0, Polarity::Positive, true)
        << QList<double> {1, 10, 1000} << QList<double> {0, 100.0 / 3.0, 100};
    // ln 0 does not exist: that vertical has no score, the others are unaffected
    QTest::newRow("log of zero is missing")
        << indicator(A, p, 1, Normalisation::Goalposts, 1, 100, Polarity::Positive, true)
        << QList<double> {0, 10, 100} << QList<double> {NA, 50, 100};
    // missing values take no part in min-max: over [2, 10] only
    QTest::newRow("min-max ignores missing")
        << indicator(A, p, 1, Normalisation::MinMax) << QList<double> {2, NA, 10}
        << QList<double> {0, NA, 100};
    // equal values that are not exact in binary (their mean is 0.1 + 2⁻⁵⁶): still no spread
    QTest::newRow("z-score, no spread")
        << indicator(A, p, 1, Normalisation::ZScore) << QList<double> {0.1, 0.1, 0.1}
        << QList<double> {50, 50, 50};
    QTest::newRow("z-score, one vertical")
        << indicator(A, p, 1, Normalisation::ZScore) << QList<double> {7} << QList<double> {50};
    QTest::newRow("rank, one vertical")
        << indicator(A, p, 1, Normalisation::Rank) << QList<double> {7} << QList<double> {50};
}

void TestScoringEngine::normalisation()
{
    QFETCH(ModelIndicator, leaf);
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, expected);
    QList<QList<double>> rows;
    for (double v : values)
        rows.append({v, NA, NA});
    const ScoringResult result = ScoringEngine::score(compile(oneIndicator(leaf)), table(rows));
    for (int r = 0; r < rows.size(); ++r)
        QVERIFY2(same(result.score(r, 0), expected.at(r), 1e-5),
                 qPrintable(QStringLiteral("row %1: %2, expected %3")
                                .arg(r)
                                .arg(result.score(r, 0))
                                .arg(expected.at(r))));
}

void TestScoringEngine::aggregation_data()
{
    QTest::addColumn<int>("aggregation");
    QTest::addColumn<double>("weightA");
    QTest::addColumn<double>("weightB");
    QTest::addColumn<double>("a"); // raw values, goalposts 0–10
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("expected");

    const int arithmetic = int(Aggregation::Arithmetic);
    const int geometric = int(Aggregation::Geometric);
    // (0.2 + 0.8) / 2
    QTest::newRow("arithmetic, equal weights") << arithmetic << 1.0 << 1.0 << 2.0 << 8.0 << 50.0;
    // (3 · 0.2 + 1 · 0.8) / 4 = 1.4 / 4
    QTest::newRow("arithmetic, weights 3:1") << arithmetic << 3.0 << 1.0 << 2.0 << 8.0 << 35.0;
    // weights need not sum to 1: 0.6 and 0.2 are 3:1 too
    QTest::newRow("arithmetic, unnormalised weights")
        << arithmetic << 0.6 << 0.2 << 2.0 << 8.0 << 35.0;
    // √(0.2 · 0.8) = √0.16
    QTest::newRow("geometric, equal weights") << geometric << 1.0 << 1.0 << 2.0 << 8.0 << 40.0;
    // 0.2^0.75 · 0.8^0.25 = 0.299070 · 0.945742 = √0.08
    QTest::newRow("geometric, weights 3:1") << geometric << 3.0 << 1.0 << 2.0 << 8.0 << 28.284271;
    // a zero makes the geometric mean zero
    QTest::newRow("geometric with a zero") << geometric << 1.0 << 1.0 << 0.0 << 8.0 << 0.0;
    // a weight of zero leaves B out: 0.2
    QTest::newRow("arithmetic, B weightless") << arithmetic << 1.0 << 0.0 << 2.0 << 8.0 << 20.0;
}

void TestScoringEngine::aggregation()
{
    QFETCH(int, aggregation);
    QFETCH(double, weightA);
    QFETCH(double, weightB);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, expected);
    ScoringModel model;
    model.nodes = {node(QStringLiteral("index"), {}, 1, Aggregation(aggregation))};
    model.indicators = {indicator(A, QStringLiteral("index"), weightA),
                        indicator(B, QStringLiteral("index"), weightB)};
    const ScoringResult result = ScoringEngine::score(compile(model), table({{a, b, NA}}));
    QVERIFY2(same(result.score(0, 0), expected, 1e-6),
             qPrintable(QString::number(result.score(0, 0))));
    // The contributions add up to the score whatever the aggregation.
    const CompiledModel &m = result.model();
    double sum = 0;
    for (const CompiledModel::Leaf &leaf : m.leaves())
        sum += result.contribution(0, leaf.node);
    QVERIFY2(same(sum, expected, 1e-6), qPrintable(QString::number(sum)));
}

void TestScoringEngine::nestedLevelsAndContributions()
{
    // index (arithmetic) ← dimension D (weight 2, geometric of A and B) and indicator C (weight 1)
    ScoringModel model;
    model.nodes = {node(QStringLiteral("index")),
                   node(QStringLiteral("d"), QStringLiteral("index"), 2, Aggregation::Geometric)};
    model.indicators = {indicator(A, QStringLiteral("d")), indicator(B, QStringLiteral("d")),
                        indicator(C, QStringLiteral("index"))};
    const CompiledModel compiled = compile(model);
    const ScoringResult result = ScoringEngine::score(compiled, table({{2, 8, 7}}));
    const int d = compiled.nodeNamed(QStringLiteral("d"));
    const int a = compiled.leaves()[0].node;
    const int b = compiled.leaves()[1].node;
    const int c = compiled.leaves()[2].node;

    // D = √(0.2 · 0.8) = 0.4; index = (2 · 0.4 + 1 · 0.7) / 3 = 0.5
    QVERIFY(same(result.nodeValue(0, d), 0.4));
    QVERIFY(same(result.score(0, 0), 50.0));
    // D's part: (2/3 · 0.4) of 0.5 → 26.667 points; C's: 1/3 · 0.7 → 23.333
    QVERIFY(same(result.contribution(0, d), 26.666666667, 1e-6));
    QVERIFY(same(result.contribution(0, c), 23.333333333, 1e-6));
    // Within D, points in proportion to wᵢyᵢ: A ½ · 0.2 = 0.1, B ½ · 0.8 = 0.4, so
    // A gets 26.667 · 0.1 / 0.5 = 5.333 and B 26.667 · 0.4 / 0.5 = 21.333: the stronger adds more.
    QVERIFY(same(result.contribution(0, a), 16.0 / 3.0, 1e-9));
    QVERIFY(same(result.contribution(0, b), 64.0 / 3.0, 1e-9));
    // The exact decomposition of the geometric mean: ln D = ½ ln 0.2 + ½ ln 0.8.
    QVERIFY(same(result.logContribution(0, a) + result.logContribution(0, b), std::log(0.4)));
    QVERIFY(same(result.logContribution(0, a), 0.5 * std::log(0.2)));
    QVERIFY(same(result.logContribution(0, b), 0.5 * std::log(0.8)));
    QVERIFY(std::isnan(result.logContribution(0, c))); // under an arithmetic node: none
    // effective weights: A and B 2/3 · 1/2 each, C 1/3
    QVERIFY(same(result.effectiveWeight(0, a), 1.0 / 3.0));
    QVERIFY(same(result.effectiveWeight(0, c), 1.0 / 3.0));
    QVERIFY(same(result.contribution(0, a) + result.contribution(0, b) + result.contribution(0, c),
                 result.score(0, 0)));
}

void TestScoringEngine::missingValuesReweighted()
{
    // A (w 1) = 0.2, B (w 1) missing, C (w 2) = 0.6: B's weight is shared out,
    // (1 · 0.2 + 2 · 0.6) / 3 = 1.4 / 3
    ScoringModel model;
    model.missingPolicy = MissingPolicy::Reweight;
    model.nodes = {node(QStringLiteral("index"))};
    model.indicators
        = {indicator(A, QStringLiteral("index")), indicator(B, QStringLiteral("index")),
           indicator(C, QStringLiteral("index"), 2)};
    const CompiledModel compiled = compile(model);
    const ScoringResult result = ScoringEngine::score(compiled, table({{2, NA, 6}}));
    QVERIFY(same(result.score(0, 0), 140.0 / 3.0));
    QVERIFY(same(result.effectiveWeight(0, compiled.leaves()[0].node), 1.0 / 3.0));
    QCOMPARE(result.effectiveWeight(0, compiled.leaves()[1].node), 0.0);
    QVERIFY(same(result.effectiveWeight(0, compiled.leaves()[2].node), 2.0 / 3.0));
    QVERIFY(same(result.contribution(0, compiled.leaves()[0].node), 20.0 / 3.0));
    QVERIFY(same(result.contribution(0, compiled.leaves()[2].node), 40.0));
    QVERIFY(std::isnan(result.contribution(0, compiled.leaves()[1].node)));
    QCOMPARE(result.noScoreReason(0, 0), QString());
}

void TestScoringEngine::missingValuesGiveNoScoreWithReason()
{
    ScoringModel model;
    model.missingPolicy = MissingPolicy::NoScore;
    model.nodes = {node(QStringLiteral("index"))};
    model.indicators
        = {indicator(A, QStringLiteral("index")), indicator(B, QStringLiteral("index"))};
    const ScoringResult result
        = ScoringEngine::score(compile(model), table({{2, NA, NA}, {2, 8, NA}}));
    QVERIFY(std::isnan(result.score(0, 0)));
    QCOMPARE(result.rank(0, 0), 0);
    QCOMPARE(result.noScoreReason(0, 0), QStringLiteral("missing custom.b"));
    QVERIFY(same(result.score(1, 0), 50.0)); // a complete vertical is scored as usual
    QCOMPARE(result.rank(1, 0), 1);
}

void TestScoringEngine::allMissingGivesNoScore()
{
    ScoringModel model;
    model.nodes = {node(QStringLiteral("index"))};
    model.indicators = {indicator(A, QStringLiteral("index"))};
    const ScoringResult result = ScoringEngine::score(compile(model), table({{NA, NA, NA}}));
    QVERIFY(std::isnan(result.score(0, 0)));
    QCOMPARE(result.noScoreReason(0, 0),
             QStringLiteral("no values for the indicators of this index"));
}

void TestScoringEngine::emptyDimensionIsLeftOut()
{
    // index ← D1 (A, B both missing) and D2 (C = 0.9): D1 is missing, so index = D2
    ScoringModel model;
    model.nodes
        = {node(QStringLiteral("index")), node(QStringLiteral("d1"), QStringLiteral("index")),
           node(QStringLiteral("d2"), QStringLiteral("index"))};
    model.indicators = {indicator(A, QStringLiteral("d1")), indicator(B, QStringLiteral("d1")),
                        indicator(C, QStringLiteral("d2"))};
    const ScoringResult result = ScoringEngine::score(compile(model), table({{NA, NA, 9}}));
    QVERIFY(same(result.score(0, 0), 90.0));
}

void TestScoringEngine::ranksShareTies()
{
    // scores 50, 70, 50, none → ranks 2, 1, 2, unranked
    const ScoringResult result
        = ScoringEngine::score(compile(oneIndicator(indicator(A, QStringLiteral("index")))),
                               table({{5, NA, NA}, {7, NA, NA}, {5, NA, NA}, {NA, NA, NA}}));
    QCOMPARE(result.rank(0, 0), 2);
    QCOMPARE(result.rank(1, 0), 1);
    QCOMPARE(result.rank(2, 0), 2);
    QCOMPARE(result.rank(3, 0), 0);
}

void TestScoringEngine::quadrants_data()
{
    QTest::addColumn<double>("readiness");
    QTest::addColumn<double>("risk");
    QTest::addColumn<double>("readinessThreshold");
    QTest::addColumn<double>("riskThreshold");
    QTest::addColumn<int>("quadrant");
    QTest::newRow("ready, safe") << 60.0 << 40.0 << 50.0 << 50.0 << int(Quadrant::PursueNow);
    QTest::newRow("ready, risky") << 60.0 << 60.0 << 50.0 << 50.0
                                  << int(Quadrant::ProceedWithSafeguards);
    QTest::newRow("not ready, safe")
        << 40.0 << 40.0 << 50.0 << 50.0 << int(Quadrant::PrepareTheCustomer);
    QTest::newRow("not ready, risky") << 40.0 << 60.0 << 50.0 << 50.0 << int(Quadrant::Monitor);
    QTest::newRow("on both thresholds counts as above")
        << 50.0 << 50.0 << 50.0 << 50.0 << int(Quadrant::ProceedWithSafeguards);
    QTest::newRow("own thresholds") << 60.0 << 40.0 << 70.0 << 30.0 << int(Quadrant::Monitor);
}

void TestScoringEngine::quadrants()
{
    QFETCH(double, readiness);
    QFETCH(double, risk);
    QFETCH(double, readinessThreshold);
    QFETCH(double, riskThreshold);
    QFETCH(int, quadrant);
    // Through the engine: readiness and risk indices each of one indicator, goalposts 0–100.
    ScoringModel model;
    model.readinessThreshold = readinessThreshold;
    model.riskThreshold = riskThreshold;
    model.nodes = {node(QStringLiteral("readiness")), node(QStringLiteral("risk"))};
    model.indicators
        = {indicator(A, QStringLiteral("readiness"), 1, Normalisation::Goalposts, 0, 100),
           indicator(B, QStringLiteral("risk"), 1, Normalisation::Goalposts, 0, 100)};
    const ScoringResult result
        = ScoringEngine::score(compile(model), table({{readiness, risk, NA}}));
    QCOMPARE(result.quadrant(0), std::optional<Quadrant>(Quadrant(quadrant)));
}

void TestScoringEngine::scoreRowsIndependently()
{
    // With goalposts a vertical's score does not depend on the others.
    const CompiledModel compiled = compile(oneIndicator(indicator(A, QStringLiteral("index"))));
    const double alone = ScoringEngine::score(compiled, table({{4, NA, NA}})).score(0, 0);
    const double withOthers
        = ScoringEngine::score(compiled, table({{1, NA, NA}, {4, NA, NA}, {9, NA, NA}}))
              .score(1, 0);
    QCOMPARE(alone, 40.0);
    QCOMPARE(withOthers, 40.0);
}

void TestScoringEngine::minMaxUnderGeometricNodeStaysAboveZero()
{
    // As COINr normalises onto 1–100 for geometric means: 0.01 + 0.99 · (x − 2) / 8 over
    // [2, 4, 10] → 0.01, 0.2575, 1; the lowest vertical does not zero the index.
    ScoringModel model;
    model.nodes = {node(QStringLiteral("index"), {}, 1, Aggregation::Geometric)};
    model.indicators = {indicator(A, QStringLiteral("index"), 1, Normalisation::MinMax)};
    const ScoringResult result
        = ScoringEngine::score(compile(model), table({{2, NA, NA}, {4, NA, NA}, {10, NA, NA}}));
    QVERIFY(same(result.score(0, 0), 1.0));
    QVERIFY(same(result.score(1, 0), 25.75));
    QVERIFY(same(result.score(2, 0), 100.0));
}

void TestScoringEngine::quadrantOnThresholdThroughWeightedSum()
{
    // (0.6 + 0.7 + 0.2) / 3 is 0.5, but 0.49999999999999994 in floating point: on the
    // threshold, which counts as above.
    ScoringModel model;
    model.nodes = {node(QStringLiteral("readiness")), node(QStringLiteral("risk"))};
    model.indicators
        = {indicator(A, QStringLiteral("readiness")), indicator(B, QStringLiteral("readiness")),
           indicator(C, QStringLiteral("readiness")),
           indicator(A, QStringLiteral("risk"), 1, Normalisation::Goalposts, 0, 12)};
    const ScoringResult result = ScoringEngine::score(compile(model), table({{6, 7, 2}}));
    QVERIFY(qAbs(result.score(0, 0) - 50.0) < 1e-9);
    QVERIFY(qAbs(result.score(0, 1) - 50.0) < 1e-9);
    QCOMPARE(result.quadrant(0), std::optional<Quadrant>(Quadrant::ProceedWithSafeguards));
}

void TestScoringEngine::weightlessMissingValueDoesNotBlockScore()
{
    // With "no score", only indicators that carry weight can be missed.
    ScoringModel model;
    model.missingPolicy = MissingPolicy::NoScore;
    model.nodes = {node(QStringLiteral("index"))};
    model.indicators
        = {indicator(A, QStringLiteral("index")), indicator(B, QStringLiteral("index"), 0)};
    const ScoringResult result = ScoringEngine::score(compile(model), table({{4, NA, NA}}));
    QVERIFY(same(result.score(0, 0), 40.0));
}

void TestScoringEngine::logOfZeroHasItsOwnReason()
{
    ScoringModel model;
    model.missingPolicy = MissingPolicy::NoScore;
    model.nodes = {node(QStringLiteral("index"))};
    model.indicators = {indicator(A, QStringLiteral("index"), 1, Normalisation::Goalposts, 1, 100,
                                  Polarity::Positive, true),
                        indicator(B, QStringLiteral("index"))};
    const ScoringResult result = ScoringEngine::score(compile(model), table({{0, NA, NA}}));
    QCOMPARE(result.noScoreReason(0, 0),
             QStringLiteral("missing custom.b; custom.a: a log transform needs a value above 0"));
}

/** index ← D1 (weight 3: A and B, weight 1 each) and D2 (weight 1: C), goalposts 0–10. */
ScoringModel twoDimensions()
{
    ScoringModel model;
    model.nodes
        = {node(QStringLiteral("index")), node(QStringLiteral("d1"), QStringLiteral("index"), 3),
           node(QStringLiteral("d2"), QStringLiteral("index"), 1)};
    model.indicators = {indicator(A, QStringLiteral("d1")), indicator(B, QStringLiteral("d1")),
                        indicator(C, QStringLiteral("d2"))};
    return model;
}

void TestScoringEngine::coverage_data()
{
    QTest::addColumn<QList<double>>("values"); // A, B, C
    QTest::addColumn<double>("expected"); // 0–1
    QTest::addColumn<QStringList>("missing");

    // In the model A and B weigh ¾ · ½ = 0.375 each, C ¼.
    QTest::newRow("all present") << QList<double> {1, 2, 3} << 1.0 << QStringList();
    QTest::newRow("A missing: 1 − 0.375") << QList<double> {NA, 2, 3} << 0.625 << QStringList {A};
    QTest::newRow("C missing: 1 − 0.25") << QList<double> {1, 2, NA} << 0.75 << QStringList {C};
    // the heavier missing indicator first: A (0.375) before C (0.25)
    QTest::newRow("A and C missing: B alone")
        << QList<double> {NA, 2, NA} << 0.375 << QStringList {A, C};
    QTest::newRow("none present") << QList<double> {NA, NA, NA} << 0.0 << QStringList {A, B, C};
    // a zero is a value, not a gap
    QTest::newRow("zeros are data") << QList<double> {0, 0, 0} << 1.0 << QStringList();
}

void TestScoringEngine::coverage()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    QFETCH(QStringList, missing);
    // Re-weighting moves the score, never the coverage: it counts the model's weights.
    for (MissingPolicy policy : {MissingPolicy::Reweight, MissingPolicy::NoScore}) {
        ScoringModel model = twoDimensions();
        model.missingPolicy = policy;
        const ScoringResult result = ScoringEngine::score(compile(model), table({values}));
        QVERIFY2(same(result.coverage(0, 0), expected),
                 qPrintable(QString::number(result.coverage(0, 0))));
        QCOMPARE(result.missingIndicators(0, 0), missing);
    }
}

void TestScoringEngine::weightlessMissingValueIsNotMissed()
{
    // B has no weight: A carries all of D1, so B's gap costs nothing.
    ScoringModel model = twoDimensions();
    model.indicators[1].weight = 0;
    const ScoringResult result = ScoringEngine::score(compile(model), table({{1, NA, 3}}));
    QVERIFY(same(result.coverage(0, 0), 1.0));
    QCOMPARE(result.missingIndicators(0, 0), QStringList());
}

void TestScoringEngine::provisionalBelowMinimumCoverage_data()
{
    QTest::addColumn<double>("minimum"); // %
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("provisional");

    // coverage 0.625 (A missing), 0.75 (C missing), 1 (complete)
    QTest::newRow("0.625 < 70 %") << 70.0 << QList<double> {NA, 2, 3} << true;
    QTest::newRow("0.75 ≥ 70 %") << 70.0 << QList<double> {1, 2, NA} << false;
    QTest::newRow("0.75 < 80 %") << 80.0 << QList<double> {1, 2, NA} << true;
    QTest::newRow("exactly at the minimum: 75 %") << 75.0 << QList<double> {1, 2, NA} << false;
    QTest::newRow("minimum 0: never") << 0.0 << QList<double> {NA, NA, NA} << false;
    QTest::newRow("minimum 100: any gap") << 100.0 << QList<double> {1, 2, NA} << true;
}

void TestScoringEngine::provisionalBelowMinimumCoverage()
{
    QFETCH(double, minimum);
    QFETCH(QList<double>, values);
    QFETCH(bool, provisional);
    ScoringModel model = twoDimensions();
    model.recommendation.minimumCoverage = minimum;
    const ScoringResult result = ScoringEngine::score(compile(model), table({values}));
    QCOMPARE(result.isProvisional(0), provisional);
}

void TestScoringEngine::nodeWithoutPointsHasNoBreakdown()
{
    // "No score" with C missing: the index has no score although D1 has a value (A = 0.4,
    // B weightless = 0.8). Nothing below an index without points gets points or weight: not
    // 0 for the weightless B and null for A, but null for both.
    ScoringModel model = twoDimensions();
    model.missingPolicy = MissingPolicy::NoScore;
    model.indicators[1].weight = 0;
    const CompiledModel compiled = compile(model);
    const ScoringResult result = ScoringEngine::score(compiled, table({{4, 8, NA}}));
    QVERIFY(std::isnan(result.score(0, 0)));
    QVERIFY(same(result.nodeValue(0, compiled.nodeNamed(QStringLiteral("d1"))), 0.4));
    for (const CompiledModel::Node &n : compiled.nodes()) {
        const int index = int(&n - compiled.nodes().data());
        QVERIFY2(std::isnan(result.contribution(0, index)), qPrintable(n.id));
        QVERIFY2(std::isnan(result.effectiveWeight(0, index)), qPrintable(n.id));
    }
}

void TestScoringEngine::weightlessChildOfGeometricNodeAddsZeroLog()
{
    // index (geometric) ← A (weight 1) = 0.4, B (weight 0) = 0.9: ln index = 1 · ln 0.4 + 0 · ln
    // 0.9
    ScoringModel model;
    model.nodes = {node(QStringLiteral("index"), {}, 1, Aggregation::Geometric)};
    model.indicators
        = {indicator(A, QStringLiteral("index")), indicator(B, QStringLiteral("index"), 0)};
    const CompiledModel compiled = compile(model);
    const ScoringResult result = ScoringEngine::score(compiled, table({{4, 9, NA}}));
    const int a = compiled.leaves()[0].node;
    const int b = compiled.leaves()[1].node;
    QVERIFY(same(result.score(0, 0), 40.0));
    QVERIFY(same(result.logContribution(0, a), std::log(0.4)));
    QCOMPARE(result.logContribution(0, b), 0.0);
    QCOMPARE(result.contribution(0, b), 0.0);
    QCOMPARE(result.effectiveWeight(0, b), 0.0);
}

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "tst_scoringengine.moc"
