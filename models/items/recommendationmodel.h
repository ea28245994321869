#pragma once

#include "domain/vertical.h"
#include "scoring/recommendation.h"

#include <QAbstractItemModel>
#include <QHash>

#include <array>

namespace Gtm {

class ScoreBoard;
class WorkspaceDocument;

/**
 * The recommendation as a tree for the window: the five waves in the order a plan takes them
 * (Go first, Next, Prepare, Not yet, Undecided) as top-level rows, each holding its verticals in
 * their order, with readiness, risk, the quadrant most robustness runs give and its share, data
 * coverage and the reason.
 *
 * Every edit recomputes it at once from the live scores (Recommendation::compute with the last
 * robustness runs, marked as updating until runs of the current scores arrive). The runs are
 * made elsewhere, in the background: ticket() says what they are for and setRuns() takes them
 * back. Runs are matched to the verticals by id, and those of a replaced workspace are refused,
 * so runs of another set of verticals are never shown against the wrong rows; a vertical the
 * runs did not include waits for the next runs (unless it is provisional, which needs none).
 * A vertical that changes wave or place moves by a layout change, and only added and removed
 * verticals are inserted and removed, so views keep their selection, expansion and scroll.
 */
class RecommendationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        VerticalColumn,
        ReadinessColumn,
        RiskColumn,
        QuadrantColumn,
        CoverageColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles {
        VerticalIdRole = Qt::UserRole + 1, // on a vertical's cells
        WaveRole, // int(Wave), on every cell
        /** bool: the runs behind the quadrant and the wave are not of the current scores (or
         *  there are none yet): new ones are due. */
        UpdatingRole,
        QuadrantShareRole, // double 0–1, NaN without runs
    };
    static constexpr int WaveCount = 5;

    /** What robustness runs are made for; hand it back with their result. */
    struct RunTicket
    {
        QList<VerticalId> ids; // row by row, as the runs number them
        quint64 scores = 0; // which scores (every change of the scores counts)
        quint64 workspace = 0; // which workspace (every replaced workspace counts)
    };

    /** `scores` must have been made before this model (it recomputes first on a reset). */
    RecommendationModel(WorkspaceDocument *document, ScoreBoard *scores, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** The ticket for runs of the scores as they are now. */
    RunTicket ticket() const;
    /**
     * Takes the runs made for `ticket` and recomputes the waves. False (and nothing changes)
     * for runs of a workspace that was replaced since, or without any run.
     */
    bool setRuns(const SensitivityAnalysis::Result &runs, const RunTicket &ticket);
    /** Whether the waves rest on runs of the current scores. */
    bool runsAreCurrent() const;

    /**
     * Live (the default), every change of the scores recomputes the waves at once. Not live, it
     * only notes that they changed and keeps showing what it showed (a view that is hidden
     * needs nothing more, and 10,000 verticals take 10 ms to recompute); made live again, it
     * catches up. A replaced workspace is followed either way.
     */
    void setLive(bool live);
    bool isLive() const { return m_live; }

    const Recommendation &recommendation() const { return m_recommendation; }
    /** The recommendation in one sentence (Recommendation::headline()). */
    QString headline() const { return m_headline; }
    /** What the rules are, with the model's numbers, for under the headline. */
    QString rules() const;

    QModelIndex waveIndex(Wave wave, int column = VerticalColumn) const;
    QModelIndex indexOfVertical(VerticalId id, int column = VerticalColumn) const;
    /** The verticals shown in `wave`, in order. */
    QList<VerticalId> verticalsIn(Wave wave) const;

signals:
    /** After every recomputation: the headline and the state of the runs may have changed. */
    void recommendationChanged();

private:
    /** One vertical as shown. */
    struct Entry
    {
        QString name;
        double readiness = 0;
        double risk = 0;
        Placement placement;
    };

    void scoresChanged();
    void refresh();
    /** The runs as they fit the current rows, or nullptr (none, or not for these verticals). */
    const SensitivityAnalysis::Result *fittedRuns(const ScoringResult &scores,
                                                  const QList<VerticalId> &ids,
                                                  SensitivityAnalysis::Result *storage) const;
    void applyStructure(const std::array<QList<VerticalId>, WaveCount> &target,
                        QHash<VerticalId, Entry> entries);
    QVariant waveData(int wave, int column, int role) const;
    QVariant verticalData(VerticalId id, int column, int role) const;
    QString waveText(Wave wave) const;

    WorkspaceDocument *m_document;
    ScoreBoard *m_scores;
    quint64 m_scoresVersion = 0;
    quint64 m_workspaceGeneration = 0;
    bool m_resetting = false;
    bool m_live = true;
    bool m_stale = false; // scores or runs changed while not live

    SensitivityAnalysis::Result m_runs;
    QList<VerticalId> m_runIds;
    quint64 m_runsVersion = 0;
    bool m_haveRuns = false;

    Recommendation m_recommendation;
    QString m_headline;
    QHash<VerticalId, Entry> m_entries;
    std::array<QList<VerticalId>, WaveCount> m_shown;
};

} // namespace Gtm
