#include "formbinder.h"
#include "widgets/fieldmessage.h"

#include "domain/language.h"
#include "domain/numbers.h"
#include "indicatorfield.h"
#include "items/itemroles.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>

namespace Gtm {

namespace {

/** What a line edit shows of a field: a number as the user's region writes it ("62,5"). */
QString editText(const QModelIndex &index)
{
    const QVariant value = index.data(Qt::EditRole);
    if (value.typeId() == QMetaType::Double)
        return Numbers::format(value.toDouble(), Language::locale());
    return value.toString();
}

} // namespace

FormBinder::FormBinder(QAbstractItemModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!m_index.isValid() || m_index.row() < topLeft.row()
                    || m_index.row() > bottomRight.row())
                    return;
                for (const Binding &binding : m_bindings) {
                    if (binding.column >= topLeft.column()
                        && binding.column <= bottomRight.column())
                        refresh(binding);
                }
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setRow(m_row); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { refresh(); });
}

void FormBinder::setRow(int row)
{
    // An edit the model refused is taken back in the row it was typed in, before the fields
    // show another row (a refused "Telecom" must not roll back into the next vertical).
    for (const Binding &binding : m_bindings) {
        QWidget *widget = binding.widget;
        if (!widget || !m_index.isValid())
            continue;
        QString message;
        if (binding.kind == Kind::LineEdit && widget->property("refused").toBool()) {
            commit(binding.column, widget->property("valueBeforeEditing"), &message);
            widget->setProperty("refused", false);
            FieldMessage::of(widget)->say({});
        } else if (binding.kind == Kind::Indicator) {
            auto *field = static_cast<IndicatorField *>(widget);
            if (field->isRefused())
                commit(binding.column,
                       field->valueBeforeEditing().isValid() ? field->valueBeforeEditing()
                                                             : QVariant(QString()),
                       &message);
        }
    }
    m_row = row;
    m_index = row >= 0 && row < m_model->rowCount() ? QPersistentModelIndex(m_model->index(row, 0))
                                                    : QPersistentModelIndex();
    refresh();
    for (const Binding &binding : m_bindings) {
        QWidget *widget = binding.widget;
        if (!widget || !m_index.isValid())
            continue;
        const QVariant value
            = m_model->index(m_index.row(), binding.column)
                  .data(binding.kind == Kind::Indicator ? binding.valueRole : int(Qt::EditRole));
        if (binding.kind == Kind::LineEdit)
            widget->setProperty("valueBeforeEditing", value);
        else if (binding.kind == Kind::Indicator)
            static_cast<IndicatorField *>(widget)->startEditing(value);
    }
}

int FormBinder::row() const
{
    return m_index.isValid() ? m_index.row() : -1;
}

void FormBinder::add(QWidget *widget, int column, Kind kind, int valueRole, int sourceRole)
{
    // Widgets deleted since (custom indicator fields are rebuilt) leave null bindings behind.
    m_bindings.erase(std::remove_if(m_bindings.begin(), m_bindings.end(),
                                    [](const Binding &b) { return b.widget.isNull(); }),
                     m_bindings.end());
    m_bindings.push_back(Binding {widget, column, kind, valueRole, sourceRole});
    widget->installEventFilter(this);
    refresh(m_bindings.back());
}

void FormBinder::bind(QLineEdit *edit, int column)
{
    connect(edit, &QLineEdit::textEdited, this, [this, edit, column](const QString &text) {
        QString message;
        const bool refused = !commit(column, text, &message);
        edit->setProperty("refused", refused);
        // Why, beside the field, until the text is valid again.
        if (refused || edit->property("gtmFieldMessage").isValid())
            FieldMessage::of(edit)->say(refused ? message : QString());
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, column] {
        // Leaving a field whose text was refused takes the whole edit back: typing "Telecom"
        // over "Finance" must not leave "Teleco" behind because "Telecom" was taken.
        if (edit->property("refused").toBool()) {
            QString message;
            commit(column, edit->property("valueBeforeEditing"), &message);
            edit->setProperty("refused", false);
        }
        if (edit->property("gtmFieldMessage").isValid())
            FieldMessage::of(edit)->say({});
        for (const Binding &binding : m_bindings) {
            if (binding.widget == edit)
                refresh(binding);
        }
    });
    add(edit, column, Kind::LineEdit);
}

void FormBinder::bindOnFinish(QLineEdit *edit, int column)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, column] {
        if (!m_index.isValid() || m_updating)
            return;
        const QModelIndex index = m_model->index(m_index.row(), column);
        if (edit->text() == editText(index))
            return;
        QString message;
        if (!commit(column, edit->text(), &message))
            edit->setText(editText(index));
    });
    add(edit, column, Kind::FinishedLineEdit);
}

void FormBinder::bind(QPlainTextEdit *edit, int column)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, column] {
        if (m_updating)
            return;
        QString message;
        commit(column, edit->toPlainText(), &message);
    });
    add(edit, column, Kind::TextEdit);
}

void FormBinder::bind(QComboBox *combo, int column)
{
    combo->setFocusPolicy(Qt::StrongFocus);
    const QVariantList choices = m_model->index(0, column).data(ItemRoles::Choices).toList();
    combo->clear();
    for (const QVariant &choice : choices) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(1).toString(), pair.value(0));
    }
    connect(combo, &QComboBox::activated, this, [this, combo, column](int position) {
        QString message;
        if (!commit(column, combo->itemData(position), &message)) {
            for (const Binding &binding : m_bindings) {
                if (binding.widget == combo)
                    refresh(binding);
            }
        }
    });
    add(combo, column, Kind::Combo);
}

void FormBinder::bind(QSpinBox *spin, int column)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, column](int value) {
        if (m_updating)
            return;
        QString message;
        commit(column, value, &message);
    });
    add(spin, column, Kind::Spin);
}

void FormBinder::bind(QCheckBox *check, int column)
{
    connect(check, &QCheckBox::toggled, this, [this, column](bool on) {
        if (m_updating)
            return;
        QString message;
        commit(column, on, &message);
    });
    add(check, column, Kind::Check);
}

void FormBinder::bind(IndicatorField *field, int column, int valueRole, int sourceRole)
{
    connect(field, &IndicatorField::edited, this, [this, field, column](const QVariant &value) {
        QString message;
        if (!commit(column, value.isValid() ? QVariant(value.toDouble()) : QVariant(QString()),
                    &message))
            field->showMessage(message);
    });
    field->lineEdit()->installEventFilter(this);
    add(field, column, Kind::Indicator, valueRole, sourceRole);
}

bool FormBinder::commit(int column, const QVariant &value, QString *message)
{
    if (!m_index.isValid() || m_updating)
        return false;
    m_lastRejection.clear();
    if (m_model->setData(m_model->index(m_index.row(), column), value, Qt::EditRole))
        return true;
    *message = m_lastRejection;
    if (!message->isEmpty())
        emit rejected(*message);
    return false;
}

void FormBinder::noteRejection(const QString &message)
{
    m_lastRejection = message;
}

void FormBinder::refresh()
{
    for (const Binding &binding : m_bindings)
        refresh(binding);
}

void FormBinder::refresh(const Binding &binding)
{
    QWidget *widget = binding.widget;
    if (!widget)
        return;
    const bool valid = m_index.isValid();
    widget->setEnabled(valid);
    const QModelIndex index = valid ? m_model->index(m_index.row(), binding.column) : QModelIndex();
    m_updating = true;
    switch (binding.kind) {
    case Kind::LineEdit:
    case Kind::FinishedLineEdit: {
        auto *edit = static_cast<QLineEdit *>(widget);
        const QString text = editText(index);
        if (edit->text() != text) {
            const int cursor = edit->cursorPosition();
            edit->setText(text);
            edit->setCursorPosition(std::min(cursor, int(text.size())));
        }
        break;
    }
    case Kind::TextEdit: {
        auto *edit = static_cast<QPlainTextEdit *>(widget);
        const QString text = index.data(Qt::EditRole).toString();
        if (edit->toPlainText() != text) {
            QTextCursor cursor = edit->textCursor();
            const int position = cursor.position();
            edit->setPlainText(text);
            cursor = edit->textCursor();
            cursor.setPosition(std::min(position, int(text.size())));
            edit->setTextCursor(cursor);
        }
        break;
    }
    case Kind::Combo: {
        auto *combo = static_cast<QComboBox *>(widget);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        break;
    }
    case Kind::Spin:
        static_cast<QSpinBox *>(widget)->setValue(index.data(Qt::EditRole).toInt());
        break;
    case Kind::Check:
        static_cast<QCheckBox *>(widget)->setChecked(index.data(Qt::EditRole).toBool());
        break;
    case Kind::Indicator: {
        auto *field = static_cast<IndicatorField *>(widget);
        field->setValue(index.data(binding.valueRole), index.data(binding.sourceRole).toString());
        break;
    }
    }
    m_updating = false;
}

bool FormBinder::eventFilter(QObject *watched, QEvent *event)
{
    // A wheel over a combo box the user has not clicked into scrolls the page; it does not
    // change the product's category behind the user's back.
    if (event->type() == QEvent::Wheel) {
        if (auto *combo = qobject_cast<QComboBox *>(watched); combo && !combo->hasFocus()) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn && qobject_cast<QLineEdit *>(watched)
        && m_index.isValid()) {
        for (const Binding &binding : m_bindings) {
            if (binding.widget == watched && binding.kind == Kind::LineEdit)
                watched->setProperty(
                    "valueBeforeEditing",
                    m_model->index(m_index.row(), binding.column).data(Qt::EditRole));
        }
    }
    // Escape in a field that applies on finishing takes the typing back.
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        for (const Binding &binding : m_bindings) {
            if (binding.widget == watched && binding.kind == Kind::FinishedLineEdit) {
                refresh(binding);
                return true;
            }
        }
    }
    // Text widgets have their own undo; in a worksheet the user means the workspace's.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool redoY = key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier;
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || redoY)
            return true; // not accepted: the window's Undo / Redo action takes the key
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Gtm
