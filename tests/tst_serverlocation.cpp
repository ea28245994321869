#include "storage/serverlocation.h"

#include <QTest>

using namespace Gtm;

/** Server locations as users write them: what each part means, and what is refused. */
class TestServerLocation : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void passwordsAreKeptPerServerAndRole();
};

void TestServerLocation::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("options"); // connectOptions()
    QTest::newRow("everything") << "postgresql://maria@db.example.com:5433/plans?workspace=emea"
                                << "maria"
                                << "db.example.com" << 5433 << "plans"
                                << "emea"
                                << "";
    QTest::newRow("libpq defaults") << "postgresql:///plans?workspace=emea"
                                    << ""
                                    << "" << 0 << "plans"
                                    << "emea"
                                    << "";
    QTest::newRow("postgres scheme, no workspace: the database") << "postgres://db/plans"
                                                                 << ""
                                                                 << "db" << 0 << "plans"
                                                                 << ""
                                                                 << "";
    QTest::newRow("IPv6 address") << "postgresql://[::1]:5432/plans?workspace=a"
                                  << ""
                                  << "::1" << 5432 << "plans"
                                  << "a"
                                  << "";
    QTest::newRow("socket folder") << "postgresql:///gtm?host=/tmp/pg%20sock&port=55432"
                                   << ""
                                   << "/tmp/pg sock" << 55432 << "gtm"
                                   << ""
                                   << "";
    QTest::newRow("encoded names")
        << "postgresql://ma%40ria@db/pl%C3%A4ne?workspace=%E4%BA%9A%E5%A4%AA%20Q1"
        << "ma@ria"
        << "db" << 0 << "pläne"
        << "亚太 Q1"
        << "";
    QTest::newRow("libpq options pass through")
        << "postgresql://db/plans?sslmode=require&workspace=w&connect_timeout=5"
        << ""
        << "db" << 0 << "plans"
        << "w"
        << "connect_timeout='5';sslmode='require'";
}

void TestServerLocation::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, workspace);
    QFETCH(QString, options);
    QVERIFY(ServerLocation::isServerLocation(text));
    QString error;
    const std::optional<ServerLocation> location = ServerLocation::parse(text, &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->user, user);
    QCOMPARE(location->host, host);
    QCOMPARE(location->port, port);
    QCOMPARE(location->database, database);
    QCOMPARE(location->workspace, workspace);
    QCOMPARE(location->connectOptions(), options);
    // Written out and read again, the same location.
    const std::optional<ServerLocation> again = ServerLocation::parse(location->toString(), &error);
    QVERIFY2(again, qPrintable(location->toString() + QLatin1String(": ") + error));
    QVERIFY2(*again == *location, qPrintable(location->toString()));
}

void TestServerLocation::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("said");
    QTest::newRow("a password") << "postgresql://maria:secret@db/plans"
                                << "no password";
    QTest::newRow("a password parameter") << "postgresql://db/plans?password=x"
                                          << "no password";
    QTest::newRow("no database") << "postgresql://db"
                                 << "names no database";
    QTest::newRow("port 0") << "postgresql://db:0/plans"
                            << "port";
    QTest::newRow("port 70000") << "postgresql://db:70000/plans"
                                << "port";
    QTest::newRow("port not a number") << "postgresql://db:http/plans"
                                       << "port";
    QTest::newRow("unclosed bracket") << "postgresql://[::1/plans"
                                      << "not closed";
    QTest::newRow("a path beyond the database") << "postgresql://db/plans/emea"
                                                << "nothing further";
    QTest::newRow("broken escape") << "postgresql://db/pl%ZZ"
                                   << "not well encoded";
    QTest::newRow("escape of invalid UTF-8") << "postgresql://db/pl%FF"
                                             << "not well encoded";
    QTest::newRow("workspace of the server") << "postgresql://db/plans?workspace=pg_catalog"
                                             << "keeps for itself";
    QTest::newRow("workspace public") << "postgresql://db/plans?workspace=public"
                                      << "keeps for itself";
    QTest::newRow("workspace of 64 bytes") << QStringLiteral("postgresql://db/plans?workspace=")
            + QString(64, QLatin1Char('w')) << "63 bytes";
    QTest::newRow("workspace of 22 Chinese characters (66 bytes)")
        << QStringLiteral("postgresql://db/plans?workspace=") + QString(22, QChar(0x4E9A))
        << "63 bytes";
    QTest::newRow("workspace with a control character") << "postgresql://db/plans?workspace=a%1Bb"
                                                        << "character 2";
    QTest::newRow("workspace with a quote") << "postgresql://db/plans?workspace=a%22b"
                                            << "character 2";
    QTest::newRow("workspace of spaces") << "postgresql://db/plans?workspace=%20%20"
                                         << "empty";
    QTest::newRow("a parameter without value") << "postgresql://db/plans?sslmode"
                                               << "NAME=VALUE";
    QTest::newRow("not a server") << "/home/maria/plan.gtmw"
                                  << "postgresql://";
}

void TestServerLocation::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, said);
    QString error;
    QVERIFY(!ServerLocation::parse(text, &error));
    QVERIFY2(error.contains(said), qPrintable(error));
}

void TestServerLocation::passwordsAreKeptPerServerAndRole()
{
    QString error;
    const ServerLocation maria = *ServerLocation::parse(
        QStringLiteral("postgresql://maria@db:5432/plans?workspace=a"), &error);
    const ServerLocation sameDatabase = *ServerLocation::parse(
        QStringLiteral("postgresql://maria@db:5432/plans?workspace=b"), &error);
    const ServerLocation otherRole
        = *ServerLocation::parse(QStringLiteral("postgresql://li@db:5432/plans"), &error);
    QCOMPARE(ServerPasswords::find(maria), QString());
    ServerPasswords::remember(maria, QStringLiteral("s3cret"));
    // One password per role on a server's database, whichever workspace; never in the text.
    QCOMPARE(ServerPasswords::find(sameDatabase), QStringLiteral("s3cret"));
    QCOMPARE(ServerPasswords::find(otherRole), QString());
    QVERIFY(!maria.toString().contains(QLatin1String("s3cret")));
    QVERIFY(ServerPasswords::isAskedFor(QStringLiteral(
        "cannot reach the server (fe_sendauth: no password supplied QPSQL: Unable to connect)")));
    QVERIFY(ServerPasswords::isAskedFor(
        QStringLiteral("FATAL:  password authentication failed for user \"maria\"")));
    QVERIFY(!ServerPasswords::isAskedFor(QStringLiteral("could not connect to server")));
}

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
