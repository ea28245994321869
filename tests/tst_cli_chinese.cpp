#include "runworkbench.h"

#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** The sub-commands' names, for stripping "gtm-workbench SUBCOMMAND" from the output. */
const char *const subCommands
    = "new|score|import|export|model|brief|check|help|recommend|scenario|copy|list";

/**
 * The output with what may stay English taken out: quoted user input, paths and file names,
 * options, indicator and node ids, SQLite's own words (always after "SQLite: ", inside a
 * Chinese sentence), the sample's vertical names, and the proper nouns and units of the
 * glossary's allow-list.
 */
QString withoutAllowedEnglish(QString text)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const QString &pattern : {
                 QStringLiteral("SQLite: [^）\\n]*"), // the database's words, explained around
                 QStringLiteral("(?<=：)[A-Za-z_]\\w*(, [A-Za-z_]\\w*)+"), // "one of: keys"
                 QStringLiteral("“[^”]*”"),
                 QStringLiteral("\"[^\"\\n]*\""), // quoted input
                 QStringLiteral("\\S*[/\\\\]\\S*"), // paths
                 QStringLiteral("\\S+\\.(gtmw|csv|json|pdf|txt)\\b"), // file names
                 QStringLiteral("(?<![\\w-])--?[A-Za-z][\\w-]*(=\\S*)?"), // options
                 QStringLiteral("gtm-workbench(\\s+(%1)\\b)?").arg(QLatin1String(subCommands)),
                 // a synopsis line of --help: the command and its syntax, never translated
                 QStringLiteral("(?m)^  (%1)\\b[^\\n]*").arg(QLatin1String(subCommands)),
                 QStringLiteral("\\[[\\w.]+\\]"), // node ids in the model tree
                 QStringLiteral("\\b[a-z_]+\\.[a-z_.]+\\b"), // indicator ids, keys
                 QStringLiteral("\\b(Energy & Utilities|Public Sector)\\b"), // the sample's names
                 QStringLiteral(
                     "\\b(GTM Workbench|US Letter|PDF/A-1b|ClauseLens|GTM|CSV|JSON|PDF|"
                     "SQLite|PostgreSQL|USD|OECD|UTF-8|LANG|A4|Letter|AI|null|en\\|zh_CN|"
                     "table\\|csv\\|json|A4\\|Letter)\\b"),
             })
            list.append(QRegularExpression(pattern));
        return list;
    }();
    for (const QRegularExpression &pattern : patterns)
        text.replace(pattern, QStringLiteral(" "));
    return text;
}

/** Three English words in a row: a sentence, or a piece of one, left untranslated. */
const QRegularExpression &englishRun()
{
    static const QRegularExpression run(
        QStringLiteral("[A-Za-z]{2,}(?:[ ,;:'()-]+[A-Za-z]{2,}){2,}"));
    return run;
}

/** Words that only an untranslated message would show, even alone. */
const QRegularExpression &englishWord()
{
    static const QRegularExpression word(
        QStringLiteral("\\b(usage|unknown|cannot|error|weight|positive|negative|arithmetic|"
                       "geometric|goalposts|readiness|risk|rank|the|of|and|not|is|no)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return word;
}

const QRegularExpression &han()
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void runSql(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("tst_cli_chinese"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli_chinese"));
}

} // namespace

/**
 * Issue 10: under LANG=zh_CN.UTF-8 every --help, every error and every table of the command line
 * is Chinese, with no English sentence left (nor one assembled from English pieces); under
 * LANG=C.UTF-8 the same is English with no Chinese in it. Runs the real executable.
 */
class TestCliChinese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void speaksTheLanguage_data();
    void speaksTheLanguage();

private:
    Result run(const QStringList &arguments, const QString &language) const;
    void prepare(const QString &setup);
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QSet<QString> m_prepared;
};

Result TestCliChinese::run(const QStringList &arguments, const QString &language) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), language);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Qt warns (in English) without a private runtime directory.
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("xdg")));
    return runWorkbench(arguments, environment, m_dir.path());
}

void TestCliChinese::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("xdg")));
    QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("xdg")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner));
    // The English sample: its names are the user's data, the same in both languages.
    QCOMPARE(run({QStringLiteral("new"), QStringLiteral("--sample"),
                  QStringLiteral("--sample-lang"), QStringLiteral("en"), QStringLiteral("s.gtmw")},
                 QStringLiteral("C.UTF-8"))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("model"), QStringLiteral("s.gtmw"), QStringLiteral("--get"),
                  QStringLiteral("m.json")},
                 QStringLiteral("C.UTF-8"))
                 .exitCode,
             0);
}

/** Makes the files a row needs, once; the rows never change them. */
void TestCliChinese::prepare(const QString &setup)
{
    if (setup.isEmpty() || m_prepared.contains(setup))
        return;
    m_prepared.insert(setup);
    const QString workspace = path(setup + QLatin1String(".gtmw"));
    const auto copySample = [&] {
        QVERIFY(QFile::copy(path("s.gtmw"), workspace));
    };
    const QByteArray model = [&] {
        QFile file(path("m.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    if (setup == QLatin1String("text")) { // a text file renamed .gtmw
        writeFile(workspace, "Just some notes, not a workspace.\n");
    } else if (setup == QLatin1String("truncated")) {
        QFile sample(path("s.gtmw"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        writeFile(workspace, sample.read(20000));
    } else if (setup == QLatin1String("damaged")) { // a page of the file overwritten
        copySample();
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(8192));
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 37) % 256);
        file.write(noise);
    } else if (setup == QLatin1String("newer")) {
        copySample();
        runSql(workspace,
               QStringLiteral("PRAGMA user_version = %1").arg(Gtm::Schema::CurrentVersion + 1));
    } else if (setup == QLatin1String("other")) { // another program's SQLite database
        runSql(workspace, QStringLiteral("CREATE TABLE notes (text)"));
    } else if (setup == QLatin1String("category")) {
        copySample();
        runSql(workspace, QStringLiteral("UPDATE product SET category = 'bogus'"));
    } else if (setup == QLatin1String("range")) {
        copySample();
        runSql(workspace,
               QStringLiteral("UPDATE indicator_value SET value = 9 WHERE vertical_id = 1 AND "
                              "indicator_id = 'context.ai_enthusiasm'"));
    } else if (setup == QLatin1String("dangling")) {
        copySample();
        runSql(workspace,
               QStringLiteral("INSERT INTO indicator_value VALUES "
                              "(999, 'context.ai_enthusiasm', 3, '')"));
    } else if (setup == QLatin1String("badmodel")) {
        copySample();
        runSql(workspace,
               QStringLiteral("UPDATE model_indicator SET weight = -1 WHERE position "
                              "= (SELECT min(position) FROM model_indicator)"));
    } else if (setup == QLatin1String("scenario")) {
        copySample();
        QCOMPARE(run({QStringLiteral("scenario"), workspace, QStringLiteral("--add"),
                      QStringLiteral("Bold"), QStringLiteral("--model"), path("m.json")},
                     QStringLiteral("C.UTF-8"))
                     .exitCode,
                 0);
    } else if (setup == QLatin1String("tables")) { // broken tables to import
        writeFile(path("quote.csv"), "vertical,context.ai_enthusiasm\n\"Retail,3\n");
        writeFile(path("word.csv"), "vertical,context.ai_enthusiasm\nRetail,abc\n");
        writeFile(path("range.csv"), "vertical,context.ai_enthusiasm\nRetail,9\n");
        writeFile(path("header.csv"), "foo,bar\n1,2\n");
        writeFile(path("empty.csv"), "");
        writeFile(path("fields.csv"), "vertical,context.ai_enthusiasm\nRetail,3,5,6\n");
        writeFile(path("twice.csv"), "vertical,context.ai_enthusiasm\nRetail,3\nRetail,4\n");
        writeFile(path("broken.json"), "{\"a\":");
        writeFile(path("numbers.json"), "[1, 2]");
        writeFile(path("keys.json"), "{\"foo\": 1}");
        writeFile(path("later.json"),
                  "{\"format\": \"gtm-workbench-workspace\", \"formatVersion\": 99}");
    } else if (setup == QLatin1String("models")) { // broken model files
        QByteArray negative = model;
        negative.replace("\"weight\": 1", "\"weight\": -1");
        writeFile(path("negative.json"), negative);
        QByteArray unknown = model;
        unknown.replace("\"indicator\": \"context.ai_enthusiasm\"", "\"indicator\": \"nope.x\"");
        writeFile(path("unknown.json"), unknown);
        QByteArray newer = model;
        newer.replace("\"formatVersion\": 2", "\"formatVersion\": 99");
        writeFile(path("newer.json"), newer);
        QByteArray polarity = model;
        polarity.replace("\"polarity\": \"positive\"", "\"polarity\": \"up\"");
        writeFile(path("polarity.json"), polarity);
        writeFile(path("array.json"), "[1]");
        writeFile(path("truncated.json"), "{");
    }
}

void TestCliChinese::speaksTheLanguage_data()
{
    QTest::addColumn<QString>("arguments"); // split at spaces
    QTest::addColumn<QString>("setup"); // the files prepare() makes
    QTest::addColumn<int>("exitCode");

    const auto row = [](const char *name, const char *arguments, const char *setup, int exitCode) {
        QTest::newRow(name) << QString::fromUtf8(arguments) << QString::fromUtf8(setup) << exitCode;
    };
    // Help.
    row("--help", "--help", "", 0);
    for (const char *command : {"new", "score", "import", "export", "model", "brief", "recommend",
                                "scenario", "check", "copy", "list"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 --help").arg(QLatin1String(command))))
            << QStringLiteral("%1 --help").arg(QLatin1String(command)) << QString() << 0;
    }
    row("help score", "help score", "", 0);
    row("help, unknown sub-command", "help frobnicate", "", 2);
    // Usage errors.
    row("no sub-command option", "--frobnicate", "", 2);
    row("window, unknown option", "-x", "", 2);
    row("window, two workspaces", "a.gtmw b.gtmw", "", 2);
    row("new without file", "new", "", 2);
    row("new, unknown option", "new --sampel x.gtmw", "", 2);
    row("new, sample language alone", "new --sample-lang en x.gtmw", "", 2);
    row("new, unknown sample language", "new --sample --sample-lang fr x.gtmw", "", 2);
    row("new, option without value", "new --sample --sample-lang", "", 2);
    row("option given twice", "score s.gtmw --format csv --format json", "", 2);
    row("export, unknown format", "export s.gtmw out.xlsx", "", 2);
    row("score, bad --format", "score s.gtmw --format xml", "", 2);
    row("score, bad --sensitivity", "score s.gtmw --sensitivity 0", "", 2);
    row("score, bad --seed", "score s.gtmw --sensitivity 3 --seed x", "", 2);
    row("score, --seed alone", "score s.gtmw --seed 3", "", 2);
    row("score, model and scenario", "score s.gtmw --model m.json --scenario X", "", 2);
    row("model, set and get", "model s.gtmw --set a.json --get b.json", "", 2);
    row("brief without -o", "brief s.gtmw", "", 2);
    row("brief, unknown language", "brief s.gtmw -o b.pdf --lang fr", "", 2);
    row("brief, unknown page size", "brief s.gtmw -o b.pdf --page-size A3", "", 2);
    row("brief, no verticals", "brief s.gtmw -o b.pdf --verticals ,", "", 2);
    row("recommend, bad --runs", "recommend s.gtmw --runs 0", "", 2);
    row("recommend, bad --seed", "recommend s.gtmw --seed -1", "", 2);
    row("scenario, no action", "scenario s.gtmw", "", 2);
    row("scenario, add without model", "scenario s.gtmw --add X", "", 2);
    row("scenario, --runs without compare", "scenario s.gtmw --list --runs 5", "", 2);
    // Failed operations.
    row("missing workspace", "score none.gtmw", "", 1);
    row("folder as workspace", "check .", "", 1);
    row("text file as workspace", "check text.gtmw", "text", 1);
    row("truncated workspace", "export truncated.gtmw o.csv", "truncated", 1);
    row("damaged workspace, check", "check damaged.gtmw", "damaged", 1);
    row("damaged workspace, score", "score damaged.gtmw", "damaged", 1);
    row("newer workspace", "score newer.gtmw", "newer", 1);
    row("newer workspace, check", "check newer.gtmw", "newer", 1);
    row("another program's database", "check other.gtmw", "other", 1);
    row("unknown category", "check category.gtmw", "category", 1);
    row("value out of range", "check range.gtmw", "range", 1);
    row("dangling row", "check dangling.gtmw", "dangling", 1);
    row("invalid model, check", "check badmodel.gtmw", "badmodel", 1);
    row("invalid model, recommend", "recommend badmodel.gtmw", "badmodel", 1);
    row("new over a file", "new s.gtmw", "", 1);
    row("new in a missing folder", "new nowhere/x.gtmw", "", 1);
    row("export to a missing folder", "export s.gtmw nowhere/o.csv", "", 1);
    row("model to a missing folder", "model s.gtmw --get nowhere/m.json", "", 1);
    row("brief to a missing folder", "brief s.gtmw -o nowhere/b.pdf", "", 1);
    row("brief, unknown vertical", "brief s.gtmw -o b.pdf --verticals Mars", "", 1);
    row("import, missing table", "import s.gtmw none.csv", "", 1);
    row("import, unknown format", "import s.gtmw t.txt", "", 1);
    row("import, open quote", "import s.gtmw quote.csv", "tables", 1);
    row("import, not a number", "import s.gtmw word.csv", "tables", 1);
    row("import, out of range", "import s.gtmw range.csv", "tables", 1);
    row("import, no vertical column", "import s.gtmw header.csv", "tables", 1);
    row("import, empty table", "import s.gtmw empty.csv", "tables", 1);
    row("import, too many fields", "import s.gtmw fields.csv", "tables", 1);
    row("import, vertical twice", "import s.gtmw twice.csv", "tables", 1);
    row("import, malformed JSON", "import s.gtmw broken.json", "tables", 1);
    row("import, JSON of numbers", "import s.gtmw numbers.json", "tables", 1);
    row("import, unknown JSON key", "import s.gtmw keys.json", "tables", 1);
    row("import, newer JSON", "import s.gtmw later.json", "tables", 1);
    row("model file missing", "score s.gtmw --model none.json", "", 1);
    row("model, negative weight", "score s.gtmw --model negative.json", "models", 1);
    row("model, unknown indicator", "model s.gtmw --set unknown.json", "models", 1);
    row("model, newer file", "score s.gtmw --model newer.json", "models", 1);
    row("model, unknown polarity", "score s.gtmw --model polarity.json", "models", 1);
    row("model, not an object", "score s.gtmw --model array.json", "models", 1);
    row("model, malformed JSON", "score s.gtmw --model truncated.json", "models", 1);
    row("unknown scenario", "recommend s.gtmw --scenario Nope", "", 1);
    row("scenario twice", "scenario scenario.gtmw --add Bold --model m.json", "scenario", 1);
    row("scenario, remove unknown", "scenario s.gtmw --remove Nope", "", 1);
    // Tables and reports.
    row("check", "check s.gtmw", "", 0);
    row("copy onto an existing file", "copy s.gtmw s.gtmw", "", 1);
    row("list, not a server", "list s.gtmw", "", 1);
    row("list, a password in the location", "list postgresql://maria:secret@db/plans", "", 1);
    row("model tree", "model s.gtmw", "", 0);
    row("score with sensitivity", "score s.gtmw --sensitivity 20", "", 0);
    row("recommend", "recommend s.gtmw --runs 50", "", 0);
    row("scenario list", "scenario scenario.gtmw --list", "scenario", 0);
    row("scenario compare", "scenario scenario.gtmw --compare Bold --runs 50", "scenario", 0);
}

void TestCliChinese::speaksTheLanguage()
{
    QFETCH(QString, arguments);
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    prepare(setup);
    const QStringList list = arguments.split(QLatin1Char(' '));

    const Result chinese = run(list, QStringLiteral("zh_CN.UTF-8"));
    const QString said = chinese.out + chinese.err;
    QVERIFY2(chinese.exitCode == exitCode, qPrintable(said));
    QVERIFY2(said.contains(han()), qPrintable(said));
    const QString rest = withoutAllowedEnglish(said);
    const QRegularExpressionMatch run3 = englishRun().match(rest);
    QVERIFY2(!run3.hasMatch(),
             qPrintable(QStringLiteral("English \"%1\" in:\n%2").arg(run3.captured(), said)));
    const QRegularExpressionMatch word = englishWord().match(rest);
    QVERIFY2(!word.hasMatch(),
             qPrintable(QStringLiteral("English \"%1\" in:\n%2").arg(word.captured(), said)));
    if (exitCode != 0) // one line naming the problem, then (for usage errors) the hint
        QCOMPARE(chinese.err.count(QLatin1Char('\n')), exitCode == 2 ? 2 : 1);

    const Result english = run(list, QStringLiteral("C.UTF-8"));
    const QString englishSaid = english.out + english.err;
    QVERIFY2(english.exitCode == exitCode, qPrintable(englishSaid));
    QVERIFY2(!englishSaid.contains(han()), qPrintable(englishSaid));
    QVERIFY2(!englishSaid.isEmpty(), qPrintable(arguments));
}

QTEST_GUILESS_MAIN(TestCliChinese)
#include "tst_cli_chinese.moc"
