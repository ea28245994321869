#include "testworkspaces.h"

#include "storage/sqliteworkspacestore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Gtm;

/**
 * Issue 2's targets: create, save and re-open a workspace of 10,000 verticals with 30 indicator
 * values each; save under 1 s, open under 1 s, peak memory under 200 MB.
 * Run: build/tests/bench/bench_storage (add -iterations N for steadier figures).
 */
class BenchStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void create();
    void save();
    void open();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Workspace m_workspace;
};

void BenchStorage::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("large.gtmw"));
}

void BenchStorage::create()
{
    QBENCHMARK_ONCE
    {
        m_workspace = TestWorkspaces::large(10000, 30);
    }
    QCOMPARE(m_workspace.verticals.size(), 10000);
}

void BenchStorage::save()
{
    QString error;
    QBENCHMARK
    {
        QVERIFY2(SqliteWorkspaceStore(m_path).save(m_workspace, &error), qPrintable(error));
    }
    qInfo("file size: %.1f MB", QFileInfo(m_path).size() / 1e6);
}

void BenchStorage::open()
{
    Workspace loaded;
    QString error;
    QBENCHMARK
    {
        loaded = Workspace();
        QVERIFY2(SqliteWorkspaceStore(m_path).load(loaded, &error), qPrintable(error));
    }
    QCOMPARE(loaded.verticals.size(), 10000);
    QCOMPARE(loaded.verticals.constLast().values.size(), 30);
}

void BenchStorage::cleanupTestCase()
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    qInfo("peak resident memory: %.1f MB (the workspace in memory twice: saved and re-opened)",
          usage.ru_maxrss / 1024.0);
}

QTEST_GUILESS_MAIN(BenchStorage)
#include "bench_storage.moc"
