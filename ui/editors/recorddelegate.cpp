#include "recorddelegate.h"

#include "document/records.h"
#include "items/itemroles.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace Gtm {

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QVariantList choices = index.data(ItemRoles::Choices).toList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        for (const QVariant &choice : choices) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(1).toString(), pair.value(0));
        }
        return combo;
    }
    const auto type = FieldType(index.data(ItemRoles::Type).toInt());
    if (type == FieldType::Integer) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 5); // strengths and explainability needs are 0–5
        return spin;
    }
    if (type == FieldType::Number || type == FieldType::OptionalNumber || type == FieldType::Text
        || type == FieldType::LongText || type == FieldType::Id)
        return new QLineEdit(parent);
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        const auto type = FieldType(index.data(ItemRoles::Type).toInt());
        if ((type == FieldType::Number || type == FieldType::OptionalNumber) && value.isValid())
            edit->setText(
                QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        else
            edit->setText(value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() == index.data(Qt::DisplayRole).toString())
            return; // unchanged: keep the exact stored value
        model->setData(index, edit->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Gtm
