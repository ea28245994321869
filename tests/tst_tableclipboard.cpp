// Blocks of cells between the workbench's tables and a spreadsheet (TableClipboard): the
// clipboard text LibreOffice and Excel write, and a paste as one undo step with refused cells
// named.
#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "items/recordtablemodel.h"
#include "items/tableclipboard.h"
#include "items/verticaltablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

using namespace Gtm;

using Rows = QList<QStringList>;

namespace {
/** A block of cells from string literals (UTF-8). */
Rows rows(std::initializer_list<std::initializer_list<const char *>> cells)
{
    Rows result;
    for (const auto &row : cells) {
        QStringList line;
        for (const char *cell : row)
            line.append(QString::fromUtf8(cell));
        result.append(line);
    }
    return result;
}
} // namespace

class TestTableClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parse_data();
    void parse();
    void writeQuotesOnlyWhatMust();
    void pasteIsOneUndoStepAndNamesRefusedCells();
    void pasteFollowsTheSortedOrder();
    void pasteThatChangesNothingLeavesNoStep();
    void copyGivesWhatPasteReads();
    void pasteChoicesAndYesNoIntoChallenges();

private:
    Workspace threeVerticals() const;
};

void TestTableClipboard::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

Workspace TestTableClipboard::threeVerticals() const
{
    Workspace w;
    for (const char *name : {"Finance", "Retail", "Telecom"}) {
        Vertical v;
        v.name = QString::fromLatin1(name);
        w.addVertical(v);
    }
    return w;
}

void TestTableClipboard::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("rows");
    // What LibreOffice Calc puts on the clipboard for a 2 × 3 block: a final line break.
    QTest::newRow("block") << QStringLiteral("4.5\t3\t2\n1\t\t5\n")
                           << rows({{"4.5", "3", "2"}, {"1", "", "5"}});
    // Excel on Windows ends lines with CR LF.
    QTest::newRow("CR LF") << QStringLiteral("a\tb\r\nc\td\r\n") << rows({{"a", "b"}, {"c", "d"}});
    QTest::newRow("one cell, no line break") << QStringLiteral("42") << rows({{"42"}});
    // A cell holding a line break, a tab or a quote comes quoted, quotes doubled.
    QTest::newRow("quoted cells") << QStringLiteral(
        "\"two\nlines\"\t\"a\tb\"\t\"say \"\"hi\"\"\"\n")
                                  << rows({{"two\nlines", "a\tb", "say \"hi\""}});
    // A quote inside a cell that did not start with one is just a character.
    QTest::newRow("inch mark") << QStringLiteral("12\" screen\tx\n")
                               << rows({{"12\" screen", "x"}});
    // Short rows are filled up to the longest.
    QTest::newRow("ragged") << QStringLiteral("a\tb\tc\nd\n")
                            << rows({{"a", "b", "c"}, {"d", "", ""}});
    QTest::newRow("empty") << QString() << Rows();
}

void TestTableClipboard::parse()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    QCOMPARE(TableClipboard::parse(text), rows);
}

void TestTableClipboard::writeQuotesOnlyWhatMust()
{
    const Rows cells
        = rows({{"Finance", "4.5"}, {"two\nlines", "say \"hi\""}, {"\"quoted\"", "a\tb"}});
    const QString text = TableClipboard::write(cells);
    QCOMPARE(
        text,
        QStringLiteral("Finance\t4.5\n\"two\nlines\"\tsay \"hi\"\n\"\"\"quoted\"\"\"\t\"a\tb\"\n"));
    QCOMPARE(TableClipboard::parse(text), cells);
}

void TestTableClipboard::pasteIsOneUndoStepAndNamesRefusedCells()
{
    WorkspaceDocument document;
    document.reset(threeVerticals(), QString(), false);
    VerticalTableModel table(&document);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString last;
    connect(&table, &VerticalTableModel::editRejected, this,
            [&last](const QString &message) { last = message; });
    const auto lastRefusal = [&last] {
        const QString message = last;
        last.clear();
        return message;
    };
    const int enthusiasm = table.columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));
    const int realism = table.columnOfIndicator(QStringLiteral("context.expectation_realism"));
    QCOMPARE(realism, enthusiasm + 1);

    // Three rows of two values from a spreadsheet: Retail's 7 is past the 0–5 scale and
    // Telecom's "n/a" is no number; four cells go in, two are named.
    const Rows block = rows({{"4.5", "3"}, {"7", "2"}, {"n/a", "1.5"}});
    const TableClipboard::PasteOutcome outcome
        = TableClipboard::paste(&table, table.index(0, enthusiasm), block, document.undoStack(),
                                QStringLiteral("Paste"), lastRefusal);
    QCOMPARE(outcome.changed, 4);
    QCOMPARE(outcome.refused.size(), 2);
    QVERIFY2(
        outcome.refused.at(0).startsWith(QStringLiteral("Retail · AI enthusiasm (0–5 scale): ")),
        qPrintable(outcome.refused.at(0)));
    QVERIFY2(outcome.refused.at(0).contains(QStringLiteral("0 to 5")),
             qPrintable(outcome.refused.at(0)));
    QCOMPARE(outcome.refused.at(1),
             QStringLiteral("Telecom · AI enthusiasm (0–5 scale): \"n/a\" is not a number."));
    const auto value = [&document](int row, const char *id) {
        const auto &values = document.workspace().verticals.at(row).values;
        const auto it = values.constFind(QString::fromLatin1(id));
        return it == values.constEnd() ? -1.0 : it->value;
    };
    QCOMPARE(value(0, "context.ai_enthusiasm"), 4.5);
    QCOMPARE(value(0, "context.expectation_realism"), 3.0);
    QCOMPARE(value(1, "context.ai_enthusiasm"), -1.0); // refused: still missing
    QCOMPARE(value(1, "context.expectation_realism"), 2.0);
    QCOMPARE(value(2, "context.expectation_realism"), 1.5);

    // One step in the history, and one undo takes all four back.
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Paste"));
    document.undoStack()->undo();
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(value(row, "context.ai_enthusiasm"), -1.0);
        QCOMPARE(value(row, "context.expectation_realism"), -1.0);
    }

    // Cells past the last row or column are counted, computed columns left alone.
    const TableClipboard::PasteOutcome edges = TableClipboard::paste(
        &table, table.index(2, VerticalTableModel::ReadinessColumn), rows({{"9", "9"}, {"1", "1"}}),
        document.undoStack(), QStringLiteral("Paste"), lastRefusal);
    QCOMPARE(edges.readOnly, 2);
    QCOMPARE(edges.outside, 2);
    QCOMPARE(edges.changed, 0);
    QCOMPARE(TableClipboard::summary(outcome), QStringLiteral("Pasted 4 cells; 2 refused."));
    QCOMPARE(TableClipboard::summary(edges),
             QStringLiteral("Pasted 0 cells; 2 in computed columns left as they are; 2 beyond "
                            "the table left out."));
}

void TestTableClipboard::pasteFollowsTheSortedOrder()
{
    // Pasted rows land on the rows as the user sees them: sorted by name descending, the first
    // row is Telecom.
    WorkspaceDocument document;
    document.reset(threeVerticals(), QString(), false);
    VerticalTableModel table(&document);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&table);
    sorted.setSortRole(VerticalTableModel::SortRole);
    sorted.sort(VerticalTableModel::NameColumn, Qt::DescendingOrder);
    const int enthusiasm = table.columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));
    const TableClipboard::PasteOutcome outcome
        = TableClipboard::paste(&sorted, sorted.index(0, enthusiasm), rows({{"1"}, {"2"}, {"3"}}),
                                document.undoStack(), QStringLiteral("Paste"), nullptr);
    QCOMPARE(outcome.changed, 3);
    const auto value = [&document](int row) {
        return document.workspace()
            .verticals.at(row)
            .values.value(QStringLiteral("context.ai_enthusiasm"))
            .value;
    };
    QCOMPARE(value(2), 1.0); // Telecom
    QCOMPARE(value(1), 2.0); // Retail
    QCOMPARE(value(0), 3.0); // Finance

    // Sorted by the very column pasted into: each row moves as soon as its value changes, and
    // the block still lands on the rows as they were shown. Shown ascending: Telecom 1,
    // Retail 2, Finance 3; pasting 5, 4.5, 4 gives Telecom 5, Retail 4.5, Finance 4 (without
    // holding on to the rows, Telecom's 5 would move it last and Finance would get the 4.5).
    sorted.setSortRole(VerticalTableModel::SortRole);
    sorted.sort(enthusiasm, Qt::AscendingOrder);
    QCOMPARE(sorted.index(0, 0).data().toString(), QStringLiteral("Telecom"));
    const TableClipboard::PasteOutcome resorted
        = TableClipboard::paste(&sorted, sorted.index(0, enthusiasm), rows({{"5"}, {"4.5"}, {"4"}}),
                                document.undoStack(), QStringLiteral("Paste"), nullptr);
    QCOMPARE(resorted.changed, 3);
    QCOMPARE(value(2), 5.0); // Telecom
    QCOMPARE(value(1), 4.5); // Retail
    QCOMPARE(value(0), 4.0); // Finance
}

void TestTableClipboard::pasteThatChangesNothingLeavesNoStep()
{
    WorkspaceDocument document;
    document.reset(threeVerticals(), QString(), false);
    VerticalTableModel table(&document);
    const int enthusiasm = table.columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));
    // Everything refused: no empty "Paste" in the history for Undo to do nothing with.
    const TableClipboard::PasteOutcome outcome
        = TableClipboard::paste(&table, table.index(0, enthusiasm), rows({{"x", "y"}}),
                                document.undoStack(), QStringLiteral("Paste"), nullptr);
    QCOMPARE(outcome.changed, 0);
    QCOMPARE(outcome.refused.size(), 2);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.undoStack()->canUndo());
    QVERIFY(!document.undoStack()->canRedo());
}

void TestTableClipboard::copyGivesWhatPasteReads()
{
    // Copied out and pasted into a spreadsheet and back: the same values, written as the region
    // writes numbers (a spreadsheet in that region reads them so too).
    Workspace w = threeVerticals();
    w.verticals[0].values.insert(QStringLiteral("context.ai_enthusiasm"), {4.5, QString()});
    w.verticals[1].values.insert(QStringLiteral("market.size_usd_bn"), {12500.25, QString()});
    w.verticals[1].values.insert(QStringLiteral("context.expectation_realism"), {3, QString()});
    WorkspaceDocument document;
    document.reset(w, QString(), false);
    VerticalTableModel table(&document);
    const int enthusiasm = table.columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));
    const int sam = table.columnOfIndicator(QStringLiteral("market.size_usd_bn"));
    QVERIFY(sam > 0);
    const QModelIndexList cells {table.index(0, enthusiasm), table.index(0, enthusiasm + 1),
                                 table.index(1, enthusiasm), table.index(1, enthusiasm + 1)};
    QCOMPARE(TableClipboard::copy(&table, cells), QStringLiteral("4.5\t\n\t3\n"));
    // Cells left out of a selection are empty in its rectangle.
    QCOMPARE(TableClipboard::copy(&table,
                                  {table.index(0, VerticalTableModel::NameColumn),
                                   table.index(1, VerticalTableModel::ReadinessColumn)}),
             QStringLiteral("Finance\t\n\t\n"));
    QCOMPARE(TableClipboard::copy(&table, {table.index(1, sam)}), QStringLiteral("12,500.25\n"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // a decimal comma
    QCOMPARE(TableClipboard::copy(&table, {table.index(1, sam)}), QStringLiteral("12.500,25\n"));
    const TableClipboard::PasteOutcome back
        = TableClipboard::paste(&table, table.index(2, sam), rows({{"12.500,25"}}),
                                document.undoStack(), QStringLiteral("Paste"), nullptr);
    QCOMPARE(back.changed, 1);
    QCOMPARE(document.workspace()
                 .verticals.at(2)
                 .values.value(QStringLiteral("market.size_usd_bn"))
                 .value,
             12500.25);
}

void TestTableClipboard::pasteChoicesAndYesNoIntoChallenges()
{
    // A challenges table takes a choice by the name it shows and yes/no as words; a name that
    // is no choice is refused with the choices.
    Workspace w = threeVerticals();
    Challenge first;
    first.problem = QStringLiteral("Slow contract review");
    w.verticals[0].challenges.append(first);
    WorkspaceDocument document;
    document.reset(w, QString(), false);
    RecordTableModel challenges(&document, Record::Challenge);
    challenges.setVertical(document.workspace().verticals.at(0).id);
    QString last;
    connect(&challenges, &RecordTableModel::editRejected, this,
            [&last](const QString &message) { last = message; });
    const TableClipboard::PasteOutcome outcome
        = TableClipboard::paste(&challenges, challenges.index(0, ChallengeField::Framing),
                                rows({{"Opportunity", "4", "Yes"}}), document.undoStack(),
                                QStringLiteral("Paste"), [&last] { return last; });
    QVERIFY2(outcome.refused.isEmpty(), qPrintable(outcome.refused.join(QLatin1Char('\n'))));
    const Challenge &pasted = document.workspace().verticals.at(0).challenges.at(0);
    QCOMPARE(pasted.framing, std::optional<Framing>(Framing::Opportunity));
    QCOMPARE(pasted.explainabilityNeed, std::optional<int>(4));
    QCOMPARE(pasted.technologyFirst, std::optional<bool>(true));

    const TableClipboard::PasteOutcome wrong = TableClipboard::paste(
        &challenges, challenges.index(0, ChallengeField::Framing), rows({{"Maybe"}}),
        document.undoStack(), QStringLiteral("Paste"), [&last] { return last; });
    QCOMPARE(wrong.refused.size(), 1);
    QVERIFY2(wrong.refused.at(0).contains(QStringLiteral("\"Maybe\" is not one of")),
             qPrintable(wrong.refused.at(0)));
}

QTEST_GUILESS_MAIN(TestTableClipboard)
#include "tst_tableclipboard.moc"
