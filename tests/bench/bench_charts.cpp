#include "charts/chartcontent.h"
#include "charts/chartrender.h"
#include "charts/chartspage.h"
#include "charts/chartview.h"
#include "charts/mapchart.h"
#include "charts/radarchart.h"
#include "charts/recommendationview.h"
#include "charts/robustnesscharts.h"
#include "charts/whychart.h"
#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/indicator.h"
#include "items/recommendationmodel.h"
#include "mainwindow.h"
#include "scoring/scoreboard.h"
#include "storage/workspacefiles.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Gtm;

namespace {

/**
 * `count` verticals made of the sample's twelve, every value moved by up to ±20 % of its range
 * (a fixed sequence, so every run draws the same map): realistic, and spread over the map.
 */
Workspace spread(int count)
{
    const Workspace sample = WorkspaceFiles::sampleWorkspace();
    Workspace w = sample;
    w.verticals.clear();
    quint64 state = 88172645463325252ull;
    const auto next = [&state] { // xorshift64
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return double(state % 10000) / 10000.0;
    };
    for (int i = 0; i < count; ++i) {
        Vertical v = sample.verticals.at(i % sample.verticals.size());
        v.id = i + 1;
        v.name = QStringLiteral("%1 %2").arg(v.name).arg(i + 1);
        for (auto it = v.values.begin(); it != v.values.end(); ++it) {
            const IndicatorDefinition *d = builtInIndicator(it.key());
            if (!d || !d->minimum || !d->maximum)
                continue;
            const double range = *d->maximum - *d->minimum;
            it->value
                = std::clamp(it->value + (next() - 0.5) * 0.4 * range, *d->minimum, *d->maximum);
        }
        w.verticals.append(v);
    }
    return w;
}

/** spread(count), with every 50th vertical's Consequences values taken out: its risk then rests
 *  on half of its weight, so it is provisional and undecided. */
Workspace spreadWithProvisional(int count)
{
    Workspace w = spread(count);
    for (int i = 0; i < w.verticals.size(); i += 50) {
        for (const char *id : {IndicatorId::JobsHighRiskPct, IndicatorId::JobsSignificantRiskPct,
                               IndicatorId::SafetyEthicsSensitivity, IndicatorId::LabourImpact,
                               IndicatorId::GovernanceScrutiny})
            w.verticals[i].values.remove(QString::fromLatin1(id));
    }
    return w;
}

} // namespace

/** The charts' speed targets of the README ("Benchmarks"). */
class BenchCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editReachesMap_data();
    void editReachesMap();
    void renderMap_data();
    void renderMap();
    void renderOthersSample();
    void editReachesRecommendation();
    void recommendationRuns();

private:
    void save(const ChartContent &chart, const QString &name);
};

void BenchCharts::initTestCase()
{
    // GTM_CHART_PREVIEW=DIR saves what the benchmarks draw, to look at.
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
}

void BenchCharts::save(const ChartContent &chart, const QString &name)
{
    const QString dir = qEnvironmentVariable("GTM_CHART_PREVIEW");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    ChartRender::image(chart, QSize(1200, 760))
        .save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void BenchCharts::editReachesMap_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1,000") << 1000;
    QTest::newRow("10,000") << 10000;
}

void BenchCharts::editReachesMap()
{
    QFETCH(int, count);
    // The charts page as in the window: an edit goes through the undo stack, the score board
    // rescoring every vertical, the map's series, and a repaint of the map on screen.
    WorkspaceDocument document;
    document.reset(spread(count), QString(), false);
    ScoreBoard scores(&document);
    ChartsPage page(&document, &scores);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const VerticalId first = document.workspace().verticals.at(0).id;
    page.setCurrentVertical(first);

    page.mapView()->viewport()->repaint();
    QString error;
    double value = 1;
    QBENCHMARK
    {
        value = value == 1 ? 4 : 1;
        Commands::setIndicatorValue(&document, first,
                                    QString::fromLatin1(IndicatorId::AiEnthusiasm), value, &error);
        page.mapView()->viewport()->repaint();
    }
    QCOMPARE(page.map()->data().points.size(), count);
    QCOMPARE(page.map()->data().points.first().readiness, scores.readiness(first));
}

void BenchCharts::renderMap_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("12 (sample)") << 0;
    QTest::newRow("1,000") << 1000;
    QTest::newRow("10,000") << 10000;
}

void BenchCharts::renderMap()
{
    QFETCH(int, count);
    WorkspaceDocument document;
    document.reset(count == 0 ? WorkspaceFiles::sampleWorkspace() : spread(count), QString(),
                   false);
    ScoreBoard scores(&document);
    MapChart map;
    map.setInput(chartInput(&document, &scores, document.workspace().verticals.at(0).id));
    QImage image;
    QBENCHMARK
    {
        image = ChartRender::image(map, QSize(1440, 900));
    }
    QCOMPARE(image.size(), QSize(1440, 900));
    save(map, QStringLiteral("map-%1").arg(count));
}

void BenchCharts::renderOthersSample()
{
    WorkspaceDocument document;
    document.reset(WorkspaceFiles::sampleWorkspace(), QString(), false);
    ScoreBoard scores(&document);
    const QList<Vertical> &v = document.workspace().verticals;
    const ChartInput input = chartInput(&document, &scores, v.at(0).id);
    RadarChart radar;
    radar.setChosen({v.at(0).id, v.at(4).id, v.at(5).id, v.at(2).id});
    radar.setInput(input);
    WhyChart why;
    why.setInput(input);
    WhyChart whyAll;
    whyAll.setMode(WhyData::Mode::All, 0);
    whyAll.setInput(input);
    SensitivityAnalysis::Settings settings;
    const SensitivityAnalysis::Result result
        = SensitivityAnalysis::run(scores.model(), scores.table(), settings);
    QList<VerticalId> ids;
    QStringList names;
    for (const Vertical &vertical : v) {
        ids.append(vertical.id);
        names.append(vertical.name);
    }
    RankIntervalChart ranks;
    ranks.setData(
        robustnessData(result, ids, names, 0, QStringLiteral("AI potential (readiness)")));
    QuadrantShareChart shares;
    shares.setData(
        robustnessData(result, ids, names, 0, QStringLiteral("AI potential (readiness)")));
    QBENCHMARK
    {
        ChartRender::image(radar, QSize(1200, 760));
        ChartRender::image(why, QSize(1200, 760));
        ChartRender::image(ranks, QSize(1200, 760));
        ChartRender::image(shares, QSize(1200, 760));
    }
    save(radar, QStringLiteral("radar"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    MapChart darkMap;
    darkMap.applyPalette(dark);
    darkMap.setInput(input);
    save(darkMap, QStringLiteral("map-dark"));
    save(why, QStringLiteral("why"));
    save(whyAll, QStringLiteral("why-all"));
    save(ranks, QStringLiteral("ranks"));
    save(shares, QStringLiteral("shares"));
}

void BenchCharts::editReachesRecommendation()
{
    // The whole window with the recommendation shown, 1,000 verticals (20 provisional): an edit
    // goes through the undo stack, the score board, every item model of the window, the
    // recommendation (scores, coverage, waves with the last runs) and a repaint of its view.
    MainWindow window;
    window.document()->reset(spreadWithProvisional(1000), QString(), false);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::ChartPage);
    window.chartsPage()->showTab(ChartsPage::RecommendationTab);
    RecommendationView *view = window.chartsPage()->recommendation();
    RecommendationModel *model = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->runsAreCurrent(), 60000);
    QCOMPARE(model->verticalsIn(Wave::Undecided).size() >= 20, true);
    const VerticalId first = window.document()->workspace().verticals.at(1).id;
    const QString indicator = QString::fromLatin1(IndicatorId::DataAvailability);
    QString error;
    int step = 0;
    QBENCHMARK
    {
        // Between 0 and 5: the vertical moves between the waves' ends, a layout change each time.
        Commands::setIndicatorValue(window.document(), first, indicator, (step++ % 2) ? 0.0 : 5.0,
                                    &error);
        view->view()->viewport()->repaint();
    }
    QVERIFY(!model->runsAreCurrent());
    QCOMPARE(model->indexOfVertical(first, RecommendationModel::ReadinessColumn).data().toString(),
             QLocale().toString(window.scores()->readiness(first), 'f', 1));
    window.document()->reset(Workspace(), QString(), false);
}

void BenchCharts::recommendationRuns()
{
    // The robustness runs behind the waves (1,000, seed 1) over 1,000 verticals, in the
    // background, from an edit to the waves resting on them: the pause the view waits for
    // (RecommendationView::RerunDelayMs), the runs, and the waves recomputed with them.
    WorkspaceDocument document;
    document.reset(spreadWithProvisional(1000), QString(), false);
    ScoreBoard scores(&document);
    RecommendationView view(&document, &scores);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->runsAreCurrent(), 60000);
    const VerticalId first = document.workspace().verticals.at(1).id;
    QSignalSpy finished(&view, &RecommendationView::runsFinished);
    QString error;
    int step = 0;
    QList<double> runsOnly;
    QBENCHMARK
    {
        Commands::setIndicatorValue(&document, first,
                                    QString::fromLatin1(IndicatorId::DataAvailability),
                                    (step++ % 2) ? 0.0 : 5.0, &error);
        QVERIFY(!view.model()->runsAreCurrent());
        QVERIFY(finished.wait(60000));
        QVERIFY(view.model()->runsAreCurrent());
        runsOnly.append(view.lastRunSeconds());
    }
    std::sort(runsOnly.begin(), runsOnly.end());
    qInfo("the runs alone: %.3f s (median of %lld)", runsOnly.at(runsOnly.size() / 2),
          static_cast<long long>(runsOnly.size()));
}

QTEST_MAIN(BenchCharts)
#include "bench_charts.moc"
