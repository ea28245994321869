#include "recorddelegate.h"

#include "document/records.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "items/itemroles.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace Gtm {

namespace {

/** What the choice of "unset" looks like at the top of a combo box. */
QString unsetChoice()
{
    return QStringLiteral("—");
}

/**
 * A spin box that may be left empty, for a whole number that may be unset (an explainability
 * need nobody has rated yet). Its minimum, one below the lowest value, stands for unset and is
 * shown as empty text; clearing the text or stepping below the lowest value unsets it.
 */
class OptionalSpinBox : public QSpinBox
{
public:
    OptionalSpinBox(int lowest, int highest, QWidget *parent)
        : QSpinBox(parent)
    {
        setRange(lowest - 1, highest);
    }

    QVariant optionalValue() const { return value() == minimum() ? QVariant() : QVariant(value()); }
    void setOptionalValue(const QVariant &value)
    {
        setValue(value.isValid() ? value.toInt() : minimum());
    }

protected:
    QString textFromValue(int value) const override
    {
        return value == minimum() ? QString() : QSpinBox::textFromValue(value);
    }
    int valueFromText(const QString &text) const override
    {
        return text.trimmed().isEmpty() ? minimum() : QSpinBox::valueFromText(text);
    }
    QValidator::State validate(QString &input, int &pos) const override
    {
        if (input.trimmed().isEmpty())
            return QValidator::Acceptable;
        const QValidator::State state = QSpinBox::validate(input, pos);
        // The number that stands for unset cannot be typed.
        if (state == QValidator::Acceptable && QSpinBox::valueFromText(input) == minimum())
            return QValidator::Invalid;
        return state;
    }
};

FieldType typeOf(const QModelIndex &index)
{
    return FieldType(index.data(ItemRoles::Type).toInt());
}

} // namespace

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const FieldType type = typeOf(index);
    const QVariantList choices = index.data(ItemRoles::Choices).toList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        if (isOptional(type))
            combo->addItem(unsetChoice(), QVariant());
        for (const QVariant &choice : choices) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(1).toString(), pair.value(0));
        }
        return combo;
    }
    // Strengths and explainability needs are 0–5.
    if (type == FieldType::Integer) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 5);
        return spin;
    }
    if (type == FieldType::OptionalInteger)
        return new OptionalSpinBox(0, 5, parent);
    if (type == FieldType::Number || type == FieldType::OptionalNumber || type == FieldType::Text
        || type == FieldType::LongText || type == FieldType::Id)
        return new QLineEdit(parent);
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // Unset is the empty choice on top, where there is one.
        combo->setCurrentIndex(value.isValid() ? combo->findData(value)
                                               : (isOptional(typeOf(index)) ? 0 : -1));
        return;
    }
    if (auto *spin = dynamic_cast<OptionalSpinBox *>(editor)) {
        spin->setOptionalValue(value);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const FieldType type = typeOf(index);
        if ((type == FieldType::Number || type == FieldType::OptionalNumber) && value.isValid())
            edit->setText(Numbers::format(value.toDouble(), Language::locale()));
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
    if (auto *spin = dynamic_cast<OptionalSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->optionalValue());
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // Unchanged: keep the exact stored value. A number's editor holds it as
        // Numbers::format() writes it, whatever the cell shows ("18 万" for 180,000).
        const FieldType type = typeOf(index);
        const QVariant value = index.data(Qt::EditRole);
        const QString shown
            = (type == FieldType::Number || type == FieldType::OptionalNumber) && value.isValid()
            ? Numbers::format(value.toDouble(), Language::locale())
            : index.data(Qt::DisplayRole).toString();
        if (edit->text() == shown)
            return;
        model->setData(index, edit->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Gtm
