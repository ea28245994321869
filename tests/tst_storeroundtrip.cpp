#include "postgrestestserver.h"
#include "testworkspaces.h"

#include "storage/serverlocation.h"
#include "storage/workspacefiles.h"
#include "storage/workspacejson.h"
#include "storage/workspacestore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

/**
 * One round-trip suite, run against every back end (the SQLite file and the tests' PostgreSQL
 * server): each workspace saved, read back equal field for field, changed and saved again, read
 * back again, and its JSON export the same as the original's.
 */
class TestStoreRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    QString location(const QString &backEnd, const QString &name) const;

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_suffix;
    int m_made = 0;
};

void TestStoreRoundTrip::initTestCase()
{
    QVERIFY2(m_server.read(),
             "GTM_TEST_POSTGRES names no cluster state file: the postgres_start fixture failed");
    m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
}

QString TestStoreRoundTrip::location(const QString &backEnd, const QString &name) const
{
    if (backEnd == QLatin1String("sqlite"))
        return m_dir.filePath(name + QStringLiteral(".gtmw"));
    ServerLocation l;
    l.user = QStringLiteral("gtm_owner");
    l.host = m_server.host;
    l.port = m_server.port;
    l.database = m_server.database;
    l.workspace = name + QLatin1Char(' ') + m_suffix;
    return l.toString();
}

void TestStoreRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("backEnd");
    QTest::addColumn<Workspace>("workspace");
    const QList<std::pair<const char *, Workspace>> workspaces = {
        {"every field", TestWorkspaces::everyField()},
        {"four verticals", TestWorkspaces::fourVerticals()},
        {"sample", WorkspaceFiles::sampleWorkspace()},
        {"Chinese sample", WorkspaceFiles::sampleWorkspace(QStringLiteral("zh_CN"))},
        {"500 verticals x 30 values", TestWorkspaces::large(500, 30)},
        {"empty", Workspace()},
    };
    for (const char *backEnd : {"sqlite", "postgresql"}) {
        for (const auto &[name, workspace] : workspaces)
            QTest::addRow("%s: %s", backEnd, name) << QString::fromLatin1(backEnd) << workspace;
    }
}

void TestStoreRoundTrip::roundTrip()
{
    QFETCH(QString, backEnd);
    QFETCH(Workspace, workspace);
    const QString where = location(backEnd, QStringLiteral("round trip %1").arg(++m_made));
    QString error;

    const auto writer = WorkspaceStore::open(where);
    QVERIFY(!writer->exists());
    QVERIFY2(writer->save(workspace, &error), qPrintable(error));
    Workspace read;
    const auto reader = WorkspaceStore::open(where);
    QVERIFY2(reader->load(read, &error), qPrintable(error));
    QCOMPARE(read, workspace);
    QCOMPARE(WorkspaceJson::toBytes(read), WorkspaceJson::toBytes(workspace));

    // Changed and saved again by the one that read it: the change and nothing else.
    Workspace changed = read;
    changed.product.pitch = QStringLiteral("Changed: “引号” and \\\\ backslash, {braces}");
    if (!changed.verticals.isEmpty()) {
        changed.verticals.last().description = QStringLiteral("Changed too");
        changed.verticals.move(changed.verticals.size() - 1, 0);
    }
    QVERIFY2(reader->save(changed, &error), qPrintable(error));
    Workspace again;
    QVERIFY2(WorkspaceStore::open(where)->load(again, &error), qPrintable(error));
    QCOMPARE(again, changed);
    QVERIFY(WorkspaceStore::open(where)->check().isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreRoundTrip)
#include "tst_storeroundtrip.moc"
