#include "domain/indicator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Gtm;

namespace {

/** A CSV table of `rows` new verticals × `columns` indicator columns: the first built-in
 *  indicators by id (each value its indicator's minimum, so always in range), then custom
 *  columns ("Column 31", …) that the import creates. */
QByteArray table(int rows, int columns)
{
    const QList<IndicatorDefinition> &builtIn = builtInIndicators();
    QByteArray csv = "vertical";
    QByteArrayList values;
    for (int c = 0; c < columns; ++c) {
        if (c < builtIn.size() && builtIn.at(c).minimum) {
            csv += ',' + builtIn.at(c).id.toUtf8();
            values.append(QByteArray::number(*builtIn.at(c).minimum));
        } else {
            csv += ",Column " + QByteArray::number(c + 1);
            values.append(QByteArray::number(c % 7));
        }
    }
    csv += '\n';
    const QByteArray cells = ',' + values.join(',') + '\n';
    for (int r = 0; r < rows; ++r)
        csv += "Vertical " + QByteArray::number(r + 1) + cells;
    return csv;
}

} // namespace

/**
 * The "No lost work" issue's targets for `gtm-workbench import`, end to end (start, read the
 * workspace, parse, import, save): 100,000 new rows × 30 columns under 10 s and 500 MB;
 * 40,000 columns under 5 s. Before the import was made linear, 1,000 / 2,000 / 4,000 / 8,000
 * rows took 0.48 / 1.45 / 5.0 / 15.7 s and 40,000 columns 19.7 s.
 * Run: build/tests/bench/bench_import
 */
class BenchImport : public QObject
{
    Q_OBJECT

private slots:
    void commandLine_data();
    void commandLine();

private:
    QTemporaryDir m_dir;
};

void BenchImport::commandLine_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("1,000 rows x 30") << 1000 << 30;
    QTest::newRow("10,000 rows x 30") << 10000 << 30;
    QTest::newRow("100,000 rows x 30") << 100000 << 30;
    QTest::newRow("40,000 columns x 3 rows") << 3 << 40000;
}

void BenchImport::commandLine()
{
    QFETCH(int, rows);
    QFETCH(int, columns);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(','));
    const QString csvPath = m_dir.filePath(tag + QStringLiteral(".csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(table(rows, columns));
    csv.close();

    const QString workspace = m_dir.filePath(tag + QStringLiteral(".gtmw"));
    // A fresh empty workspace, so that every row adds a vertical; measured once.
    QFile::remove(workspace);
    QCOMPARE(QProcess::execute(QStringLiteral(GTM_WORKBENCH_EXECUTABLE),
                               {QStringLiteral("new"), workspace}),
             0);
    QBENCHMARK_ONCE
    {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral(GTM_WORKBENCH_EXECUTABLE),
                      {QStringLiteral("import"), workspace, csvPath});
        QVERIFY(process.waitForFinished(600000));
        QCOMPARE(process.exitCode(), 0);
    }
    struct rusage usage;
    getrusage(RUSAGE_CHILDREN, &usage);
    qInfo("peak resident memory of a child so far (rows run in growing size): %.1f MB",
          usage.ru_maxrss / 1024.0);
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
