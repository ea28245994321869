#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include <vector>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace Gtm {

class IndicatorField;

/**
 * Binds form widgets to the columns of one row of an item model, as QDataWidgetMapper does, but
 * committing as the user types (each keystroke is an undo command; consecutive ones merge into
 * one step) and showing refusals where they happen. Widgets never touch the workspace: they call
 * the model's setData(), which pushes an undo command. Undo and redo keys go to the window's undo
 * stack, not to the widget's own.
 */
class FormBinder : public QObject
{
    Q_OBJECT

public:
    explicit FormBinder(QAbstractItemModel *model, QObject *parent = nullptr);

    /** The row shown; -1 shows nothing and disables the widgets. */
    void setRow(int row);
    int row() const;

    void bind(QLineEdit *edit, int column);
    /**
     * A line edit whose value applies only when editing finishes (Return, or leaving the
     * field), as one undo step: for numbers whose every prefix would be applied on its own
     * ("150" is not 1, then 15, then 150). A refused value names the rule and leaves the field
     * as it was; Escape takes the typing back.
     */
    void bindOnFinish(QLineEdit *edit, int column);
    void bind(QPlainTextEdit *edit, int column);
    /** Fills the combo box from the model's ItemRoles::Choices for the column. */
    void bind(QComboBox *combo, int column);
    void bind(QSpinBox *spin, int column);
    void bind(QCheckBox *check, int column);
    /** An indicator value; `valueRole` gives a double or invalid, `sourceRole` the source. */
    void bind(IndicatorField *field, int column, int valueRole, int sourceRole);

    void refresh();

public slots:
    /** Connect the model's editRejected(QString) here, so refusals reach the right widget. */
    void noteRejection(const QString &message);

signals:
    /** An edit was refused; the message says why. */
    void rejected(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { LineEdit, FinishedLineEdit, TextEdit, Combo, Spin, Check, Indicator };
    struct Binding
    {
        QPointer<QWidget> widget;
        int column;
        Kind kind;
        int valueRole = 0;
        int sourceRole = 0;
    };

    void add(QWidget *widget, int column, Kind kind, int valueRole = 0, int sourceRole = 0);
    void refresh(const Binding &binding);
    bool commit(int column, const QVariant &value, QString *message);

    QAbstractItemModel *m_model;
    QPersistentModelIndex m_index;
    int m_row = -1; // to find the row again after a model reset
    std::vector<Binding> m_bindings;
    QString m_lastRejection;
    bool m_updating = false;
};

} // namespace Gtm
