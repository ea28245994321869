#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Gtm;

namespace {

const QString enthusiasm = QStringLiteral("context.ai_enthusiasm");

Workspace oneVertical()
{
    Workspace w;
    Vertical v;
    v.name = QStringLiteral("Finance");
    v.values.insert(enthusiasm, {3, QStringLiteral("Survey")});
    w.addVertical(v);
    return w;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setValuePushUndoRedo();
    void consecutiveEditsOfOneCellMerge();
    void editsOfDifferentCellsDoNotMerge();
    void editsFarApartInTimeDoNotMerge();
    void typingBackToTheOldValueLeavesNoStep();
    void valueWithItsSourceIsItsOwnStep();
    void clearingAValueMakesItMissing();
    void outOfRangeValueIsRefused();
    void renamePushUndoRedoMerge();
    void renameRefusesDuplicatesAndEmpty();
    void addAndRemoveVertical();
    void replaceWorkspace();
    void modifiedFollowsTheCleanState();
    void saveMarksClean();

private:
    std::unique_ptr<WorkspaceDocument> m_document;
    VerticalId m_finance = 0;
};

void TestCommands::init()
{
    m_document = std::make_unique<WorkspaceDocument>();
    m_document->reset(oneVertical(), QString(), false);
    m_finance = m_document->workspace().verticals.at(0).id;
}

void TestCommands::setValuePushUndoRedo()
{
    QSignalSpy changed(m_document.get(), &WorkspaceDocument::indicatorValueChanged);
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 4.5, &error));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->workspace().verticals.at(0).value(enthusiasm), 4.5);
    QCOMPARE(m_document->workspace().verticals.at(0).values.value(enthusiasm).source, QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(1).toString(), enthusiasm);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().verticals.at(0).value(enthusiasm), 3.0);
    QCOMPARE(m_document->workspace().verticals.at(0).values.value(enthusiasm).source,
             QStringLiteral("Survey")); // undo brings the source back too
    m_document->undoStack()->redo();
    QCOMPARE(m_document->workspace().verticals.at(0).value(enthusiasm), 4.5);
    QCOMPARE(changed.count(), 3);
}

void TestCommands::consecutiveEditsOfOneCellMerge()
{
    QString error;
    for (double v : {1.0, 1.5, 2.0, 2.5})
        QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, v, &error));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().verticals.at(0).value(enthusiasm), 3.0);
}

void TestCommands::editsOfDifferentCellsDoNotMerge()
{
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 1, &error));
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance,
                                        QStringLiteral("capabilities.ai_talent"), 2, &error));
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 4, &error));
    QCOMPARE(m_document->undoStack()->count(), 3);
}

void TestCommands::editsFarApartInTimeDoNotMerge()
{
    // Typing 1, pausing, then typing 2 are two things the user may want to undo one at a time.
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 1, &error));
    QTest::qSleep(int(MergeWindowMs) + 100);
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 2, &error));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().verticals.at(0).value(enthusiasm), 1.0);
    // The same holds for a field of a record.
    const FieldRef description {Record::Vertical, 0, 0, VerticalField::Description};
    QVERIFY(Commands::setField(m_document.get(), description, QStringLiteral("Banks"), &error));
    QTest::qSleep(int(MergeWindowMs) + 100);
    QVERIFY(Commands::setField(m_document.get(), description, QStringLiteral("Banks and insurers"),
                               &error));
    QCOMPARE(m_document->undoStack()->count(), 3);
}

void TestCommands::typingBackToTheOldValueLeavesNoStep()
{
    QString error;
    const QString talent = QStringLiteral("capabilities.ai_talent");
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, talent, 2, &error));
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, talent, std::nullopt, &error));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!m_document->isModified());
    // Typing 3 over a sourced 3 is a change all the same: the source is gone.
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 4, &error));
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 3, &error));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->workspace().verticals.at(0).values.value(enthusiasm).source, QString());
}

void TestCommands::valueWithItsSourceIsItsOwnStep()
{
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 1, &error));
    const QString oecd = QStringLiteral("OECD (2018)");
    QVERIFY(Commands::setIndicatorValueWithSource(m_document.get(), m_finance, enthusiasm, 2, oecd,
                                                  &error));
    QCOMPARE(m_document->undoStack()->count(), 2); // not merged into the typing before it
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 2.5, &error));
    QCOMPARE(m_document->undoStack()->count(), 3); // nor is the typing after it
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().verticals.at(0).values.value(enthusiasm).source, oecd);
    // Inserting what is already there is no change at all.
    QVERIFY(Commands::setIndicatorValueWithSource(m_document.get(), m_finance, enthusiasm, 2, oecd,
                                                  &error));
    QCOMPARE(m_document->undoStack()->count(), 3);
    QCOMPARE(m_document->undoStack()->index(), 2); // the undone typing can still be redone
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().verticals.at(0).value(enthusiasm), 1.0);
    QCOMPARE(m_document->workspace().verticals.at(0).values.value(enthusiasm).source, QString());
}

void TestCommands::clearingAValueMakesItMissing()
{
    QString error;
    QVERIFY(
        Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, std::nullopt, &error));
    QVERIFY(!m_document->workspace().verticals.at(0).value(enthusiasm));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().verticals.at(0).value(enthusiasm), 3.0);
}

void TestCommands::outOfRangeValueIsRefused()
{
    QString error;
    QVERIFY(!Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 5.5, &error));
    QCOMPARE(error, QStringLiteral("AI enthusiasm must be 0 to 5."));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!Commands::setIndicatorValue(m_document.get(), m_finance, QStringLiteral("custom.none"),
                                         1, &error));
    QCOMPARE(m_document->workspace().verticals.at(0).value(enthusiasm), 3.0);
}

void TestCommands::renamePushUndoRedoMerge()
{
    QString error;
    for (const char *name : {"B", "Ba", "Ban", "Banking"})
        QVERIFY(Commands::renameVertical(m_document.get(), m_finance, QLatin1String(name), &error));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->workspace().verticals.at(0).name, QStringLiteral("Banking"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().verticals.at(0).name, QStringLiteral("Finance"));
    m_document->undoStack()->redo();
    QCOMPARE(m_document->workspace().verticals.at(0).name, QStringLiteral("Banking"));
}

void TestCommands::renameRefusesDuplicatesAndEmpty()
{
    Commands::addVertical(m_document.get());
    QString error;
    QVERIFY(!Commands::renameVertical(m_document.get(), m_finance, QStringLiteral(" new VERTICAL "),
                                      &error));
    QCOMPARE(error, QStringLiteral("There is already a vertical named \"new VERTICAL\"."));
    QVERIFY(!Commands::renameVertical(m_document.get(), m_finance, QStringLiteral("   "), &error));
    QCOMPARE(m_document->workspace().verticals.at(0).name, QStringLiteral("Finance"));
    // A name that would reorder the text around it: "Fin" is 3 characters, U+202E the 4th.
    QVERIFY(!Commands::renameVertical(m_document.get(), m_finance,
                                      QStringLiteral("Fin\u202eecnaniF"), &error));
    QCOMPARE(error,
             QStringLiteral("The name cannot be used: character 4 is the bidirectional "
                            "control U+202E, which a name may not hold."));
    // Typed with a combining accent, stored composed; the same name in capitals is taken.
    QVERIFY(Commands::renameVertical(m_document.get(), m_finance, QStringLiteral("Cafe\u0301"),
                                     &error));
    QCOMPARE(m_document->workspace().verticals.at(0).name, QStringLiteral("Caf\u00e9"));
    QVERIFY(!Commands::renameVertical(m_document.get(), Commands::addVertical(m_document.get()),
                                      QStringLiteral("CAF\u00c9"), &error));
    QCOMPARE(error, QStringLiteral("There is already a vertical named \"CAF\u00c9\"."));
}

void TestCommands::addAndRemoveVertical()
{
    QSignalSpy inserted(m_document.get(), &WorkspaceDocument::verticalInserted);
    QSignalSpy removed(m_document.get(), &WorkspaceDocument::verticalRemoved);
    const VerticalId first = Commands::addVertical(m_document.get());
    const VerticalId second = Commands::addVertical(m_document.get(), 0);
    QCOMPARE(m_document->workspace().verticals.size(), 3);
    QCOMPARE(m_document->workspace().verticals.at(0).id, second);
    QCOMPARE(m_document->workspace().verticals.at(0).name, QStringLiteral("New vertical 2"));
    QCOMPARE(m_document->workspace().verticals.at(2).id, first);
    QCOMPARE(inserted.count(), 2);

    Commands::removeVertical(m_document.get(), m_finance);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_document->workspace().indexOfVertical(m_finance), -1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().indexOfVertical(m_finance), 1);
    QCOMPARE(m_document->workspace().verticals.at(1), oneVertical().verticals.at(0));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(m_document->workspace() == oneVertical());
    m_document->undoStack()->redo();
    QCOMPARE(m_document->workspace().verticals.size(), 2);
}

void TestCommands::replaceWorkspace()
{
    QSignalSpy reset(m_document.get(), &WorkspaceDocument::workspaceReset);
    Workspace other;
    other.product.name = QStringLiteral("Other");
    Commands::replaceWorkspace(m_document.get(), other, QStringLiteral("Import"));
    QCOMPARE(m_document->workspace().product.name, QStringLiteral("Other"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Import"));
    m_document->undoStack()->undo();
    QVERIFY(m_document->workspace() == oneVertical());
    QCOMPARE(reset.count(), 2);
}

void TestCommands::modifiedFollowsTheCleanState()
{
    QSignalSpy modified(m_document.get(), &WorkspaceDocument::modifiedChanged);
    QVERIFY(!m_document->isModified());
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 1, &error));
    QVERIFY(m_document->isModified());
    m_document->undoStack()->undo();
    QVERIFY(!m_document->isModified());
    QVERIFY(modified.count() >= 2);
    QCOMPARE(modified.constLast().at(0).toBool(), false);

    m_document->reset(oneVertical(), QString(), true); // e.g. the sample, never saved
    QVERIFY(m_document->isModified());
}

void TestCommands::saveMarksClean()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_finance, enthusiasm, 1, &error));
    const QString path = dir.filePath(QStringLiteral("a.gtmw"));
    QVERIFY(m_document->saveAs(path, &error));
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->fileName(), path);
    m_document->undoStack()->undo(); // back past the save point: modified again
    QVERIFY(m_document->isModified());

    // A second document on the same file: the first holds its lock, so writing is refused at
    // once, naming the holder (this process); read-only opens, and refuses Save.
    WorkspaceDocument reopened;
    bool locked = false;
    QVERIFY(!reopened.load(path, &error, WorkspaceDocument::OpenMode::Write, &locked));
    QVERIFY(locked);
    QVERIFY2(error.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(error));
    QVERIFY(reopened.load(path, &error, WorkspaceDocument::OpenMode::ReadOnly));
    QVERIFY(reopened.isReadOnly());
    QCOMPARE(reopened.workspace().verticals.at(0).value(enthusiasm), 1.0);
    QVERIFY(!reopened.isModified());
    QVERIFY(!reopened.save(&error));
    QVERIFY(error.contains(QLatin1String("read-only")));
    // Once the first lets go, the second may write.
    m_document->reset(Workspace(), QString(), false);
    QVERIFY2(reopened.load(path, &error), qPrintable(error));
    QVERIFY(!reopened.isReadOnly());
    QVERIFY2(reopened.save(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
