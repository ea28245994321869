#include "provisionalvertical.h"
#include "testworkspaces.h"

#include "charts/chartcontent.h"
#include "charts/chartrender.h"
#include "charts/chartspage.h"
#include "charts/chartstyle.h"
#include "charts/chartview.h"
#include "charts/labellayout.h"
#include "charts/mapchart.h"
#include "charts/radarchart.h"
#include "charts/recommendationview.h"
#include "charts/robustnesscharts.h"
#include "charts/whychart.h"
#include "commands/workspacecommands.h"
#include "document/records.h"
#include "document/workspacedocument.h"
#include "domain/indicator.h"
#include "items/itemroles.h"
#include "items/recommendationmodel.h"
#include "mainwindow.h"
#include "panels/verticalnavigator.h"
#include "scoring/scoreboard.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>

#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>

using namespace Gtm;

namespace {

const QString enthusiasm = QString::fromLatin1(IndicatorId::AiEnthusiasm);
const QString data = QString::fromLatin1(IndicatorId::DataAvailability);
const QString safety = QString::fromLatin1(IndicatorId::SafetyEthicsSensitivity);
const QString burden = QString::fromLatin1(IndicatorId::RegulatoryBurden);
const QString market = QString::fromLatin1(IndicatorId::MarketSizeUsdBn);

using TestWorkspaces::fourVerticals;

/** Every bubble on the map: vertical → (risk, readiness, quadrant). */
struct Bubble
{
    double risk = 0;
    double readiness = 0;
    Quadrant quadrant = Quadrant::Monitor;
};

QHash<VerticalId, Bubble> bubbles(const MapChart *map)
{
    QHash<VerticalId, Bubble> result;
    for (Quadrant q : {Quadrant::PursueNow, Quadrant::ProceedWithSafeguards,
                       Quadrant::PrepareTheCustomer, Quadrant::Monitor}) {
        for (QScatterSeries *series : map->quadrantSeries(q)) {
            const QList<QPointF> points = series->points();
            for (int i = 0; i < points.size(); ++i)
                result.insert(map->verticalOf(series, i), {points.at(i).x(), points.at(i).y(), q});
        }
    }
    return result;
}

} // namespace

/** The charts as a PM uses them: fed by the scores, live, clickable, exported. */
class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void labelsTakeTheFirstFreePlace_data();
    void labelsTakeTheFirstFreePlace();
    void crossingLeadersSwapPlaces_data();
    void crossingLeadersSwapPlaces();
    void sampleMapLabelsEveryVerticalWithoutOverlap();
    void mapFollowsEditsAndUndo();
    void bubbleAreaIsMarketSize();
    void provisionalBubblesAreHollow();
    void selectionFollowsBothWays();
    void tooltipExplainsTheBubble();
    void radarShowsIndicesAndDimensions();
    void radarTakesTwoToSixVerticals();
    void whyBarsAddUpToTheScore();
    void robustnessRanksAreTheAnalysisRanks();
    void robustnessRunCanBeCancelled();
    void exportWritesTheRequestedSize_data();
    void exportWritesTheRequestedSize();
    void exportHasNoSelectionRing();
    void exportRefusesBadSizesAndKeepsTheFile();
    void copyPutsImageAndSvgOnTheClipboard();
    void chartsFollowThePalette();
    void userTextShowsAsTyped();
    void robustnessWithoutScoresSaysWhy();
    void anotherWorkspaceStopsTheAnalysis();
    void recommendationViewFollowsEditsAndRuns();

private:
    void openFour();
    VerticalId idOf(const QString &name) const;

    std::unique_ptr<MainWindow> m_window;
};

void TestCharts::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCharts::cleanup()
{
    if (m_window)
        m_window->document()->reset(Workspace(), QString(), false); // no "save changes?" on close
    m_window.reset();
}

void TestCharts::openFour()
{
    m_window->document()->reset(fourVerticals(), QString(), false);
    m_window->showPage(MainWindow::ChartPage);
    m_window->chartsPage()->showTab(ChartsPage::MapTab);
}

VerticalId TestCharts::idOf(const QString &name) const
{
    const Workspace &w = m_window->document()->workspace();
    return w.verticals.at(w.indexOfVerticalNamed(name)).id;
}

void TestCharts::labelsTakeTheFirstFreePlace_data()
{
    // A bubble at (100, 100) of radius 10, labels 50 × 14, 3 pixels from the bubble.
    QTest::addColumn<QList<QPointF>>("anchors");
    QTest::addColumn<QList<QRectF>>("obstacles");
    QTest::addColumn<QList<QRectF>>("expected");
    QTest::newRow("alone: to the right") << QList<QPointF> {{100, 100}} << QList<QRectF> {}
                                         << QList<QRectF> {QRectF(113, 93, 50, 14)};
    QTest::newRow("at the right edge: to the left")
        << QList<QPointF> {{370, 100}} << QList<QRectF> {}
        << QList<QRectF> {QRectF(370 - 13 - 50, 93, 50, 14)};
    QTest::newRow("right taken by text: to the left")
        << QList<QPointF> {{100, 100}} << QList<QRectF> {QRectF(120, 90, 40, 20)}
        << QList<QRectF> {QRectF(37, 93, 50, 14)};
    // A second bubble right of the first: its label goes right, the first one's left.
    QTest::newRow("neighbours") << QList<QPointF> {{100, 100}, {140, 100}} << QList<QRectF> {}
                                << QList<QRectF> {QRectF(37, 93, 50, 14), QRectF(153, 93, 50, 14)};
    // Three bubbles on one spot: the first label right, the second left, the third above.
    QTest::newRow("same spot") << QList<QPointF> {{200, 200}, {200, 200}, {200, 200}}
                               << QList<QRectF> {}
                               << QList<QRectF> {QRectF(213, 193, 50, 14), QRectF(137, 193, 50, 14),
                                                 QRectF(175, 173, 50, 14)};
}

void TestCharts::labelsTakeTheFirstFreePlace()
{
    QFETCH(QList<QPointF>, anchors);
    QFETCH(QList<QRectF>, obstacles);
    QFETCH(QList<QRectF>, expected);
    QList<LabelRequest> requests;
    for (const QPointF &anchor : anchors)
        requests.append({anchor, 10, QSizeF(50, 14), true});
    const QList<QRectF> placed = layoutLabels(requests, QRectF(0, 0, 400, 400), -1, obstacles);
    QCOMPARE(placed, expected);
}

void TestCharts::crossingLeadersSwapPlaces_data()
{
    // Bubble A at (100, 100), B at (100, 200), radius 10; A's label was put at B's height and
    // B's at A's: the lines (100, 100)→(175, 200) and (100, 200)→(175, 100) cross at (137.5, 150).
    QTest::addColumn<qreal>("widthOfA");
    QTest::addColumn<QList<QRectF>>("obstacles");
    QTest::addColumn<QList<QRectF>>("expected");
    QTest::addColumn<int>("crossingsLeft");
    QTest::newRow("swapped") << qreal(50) << QList<QRectF> {}
                             << QList<QRectF> {QRectF(150, 93, 50, 14), QRectF(150, 193, 50, 14)}
                             << 0;
    // A's label is 80 wide: centred at (175, 100) it would span x 135–215 and cover the text at
    // x 205–215, so both stay and the crossing is reported.
    QTest::newRow("no room: kept")
        << qreal(80) << QList<QRectF> {QRectF(205, 95, 10, 10)}
        << QList<QRectF> {QRectF(135, 193, 80, 14), QRectF(150, 93, 50, 14)} << 1;
}

void TestCharts::crossingLeadersSwapPlaces()
{
    QFETCH(qreal, widthOfA);
    QFETCH(QList<QRectF>, obstacles);
    QFETCH(QList<QRectF>, expected);
    QFETCH(int, crossingsLeft);
    const QList<LabelRequest> requests {{QPointF(100, 100), 10, QSizeF(widthOfA, 14), true},
                                        {QPointF(100, 200), 10, QSizeF(50, 14), true}};
    QList<QRectF> placed {QRectF(175 - widthOfA / 2, 193, widthOfA, 14), QRectF(150, 93, 50, 14)};
    QCOMPARE(uncrossLeaders(requests, placed, QRectF(0, 0, 400, 400), obstacles), crossingsLeft);
    QCOMPARE(placed, expected);
}

void TestCharts::sampleMapLabelsEveryVerticalWithoutOverlap()
{
    m_window->openSample();
    m_window->showPage(MainWindow::ChartPage);
    MapChart *map = m_window->chartsPage()->map();
    QTRY_VERIFY(!map->plotArea().isEmpty());
    const QHash<VerticalId, QRectF> labels = map->labelRects();
    QCOMPARE(labels.size(), m_window->document()->workspace().verticals.size());
    const QList<QRectF> rects = labels.values();
    for (int i = 0; i < rects.size(); ++i) {
        QVERIFY(map->plotArea().contains(rects.at(i)));
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(QString::number(i)));
        // No label covers a bubble.
        for (const Vertical &v : m_window->document()->workspace().verticals) {
            const QPointF centre = map->positionOf(v.id);
            const qreal r = map->diameterOf(v.id) / 2;
            const qreal dx
                = centre.x() - std::clamp(centre.x(), rects.at(i).left(), rects.at(i).right());
            const qreal dy
                = centre.y() - std::clamp(centre.y(), rects.at(i).top(), rects.at(i).bottom());
            QVERIFY(dx * dx + dy * dy >= r * r);
        }
    }
}

void TestCharts::mapFollowsEditsAndUndo()
{
    openFour();
    MapChart *map = m_window->chartsPage()->map();
    QHash<VerticalId, Bubble> b = bubbles(map);
    QCOMPARE(b.size(), 4);
    const VerticalId alpha = idOf(QStringLiteral("Alpha"));
    QCOMPARE(b.value(alpha).readiness, 90.0);
    QCOMPARE(b.value(alpha).risk, 10.0);
    QCOMPARE(b.value(alpha).quadrant, Quadrant::PursueNow);
    QCOMPARE(b.value(idOf(QStringLiteral("Bravo"))).readiness, 10.0);
    QCOMPARE(b.value(idOf(QStringLiteral("Bravo"))).risk, 90.0);
    QCOMPARE(b.value(idOf(QStringLiteral("Bravo"))).quadrant, Quadrant::Monitor);
    QCOMPARE(b.value(idOf(QStringLiteral("Charlie"))).quadrant, Quadrant::ProceedWithSafeguards);
    QCOMPARE(b.value(idOf(QStringLiteral("Delta"))).quadrant, Quadrant::PrepareTheCustomer);
    QCOMPARE(map->data().readinessThreshold, 50.0);

    // Alpha's enthusiasm 4 → 0: readiness (0 + 100) / 2 = 50, still ready (50 ≥ 50).
    QString error;
    WorkspaceDocument *document = m_window->document();
    QVERIFY(Commands::setIndicatorValue(document, alpha, enthusiasm, 0, &error));
    b = bubbles(map);
    QCOMPARE(b.value(alpha).readiness, 50.0);
    QCOMPARE(b.value(alpha).quadrant, Quadrant::PursueNow);
    // A readiness threshold of 70 moves Alpha (50) and Charlie (60) out of the ready half.
    QVERIFY(Commands::setField(
        document, FieldRef {Record::ModelSettings, 0, 0, ModelSettingsField::ReadinessThreshold},
        70.0, &error));
    b = bubbles(map);
    QCOMPARE(map->data().readinessThreshold, 70.0);
    QCOMPARE(b.value(alpha).quadrant, Quadrant::PrepareTheCustomer);
    QCOMPARE(b.value(idOf(QStringLiteral("Charlie"))).quadrant, Quadrant::Monitor);
    document->undoStack()->undo();
    document->undoStack()->undo();
    b = bubbles(map);
    QCOMPARE(b.value(alpha).readiness, 90.0);
    QCOMPARE(b.value(alpha).quadrant, Quadrant::PursueNow);
    QCOMPARE(b.value(idOf(QStringLiteral("Charlie"))).quadrant, Quadrant::ProceedWithSafeguards);
    QCOMPARE(map->data().readinessThreshold, 50.0);

    // A vertical without a score leaves the map and is named under it.
    QVERIFY(Commands::setIndicatorValue(document, alpha, enthusiasm, std::nullopt, &error));
    QVERIFY(Commands::setIndicatorValue(document, alpha, data, std::nullopt, &error));
    QCOMPARE(bubbles(map).size(), 3);
    QCOMPARE(map->data().unscored, QStringList {QStringLiteral("Alpha")});
}

void TestCharts::bubbleAreaIsMarketSize()
{
    openFour();
    MapChart *map = m_window->chartsPage()->map();
    QTRY_VERIFY(!map->plotArea().isEmpty());
    const qreal alpha = map->diameterOf(idOf(QStringLiteral("Alpha")));
    const qreal bravo = map->diameterOf(idOf(QStringLiteral("Bravo")));
    const qreal delta = map->diameterOf(idOf(QStringLiteral("Delta")));
    // Markets 4, 1 and 3: areas 4 : 1 : 3, so diameters 2 : 1 : √3 = 1.732 (size classes round
    // a diameter by at most a third of a pixel).
    QVERIFY2(std::abs(alpha - 2.0 * bravo) < 0.67, qPrintable(QString::number(alpha / bravo)));
    QVERIFY2(std::abs(delta - std::sqrt(3.0) * bravo) < 0.67,
             qPrintable(QString::number(delta / bravo)));
    // Charlie has no market size: the smallest mark, a ring.
    QVERIFY(map->diameterOf(idOf(QStringLiteral("Charlie"))) < bravo);
}

void TestCharts::provisionalBubblesAreHollow()
{
    m_window->openSample();
    m_window->showPage(MainWindow::ChartPage);
    ChartsPage *page = m_window->chartsPage();
    page->showTab(ChartsPage::MapTab);
    MapChart *map = page->map();
    const auto legendShown = [map] {
        return map->showsProvisionalInLegend();
    };
    QVERIFY(map->provisionalSeries().isEmpty());
    QVERIFY(!legendShown());

    WorkspaceDocument *document = m_window->document();
    const int steps = document->undoStack()->count();
    const VerticalId gaming = TestWorkspaces::addProvisionalVertical(document);
    // Readiness 80, risk 20 (see addProvisionalVertical()): pursue now, but provisional.
    const Bubble bubble = bubbles(map).value(gaming);
    QCOMPARE(bubble.readiness, 80.0);
    QCOMPARE(bubble.risk, 20.0);
    QCOMPARE(bubble.quadrant, Quadrant::PursueNow);
    const QList<QScatterSeries *> hollow = map->provisionalSeries();
    QCOMPARE(hollow.size(), 1);
    QCOMPARE(hollow.first()->points(), QList<QPointF> {QPointF(20, 80)});
    QCOMPARE(map->verticalOf(hollow.first(), 0), gaming);
    QCOMPARE(hollow.first()->brush().style(), Qt::BDiagPattern);
    QCOMPARE(hollow.first()->pen().style(), Qt::CustomDashLine);
    // No market size: it would be the smallest ring, but dashes need room.
    QTRY_VERIFY(!map->plotArea().isEmpty());
    QCOMPARE(map->diameterOf(gaming), 13.0);
    QVERIFY(legendShown());
    QCOMPARE(map->provisionalLegendSeries()->name(),
             QStringLiteral("Provisional (coverage below 70 %)"));
    QVERIFY(page->mapToolTip(gaming).contains(
        QLatin1String("Provisional: Risk rests on 20 % of its weight")));
    // Every other bubble stays solid; exports draw the same (the brief draws such a copy).
    for (QScatterSeries *series : map->quadrantSeries(Quadrant::PursueNow)) {
        if (series != hollow.first())
            QCOMPARE(series->brush().style(), Qt::SolidPattern);
    }
    const std::unique_ptr<ChartContent> copy = map->copy();
    QCOMPARE(static_cast<MapChart *>(copy->chart())->provisionalSeries().size(), 1);

    // A market size, and the consequences filled in: a solid bubble of its size.
    QString error;
    QVERIFY(Commands::setIndicatorValue(document, gaming, market, 1.5, &error));
    QCOMPARE(map->provisionalSeries().first()->points(), QList<QPointF> {QPointF(20, 80)});
    QVERIFY(map->diameterOf(gaming) > 13.0);
    for (const char *indicator : {IndicatorId::JobsHighRiskPct, IndicatorId::JobsSignificantRiskPct,
                                  IndicatorId::SafetyEthicsSensitivity, IndicatorId::LabourImpact,
                                  IndicatorId::GovernanceScrutiny})
        Commands::setIndicatorValue(document, gaming, QString::fromLatin1(indicator), 0, &error);
    QVERIFY(map->provisionalSeries().isEmpty());
    QVERIFY(!legendShown());
    document->undoStack()->setIndex(steps);
    QVERIFY(!bubbles(map).contains(gaming));
    QVERIFY(map->provisionalSeries().isEmpty());
}

void TestCharts::selectionFollowsBothWays()
{
    openFour();
    ChartsPage *page = m_window->chartsPage();
    MapChart *map = page->map();
    ChartView *view = page->mapView();
    QTRY_VERIFY(!map->plotArea().isEmpty());
    // Editor → map: the ring is on the selected vertical.
    const VerticalId delta = idOf(QStringLiteral("Delta"));
    m_window->navigator()->select(delta);
    QCOMPARE(map->current(), delta);
    QCOMPARE(map->selectionSeries()->points(), QList<QPointF> {QPointF(40, 40)});
    // Map → editor: a click on Bravo's bubble selects Bravo.
    const VerticalId bravo = idOf(QStringLiteral("Bravo"));
    const auto toViewport = [&](VerticalId id) {
        return view->mapFromScene(map->mapToScene(map->positionOf(id)));
    };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, toViewport(bravo));
    QCOMPARE(m_window->navigator()->current(), bravo);
    QCOMPARE(map->current(), bravo);
    QCOMPARE(map->selectionSeries()->points(), QList<QPointF> {QPointF(90, 10)});
    // A click between bubbles changes nothing; a double click opens the worksheet.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(map->mapToScene(map->plotArea().center())));
    QCOMPARE(m_window->navigator()->current(), bravo);
    const VerticalId alpha = idOf(QStringLiteral("Alpha"));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, toViewport(alpha));
    QCOMPARE(m_window->navigator()->current(), alpha);
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::VerticalPage));
}

void TestCharts::tooltipExplainsTheBubble()
{
    m_window->openSample();
    m_window->showPage(MainWindow::ChartPage);
    const VerticalId finance = idOf(QStringLiteral("Finance"));
    const QString tip = m_window->chartsPage()->mapToolTip(finance);
    QVERIFY2(tip.startsWith(QLatin1String("<b>Finance</b>")), qPrintable(tip));
    // 87.8 and Data availability's 11.25 points are worked out in tst_worksheets.
    QVERIFY2(tip.contains(QLatin1String("AI potential (readiness): 87.8 (rank 1 of 12)")),
             qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("Quadrant: Proceed with safeguards")));
    QVERIFY(tip.contains(
        QLatin1String("Adds most to AI potential (readiness): Data availability 11.3")));
    QVERIFY(tip.contains(QLatin1String("Market size: USD ")));
    // What the user typed is shown as text, never as markup.
    QString error;
    QVERIFY(Commands::renameVertical(m_window->document(), finance, QStringLiteral("<b>x</b> & co"),
                                     &error));
    QVERIFY(m_window->chartsPage()->mapToolTip(finance).startsWith(
        QLatin1String("<b>&lt;b&gt;x&lt;/b&gt; &amp; co</b>")));
}

void TestCharts::radarShowsIndicesAndDimensions()
{
    openFour();
    const VerticalId alpha = idOf(QStringLiteral("Alpha"));
    m_window->navigator()->select(alpha);
    ChartsPage *page = m_window->chartsPage();
    page->showTab(ChartsPage::RadarTab);
    RadarChart *radar = page->radar();
    QCOMPARE(radar->data().axes,
             QStringList({QStringLiteral("Readiness"), QStringLiteral("Context"),
                          QStringLiteral("Capabilities"), QStringLiteral("Risk"),
                          QStringLiteral("Consequences"), QStringLiteral("Regulation")}));
    // The first look: the selected vertical and the readiest others, four in all.
    QCOMPARE(radar->chosen().size(), 4);
    QCOMPARE(radar->chosen().first(), alpha);
    // Alpha: readiness 90 = (80 + 100) / 2, risk 10 = (20 + 0) / 2.
    const QList<double> expected {90, 80, 100, 10, 20, 0};
    QCOMPARE(radar->data().lines.first().values, expected);
    // The outline drawn is those values, closed back at the first axis.
    QList<QLineSeries *> outlines;
    for (QAbstractSeries *series : radar->series()) {
        if (series->type() == QAbstractSeries::SeriesTypeLine)
            outlines.append(static_cast<QLineSeries *>(series));
    }
    QCOMPARE(outlines.size(), 4);
    QCOMPARE(outlines.first()->name(), QStringLiteral("Alpha"));
    const QList<QPointF> points = outlines.first()->points();
    QCOMPARE(points.size(), 7);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(points.at(i), QPointF(i, expected.at(i)));
    QCOMPARE(points.at(6), QPointF(6, 90));
    // An edit shows at once: Alpha's data availability 5 → 0 makes Capabilities 0, readiness 40.
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_window->document(), alpha, data, 0, &error));
    QCOMPARE(radar->data().lines.first().values, (QList<double> {40, 80, 0, 10, 20, 0}));
    m_window->document()->undoStack()->undo();
    QCOMPARE(radar->data().lines.first().values, expected);
}

void TestCharts::radarTakesTwoToSixVerticals()
{
    Workspace w = fourVerticals();
    for (const char *name : {"Echo", "Foxtrot", "Golf"}) {
        Vertical v = w.verticals.at(3);
        v.name = QString::fromLatin1(name);
        w.addVertical(v);
    }
    m_window->document()->reset(w, QString(), false);
    m_window->showPage(MainWindow::ChartPage);
    ChartsPage *page = m_window->chartsPage();
    page->showTab(ChartsPage::RadarTab);
    QListWidget *choices = page->radarChoices();
    QCOMPARE(choices->count(), 7);
    for (int i = 0; i < 7; ++i)
        choices->item(i)->setCheckState(Qt::Checked);
    // The seventh is refused, and the user is told why.
    QCOMPARE(page->radar()->chosen().size(), RadarChart::MaximumVerticals);
    QCOMPARE(page->radar()->data().lines.size(), RadarChart::MaximumVerticals);
    QCOMPARE(choices->item(6)->checkState(), Qt::Unchecked);
    for (int i = 0; i < 5; ++i)
        choices->item(i)->setCheckState(Qt::Unchecked);
    QCOMPARE(page->radar()->data().lines.size(), 1);
    QCOMPARE(page->radar()->data().lines.first().name, QStringLiteral("Foxtrot"));
}

void TestCharts::whyBarsAddUpToTheScore()
{
    openFour();
    const VerticalId alpha = idOf(QStringLiteral("Alpha"));
    m_window->navigator()->select(alpha);
    ChartsPage *page = m_window->chartsPage();
    page->showTab(ChartsPage::WhyTab);
    WhyChart *why = page->why();
    // Each indicator carries half its index: data availability 100 % → 50 points, enthusiasm
    // 80 % → 40 (readiness 90); safety 20 % → 10, burden 0 → 0 (risk 10).
    const QList<WhyData::Bar> &bars = why->data().bars;
    QCOMPARE(bars.size(), 4);
    QCOMPARE(bars.at(0).label, QStringLiteral("Data availability"));
    QCOMPARE(bars.at(0).points, 50.0);
    QCOMPARE(bars.at(1).points, 40.0);
    QVERIFY(!bars.at(1).risk);
    QCOMPARE(bars.at(2).points, 10.0);
    QVERIFY(bars.at(2).risk);
    QCOMPARE(bars.at(3).points, 0.0);
    // The bar sets hold the same numbers, bottom to top: risk's last, readiness's first.
    auto *series = static_cast<QAbstractBarSeries *>(why->series().first());
    QCOMPARE(series->barSets().size(), 2);
    QCOMPARE(series->barSets().at(0)->at(3), 50.0);
    QCOMPARE(series->barSets().at(1)->at(1), 10.0);

    // All verticals, stacked: the totals are the readiness scores, highest first.
    page->whyMode()->setCurrentIndex(1);
    QCOMPARE(why->data().verticals,
             QStringList({QStringLiteral("Alpha"), QStringLiteral("Charlie"),
                          QStringLiteral("Delta"), QStringLiteral("Bravo")}));
    QCOMPARE(why->data().totals, (QList<double> {90, 60, 40, 10}));
    page->whyIndex()->setCurrentIndex(1);
    QCOMPARE(why->data().totals, (QList<double> {90, 60, 40, 10})); // Bravo, Charlie, Delta, Alpha
    QCOMPARE(why->data().verticals.first(), QStringLiteral("Bravo"));
}

void TestCharts::robustnessRanksAreTheAnalysisRanks()
{
    openFour();
    ChartsPage *page = m_window->chartsPage();
    page->runs()->setValue(500);
    page->showTab(ChartsPage::RobustnessTab);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && page->ranks()->data().runs == 500, 10000);
    // Dominance (see fourVerticals()) fixes the ranks in every run: no interval at all.
    const RobustnessData &data = page->ranks()->data();
    QCOMPARE(data.rows.size(), 4);
    const QStringList order {QStringLiteral("Alpha"), QStringLiteral("Charlie"),
                             QStringLiteral("Delta"), QStringLiteral("Bravo")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(data.rows.at(i).name, order.at(i));
        QCOMPARE(data.rows.at(i).rank.median, double(i + 1));
        QCOMPARE(data.rows.at(i).rank.p5, double(i + 1));
        QCOMPARE(data.rows.at(i).rank.p95, double(i + 1));
    }
    // The medians drawn are those ranks, the best at the top.
    QScatterSeries *medians = nullptr;
    for (QAbstractSeries *series : page->ranks()->series()) {
        if (series->type() == QAbstractSeries::SeriesTypeScatter)
            medians = static_cast<QScatterSeries *>(series);
    }
    QVERIFY(medians);
    QCOMPARE(medians->points(),
             (QList<QPointF> {QPointF(1, 3), QPointF(2, 2), QPointF(3, 1), QPointF(4, 0)}));
    // Shares of runs per quadrant add up to 100 % for each vertical.
    for (const RobustnessRow &row : data.rows) {
        double sum = 0;
        for (double share : row.quadrantShares)
            sum += share;
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
    }
    // The risk index ranks the other way round.
    page->robustnessIndex()->setCurrentIndex(1);
    QCOMPARE(page->ranks()->data().rows.first().name, QStringLiteral("Bravo"));
}

void TestCharts::robustnessRunCanBeCancelled()
{
    // 1,000 verticals and 100,000 runs: minutes of work, stopped at once.
    Workspace w = fourVerticals();
    const Vertical base = w.verticals.at(3);
    for (int i = 0; i < 996; ++i) {
        Vertical v = base;
        v.name = QStringLiteral("Vertical %1").arg(i);
        v.values[enthusiasm].value = (i % 50) / 10.0;
        w.addVertical(v);
    }
    m_window->document()->reset(w, QString(), false);
    m_window->showPage(MainWindow::ChartPage);
    ChartsPage *page = m_window->chartsPage();
    page->runs()->setValue(100000);
    page->showTab(ChartsPage::RobustnessTab);
    QVERIFY(page->isRunning());
    QVERIFY(page->progress()->isVisible());
    QVERIFY(page->cancelButton()->isVisible());
    QVERIFY(!page->runButton()->isEnabled());
    // The window keeps working while it runs: its event loop moves the progress bar on.
    QTest::qWait(300);
    QVERIFY(page->progress()->value() > 0);
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QVERIFY(page->ranks()->data().cancelled);
    QVERIFY(page->ranks()->data().runs < 100000);
    QVERIFY(page->robustnessStatus()->text().startsWith(QLatin1String("Cancelled after")));
    QVERIFY(!page->progress()->isVisible());
    QVERIFY(page->runButton()->isEnabled());
}

void TestCharts::exportWritesTheRequestedSize_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("png") << QStringLiteral("map.png") << QSize(800, 500) << 1.0;
    QTest::newRow("png at 2x") << QStringLiteral("map@2x.png") << QSize(2400, 1500) << 2.0;
    QTest::newRow("svg") << QStringLiteral("map.svg") << QSize(1024, 640) << 1.0;
}

void TestCharts::exportWritesTheRequestedSize()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    m_window->openSample();
    m_window->showPage(MainWindow::ChartPage);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QString error;
    QVERIFY2(m_window->chartsPage()->mapView()->exportTo(path, size, scale, &error),
             qPrintable(error));
    if (file.endsWith(QLatin1String(".png"))) {
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), size);
        // Not blank: the chart's white background and coloured bubbles are there.
        QVERIFY(image.pixelColor(size.width() / 2, size.height() / 2).isValid());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    } else {
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), size);
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        // Vectors with the text as text: a vertical's name can be searched for.
        QVERIFY(svg.readAll().contains(">Technology<"));
    }
}

void TestCharts::exportRefusesBadSizesAndKeepsTheFile()
{
    m_window->openSample();
    m_window->showPage(MainWindow::ChartPage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.png"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    QString error;
    ChartView *view = m_window->chartsPage()->mapView();
    QVERIFY(!view->exportTo(path, QSize(50, 50000), 1, &error));
    QCOMPARE(error,
             QStringLiteral("A chart is 100 to 10,000 pixels wide and high; 50 × 50000 is "
                            "not possible."));
    QVERIFY(!view->exportTo(dir.filePath(QStringLiteral("x.gif")), QSize(400, 300), 1, &error));
    QCOMPARE(error, QStringLiteral("Charts are exported as .png or .svg, not .gif."));
    QVERIFY(!view->exportTo(dir.filePath(QStringLiteral("no/such/dir/x.png")), QSize(400, 300), 1,
                            &error));
    QVERIFY(error.startsWith(QLatin1String("Could not write \"x.png\"")));
    // A write that fails half-way (a file-size limit fails write() as a full disk does) leaves
    // the file that was there as it was.
    struct rlimit saved;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool png = view->exportTo(path, QSize(1600, 1000), 1, &error);
    const QString pngError = error;
    const bool svg
        = view->exportTo(dir.filePath(QStringLiteral("keep.svg")), QSize(1600, 1000), 1, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!png);
    QVERIFY2(pngError.startsWith(QLatin1String("Could not write \"keep.png\"")),
             qPrintable(pngError));
    QVERIFY(!svg);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("keep.svg"))));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious"));
}

void TestCharts::copyPutsImageAndSvgOnTheClipboard()
{
    m_window->openSample();
    m_window->showPage(MainWindow::ChartPage);
    ChartView *view = m_window->chartsPage()->mapView();
    view->copyToClipboard(QSize(640, 400));
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasImage());
    const QImage image = qvariant_cast<QImage>(data->imageData());
    QCOMPARE(image.size(), QSize(640, 400) * view->devicePixelRatio());
    QSvgRenderer renderer(data->data(QStringLiteral("image/svg+xml")));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(640, 400));
}

void TestCharts::chartsFollowThePalette()
{
    m_window->openSample();
    m_window->showPage(MainWindow::ChartPage);
    ChartView *view = m_window->chartsPage()->mapView();
    QPalette dark = view->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    view->setPalette(dark);
    MapChart *map = m_window->chartsPage()->map();
    QVERIFY(map->isDark());
    QCOMPARE(map->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
    QCOMPARE(map->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    // The bubbles keep their quadrant's colour (the dark theme resets series colours).
    const auto fillOf = [map](Quadrant q) {
        QColor c = map->quadrantSeries(q).first()->brush().color();
        c.setAlpha(255);
        return c;
    };
    QCOMPARE(fillOf(Quadrant::PursueNow), ChartStyle::quadrantColor(Quadrant::PursueNow, true));
    QCOMPARE(fillOf(Quadrant::Monitor), ChartStyle::quadrantColor(Quadrant::Monitor, true));
    view->setPalette(QPalette());
    QVERIFY(!map->isDark());
    QCOMPARE(fillOf(Quadrant::PursueNow), ChartStyle::quadrantColor(Quadrant::PursueNow, false));
}

void TestCharts::userTextShowsAsTyped()
{
    // Qt Charts draws names as rich text: "<5G>" would vanish unless escaped.
    Workspace w = fourVerticals();
    w.verticals[2].name = QStringLiteral("Charlie <5G> & co");
    m_window->document()->reset(w, QString(), false);
    m_window->showPage(MainWindow::ChartPage);
    ChartsPage *page = m_window->chartsPage();
    page->showTab(ChartsPage::RadarTab);
    QStringList names;
    for (QAbstractSeries *series : page->radar()->series())
        names.append(series->name());
    QVERIFY2(names.contains(QStringLiteral("Charlie &lt;5G&gt; &amp; co")),
             qPrintable(names.join(QLatin1Char('|'))));
    // The map's own labels are plain text, as typed.
    page->showTab(ChartsPage::MapTab);
    QVERIFY(page->map()->labelRects().contains(idOf(QStringLiteral("Charlie <5G> & co"))));
    QCOMPARE(page->map()->data().points.at(2).name, QStringLiteral("Charlie <5G> & co"));
}

void TestCharts::robustnessWithoutScoresSaysWhy()
{
    // A model without the risk index scores nothing: the tab says so, and is ready to run again.
    Workspace w = fourVerticals();
    w.model.nodes.removeIf(
        [](const ModelNode &n) { return n.id.startsWith(QLatin1String("risk")); });
    w.model.indicators.removeIf(
        [](const ModelIndicator &i) { return i.parent.startsWith(QLatin1String("risk")); });
    m_window->document()->reset(w, QString(), false);
    m_window->showPage(MainWindow::ChartPage);
    ChartsPage *page = m_window->chartsPage();
    page->showTab(ChartsPage::RobustnessTab);
    QVERIFY(!page->isRunning());
    QCOMPARE(page->robustnessStatus()->text(),
             QStringLiteral("No robustness analysis: the scoring model has problems."));
    QVERIFY(!page->progress()->isVisible());
    QVERIFY(!page->cancelButton()->isVisible());
    QVERIFY(page->runButton()->isEnabled());
    QVERIFY(page->ranks()->data().rows.isEmpty());
}

void TestCharts::anotherWorkspaceStopsTheAnalysis()
{
    openFour();
    ChartsPage *page = m_window->chartsPage();
    page->runs()->setValue(500);
    page->showTab(ChartsPage::RobustnessTab);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && page->ranks()->data().rows.size() == 4, 10000);
    page->runs()->setValue(100000);
    page->runSensitivity();
    QVERIFY(page->isRunning());
    // Opening the sample mid-run: the four verticals' analysis is dropped at once and never
    // shows up later; the sample's own starts once the user pauses.
    m_window->openSample();
    QVERIFY(page->ranks()->data().rows.isEmpty());
    QTest::qWait(1500);
    for (const RobustnessRow &row : page->ranks()->data().rows)
        QVERIFY(row.name != QLatin1String("Alpha"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && !page->ranks()->data().rows.isEmpty(), 20000);
    QCOMPARE(page->ranks()->data().rows.size(), 12);
    for (const RobustnessRow &row : page->ranks()->data().rows)
        QVERIFY(row.name != QLatin1String("Alpha"));
}

void TestCharts::recommendationViewFollowsEditsAndRuns()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const VerticalId gaming = TestWorkspaces::addProvisionalVertical(document);
    // Ctrl+Shift+5, after the four charts, shows it; its runs start as it is shown.
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::ChartPage));
    ChartsPage *page = m_window->chartsPage();
    QCOMPARE(page->tabs()->currentIndex(), int(ChartsPage::RecommendationTab));
    RecommendationView *view = page->recommendation();
    RecommendationModel *model = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->runsAreCurrent(), 30000);
    QVERIFY(!view->progress()->isVisible());
    QVERIFY(view->status()->text().startsWith(
        QLatin1String("1,000 robustness runs of the current scores")));
    // The brief's call for the sample (issue 9), and Gaming, provisional, undecided.
    const auto names = [&](Wave wave) {
        QStringList list;
        for (VerticalId id : model->verticalsIn(wave))
            list.append(document->workspace().vertical(id)->name);
        return list;
    };
    QCOMPARE(names(Wave::GoFirst),
             (QStringList {QStringLiteral("Finance"), QStringLiteral("Technology"),
                           QStringLiteral("Telecom")}));
    QVERIFY(names(Wave::Undecided).contains(QStringLiteral("Gaming")));
    QCOMPARE(view->headline()->text(),
             QStringLiteral("Go first to Finance (with safeguards), Technology and Telecom."));
    QVERIFY(model->indexOfVertical(gaming).data(ItemRoles::Provisional).toBool());

    // The plan's target quarters are set beside the waves: typed, the wave's heading says it at
    // once; one undo takes the typing back, in the plan, the field and the heading.
    QLineEdit *next = view->quarterEdit(PlanField::NextQuarter);
    QVERIFY(next);
    QCOMPARE(next->text(), QStringLiteral("2027 Q3")); // the sample's plan
    const QModelIndex nextWave = model->waveIndex(Wave::Next);
    QVERIFY(nextWave.data().toString().endsWith(QStringLiteral("· target 2027 Q3")));
    QSignalSpy headings(model, &QAbstractItemModel::dataChanged);
    next->setFocus();
    next->selectAll();
    QTest::keyClicks(next, QStringLiteral("2027 Q4"));
    QCOMPARE(document->workspace().plan.targetQuarters.next, QStringLiteral("2027 Q4"));
    QVERIFY(!headings.isEmpty());
    QVERIFY(nextWave.data().toString().endsWith(QStringLiteral("· target 2027 Q4")));
    document->undoStack()->undo();
    QCOMPARE(document->workspace().plan.targetQuarters.next, QStringLiteral("2027 Q3"));
    QCOMPARE(next->text(), QStringLiteral("2027 Q3"));
    QVERIFY(nextWave.data().toString().endsWith(QStringLiteral("· target 2027 Q3")));

    // An edit: scores at once, the shares marked until the runs of it are done.
    const VerticalId finance = document->workspace().verticals.at(0).id;
    QString error;
    QVERIFY(Commands::setIndicatorValue(document, finance, data, 0.5, &error));
    QCOMPARE(
        model->indexOfVertical(finance, RecommendationModel::ReadinessColumn).data().toString(),
        QStringLiteral("77.8")); // 87.75 − 4/5 × 0.5 × 2/8 × 100 = 77.75
    QVERIFY(!model->runsAreCurrent());
    QVERIFY(model->indexOfVertical(finance, RecommendationModel::QuadrantColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(updating…)")));
    QVERIFY(view->status()->text().startsWith(QLatin1String("Updating")));
    QTRY_VERIFY_WITH_TIMEOUT(model->runsAreCurrent(), 30000);
    document->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(model->runsAreCurrent(), 30000);
    QCOMPARE(names(Wave::GoFirst).first(), QStringLiteral("Finance"));

    // A click selects the vertical, the editor's choice shows here, a double click opens it.
    QTreeView *tree = view->view();
    const auto click = [tree](const QModelIndex &index, bool twice) {
        tree->scrollTo(index);
        const QPoint at = tree->visualRect(index).center();
        // As a real double click comes: a click, then a second press that is the double click.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        if (twice)
            QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    };
    const VerticalId technology = document->workspace().verticals.at(2).id;
    click(model->indexOfVertical(technology, RecommendationModel::RiskColumn), false);
    QCOMPARE(m_window->navigator()->current(), technology);
    m_window->navigator()->select(finance);
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), model->indexOfVertical(finance));
    click(model->indexOfVertical(gaming), true);
    QCOMPARE(m_window->navigator()->current(), gaming);
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::VerticalPage));

    // Another workspace: the last one's runs never reach it; its own run when it is shown.
    m_window->openSample();
    QVERIFY(!model->indexOfVertical(gaming).isValid());
    m_window->showPage(MainWindow::ChartPage);
    QTRY_VERIFY_WITH_TIMEOUT(model->runsAreCurrent(), 30000);
    QCOMPARE(model->rowCount(model->waveIndex(Wave::Undecided))
                 + model->rowCount(model->waveIndex(Wave::GoFirst))
                 + model->rowCount(model->waveIndex(Wave::Next))
                 + model->rowCount(model->waveIndex(Wave::Prepare))
                 + model->rowCount(model->waveIndex(Wave::NotYet)),
             12);
}

void TestCharts::exportHasNoSelectionRing()
{
    // The ring marks the window's selection; an exported picture is the same whichever
    // vertical is selected, and the same as with none.
    m_window->openSample();
    m_window->showPage(MainWindow::ChartPage);
    MapChart *map = m_window->chartsPage()->map();
    const VerticalId finance = m_window->document()->workspace().verticals.at(0).id;
    map->setCurrent(0);
    const QImage none = ChartRender::image(*map, QSize(900, 600), 1);
    map->setCurrent(finance);
    QCOMPARE(map->current(), finance);
    const QImage selected = ChartRender::image(*map, QSize(900, 600), 1);
    QVERIFY(none == selected);
    // On screen the ring is there: a copy of the chart as shown differs.
    QImage shown(QSize(900, 600), QImage::Format_ARGB32_Premultiplied);
    shown.fill(Qt::transparent);
    {
        QPainter painter(&shown);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const std::unique_ptr<ChartContent> copy = map->copy();
        ChartRender::render(copy->chart(), &painter, QRectF(0, 0, 900, 600));
    }
    QVERIFY(!(shown == selected));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
