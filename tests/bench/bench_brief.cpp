#include "export/brief.h"
#include "storage/sqliteworkspacestore.h"
#include "storage/workspacefiles.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

namespace {

/** `count` verticals made of the sample's twelve, renamed. */
Workspace verticals(int count)
{
    const Workspace sample = WorkspaceFiles::sampleWorkspace();
    Workspace w = sample;
    w.verticals.clear();
    for (int i = 0; i < count; ++i) {
        Vertical v = sample.verticals.at(i % sample.verticals.size());
        v.id = i + 1;
        v.name = QStringLiteral("%1 %2").arg(v.name).arg(i + 1);
        w.verticals.append(v);
    }
    return w;
}

} // namespace

/** The brief's speed targets of the README ("Benchmarks"). */
class BenchBrief : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandLine_data();
    void commandLine();
    void prepareAndWrite_data();
    void prepareAndWrite();

private:
    QTemporaryDir m_dir;
};

void BenchBrief::initTestCase()
{
    QString error;
    QVERIFY(SqliteWorkspaceStore(m_dir.filePath(QStringLiteral("sample.gtmw")))
                .save(WorkspaceFiles::sampleWorkspace(), &error));
    QVERIFY(SqliteWorkspaceStore(m_dir.filePath(QStringLiteral("hundred.gtmw")))
                .save(verticals(100), &error));
}

void BenchBrief::commandLine_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("language");
    QTest::newRow("sample, en") << QStringLiteral("sample.gtmw") << QStringLiteral("en");
    QTest::newRow("sample, zh_CN") << QStringLiteral("sample.gtmw") << QStringLiteral("zh_CN");
    QTest::newRow("100 verticals, en") << QStringLiteral("hundred.gtmw") << QStringLiteral("en");
}

void BenchBrief::commandLine()
{
    // End to end, as a user runs it: start the program, read the file, write the PDF, exit.
    QFETCH(QString, workspace);
    QFETCH(QString, language);
    const QString out = m_dir.filePath(QStringLiteral("brief.pdf"));
    QBENCHMARK
    {
        QProcess process;
        process.start(QStringLiteral(GTM_WORKBENCH_EXECUTABLE),
                      {QStringLiteral("brief"), m_dir.filePath(workspace), QStringLiteral("-o"),
                       out, QStringLiteral("--lang"), language});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }
}

void BenchBrief::prepareAndWrite_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("sample") << 0;
    QTest::newRow("100 verticals") << 100;
}

void BenchBrief::prepareAndWrite()
{
    // Inside the program: scoring, robustness, layout (prepare), then drawing the PDF.
    QFETCH(int, count);
    const Workspace workspace = count == 0 ? WorkspaceFiles::sampleWorkspace() : verticals(count);
    qint64 prepare = 0;
    qint64 write = 0;
    int pages = 0;
    QBENCHMARK
    {
        QElapsedTimer clock;
        clock.start();
        Brief brief(workspace, BriefOptions());
        QString error;
        QVERIFY(brief.prepare(&error));
        prepare = clock.restart();
        const QByteArray pdf = brief.pdf();
        write = clock.elapsed();
        pages = brief.pageCount();
        QVERIFY(pdf.startsWith("%PDF"));
    }
    qInfo("%d pages: prepare %lld ms, PDF %lld ms", pages, static_cast<long long>(prepare),
          static_cast<long long>(write));
}

QTEST_MAIN(BenchBrief)
#include "bench_brief.moc"
