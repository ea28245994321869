#pragma once

#include "domain/vertical.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace Gtm {

class ElidedLabel;

class ScoreBoard;
class WorkspaceDocument;

/**
 * The selected vertical's scores, live: readiness and risk (0–100, with their ranks), how much
 * of each rests on values present (and which are missing), "Provisional" when that is below the
 * model's minimum, the quadrant, and the indicators that add most to each, so a PM can explain
 * the ranking.
 */
class ScorePanel : public QWidget
{
    Q_OBJECT

public:
    ScorePanel(WorkspaceDocument *document, ScoreBoard *scores, QWidget *parent = nullptr);

    void setVertical(VerticalId vertical);

    QLabel *readinessLabel() const { return m_readiness; }
    QLabel *riskLabel() const { return m_risk; }
    QLabel *quadrantLabel() const { return m_quadrant; }
    /** "coverage 45 %: missing …" under each score, with "Provisional" before it when the index
     *  is below the model's minimum coverage. */
    QLabel *readinessCoverageLabel() const { return m_readinessCoverage; }
    QLabel *riskCoverageLabel() const { return m_riskCoverage; }
    QTreeWidget *contributions() const { return m_contributions; }

    void refresh();

private:
    WorkspaceDocument *m_document;
    ScoreBoard *m_scores;
    VerticalId m_vertical = 0;
    ElidedLabel *m_name;
    QLabel *m_readiness;
    QProgressBar *m_readinessBar;
    QLabel *m_risk;
    QProgressBar *m_riskBar;
    QLabel *m_readinessCoverage;
    QLabel *m_riskCoverage;
    QLabel *m_quadrant;
    QLabel *m_note;
    QTreeWidget *m_contributions;
};

} // namespace Gtm
