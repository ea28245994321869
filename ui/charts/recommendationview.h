#pragma once

#include "domain/vertical.h"
#include "items/recommendationmodel.h"
#include "sensitivityrunner.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QTreeView;

namespace Gtm {

class FormBinder;
class RecordTableModel;
class ScoreBoard;
class WorkspaceDocument;

/**
 * The recommendation a PM can defend: the headline sentence, the rules it follows, and the waves
 * in order with each vertical's readiness, risk, robust quadrant and share, data coverage and
 * reason. Scores, coverage and provisional verticals follow every edit at once; the robustness
 * runs behind the waves (1,000, seed 1, as the command line and the brief make them) run again
 * in the background shortly after an edit while the view is shown, the shares greyed as
 * "updating…" meanwhile.
 */
class RecommendationView : public QWidget
{
    Q_OBJECT

public:
    /** After an edit, the runs start again once the user pauses this long. */
    static constexpr int RerunDelayMs = 300;

    RecommendationView(WorkspaceDocument *document, ScoreBoard *scores, QWidget *parent = nullptr);
    ~RecommendationView() override;

    RecommendationModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *headline() const { return m_headline; }
    QLabel *status() const { return m_status; }
    QProgressBar *progress() const { return m_progress; }
    /**
     * The plan's target quarter for a wave (PlanField::GoFirstQuarter, NextQuarter or
     * PrepareQuarter), edited here beside the waves as on the plan's Timing & asks tab: each
     * change is an undo step and shows in the wave's heading.
     */
    QLineEdit *quarterEdit(int planField) const;

    /** Starts the runs for the current scores now (restarting ones that are running). */
    void runNow();
    bool isRunning() const { return m_runner->isRunning(); }
    /** How long the last runs took, in seconds (from their start in the background). */
    double lastRunSeconds() const { return m_lastSeconds; }
    /** Marks the vertical selected in the editor. */
    void setCurrentVertical(VerticalId vertical);

signals:
    /** A vertical was chosen: select it. */
    void verticalClicked(Gtm::VerticalId vertical);
    /** A vertical was double-clicked (or Return pressed on it): open its worksheet. */
    void verticalActivated(Gtm::VerticalId vertical);
    /** Runs arrived (the waves may now rest on the current scores: see the model). */
    void runsFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void recommendationChanged();
    void runsDone(const SensitivityAnalysis::Result &result, const SensitivityRunner::Job &job,
                  double seconds);
    void updateStatus();
    void spanWaves();
    void expandWaves();

    WorkspaceDocument *m_document;
    ScoreBoard *m_scores;
    RecommendationModel *m_model;
    QTreeView *m_view;
    QLabel *m_headline;
    QLabel *m_rules;
    QLabel *m_status;
    QProgressBar *m_progress;
    RecordTableModel *m_planModel;
    FormBinder *m_planBinder;
    QHash<int, QLineEdit *> m_quarters; // by plan field
    SensitivityRunner *m_runner;
    QTimer *m_rerun;
    RecommendationModel::RunTicket m_running; // what the runs under way are for
    double m_lastSeconds = 0;
    QString m_failure;
    VerticalId m_current = 0;
    bool m_following = false; // selecting m_current: not the user's choice
    bool m_keepInSight = false; // the current vertical was in sight before a layout change
    QSet<int> m_collapsed; // waves the user closed
};

} // namespace Gtm
