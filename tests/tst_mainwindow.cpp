#include "testworkspaces.h"

#include "charts/chartspage.h"
#include "commands/workspacecommands.h"
#include "dialogs/importdialog.h"
#include "document/autosave.h"
#include "document/workspacedocument.h"
#include "domain/indicator.h"
#include "editors/modeleditor.h"
#include "items/verticaltablemodel.h"
#include "mainwindow.h"
#include "panels/startpage.h"
#include "storage/sqliteworkspacestore.h"
#include "widgets/frozentableview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <cstdio>

using namespace Gtm;

/** The first window: a real user's edit, undo, save and reopen, through keyboard events. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsTheWorkspace();
    void typingEditsUndoesAndSaves();
    void outOfRangeTypingIsRefusedVisibly();
    void failedOpenKeepsCurrentWorkspace();
    void sampleIsUnsavedUntilSaved();
    void saveIncludesTheValueStillBeingTyped();
    void closingWithUnsavedChangesAsks();
    void destroyingAModifiedWindowIsSafe();
    void secondWindowIsOfferedReadOnly_data();
    void secondWindowIsOfferedReadOnly();
    void saveAfterAnotherProgramChangedTheFileAsks_data();
    void saveAfterAnotherProgramChangedTheFileAsks();
    void windowKilledWhileSavingLosesNothing();
    void standardShortcutsOnEveryPlatform_data();
    void standardShortcutsOnEveryPlatform();
    void namesAreNeverMarkup();
    void longNamesNeverWidenTheWindow();
    void fileDialogsStartInTheWorkspacesFolder();
    void startPageLeadsIntoWorkAndCanBeDismissed();
    void allVerticalsTableWorksLikeASpreadsheet();
    void importShowsAPreviewAndMapsColumns();
    void fitsASmallScreen_data();
    void fitsASmallScreen();

private:
    void typeIntoCell(int row, int column, const QString &text);
    /** Clicks the button whose text (without "&") is `button` in the next message box shown;
     *  `shown` says whether one came. */
    void answerNextBox(const QString &button, bool *shown);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    QStandardPaths::setTestModeEnabled(true); // settings and recent files stay out of ~/.config
    m_window.reset(); // the last test's window lets go of the workspace (and its lock)
    m_path = m_dir.filePath(QStringLiteral("plan.gtmw"));
    QFile::remove(m_path);
    QString error;
    QVERIFY(SqliteWorkspaceStore(m_path).save(TestWorkspaces::everyField(), &error));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFile(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::typeIntoCell(int row, int column, const QString &text)
{
    m_window->showPage(MainWindow::TablePage);
    QTableView *table = m_window->tableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(table->isAncestorOf(editor));
    QTest::keySequence(editor, QKeySequence::SelectAll);
    QTest::keyClicks(editor, text);
    QPointer<QLineEdit> open = editor;
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop, after the editor's own fix-ups.
    QTRY_VERIFY(open.isNull() || !open->isVisible());
}

void TestMainWindow::showsTheWorkspace()
{
    QAbstractItemModel *model = m_window->tableView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Finance"));
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("plan.gtmw")));
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::typingEditsUndoesAndSaves()
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tableView()->model());
    auto *model = qobject_cast<VerticalTableModel *>(proxy->sourceModel());
    const int talent = model->columnOfIndicator(QStringLiteral("capabilities.ai_talent"));
    const int enthusiasm = model->columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));

    typeIntoCell(1, talent, QStringLiteral("2.5"));
    typeIntoCell(0, enthusiasm, QStringLiteral("3"));
    const Workspace &w = m_window->document()->workspace();
    QCOMPARE(w.verticals.at(1).value(QStringLiteral("capabilities.ai_talent")), 2.5);
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("context.ai_enthusiasm")), 3.0);
    QVERIFY(m_window->isWindowModified());

    // Ctrl+Z twice goes back to the file's state, and to "not modified".
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(w == TestWorkspaces::everyField());
    QVERIFY(!m_window->isWindowModified());
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("context.ai_enthusiasm")), 3.0);

    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QVERIFY(!m_window->isWindowModified());

    Workspace reopened;
    QString error;
    QVERIFY(SqliteWorkspaceStore(m_path).load(reopened, &error));
    QVERIFY(reopened == w);
    Workspace expected = TestWorkspaces::everyField();
    expected.verticals[1].values.insert(QStringLiteral("capabilities.ai_talent"), {2.5, QString()});
    expected.verticals[0].values.insert(QStringLiteral("context.ai_enthusiasm"), {3, QString()});
    QVERIFY(reopened == expected);
}

void TestMainWindow::outOfRangeTypingIsRefusedVisibly()
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tableView()->model());
    auto *model = qobject_cast<VerticalTableModel *>(proxy->sourceModel());
    typeIntoCell(0, model->columnOfIndicator(QStringLiteral("context.ai_enthusiasm")),
                 QStringLiteral("9"));
    QCOMPARE(m_window->document()->workspace().verticals.at(0).value(
                 QStringLiteral("context.ai_enthusiasm")),
             4.5);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("AI enthusiasm must be 0 to 5."));
}

void TestMainWindow::failedOpenKeepsCurrentWorkspace()
{
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.gtmw"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a workspace at all");
    file.close();
    // The error box is modal; close it as a user would.
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!m_window->openFile(garbage));
    QCOMPARE(m_window->document()->fileName(), m_path);
    QVERIFY(m_window->document()->workspace() == TestWorkspaces::everyField());
}

void TestMainWindow::sampleIsUnsavedUntilSaved()
{
    m_window->openSample();
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->document()->fileName().isEmpty());
    QVERIFY(m_window->tableView()->model()->rowCount() >= 10);
}

void TestMainWindow::saveIncludesTheValueStillBeingTyped()
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tableView()->model());
    auto *model = qobject_cast<VerticalTableModel *>(proxy->sourceModel());
    m_window->showPage(MainWindow::TablePage);
    QTableView *table = m_window->tableView();
    table->setFocus();
    table->setCurrentIndex(
        proxy->index(1, model->columnOfIndicator(QStringLiteral("capabilities.ai_talent"))));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("1.5"));
    QTest::keySequence(editor, QKeySequence::Save); // no Return: the editor is still open
    Workspace reopened;
    QString error;
    QVERIFY(SqliteWorkspaceStore(m_path).load(reopened, &error));
    QCOMPARE(reopened.verticals.at(1).value(QStringLiteral("capabilities.ai_talent")), 1.5);
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tableView()->model());
    auto *model = qobject_cast<VerticalTableModel *>(proxy->sourceModel());
    typeIntoCell(0, model->columnOfIndicator(QStringLiteral("capabilities.ai_talent")),
                 QStringLiteral("4"));
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QVERIFY(!m_window->close()); // cancelled: the window stays, the edit too
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->document()->workspace().verticals.at(0).value(
                 QStringLiteral("capabilities.ai_talent")),
             4.0);
}

void TestMainWindow::destroyingAModifiedWindowIsSafe()
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tableView()->model());
    auto *model = qobject_cast<VerticalTableModel *>(proxy->sourceModel());
    typeIntoCell(0, model->columnOfIndicator(QStringLiteral("capabilities.ai_talent")),
                 QStringLiteral("4"));
    QTableView *table = m_window->tableView();
    table->setCurrentIndex(
        proxy->index(1, model->columnOfIndicator(QStringLiteral("context.ai_enthusiasm"))));
    QTest::keyClick(table, Qt::Key_F2); // and an editor left open
    QVERIFY(m_window->isWindowModified());
    m_window.reset(); // the undo stack is not clean and an edit is pending: no crash, no dialog
    QVERIFY(!m_window);
}

void TestMainWindow::answerNextBox(const QString &button, bool *shown)
{
    *shown = false;
    QTimer::singleShot(0, this, [button, shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')) == button) {
                *shown = true;
                candidate->click();
                return;
            }
        }
        box->reject();
    });
}

void TestMainWindow::secondWindowIsOfferedReadOnly_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("opened");
    QTest::newRow("read-only") << QStringLiteral("Open Read-Only") << true;
    QTest::newRow("cancel") << QStringLiteral("Cancel") << false;
}

void TestMainWindow::secondWindowIsOfferedReadOnly()
{
    // The first window holds plan.gtmw's lock: a second one is told who has it and offered
    // read-only; read-only, Save goes to Save As and the file stays as it was.
    QFETCH(QString, answer);
    QFETCH(bool, opened);
    QFile original(m_path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    MainWindow second;
    bool asked = false;
    answerNextBox(answer, &asked);
    QCOMPARE(second.openFile(m_path), opened);
    QVERIFY(asked);
    QCOMPARE(second.document()->isReadOnly(), opened);
    QCOMPARE(second.document()->fileName(), opened ? m_path : QString());
    if (!opened)
        return;
    QVERIFY(second.windowTitle().contains(QLatin1String("(read-only)")));
    QString error;
    QVERIFY(!second.document()->save(&error));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void TestMainWindow::saveAfterAnotherProgramChangedTheFileAsks_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<double>("inFile"); // AI talent of the first vertical in the file after
    QTest::addColumn<double>("inWindow"); // and in the window
    // The window typed 4; the other program wrote 1.5.
    QTest::newRow("cancel") << QStringLiteral("Cancel") << 1.5 << 4.0;
    QTest::newRow("overwrite") << QStringLiteral("Overwrite") << 4.0 << 4.0;
    QTest::newRow("reload") << QStringLiteral("Reload") << 1.5 << 1.5;
}

void TestMainWindow::saveAfterAnotherProgramChangedTheFileAsks()
{
    QFETCH(QString, answer);
    QFETCH(double, inFile);
    QFETCH(double, inWindow);
    const QString talent = QStringLiteral("capabilities.ai_talent");
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->tableView()->model());
    auto *model = qobject_cast<VerticalTableModel *>(proxy->sourceModel());
    typeIntoCell(0, model->columnOfIndicator(talent), QStringLiteral("4"));
    // Another program that ignores the lock (an SQLite client, another machine) replaces it.
    Workspace theirs = TestWorkspaces::everyField();
    theirs.verticals[0].values.insert(talent, IndicatorValue {1.5, QString()});
    const QString elsewhere = m_dir.filePath(QStringLiteral("theirs.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore::writeDatabase(elsewhere, theirs, &error));
    QVERIFY(
        std::rename(QFile::encodeName(elsewhere).constData(), QFile::encodeName(m_path).constData())
        == 0);
    QVERIFY(m_window->document()->changedOnDisk());
    bool asked = false;
    answerNextBox(answer, &asked);
    QCOMPARE(m_window->save(), answer == QLatin1String("Overwrite"));
    QVERIFY(asked);
    Workspace stored;
    QVERIFY(SqliteWorkspaceStore(m_path).load(stored, &error));
    QCOMPARE(stored.verticals.at(0).value(talent), inFile);
    QCOMPARE(m_window->document()->workspace().verticals.at(0).value(talent), inWindow);
    // Whatever was chosen, the window now knows the file as it is, or still warns.
    QCOMPARE(m_window->document()->changedOnDisk(), answer == QLatin1String("Cancel"));
}

void TestMainWindow::windowKilledWhileSavingLosesNothing()
{
    // A window (crashing_window) edits and saves in a loop and is killed (SIGKILL) at a random
    // moment, again and again until 200 saves were made. Each time: the workspace opens and
    // holds the last save or the one being made (market size N, N + 1); the edits made after
    // the last save come back at the next start (N + 0.5) when the window had written them;
    // the killed window's lock is taken over.
    m_window.reset(); // the workspace is the victim's alone
    QTemporaryDir home; // recovery data of these windows only
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", realHome); });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString market = QString::fromLatin1(IndicatorId::MarketSizeUsdBn);
    QRandomGenerator random(20261201);
    int saves = 0;
    int rounds = 0;
    int restored = 0;
    QString error;
    while ((saves < 200 || rounds < 20) && rounds < 200) {
        ++rounds;
        QVERIFY(SqliteWorkspaceStore(m_path).save(TestWorkspaces::everyField(), &error));
        QProcess victim;
        victim.setProcessEnvironment(environment);
        victim.start(QStringLiteral(GTM_CRASHING_WINDOW), {m_path});
        QVERIFY(victim.waitForStarted());
        while (!victim.canReadLine())
            QVERIFY(victim.waitForReadyRead(60000));
        QCOMPARE(victim.readLine(), QByteArray("ready\n"));
        const int delay = int(random.bounded(200));
        if (!victim.waitForFinished(delay) && victim.state() != QProcess::NotRunning)
            ::kill(pid_t(victim.processId()), SIGKILL);
        if (victim.state() != QProcess::NotRunning)
            QVERIFY(victim.waitForFinished(60000));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit); // killed, never failed on its own
        int done = 0;
        for (const QByteArray &line : victim.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                done = line.toInt();
        }
        Workspace stored;
        QVERIFY2(SqliteWorkspaceStore(m_path).load(stored, &error),
                 qPrintable(QStringLiteral("round %1: %2").arg(rounds).arg(error)));
        const std::optional<double> inFile = stored.verticals.at(0).value(market);
        // Before the first save the file holds what the round started from (no market size).
        const std::optional<double> before
            = TestWorkspaces::everyField().verticals.at(0).value(market);
        const double saved = inFile == before ? 0 : inFile.value_or(-1);
        QVERIFY2(saved == done || saved == done + 1,
                 qPrintable(QStringLiteral("round %1: %2 done, %3 in the file")
                                .arg(rounds)
                                .arg(done)
                                .arg(saved)));
        saves += int(saved);
        const QList<Autosave::Entry> orphans = Autosave::orphans();
        QVERIFY(orphans.size() <= 1);
        // After a cycle is printed, its unsaved edit is written: it must come back.
        if (saved == done && done > 0)
            QCOMPARE(orphans.size(), 1);
        if (orphans.isEmpty())
            continue;
        MainWindow next;
        bool asked = false;
        answerNextBox(QStringLiteral("Restore"), &asked);
        QVERIFY(next.offerRecovery());
        QVERIFY(asked);
        // The edits written last: those of the cycle saved last (N + 0.5), or, killed after a
        // save but before it cleared them, those of the cycle before, which then rest on an older
        // file: saving them asks first.
        const double back = next.document()->workspace().verticals.at(0).value(market).value_or(-1);
        QVERIFY2(back == saved + 0.5 || back == saved - 0.5,
                 qPrintable(QStringLiteral("round %1: %2 saved, %3 restored")
                                .arg(rounds)
                                .arg(saved)
                                .arg(back)));
        QCOMPARE(next.document()->changedOnDisk(), back < saved);
        QVERIFY(next.document()->isModified());
        QVERIFY(!next.document()->isReadOnly()); // the dead window's lock is taken over
        QCOMPARE(QFileInfo(next.document()->fileName()).canonicalFilePath(),
                 QFileInfo(m_path).canonicalFilePath());
        QVERIFY(Autosave::orphans().isEmpty());
        ++restored;
        next.document()->reset(Workspace(), QString(), false); // no "save changes?" on close
    }
    qInfo("%d windows killed over %d saves; %d restored their unsaved edits", rounds, saves,
          restored);
    QVERIFY(saves >= 200);
}

void TestMainWindow::standardShortcutsOnEveryPlatform_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("keys");
    // Where the platform gives none (X11 without a desktop's theme, as here), the usual keys.
    QTest::newRow("New") << "New" << QKeySequence(Qt::CTRL | Qt::Key_N);
    QTest::newRow("Open") << "Open…" << QKeySequence(Qt::CTRL | Qt::Key_O);
    QTest::newRow("Save") << "Save" << QKeySequence(Qt::CTRL | Qt::Key_S);
    QTest::newRow("Save As") << "Save As…" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QTest::newRow("Quit") << "Quit" << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("Undo") << "Undo" << QKeySequence(Qt::CTRL | Qt::Key_Z);
    QTest::newRow("Open from Server")
        << "Open from Server…" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
}

void TestMainWindow::standardShortcutsOnEveryPlatform()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, keys);
    QAction *found = nullptr;
    for (QAction *each : m_window->findChildren<QAction *>()) {
        if (each->text().remove(QLatin1Char('&')) == action)
            found = each;
    }
    QVERIFY2(found, qPrintable(action));
    QVERIFY2(found->shortcuts().contains(keys),
             qPrintable(QKeySequence::listToString(found->shortcuts())));
}

void TestMainWindow::namesAreNeverMarkup()
{
    // A vertical named in HTML shows as typed wherever the window names it, never in bold.
    const QString name = QStringLiteral("<b>x</b> & <i>y");
    QString error;
    const VerticalId id = m_window->document()->workspace().verticals.first().id;
    QVERIFY2(Commands::renameVertical(m_window->document(), id, name, &error), qPrintable(error));
    m_window->showPage(MainWindow::VerticalPage);
    QApplication::processEvents();
    int shown = 0;
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->text().contains(name))
            continue;
        ++shown;
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    }
    QVERIFY2(shown >= 2, "the worksheet's title and the score panel name the vertical");
}

void TestMainWindow::longNamesNeverWidenTheWindow()
{
    // A 300-character name made the window 3,393 px wide, its docks off the screen; 200 are
    // allowed now, still far wider than any screen in the title's bold.
    const QString name = QString(200, QLatin1Char('W')); // the longest a name may be
    QString error;
    const VerticalId id = m_window->document()->workspace().verticals.first().id;
    m_window->showPage(MainWindow::VerticalPage);
    m_window->resize(1440, 900);
    QApplication::processEvents();
    const int before = m_window->minimumSizeHint().width();
    QVERIFY2(Commands::renameVertical(m_window->document(), id, name, &error), qPrintable(error));
    QApplication::processEvents();
    QVERIFY2(m_window->minimumSizeHint().width() <= before,
             qPrintable(QStringLiteral("%1 px, %2 px with a short name")
                            .arg(m_window->minimumSizeHint().width())
                            .arg(before)));
    QCOMPARE(m_window->width(), 1440);
    // Where the name is cut, the whole of it is in the tooltip.
    int cut = 0;
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->toolTip() == name && label->text().endsWith(QStringLiteral("…")))
            ++cut;
    }
    QVERIFY2(cut >= 2, "the worksheet's title and the score panel elide the name");
}

void TestMainWindow::fileDialogsStartInTheWorkspacesFolder()
{
    // Import, export, open: each dialog starts where the open workspace is, not in the home
    // folder (nor wherever the program was started).
    const QString folder = QFileInfo(m_path).absolutePath();
    for (const QString &name :
         {QStringLiteral("Import Table…"), QStringLiteral("Export…"), QStringLiteral("Open…")}) {
        QAction *action = nullptr;
        for (QAction *each : m_window->findChildren<QAction *>()) {
            if (each->text().remove(QLatin1Char('&')) == name)
                action = each;
        }
        QVERIFY2(action, qPrintable(name));
        QString started;
        QTimer::singleShot(0, m_window.get(), [&started] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                started = dialog->directory().absolutePath();
                dialog->reject();
            }
        });
        action->trigger();
        QCOMPARE(started, folder);
    }
    // The scoring model's import and export started wherever the program was started.
    m_window->showPage(MainWindow::ModelPage);
    for (const QString &name : {QStringLiteral("Import JSON…"), QStringLiteral("Export JSON…")}) {
        QPushButton *button = nullptr;
        for (QPushButton *each : m_window->modelEditor()->findChildren<QPushButton *>()) {
            if (each->text().remove(QLatin1Char('&')) == name)
                button = each;
        }
        QVERIFY2(button, qPrintable(name));
        QString started;
        QTimer::singleShot(0, m_window.get(), [&started] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                started = dialog->directory().absolutePath();
                dialog->reject();
            }
        });
        button->click();
        QCOMPARE(started, folder);
    }
}

void TestMainWindow::fitsASmallScreen_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("chartTab");
    QTest::newRow("start page") << -1 << -1;
    QTest::newRow("product") << int(MainWindow::ProductPage) << -1;
    QTest::newRow("vertical") << int(MainWindow::VerticalPage) << -1;
    QTest::newRow("all verticals") << int(MainWindow::TablePage) << -1;
    QTest::newRow("model") << int(MainWindow::ModelPage) << -1;
    QTest::newRow("map") << int(MainWindow::ChartPage) << int(ChartsPage::MapTab);
    QTest::newRow("radar") << int(MainWindow::ChartPage) << int(ChartsPage::RadarTab);
    QTest::newRow("why") << int(MainWindow::ChartPage) << int(ChartsPage::WhyTab);
    QTest::newRow("robustness") << int(MainWindow::ChartPage) << int(ChartsPage::RobustnessTab);
    QTest::newRow("recommendation")
        << int(MainWindow::ChartPage) << int(ChartsPage::RecommendationTab);
}

void TestMainWindow::fitsASmallScreen()
{
    // Showing the Robustness tab forced the window to 1,487 px even after resizing it to 1,024;
    // every page, with the docks as they open, fits a 1,024 px wide screen.
    QFETCH(int, page);
    QFETCH(int, chartTab);
    if (page < 0)
        m_window->showStartPage();
    else
        m_window->showPage(MainWindow::Page(page));
    if (chartTab >= 0)
        m_window->charts()->showTab(ChartsPage::Tab(chartTab));
    QApplication::processEvents();
    m_window->resize(1024, 700);
    QApplication::processEvents();
    QString widest;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->minimumSizeHint().width() > 500)
            widest += QStringLiteral("\n%1 %2: %3")
                          .arg(QString::fromLatin1(widget->metaObject()->className()),
                               widget->objectName())
                          .arg(widget->minimumSizeHint().width());
    }
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
             qPrintable(QStringLiteral("%1 px wide at least:%2")
                            .arg(m_window->minimumSizeHint().width())
                            .arg(widest)));
    QCOMPARE(m_window->width(), 1024);

    // A new window is never larger than its screen (it was 1,440 px wide on any screen).
    MainWindow fresh;
    const QRect screen = fresh.screen()->availableGeometry();
    QVERIFY2(fresh.width() <= qMax(screen.width(), fresh.minimumSizeHint().width()),
             qPrintable(
                 QStringLiteral("%1 px on a %2 px screen").arg(fresh.width()).arg(screen.width())));
    QVERIFY(fresh.height() <= qMax(screen.height(), fresh.minimumSizeHint().height()));
}

void TestMainWindow::startPageLeadsIntoWorkAndCanBeDismissed()
{
    const QString missing = m_dir.filePath(QStringLiteral("gone.gtmw"));
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList {m_path, missing});
    const auto clickButton = [this](const QString &text) {
        for (QPushButton *button : m_window->startPage()->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                QTest::mouseClick(button, Qt::LeftButton);
                return true;
            }
        }
        return false;
    };

    // Help ▸ Start Page shows it, with the recent workspaces; one no longer there is greyed.
    QAction *startAction = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == QLatin1String("Start Page"))
            startAction = action;
    }
    QVERIFY(startAction);
    startAction->trigger();
    QVERIFY(m_window->isStartPageShown());
    QVERIFY(m_window->startPage()->isVisible());
    QListWidget *recent = m_window->startPage()->recentList();
    QCOMPARE(recent->count(), 2);
    QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("plan.gtmw")));
    QVERIFY(recent->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(recent->item(1)->flags() & Qt::ItemIsEnabled));

    // Open the Sample: the sample, and the worksheets in place of the start page.
    QVERIFY(clickButton(QStringLiteral("Open the Sample")));
    QCOMPARE(m_window->document()->workspace().verticals.size(), 12);
    QVERIFY(!m_window->isStartPageShown());
    QVERIFY(m_window->pages()->isVisible());

    // A recent workspace opens with Enter (the sample is unsaved: discard it when asked).
    m_window->showStartPage();
    bool asked = false;
    answerNextBox(QStringLiteral("Discard"), &asked);
    recent->setCurrentRow(0);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY(asked);
    QCOMPARE(QFileInfo(m_window->document()->fileName()), QFileInfo(m_path));
    QVERIFY(!m_window->isStartPageShown());

    // Any edit starts the work too (a vertical added from the toolbar).
    m_window->showStartPage();
    QString error;
    QVERIFY(Commands::renameVertical(m_window->document(),
                                     m_window->document()->workspace().verticals.first().id,
                                     QStringLiteral("Renamed"), &error));
    QVERIFY(!m_window->isStartPageShown());

    // New Workspace: an empty one (the edit above is discarded when asked).
    answerNextBox(QStringLiteral("Discard"), &asked);
    m_window->showStartPage();
    QVERIFY(clickButton(QStringLiteral("New Workspace")));
    QVERIFY(m_window->document()->workspace().verticals.isEmpty());
    QVERIFY(!m_window->isStartPageShown());

    // Close dismisses it; "Show this page at start" is remembered.
    m_window->showStartPage();
    QVERIFY(StartPage::showsAtStart());
    m_window->startPage()->showAtStartBox()->click();
    QVERIFY(!StartPage::showsAtStart());
    QVERIFY(clickButton(QStringLiteral("Close")));
    QVERIFY(!m_window->isStartPageShown());
    StartPage::setShowsAtStart(true);
}

void TestMainWindow::allVerticalsTableWorksLikeASpreadsheet()
{
    m_window->openSample();
    m_window->showPage(MainWindow::TablePage);
    m_window->resize(1200, 800);
    QApplication::processEvents();
    auto *table = qobject_cast<FrozenTableView *>(m_window->tableView());
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    WorkspaceDocument *document = m_window->document();

    // Scores, quadrant and coverage beside the name; units under the indicators' names.
    QCOMPARE(model->headerData(VerticalTableModel::ReadinessColumn, Qt::Horizontal).toString(),
             QStringLiteral("Readiness\n(0–100)"));
    QCOMPARE(model->headerData(VerticalTableModel::QuadrantColumn, Qt::Horizontal).toString(),
             QStringLiteral("Quadrant"));
    for (int column = VerticalTableModel::FirstIndicatorColumn; column < model->columnCount();
         ++column)
        QVERIFY2(model->headerData(column, Qt::Horizontal).toString().contains(QLatin1Char('(')),
                 qPrintable(model->headerData(column, Qt::Horizontal).toString()));

    // The name column stays in sight when the values scroll to the far right.
    QTableView *frozen = table->frozenView();
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->columnWidth(0), table->columnWidth(0));
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QApplication::processEvents();
    QVERIFY(table->horizontalScrollBar()->value() > 0);
    QVERIFY(table->columnViewportPosition(0) < 0); // the table's own name column is gone left
    QCOMPARE(frozen->geometry().left(), table->frameWidth());
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->indexAt(QPoint(5, 5)).data().toString(),
             model->index(table->rowAt(5), 0).data().toString());

    // Sorted by readiness, highest first.
    table->sortByColumn(VerticalTableModel::ReadinessColumn, Qt::DescendingOrder);
    double previous = 101;
    for (int row = 0; row < model->rowCount(); ++row) {
        const double readiness = model->index(row, VerticalTableModel::ReadinessColumn)
                                     .data(VerticalTableModel::SortRole)
                                     .toDouble();
        QVERIFY(readiness <= previous);
        previous = readiness;
    }
    table->sortByColumn(VerticalTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(frozen->horizontalHeader()->sortIndicatorSection(), 0); // shown on the frozen heading

    // Typing on a name edits it where it is seen, in the frozen column, the first letter kept.
    table->setFocus();
    table->setCurrentIndex(model->index(0, VerticalTableModel::NameColumn));
    QTest::keyClicks(table, QStringLiteral("z"));
    auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    QVERIFY(frozen->isAncestorOf(nameEditor));
    QCOMPARE(nameEditor->text(), QStringLiteral("z"));
    QTest::keyClick(nameEditor, Qt::Key_Escape);

    // Ctrl+V pastes a block from a spreadsheet as one undo step; a refused cell is named.
    const int enthusiasm = m_window->findChild<VerticalTableModel *>()->columnOfIndicator(
        QStringLiteral("context.ai_enthusiasm"));
    QVERIFY(enthusiasm > 0);
    const QString second = model->index(1, 0).data().toString();
    const int steps = document->undoStack()->count();
    QApplication::clipboard()->setText(QStringLiteral("1\t2\n9\t3\n"));
    table->setFocus();
    table->setCurrentIndex(model->index(0, enthusiasm));
    bool shown = false;
    QString boxText;
    QTimer::singleShot(0, this, [&shown, &boxText] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = true;
            boxText = box->informativeText();
            box->accept();
        }
    });
    QTest::keySequence(table, QKeySequence::Paste);
    QVERIFY(shown);
    QVERIFY2(boxText.contains(second + QStringLiteral(" · AI enthusiasm (0–5 scale): ")),
             qPrintable(boxText));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(model->index(0, enthusiasm).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->index(0, enthusiasm + 1).data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(1, enthusiasm + 1).data().toString(), QStringLiteral("3"));
    // The summary stays in the status bar after the box (the sample's Automotive already had
    // one of the values: it counts as pasted but unchanged).
    QVERIFY2(m_window->statusBar()->currentMessage().endsWith(QStringLiteral("; 1 refused.")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Ctrl+C copies the selected block as tab-separated text.
    table->selectionModel()->select(
        QItemSelection(model->index(0, enthusiasm), model->index(1, enthusiasm + 1)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keySequence(table, QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied.section(QLatin1Char('\n'), 0, 0), QStringLiteral("1\t2"));
    QCOMPARE(copied.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char('\t'), 1),
             QStringLiteral("3"));

    // One undo takes the whole paste back.
    document->undoStack()->undo();
    QCOMPARE(document->undoStack()->index(), steps);
    QVERIFY(model->index(0, enthusiasm + 1).data().toString() != QStringLiteral("2"));

    // Delete clears every selected value (missing, not zero) as one undo step.
    const QString before = model->index(1, enthusiasm).data().toString();
    QVERIFY(!before.isEmpty());
    table->selectionModel()->select(
        QItemSelection(model->index(0, enthusiasm), model->index(1, enthusiasm + 1)),
        QItemSelectionModel::ClearAndSelect);
    const int beforeDelete = document->undoStack()->index();
    QApplication::setActiveWindow(m_window.get()); // the paste's box had taken it
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    for (int row : {0, 1})
        for (int column : {enthusiasm, enthusiasm + 1})
            QVERIFY(!model->index(row, column).data(VerticalTableModel::ValueRole).isValid());
    QCOMPARE(document->undoStack()->index(), beforeDelete + 1);
    document->undoStack()->undo();
    QCOMPARE(model->index(1, enthusiasm).data().toString(), before);
}

void TestMainWindow::importShowsAPreviewAndMapsColumns()
{
    // A spreadsheet's own headings: nothing says which column names the verticals, so the
    // import cannot go ahead until the user maps "Sector" to the names.
    WorkspaceDocument *document = m_window->document();
    const QString existing = document->workspace().verticals.first().name;
    const int verticals = int(document->workspace().verticals.size());
    const QString csv = m_dir.filePath(QStringLiteral("survey.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Sector,Appetite,Notes\n%1,4.5,call back\nNewco,2,\n")
                       .arg(existing)
                       .toUtf8());
    }
    QAction *import = nullptr;
    for (QAction *each : m_window->findChildren<QAction *>()) {
        if (each->text().remove(QLatin1Char('&')) == QStringLiteral("Import Table…"))
            import = each;
    }
    QVERIFY(import);
    const int steps = document->undoStack()->index();
    QString before, after;
    bool enabledBefore = true;
    QTimer::singleShot(0, this, [&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(files);
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->columnsTable()->rowCount(), 3);
            QCOMPARE(dialog->previewTable()->rowCount(), 2);
            QCOMPARE(dialog->previewTable()->item(1, 0)->text(), QStringLiteral("Newco"));
            before = dialog->outcomeText();
            enabledBefore = dialog->canImport();
            dialog->setMapping(0, {ColumnMapping::VerticalName, {}});
            dialog->setMapping(1,
                               {ColumnMapping::Indicator, QStringLiteral("context.ai_enthusiasm")});
            dialog->setMapping(2, {ColumnMapping::Ignore, {}});
            after = dialog->outcomeText();
            QVERIFY(dialog->canImport());
            dialog->accept();
        });
        files->selectFile(csv);
        QMetaObject::invokeMethod(files, "accept");
    });
    import->trigger();
    QVERIFY(!enabledBefore);
    QCOMPARE(before,
             QStringLiteral("Cannot import: no column names the verticals; choose one as "
                            "\"Vertical name\"."));
    QCOMPARE(after, QStringLiteral("Ready: 1 vertical added, 1 updated, 2 values set."));
    // Imported as mapped, in one undo step; "Notes" made no indicator.
    QCOMPARE(int(document->workspace().verticals.size()), verticals + 1);
    QCOMPARE(document->workspace()
                 .verticals.first()
                 .values.value(QStringLiteral("context.ai_enthusiasm"))
                 .value,
             4.5);
    QCOMPARE(document->workspace().verticals.last().name, QStringLiteral("Newco"));
    QCOMPARE(document->undoStack()->index(), steps + 1);
    for (const IndicatorDefinition &custom : document->workspace().customIndicators)
        QVERIFY(custom.name != QLatin1String("Notes"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
