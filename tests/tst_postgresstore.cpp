#include "postgrestestserver.h"
#include "runworkbench.h"
#include "testworkspaces.h"

#include "storage/postgresworkspacestore.h"
#include "storage/sqlconnection.h"
#include "storage/sqliteworkspacestore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

/**
 * Workspaces on the tests' PostgreSQL server (the postgres_start fixture): every field
 * round-trips, a copy to the server and back is the same workspace, rights are the server's,
 * one writer at a time, and every save is a new revision. Each test works in workspaces of its
 * own (random names), as roles that are not superusers.
 */
class TestPostgresStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFieldRoundTrips();
    void copyToTheServerAndBackIsTheSameWorkspace();
    void rightsAreTheServers();
    void oneWriterAtATime();
    void everySaveIsANewRevision();
    void listShowsWhatTheUserMayRead();
    void olderLayoutIsBroughtUpToDateByItsOwner();
    void newerLayoutIsRefused();

private:
    /** A location in the test database, as `role`, of a workspace named `name` (+ a suffix). */
    QString location(const QString &role, const QString &name = {}) const;
    QString fresh(const QString &stem) const;

    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_suffix;
};

void TestPostgresStore::initTestCase()
{
    PostgresTestServer server;
    QVERIFY2(server.read(),
             "GTM_TEST_POSTGRES names no cluster state file: the postgres_start fixture failed");
    m_host = server.host;
    m_port = server.port;
    m_database = server.database;
    m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
}

QString TestPostgresStore::location(const QString &role, const QString &name) const
{
    ServerLocation l;
    l.user = role;
    l.host = m_host;
    l.port = m_port;
    l.database = m_database;
    l.workspace = name;
    return l.toString();
}

QString TestPostgresStore::fresh(const QString &stem) const
{
    return stem + QLatin1Char(' ') + m_suffix;
}

void TestPostgresStore::everyFieldRoundTrips()
{
    // Every field of every record, custom indicators, a model and scenarios: what is saved is
    // what is read, field for field (Workspace's operator== compares them all).
    const Workspace original = TestWorkspaces::everyField();
    const auto store = WorkspaceStore::open(
        location(QStringLiteral("gtm_owner"), fresh(QStringLiteral("every field"))));
    QVERIFY(!store->exists());
    QString error;
    QVERIFY2(store->save(original, &error), qPrintable(error));
    QVERIFY(store->exists());
    QCOMPARE(store->formatVersion(&error), 5);
    Workspace loaded;
    QVERIFY2(store->load(loaded, &error), qPrintable(error));
    QCOMPARE(loaded, original);
    // Saved again (rows replaced, not added) it still reads the same.
    QVERIFY2(store->save(original, &error), qPrintable(error));
    Workspace again;
    QVERIFY2(store->load(again, &error), qPrintable(error));
    QCOMPARE(again, original);
    QVERIFY(store->check().isEmpty());
}

void TestPostgresStore::copyToTheServerAndBackIsTheSameWorkspace()
{
    // copy a.gtmw → server → b.gtmw: the JSON export of b is the JSON export of a, byte for byte.
    QTemporaryDir dir;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const auto run = [&](const QStringList &arguments) {
        return runWorkbench(arguments, environment, dir.path());
    };
    QCOMPARE(
        run({QStringLiteral("new"), QStringLiteral("--sample"), QStringLiteral("--sample-lang"),
             QStringLiteral("en"), dir.filePath(QStringLiteral("a.gtmw"))})
            .exitCode,
        0);
    const QString server = location(QStringLiteral("gtm_owner"), fresh(QStringLiteral("copied")));
    Result copied = run({QStringLiteral("copy"), dir.filePath(QStringLiteral("a.gtmw")), server});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    copied = run({QStringLiteral("copy"), server, dir.filePath(QStringLiteral("b.gtmw"))});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    // Copying onto an existing workspace is refused, and changes nothing.
    const Result again
        = run({QStringLiteral("copy"), dir.filePath(QStringLiteral("a.gtmw")), server});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QLatin1String("already exists")));
    for (const char *name : {"a", "b"}) {
        const QString workspace = dir.filePath(QLatin1String(name) + QLatin1String(".gtmw"));
        QCOMPARE(run({QStringLiteral("export"), workspace,
                      dir.filePath(QLatin1String(name) + QLatin1String(".json"))})
                     .exitCode,
                 0);
    }
    QFile a(dir.filePath(QStringLiteral("a.json")));
    QFile b(dir.filePath(QStringLiteral("b.json")));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QVERIFY(bytes.size() > 10000);
    QCOMPARE(b.readAll(), bytes);
}

void TestPostgresStore::rightsAreTheServers()
{
    // The owner makes a workspace; a reader with no grant is refused reading it; granted USAGE
    // and SELECT, it reads and is refused saving; no role here is a superuser.
    const QString name = fresh(QStringLiteral("rights"));
    QString error;
    const auto owner = WorkspaceStore::open(location(QStringLiteral("gtm_owner"), name));
    QVERIFY2(owner->save(TestWorkspaces::fourVerticals(), &error), qPrintable(error));
    const auto reader = WorkspaceStore::open(location(QStringLiteral("gtm_reader"), name));
    Workspace loaded;
    QVERIFY(!reader->load(loaded, &error));
    QVERIFY2(error.contains(QLatin1String("may not read")), qPrintable(error));
    {
        const auto admin = PostgresTestServer::session(m_host, m_port, m_database,
                                                       QStringLiteral("gtm_owner"), &error);
        QVERIFY2(admin, qPrintable(error));
        QSqlQuery grant(admin->database());
        const QString schema = QLatin1Char('"') + name + QLatin1Char('"');
        QVERIFY(grant.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO gtm_reader").arg(schema)));
        QVERIFY(grant.exec(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO gtm_reader").arg(schema)));
        // The README's grants for a colleague who may change it.
        for (const char *statement :
             {"GRANT USAGE ON SCHEMA %1 TO gtm_editor",
              "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO gtm_editor",
              "GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO gtm_editor"})
            QVERIFY2(grant.exec(QString::fromLatin1(statement).arg(schema)),
                     qPrintable(sqlErrorText(grant)));
    }
    QVERIFY2(reader->load(loaded, &error), qPrintable(error));
    QCOMPARE(loaded, TestWorkspaces::fourVerticals());
    Workspace changed = loaded;
    changed.product.name = QStringLiteral("Not allowed");
    QVERIFY(!reader->save(changed, &error));
    QVERIFY2(error.contains(QLatin1String("may not change")), qPrintable(error));
    Workspace after;
    QVERIFY(owner->load(after, &error));
    QCOMPARE(after, TestWorkspaces::fourVerticals());
    // The editor may.
    const auto editor = WorkspaceStore::open(location(QStringLiteral("gtm_editor"), name));
    Workspace edited;
    QVERIFY2(editor->load(edited, &error), qPrintable(error));
    edited.product.name = changed.product.name;
    QVERIFY2(editor->save(edited, &error), qPrintable(error));
    QVERIFY(owner->load(after, &error));
    QCOMPARE(after.product.name, QStringLiteral("Not allowed"));
}

void TestPostgresStore::oneWriterAtATime()
{
    // As for files: a writer holds the workspace; a second is refused at once, told who holds
    // it; when the first lets go (or its session ends), the second may write.
    const QString where = location(QStringLiteral("gtm_owner"), fresh(QStringLiteral("lock")));
    QString error;
    auto first = WorkspaceStore::open(where);
    QVERIFY2(first->save(TestWorkspaces::fourVerticals(), &error), qPrintable(error));
    QVERIFY2(first->lock(&error), qPrintable(error));
    auto second = WorkspaceStore::open(where);
    LockHolder holder;
    QVERIFY(!second->lock(&error, &holder));
    QVERIFY2(error.contains(QLatin1String("being changed by")), qPrintable(error));
    QCOMPARE(holder.user, QStringLiteral("gtm_owner"));
    QVERIFY2(holder.application.contains(
                 QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(holder.application));
    QVERIFY(!second->save(TestWorkspaces::fourVerticals(), &error));
    first.reset(); // its session ends, and with it the lock
    QVERIFY2(second->lock(&error), qPrintable(error));
    // Replacing a workspace not read first is refused: it would drop whatever is in it.
    QVERIFY(!second->save(TestWorkspaces::everyField(), &error));
    QVERIFY2(error.contains(QLatin1String("open it to change it")), qPrintable(error));
    Workspace read;
    QVERIFY2(second->load(read, &error), qPrintable(error));
    QVERIFY2(second->save(TestWorkspaces::everyField(), &error), qPrintable(error));
}

void TestPostgresStore::everySaveIsANewRevision()
{
    // A reader that kept the revision it read sees that someone saved since.
    const QString where = location(QStringLiteral("gtm_owner"), fresh(QStringLiteral("revision")));
    QString error;
    const auto writer = WorkspaceStore::open(where);
    QCOMPARE(writer->revision(), QByteArray());
    QVERIFY(writer->save(TestWorkspaces::fourVerticals(), &error));
    const QByteArray first = writer->revision();
    QCOMPARE(first, QByteArray("1"));
    const auto reader = WorkspaceStore::open(where);
    QCOMPARE(reader->revision(), first);
    QVERIFY(writer->save(TestWorkspaces::everyField(), &error));
    QCOMPARE(reader->revision(), QByteArray("2"));
}

void TestPostgresStore::listShowsWhatTheUserMayRead()
{
    const QString mine = fresh(QStringLiteral("listed"));
    QString error;
    QVERIFY(WorkspaceStore::open(location(QStringLiteral("gtm_owner"), mine))
                ->save(TestWorkspaces::fourVerticals(), &error));
    ServerLocation database;
    database.host = m_host;
    database.port = m_port;
    database.database = m_database;
    database.user = QStringLiteral("gtm_owner");
    QStringList workspaces;
    QVERIFY2(PostgresWorkspaceStore::list(database, &workspaces, &error), qPrintable(error));
    QVERIFY(workspaces.contains(mine));
    database.user = QStringLiteral("gtm_editor"); // granted nothing: sees none of them
    QVERIFY2(PostgresWorkspaceStore::list(database, &workspaces, &error), qPrintable(error));
    QVERIFY(!workspaces.contains(mine));
}

namespace {

bool run(const QString &host, int port, const QString &database, const QStringList &statements,
         QString *error)
{
    const auto admin
        = PostgresTestServer::session(host, port, database, QStringLiteral("gtm_owner"), error);
    if (!admin)
        return false;
    QSqlQuery query(admin->database());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = statement + QStringLiteral(": ") + sqlErrorText(query);
            return false;
        }
    }
    return true;
}

} // namespace

void TestPostgresStore::olderLayoutIsBroughtUpToDateByItsOwner()
{
    // A workspace as the first server version laid it out: no audit, no layout column, indicator
    // values with their two references.
    const QString name = fresh(QStringLiteral("layout one"));
    const QString schema = QLatin1Char('"') + name + QLatin1Char('"');
    QString error;
    QVERIFY(WorkspaceStore::open(location(QStringLiteral("gtm_owner"), name))
                ->save(TestWorkspaces::fourVerticals(), &error));
    QVERIFY2(run(m_host, m_port, m_database,
                 {QStringLiteral("SET search_path TO %1").arg(schema),
                  QStringLiteral("DROP TABLE gtm_audit"),
                  QStringLiteral("ALTER TABLE gtm_schema DROP COLUMN layout"),
                  QStringLiteral("ALTER TABLE indicator_value ALTER COLUMN indicator_id TYPE TEXT"
                                 " COLLATE \"default\","
                                 " ADD CONSTRAINT indicator_value_vertical_id_fkey FOREIGN KEY"
                                 " (vertical_id) REFERENCES vertical(id) ON DELETE CASCADE,"
                                 " ADD CONSTRAINT indicator_value_indicator_id_fkey FOREIGN KEY"
                                 " (indicator_id) REFERENCES indicator(id)"),
                  QStringLiteral("GRANT USAGE ON SCHEMA %1 TO gtm_editor").arg(schema),
                  QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1"
                                 " TO gtm_editor")
                      .arg(schema)},
                 &error),
             qPrintable(error));

    // An editor may not change the tables' layout: told who can.
    Workspace loaded;
    QVERIFY(
        !WorkspaceStore::open(location(QStringLiteral("gtm_editor"), name))->load(loaded, &error));
    QVERIFY2(error.contains(QLatin1String("its owner opens it once")), qPrintable(error));

    // The owner opens it: brought up to date in one step, the same workspace, and commits
    // write their audit.
    PostgresWorkspaceStore owner(
        *ServerLocation::parse(location(QStringLiteral("gtm_owner"), name), &error));
    QVERIFY2(owner.load(loaded, &error), qPrintable(error));
    QCOMPARE(loaded, TestWorkspaces::fourVerticals());
    loaded.verticals[0].values.remove(QString::fromLatin1(IndicatorId::AiEnthusiasm));
    TeamCommit outcome;
    QVERIFY2(owner.commit(loaded, {}, &outcome, &error) && outcome.written, qPrintable(error));
    QList<AuditEntry> audit;
    QVERIFY2(owner.history(&audit, 10, &error), qPrintable(error));
    QCOMPARE(audit.size(), 1);
    QVERIFY(owner.check().isEmpty());
    // Without references, a value left behind by another program is found by `check`.
    QVERIFY2(run(m_host, m_port, m_database,
                 {QStringLiteral("INSERT INTO %1.indicator_value (vertical_id, indicator_id, value)"
                                 " VALUES (999, 'context.ai_enthusiasm', 3),"
                                 " (1, 'no.such_indicator', 1)")
                      .arg(schema)},
                 &error),
             qPrintable(error));
    const QStringList problems = owner.check();
    QVERIFY2(problems.contains(QStringLiteral("1 indicator value belongs to no vertical")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.contains(QStringLiteral("1 indicator value is of no known indicator")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(run(m_host, m_port, m_database,
                 {QStringLiteral("DELETE FROM %1.indicator_value WHERE vertical_id = 999"
                                 " OR indicator_id = 'no.such_indicator'")
                      .arg(schema)},
                 &error),
             qPrintable(error));
    Workspace again;
    QVERIFY2(
        WorkspaceStore::open(location(QStringLiteral("gtm_editor"), name))->load(again, &error),
        qPrintable(error));
    QCOMPARE(again, loaded);
}

void TestPostgresStore::newerLayoutIsRefused()
{
    const QString name = fresh(QStringLiteral("layout next"));
    QString error;
    QVERIFY(WorkspaceStore::open(location(QStringLiteral("gtm_owner"), name))
                ->save(TestWorkspaces::fourVerticals(), &error));
    QVERIFY2(run(m_host, m_port, m_database,
                 {QStringLiteral("UPDATE \"%1\".gtm_schema SET layout = %2")
                      .arg(name)
                      .arg(PostgresWorkspaceStore::ServerLayout + 1)},
                 &error),
             qPrintable(error));
    Workspace loaded;
    QVERIFY(
        !WorkspaceStore::open(location(QStringLiteral("gtm_owner"), name))->load(loaded, &error));
    QVERIFY2(error.contains(QLatin1String("newer GTM Workbench")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
