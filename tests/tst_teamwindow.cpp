#include "postgrestestserver.h"
#include "testworkspaces.h"

#include "commands/workspacecommands.h"
#include "dialogs/conflictdialog.h"
#include "document/workspacedocument.h"
#include "mainwindow.h"
#include "panels/teampanel.h"
#include "storage/serverlocation.h"
#include "storage/sqlconnection.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Gtm;

/**
 * Two windows on one workspace of the tests' PostgreSQL server, as two colleagues have them: an
 * edit in one appears in the other with who changed what, the conflicts dialog lets nothing be
 * written until every field is decided, and a role that may only read gets a read-only window.
 */
class TestTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editInOneWindowAppearsInTheOther();
    void conflictDialogWritesOnlyWhenEveryFieldIsDecided();
    void readerGetsAReadOnlyWindow();

private:
    QString location(const QString &name, const QString &role = QStringLiteral("gtm_owner")) const;

    PostgresTestServer m_server;
    QString m_suffix;
};

void TestTeamWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.read(),
             "GTM_TEST_POSTGRES names no cluster state file: the postgres_start fixture failed");
    m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
}

QString TestTeamWindow::location(const QString &name, const QString &role) const
{
    ServerLocation l;
    l.user = role;
    l.host = m_server.host;
    l.port = m_server.port;
    l.database = m_server.database;
    l.workspace = name + QLatin1Char(' ') + m_suffix;
    return l.toString();
}

void TestTeamWindow::editInOneWindowAppearsInTheOther()
{
    const QString where = location(QStringLiteral("two windows"));
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    MainWindow anna, ben;
    QVERIFY(anna.openFile(where));
    QVERIFY(ben.openFile(where));
    QVERIFY(anna.document()->isShared());
    QVERIFY(!anna.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY2(anna.windowTitle().contains(QStringLiteral("two windows %1 on gtm").arg(m_suffix)),
             qPrintable(anna.windowTitle()));

    QSignalSpy heard(ben.document(), &WorkspaceDocument::colleaguesChanged);
    QVERIFY(Commands::setField(anna.document(), {Record::Product, 0, 0, ProductField::Pitch},
                               QStringLiteral("Typed by Anna"), &error));
    QVERIFY(heard.wait(10000));
    QCOMPARE(ben.document()->workspace().product.pitch, QStringLiteral("Typed by Anna"));
    const QString said = ben.statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("A colleague changed Product · Pitch")),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("Typed by Anna")), qPrintable(said));
    const QStringList lines = ben.teamPanel()->lines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.first().startsWith(QLatin1String("gtm_owner, ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().endsWith(QStringLiteral("Product · Pitch: (empty) → Typed by Anna")),
             qPrintable(lines.first()));
    const auto *status = ben.findChild<QLabel *>(QStringLiteral("serverStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("On the server (revision 2)"));
    QVERIFY(!anna.isWindowModified());
}

void TestTeamWindow::conflictDialogWritesOnlyWhenEveryFieldIsDecided()
{
    const QList<MergeConflict> conflicts = {
        {QStringLiteral("product/1"), QStringLiteral("Product · Pitch"), QStringLiteral("Old"),
         QStringLiteral("Mine"), QStringLiteral("Theirs")},
        {QStringLiteral("vertical/1/field/1"), QStringLiteral("Vertical “Banking” · Description"),
         QStringLiteral("(empty)"), QStringLiteral("Regulated"), QStringLiteral("Heavily")}};
    ConflictDialog dialog(conflicts);
    // GTM_SCREENSHOT_DIR=DIR keeps a picture of the dialog (for the README).
    if (const QString folder = qEnvironmentVariable("GTM_SCREENSHOT_DIR"); !folder.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/conflict-dialog.png")));
    }
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QPushButton *write = buttons->button(QDialogButtonBox::Ok);
    // Neither side is chosen for the user.
    QVERIFY(!write->isEnabled());
    QVERIFY(dialog.resolutions().isEmpty());
    const QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 4);
    radios.at(0)->click(); // yours, for the pitch
    QVERIFY(!write->isEnabled());
    radios.at(3)->click(); // the colleague's, for the description
    QVERIFY(write->isEnabled());
    QCOMPARE(dialog.resolutions().value(QStringLiteral("product/1")), WorkspaceMerge::Side::Mine);
    QCOMPARE(dialog.resolutions().value(QStringLiteral("vertical/1/field/1")),
             WorkspaceMerge::Side::Theirs);
    for (QPushButton *button : buttons->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("All Yours"))
            button->click();
    }
    QCOMPARE(dialog.resolutions().value(QStringLiteral("vertical/1/field/1")),
             WorkspaceMerge::Side::Mine);
}

void TestTeamWindow::readerGetsAReadOnlyWindow()
{
    const QString name = QStringLiteral("read only");
    const QString where = location(name);
    QString error;
    QVERIFY(WorkspaceStore::open(where)->save(TestWorkspaces::fourVerticals(), &error));
    {
        const auto admin = PostgresTestServer::session(
            m_server.host, m_server.port, m_server.database, QStringLiteral("gtm_owner"), &error);
        QVERIFY2(admin, qPrintable(error));
        QSqlQuery grant(admin->database());
        const QString schema
            = QLatin1Char('"') + name + QLatin1Char(' ') + m_suffix + QLatin1Char('"');
        QVERIFY(grant.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO gtm_reader").arg(schema)));
        QVERIFY(grant.exec(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO gtm_reader").arg(schema)));
    }
    MainWindow window;
    QVERIFY(window.openFile(location(name, QStringLiteral("gtm_reader"))));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY2(window.windowTitle().contains(QLatin1String("(read-only)")),
             qPrintable(window.windowTitle()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("may read")),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
