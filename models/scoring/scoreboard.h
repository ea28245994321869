#pragma once

#include "compiledmodel.h"
#include "domain/vertical.h"
#include "indicatortable.h"
#include "scoringengine.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Gtm {

class WorkspaceDocument;

/**
 * The open workspace's current scores: recomputed whenever an edit could change them, so the
 * score panel, the vertical list and the charts always show the workspace as it is. Scoring
 * 1,000 verticals takes about a millisecond, so it is done at once, not in the background.
 */
class ScoreBoard : public QObject
{
    Q_OBJECT

public:
    explicit ScoreBoard(WorkspaceDocument *document, QObject *parent = nullptr);
    ~ScoreBoard() override;

    /** Scores of the last valid model, or nullptr while the model has problems. */
    const ScoringResult *result() const { return m_result.get(); }
    const CompiledModel &model() const { return m_model; }
    const IndicatorTable &table() const { return m_table; }
    /** Why there are no scores: the model's problems (empty when scores are there). */
    const QStringList &problems() const { return m_problems; }

    /** The vertical's row in the result, or -1. */
    int rowOf(VerticalId vertical) const;
    double readiness(VerticalId vertical) const;
    double risk(VerticalId vertical) const;
    int readinessRank(VerticalId vertical) const;
    int riskRank(VerticalId vertical) const;
    std::optional<Quadrant> quadrant(VerticalId vertical) const;
    int readinessRoot() const { return m_readinessRoot; }
    int riskRoot() const { return m_riskRoot; }

public slots:
    void recompute();

signals:
    void scoresChanged();

private:
    void recompile();

    WorkspaceDocument *m_document;
    CompiledModel m_model;
    bool m_modelValid = false;
    QStringList m_problems;
    IndicatorTable m_table;
    std::unique_ptr<ScoringResult> m_result;
    int m_readinessRoot = -1;
    int m_riskRoot = -1;
};

} // namespace Gtm
