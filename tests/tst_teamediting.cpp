#include "postgrestestserver.h"
#include "testworkspaces.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "storage/postgresworkspacestore.h"
#include "storage/sqlconnection.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Gtm;
using Side = WorkspaceMerge::Side;

namespace {
ServerLocation at(const QString &where)
{
    QString error;
    const std::optional<ServerLocation> location = ServerLocation::parse(where, &error);
    if (!location)
        qFatal("%s: %s", qPrintable(where), qPrintable(error));
    return *location;
}
} // namespace

/**
 * Several people editing one workspace on the tests' PostgreSQL server, each through a store of
 * their own (a session of their own), as their windows do: edits to different records or fields
 * merge, the same field edited twice is one conflict and nothing is lost, concurrent writers
 * lose no update, colleagues hear of a commit, and a server that stops in the middle of a commit
 * leaves the stored workspace as it was.
 */
class TestTeamEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void differentVerticalsBothSucceed();
    void differentFieldsOfOneVerticalBothSucceed();
    void sameFieldIsOneConflictAndNothingIsLost();
    void auditSaysWhoChangedWhat();
    void readersMayNotCommit();
    void colleaguesAreNotified();
    void twoWritersLoseNoUpdate();
    void serverStoppedMidCommitChangesNothing();
    void windowsShowColleaguesEditsLive();
    void windowsConflictKeepsBothUntilChosen();
    void undoOfAnEditAColleagueChangedIsAConflict();
    void colleagueAddingAVerticalDropsUndoSteps();
    void windowKeepsEditsWhileTheServerIsAway();

private:
    QString location(const QString &name, const QString &role = QStringLiteral("gtm_owner"),
                     int port = 0, const QString &host = {}) const;
    /** A store that has read the workspace, as a window that opened it. */
    std::unique_ptr<PostgresWorkspaceStore> opened(const QString &where, Workspace *workspace);

    PostgresTestServer m_server;
    QString m_suffix;
};

void TestTeamEditing::initTestCase()
{
    QVERIFY2(m_server.read(),
             "GTM_TEST_POSTGRES names no cluster state file: the postgres_start fixture failed");
    m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
}

QString TestTeamEditing::location(const QString &name, const QString &role, int port,
                                  const QString &host) const
{
    ServerLocation l;
    l.user = role;
    l.host = host.isEmpty() ? m_server.host : host;
    l.port = port ? port : m_server.port;
    l.database = m_server.database;
    l.workspace = name + QLatin1Char(' ') + m_suffix;
    return l.toString();
}

std::unique_ptr<PostgresWorkspaceStore> TestTeamEditing::opened(const QString &where,
                                                                Workspace *workspace)
{
    auto store = std::make_unique<PostgresWorkspaceStore>(at(where));
    QString error;
    if (!store->load(*workspace, &error))
        qWarning("cannot open %s: %s", qPrintable(where), qPrintable(error));
    return store;
}

void TestTeamEditing::differentVerticalsBothSucceed()
{
    const QString where = location(QStringLiteral("different verticals"));
    QString error;
    QVERIFY2(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error),
             qPrintable(error));
    Workspace anna, ben;
    auto annas = opened(where, &anna);
    auto bens = opened(where, &ben);

    anna.verticals[0].description = QStringLiteral("Anna's note");
    ben.verticals[1].description = QStringLiteral("Ben's note");
    TeamCommit first, second;
    QVERIFY2(annas->commit(anna, {}, &first, &error), qPrintable(error));
    QVERIFY(first.written);
    QVERIFY(first.colleagues.isEmpty());
    QVERIFY2(bens->commit(ben, {}, &second, &error), qPrintable(error));
    QVERIFY(second.written);
    QVERIFY(second.conflicts.isEmpty());
    // Ben hears what Anna changed, and his commit carried it along.
    QCOMPARE(second.colleagues.size(), 1);
    QCOMPARE(second.colleagues.first().after, QStringLiteral("Anna's note"));
    QCOMPARE(second.revision, first.revision + 1);

    Workspace stored;
    QVERIFY(WorkspaceStore::open(where)->load(stored, &error));
    QCOMPARE(stored.verticals[0].description, QStringLiteral("Anna's note"));
    QCOMPARE(stored.verticals[1].description, QStringLiteral("Ben's note"));
    QCOMPARE(stored, second.stored);
}

void TestTeamEditing::differentFieldsOfOneVerticalBothSucceed()
{
    const QString where = location(QStringLiteral("different fields"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    Workspace anna, ben;
    auto annas = opened(where, &anna);
    auto bens = opened(where, &ben);
    const QString enthusiasm = QString::fromLatin1(IndicatorId::AiEnthusiasm);
    anna.verticals[2].name = QStringLiteral("Renamed by Anna");
    ben.verticals[2].values[enthusiasm] = {4.5, QStringLiteral("Ben's interview")};
    TeamCommit outcome;
    QVERIFY(annas->commit(anna, {}, &outcome, &error) && outcome.written);
    QVERIFY(bens->commit(ben, {}, &outcome, &error) && outcome.written);
    Workspace stored;
    QVERIFY(WorkspaceStore::open(where)->load(stored, &error));
    QCOMPARE(stored.verticals[2].name, QStringLiteral("Renamed by Anna"));
    QCOMPARE(stored.verticals[2].values.value(enthusiasm).value, 4.5);
    QCOMPARE(stored.verticals[2].values.value(enthusiasm).source,
             QStringLiteral("Ben's interview"));
}

void TestTeamEditing::sameFieldIsOneConflictAndNothingIsLost()
{
    const QString where = location(QStringLiteral("same field"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    Workspace anna, ben;
    auto annas = opened(where, &anna);
    auto bens = opened(where, &ben);
    anna.product.pitch = QStringLiteral("Anna's pitch");
    ben.product.pitch = QStringLiteral("Ben's pitch");
    ben.verticals[3].description = QStringLiteral("Ben's other edit");
    TeamCommit outcome;
    QVERIFY(annas->commit(anna, {}, &outcome, &error) && outcome.written);
    const qint64 annasRevision = outcome.revision;

    // Ben's commit writes nothing: one conflict, both versions shown.
    QVERIFY2(bens->commit(ben, {}, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.written);
    QCOMPARE(outcome.conflicts.size(), 1);
    QCOMPARE(outcome.conflicts.first().mine, QStringLiteral("Ben's pitch"));
    QCOMPARE(outcome.conflicts.first().theirs, QStringLiteral("Anna's pitch"));
    Workspace stored;
    QVERIFY(WorkspaceStore::open(where)->load(stored, &error));
    QCOMPARE(stored.product.pitch, QStringLiteral("Anna's pitch"));
    QCOMPARE(stored.verticals[3].description,
             TestWorkspaces::fourVerticals().verticals[3].description);
    QCOMPARE(QString::fromLatin1(WorkspaceStore::open(where)->revision()),
             QString::number(annasRevision));

    // Ben keeps his: both his edits are written, Anna's pitch is in the audit.
    const QString key = outcome.conflicts.first().key;
    QVERIFY2(bens->commit(ben, {{key, Side::Mine}}, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.written);
    QVERIFY(WorkspaceStore::open(where)->load(stored, &error));
    QCOMPARE(stored.product.pitch, QStringLiteral("Ben's pitch"));
    QCOMPARE(stored.verticals[3].description, QStringLiteral("Ben's other edit"));
    QList<AuditEntry> audit;
    QVERIFY(bens->history(&audit, 10, &error));
    QStringList pitches;
    for (const AuditEntry &entry : qAsConst(audit)) {
        if (entry.where.contains(QLatin1String("Pitch")))
            pitches << entry.after;
    }
    QCOMPARE(pitches,
             (QStringList {QStringLiteral("Ben's pitch"), QStringLiteral("Anna's pitch")}));
}

void TestTeamEditing::auditSaysWhoChangedWhat()
{
    const QString where = location(QStringLiteral("audit"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    Workspace w;
    auto store = opened(where, &w);
    const QString before = w.verticals[0].name;
    w.verticals[0].name = QStringLiteral("Banking \"core\" \\ systems, {EU}");
    TeamCommit outcome;
    QVERIFY(store->commit(w, {}, &outcome, &error) && outcome.written);
    QList<AuditEntry> audit;
    QVERIFY2(store->history(&audit, 10, &error), qPrintable(error));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().user, QStringLiteral("gtm_owner"));
    QCOMPARE(audit.first().revision, outcome.revision);
    QCOMPARE(audit.first().before, before);
    // Quotes, backslashes, commas and braces survive the array the audit is written through.
    QCOMPARE(audit.first().after, QStringLiteral("Banking \"core\" \\ systems, {EU}"));
    QVERIFY(audit.first().at.isValid());
    QVERIFY(qAbs(audit.first().at.secsTo(QDateTime::currentDateTime())) < 600);
}

void TestTeamEditing::readersMayNotCommit()
{
    const QString where = location(QStringLiteral("readers"));
    QString error;
    auto owner = WorkspaceStore::open(where);
    QVERIFY(owner->save(TestWorkspaces::fourVerticals(), &error));
    const ServerLocation l = at(where);
    const auto admin = PostgresTestServer::session(l.host, l.port, l.database,
                                                   QStringLiteral("gtm_owner"), &error);
    QVERIFY2(admin, qPrintable(error));
    {
        QSqlQuery grant(admin->database());
        const QString schema = QLatin1Char('"') + l.workspace + QLatin1Char('"');
        QVERIFY(grant.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO gtm_reader").arg(schema)));
        QVERIFY(grant.exec(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO gtm_reader").arg(schema)));
    }
    Workspace w;
    auto reader = opened(location(QStringLiteral("readers"), QStringLiteral("gtm_reader")), &w);
    QCOMPARE(w, TestWorkspaces::fourVerticals());
    QVERIFY(!reader->mayWrite());
    QVERIFY(static_cast<PostgresWorkspaceStore *>(owner.get())->mayWrite());
    w.product.name = QStringLiteral("Not allowed");
    TeamCommit outcome;
    QVERIFY(!reader->commit(w, {}, &outcome, &error));
    QVERIFY2(error.contains(QLatin1String("you may not change this workspace")), qPrintable(error));
    Workspace stored;
    QVERIFY(owner->load(stored, &error));
    QCOMPARE(stored, TestWorkspaces::fourVerticals());
}

void TestTeamEditing::colleaguesAreNotified()
{
    const QString where = location(QStringLiteral("notified"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    Workspace anna, ben;
    auto annas = opened(where, &anna);
    auto bens = opened(where, &ben);
    QVERIFY2(bens->listen(&error), qPrintable(error));
    QSignalSpy heard(bens->notifier(), &QSqlDriver::notification);
    anna.verticals[0].description = QStringLiteral("Live");
    TeamCommit outcome;
    QVERIFY(annas->commit(anna, {}, &outcome, &error) && outcome.written);
    QVERIFY(heard.wait(10000));
    QCOMPARE(heard.first().at(0).toString(), bens->channel());
    QCOMPARE(heard.first().at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    // Ids only: the payload is the revision, never content.
    QCOMPARE(heard.first().at(2).toString(), QString::number(outcome.revision));
    Workspace stored;
    bool changed = false;
    QVERIFY(bens->pull(&stored, &changed, &error));
    QVERIFY(changed);
    QCOMPARE(stored.verticals[0].description, QStringLiteral("Live"));
    QCOMPARE(bens->baseRevision(), outcome.revision);
    QVERIFY(bens->pull(&stored, &changed, &error));
    QVERIFY(!changed);
}

void TestTeamEditing::twoWritersLoseNoUpdate()
{
    // Two writers, each in a thread and session of its own, commit 1,000 edits each to one
    // vertical each, as fast as they can. A lost update would show as a writer's own value
    // going back (the other overwrote it with what it had read), or as a final value or audit
    // count short of 1,000.
    const QString where = location(QStringLiteral("two writers"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    constexpr int Edits = 1000;
    std::atomic<int> failures {0};
    std::atomic<int> conflicts {0};
    const auto writer = [&](int vertical) {
        Workspace w;
        PostgresWorkspaceStore store(at(where));
        QString message;
        if (!store.load(w, &message)) {
            ++failures;
            return;
        }
        int otherSeen = -1;
        for (int i = 1; i <= Edits; ++i) {
            w.verticals[vertical].description = QString::number(i);
            TeamCommit outcome;
            if (!store.commit(w, {}, &outcome, &message) || !outcome.written) {
                ++failures;
                conflicts += int(outcome.conflicts.size());
                return;
            }
            w = outcome.stored;
            if (w.verticals[vertical].description != QString::number(i))
                ++failures;
            const QString other = w.verticals[1 - vertical].description;
            const int seen = other.toInt();
            if (other.toInt() < otherSeen) // the other writer's value went back: lost
                ++failures;
            otherSeen = std::max(otherSeen, seen);
        }
    };
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QThread> first(QThread::create(writer, 0));
    std::unique_ptr<QThread> second(QThread::create(writer, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(240000));
    QVERIFY(second->wait(240000));
    qInfo("2 writers x %d edits in %lld ms", Edits, clock.elapsed());
    QCOMPARE(conflicts.load(), 0);
    QCOMPARE(failures.load(), 0);
    Workspace stored;
    auto reader = std::make_unique<PostgresWorkspaceStore>(at(where));
    QVERIFY(reader->load(stored, &error));
    QCOMPARE(stored.verticals[0].description, QString::number(Edits));
    QCOMPARE(stored.verticals[1].description, QString::number(Edits));
    QCOMPARE(QString::fromLatin1(reader->revision()), QString::number(1 + 2 * Edits));
    QList<AuditEntry> audit;
    QVERIFY(reader->history(&audit, 5 * Edits, &error));
    QCOMPARE(audit.size(), 2 * Edits);
}

void TestTeamEditing::serverStoppedMidCommitChangesNothing()
{
    // A server of this test's own (the others' keeps running), stopped at once while a commit
    // is inside its transaction: a trigger holds the commit there until the server goes.
    QTemporaryDir folder;
    const QString state = folder.filePath(QStringLiteral("cluster"));
    const auto cluster = [](const QStringList &arguments) {
        return PostgresTestServer::cluster(QStringLiteral(GTM_CLUSTER_SCRIPT), arguments);
    };
    QVERIFY(cluster({QStringLiteral("start"), state, QString::number(m_server.port + 1)}));
    const auto stopCluster = qScopeGuard([&] { cluster({QStringLiteral("stop"), state}); });
    PostgresTestServer own;
    QVERIFY(own.read(state));
    const QString where
        = location(QStringLiteral("crash"), QStringLiteral("gtm_owner"), own.port, own.host);
    QString error;
    QVERIFY2(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error),
             qPrintable(error));

    const ServerLocation l = at(where);
    const QString schema = QLatin1Char('"') + l.workspace + QLatin1Char('"');
    {
        const auto admin = PostgresTestServer::session(l.host, l.port, l.database,
                                                       QStringLiteral("gtm_owner"), &error);
        QVERIFY2(admin, qPrintable(error));
        QSqlQuery query(admin->database());
        QVERIFY(query.exec(QStringLiteral("CREATE FUNCTION %1.hold() RETURNS trigger"
                                          " LANGUAGE plpgsql AS $$ BEGIN"
                                          " PERFORM pg_sleep(120); RETURN NEW; END $$")
                               .arg(schema)));
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER hold BEFORE UPDATE ON %1.gtm_revision"
                                          " FOR EACH ROW EXECUTE FUNCTION %1.hold()")
                               .arg(schema)));
    }

    // The committing window's store lives in a thread of its own (a connection belongs to the
    // thread that made it): it commits, fails, waits for the server to be back, commits again.
    Workspace edited;
    std::atomic<bool> committed {true};
    bool committedAgain = false;
    QString commitError, againError;
    QSemaphore serverBack;
    std::unique_ptr<QThread> committing(QThread::create([&] {
        PostgresWorkspaceStore store(at(where));
        Workspace w;
        if (!store.load(w, &commitError))
            return;
        edited = w;
        edited.verticals[0].description = QStringLiteral("Written when the server stopped");
        TeamCommit outcome;
        committed = store.commit(edited, {}, &outcome, &commitError);
        serverBack.acquire();
        committedAgain = store.commit(edited, {}, &outcome, &againError) && outcome.written;
    }));
    committing->start();
    const auto release = qScopeGuard([&] {
        if (committing->isRunning()) {
            serverBack.release();
            committing->wait(60000);
        }
    });
    {
        // Wait until the commit is inside the trigger (the server says so), then stop it.
        const auto watch = PostgresTestServer::session(l.host, l.port, l.database,
                                                       QStringLiteral("gtm_owner"), &error);
        QVERIFY2(watch, qPrintable(error));
        QSqlQuery query(watch->database());
        bool inside = false;
        QElapsedTimer waited;
        waited.start();
        while (!inside && waited.elapsed() < 60000) {
            QVERIFY(query.exec(QStringLiteral(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")));
            inside = query.next() && query.value(0).toInt() == 1;
        }
        QVERIFY(inside);
    }
    QVERIFY(cluster({QStringLiteral("crash"), state}));
    QTRY_VERIFY_WITH_TIMEOUT(!committed.load(), 60000);
    qInfo("the commit said: %s", qPrintable(commitError));
    QVERIFY2(commitError.startsWith(QLatin1String("cannot save (")), qPrintable(commitError));
    QVERIFY2(commitError.endsWith(QLatin1String("the workspace on the server is unchanged")),
             qPrintable(commitError));
    QCOMPARE(edited.verticals[0].description, QStringLiteral("Written when the server stopped"));

    // Back up: the stored workspace is the one before the commit, and the same store commits
    // the edit once the server is there again (it reconnects).
    QVERIFY(cluster({QStringLiteral("restart"), state}));
    Workspace stored;
    QVERIFY2(WorkspaceStore::open(where)->load(stored, &error), qPrintable(error));
    QCOMPARE(stored, TestWorkspaces::fourVerticals());
    {
        const auto admin = PostgresTestServer::session(l.host, l.port, l.database,
                                                       QStringLiteral("gtm_owner"), &error);
        QVERIFY2(admin, qPrintable(error));
        QSqlQuery query(admin->database());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER hold ON %1.gtm_revision").arg(schema)));
    }
    serverBack.release();
    QVERIFY(committing->wait(60000));
    QVERIFY2(committedAgain, qPrintable(againError));
    QVERIFY(WorkspaceStore::open(where)->load(stored, &error));
    QCOMPARE(stored.verticals[0].description, QStringLiteral("Written when the server stopped"));
}

namespace {

/** A window's document on a server workspace, as File ▸ Open gives it. */
std::unique_ptr<WorkspaceDocument> openDocument(const QString &where)
{
    auto document = std::make_unique<WorkspaceDocument>();
    QString error;
    if (!document->load(where, &error))
        qWarning("cannot open %s: %s", qPrintable(where), qPrintable(error));
    return document;
}

const FieldRef description(int row)
{
    return {Record::Vertical, 0, row, VerticalField::Description};
}

} // namespace

void TestTeamEditing::windowsShowColleaguesEditsLive()
{
    const QString where = location(QStringLiteral("live"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    auto anna = openDocument(where);
    auto ben = openDocument(where);
    QVERIFY(anna->isShared() && !anna->isReadOnly());
    QSignalSpy committed(anna.get(), &WorkspaceDocument::committed);
    QSignalSpy heard(ben.get(), &WorkspaceDocument::colleaguesChanged);
    QSignalSpy fieldChanged(ben.get(), &WorkspaceDocument::fieldChanged);
    QSignalSpy reset(ben.get(), &WorkspaceDocument::workspaceReset);

    // Anna types; a moment later her edit is committed without her saving.
    QVERIFY(
        Commands::setField(anna.get(), description(1), QStringLiteral("Typed by Anna"), &error));
    QVERIFY(anna->isModified());
    QVERIFY(committed.wait(10000));
    QVERIFY(!anna->isModified());
    // Ben's window shows it, that field alone: his editors keep their place.
    QVERIFY(heard.count() > 0 || heard.wait(10000));
    QCOMPARE(ben->workspace().verticals[1].description, QStringLiteral("Typed by Anna"));
    QCOMPARE(fieldChanged.count(), 1);
    QCOMPARE(fieldChanged.first().first().value<FieldRef>(), description(1));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(heard.first().first().value<QList<FieldChange>>().size(), 1);
    QVERIFY(!ben->isModified());
}

void TestTeamEditing::windowsConflictKeepsBothUntilChosen()
{
    const QString where = location(QStringLiteral("window conflict"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    auto anna = openDocument(where);
    auto ben = openDocument(where);
    anna->setCommitEachEdit(false); // both commit when told, so that both edits meet
    ben->setCommitEachEdit(false);
    QVERIFY(Commands::setField(anna.get(), description(0), QStringLiteral("Anna's"), &error));
    QVERIFY(Commands::setField(ben.get(), description(0), QStringLiteral("Ben's"), &error));
    QCOMPARE(anna->commit(&error), WorkspaceDocument::CommitResult::Written);
    QSignalSpy conflicts(ben.get(), &WorkspaceDocument::conflictsFound);
    QCOMPARE(ben->commit(&error), WorkspaceDocument::CommitResult::Conflicts);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(ben->pendingConflicts().size(), 1);
    // Nothing lost: Ben still sees his, the server holds Anna's, and Ben's edit is unsaved.
    QCOMPARE(ben->workspace().verticals[0].description, QStringLiteral("Ben's"));
    QVERIFY(ben->isModified());
    const MergeConflict conflict = ben->pendingConflicts().first();
    QCOMPARE(conflict.mine, QStringLiteral("Ben's"));
    QCOMPARE(conflict.theirs, QStringLiteral("Anna's"));
    // Ben chooses Anna's: his window shows it, and there is nothing left to commit.
    QCOMPARE(ben->commit(&error, {{conflict.key, Side::Theirs}}),
             WorkspaceDocument::CommitResult::Written);
    QCOMPARE(ben->workspace().verticals[0].description, QStringLiteral("Anna's"));
    QVERIFY(ben->pendingConflicts().isEmpty());
    QVERIFY(!ben->isModified());
}

void TestTeamEditing::undoOfAnEditAColleagueChangedIsAConflict()
{
    const QString where = location(QStringLiteral("undo conflict"));
    QString error;
    Workspace start = TestWorkspaces::fourVerticals();
    const QString original = QStringLiteral("As it was");
    start.verticals[2].description = original;
    QVERIFY(WorkspaceStore::open(where)->save(start, &error));
    auto anna = openDocument(where);
    auto ben = openDocument(where);
    QVERIFY(Commands::setField(anna.get(), description(2), QStringLiteral("Anna's"), &error));
    QCOMPARE(anna->commit(&error), WorkspaceDocument::CommitResult::Written);
    QVERIFY(ben->pull(&error));
    QVERIFY(Commands::setField(ben.get(), description(2), QStringLiteral("Ben's"), &error));
    QCOMPARE(ben->commit(&error), WorkspaceDocument::CommitResult::Written);
    QVERIFY(anna->pull(&error));
    QCOMPARE(anna->workspace().verticals[2].description, QStringLiteral("Ben's"));

    // Anna undoes her edit: it would silently drop Ben's, so it is a conflict instead.
    QSignalSpy conflict(anna.get(), &WorkspaceDocument::historyConflict);
    anna->undoStack()->undo();
    QCOMPARE(conflict.count(), 1);
    const MergeConflict c = conflict.first().first().value<MergeConflict>();
    QCOMPARE(c.mine, original);
    QCOMPARE(c.theirs, QStringLiteral("Ben's"));
    QCOMPARE(anna->workspace().verticals[2].description, QStringLiteral("Ben's"));
    // She chooses hers: a new edit, committed like any other.
    anna->restoreAfterConflict(c.key);
    QCOMPARE(anna->workspace().verticals[2].description, original);
    QCOMPARE(anna->commit(&error), WorkspaceDocument::CommitResult::Written);
    Workspace stored;
    QVERIFY(WorkspaceStore::open(where)->load(stored, &error));
    QCOMPARE(stored.verticals[2].description, original);
}

void TestTeamEditing::colleagueAddingAVerticalDropsUndoSteps()
{
    const QString where = location(QStringLiteral("structure"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    auto anna = openDocument(where);
    auto ben = openDocument(where);
    QVERIFY(Commands::setField(ben.get(), description(3), QStringLiteral("Ben's"), &error));
    QCOMPARE(ben->commit(&error), WorkspaceDocument::CommitResult::Written);
    QCOMPARE(ben->undoStack()->count(), 1);
    Commands::addVertical(anna.get(), 0); // before every other: every row moves
    QCOMPARE(anna->commit(&error), WorkspaceDocument::CommitResult::Written);
    QSignalSpy dropped(ben.get(), &WorkspaceDocument::undoHistoryDropped);
    QVERIFY(ben->pull(&error));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(ben->undoStack()->count(), 0);
    QCOMPARE(ben->workspace().verticals.size(), 5);
    QCOMPARE(ben->workspace().verticals[4].description, QStringLiteral("Ben's"));
}

void TestTeamEditing::windowKeepsEditsWhileTheServerIsAway()
{
    QTemporaryDir folder;
    const QString state = folder.filePath(QStringLiteral("cluster"));
    const auto cluster = [](const QStringList &arguments) {
        return PostgresTestServer::cluster(QStringLiteral(GTM_CLUSTER_SCRIPT), arguments);
    };
    QVERIFY(cluster({QStringLiteral("start"), state, QString::number(m_server.port + 1)}));
    const auto stopCluster = qScopeGuard([&] { cluster({QStringLiteral("stop"), state}); });
    PostgresTestServer own;
    QVERIFY(own.read(state));
    const QString where
        = location(QStringLiteral("away"), QStringLiteral("gtm_owner"), own.port, own.host);
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    auto window = openDocument(where);
    QVERIFY(cluster({QStringLiteral("crash"), state}));

    QSignalSpy failed(window.get(), &WorkspaceDocument::commitFailed);
    QVERIFY(Commands::setField(window.get(), description(0), QStringLiteral("Kept"), &error));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().startsWith(QLatin1String("cannot ")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(window->isModified());
    QCOMPARE(window->workspace().verticals[0].description, QStringLiteral("Kept"));

    // Back: the next try writes the edit.
    QVERIFY(cluster({QStringLiteral("restart"), state}));
    QCOMPARE(window->commit(&error), WorkspaceDocument::CommitResult::Written);
    QVERIFY(!window->isModified());
    Workspace stored;
    QVERIFY(WorkspaceStore::open(where)->load(stored, &error));
    QCOMPARE(stored.verticals[0].description, QStringLiteral("Kept"));

    // And it follows colleagues again, on the session it opened when the server came back.
    Workspace colleague;
    auto colleagues = opened(where, &colleague);
    colleague.verticals[1].description = QStringLiteral("From a colleague");
    TeamCommit outcome;
    QSignalSpy heard(window.get(), &WorkspaceDocument::colleaguesChanged);
    QVERIFY(colleagues->commit(colleague, {}, &outcome, &error) && outcome.written);
    QVERIFY(heard.wait(10000));
    QCOMPARE(window->workspace().verticals[1].description, QStringLiteral("From a colleague"));
}

QTEST_GUILESS_MAIN(TestTeamEditing)
#include "tst_teamediting.moc"
