#include "testworkspaces.h"

#include "commands/workspacecommands.h"
#include "document/autosave.h"
#include "document/workspacedocument.h"
#include "storage/sqliteworkspacestore.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

/**
 * Unsaved edits written aside for recovery: what is written is the workspace as it is; saving,
 * discarding or turning autosave off removes it; a session that ended without cleaning up
 * leaves files the next start finds, with where they belong and what they rest on.
 */
class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesTheUnsavedWorkspace();
    void savingOrUndoingToSavedRemovesIt();
    void offWritesNothing();
    void anEndedSessionLeavesAnOrphan();
    void documentDestroyedFirst();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_path;
    std::unique_ptr<WorkspaceDocument> m_document;
    VerticalId m_alpha = 0;
    const QString m_enthusiasm = QStringLiteral("context.ai_enthusiasm");
};

void TestAutosave::init()
{
    m_document.reset(); // lets go of the last test's workspace before its folder goes
    m_dir = std::make_unique<QTemporaryDir>();
    m_folder = m_dir->filePath(QStringLiteral("recovery"));
    m_path = m_dir->filePath(QStringLiteral("w.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(m_path).save(TestWorkspaces::fourVerticals(), &error));
    m_document = std::make_unique<WorkspaceDocument>();
    QVERIFY2(m_document->load(m_path, &error), qPrintable(error));
    m_alpha = m_document->workspace().verticals.at(0).id;
}

void TestAutosave::writesTheUnsavedWorkspace()
{
    Autosave autosave(m_document.get(), m_folder);
    QString error;
    autosave.writeNow(); // nothing unsaved yet: nothing written
    QVERIFY(autosave.waitForWrite());
    QVERIFY(!QFileInfo::exists(autosave.recoveryFile()));
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_alpha, m_enthusiasm, 1, &error));
    QSignalSpy written(&autosave, &Autosave::written);
    autosave.writeNow();
    QVERIFY(autosave.waitForWrite());
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.at(0).at(0).toString(), QString());
    Workspace stored;
    QVERIFY2(SqliteWorkspaceStore(autosave.recoveryFile()).load(stored, &error), qPrintable(error));
    QCOMPARE(stored, m_document->workspace());
    QCOMPARE(stored.verticals.at(0).value(m_enthusiasm), 1.0);
    // Nothing new since: no second write.
    autosave.writeNow();
    QVERIFY(autosave.waitForWrite());
    QCOMPARE(autosave.writes(), 1);
    // The user's workspace file is not touched by any of it.
    QVERIFY2(SqliteWorkspaceStore(m_path).load(stored, &error), qPrintable(error));
    QCOMPARE(stored.verticals.at(0).value(m_enthusiasm), 4.0);
}

void TestAutosave::savingOrUndoingToSavedRemovesIt()
{
    Autosave autosave(m_document.get(), m_folder);
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_alpha, m_enthusiasm, 1, &error));
    autosave.writeNow();
    QVERIFY(autosave.waitForWrite());
    QVERIFY(QFileInfo::exists(autosave.recoveryFile()));
    m_document->undoStack()->undo(); // back to what is saved
    QVERIFY(!QFileInfo::exists(autosave.recoveryFile()));
    m_document->undoStack()->redo();
    autosave.writeNow();
    QVERIFY(autosave.waitForWrite());
    QVERIFY(QFileInfo::exists(autosave.recoveryFile()));
    QVERIFY2(m_document->save(&error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(autosave.recoveryFile()));
    QVERIFY(QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
}

void TestAutosave::offWritesNothing()
{
    Autosave autosave(m_document.get(), m_folder);
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_alpha, m_enthusiasm, 1, &error));
    autosave.writeNow();
    QVERIFY(autosave.waitForWrite());
    QVERIFY(QFileInfo::exists(autosave.recoveryFile()));
    autosave.setInterval(0); // off: what was written goes, nothing more is
    QVERIFY(!QFileInfo::exists(autosave.recoveryFile()));
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_alpha, m_enthusiasm, 2, &error));
    autosave.writeNow();
    QVERIFY(autosave.waitForWrite());
    QVERIFY(!QFileInfo::exists(autosave.recoveryFile()));
}

void TestAutosave::anEndedSessionLeavesAnOrphan()
{
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), m_alpha, m_enthusiasm, 1, &error));
    const QByteArray base = m_document->baseRevision();
    QVERIFY(!base.isEmpty());
    {
        Autosave autosave(m_document.get(), m_folder);
        autosave.writeNow();
        QVERIFY(autosave.waitForWrite());
        // While the session lives, its files are its own, not an orphan.
        QVERIFY(Autosave::orphans(m_folder).isEmpty());
    } // ended with the edit unsaved, as when the window is gone without closing
    const QList<Autosave::Entry> orphans = Autosave::orphans(m_folder);
    QCOMPARE(orphans.size(), 1);
    const Autosave::Entry &entry = orphans.first();
    QCOMPARE(QFileInfo(entry.location).canonicalFilePath(), QFileInfo(m_path).canonicalFilePath());
    QCOMPARE(entry.baseRevision, base);
    QCOMPARE(entry.verticals, 4);
    QVERIFY(entry.written.isValid());
    Workspace recovered;
    QVERIFY2(Autosave::read(entry, &recovered, &error), qPrintable(error));
    QCOMPARE(recovered, m_document->workspace());

    // Restored into a document: unsaved, on the workspace's file, resting on the base revision.
    WorkspaceDocument restored;
    m_document.reset(); // the first window is gone, and with it its lock
    restored.restore(recovered, entry.location, entry.baseRevision);
    QVERIFY(restored.isModified());
    QVERIFY(!restored.isReadOnly());
    QVERIFY(!restored.changedOnDisk());
    QVERIFY2(restored.save(&error), qPrintable(error));
    Workspace stored;
    QVERIFY(SqliteWorkspaceStore(m_path).load(stored, &error));
    QCOMPARE(stored.verticals.at(0).value(m_enthusiasm), 1.0);
    Autosave::remove(entry, m_folder);
    QVERIFY(Autosave::orphans(m_folder).isEmpty());
    QVERIFY(QDir(m_folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestAutosave::documentDestroyedFirst()
{
    // As in the window: the document and the autosave are children of one owner, the document
    // made (and so deleted) first. The autosave must still know whether edits were unsaved
    // (it read the deleted document before; the sanitized suite caught it).
    m_document.reset(); // its lock would keep the others out
    QString error;
    {
        QObject owner;
        auto *document = new WorkspaceDocument(&owner);
        QVERIFY2(document->load(m_path, &error), qPrintable(error));
        auto *autosave = new Autosave(document, m_folder, &owner);
        QVERIFY(Commands::setIndicatorValue(document, m_alpha, m_enthusiasm, 2, &error));
        autosave->writeNow();
        QVERIFY(autosave->waitForWrite());
    } // unsaved: the recovery data stays
    QCOMPARE(Autosave::orphans(m_folder).size(), 1);
    Autosave::remove(Autosave::orphans(m_folder).constFirst(), m_folder);
    {
        QObject owner;
        auto *document = new WorkspaceDocument(&owner);
        QVERIFY2(document->load(m_path, &error), qPrintable(error));
        auto *autosave = new Autosave(document, m_folder, &owner);
        QVERIFY(Commands::setIndicatorValue(document, m_alpha, m_enthusiasm, 3, &error));
        autosave->writeNow();
        QVERIFY(autosave->waitForWrite());
        document->undoStack()->undo(); // back to what is saved
    } // nothing unsaved: nothing stays
    QVERIFY(Autosave::orphans(m_folder).isEmpty());
    QVERIFY(QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
