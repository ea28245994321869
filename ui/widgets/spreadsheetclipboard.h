#pragma once

#include <QAbstractItemView>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QUndoStack;

namespace Gtm {

/**
 * Copy and paste of cell blocks in a table, as in a spreadsheet: Ctrl+C puts the selected
 * cells on the clipboard as tab-separated text; Ctrl+V pastes a block copied from LibreOffice,
 * Excel or another table of the workbench with its top left cell at the current cell, as one
 * undo step. Refused cells keep their value and are named, with the reason, in a message box;
 * `report` gets a one-line summary for the status bar.
 */
namespace SpreadsheetClipboard {

using Report = std::function<void(const QString &summary)>;

void install(QAbstractItemView *view, QUndoStack *stack,
             const std::function<QString()> &lastRefusal, const Report &report);

/** install() for a model that says why it refused an edit with editRejected(QString). */
template<typename Model>
void install(QAbstractItemView *view, Model *source, QUndoStack *stack, const Report &report)
{
    auto last = std::make_shared<QString>();
    QObject::connect(source, &Model::editRejected, view,
                     [last](const QString &message) { *last = message; });
    install(
        view, stack,
        [last] {
            const QString message = *last;
            last->clear();
            return message;
        },
        report);
}

/** Copies the view's selected cells to the clipboard; returns the text. */
QString copySelection(QAbstractItemView *view);
/** Pastes `text` at the view's current cell (the top left of its selection). */
void paste(QAbstractItemView *view, QUndoStack *stack, const QString &text,
           const std::function<QString()> &lastRefusal, const Report &report);

} // namespace SpreadsheetClipboard
} // namespace Gtm
