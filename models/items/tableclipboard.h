#pragma once

#include <QList>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QUndoStack;

namespace Gtm {

/**
 * Blocks of cells between a table of the workbench and a spreadsheet, as the clipboard carries
 * them: tab-separated text, a line per row. Works on any item model (a sort proxy included), so
 * rows and columns are the ones the user sees.
 */
namespace TableClipboard {

/**
 * The cells of tab-separated text as LibreOffice, Excel and Google Sheets put on the clipboard:
 * a cell holding a tab, a line break or a quote is quoted ("a""b"); a final line break ends
 * the last row; "\r\n" line ends are read like "\n". Every row is as long as the longest.
 */
QList<QStringList> parse(const QString &text);
/** The inverse of parse(): quotes a cell only when it must. */
QString write(const QList<QStringList> &rows);

/**
 * The selected cells as text: the rectangle from the first selected row and column to the
 * last, a cell left out of the selection empty. A cell is written as it is edited (numbers as
 * the user's region writes them, choices by name), so pasting it back, or into a spreadsheet
 * set to the same region, gives the same value.
 */
QString copy(const QAbstractItemModel *model, const QModelIndexList &selected);

struct PasteOutcome
{
    int changed = 0; // cells whose value was set
    int unchanged = 0; // cells that held the pasted value already
    int readOnly = 0; // cells of computed columns, left as they are
    int outside = 0; // cells beyond the last row or column
    QStringList refused; // "Finance · AI enthusiasm: must be 0 to 5 …", one a refused cell
};

/**
 * Pastes `block` with its top left cell at `topLeft`, cell by cell through setData(), as one
 * undo step named `undoText` on `stack` (none when nothing changed). Refused cells keep their
 * value and are named with the reason: `lastRefusal` returns what the model said about the
 * last refused edit (its editRejected message), or nothing.
 */
PasteOutcome paste(QAbstractItemModel *model, const QModelIndex &topLeft,
                   const QList<QStringList> &block, QUndoStack *stack, const QString &undoText,
                   const std::function<QString()> &lastRefusal);

/** What a paste did, in a sentence for the status bar. */
QString summary(const PasteOutcome &outcome);

} // namespace TableClipboard
} // namespace Gtm
