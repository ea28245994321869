#include "spreadsheetclipboard.h"

#include "items/tableclipboard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

namespace Gtm::SpreadsheetClipboard {

namespace {

/** Takes the copy key from an item view and copies its selected block. */
class CopyKeyFilter : public QObject
{
public:
    explicit CopyKeyFilter(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            copySelection(m_view);
            return true;
        }
        return false;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

QString copySelection(QAbstractItemView *view)
{
    QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (selected.isEmpty() && view->currentIndex().isValid())
        selected.append(view->currentIndex());
    // Columns the view hides are not copied.
    if (auto *table = qobject_cast<QTableView *>(view)) {
        selected.erase(std::remove_if(selected.begin(), selected.end(),
                                      [table](const QModelIndex &index) {
                                          return table->isColumnHidden(index.column());
                                      }),
                       selected.end());
    }
    const QString text = TableClipboard::copy(view->model(), selected);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
    return text;
}

void paste(QAbstractItemView *view, QUndoStack *stack, const QString &text,
           const std::function<QString()> &lastRefusal, const Report &report)
{
    const QList<QStringList> block = TableClipboard::parse(text);
    if (block.isEmpty())
        return;
    // The top left of the selection, else the current cell.
    QModelIndex topLeft = view->currentIndex();
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (!topLeft.isValid() || index.row() < topLeft.row()
            || (index.row() == topLeft.row() && index.column() < topLeft.column()))
            topLeft = index;
    }
    if (!topLeft.isValid())
        return;
    int cells = 0;
    for (const QStringList &row : block)
        cells += int(row.size());
    const QString undoText
        = QCoreApplication::translate("Gtm::SpreadsheetClipboard", "Paste %1 cells").arg(cells);
    const TableClipboard::PasteOutcome outcome
        = TableClipboard::paste(view->model(), topLeft, block, stack, undoText, lastRefusal);
    const QString summary = TableClipboard::summary(outcome);
    if (!outcome.refused.isEmpty()) {
        QStringList shown = outcome.refused.mid(0, 15);
        if (outcome.refused.size() > shown.size())
            shown.append(QCoreApplication::translate("Gtm::SpreadsheetClipboard", "… and %1 more.")
                             .arg(outcome.refused.size() - shown.size()));
        QMessageBox box(QMessageBox::Warning,
                        QCoreApplication::translate("Gtm::SpreadsheetClipboard", "Paste"), summary,
                        QMessageBox::Ok, view->window());
        // The first refusals in sight, all of them under Show Details.
        box.setInformativeText(QCoreApplication::translate("Gtm::SpreadsheetClipboard",
                                                           "These cells kept their value:")
                               + QLatin1Char('\n') + shown.join(QLatin1Char('\n')));
        box.setDetailedText(outcome.refused.join(QLatin1Char('\n')));
        // Names are the user's text, never markup.
        for (QLabel *label : box.findChildren<QLabel *>())
            label->setTextFormat(Qt::PlainText);
        box.exec();
    }
    // After the box: closing it must not clear the summary from the status bar.
    if (report)
        report(summary);
}

void install(QAbstractItemView *view, QUndoStack *stack,
             const std::function<QString()> &lastRefusal, const Report &report)
{
    // Ctrl+C: the item view copies only its current cell's text on that key itself, so the
    // key is taken before it reaches the view.
    view->installEventFilter(new CopyKeyFilter(view));
    auto *pasteAction = new QAction(
        QCoreApplication::translate("Gtm::SpreadsheetClipboard", "Paste Cells"), view);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(pasteAction, &QAction::triggered, view, [=] {
        paste(view, stack, QApplication::clipboard()->text(), lastRefusal, report);
    });
    view->addAction(pasteAction);
    // Blocks of cells, as in a spreadsheet.
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::ContiguousSelection);
}

} // namespace Gtm::SpreadsheetClipboard
