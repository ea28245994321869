#include "scoring/compiledmodel.h"
#include "scoring/scoringengine.h"
#include "scoring/sensitivity.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <random>

using namespace Gtm;

namespace {

const QString A = QStringLiteral("custom.a");
const QString B = QStringLiteral("custom.b");

ModelIndicator leaf(const QString &id, const QString &parent)
{
    ModelIndicator i;
    i.indicatorId = id;
    i.parent = parent;
    i.goalpostLow = 0;
    i.goalpostHigh = 10;
    return i;
}

/** readiness = custom.a, risk = custom.b, each over goalposts 0–10. */
CompiledModel model()
{
    ScoringModel m;
    m.nodes = {{QStringLiteral("readiness"), {}, {}, 1, Aggregation::Arithmetic},
               {QStringLiteral("risk"), {}, {}, 1, Aggregation::Arithmetic}};
    m.indicators = {leaf(A, QStringLiteral("readiness")), leaf(B, QStringLiteral("risk"))};
    CompiledModel compiled;
    QStringList problems;
    if (!CompiledModel::compile(m, {A, B}, {}, &compiled, &problems))
        qFatal("test model: %s", qPrintable(problems.join(QLatin1Char(' '))));
    return compiled;
}

/** Readiness and risk two indicators each, so weights matter. */
CompiledModel twoIndicatorModel()
{
    ScoringModel m;
    m.nodes = {{QStringLiteral("readiness"), {}, {}, 1, Aggregation::Arithmetic},
               {QStringLiteral("risk"), {}, {}, 1, Aggregation::Arithmetic}};
    m.indicators = {leaf(A, QStringLiteral("readiness")), leaf(B, QStringLiteral("readiness")),
                    leaf(A, QStringLiteral("risk")), leaf(B, QStringLiteral("risk"))};
    CompiledModel compiled;
    QStringList problems;
    if (!CompiledModel::compile(m, {A, B}, {}, &compiled, &problems))
        qFatal("test model: %s", qPrintable(problems.join(QLatin1Char(' '))));
    return compiled;
}

IndicatorTable table(int rows)
{
    IndicatorTable t = IndicatorTable::empty({A, B}, rows);
    for (int r = 0; r < rows; ++r) {
        t.setValue(r, 0, double((r * 7) % 10) + 0.5 * r / rows);
        t.setValue(r, 1, double((r * 3) % 10) + 0.25 * r / rows);
    }
    return t;
}

} // namespace

class TestSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void quantile_data();
    void quantile();
    void withoutUncertaintyRanksAreFirm_data();
    void withoutUncertaintyRanksAreFirm();
    void sameSeedSameResultWhateverTheThreads();
    void countsGiveTheSameQuantilesAsSortedSamples();
    void rankCountsAndRankListsGiveTheSameResult();
    void otherSeedOtherDraws();
    void quadrantSharesAddUpToOne();
    void cancelStopsEarly();
    void outOfRangeSpreadIsClamped();
};

void TestSensitivity::quantile_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    // R: quantile(c(1, 2, 3, 4), c(0.05, 0.5, 0.95)) is 1.15, 2.5, 3.85 (type 7)
    QTest::newRow("median of four") << QList<int> {1, 2, 3, 4} << 0.5 << 2.5;
    QTest::newRow("5th percentile") << QList<int> {1, 2, 3, 4} << 0.05 << 1.15;
    QTest::newRow("95th percentile") << QList<int> {1, 2, 3, 4} << 0.95 << 3.85;
    QTest::newRow("median of five") << QList<int> {2, 2, 3, 7, 9} << 0.5 << 3.0;
    QTest::newRow("single value") << QList<int> {5} << 0.95 << 5.0;
    // R: quantile(c(2, 2, 3, 7, 9), c(0.25, 0.75)) is 2 and 7.
    QTest::newRow("lower quartile of five") << QList<int> {2, 2, 3, 7, 9} << 0.25 << 2.0;
    QTest::newRow("upper quartile of five") << QList<int> {2, 2, 3, 7, 9} << 0.75 << 7.0;
}

void TestSensitivity::quantile()
{
    QFETCH(QList<int>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    const std::vector<int> sorted(values.begin(), values.end());
    QCOMPARE(SensitivityAnalysis::quantile(sorted, q), expected);
    // The same sample as a histogram of ranks 1…10, as the analysis keeps it for many runs.
    std::vector<int> counts(10, 0);
    for (int v : values)
        ++counts[size_t(v - 1)];
    QCOMPARE(SensitivityAnalysis::quantileOfCounts(counts, int(values.size()), q), expected);
}

void TestSensitivity::withoutUncertaintyRanksAreFirm_data()
{
    QTest::addColumn<int>("runs");
    // More runs than verticals: ranks kept as counts; fewer: as lists. The same either way.
    QTest::newRow("50 runs of 20 verticals") << 50;
    QTest::newRow("7 runs of 20 verticals") << 7;
}

void TestSensitivity::withoutUncertaintyRanksAreFirm()
{
    QFETCH(int, runs);
    // No weight spread, only the model's own normalisation: every run is the plain scoring.
    const CompiledModel m = model();
    const IndicatorTable t = table(20);
    SensitivityAnalysis::Settings settings;
    settings.runs = runs;
    settings.weightSpread = 0;
    settings.normalisations = {std::nullopt};
    const SensitivityAnalysis::Result result = SensitivityAnalysis::run(m, t, settings);
    const ScoringResult plain = ScoringEngine::score(m, t);
    QCOMPARE(result.runs, runs);
    QVERIFY(!result.cancelled);
    for (int r = 0; r < t.rowCount; ++r) {
        for (int root = 0; root < 2; ++root) {
            const auto &s = result.ranks[size_t(root)][size_t(r)];
            QCOMPARE(s.median, double(plain.rank(r, root)));
            QCOMPARE(s.p5, double(plain.rank(r, root)));
            QCOMPARE(s.p25, double(plain.rank(r, root)));
            QCOMPARE(s.p75, double(plain.rank(r, root)));
            QCOMPARE(s.p95, double(plain.rank(r, root)));
        }
        const Quadrant q = *plain.quadrant(r);
        QCOMPARE(result.quadrantShares[size_t(r)][size_t(q)], 1.0);
    }
}

void TestSensitivity::countsGiveTheSameQuantilesAsSortedSamples()
{
    // Many runs keep a histogram of ranks; it must give exactly what the sorted list gives.
    std::mt19937 random(2026);
    const std::vector<double> qs {0.05, 0.25, 0.5, 0.75, 0.95};
    for (int trial = 0; trial < 300; ++trial) {
        const int size = 1 + int(random() % 200);
        const int ranks = 1 + int(random() % 50);
        std::vector<int> sample;
        std::vector<int> counts(size_t(ranks), 0);
        for (int i = 0; i < size; ++i) {
            const int rank = 1 + int(random() % unsigned(ranks));
            sample.push_back(rank);
            ++counts[size_t(rank - 1)];
        }
        std::sort(sample.begin(), sample.end());
        const std::vector<double> all = SensitivityAnalysis::quantilesOfCounts(counts, size, qs);
        for (size_t i = 0; i < qs.size(); ++i) {
            QCOMPARE(all[i], SensitivityAnalysis::quantile(sample, qs[i]));
            QCOMPARE(SensitivityAnalysis::quantileOfCounts(counts, size, qs[i]), all[i]);
        }
    }
}

void TestSensitivity::rankCountsAndRankListsGiveTheSameResult()
{
    // With weights and normalisations drawn, ranks move: both ways of keeping them must agree.
    const CompiledModel m = twoIndicatorModel();
    const IndicatorTable t = table(30);
    SensitivityAnalysis::Settings settings;
    settings.runs = 40;
    settings.rankStorage = SensitivityAnalysis::Settings::RankStorage::Counts;
    const auto counts = SensitivityAnalysis::run(m, t, settings);
    settings.rankStorage = SensitivityAnalysis::Settings::RankStorage::Lists;
    const auto lists = SensitivityAnalysis::run(m, t, settings);
    bool moved = false;
    for (int root = 0; root < 2; ++root) {
        for (int r = 0; r < t.rowCount; ++r) {
            const auto &a = counts.ranks[size_t(root)][size_t(r)];
            const auto &b = lists.ranks[size_t(root)][size_t(r)];
            QCOMPARE(a.scoredRuns, b.scoredRuns);
            QCOMPARE(a.median, b.median);
            QCOMPARE(a.p5, b.p5);
            QCOMPARE(a.p25, b.p25);
            QCOMPARE(a.p75, b.p75);
            QCOMPARE(a.p95, b.p95);
            moved = moved || a.p5 < a.p95;
        }
    }
    QVERIFY(moved); // the test means something only if ranks did move
    for (int r = 0; r < t.rowCount; ++r)
        QCOMPARE(counts.quadrantShares[size_t(r)], lists.quadrantShares[size_t(r)]);
}

void TestSensitivity::sameSeedSameResultWhateverTheThreads()
{
    const CompiledModel m = twoIndicatorModel();
    const IndicatorTable t = table(60);
    SensitivityAnalysis::Settings settings;
    settings.runs = 200;
    settings.seed = 2026;
    settings.threads = 1;
    const auto one = SensitivityAnalysis::run(m, t, settings);
    settings.threads = 3;
    const auto three = SensitivityAnalysis::run(m, t, settings);
    for (int r = 0; r < t.rowCount; ++r) {
        for (int root = 0; root < 2; ++root) {
            QCOMPARE(one.ranks[size_t(root)][size_t(r)].median,
                     three.ranks[size_t(root)][size_t(r)].median);
            QCOMPARE(one.ranks[size_t(root)][size_t(r)].p5,
                     three.ranks[size_t(root)][size_t(r)].p5);
            QCOMPARE(one.ranks[size_t(root)][size_t(r)].p95,
                     three.ranks[size_t(root)][size_t(r)].p95);
        }
        QCOMPARE(one.quadrantShares[size_t(r)], three.quadrantShares[size_t(r)]);
    }
}

void TestSensitivity::otherSeedOtherDraws()
{
    const CompiledModel m = twoIndicatorModel();
    const IndicatorTable t = table(60);
    SensitivityAnalysis::Settings settings;
    settings.runs = 200;
    settings.seed = 1;
    const auto first = SensitivityAnalysis::run(m, t, settings);
    settings.seed = 2;
    const auto second = SensitivityAnalysis::run(m, t, settings);
    bool differs = false;
    for (int r = 0; r < t.rowCount && !differs; ++r)
        differs = first.quadrantShares[size_t(r)] != second.quadrantShares[size_t(r)]
            || first.ranks[0][size_t(r)].p95 != second.ranks[0][size_t(r)].p95;
    QVERIFY(differs);
    // With uncertainty, some ranks now spread: the intervals are not all points.
    bool spread = false;
    for (int r = 0; r < t.rowCount; ++r)
        spread = spread || first.ranks[0][size_t(r)].p5 < first.ranks[0][size_t(r)].p95;
    QVERIFY(spread);
}

void TestSensitivity::quadrantSharesAddUpToOne()
{
    const auto result = SensitivityAnalysis::run(twoIndicatorModel(), table(30), {});
    for (const auto &shares : result.quadrantShares)
        QVERIFY(qAbs(shares[0] + shares[1] + shares[2] + shares[3] - 1.0) < 1e-12);
}

void TestSensitivity::cancelStopsEarly()
{
    std::atomic_bool cancel {false};
    int lastProgress = 0;
    SensitivityAnalysis::Settings settings;
    settings.runs = 100000;
    settings.threads = 1;
    const auto result = SensitivityAnalysis::run(
        twoIndicatorModel(), table(200), settings,
        [&](int done) {
            lastProgress = done;
            if (done >= 64)
                cancel = true;
        },
        &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(result.runs >= 64 && result.runs < 100000);
    QCOMPARE(lastProgress, result.runs);
}

void TestSensitivity::outOfRangeSpreadIsClamped()
{
    // A negative spread would be undefined behaviour for a distribution; it means no spread.
    SensitivityAnalysis::Settings settings;
    settings.runs = 20;
    settings.weightSpread = -3;
    settings.normalisations = {std::nullopt};
    const auto result = SensitivityAnalysis::run(twoIndicatorModel(), table(12), settings);
    const ScoringResult plain = ScoringEngine::score(twoIndicatorModel(), table(12));
    for (int r = 0; r < 12; ++r) {
        QCOMPARE(result.ranks[0][size_t(r)].p5, double(plain.rank(r, 0)));
        QCOMPARE(result.ranks[0][size_t(r)].p95, double(plain.rank(r, 0)));
    }
}

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
