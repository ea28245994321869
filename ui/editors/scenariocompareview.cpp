#include "scenariocompareview.h"

#include "charts/chartview.h"
#include "charts/slopechart.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "domain/plural.h"
#include "items/scenariocomparisonmodel.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Gtm {

ScenarioCompareView::ScenarioCompareView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ScenarioComparisonModel(this))
    , m_chart(new SlopeChart)
    , m_chartView(new ChartView(m_chart))
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_delay(new QTimer(this))
{
    m_status->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Scenario comparison"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->applyPalette(palette());
    m_chartView->setMinimumHeight(260);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString name
            = m_model->index(index.row(), ScenarioComparisonModel::Vertical).data().toString();
        const int row = m_document->workspace().indexOfVerticalNamed(name);
        if (row >= 0)
            emit verticalActivated(m_document->workspace().verticals.at(row).id);
    });

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    // Typing in a worksheet should not start two analyses a keystroke: wait for a pause.
    m_delay->setSingleShot(true);
    m_delay->setInterval(400);
    connect(m_delay, &QTimer::timeout, this, &ScenarioCompareView::compute);
    // Only what can move a score, a rank or a name: not a persona or the product's pitch.
    for (auto signal :
         {&WorkspaceDocument::scoringModelChanged, &WorkspaceDocument::indicatorsChanged,
          &WorkspaceDocument::workspaceReset, &WorkspaceDocument::scenariosChanged})
        connect(document, signal, this, &ScenarioCompareView::schedule);
    connect(document, &WorkspaceDocument::scenarioModelChanged, this, [this](qint64 scenario) {
        if (scenario == m_scenario)
            schedule();
    });
    connect(document, &WorkspaceDocument::indicatorValueChanged, this,
            &ScenarioCompareView::schedule);
    connect(document, &WorkspaceDocument::fieldChanged, this, [this](const FieldRef &ref) {
        if (ref.record == Record::Challenge
            || (ref.record == Record::Vertical && ref.field == VerticalField::Name))
            schedule();
    });
    for (auto signal : {&WorkspaceDocument::recordsInserted, &WorkspaceDocument::recordsRemoved}) {
        connect(document, signal, this, [this](Record record) {
            if (record == Record::Challenge)
                schedule();
        });
    }
    connect(document, &WorkspaceDocument::verticalInserted, this, &ScenarioCompareView::schedule);
    connect(document, &WorkspaceDocument::verticalRemoved, this, &ScenarioCompareView::schedule);
    connect(document, &WorkspaceDocument::verticalMoved, this, &ScenarioCompareView::schedule);
    m_status->setText(tr("Choose a scenario to compare with the baseline."));
}

ScenarioCompareView::~ScenarioCompareView()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ScenarioCompareView::setScenario(qint64 scenario)
{
    if (m_scenario == scenario && !m_stale)
        return;
    m_scenario = scenario;
    m_model->clear();
    m_chart->setComparison(ScenarioComparison());
    schedule();
}

bool ScenarioCompareView::isUpdating() const
{
    return m_delay->isActive() || (m_watcher && m_watcher->isRunning());
}

void ScenarioCompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_delay->isActive())
        compute();
}

void ScenarioCompareView::schedule()
{
    m_stale = true;
    ++m_generation; // whatever is running now is for an older workspace
    if (m_cancel)
        m_cancel->store(true);
    if (!isVisible())
        return; // computed when shown
    if (m_model->rowCount() > 0)
        m_status->setText(tr("Updating the comparison…"));
    m_table->setEnabled(false);
    m_delay->start();
}

void ScenarioCompareView::compute()
{
    m_stale = false;
    const Workspace &workspace = m_document->workspace();
    const int index = workspace.indexOfScenario(m_scenario);
    if (index < 0) {
        m_model->clear();
        m_chart->setComparison(ScenarioComparison());
        m_table->setEnabled(true);
        m_status->setText(workspace.scenarios.isEmpty()
                              ? tr("The workspace has no scenarios yet: make one from the model "
                                   "with New Scenario.")
                              : tr("Choose a scenario to compare with the baseline."));
        emit updated();
        return;
    }
    if (m_watcher && m_watcher->isRunning()) {
        // One at a time: the finished one is dropped as stale and this runs again then.
        m_stale = true;
        return;
    }
    m_status->setText(tr("Comparing \"%1\" with the baseline (1,000 robustness runs each)…")
                          .arg(workspace.scenarios.at(index).name));
    const int generation = m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    if (!m_watcher) {
        m_watcher = new QFutureWatcher<Outcome>(this);
        connect(m_watcher, &QFutureWatcherBase::finished, this, &ScenarioCompareView::finished);
    }
    // The worker has its own copy of the workspace: editing goes on while it runs.
    m_watcher->setFuture(QtConcurrent::run([workspace, index, generation, cancel] {
        Outcome outcome;
        outcome.generation = generation;
        const Scenario &scenario = workspace.scenarios.at(index);
        const SensitivityAnalysis::Settings settings = recommendationRunSettings();
        Decision baseline, variant;
        QStringList problems;
        if (!Decision::make(workspace, workspace.model, settings, &baseline, &problems,
                            cancel.get())) {
            outcome.problem = tr("The baseline model has problems: %1")
                                  .arg(problems.join(Language::sentenceSeparator()));
            return outcome;
        }
        if (!Decision::make(workspace, scenario.model, settings, &variant, &problems,
                            cancel.get())) {
            outcome.problem = tr("The scenario's model has problems: %1")
                                  .arg(problems.join(Language::sentenceSeparator()));
            return outcome;
        }
        QStringList names;
        for (const Vertical &v : workspace.verticals)
            names.append(v.name);
        outcome.comparison = ScenarioComparison::compare(names, baseline, variant, scenario.name);
        return outcome;
    }));
}

void ScenarioCompareView::finished()
{
    const Outcome outcome = m_watcher->result();
    if (outcome.generation != m_generation || m_stale) {
        // The workspace changed meanwhile: compute again, now or when shown.
        if (isVisible())
            compute();
        return;
    }
    m_table->setEnabled(true);
    if (!outcome.problem.isEmpty()) {
        m_model->clear();
        m_chart->setComparison(ScenarioComparison());
        m_status->setText(outcome.problem);
        emit updated();
        return;
    }
    m_model->setComparison(outcome.comparison);
    m_chart->setComparison(outcome.comparison);
    const int moved = outcome.comparison.shiftCount();
    m_status->setText(moved == 0
                          ? tr("\"%1\" against the baseline: no vertical changes its rank, "
                               "quadrant or wave.")
                                .arg(outcome.comparison.scenarioName())
                          : tr("\"%1\" against the baseline: %2 change rank, quadrant or wave "
                               "(in bold).")
                                .arg(outcome.comparison.scenarioName(),
                                     counted(moved, tr("%1 vertical"), tr("%1 verticals"))));
    emit updated();
}

} // namespace Gtm
