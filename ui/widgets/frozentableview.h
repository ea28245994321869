#pragma once

#include <QTableView>

namespace Gtm {

class FrozenColumnView;

/**
 * A table whose first column stays put while the others scroll sideways, as a spreadsheet's
 * frozen column does: the names stay in sight however far right the values go. The frozen
 * column is a second view over the same model and selection, laid over the first column; it
 * scrolls up and down with the table, follows its column width, row heights and sorting, and
 * edits its cells itself (a cell of column 0 is edited where it is seen).
 */
class FrozenTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenTableView(QWidget *parent = nullptr);
    ~FrozenTableView() override;

    void setModel(QAbstractItemModel *model) override;
    void setItemDelegate(QAbstractItemDelegate *delegate);
    /** The view of the frozen column (for tests). */
    QTableView *frozenView() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void updateFrozenGeometry();
    void attach();

    FrozenColumnView *m_frozen;
};

} // namespace Gtm
