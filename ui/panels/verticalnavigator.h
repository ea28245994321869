#pragma once

#include "domain/vertical.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QToolButton;

namespace Gtm {

class ScoreBoard;
class VerticalListModel;
class WorkspaceDocument;

/**
 * The verticals: filter as you type, sort by the workspace's order, name, readiness or risk,
 * add, duplicate, rename (F2) and delete, and reorder by drag and drop (in the workspace's own
 * order). Selecting one shows its worksheet.
 */
class VerticalNavigator : public QWidget
{
    Q_OBJECT

public:
    enum Sort { WorkspaceOrder, ByName, ByReadiness, ByRisk };

    VerticalNavigator(WorkspaceDocument *document, ScoreBoard *scores, QWidget *parent = nullptr);

    VerticalId current() const;
    void select(VerticalId vertical);
    void setSort(Sort sort);
    void selectNext(int offset);

    QListView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *sortCombo() const { return m_sort; }
    VerticalListModel *model() const { return m_model; }

    void addVertical();
    void duplicateVertical();
    void removeVertical();
    void renameVertical();

signals:
    void currentChanged(Gtm::VerticalId vertical);
    void message(const QString &text);

private:
    void updateDragAndDrop();

    WorkspaceDocument *m_document;
    VerticalListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_sort;
    QListView *m_view;
    VerticalId m_current = 0;
};

} // namespace Gtm
