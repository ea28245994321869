#include "postgrestestserver.h"
#include "storage/sqlconnection.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Gtm;

/**
 * The PostgreSQL server the team-workspace tests use (tests/postgres/cluster.sh, started by the
 * "postgres_start" fixture): reachable through Qt's QPSQL driver, and set up as the README says
 * an administrator sets one up — the owner role may create schemas (workspaces) in the database
 * without being a superuser; a role without that right is refused. A missing server fails here,
 * it is never skipped.
 */
class TestPostgresServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerMayCreateAWorkspaceWithoutBeingSuperuser();
    void othersMayNot();

private:
    bool connectAs(SqlConnection &connection, const QString &role, QString *error) const;
    QString m_host;
    int m_port = 0;
    QString m_database;
};

void TestPostgresServer::initTestCase()
{
    PostgresTestServer server;
    QVERIFY2(server.read(),
             "GTM_TEST_POSTGRES names no cluster state file: the postgres_start fixture failed");
    m_host = server.host;
    m_port = server.port;
    m_database = server.database;
}

bool TestPostgresServer::connectAs(SqlConnection &connection, const QString &role,
                                   QString *error) const
{
    connection.database().setHostName(m_host);
    connection.database().setPort(m_port);
    connection.database().setUserName(role);
    return connection.open(error);
}

void TestPostgresServer::ownerMayCreateAWorkspaceWithoutBeingSuperuser()
{
    SqlConnection connection(QStringLiteral("QPSQL"), m_database);
    QString error;
    QVERIFY2(connectAs(connection, QStringLiteral("gtm_owner"), &error), qPrintable(error));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("SELECT rolsuper, rolcreatedb FROM pg_roles "
                                      "WHERE rolname = current_user")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toBool(), false);
    QCOMPARE(query.value(1).toBool(), false);
    QVERIFY2(query.exec(QStringLiteral("CREATE SCHEMA \"check server\"")),
             qPrintable(sqlErrorText(query)));
    QVERIFY(query.exec(QStringLiteral("DROP SCHEMA \"check server\"")));
}

void TestPostgresServer::othersMayNot()
{
    SqlConnection connection(QStringLiteral("QPSQL"), m_database);
    QString error;
    QVERIFY2(connectAs(connection, QStringLiteral("gtm_reader"), &error), qPrintable(error));
    QSqlQuery query(connection.database());
    QVERIFY(!query.exec(QStringLiteral("CREATE SCHEMA \"not mine\"")));
    QVERIFY2(sqlErrorText(query).contains(QLatin1String("permission denied")),
             qPrintable(sqlErrorText(query)));
}

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgresserver.moc"
