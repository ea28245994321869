#include "runworkbench.h"
#include "testworkspaces.h"

#include "document/workspacedocument.h"
#include "storage/sqlconnection.h"
#include "storage/sqliteworkspacestore.h"
#include "storage/tableimport.h"
#include "storage/workspacefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Gtm;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** The kind of what a path names itself (a link is a link), as lstat() says: S_IFREG, … */
mode_t kindOf(const QString &path)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & S_IFMT;
}

mode_t permissionsOf(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

} // namespace

/**
 * No lost work, at the level of files: one writer at a time, outputs that never replace what
 * they must not, reads that end, SQLite's journal and WAL never replayed over a save, killed
 * saves that leave the old file or the new one and nothing else.
 */
class TestReliability : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void outputsNeverReplaceWhatIsNotAFile_data();
    void outputsNeverReplaceWhatIsNotAFile();
    void aLinkToAFileIsWrittenThrough();
    void readsThatWouldNotEndAreRefused_data();
    void readsThatWouldNotEndAreRefused();
    void readOnlyWorkspaceStaysReadOnlyEvenForRoot();
    void aWriteWhileTheWindowHasItIsRefused();
    void twoWritersNeverLoseAnUpdate();
    void staleWalIsReadButNeverReplayedOverASave();
    void hotJournalIsReadWithoutTouchingTheFile();
    void killedSavesLeaveTheOldFileOrTheNew();

private:
    Result run(const QStringList &arguments) const
    {
        return runWorkbench(arguments, m_environment, m_dir->path());
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

void TestReliability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_workspace = path(QStringLiteral("w.gtmw"));
    QString error;
    QVERIFY2(SqliteWorkspaceStore(m_workspace).save(TestWorkspaces::fourVerticals(), &error),
             qPrintable(error));
}

void TestReliability::outputsNeverReplaceWhatIsNotAFile_data()
{
    QTest::addColumn<QStringList>("arguments"); // "TARGET" stands for the output
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("kind"); // what the output's name is taken by
    const QList<std::pair<QString, QStringList>> commands = {
        {QStringLiteral(".csv"),
         {QStringLiteral("export"), QStringLiteral("w.gtmw"), QStringLiteral("TARGET")}},
        {QStringLiteral(".json"),
         {QStringLiteral("export"), QStringLiteral("w.gtmw"), QStringLiteral("TARGET")}},
        {QStringLiteral(".json"),
         {QStringLiteral("model"), QStringLiteral("w.gtmw"), QStringLiteral("--get"),
          QStringLiteral("TARGET")}},
        {QStringLiteral(".pdf"),
         {QStringLiteral("brief"), QStringLiteral("w.gtmw"), QStringLiteral("-o"),
          QStringLiteral("TARGET")}},
    };
    for (const auto &[suffix, arguments] : commands) {
        for (const char *kind :
             {"fifo", "device", "dangling link", "folder", "read-only file", "link to a fifo"}) {
            QTest::addRow("%s %s, %s", qPrintable(arguments.at(0)), qPrintable(suffix), kind)
                << arguments << suffix << QString::fromLatin1(kind);
        }
    }
}

void TestReliability::outputsNeverReplaceWhatIsNotAFile()
{
    // Each refused with exit 1 and one line; afterwards the name is what it was: the FIFO a
    // FIFO, the device a device, the dangling link dangling (its target not made), the
    // read-only file with its bytes and mode.
    QFETCH(QStringList, arguments);
    QFETCH(QString, suffix);
    QFETCH(QString, kind);
    const QString target = path(QStringLiteral("out") + suffix);
    const QString pointee = path(QStringLiteral("missing") + suffix);
    QByteArray readOnlyBytes;
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0644), 0);
    } else if (kind == QLatin1String("link to a fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(pointee).constData(), 0644), 0);
        QVERIFY(QFile::link(pointee, target));
    } else if (kind == QLatin1String("device")) {
        // A null device of the test's own when it may make one (root, as CI is), else a link to
        // /dev/null, which a non-root user could not replace anyway.
        if (::geteuid() == 0)
            QCOMPARE(::mknod(QFile::encodeName(target).constData(), S_IFCHR | 0666, makedev(1, 3)),
                     0);
        else
            QVERIFY(QFile::link(QStringLiteral("/dev/null"), target));
    } else if (kind == QLatin1String("dangling link")) {
        QVERIFY(QFile::link(pointee, target));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkdir(target));
    } else {
        readOnlyBytes = "kept as it is\n";
        QVERIFY(writeBytes(target, readOnlyBytes));
        QVERIFY(QFile::setPermissions(
            target, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
    const mode_t before = kindOf(target);
    const mode_t pointeeBefore = kindOf(pointee);
    arguments.replaceInStrings(QStringLiteral("TARGET"), target);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.contains(QFileInfo(target).fileName()), qPrintable(result.err));
    QCOMPARE(kindOf(target), before);
    QCOMPARE(kindOf(pointee), pointeeBefore); // a dangling link's target is not made
    if (!readOnlyBytes.isEmpty()) {
        QCOMPARE(bytesOf(target), readOnlyBytes);
        QCOMPARE(permissionsOf(target), mode_t(0444));
    }
    if (kind == QLatin1String("device") && ::geteuid() != 0)
        QCOMPARE(kindOf(QStringLiteral("/dev/null")), mode_t(S_IFCHR));
}

void TestReliability::aLinkToAFileIsWrittenThrough()
{
    // The file a link names is replaced, in one step, and the link stays a link.
    const QString real = path(QStringLiteral("real.csv"));
    const QString link = path(QStringLiteral("link.csv"));
    QVERIFY(writeBytes(real, "old\n"));
    QVERIFY(QFile::link(real, link));
    const Result result = run({QStringLiteral("export"), m_workspace, link});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(kindOf(link), mode_t(S_IFLNK));
    QCOMPARE(kindOf(real), mode_t(S_IFREG));
    QVERIFY(bytesOf(real).contains("vertical,"));
}

void TestReliability::readsThatWouldNotEndAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments"); // "IN" stands for the input
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    const QStringList score {QStringLiteral("score"), QStringLiteral("IN")};
    const QStringList import {QStringLiteral("import"), QStringLiteral("w.gtmw"),
                              QStringLiteral("IN")};
    const QStringList model {QStringLiteral("model"), QStringLiteral("w.gtmw"),
                             QStringLiteral("--set"), QStringLiteral("IN")};
    QTest::newRow("workspace is a FIFO")
        << score << QStringLiteral("fifo.gtmw") << QStringLiteral("fifo");
    QTest::newRow("table is a FIFO")
        << import << QStringLiteral("fifo.csv") << QStringLiteral("fifo");
    QTest::newRow("JSON table is a FIFO")
        << import << QStringLiteral("fifo.json") << QStringLiteral("fifo");
    QTest::newRow("model is a FIFO")
        << model << QStringLiteral("fifo.json") << QStringLiteral("fifo");
    QTest::newRow("table links to /dev/zero")
        << import << QStringLiteral("zero.csv") << QStringLiteral("zero");
    QTest::newRow("workspace links to /dev/zero")
        << score << QStringLiteral("zero.gtmw") << QStringLiteral("zero");
    QTest::newRow("table of 257 MB")
        << import << QStringLiteral("huge.csv") << QStringLiteral("huge");
}

void TestReliability::readsThatWouldNotEndAreRefused()
{
    // Before: a FIFO blocked forever, /dev/zero ran out of memory after 2 GB (exit 134).
    // Each ends at once with exit 1, the workspace unchanged.
    QFETCH(QStringList, arguments);
    QFETCH(QString, input);
    QFETCH(QString, kind);
    const QString in = path(input);
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(in).constData(), 0644), 0);
    } else if (kind == QLatin1String("zero")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), in));
    } else {
        // Sparse: 257 MB of size, no disk used; the limit is 256 MB.
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(257) << 20));
    }
    const QByteArray before = bytesOf(m_workspace);
    arguments.replaceInStrings(QStringLiteral("IN"), in);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.contains(input), qPrintable(result.err));
    QCOMPARE(bytesOf(m_workspace), before);
}

void TestReliability::readOnlyWorkspaceStaysReadOnlyEvenForRoot()
{
    // chmod 444: root could write it, but the user said read-only. Before: overwritten, and
    // left with mode 644.
    QVERIFY(QFile::setPermissions(
        m_workspace, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString table = path(QStringLiteral("t.csv"));
    QVERIFY(writeBytes(table, "vertical,context.ai_enthusiasm\nAlpha,2\n"));
    const QByteArray before = bytesOf(m_workspace);
    const Result result = run({QStringLiteral("import"), m_workspace, table});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("read-only")), qPrintable(result.err));
    QCOMPARE(bytesOf(m_workspace), before);
    QCOMPARE(permissionsOf(m_workspace), mode_t(0444));
}

void TestReliability::aWriteWhileTheWindowHasItIsRefused()
{
    // A document holding the workspace (as the window does): a command-line write exits 1 at
    // once, in one line naming this process; a read still works.
    WorkspaceDocument document;
    QString error;
    QVERIFY2(document.load(m_workspace, &error), qPrintable(error));
    const QString table = path(QStringLiteral("t.csv"));
    QVERIFY(writeBytes(table, "vertical,context.ai_enthusiasm\nAlpha,2\n"));
    const QByteArray before = bytesOf(m_workspace);
    const Result write = run({QStringLiteral("import"), m_workspace, table});
    QCOMPARE(write.exitCode, 1);
    QCOMPARE(write.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(
        write.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
        qPrintable(write.err));
    QCOMPARE(bytesOf(m_workspace), before);
    QCOMPARE(run({QStringLiteral("score"), m_workspace}).exitCode, 0);
    // Once the document lets go, the same write goes through.
    document.reset(Workspace(), QString(), false);
    QCOMPARE(run({QStringLiteral("import"), m_workspace, table}).exitCode, 0);
}

void TestReliability::twoWritersNeverLoseAnUpdate()
{
    // Two imports at once, 20 times: each either lands or is refused with exit 1 naming the
    // other; what exited 0 is in the file. Before: both exited 0 and one change was gone.
    const QString x = path(QStringLiteral("x.csv"));
    const QString y = path(QStringLiteral("y.csv"));
    int refused = 0;
    for (int round = 0; round < 20; ++round) {
        const QString xName = QStringLiteral("X%1").arg(round);
        const QString yName = QStringLiteral("Y%1").arg(round);
        QVERIFY(writeBytes(
            x, QStringLiteral("vertical,context.ai_enthusiasm\n%1,2\n").arg(xName).toUtf8()));
        QVERIFY(writeBytes(
            y, QStringLiteral("vertical,context.ai_enthusiasm\n%1,3\n").arg(yName).toUtf8()));
        QProcess first;
        QProcess second;
        for (QProcess *process : {&first, &second}) {
            process->setProcessEnvironment(m_environment);
            process->setWorkingDirectory(m_dir->path());
        }
        first.start(QStringLiteral(GTM_WORKBENCH_EXECUTABLE),
                    {QStringLiteral("import"), m_workspace, x});
        second.start(QStringLiteral(GTM_WORKBENCH_EXECUTABLE),
                     {QStringLiteral("import"), m_workspace, y});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        Workspace stored;
        QString error;
        QVERIFY2(SqliteWorkspaceStore(m_workspace).load(stored, &error), qPrintable(error));
        for (auto [process, name] : {std::pair {&first, xName}, std::pair {&second, yName}}) {
            QVERIFY(process->exitCode() == 0 || process->exitCode() == 1);
            const bool landed = stored.indexOfVerticalNamed(name) >= 0;
            QCOMPARE(landed, process->exitCode() == 0);
            if (process->exitCode() == 1) {
                ++refused;
                const QString said = QString::fromUtf8(process->readAllStandardError());
                QVERIFY2(said.contains(QLatin1String("being changed by")), qPrintable(said));
            }
        }
    }
    qInfo("%d of 40 imports were refused because the other held the lock", refused);
}

void TestReliability::staleWalIsReadButNeverReplayedOverASave()
{
    // Another SQLite client, in WAL mode, renamed a vertical and was killed before folding its
    // WAL in: w.gtmw-wal holds the change. Reading sees it without touching the file; a save
    // keeps it, and no WAL is left to be replayed over the saved file. Before: the import's
    // value was lost when the old WAL was replayed, and "check" later found a damaged index.
    const QString other = path(QStringLiteral("other.gtmw"));
    QVERIFY(QFile::copy(m_workspace, other));
    {
        SqlConnection connection(QStringLiteral("QSQLITE"), other);
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("UPDATE vertical SET name = 'Renamed elsewhere' "
                                          "WHERE name = 'Alpha'")));
        QCOMPARE(query.numRowsAffected(), 1);
        // Killed now: its WAL as it is, beside our workspace.
        QVERIFY(QFile::copy(other + QLatin1String("-wal"), m_workspace + QLatin1String("-wal")));
    }
    const QByteArray file = bytesOf(m_workspace);
    const QByteArray wal = bytesOf(m_workspace + QLatin1String("-wal"));
    QVERIFY(!wal.isEmpty());
    const Result check = run({QStringLiteral("check"), m_workspace});
    QCOMPARE(check.exitCode, 0);
    const Result exported
        = run({QStringLiteral("export"), m_workspace, path(QStringLiteral("a.csv"))});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(bytesOf(path(QStringLiteral("a.csv"))).contains("Renamed elsewhere"));
    QCOMPARE(bytesOf(m_workspace), file); // reading changed nothing
    QCOMPARE(bytesOf(m_workspace + QLatin1String("-wal")), wal);

    const QString table = path(QStringLiteral("t.csv"));
    QVERIFY(writeBytes(table, "vertical,context.ai_enthusiasm\nBravo,2.5\n"));
    QCOMPARE(run({QStringLiteral("import"), m_workspace, table}).exitCode, 0);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(m_workspace + QLatin1String(suffix)), suffix);
    Workspace stored;
    QString error;
    QVERIFY2(SqliteWorkspaceStore(m_workspace).load(stored, &error), qPrintable(error));
    QVERIFY(stored.indexOfVerticalNamed(QStringLiteral("Renamed elsewhere")) >= 0);
    const int bravo = stored.indexOfVerticalNamed(QStringLiteral("Bravo"));
    QVERIFY(bravo >= 0);
    QCOMPARE(stored.verticals.at(bravo).value(QStringLiteral("context.ai_enthusiasm")), 2.5);
    QCOMPARE(run({QStringLiteral("check"), m_workspace}).exitCode, 0);
}

void TestReliability::hotJournalIsReadWithoutTouchingTheFile()
{
    // Another client was killed in the middle of a transaction: a hot rollback journal beside
    // the file. Before: every command said "attempt to write a readonly database". Now it is
    // read through a private copy, rolled back there; the file and journal stay as they are.
    const QString other = path(QStringLiteral("other.gtmw"));
    QVERIFY(QFile::copy(m_workspace, other));
    {
        SqlConnection connection(QStringLiteral("QSQLITE"), other);
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = 1"))); // spill to the file
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE indicator_value SET value = value")));
        QVERIFY(query.exec(QStringLiteral("UPDATE vertical SET name = name || ' (half done)'")));
        // Killed now: the half-written file and its journal.
        QVERIFY(QFileInfo(other + QLatin1String("-journal")).size() > 0);
        QFile::remove(m_workspace);
        QVERIFY(QFile::copy(other, m_workspace));
        QVERIFY(QFile::copy(other + QLatin1String("-journal"),
                            m_workspace + QLatin1String("-journal")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    const QByteArray file = bytesOf(m_workspace);
    const QByteArray journal = bytesOf(m_workspace + QLatin1String("-journal"));
    const Result exported
        = run({QStringLiteral("export"), m_workspace, path(QStringLiteral("a.csv"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QByteArray csv = bytesOf(path(QStringLiteral("a.csv")));
    QVERIFY(csv.contains("Alpha"));
    QVERIFY(!csv.contains("half done")); // rolled back, as SQLite would
    QCOMPARE(run({QStringLiteral("check"), m_workspace}).exitCode, 0);
    QCOMPARE(bytesOf(m_workspace), file);
    QCOMPARE(bytesOf(m_workspace + QLatin1String("-journal")), journal);
}

void TestReliability::killedSavesLeaveTheOldFileOrTheNew()
{
    // 200 imports, each killed (SIGKILL) at a random moment within the time a whole import
    // takes: afterwards the workspace opens and equals the one before or the one after that
    // import; the killed one's lock is taken over by the next; no temporary file stays beyond
    // the next save.
    QString error;
    Workspace current = TestWorkspaces::large(1000, 12);
    QVERIFY2(SqliteWorkspaceStore(m_workspace).save(current, &error), qPrintable(error));
    const QString table = path(QStringLiteral("t.csv"));
    // How long an import takes here, unkilled, to spread the kills over it.
    QVERIFY(writeBytes(table, "vertical,context.ai_enthusiasm\nTimed,1\n"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run({QStringLiteral("import"), m_workspace, table}).exitCode, 0);
    const qint64 span = std::max<qint64>(timer.elapsed(), 20);
    QVERIFY(SqliteWorkspaceStore(m_workspace).load(current, &error));
    QRandomGenerator random(20261201);
    int old = 0;
    int changed = 0;
    int killed = 0;
    for (int round = 0; round < 200; ++round) {
        const QByteArray csv = QStringLiteral("vertical,context.ai_enthusiasm\nKill %1,%2\n")
                                   .arg(round)
                                   .arg(1 + round % 4)
                                   .toUtf8();
        QVERIFY(writeBytes(table, csv));
        Workspace after = current;
        ImportReport report;
        QVERIFY(WorkspaceFiles::importFile(after, table, &report, &error));
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(GTM_WORKBENCH_EXECUTABLE),
                      {QStringLiteral("import"), m_workspace, table});
        QVERIFY(process.waitForStarted());
        const int delay = int(random.bounded(span + span / 4)); // some finish
        if (!process.waitForFinished(delay) && process.state() != QProcess::NotRunning)
            killed += ::kill(pid_t(process.processId()), SIGKILL) == 0 ? 1 : 0;
        if (process.state() != QProcess::NotRunning)
            QVERIFY(process.waitForFinished(60000));
        Workspace stored;
        QVERIFY2(SqliteWorkspaceStore(m_workspace).load(stored, &error),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
        if (stored == current) {
            ++old;
        } else {
            QVERIFY2(stored == after, qPrintable(QStringLiteral("round %1").arg(round)));
            ++changed;
        }
        current = stored;
    }
    qInfo("200 imports, %d of them killed: %d left the old workspace, %d the new one", killed, old,
          changed);
    QVERIFY(killed > 0); // delays from 0 ms: some are killed before they could finish
    // The next save takes the dead processes' lock over and removes their temporary files.
    const qsizetype leftover
        = QDir(m_dir->path())
              .entryList({QStringLiteral(".w.gtmw.*.tmp")}, QDir::Files | QDir::Hidden)
              .size();
    qInfo("%lld temporary files of killed saves before the next save", qint64(leftover));
    QVERIFY(writeBytes(table, "vertical,context.ai_enthusiasm\nLast,1\n"));
    const Result last = run({QStringLiteral("import"), m_workspace, table});
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
    const QStringList left
        = QDir(m_dir->path())
              .entryList({QStringLiteral(".w.gtmw.*.tmp")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
