#include "postgrestestserver.h"
#include "testworkspaces.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "storage/postgresworkspacestore.h"
#include "storage/sqliteworkspacestore.h"
#include "storage/workspacefiles.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

/**
 * Issue 13's targets, on a throwaway local PostgreSQL cluster this benchmark starts itself (port
 * 55460): open and save a workspace of 10,000 verticals (30 values each) within 3x the SQLite
 * file's times, measured here in the same run; one edit's round trip (commit, notification,
 * the other window updated) under 50 ms.
 * Run: build/tests/bench/bench_team (add -iterations N for steadier figures).
 */
class BenchTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileSave();
    void fileOpen();
    void serverSave();
    void serverOpen();
    void serverCommitOneEdit();
    void roundTrip_data();
    void roundTrip();
    void cleanupTestCase();

private:
    bool cluster(const QStringList &arguments);
    QString location(const QString &name) const;

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    Workspace m_large;
    int m_saves = 0;
    int m_edits = 0;
};

bool BenchTeam::cluster(const QStringList &arguments)
{
    return PostgresTestServer::cluster(QStringLiteral(GTM_CLUSTER_SCRIPT), arguments);
}

QString BenchTeam::location(const QString &name) const
{
    ServerLocation l;
    l.user = QStringLiteral("gtm_owner");
    l.host = m_server.host;
    l.port = m_server.port;
    l.database = m_server.database;
    l.workspace = name;
    return l.toString();
}

void BenchTeam::initTestCase()
{
    const QString state = m_dir.filePath(QStringLiteral("cluster"));
    QVERIFY(cluster({QStringLiteral("start"), state, QStringLiteral("55460")}));
    QVERIFY(m_server.read(state));
    m_large = TestWorkspaces::large(10000, 30);
    QString error;
    QVERIFY2(
        SqliteWorkspaceStore(m_dir.filePath(QStringLiteral("large.gtmw"))).save(m_large, &error),
        qPrintable(error));
    QVERIFY2(WorkspaceStore::open(location(QStringLiteral("large")))->save(m_large, &error),
             qPrintable(error));
}

void BenchTeam::fileSave()
{
    QString error;
    QBENCHMARK
    {
        QVERIFY2(SqliteWorkspaceStore(m_dir.filePath(QStringLiteral("large.gtmw")))
                     .save(m_large, &error),
                 qPrintable(error));
    }
}

void BenchTeam::fileOpen()
{
    QString error;
    Workspace loaded;
    QBENCHMARK
    {
        QVERIFY2(
            SqliteWorkspaceStore(m_dir.filePath(QStringLiteral("large.gtmw"))).load(loaded, &error),
            qPrintable(error));
    }
    QCOMPARE(loaded.verticals.size(), 10000);
}

void BenchTeam::serverSave()
{
    // Every row written: a new workspace each time (as `copy` makes one).
    QString error;
    QBENCHMARK
    {
        const QString where = location(QStringLiteral("save %1").arg(++m_saves));
        QVERIFY2(WorkspaceStore::open(where)->save(m_large, &error), qPrintable(error));
    }
}

void BenchTeam::serverOpen()
{
    QString error;
    Workspace loaded;
    const auto store = WorkspaceStore::open(location(QStringLiteral("large")));
    QBENCHMARK
    {
        QVERIFY2(store->load(loaded, &error), qPrintable(error));
    }
    QCOMPARE(loaded, m_large);
}

void BenchTeam::serverCommitOneEdit()
{
    // One field of one vertical of the 10,000, committed: its rows alone are written.
    PostgresWorkspaceStore store(
        *ServerLocation::parse(location(QStringLiteral("large")), nullptr));
    Workspace w;
    QString error;
    QVERIFY(store.load(w, &error));
    int edit = 0;
    QBENCHMARK
    {
        w.verticals[5000].description = QStringLiteral("Edit %1").arg(++edit);
        TeamCommit outcome;
        QVERIFY2(store.commit(w, {}, &outcome, &error) && outcome.written, qPrintable(error));
    }
}

void BenchTeam::roundTrip_data()
{
    QTest::addColumn<int>("verticals");
    QTest::newRow("sample (12 verticals)") << 0;
    QTest::newRow("1,000 verticals") << 1000;
    QTest::newRow("10,000 verticals") << 10000;
}

void BenchTeam::roundTrip()
{
    // Anna's window commits an edit; Ben's hears of it and shows it: from her edit to his
    // window updated.
    QFETCH(int, verticals);
    const QString where = location(QStringLiteral("round trip %1").arg(verticals));
    QString error;
    // QBENCHMARK may run this function more than once.
    if (!WorkspaceStore::open(where)->exists())
        QVERIFY(WorkspaceStore::open(where)->save(verticals ? TestWorkspaces::large(verticals, 30)
                                                            : WorkspaceFiles::sampleWorkspace(),
                                                  &error));
    WorkspaceDocument anna, ben;
    QVERIFY(anna.load(where, &error));
    QVERIFY(ben.load(where, &error));
    QSignalSpy updated(&ben, &WorkspaceDocument::colleaguesChanged);
    qint64 longest = 0;
    int &edit = m_edits; // a new value every time, whichever run of this function
    QBENCHMARK
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(Commands::setField(&anna, {Record::Vertical, 0, 0, VerticalField::Description},
                                   QStringLiteral("Edit %1").arg(++edit), &error));
        QCOMPARE(anna.commit(&error), WorkspaceDocument::CommitResult::Written);
        QVERIFY(updated.wait(5000));
        longest = std::max(longest, clock.elapsed());
        QCOMPARE(ben.workspace().verticals[0].description, QStringLiteral("Edit %1").arg(edit));
        updated.clear();
    }
    qInfo("longest round trip: %lld ms", longest);
}

void BenchTeam::cleanupTestCase()
{
    cluster({QStringLiteral("stop"), m_dir.filePath(QStringLiteral("cluster"))});
}

QTEST_GUILESS_MAIN(BenchTeam)
#include "bench_team.moc"
