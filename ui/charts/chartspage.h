#pragma once

#include "domain/vertical.h"
#include "scoring/sensitivity.h"
#include "sensitivityrunner.h"

#include <QWidget>

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace Gtm {

class ChartView;
class MapChart;
class QuadrantShareChart;
class RadarChart;
class RankIntervalChart;
class RecommendationView;
class ScoreBoard;
class WhyChart;
class WorkspaceDocument;

/**
 * The charts a PM decides with: the readiness × risk map, the radar comparison, why a vertical
 * scores what it does, how robust the ranking is, and the recommendation they add up to. They
 * follow every edit and undo; the robustness analysis runs in the background, with progress and
 * a Cancel button.
 */
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { MapTab, RadarTab, WhyTab, RobustnessTab, RecommendationTab };
    /** Beyond this many bubbles the map on screen is drawn without anti-aliasing. */
    static constexpr int SmoothBubblesUpTo = 400;

    ChartsPage(WorkspaceDocument *document, ScoreBoard *scores, QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setCurrentVertical(VerticalId vertical);
    void showTab(Tab tab);

    QTabWidget *tabs() const { return m_tabs; }
    MapChart *map() const { return m_map; }
    ChartView *mapView() const { return m_mapView; }
    RadarChart *radar() const { return m_radar; }
    ChartView *radarView() const { return m_radarView; }
    QListWidget *radarChoices() const { return m_radarChoices; }
    WhyChart *why() const { return m_why; }
    ChartView *whyView() const { return m_whyView; }
    QComboBox *whyMode() const { return m_whyMode; }
    QComboBox *whyIndex() const { return m_whyIndex; }
    RankIntervalChart *ranks() const { return m_ranks; }
    QuadrantShareChart *shares() const { return m_shares; }
    ChartView *ranksView() const { return m_ranksView; }
    ChartView *sharesView() const { return m_sharesView; }
    QSpinBox *runs() const { return m_runs; }
    QDoubleSpinBox *spread() const { return m_spread; }
    QComboBox *robustnessIndex() const { return m_robustnessIndex; }
    QComboBox *robustnessChart() const { return m_robustnessChart; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *robustnessStatus() const { return m_status; }
    RecommendationView *recommendation() const { return m_recommendation; }
    /** The chart on the visible tab (a list, for tabs that may show several). */
    QList<ChartView *> visibleViews() const;

    /** Starts the sensitivity analysis with the page's settings (restarting a running one). */
    void runSensitivity();
    void cancelSensitivity();
    bool isRunning() const;

    /** The map's tooltip for a vertical: scores, ranks, quadrant, market, top contributions. */
    QString mapToolTip(VerticalId vertical) const;

signals:
    /** A bubble was clicked: select the vertical. */
    void verticalClicked(Gtm::VerticalId vertical);
    /** A bubble was double-clicked: open the vertical's worksheet. */
    void verticalActivated(Gtm::VerticalId vertical);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *mapTab();
    QWidget *radarTab();
    QWidget *whyTab();
    QWidget *robustnessTab();
    void scoresChanged();
    void refreshTab(int tab);
    void rebuildRadarChoices();
    void radarItemChanged(QListWidgetItem *item);
    void showRadarNote();
    void defaultRadarChoice();
    void sensitivityFinished(const SensitivityAnalysis::Result &result,
                             const SensitivityRunner::Job &job, double seconds);
    void abandonRun();
    void showIdle();
    void clearRobustness(const QString &status);
    void showRobustness();

    WorkspaceDocument *m_document;
    ScoreBoard *m_scores;
    VerticalId m_current = 0;
    QTabWidget *m_tabs;
    std::array<bool, 5> m_dirty {true, true, true, true, true};

    MapChart *m_map;
    ChartView *m_mapView;
    RadarChart *m_radar;
    ChartView *m_radarView;
    QListWidget *m_radarChoices;
    QLabel *m_radarNote;
    QList<VerticalId> m_radarChosen;
    WhyChart *m_why;
    ChartView *m_whyView;
    QComboBox *m_whyMode;
    QComboBox *m_whyIndex;
    RankIntervalChart *m_ranks;
    QuadrantShareChart *m_shares;
    ChartView *m_ranksView;
    ChartView *m_sharesView;
    QSpinBox *m_runs;
    QDoubleSpinBox *m_spread;
    QComboBox *m_robustnessIndex;
    QComboBox *m_robustnessChart;
    QStackedWidget *m_robustnessCharts;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTimer *m_rerun;
    SensitivityRunner *m_runner; // the robustness tab's, with the settings chosen there
    RecommendationView *m_recommendation; // runs its own, with the recommendation's settings
    bool m_sensitivityStale = true;
    SensitivityAnalysis::Result m_result;
    QList<VerticalId> m_resultIds;
    QStringList m_resultNames;
    QStringList m_resultIndexNames;
};

} // namespace Gtm
