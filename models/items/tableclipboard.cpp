#include "tableclipboard.h"

#include "domain/language.h"
#include "domain/plural.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QPersistentModelIndex>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Gtm::TableClipboard {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::TableClipboard)
};

/** A row's name for a message: its first column ("Finance"), else its number. */
QString rowName(const QAbstractItemModel *model, int row)
{
    const QString name = model->index(row, 0).data(Qt::DisplayRole).toString();
    return name.isEmpty() ? Text::tr("row %1").arg(row + 1) : name;
}

/** A heading in one line ("AI enthusiasm (0–5 scale)"). */
QString columnName(const QAbstractItemModel *model, int column)
{
    return model->headerData(column, Qt::Horizontal, Qt::DisplayRole)
        .toString()
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString cellText(const QModelIndex &index)
{
    const QVariant edit = index.data(Qt::EditRole);
    if (edit.typeId() == QMetaType::Double)
        return Language::locale().toString(edit.toDouble(), 'g', 15);
    if (edit.typeId() == QMetaType::Bool || edit.typeId() == QMetaType::Int || !edit.isValid())
        return index.data(Qt::DisplayRole).toString(); // "Yes", a choice's name
    return edit.toString();
}

} // namespace

QList<QStringList> parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char('\t')) {
            row.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty() || !cell.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    qsizetype width = 0;
    for (const QStringList &r : std::as_const(rows))
        width = std::max(width, r.size());
    for (QStringList &r : rows) {
        while (r.size() < width)
            r.append(QString());
    }
    return rows;
}

QString write(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            if (cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n'))
                || cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char('"'))) {
                QString quoted = cell;
                quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
                cells.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
            } else {
                cells.append(cell);
            }
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString copy(const QAbstractItemModel *model, const QModelIndexList &selected)
{
    if (selected.isEmpty())
        return {};
    int top = selected.first().row(), bottom = top;
    int left = selected.first().column(), right = left;
    for (const QModelIndex &index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QList<QStringList> rows(bottom - top + 1, QStringList(right - left + 1, QString()));
    for (const QModelIndex &index : selected) {
        if (index.model() == model)
            rows[index.row() - top][index.column() - left] = cellText(index);
    }
    return write(rows);
}

PasteOutcome paste(QAbstractItemModel *model, const QModelIndex &topLeft,
                   const QList<QStringList> &block, QUndoStack *stack, const QString &undoText,
                   const std::function<QString()> &lastRefusal)
{
    PasteOutcome outcome;
    if (!topLeft.isValid())
        return outcome;
    // Every target cell first, as persistent indexes: a sorted view moves a row as soon as a
    // value of its sort column changes, and the rest of the block must still land on the rows
    // the user saw.
    struct Target
    {
        QPersistentModelIndex index;
        QString text;
    };
    QList<Target> targets;
    for (int r = 0; r < block.size(); ++r) {
        const int row = topLeft.row() + r;
        for (int c = 0; c < block.at(r).size(); ++c) {
            const int column = topLeft.column() + c;
            if (row >= model->rowCount() || column >= model->columnCount()) {
                ++outcome.outside;
                continue;
            }
            const QModelIndex index = model->index(row, column);
            if (!(model->flags(index) & Qt::ItemIsEditable)) {
                ++outcome.readOnly;
                continue;
            }
            targets.append({QPersistentModelIndex(index), block.at(r).at(c)});
        }
    }
    stack->beginMacro(undoText);
    for (const Target &target : std::as_const(targets)) {
        if (!target.index.isValid()) // its row went away meanwhile
            continue;
        const QModelIndex index = target.index;
        const QString before = cellText(index);
        if (target.text == before) {
            ++outcome.unchanged;
            continue;
        }
        if (model->setData(index, target.text, Qt::EditRole)) {
            // "4.50" over 4.5 is accepted and changes nothing.
            cellText(target.index) == before ? ++outcome.unchanged : ++outcome.changed;
            continue;
        }
        QString reason = lastRefusal ? lastRefusal() : QString();
        if (reason.isEmpty())
            reason = Text::tr("refused");
        outcome.refused.append(
            Text::tr("%1 · %2: %3")
                .arg(rowName(model, index.row()), columnName(model, index.column()), reason));
    }
    stack->endMacro();
    if (outcome.changed == 0) {
        // Nothing changed: no empty step in the history. An obsolete command is dropped from
        // the stack when undone.
        const int last = stack->index() - 1;
        if (last >= 0 && stack->command(last)->childCount() == 0) {
            const_cast<QUndoCommand *>(stack->command(last))->setObsolete(true);
            stack->undo();
        }
    }
    return outcome;
}

QString summary(const PasteOutcome &outcome)
{
    QStringList parts;
    parts.append(counted(outcome.changed, Text::tr("Pasted %1 cell"), Text::tr("Pasted %1 cells")));
    if (!outcome.refused.isEmpty())
        parts.append(Text::tr("%1 refused").arg(outcome.refused.size()));
    if (outcome.readOnly > 0)
        parts.append(Text::tr("%1 in computed columns left as they are").arg(outcome.readOnly));
    if (outcome.outside > 0)
        parts.append(Text::tr("%1 beyond the table left out").arg(outcome.outside));
    return parts.join(QLatin1String("; ")) + QLatin1Char('.');
}

} // namespace Gtm::TableClipboard
