#pragma once

#include "domain/vertical.h"
#include "scoring/scenariocomparison.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QTableView;
class QTimer;
template<typename T>
class QFutureWatcher;

namespace Gtm {

class ChartView;
class ScenarioComparisonModel;
class SlopeChart;
class WorkspaceDocument;

/**
 * A scenario beside the baseline: every vertical's scores, ranks, quadrant and wave under both
 * models in a table (what moved in bold), and a slope chart of the readiness ranks. Both models'
 * robustness runs (1,000, seed 1, as `scenario --compare`) run in the background after each
 * change, so the window stays responsive; what is shown meanwhile is marked as updating.
 */
class ScenarioCompareView : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioCompareView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~ScenarioCompareView() override;

    /** The scenario to compare, by its id in the workspace (0: none). */
    void setScenario(qint64 scenario);
    qint64 scenario() const { return m_scenario; }

    ScenarioComparisonModel *model() const { return m_model; }
    SlopeChart *chart() const { return m_chart; }
    QLabel *status() const { return m_status; }
    /** Whether a comparison is being computed. */
    bool isUpdating() const;

signals:
    /** A comparison for the current workspace is shown. */
    void updated();
    /** A vertical of the table was double-clicked. */
    void verticalActivated(Gtm::VerticalId vertical);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void compute();
    void finished();

    struct Outcome
    {
        ScenarioComparison comparison;
        QString problem;
        int generation = 0;
    };

    WorkspaceDocument *m_document;
    qint64 m_scenario = 0;
    ScenarioComparisonModel *m_model;
    SlopeChart *m_chart;
    ChartView *m_chartView;
    QTableView *m_table;
    QLabel *m_status;
    QTimer *m_delay;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    /** Stops the comparison running now: the workspace changed, or the view is closing. */
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    bool m_stale = true;
};

} // namespace Gtm
