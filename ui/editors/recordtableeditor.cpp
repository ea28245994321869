#include "recordtableeditor.h"
#include "document/workspacedocument.h"
#include "widgets/spreadsheetclipboard.h"

#include "items/recordtablemodel.h"
#include "recorddelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gtm {

RecordTableEditor::RecordTableEditor(RecordTableModel *model, const QString &accessibleName,
                                     QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView)
    , m_add(new QToolButton)
    , m_remove(new QToolButton)
    , m_up(new QToolButton)
    , m_down(new QToolButton)
    , m_message(new QLabel)
{
    m_view->setModel(model);
    m_view->setItemDelegate(new RecordDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->setAccessibleName(accessibleName);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as keyboard users expect

    const auto button = [this](QToolButton *b, const QString &text, const QString &tip) {
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
    };
    button(m_add, tr("Add"), tr("Add a row"));
    button(m_remove, tr("Delete"), tr("Delete the selected row"));
    button(m_up, QStringLiteral("↑"), tr("Move the selected row up"));
    button(m_down, QStringLiteral("↓"), tr("Move the selected row down"));
    connect(m_add, &QToolButton::clicked, this, &RecordTableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &RecordTableEditor::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });

    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(model, &RecordTableModel::editRejected, this, &RecordTableEditor::showMessage);
    // Blocks of cells copied to and pasted from a spreadsheet, one undo step a paste.
    SpreadsheetClipboard::install(m_view, model, model->document()->undoStack(),
                                  [this](const QString &summary) { showMessage(summary); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { showMessage({}); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTableEditor::updateButtons);
    updateButtons();
}

void RecordTableEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RecordTableEditor::setFixedRows(bool fixed)
{
    for (QToolButton *b : {m_add, m_remove, m_up, m_down})
        b->setVisible(!fixed);
}

void RecordTableEditor::setColumnStretch(int column)
{
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void RecordTableEditor::setStretchColumns(const QList<int> &columns)
{
    m_view->horizontalHeader()->setStretchLastSection(false);
    for (int column : columns)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void RecordTableEditor::setWrapping(bool wrap)
{
    // Long texts (a challenge's problem statement) wrap, and rows grow to show them.
    m_view->setWordWrap(wrap);
    if (!wrap)
        return;
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void RecordTableEditor::addRow()
{
    const int row
        = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : m_model->rowCount();
    if (m_model->insertRows(row, 1)) {
        // Straight into the first field the user can change (a custom indicator's id cannot).
        int column = 0;
        while (column < m_model->columnCount() - 1
               && !(m_model->flags(m_model->index(row, column)) & Qt::ItemIsEditable))
            ++column;
        const QModelIndex first = m_model->index(row, column);
        m_view->setCurrentIndex(first);
        m_view->setFocus();
        m_view->edit(first);
    }
}

void RecordTableEditor::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRows(current.row(), 1);
}

void RecordTableEditor::moveSelected(int offset)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int from = current.row();
    const int to = from + offset;
    if (to < 0 || to >= m_model->rowCount())
        return;
    if (m_model->moveRows({}, from, 1, {}, offset > 0 ? to + 1 : to))
        m_view->setCurrentIndex(m_model->index(to, current.column()));
}

void RecordTableEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool canAdd = m_model->record() != Record::Challenge || m_model->vertical() != 0;
    m_add->setEnabled(canAdd);
    m_remove->setEnabled(current.isValid());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() < m_model->rowCount() - 1);
}

} // namespace Gtm
