#include "testworkspaces.h"

#include "scoring/modelcheck.h"
#include "scoring/recommendation.h"
#include "scoring/scoringengine.h"
#include "scoring/sensitivity.h"
#include "storage/sqliteworkspacestore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

namespace {

/** A GTM model over all 30 indicators of TestWorkspaces::large(…, 30): 18 built-in, 12 custom,
 *  in three dimensions under each index, goalposts 0–5 (the generated values' range). */
ScoringModel thirtyIndicatorModel(const Workspace &workspace)
{
    ScoringModel model;
    model.name = QStringLiteral("Benchmark model");
    model.nodes = {{QStringLiteral("readiness"), {}, {}, 1, Aggregation::Arithmetic},
                   {QStringLiteral("risk"), {}, {}, 1, Aggregation::Arithmetic}};
    for (int d = 0; d < 6; ++d) {
        model.nodes.append({QStringLiteral("dim%1").arg(d),
                            {},
                            d < 3 ? QStringLiteral("readiness") : QStringLiteral("risk"),
                            1.0 + d,
                            d % 2 ? Aggregation::Geometric : Aggregation::Arithmetic});
    }
    const QList<IndicatorDefinition> indicators = workspace.indicators();
    for (int i = 0; i < 30; ++i) {
        ModelIndicator m;
        m.indicatorId = indicators.at(i).id;
        m.parent = QStringLiteral("dim%1").arg(i % 6);
        m.weight = 1 + i % 3;
        m.goalpostLow = 0;
        m.goalpostHigh = 5;
        model.indicators.append(m);
    }
    return model;
}

} // namespace

/**
 * Issue 3's targets: score 10,000 verticals × 30 indicators in under 20 ms; 1,000 sensitivity
 * runs over 1,000 verticals in under 2 s (both cores); `gtm-workbench score` on a
 * 10,000-vertical workspace under 1 s end to end.
 */
class BenchScoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void indicatorTable10k();
    void score10k();
    void score10kWithoutBreakdown();
    void sensitivity1000Runs1000Verticals();
    void recommendationAfterEdit1000Verticals();
    void recommend1000Verticals();
    void commandLine10k();

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    CompiledModel m_model;
    IndicatorTable m_table;
};

void BenchScoring::initTestCase()
{
    m_workspace = TestWorkspaces::large(10000, 30);
    m_workspace.model = thirtyIndicatorModel(m_workspace);
    QStringList problems;
    QVERIFY2(compileGtmModel(m_workspace.model, m_workspace, &m_model, &problems),
             qPrintable(problems.join(QLatin1Char(' '))));
    QCOMPARE(m_model.leaves().size(), size_t(30));
    m_table = IndicatorTable::fromWorkspace(m_workspace, m_model.columns());
}

void BenchScoring::indicatorTable10k()
{
    QBENCHMARK
    {
        const IndicatorTable table = IndicatorTable::fromWorkspace(m_workspace, m_model.columns());
        QCOMPARE(table.rowCount, 10000);
    }
}

void BenchScoring::score10k()
{
    QBENCHMARK
    {
        const ScoringResult result = ScoringEngine::score(m_model, m_table);
        QCOMPARE(result.rowCount(), 10000);
    }
}

void BenchScoring::score10kWithoutBreakdown()
{
    ScoringEngine::Options options;
    options.breakdown = false;
    QBENCHMARK
    {
        const ScoringResult result = ScoringEngine::score(m_model, m_table, options);
        QCOMPARE(result.rowCount(), 10000);
    }
}

void BenchScoring::sensitivity1000Runs1000Verticals()
{
    Workspace thousand = TestWorkspaces::large(1000, 30);
    thousand.model = thirtyIndicatorModel(thousand);
    CompiledModel model;
    QStringList problems;
    QVERIFY(compileGtmModel(thousand.model, thousand, &model, &problems));
    const IndicatorTable table = IndicatorTable::fromWorkspace(thousand, model.columns());
    SensitivityAnalysis::Settings settings;
    settings.runs = 1000;
    QBENCHMARK_ONCE
    {
        const auto result = SensitivityAnalysis::run(model, table, settings);
        QCOMPARE(result.runs, 1000);
    }
}

/** Issue 9: after an edit, the table, the scores with coverage and the waves (with the last
 *  runs) again for 1,000 verticals, under 30 ms. */
void BenchScoring::recommendationAfterEdit1000Verticals()
{
    Workspace thousand = TestWorkspaces::large(1000, 30);
    thousand.model = thirtyIndicatorModel(thousand);
    CompiledModel model;
    QStringList problems;
    QVERIFY(compileGtmModel(thousand.model, thousand, &model, &problems));
    const IndicatorTable first = IndicatorTable::fromWorkspace(thousand, model.columns());
    const SensitivityAnalysis::Result runs
        = SensitivityAnalysis::run(model, first, recommendationRunSettings(1000, 1));
    const std::vector<double> markets = Recommendation::marketSizes(thousand);
    int edit = 0;
    QBENCHMARK
    {
        // The edit: one value of one vertical, as a worksheet field makes it.
        Vertical &v = thousand.verticals[edit++ % 1000];
        v.values[model.columns().at(0)].value = double(edit % 5);
        const IndicatorTable table = IndicatorTable::fromWorkspace(thousand, model.columns());
        const ScoringResult scores = ScoringEngine::score(model, table);
        const Recommendation recommendation = Recommendation::compute(scores, &runs, markets);
        QCOMPARE(int(recommendation.placements().size()), 1000);
    }
}

/** The robustness runs behind the waves and the waves themselves, 1,000 runs over 1,000
 *  verticals (both cores): under 2 s. */
void BenchScoring::recommend1000Verticals()
{
    Workspace thousand = TestWorkspaces::large(1000, 30);
    thousand.model = thirtyIndicatorModel(thousand);
    QBENCHMARK_ONCE
    {
        Decision decision;
        QStringList problems;
        QVERIFY(Decision::make(thousand, thousand.model, recommendationRunSettings(1000, 1),
                               &decision, &problems));
        QCOMPARE(decision.runs.runs, 1000);
    }
}

void BenchScoring::commandLine10k()
{
    const QString path = m_dir.filePath(QStringLiteral("large.gtmw"));
    QString error;
    QVERIFY2(SqliteWorkspaceStore(path).save(m_workspace, &error), qPrintable(error));
    QBENCHMARK
    {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(
            QStringLiteral(GTM_WORKBENCH_EXECUTABLE),
            {QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }
}

QTEST_GUILESS_MAIN(BenchScoring)
#include "bench_scoring.moc"
