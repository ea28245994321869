#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace Gtm {

class RecordTableModel;

/**
 * A table of records (personas, challenges, price points, …) with buttons to add, delete and
 * move rows. Every change goes through the model's undo commands.
 */
class RecordTableEditor : public QWidget
{
    Q_OBJECT

public:
    RecordTableEditor(RecordTableModel *model, const QString &accessibleName,
                      QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /** Shows the first refused edit until the next accepted one. */
    void showMessage(const QString &message);
    /** Hides the add, delete and move buttons (the nine value drivers are fixed). */
    void setFixedRows(bool fixed);
    void setColumnStretch(int column);
    /** These columns share the width left by the others. */
    void setStretchColumns(const QList<int> &columns);
    void setWrapping(bool wrap);

    void addRow();
    void removeSelected();
    void moveSelected(int offset);

private:
    void updateButtons();

    RecordTableModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QLabel *m_message;
};

} // namespace Gtm
