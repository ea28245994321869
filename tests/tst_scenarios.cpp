#include "charts/chartrender.h"
#include "charts/slopechart.h"
#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/workspace.h"
#include "editors/modeleditor.h"
#include "editors/scenariocompareview.h"
#include "items/modeltreemodel.h"
#include "items/scenariocomparisonmodel.h"
#include "mainwindow.h"
#include "panels/scorepanel.h"
#include "scoring/scenariocomparison.h"
#include "storage/workspacefiles.h"

#include <QApplication>
#include <QComboBox>
#include <QFont>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
    void makeEditCompareRenameUndoSaveReopen();
    void deletingTheShownScenarioShowsTheBaseline();
    void resettingAScenarioLeavesTheWorkspaceAlone();
    void scenarioIdsAreNeverGivenTwice();
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

namespace {

/** The Capabilities node of the model shown in the editor's tree. */
QModelIndex capabilitiesWeight(ModelTreeModel *tree)
{
    const QModelIndex readiness = tree->index(0, 0);
    for (int row = 0; row < tree->rowCount(readiness); ++row) {
        const QModelIndex name = tree->index(row, ModelTreeModel::Name, readiness);
        if (name.data().toString() == QLatin1String("Capabilities"))
            return name.siblingAtColumn(ModelTreeModel::Weight);
    }
    return {};
}

double nodeWeight(const ScoringModel &model, const char *id)
{
    for (const ModelNode &node : model.nodes) {
        if (node.id == QLatin1String(id))
            return node.weight;
    }
    return -1;
}

} // namespace

void TestScenarios::makeEditCompareRenameUndoSaveReopen()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    WorkspaceDocument *document = window.document();
    window.showPage(MainWindow::ModelPage);
    ModelEditor *editor = window.modelEditor();
    QCOMPARE(editor->shownScenario(), qint64(0));
    QVERIFY(!editor->tabs()->isTabEnabled(1)); // nothing to compare yet
    const int clean = document->undoStack()->index();

    // A scenario is a copy of the model shown, and the editor shows it.
    const qint64 id = editor->addScenario(QStringLiteral("Data first"));
    QVERIFY(id != 0);
    QCOMPARE(document->workspace().scenarios.size(), 1);
    QCOMPARE(document->workspace().scenarios.at(0).model, document->workspace().model);
    QCOMPARE(editor->shownScenario(), id);
    QVERIFY(editor->tabs()->isTabEnabled(1));
    QCOMPARE(document->undoStack()->index(), clean + 1);

    // Doubling its Capabilities weight changes the scenario, not the workspace's scores.
    const QString financeBefore = window.scorePanel()->readinessLabel()->text();
    ModelTreeModel *tree = editor->treeModel();
    const QModelIndex weight = capabilitiesWeight(tree);
    QVERIFY(weight.isValid());
    QVERIFY(tree->setData(weight, 1.0));
    QCOMPARE(nodeWeight(document->workspace().scenarios.at(0).model, "readiness.capabilities"),
             1.0);
    QCOMPARE(nodeWeight(document->workspace().model, "readiness.capabilities"), 0.5);
    QCOMPARE(window.scorePanel()->readinessLabel()->text(), financeBefore);

    // The comparison: Finance 87.75 → 88.5 falls from rank 1 to 2, Technology rises (the
    // arithmetic is in tst_cli's scenarioAddCompareRemove).
    ScenarioCompareView *compare = editor->compareView();
    QSignalSpy updated(compare, &ScenarioCompareView::updated);
    editor->tabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!compare->isUpdating() && compare->model()->rowCount() == 12, 30000);
    const ScenarioComparisonModel *rows = compare->model();
    QCOMPARE(rows->index(0, ScenarioComparisonModel::Vertical).data().toString(),
             QStringLiteral("Finance"));
    QCOMPARE(rows->index(0, ScenarioComparisonModel::Readiness).data().toString(),
             QStringLiteral("87.8 → 88.5"));
    QCOMPARE(rows->index(0, ScenarioComparisonModel::ReadinessRank).data().toString(),
             QStringLiteral("1 → 2 ▼"));
    QVERIFY(rows->index(0, ScenarioComparisonModel::ReadinessRank)
                .data(Qt::FontRole)
                .value<QFont>()
                .bold());
    QCOMPARE(compare->chart()->drawnRows().size(), 12);
    QVERIFY2(compare->status()->text().contains(QLatin1String("in bold")),
             qPrintable(compare->status()->text()));

    // Renaming is one undo step; undo takes it back.
    QVERIFY(editor->renameScenario(QStringLiteral("Capabilities first")));
    QCOMPARE(document->workspace().scenarios.at(0).name, QStringLiteral("Capabilities first"));
    QVERIFY(!editor->renameScenario(QStringLiteral("  ")));
    document->undoStack()->undo();
    QCOMPARE(document->workspace().scenarios.at(0).name, QStringLiteral("Data first"));
    document->undoStack()->redo();

    // Saved and reopened, the scenario keeps its name and model.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scenarios.gtmw"));
    QString error;
    QVERIFY2(document->saveAs(path, &error), qPrintable(error));
    const Scenario saved = document->workspace().scenarios.at(0);
    WorkspaceDocument reopened; // beside the first, which holds the file's lock: read-only
    QVERIFY2(reopened.load(path, &error, WorkspaceDocument::OpenMode::ReadOnly), qPrintable(error));
    QCOMPARE(reopened.workspace().scenarios.size(), 1);
    QCOMPARE(reopened.workspace().scenarios.at(0), saved);

    // Undo everything: no scenario, the editor back on the workspace's model.
    document->undoStack()->setIndex(clean);
    QVERIFY(document->workspace().scenarios.isEmpty());
    QCOMPARE(editor->shownScenario(), qint64(0));
    QVERIFY(!editor->tabs()->isTabEnabled(1));
    QCOMPARE(tree->rowCount(), 2); // readiness and risk of the workspace's model
    // Redo brings it back, with its edits.
    document->undoStack()->setIndex(clean + 3);
    QCOMPARE(document->workspace().scenarios.size(), 1);
    QCOMPARE(nodeWeight(document->workspace().scenarios.at(0).model, "readiness.capabilities"),
             1.0);
    document->reset(Workspace(), QString(), false);
}

void TestScenarios::deletingTheShownScenarioShowsTheBaseline()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.openSample();
    WorkspaceDocument *document = window.document();
    ModelEditor *editor = window.modelEditor();
    const qint64 first = editor->addScenario(QStringLiteral("A"));
    const qint64 second = editor->addScenario(QStringLiteral("B"));
    QVERIFY(first != second);
    QCOMPARE(editor->addScenario(QStringLiteral("a")), qint64(0)); // names differ beyond case
    editor->showScenario(first);
    editor->deleteScenario();
    QCOMPARE(document->workspace().scenarios.size(), 1);
    QCOMPARE(document->workspace().scenarios.at(0).name, QStringLiteral("B"));
    QCOMPARE(editor->shownScenario(), qint64(0));
    document->undoStack()->undo();
    QCOMPARE(document->workspace().scenarios.size(), 2);
    QCOMPARE(document->workspace().scenarios.at(0).id, first);
    document->reset(Workspace(), QString(), false);
}

void TestScenarios::resettingAScenarioLeavesTheWorkspaceAlone()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.openSample();
    WorkspaceDocument *document = window.document();
    ModelEditor *editor = window.modelEditor();
    // A scenario without Context, then reset to the default model: one undo step each, and
    // neither resets the document (the charts, the robustness runs) nor touches its model.
    const qint64 id = editor->addScenario(QStringLiteral("No context"));
    QVERIFY(editor->treeModel()->setData(
        editor->treeModel()->index(0, ModelTreeModel::Weight, editor->treeModel()->index(0, 0)),
        0.0));
    const ScoringModel workspaceModel = document->workspace().model;
    QSignalSpy resets(document, &WorkspaceDocument::workspaceReset);
    QSignalSpy baseline(document, &WorkspaceDocument::scoringModelChanged);
    QSignalSpy treeResets(editor->treeModel(), &QAbstractItemModel::modelReset);
    const int steps = document->undoStack()->count();
    editor->resetToDefault();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const int row = document->workspace().indexOfScenario(id);
    QCOMPARE(document->workspace().scenarios.at(row).model, defaultScoringModel());
    QCOMPARE(document->workspace().model, workspaceModel);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(baseline.count(), 0);
    QCOMPARE(treeResets.count(), 1); // the tree shows the scenario's new model
    document->undoStack()->undo();
    QVERIFY(document->workspace().scenarios.at(row).model != defaultScoringModel());
    QCOMPARE(resets.count(), 0);
    document->reset(Workspace(), QString(), false);
}

void TestScenarios::scenarioIdsAreNeverGivenTwice()
{
    // An editor or an undo step that names a deleted scenario must not find another one.
    WorkspaceDocument document;
    document.reset(WorkspaceFiles::sampleWorkspace(), QString(), false);
    QString error;
    const auto add = [&](const QString &name) {
        Scenario scenario
            = Records::makeNew(document.workspace(), Record::Scenario, 0).value<Scenario>();
        scenario.name = name;
        Commands::insertRecordData(&document, Record::Scenario, 0, -1,
                                   QVariant::fromValue(scenario), &error);
        return document.workspace().scenarios.constLast().id;
    };
    const qint64 first = add(QStringLiteral("A"));
    QVERIFY(Commands::removeRecord(&document, Record::Scenario, 0, 0, &error));
    const qint64 second = add(QStringLiteral("B"));
    QVERIFY(second != first);
    // An import replaces the scenarios with ones that have no id yet: they get new ones.
    Workspace imported = document.workspace();
    imported.scenarios = {Scenario {QStringLiteral("C"), imported.model},
                          Scenario {QStringLiteral("D"), imported.model}};
    Commands::replaceWorkspace(&document, imported, QStringLiteral("Import"));
    for (const Scenario &scenario : document.workspace().scenarios)
        QVERIFY(scenario.id != first && scenario.id != second && scenario.id != 0);
    document.undoStack()->undo();
    QCOMPARE(document.workspace().scenarios.at(0).id, second); // undo brings B back as it was
}

QTEST_MAIN(TestScenarios)
#include "tst_scenarios.moc"
