#include "testworkspaces.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "editors/indicatorfield.h"
#include "editors/verticalworksheet.h"
#include "mainwindow.h"
#include "panels/scorepanel.h"
#include "panels/verticalnavigator.h"
#include "storage/sqliteworkspacestore.h"
#include "storage/workspacefiles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

/**
 * Issue 4's targets: start to first painted window under 0.6 s; switching the selected vertical
 * under 50 ms with 1,000 verticals; an edit reaching the score panel within 30 ms. Issue 10:
 * the start and the edit in English and in Chinese alike (rows "en" and "zh_CN").
 * Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_gui
 */
class BenchGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startToFirstPaint_data();
    void startToFirstPaint();
    void windowWithSample();
    void switchLanguageInPlace();
    void switchVertical1000();
    void editReachesScorePanel1000_data();
    void editReachesScorePanel1000();

private:
    static Workspace thousand(const QString &language);

    QTemporaryDir m_dir;
    Workspace m_thousand;
};

void BenchGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_thousand = thousand(QStringLiteral("en"));
}

Workspace BenchGui::thousand(const QString &language)
{
    // 1,000 verticals made of the sample's twelve, renamed: realistic values and challenges.
    const Workspace sample = WorkspaceFiles::sampleWorkspace(language);
    Workspace workspace = sample;
    workspace.verticals.clear();
    for (int i = 0; i < 1000; ++i) {
        Vertical v = sample.verticals.at(i % sample.verticals.size());
        v.id = i + 1;
        v.name = QStringLiteral("%1 %2").arg(v.name).arg(i + 1);
        workspace.verticals.append(v);
    }
    return workspace;
}

void BenchGui::startToFirstPaint_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void BenchGui::startToFirstPaint()
{
    // The sample in the language the window speaks, as Open Sample would give it.
    QFETCH(QString, language);
    const QString path = m_dir.filePath(QStringLiteral("sample-%1.gtmw").arg(language));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(WorkspaceFiles::sampleWorkspace(language), &error));
    // No stored preferences: the window's language is then the environment's (LANG).
    const QString config = m_dir.filePath(QStringLiteral("config-%1").arg(language));
    QVERIFY(QDir().mkpath(config));
    QList<qint64> inside;
    QBENCHMARK
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GTM_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"),
                           language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN.UTF-8")
                                                              : QStringLiteral("C.UTF-8"));
        if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GTM_WORKBENCH_EXECUTABLE), {path});
        QVERIFY(process.waitForFinished(30000));
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("first paint after (\\d+) ms"))
                  .match(QString::fromUtf8(process.readAllStandardOutput()));
        QVERIFY(match.hasMatch());
        inside.append(match.captured(1).toLongLong());
    }
    // The process's own clock starts in main(); the benchmark's wall time adds loading the program.
    qInfo(
        "%s: first paint %lld ms after main() (median of %lld runs)", qPrintable(language),
        [&] {
            std::sort(inside.begin(), inside.end());
            return inside.at(inside.size() / 2);
        }(),
        static_cast<long long>(inside.size()));
}

void BenchGui::windowWithSample()
{
    QBENCHMARK
    {
        MainWindow window;
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->reset(Workspace(), QString(), false);
    }
}

void BenchGui::switchLanguageInPlace()
{
    // Preferences ▸ Language applied: the window's pages, docks and menus made again in the
    // other language, on the sample with the recommendation showing. One iteration is a switch
    // to Chinese and back.
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::ChartPage);
    QBENCHMARK
    {
        for (const char *language : {"zh_CN", "en"}) {
            Translations::install()->setLanguage(QString::fromLatin1(language));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QCoreApplication::processEvents();
        }
    }
}

void BenchGui::switchVertical1000()
{
    MainWindow window;
    window.document()->reset(m_thousand, QString(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::VerticalPage);
    int i = 0;
    QBENCHMARK
    {
        const VerticalId id = window.document()->workspace().verticals.at((i++ * 37) % 1000).id;
        window.navigator()->select(id);
        QCOMPARE(window.verticalWorksheet()->vertical(), id);
        QCoreApplication::processEvents(); // paint it
    }
    window.document()->reset(Workspace(), QString(), false);
}

void BenchGui::editReachesScorePanel1000_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void BenchGui::editReachesScorePanel1000()
{
    // The program's language, as Preferences set it; English again afterwards.
    QFETCH(QString, language);
    QVERIFY(Translations::install()->setLanguage(language));
    const auto english
        = qScopeGuard([] { Translations::install()->setLanguage(QStringLiteral("en")); });
    QCOMPARE(Language::current(), language);
    MainWindow window;
    window.document()->reset(thousand(language), QString(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const VerticalId first = window.document()->workspace().verticals.at(0).id;
    window.navigator()->select(first);
    QLabel *readiness = window.scorePanel()->readinessLabel();
    int step = 0;
    QBENCHMARK
    {
        // Alternate data availability between 1 and 5: the readiness shown must change each time.
        const QString before = readiness->text();
        QString error;
        Commands::setIndicatorValue(window.document(), first,
                                    QStringLiteral("capabilities.data_availability"),
                                    (step++ % 2) ? 1.0 : 5.0, &error);
        QVERIFY(readiness->text() != before);
    }
    window.document()->reset(Workspace(), QString(), false);
}

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
