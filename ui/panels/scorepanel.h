#pragma once

#include "domain/vertical.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace Gtm {

class ScoreBoard;
class WorkspaceDocument;

/**
 * The selected vertical's scores, live: readiness and risk (0–100, with their ranks), the
 * quadrant, and the indicators that add most to each, so a PM can explain the ranking.
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
    QTreeWidget *contributions() const { return m_contributions; }

    void refresh();

private:
    WorkspaceDocument *m_document;
    ScoreBoard *m_scores;
    VerticalId m_vertical = 0;
    QLabel *m_name;
    QLabel *m_readiness;
    QProgressBar *m_readinessBar;
    QLabel *m_risk;
    QProgressBar *m_riskBar;
    QLabel *m_quadrant;
    QLabel *m_note;
    QTreeWidget *m_contributions;
};

} // namespace Gtm
