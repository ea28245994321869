#include "runworkbench.h"

#include "storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

/** The command line as a user or a script meets it: the real executable, its exit statuses and
 * output. */
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void briefNeedsNoDisplay();
    void mistakesAreSaidWithoutADisplay_data();
    void mistakesAreSaidWithoutADisplay();
    void briefTakesNamesWithCommas();
    void messagesFollowTheUsersLanguage();
    void init();
    void exitStatuses_data();
    void exitStatuses();
    void sampleExportsOneCsvRowPerVertical();
    void sampleFollowsTheLanguage_data();
    void sampleFollowsTheLanguage();
    void jsonRoundTripKeepsEveryField();
    void badFilesFailWithOneLineAndStayUnchanged_data();
    void badFilesFailWithOneLineAndStayUnchanged();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void failedImportLeavesWorkspaceUnchanged();
    void importReportsCreatedIndicators();
    void newRefusesToOverwrite();
    void checkReportsDamage();
    void flaggedValuesStopScoring_data();
    void flaggedValuesStopScoring();
    void controlCharactersAreEscaped();
    void infiniteValuesAreNeverWritten_data();
    void infiniteValuesAreNeverWritten();
    void runsWithoutDisplay();
    void scoreFormats();
    void recommendMarksAHalfFilledVerticalProvisional();
    void sensitivityIsReproducible();
    void modelRoundTripChangesScores();
    void scenarioAddCompareRemove();
    void invalidModelIsRefusedUntouched();

private:
    Result run(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

Result TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runWorkbench(arguments, environment, m_dir->path());
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The English sample whatever the language of the environment the tests run in.
    QCOMPARE(run({QStringLiteral("new"), QStringLiteral("--sample"),
                  QStringLiteral("--sample-lang"), QStringLiteral("en"), path("s.gtmw")})
                 .exitCode,
             0);
}

void TestCli::exitStatuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");

    const auto args = [](const char *line) {
        return QString::fromUtf8(line).split(QLatin1Char(' '));
    };
    QTest::newRow("--version") << args("--version") << 0 << "gtm-workbench 0.1.0"
                               << "";
    QTest::newRow("--help")
        << args("--help") << 0
        << "\n  new [--sample [--sample-lang en|zh_CN]] WORKSPACE\n      Creates a "
           "workspace file"
        << "";
    QTest::newRow("new empty") << args("new e.gtmw") << 0 << "Created"
                               << "";
    QTest::newRow("export csv") << args("export s.gtmw out.csv") << 0 << "Exported 12 verticals"
                                << "";
    QTest::newRow("export json") << args("export s.gtmw out.json") << 0 << "Exported"
                                 << "";
    QTest::newRow("check") << args("check s.gtmw") << 0
                           << "s.gtmw: OK (file format 5, 12 verticals, 216"
                           << "";
    QTest::newRow("unknown sub-command option") << args("--frobnicate") << 2 << ""
                                                << "unknown option";
    QTest::newRow("new without file") << args("new") << 2 << ""
                                      << "usage: gtm-workbench new";
    QTest::newRow("new with unknown flag") << args("new --sampel x.gtmw") << 2 << ""
                                           << "unknown option \"--sampel\"";
    QTest::newRow("new Chinese sample") << args("new --sample --sample-lang zh_CN z.gtmw") << 0
                                        << "Created z.gtmw: the sample workspace (12 verticals)."
                                        << "";
    QTest::newRow("new, sample language with =")
        << args("new --sample --sample-lang=en z.gtmw") << 0 << "Created z.gtmw"
        << "";
    QTest::newRow("new, unknown sample language")
        << args("new --sample --sample-lang fr z.gtmw") << 2 << ""
        << "--sample-lang must be en or zh_CN, not \"fr\"";
    QTest::newRow("new, sample language zh")
        << args("new --sample --sample-lang zh z.gtmw") << 2 << ""
        << "--sample-lang must be en or zh_CN";
    QTest::newRow("new, sample language without --sample")
        << args("new --sample-lang zh_CN z.gtmw") << 2 << ""
        << "--sample-lang needs --sample";
    QTest::newRow("new, sample language without value")
        << args("new --sample z.gtmw --sample-lang") << 2 << ""
        << "the option \"--sample-lang\" needs a value";
    QTest::newRow("import missing table") << args("import s.gtmw") << 2 << ""
                                          << "usage: gtm-workbench import";
    QTest::newRow("export unknown format") << args("export s.gtmw out.xlsx") << 2 << ""
                                           << "must end in .csv or .json";
    QTest::newRow("check two files") << args("check a b") << 2 << ""
                                     << "usage: gtm-workbench check";
    QTest::newRow("score") << args("score s.gtmw") << 0 << "Finance"
                           << "";
    QTest::newRow("score, unknown format") << args("score s.gtmw --format xml") << 2 << ""
                                           << "--format must be table, csv or json";
    QTest::newRow("score, no runs") << args("score s.gtmw --sensitivity 0") << 2 << ""
                                    << "--sensitivity takes a number of runs";
    QTest::newRow("score, seed alone") << args("score s.gtmw --seed 3") << 2 << ""
                                       << "--seed only applies with --sensitivity";
    QTest::newRow("score, option without value") << args("score s.gtmw --model") << 2 << ""
                                                 << "needs a value";
    QTest::newRow("score, missing model file") << args("score s.gtmw --model none.json") << 1 << ""
                                               << "none.json:";
    QTest::newRow("model tree") << args("model s.gtmw") << 0
                                << "Data availability  weight 2 (25.0 %)"
                                << "";
    QTest::newRow("model get") << args("model s.gtmw --get m.json") << 0
                               << "Wrote the scoring model"
                               << "";
    QTest::newRow("model set and get") << args("model s.gtmw --set a.json --get b.json") << 2 << ""
                                       << "not both";
    QTest::newRow("brief") << args("brief s.gtmw -o b.pdf") << 0 << "Wrote b.pdf: "
                           << "";
    QTest::newRow("brief without -o") << args("brief s.gtmw") << 2 << ""
                                      << "say where the brief goes with -o BRIEF.pdf";
    QTest::newRow("brief, unknown language") << args("brief s.gtmw -o b.pdf --lang fr") << 2 << ""
                                             << "--lang must be en or zh_CN, not \"fr\"";
    QTest::newRow("brief, unknown page size")
        << args("brief s.gtmw -o b.pdf --page-size A5") << 2 << ""
        << "--page-size must be A4 or Letter, not \"A5\"";
    QTest::newRow("brief, unknown vertical")
        << args("brief s.gtmw -o b.pdf --verticals Finance,Mining") << 1 << ""
        << "s.gtmw: There is no vertical named \"Mining\".";
    // Messages stay in the program's language whatever the brief's.
    QTest::newRow("brief in Chinese, message in English")
        << args("brief s.gtmw -o zh.pdf --lang zh_CN") << 0 << "Wrote zh.pdf: "
        << "";
    QTest::newRow("brief in Chinese, unknown vertical")
        << args("brief s.gtmw -o b.pdf --lang zh_CN --verticals Mining") << 1 << ""
        << "s.gtmw: There is no vertical named \"Mining\".";
    // A "%2" in a file name is the file name's.
    QTest::newRow("brief to a name with %2")
        << args("brief s.gtmw -o b%2.pdf") << 0 << "Wrote b%2.pdf: "
        << "";

    QTest::newRow("recommend") << args("recommend s.gtmw --runs 200") << 0
                               << "Go first to Finance (with safeguards)"
                               << "";
    QTest::newRow("recommend, unknown format") << args("recommend s.gtmw --format xml") << 2 << ""
                                               << "--format must be table, csv or json";
    QTest::newRow("recommend, no runs") << args("recommend s.gtmw --runs 0") << 2 << ""
                                        << "--runs takes a number of runs";
    QTest::newRow("recommend, bad seed") << args("recommend s.gtmw --seed -1") << 2 << ""
                                         << "--seed takes a whole number";
    QTest::newRow("recommend, unknown scenario")
        << args("recommend s.gtmw --scenario Bold") << 1 << ""
        << "s.gtmw: there is no scenario named";
    QTest::newRow("score, model and scenario")
        << args("score s.gtmw --model m.json --scenario Bold") << 2 << ""
        << "give --model or --scenario, not both";
    QTest::newRow("score, unknown scenario") << args("score s.gtmw --scenario Bold") << 1 << ""
                                             << "there is no scenario named \"Bold\"";
    QTest::newRow("scenario list, none")
        << args("scenario s.gtmw --list") << 0 << "has no scenarios"
        << "";
    QTest::newRow("scenario, no action") << args("scenario s.gtmw") << 2 << ""
                                         << "give one of --list, --add, --remove and --compare";
    QTest::newRow("scenario, two actions") << args("scenario s.gtmw --list --remove X") << 2 << ""
                                           << "give one of --list";
    QTest::newRow("scenario add without model") << args("scenario s.gtmw --add X") << 2 << ""
                                                << "--add NAME needs --model";
    QTest::newRow("scenario format without compare")
        << args("scenario s.gtmw --list --format csv") << 2 << ""
        << "--format only applies with --compare";
    QTest::newRow("scenario compare unknown") << args("scenario s.gtmw --compare X") << 1 << ""
                                              << "there is no scenario named \"X\"";
    QTest::newRow("scenario remove unknown") << args("scenario s.gtmw --remove X") << 1 << ""
                                             << "there is no scenario named \"X\"";

    QTest::newRow("export missing workspace") << args("export none.gtmw o.csv") << 1 << ""
                                              << "none.gtmw: no such file";
    QTest::newRow("import missing table file") << args("import s.gtmw none.csv") << 1 << ""
                                               << "none.csv:";
    QTest::newRow("import unknown format") << args("import s.gtmw t.txt") << 1 << ""
                                           << "unknown table format";
    QTest::newRow("check missing") << args("check none.gtmw") << 1 << ""
                                   << "none.gtmw: no such file";
}

void TestCli::briefNeedsNoDisplay()
{
    // No display, and a platform asked for that needs one (as an ssh session may export).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Result result
        = run(QStringLiteral("brief s.gtmw -o headless.pdf").split(QLatin1Char(' ')), environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo(path("headless.pdf")).size() > 10000);
}

void TestCli::mistakesAreSaidWithoutADisplay_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("a sub-command mistyped")
        << "scor s.gtmw" << 2
        << "\"scor\" is neither a sub-command nor a workspace file; did you mean \"score\"?";
    QTest::newRow("mistyped, alone") << "expotr" << 2 << "did you mean \"export\"?";
    QTest::newRow("nothing like a sub-command")
        << "frobnicate x" << 2 << "the sub-commands are new, score, import,";
    QTest::newRow("two workspaces") << "s.gtmw s.gtmw" << 2 << "give at most one workspace to open";
    QTest::newRow("a sub-command's help") << "score --help" << 0 << "";
    QTest::newRow("the window, without a display")
        << "s.gtmw" << 1 << "there is no display to show the window on";
    QTest::newRow("the window, nothing to open, without a display")
        << "" << 1 << "the sub-commands need none";
}

void TestCli::mistakesAreSaidWithoutADisplay()
{
    // A machine without a display (an ssh session, CI): no window system may be asked for,
    // which would abort (exit 134) with Qt's "could not connect to display".
    QFETCH(QString, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    const Result result
        = run(arguments.isEmpty() ? QStringList() : arguments.split(QLatin1Char(' ')), environment);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(said), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("could not connect")), qPrintable(result.err));
}

void TestCli::messagesFollowTheUsersLanguage()
{
    // LANG=zh_CN: help, messages and errors in Chinese; a brief in English stays wholly English
    // and one in Chinese wholly Chinese, whatever the messages' language.
    QProcessEnvironment chinese = QProcessEnvironment::systemEnvironment();
    chinese.remove(QStringLiteral("LC_ALL"));
    chinese.remove(QStringLiteral("LC_MESSAGES"));
    chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    const Result help = run({QStringLiteral("--help")}, chinese);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("用法：")), qPrintable(help.out));
    const Result missing = run({QStringLiteral("check"), path("none.gtmw")}, chinese);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(han), qPrintable(missing.err));
    const Result usage = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--format"),
                              QStringLiteral("xml")},
                             chinese);
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains(han), qPrintable(usage.err));

    const Result english = run(
        {QStringLiteral("brief"), path("s.gtmw"), QStringLiteral("-o"), path("en.pdf")}, chinese);
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(han), qPrintable(english.out)); // "已写入 …"
    QProcess text;
    text.start(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path("en.pdf"), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString englishText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(englishText.contains(QLatin1String("Executive summary")));
    const QRegularExpressionMatch leak = han.match(englishText);
    QVERIFY2(!leak.hasMatch(),
             qPrintable(englishText.mid(std::max<qsizetype>(0, leak.capturedStart() - 60), 120)));
    // A workspace made in a Chinese shell stores the default model's names as their source, so
    // the file reads the same whoever made it (they are translated where shown).
    QCOMPARE(run({QStringLiteral("new"), path("made-in-zh.gtmw")}, chinese).exitCode, 0);
    QCOMPARE(run({QStringLiteral("model"), path("made-in-zh.gtmw"), QStringLiteral("--get"),
                  path("made-in-zh.json")})
                 .exitCode,
             0);
    const QJsonObject model = QJsonDocument::fromJson(fileBytes(path("made-in-zh.json"))).object();
    QCOMPARE(model.value(QLatin1String("name")).toString(), QStringLiteral("GTM default model"));
    // And a Chinese brief from an English environment: its messages stay English.
    const Result chineseBrief
        = run({QStringLiteral("brief"), path("s.gtmw"), QStringLiteral("-o"), path("zh.pdf"),
               QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY(chineseBrief.out.startsWith(QLatin1String("Wrote ")));
}

void TestCli::briefTakesNamesWithCommas()
{
    // "Oil, gas and mining" is one vertical, not "Oil" and " gas and mining".
    QVERIFY(run({QStringLiteral("new"), QStringLiteral("x.gtmw")}).exitCode == 0);
    QFile table(path("commas.csv"));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("vertical,context.ai_enthusiasm\n\"Oil, gas and mining\",3\nRetail,4\n");
    table.close();
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("x.gtmw"), QStringLiteral("commas.csv")})
                 .exitCode,
             0);
    const Result result
        = run(QStringList {QStringLiteral("brief"), QStringLiteral("x.gtmw"), QStringLiteral("-o"),
                           QStringLiteral("c.pdf"), QStringLiteral("--verticals"),
                           QStringLiteral("Oil, gas and mining,Retail")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void TestCli::exitStatuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains(stdoutHas), qPrintable(result.out));
    QVERIFY2(result.err.contains(stderrHas), qPrintable(result.err));
    if (exitCode == 1) // a failed operation: one clear line naming the file
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    if (exitCode == 0)
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestCli::sampleExportsOneCsvRowPerVertical()
{
    QCOMPARE(run({QStringLiteral("export"), path("s.gtmw"), path("s.csv")}).exitCode, 0);
    const QByteArray csv = fileBytes(path("s.csv"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBFvertical,context.ai_enthusiasm,"));
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 12);
    QVERIFY(lines.at(1).startsWith("Finance,"));
    QCOMPARE(lines.at(1).count(','), lines.at(0).count(','));
}

void TestCli::sampleFollowsTheLanguage_data()
{
    QTest::addColumn<QStringList>("environment"); // NAME=VALUE, after removing LC_ALL, ...
    QTest::addColumn<QString>("option"); // --sample-lang's value, if any
    QTest::addColumn<QByteArray>("firstVertical");

    const auto list = [](const char *text) {
        return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("no language set") << list("") << QString() << QByteArray("Finance");
    QTest::newRow("LANG English") << list("LANG=en_US.UTF-8") << QString() << QByteArray("Finance");
    QTest::newRow("LANG Chinese") << list("LANG=zh_CN.UTF-8") << QString() << QByteArray("金融");
    QTest::newRow("LANG zh alone") << list("LANG=zh") << QString() << QByteArray("金融");
    QTest::newRow("LC_MESSAGES before LANG")
        << list("LC_MESSAGES=zh_CN.UTF-8 LANG=en_US.UTF-8") << QString() << QByteArray("金融");
    QTest::newRow("LC_ALL before LC_MESSAGES")
        << list("LC_ALL=C LC_MESSAGES=zh_CN.UTF-8 LANG=zh_CN.UTF-8") << QString()
        << QByteArray("Finance");
    QTest::newRow("empty LC_ALL is unset")
        << list("LC_ALL= LANG=zh_CN.UTF-8") << QString() << QByteArray("金融");
    QTest::newRow("option before LANG")
        << list("LANG=zh_CN.UTF-8") << QStringLiteral("en") << QByteArray("Finance");
    QTest::newRow("option zh_CN") << list("LANG=en_US.UTF-8") << QStringLiteral("zh_CN")
                                  << QByteArray("金融");
}

void TestCli::sampleFollowsTheLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, option);
    QFETCH(QByteArray, firstVertical);
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        processEnvironment.remove(QString::fromLatin1(name));
    for (const QString &setting : std::as_const(environment))
        processEnvironment.insert(setting.section(QLatin1Char('='), 0, 0),
                                  setting.section(QLatin1Char('='), 1));
    QStringList arguments = {QStringLiteral("new"), QStringLiteral("--sample")};
    if (!option.isEmpty())
        arguments << QStringLiteral("--sample-lang") << option;
    arguments << path("z.gtmw");
    const Result created = run(arguments, processEnvironment);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(run({QStringLiteral("export"), path("z.gtmw"), path("z.csv")}).exitCode, 0);
    const QList<QByteArray> lines = fileBytes(path("z.csv")).trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 12);
    QVERIFY2(lines.at(1).startsWith(firstVertical + ','), lines.at(1).constData());
}

void TestCli::jsonRoundTripKeepsEveryField()
{
    QCOMPARE(run({QStringLiteral("export"), path("s.gtmw"), path("s.json")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("new"), path("e.gtmw")}).exitCode, 0);
    const Result imported = run({QStringLiteral("import"), path("e.gtmw"), path("s.json")});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QLatin1String("12 verticals added")), qPrintable(imported.out));
    QCOMPARE(run({QStringLiteral("export"), path("e.gtmw"), path("e.json")}).exitCode, 0);
    const QByteArray original = fileBytes(path("s.json"));
    QVERIFY(original.size() > 10000);
    QCOMPARE(fileBytes(path("e.json")), original);
    // And the sources of published figures survive in the SQLite file.
    QVERIFY(original.contains("Nedelkoska"));
}

void TestCli::badFilesFailWithOneLineAndStayUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage") << "garbage"
                             << "not a GTM Workbench workspace";
    QTest::newRow("truncated") << "truncated"
                               << "truncated";
    QTest::newRow("newer") << "newer"
                           << "newer GTM Workbench";
}

void TestCli::badFilesFailWithOneLineAndStayUnchanged()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString bad = path("bad.gtmw");
    if (kind == QLatin1String("garbage")) {
        QByteArray bytes;
        for (int i = 0; i < 3000; ++i)
            bytes.append(char((i * 7919) % 251));
        writeFile(bad, bytes);
    } else if (kind == QLatin1String("truncated")) {
        writeFile(bad, fileBytes(path("s.gtmw")).left(20000));
    } else {
        QVERIFY(QFile::copy(path("s.gtmw"), bad));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli"));
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Gtm::Schema::CurrentVersion + 1)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cli"));
    }
    const QByteArray before = fileBytes(bad);
    const QList<QStringList> commands = {
        {QStringLiteral("export"), bad, path("o.csv")},
        {QStringLiteral("export"), bad, path("o.json")},
        {QStringLiteral("import"), bad, path("t.csv")},
        {QStringLiteral("check"), bad},
    };
    writeFile(path("t.csv"), "vertical,context.ai_enthusiasm\nRetail,3\n");
    for (const QStringList &command : commands) {
        const Result result = run(command);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY2(
            result.err.startsWith(QLatin1String("gtm-workbench: ") + bad + QLatin1String(": ")),
            qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fileBytes(bad), before);
    }
    QVERIFY(!QFile::exists(path("o.csv")));
    QVERIFY(!QFile::exists(path("o.json")));
}

void TestCli::hostileFilesAreRefused_data()
{
    // The corpus in tests/data/bad (made by make_corpus.py there): each file, given where its
    // folder says, is refused with exit status 1 and one line, and no byte of the workspace or
    // of the file changes.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("arguments"); // FILE: the file; s.gtmw: a sound workspace
    const QDir corpus(QStringLiteral(GTM_BAD_INPUTS_DIR));
    int files = 0;
    const QList<std::pair<QString, QList<QStringList>>> uses = {
        {QStringLiteral("table"),
         {{QStringLiteral("import"), QStringLiteral("s.gtmw"), QStringLiteral("FILE")}}},
        {QStringLiteral("model"),
         {{QStringLiteral("model"), QStringLiteral("s.gtmw"), QStringLiteral("--set"),
           QStringLiteral("FILE")}}},
        {QStringLiteral("workspace"),
         {{QStringLiteral("score"), QStringLiteral("FILE")},
          {QStringLiteral("check"), QStringLiteral("FILE")},
          {QStringLiteral("import"), QStringLiteral("FILE"), QStringLiteral("t.csv")}}},
        {QStringLiteral("workspace-check"), {{QStringLiteral("check"), QStringLiteral("FILE")}}},
    };
    for (const auto &[folder, commands] : uses) {
        const QStringList names = QDir(corpus.filePath(folder)).entryList(QDir::Files, QDir::Name);
        files += int(names.size());
        for (const QString &name : names) {
            for (const QStringList &arguments : commands) {
                QTest::addRow("%s/%s (%s)", qPrintable(folder), qPrintable(name),
                              qPrintable(arguments.constFirst()))
                    << corpus.filePath(folder + QLatin1Char('/') + name) << arguments;
            }
        }
    }
    QVERIFY2(files >= 100, qPrintable(QString::number(files)));
}

void TestCli::hostileFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QStringList, arguments);
    const QString copy = m_dir->filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, copy));
    writeFile(path("t.csv"), "vertical,context.ai_enthusiasm\nFinance,3\n");
    const QByteArray workspace = fileBytes(path("s.gtmw"));
    const QByteArray input = fileBytes(copy);
    arguments.replaceInStrings(QStringLiteral("FILE"), copy);
    const Result result = run(arguments);
    QVERIFY2(result.exitCode == 1,
             qPrintable(
                 QStringLiteral("exit %1: %2%3").arg(result.exitCode).arg(result.out, result.err)));
    // One line; check names every problem it finds, each on a line of its own.
    if (arguments.constFirst() != QLatin1String("check"))
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(result.err.startsWith(QLatin1String("gtm-workbench: ")));
    QCOMPARE(fileBytes(path("s.gtmw")), workspace);
    QCOMPARE(fileBytes(copy), input);
}

void TestCli::failedImportLeavesWorkspaceUnchanged()
{
    writeFile(path("bad.csv"), "vertical;capabilities.data_availability\nFinance;4\nRetail;9\n");
    const QByteArray before = fileBytes(path("s.gtmw"));
    const Result result = run({QStringLiteral("import"), path("s.gtmw"), path("bad.csv")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(
                 QLatin1String("bad.csv: line 3, column \"capabilities.data_availability\": 9 is "
                               "outside the allowed range (0 to 5); nothing was imported")),
             qPrintable(result.err));
    QCOMPARE(fileBytes(path("s.gtmw")), before);
}

void TestCli::importReportsCreatedIndicators()
{
    writeFile(path("extra.csv"),
              "\xEF\xBB\xBFVertical;Data availability;Churn rate;\"Partner count\"\r\n"
              "Finance;3,5;2,1;14\r\n\"Logistics; freight\";2;;3\r\n");
    const Result result = run({QStringLiteral("import"), path("s.gtmw"), path("extra.csv")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("1 vertical added, 1 updated, 5 values set")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(
                 QLatin1String("Created custom indicator custom.churn_rate (Churn rate)")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(
                 QLatin1String("Created custom indicator custom.partner_count (Partner count)")),
             qPrintable(result.out));
    QCOMPARE(run({QStringLiteral("export"), path("s.gtmw"), path("after.csv")}).exitCode, 0);
    const QString csv = QString::fromUtf8(fileBytes(path("after.csv")));
    QVERIFY(csv.contains(QLatin1String(",custom.churn_rate,custom.partner_count\r\n")));
    QVERIFY2(csv.contains(QLatin1String("\r\nLogistics; freight,,,,,2,")), qPrintable(csv));
    QVERIFY(csv.contains(QLatin1String(",2.1,14\r\n")));
}

void TestCli::newRefusesToOverwrite()
{
    const QByteArray before = fileBytes(path("s.gtmw"));
    const Result result = run({QStringLiteral("new"), path("s.gtmw")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("already exists")));
    QCOMPARE(fileBytes(path("s.gtmw")), before);
}

void TestCli::checkReportsDamage()
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dmg"));
        db.setDatabaseName(path("s.gtmw"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE indicator_value SET value = 140"
                                          " WHERE indicator_id = 'consequences.jobs_high_risk_pct'"
                                          " AND vertical_id = 1")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dmg"));
    const Result result = run({QStringLiteral("check"), path("s.gtmw")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String(
                 "Jobs at high risk of automation is 140, outside its range (0 to 100)")),
             qPrintable(result.err));
}

namespace {

/** Runs one SQL statement on a workspace file, as another program (an SQLite client) would. */
bool editWithSqlite(const QString &file, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(file);
        ok = db.open() && QSqlQuery(db).exec(statement);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    return ok;
}

} // namespace

void TestCli::flaggedValuesStopScoring_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("score") << QStringList {QStringLiteral("score")};
    QTest::newRow("brief") << QStringList {QStringLiteral("brief"), QStringLiteral("-o"),
                                           QStringLiteral("b.pdf")};
    QTest::newRow("recommend") << QStringList {QStringLiteral("recommend")};
    QTest::newRow("import") << QStringList {QStringLiteral("import"), QStringLiteral("t.csv")};
}

void TestCli::flaggedValuesStopScoring()
{
    QFETCH(QStringList, arguments);
    // AI talent is on a 0–5 scale; another tool wrote 99 into the first vertical.
    QVERIFY(editWithSqlite(path("s.gtmw"),
                           QStringLiteral("UPDATE indicator_value SET value = 99 WHERE "
                                          "indicator_id = 'capabilities.ai_talent' AND "
                                          "vertical_id = 1")));
    writeFile(path("t.csv"), "vertical,capabilities.ai_talent\nTravel,3\n");
    const QByteArray before = fileBytes(path("s.gtmw"));
    arguments.insert(1, path("s.gtmw"));
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(result.err.contains(QLatin1String("AI talent is 99, outside its range (0 to 5)")),
             qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(path("b.pdf")));
    QCOMPARE(fileBytes(path("s.gtmw")), before);
}

void TestCli::controlCharactersAreEscaped()
{
    // A name holding ESC [ 2 J (clear the screen) and a right-to-left override, written by
    // another program: the terminal must be shown the characters, never given them.
    QVERIFY(editWithSqlite(path("s.gtmw"),
                           QStringLiteral("UPDATE vertical SET name = 'Fin' || char(27) || "
                                          "'[2Jance' || char(8238) || 'x' WHERE id = 1")));
    // score prints the name in its table; check names the character.
    const Result score = run({QStringLiteral("score"), path("s.gtmw")});
    QCOMPARE(score.exitCode, 0);
    QVERIFY2(!score.out.contains(QChar(0x1b)) && !score.out.contains(QChar(0x202e)),
             qPrintable(score.out));
    QVERIFY2(score.out.contains(QLatin1String("Fin\\x1b[2Jance\\u202ex ")), qPrintable(score.out));
    const Result check = run({QStringLiteral("check"), path("s.gtmw")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY(!check.err.contains(QChar(0x1b)) && !check.err.contains(QChar(0x202e)));
    // "Fin" is 3 characters, so ESC is the 4th.
    QVERIFY2(check.err.contains(QLatin1String("Vertical \"Fin\\x1b[2Jance\\u202ex\": "
                                              "character 4 is the control character U+001B")),
             qPrintable(check.err));
}

void TestCli::infiniteValuesAreNeverWritten_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("csv") << QStringLiteral("out.csv");
    QTest::newRow("json") << QStringLiteral("out.json");
}

void TestCli::infiniteValuesAreNeverWritten()
{
    QFETCH(QString, target);
    // SQLite stores 9e999 as infinity: a market size no program should have written.
    QVERIFY(editWithSqlite(path("s.gtmw"),
                           QStringLiteral("UPDATE indicator_value SET value = 9e999 WHERE "
                                          "indicator_id = 'market.size_usd_bn' AND "
                                          "vertical_id = 1")));
    const Result result = run({QStringLiteral("export"), path("s.gtmw"), m_dir->filePath(target)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("market.size_usd_bn is inf, not a number that "
                                               "can be written")),
             qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(target)));
}

void TestCli::runsWithoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Result result
        = run({QStringLiteral("export"), path("s.gtmw"), path("x.json")}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestCli::scoreFormats()
{
    const Result csv = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 1 + 12);
    QCOMPARE(lines.at(0),
             QStringLiteral("vertical,readiness,readiness_rank,risk,risk_rank,quadrant,"
                            "readiness_coverage,risk_coverage,provisional"));
    QVERIFY(lines.at(1).startsWith(QLatin1String("Finance,")));
    // The coverage columns come last, after the robustness ones, so older columns keep their
    // places.
    const Result robust
        = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("--sensitivity"), QStringLiteral("20")});
    const QString header = robust.out.section(QStringLiteral("\r\n"), 0, 0);
    QVERIFY2(header.startsWith(QLatin1String("vertical,readiness,readiness_rank,risk,risk_rank,"
                                             "quadrant,readiness_rank_median,")),
             qPrintable(header));
    QVERIFY2(header.endsWith(
                 QLatin1String(",share_monitor,readiness_coverage,risk_coverage,provisional")),
             qPrintable(header));

    const Result json
        = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--format=json")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.value(QLatin1String("format")).toString(),
             QStringLiteral("gtm-workbench-scores"));
    const QJsonArray verticals = document.value(QLatin1String("verticals")).toArray();
    QCOMPARE(verticals.size(), 12);
    const QJsonObject readiness = verticals.at(0)
                                      .toObject()
                                      .value(QLatin1String("scores"))
                                      .toObject()
                                      .value(QLatin1String("readiness"))
                                      .toObject();
    double sum = 0;
    for (const QJsonValue &c : readiness.value(QLatin1String("contributions")).toArray())
        sum += c.toObject().value(QLatin1String("contribution")).toDouble();
    QVERIFY(qAbs(sum - readiness.value(QLatin1String("score")).toDouble()) < 0.01);
}

void TestCli::recommendMarksAHalfFilledVerticalProvisional()
{
    // Context and Capabilities only: readiness rests on 85 % of its weight, risk on 20 %.
    writeFile(path("logistics.csv"),
              "Vertical,context.ai_enthusiasm,context.expectation_realism,"
              "context.strategy_maturity,context.modality_fit,capabilities.data_availability,"
              "capabilities.data_collection_habit,capabilities.digital_maturity,"
              "capabilities.executive_sponsorship,capabilities.ai_talent,"
              "capabilities.regulatory_burden\r\nLogistics,4,3.5,3,4,4,3,4,3.5,2.5,2\r\n");
    QCOMPARE(run({QStringLiteral("import"), path("s.gtmw"), path("logistics.csv")}).exitCode, 0);

    const Result csv
        = run({QStringLiteral("recommend"), path("s.gtmw"), QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("--runs"), QStringLiteral("200")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 1 + 13);
    QVERIFY(lines.at(0).startsWith(
        QLatin1String("vertical,wave,readiness,risk,quadrant,quadrant_share,readiness_coverage,"
                      "risk_coverage,provisional,reason")));
    const QStringList logistics = lines.filter(QRegularExpression(QStringLiteral("^Logistics,")));
    QCOMPARE(logistics.size(), 1);
    QVERIFY2(logistics.first().startsWith(QLatin1String("Logistics,undecided,")),
             qPrintable(logistics.first()));
    QVERIFY2(logistics.first().contains(QLatin1String(",0.8500,0.2000,true,")),
             qPrintable(logistics.first()));
    QVERIFY(!lines.at(1).startsWith(QLatin1String("Logistics"))); // the first row goes first

    const Result score = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--format"),
                              QStringLiteral("csv")});
    QVERIFY2(score.out.contains(QLatin1String("\r\nLogistics,")), qPrintable(score.out));
    const QString row = score.out.mid(score.out.indexOf(QLatin1String("\r\nLogistics,")) + 2)
                            .section(QLatin1String("\r\n"), 0, 0);
    QVERIFY2(row.endsWith(QLatin1String(",0.8500,0.2000,true")), qPrintable(row));
    const Result table = run({QStringLiteral("score"), path("s.gtmw")});
    QVERIFY2(table.out.contains(QLatin1String("Provisional: Logistics.")), qPrintable(table.out));
}

void TestCli::sensitivityIsReproducible()
{
    const QStringList arguments {QStringLiteral("score"),         path("s.gtmw"),
                                 QStringLiteral("--sensitivity"), QStringLiteral("300"),
                                 QStringLiteral("--seed"),        QStringLiteral("42"),
                                 QStringLiteral("--format"),      QStringLiteral("json")};
    const Result first = run(arguments);
    const Result second = run(arguments);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, second.out);
    const QJsonObject document = QJsonDocument::fromJson(first.out.toUtf8()).object();
    QCOMPARE(document.value(QLatin1String("sensitivity"))
                 .toObject()
                 .value(QLatin1String("runs"))
                 .toInt(),
             300);
    const QJsonObject shares = document.value(QLatin1String("verticals"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("sensitivity"))
                                   .toObject()
                                   .value(QLatin1String("quadrantShares"))
                                   .toObject();
    double total = 0;
    for (const QJsonValue &share : shares)
        total += share.toDouble();
    QVERIFY(qAbs(total - 1.0) < 1e-3);
}

void TestCli::scenarioAddCompareRemove()
{
    // A scenario that doubles the Capabilities weight (0.5 → 1.0 of readiness, weights now
    // summing to 1.5). Finance: Context 90, Capabilities 90, Challenges 75 →
    // (0.35·90 + 1.0·90 + 0.15·75) / 1.5 = 88.5 (87.75 before). Technology: Context 87.5,
    // Capabilities 95, Challenges 58.33 → (30.625 + 95 + 8.75) / 1.5 = 89.58 (86.88 before):
    // the two swap ranks 1 and 2.
    QCOMPARE(run({QStringLiteral("model"), path("s.gtmw"), QStringLiteral("--get"), path("m.json")})
                 .exitCode,
             0);
    QJsonObject model = QJsonDocument::fromJson(fileBytes(path("m.json"))).object();
    QJsonArray nodes = model.value(QLatin1String("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes.at(i).toObject();
        if (node.value(QLatin1String("id")).toString() == QLatin1String("readiness.capabilities"))
            node.insert(QStringLiteral("weight"), 1.0);
        nodes[i] = node;
    }
    model.insert(QStringLiteral("nodes"), nodes);
    model.insert(QStringLiteral("name"), QStringLiteral("Capabilities doubled"));
    writeFile(path("doubled.json"), QJsonDocument(model).toJson());
    const Result add
        = run({QStringLiteral("scenario"), path("s.gtmw"), QStringLiteral("--add"),
               QStringLiteral("Data first"), QStringLiteral("--model"), path("doubled.json")});
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.contains(QLatin1String("Added the scenario \"Data first\"")));
    // The same name again, in any case, is refused and changes nothing.
    const QByteArray once = fileBytes(path("s.gtmw"));
    const Result again
        = run({QStringLiteral("scenario"), path("s.gtmw"), QStringLiteral("--add"),
               QStringLiteral("DATA FIRST"), QStringLiteral("--model"), path("doubled.json")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already a scenario named")), qPrintable(again.err));
    QCOMPARE(fileBytes(path("s.gtmw")), once);

    const Result list = run({QStringLiteral("scenario"), path("s.gtmw"), QStringLiteral("--list")});
    QCOMPARE(list.out.trimmed(), QStringLiteral("Data first  (model \"Capabilities doubled\")"));

    const Result compare
        = run({QStringLiteral("scenario"), path("s.gtmw"), QStringLiteral("--compare"),
               QStringLiteral("data first"), QStringLiteral("--format"), QStringLiteral("csv"),
               QStringLiteral("--runs"), QStringLiteral("200")});
    QCOMPARE(compare.exitCode, 0);
    const QStringList rows = compare.out.trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(rows.size(), 1 + 12);
    QVERIFY2(rows.at(1).startsWith(QLatin1String("Finance,87.75,88.50,1,2,")),
             qPrintable(rows.at(1)));
    const QStringList technology = rows.filter(QRegularExpression(QStringLiteral("^Technology,")));
    QCOMPARE(technology.size(), 1);
    QVERIFY2(technology.first().startsWith(QLatin1String("Technology,86.88,89.58,2,1,")),
             qPrintable(technology.first()));
    QVERIFY(technology.first().endsWith(QLatin1String(",true")));
    const Result table
        = run({QStringLiteral("scenario"), path("s.gtmw"), QStringLiteral("--compare"),
               QStringLiteral("Data first"), QStringLiteral("--runs"), QStringLiteral("200")});
    QVERIFY2(table.out.contains(
                 QStringLiteral("Readiness rank shifts: Finance 1 → 2; Technology 2 → 1")),
             qPrintable(table.out));
    QVERIFY(table.out.contains(QLatin1String("Quadrant shifts: ")));

    // --scenario scores and recommends with the scenario's model.
    const Result score
        = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--scenario"),
               QStringLiteral("Data first"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(score.out.contains(QLatin1String("\r\nFinance,88.50,2,")), qPrintable(score.out));
    const Result recommend
        = run({QStringLiteral("recommend"), path("s.gtmw"), QStringLiteral("--scenario"),
               QStringLiteral("Data first"), QStringLiteral("--runs"), QStringLiteral("200")});
    QCOMPARE(recommend.exitCode, 0);
    QVERIFY2(recommend.out.contains(QLatin1String("(scenario \"Data first\")")),
             qPrintable(recommend.out));

    // JSON round trip keeps it; removing it leaves the workspace as it was.
    QCOMPARE(run({QStringLiteral("export"), path("s.gtmw"), path("s.json")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("new"), path("copy.gtmw")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("import"), path("copy.gtmw"), path("s.json")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("scenario"), path("copy.gtmw"), QStringLiteral("--list")})
                 .out.trimmed(),
             list.out.trimmed());
    QCOMPARE(run({QStringLiteral("scenario"), path("s.gtmw"), QStringLiteral("--remove"),
                  QStringLiteral("Data first")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("export"), path("s.gtmw"), path("after.json")}).exitCode, 0);
    QVERIFY(fileBytes(path("after.json")) != fileBytes(path("s.json")));
    QVERIFY2(run({QStringLiteral("scenario"), path("s.gtmw"), QStringLiteral("--list")})
                 .out.contains(QLatin1String("has no scenarios")),
             "the scenario is still listed");
}

void TestCli::modelRoundTripChangesScores()
{
    QCOMPARE(run({QStringLiteral("model"), path("s.gtmw"), QStringLiteral("--get"), path("m.json")})
                 .exitCode,
             0);
    QJsonObject model = QJsonDocument::fromJson(fileBytes(path("m.json"))).object();
    QCOMPARE(model.value(QLatin1String("format")).toString(),
             QStringLiteral("gtm-workbench-model"));
    const QString before = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--format"),
                                QStringLiteral("csv")})
                               .out;

    // Readiness from Capabilities alone: set Context's and Challenges' weights to zero.
    QJsonArray nodes = model.value(QLatin1String("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes.at(i).toObject();
        const QString id = node.value(QLatin1String("id")).toString();
        if (id == QLatin1String("readiness.context") || id == QLatin1String("readiness.challenges"))
            node.insert(QStringLiteral("weight"), 0);
        nodes[i] = node;
    }
    model.insert(QStringLiteral("nodes"), nodes);
    model.insert(QStringLiteral("name"), QStringLiteral("Capabilities only"));
    writeFile(path("capabilities.json"), QJsonDocument(model).toJson());

    // --model scores with the file and leaves the workspace alone.
    const QByteArray workspaceBytes = fileBytes(path("s.gtmw"));
    const Result trial
        = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--model"),
               path("capabilities.json"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(trial.exitCode, 0);
    QVERIFY(trial.out != before);
    QCOMPARE(fileBytes(path("s.gtmw")), workspaceBytes);

    const Result set = run({QStringLiteral("model"), path("s.gtmw"), QStringLiteral("--set"),
                            path("capabilities.json")});
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.contains(QLatin1String("\"Capabilities only\" (20 indicators)")),
             qPrintable(set.out));
    const Result after = run({QStringLiteral("score"), path("s.gtmw"), QStringLiteral("--format"),
                              QStringLiteral("csv")});
    QCOMPARE(after.out, trial.out);
    // Finance's capabilities are 4.5 on all five scales, so readiness = 4.5 / 5 = 90.
    QVERIFY2(after.out.contains(QLatin1String("\r\nFinance,90.00,")), qPrintable(after.out));
}

void TestCli::invalidModelIsRefusedUntouched()
{
    QCOMPARE(run({QStringLiteral("model"), path("s.gtmw"), QStringLiteral("--get"), path("m.json")})
                 .exitCode,
             0);
    QByteArray json = fileBytes(path("m.json"));
    json.replace("\"weight\": 0.35", "\"weight\": -0.35");
    writeFile(path("bad.json"), json);
    const QByteArray before = fileBytes(path("s.gtmw"));
    for (const QString &command : {QStringLiteral("--set"), QStringLiteral("--model")}) {
        const Result result = command == QLatin1String("--set")
            ? run({QStringLiteral("model"), path("s.gtmw"), command, path("bad.json")})
            : run({QStringLiteral("score"), path("s.gtmw"), command, path("bad.json")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("bad.json: invalid scoring model: Node "
                                                   "\"readiness.context\" has the weight -0.35")),
                 qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }
    QCOMPARE(fileBytes(path("s.gtmw")), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
