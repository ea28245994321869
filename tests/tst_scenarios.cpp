#include "charts/chartrender.h"
#include "charts/slopechart.h"
#include "domain/workspace.h"
#include "scoring/scenariocomparison.h"
#include "storage/workspacefiles.h"

#include <QApplication>
#include <QImage>
#include <QLineSeries>
#include <QPen>
#include <QTest>

using namespace Gtm;

namespace {

/** The sample's model with the Capabilities dimension's weight doubled (0.5 → 1.0). */
ScoringModel capabilitiesDoubled(ScoringModel model)
{
    for (ModelNode &node : model.nodes) {
        if (node.id == QLatin1String("readiness.capabilities"))
            node.weight *= 2;
    }
    model.name = QStringLiteral("Capabilities doubled");
    return model;
}

ScenarioComparison sampleComparison(const Workspace &sample)
{
    Decision baseline, variant;
    QStringList problems;
    const auto settings = recommendationRunSettings(200, 1);
    if (!Decision::make(sample, sample.model, settings, &baseline, &problems)
        || !Decision::make(sample, capabilitiesDoubled(sample.model), settings, &variant,
                           &problems))
        qFatal("the sample's models do not compile");
    QStringList names;
    for (const Vertical &v : sample.verticals)
        names.append(v.name);
    return ScenarioComparison::compare(names, baseline, variant, QStringLiteral("Data first"));
}

} // namespace

/** Scenarios in the window: the slope chart, the comparison view, editing with undo. */
class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void slopeChartDrawsEveryVerticalColouredByItsMove();
};

void TestScenarios::slopeChartDrawsEveryVerticalColouredByItsMove()
{
    const Workspace sample = WorkspaceFiles::sampleWorkspace();
    const ScenarioComparison comparison = sampleComparison(sample);
    SlopeChart chart;
    chart.applyPalette(QApplication::palette());
    chart.setComparison(comparison);
    QCOMPARE(chart.drawnRows().size(), sample.verticals.size());
    const QList<QAbstractSeries *> series = chart.series();
    QCOMPARE(series.size(), sample.verticals.size());
    int moved = 0;
    for (int i = 0; i < series.size(); ++i) {
        auto *line = qobject_cast<QLineSeries *>(series.at(i));
        QVERIFY(line);
        const ScenarioShift &s = comparison.rows().at(chart.drawnRows().at(i));
        QCOMPARE(line->at(0).y(), double(s.readinessRank[0]));
        QCOMPARE(line->at(1).y(), double(s.readinessRank[1]));
        const bool shifted = s.readinessRank[0] != s.readinessRank[1];
        // A moved line is drawn heavier than an unmoved one.
        QCOMPARE(line->pen().widthF() > 2, shifted);
        moved += shifted ? 1 : 0;
    }
    QVERIFY(moved > 0); // doubling Capabilities reorders the sample somewhere
    const QImage image = ChartRender::image(chart, QSize(900, 600));
    QCOMPARE(image.size(), QSize(900, 600));
    if (const QByteArray folder = qgetenv("GTM_CHART_PREVIEW"); !folder.isEmpty())
        image.save(QString::fromLocal8Bit(folder) + QStringLiteral("/slope.png"));
}

QTEST_MAIN(TestScenarios)
#include "tst_scenarios.moc"
