#pragma once

#include <QStyledItemDelegate>

namespace Gtm {

/**
 * Edits cells of the workspace's item models: a combo box for cells that offer choices
 * (ItemRoles::Choices), a spin box for whole numbers, a line edit otherwise (numbers are
 * parsed by the model, which refuses what does not fit and says why). A field that may be unset
 * can be cleared back to unset: an empty line edit or spin box, or the "—" choice on top of a
 * combo box.
 */
class RecordDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Gtm
