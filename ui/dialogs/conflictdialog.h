#pragma once

#include "document/workspacemerge.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QButtonGroup;
class QTableWidget;

namespace Gtm {

/**
 * Two people changed the same fields: each is shown with the version both started from, yours
 * and your colleague's side by side, and the user chooses per field which stays (yours is not
 * chosen for them). Nothing is written until the choice is made.
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const QList<MergeConflict> &conflicts, QWidget *parent = nullptr);

    /** The side chosen for each conflict, by MergeConflict::key. */
    QHash<QString, WorkspaceMerge::Side> resolutions() const;

private:
    void chooseAll(WorkspaceMerge::Side side);

    QList<MergeConflict> m_conflicts;
    QTableWidget *m_table;
    QList<QButtonGroup *> m_choices; // per conflict: button 0 keeps yours, 1 the colleague's
};

} // namespace Gtm
