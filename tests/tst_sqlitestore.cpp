#include "testworkspaces.h"

#include "storage/schema.h"
#include "storage/sqliteworkspacestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Gtm;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** Runs SQL on a workspace file behind the store's back, as a user's SQLite client might. */
void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

/** The first row of a query on a workspace file, read behind the store's back. */
QVariantList firstRow(const QString &path, const QString &select)
{
    QVariantList row;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(select) && query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return row;
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder)
        .entryList(QDir::Files | QDir::Hidden | QDir::System)
        .filter(QStringLiteral(".tmp"));
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void roundTripOfEmptyWorkspace();
    void roundTripAtBatchBoundaries_data();
    void roundTripAtBatchBoundaries();
    void savedFileIdentifiesItself();
    void badFilesAreRefusedUntouched_data();
    void badFilesAreRefusedUntouched();
    void newerVersionIsRefusedUntouched();
    void sqliteDatabaseOfAnotherProgramIsRefused();
    void missingFileAndFolderAreRefused();
    void failedSaveOnFullDiskKeepsPreviousFile();
    void saveIntoUnwritableFolderFailsClearly();
    void saveKeepsFilePermissions();
    void saveRefusesToOverwriteNewerFile();
    void saveThroughSymlinkKeepsTheLink();
    void backupNeverOverwritesAnotherBackup();
    void textInNumericColumnIsRefusedNotZero();
    void checkReportsValuesOutOfRange();
    void checkReportsOrphanedRows();
    void checkPassesSoundFile();
    void unsetChallengeFieldsAreStoredAsNull();
    void recommendationSettingsAndScenariosAreStored();
    void corruptScenarioModelIsRefused_data();
    void corruptScenarioModelIsRefused();
    void checkReportsScenarioProblems();
    void checkReportsRecommendationSettingsOutOfRange();
    void goFirstThatIsNotWholeIsRefused();

private:
    QTemporaryDir m_dir;
};

// Saves take their permissions from the umask; fix it so the expectations hold everywhere.
[[maybe_unused]] static const mode_t umaskSet = ::umask(022);

void TestSqliteStore::roundTripKeepsEveryField()
{
    const Workspace original = TestWorkspaces::everyField();
    const QString path = m_dir.filePath(QStringLiteral("every.gtmw"));
    QString error;
    QVERIFY2(SqliteWorkspaceStore(path).save(original, &error), qPrintable(error));

    Workspace loaded;
    QVERIFY2(SqliteWorkspaceStore(path).load(loaded, &error), qPrintable(error));
    QCOMPARE(loaded.product, original.product);
    QCOMPARE(loaded.plan.personas, original.plan.personas);
    QCOMPARE(loaded.plan.valueDrivers, original.plan.valueDrivers);
    QCOMPARE(loaded.plan.pricing, original.plan.pricing);
    QCOMPARE(loaded.plan.marketing, original.plan.marketing);
    QCOMPARE(loaded.plan.channels, original.plan.channels);
    QCOMPARE(loaded.plan.targetMarket, original.plan.targetMarket);
    QCOMPARE(loaded.customIndicators, original.customIndicators);
    QCOMPARE(loaded.verticals.size(), original.verticals.size());
    for (int i = 0; i < original.verticals.size(); ++i)
        QCOMPARE(loaded.verticals.at(i), original.verticals.at(i));
    QVERIFY(loaded == original);
    // Missing stays missing: the empty vertical has no values, not zeros.
    QVERIFY(loaded.verticals.at(1).values.isEmpty());
    QVERIFY(!loaded.verticals.at(0).value(QString::fromLatin1(IndicatorId::DataAvailability)));
}

void TestSqliteStore::roundTripOfEmptyWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.gtmw"));
    QString error;
    QVERIFY2(SqliteWorkspaceStore(path).save(Workspace(), &error), qPrintable(error));
    Workspace loaded = TestWorkspaces::everyField();
    QVERIFY2(SqliteWorkspaceStore(path).load(loaded, &error), qPrintable(error));
    QVERIFY(loaded == Workspace());
}

void TestSqliteStore::roundTripAtBatchBoundaries_data()
{
    // Values are inserted 64 rows a statement; the last, partial statement must not lose rows.
    QTest::addColumn<int>("verticals");
    QTest::addColumn<int>("valuesEach");
    QTest::newRow("1 value") << 1 << 1;
    QTest::newRow("63 values") << 63 << 1;
    QTest::newRow("64 values") << 2 << 32;
    QTest::newRow("65 values") << 65 << 1;
    QTest::newRow("129 values") << 43 << 3;
}

void TestSqliteStore::roundTripAtBatchBoundaries()
{
    QFETCH(int, verticals);
    QFETCH(int, valuesEach);
    const Workspace original = TestWorkspaces::large(verticals, valuesEach);
    const QString path = m_dir.filePath(QStringLiteral("batch.gtmw"));
    QString error;
    QVERIFY2(SqliteWorkspaceStore(path).save(original, &error), qPrintable(error));
    Workspace loaded;
    QVERIFY2(SqliteWorkspaceStore(path).load(loaded, &error), qPrintable(error));
    int count = 0;
    for (const Vertical &v : std::as_const(loaded.verticals))
        count += int(v.values.size());
    QCOMPARE(count, verticals * valuesEach);
    QVERIFY(loaded == original);
}

void TestSqliteStore::savedFileIdentifiesItself()
{
    const QString path = m_dir.filePath(QStringLiteral("ids.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    // user_version at offset 60 and application_id at offset 68, both big-endian.
    QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 60), Schema::CurrentVersion);
    QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 68), 0x47544D57);
    QCOMPARE(SqliteWorkspaceStore(path).formatVersion(&error), Schema::CurrentVersion);
    QVERIFY(leftovers(m_dir.path()).isEmpty());
}

void TestSqliteStore::badFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedError");

    QString error;
    const QString good = m_dir.filePath(QStringLiteral("good.gtmw"));
    QVERIFY(SqliteWorkspaceStore(good).save(TestWorkspaces::large(200, 10), &error));
    const QByteArray workspace = readAll(good);
    QVERIFY(workspace.size() > 16384);

    QByteArray random(4096, Qt::Uninitialized);
    quint32 state = 12345; // a fixed LCG: the same garbage every run
    for (char &c : random) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }

    QTest::newRow("random bytes") << random << QStringLiteral("not an SQLite database");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not an SQLite database");
    QTest::newRow("text file") << QByteArray("vertical,score\nFinance,4\n")
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("only the magic")
        << QByteArray("SQLite format 3\0", 16) << QStringLiteral("truncated");
    QTest::newRow("truncated to one page") << workspace.left(4096) << QStringLiteral("truncated");
    QTest::newRow("truncated by one byte")
        << workspace.left(workspace.size() - 1) << QStringLiteral("truncated");
    QByteArray scrambled = workspace;
    for (int i = 8192; i < 12288; ++i)
        scrambled[i] = char(0xA5);
    QTest::newRow("scrambled page") << scrambled << QStringLiteral("damaged");
}

void TestSqliteStore::badFilesAreRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedError);
    const QString path = m_dir.filePath(QStringLiteral("bad.gtmw"));
    QVERIFY(writeAll(path, bytes));

    Workspace workspace = TestWorkspaces::everyField();
    QString error;
    QVERIFY(!SqliteWorkspaceStore(path).load(workspace, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(workspace == TestWorkspaces::everyField()); // the caller's data is untouched
    QVERIFY(!SqliteWorkspaceStore(path).check().isEmpty());
    QCOMPARE(readAll(path), bytes);
    QVERIFY(!QFile::exists(path + QLatin1String("-journal")));
}

void TestSqliteStore::newerVersionIsRefusedUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 5)});
    const QByteArray before = readAll(path);

    Workspace workspace;
    QVERIFY(!SqliteWorkspaceStore(path).load(workspace, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(Schema::CurrentVersion + 5)), qPrintable(error));
    QCOMPARE(readAll(path), before);
}

void TestSqliteStore::sqliteDatabaseOfAnotherProgramIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    runSql(path,
           {QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
            QStringLiteral("INSERT INTO contacts VALUES ('Ada', '555')")});
    const QByteArray before = readAll(path);
    Workspace workspace;
    QString error;
    QVERIFY(!SqliteWorkspaceStore(path).load(workspace, &error));
    QVERIFY2(error.contains(QLatin1String("not a GTM Workbench workspace")), qPrintable(error));
    QCOMPARE(readAll(path), before);
}

void TestSqliteStore::missingFileAndFolderAreRefused()
{
    Workspace workspace;
    QString error;
    QVERIFY(!SqliteWorkspaceStore(m_dir.filePath(QStringLiteral("absent.gtmw")))
                 .load(workspace, &error));
    QCOMPARE(error, QStringLiteral("no such file"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.gtmw"))));
    QVERIFY(!SqliteWorkspaceStore(m_dir.path()).load(workspace, &error));
    QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
}

void TestSqliteStore::failedSaveOnFullDiskKeepsPreviousFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QLatin1String("/plan.gtmw");
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    const QByteArray before = readAll(path);

    // A file-size limit makes write() fail with EFBIG as a full disk fails with ENOSPC.
    struct rlimit saved;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool saved_ok = SqliteWorkspaceStore(path).save(TestWorkspaces::large(2000, 30), &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved_ok);
    QVERIFY2(error.contains(QLatin1String("previous file is unchanged")), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QVERIFY2(leftovers(folder).isEmpty(), qPrintable(leftovers(folder).join(QLatin1Char(' '))));
    Workspace reloaded;
    QVERIFY(SqliteWorkspaceStore(path).load(reloaded, &error));
    QVERIFY(reloaded == TestWorkspaces::everyField());
}

void TestSqliteStore::saveIntoUnwritableFolderFailsClearly()
{
    QString error;
    // /proc refuses new files even to root, unlike a chmod'ed folder.
    QVERIFY(!SqliteWorkspaceStore(QStringLiteral("/proc/plan.gtmw")).save(Workspace(), &error));
    QVERIFY2(error.contains(QLatin1String("/proc")), qPrintable(error));

    QVERIFY(!SqliteWorkspaceStore(m_dir.filePath(QStringLiteral("no/such/folder/p.gtmw")))
                 .save(Workspace(), &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
}

void TestSqliteStore::saveKeepsFilePermissions()
{
    const QString path = m_dir.filePath(QStringLiteral("perm.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(Workspace(), &error));
    // A new workspace gets the permissions of files the user creates (umask 022 here: 0644),
    // not the private 0600 of the temporary file it was written as.
    QCOMPARE(QFile::permissions(path)
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QFileDevice::Permissions custom = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup
        | QFileDevice::WriteGroup;
    QVERIFY(QFile::setPermissions(path, custom));
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    QCOMPARE(QFile::permissions(path), custom);
}

void TestSqliteStore::saveRefusesToOverwriteNewerFile()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    // Someone with a newer GTM Workbench saves the shared file meanwhile.
    runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)});
    const QByteArray before = readAll(path);
    QVERIFY(!SqliteWorkspaceStore(path).save(Workspace(), &error));
    QVERIFY2(error.contains(QLatin1String("newer GTM Workbench")), qPrintable(error));
    QCOMPARE(readAll(path), before);
}

void TestSqliteStore::saveThroughSymlinkKeepsTheLink()
{
    const QString real = m_dir.filePath(QStringLiteral("real.gtmw"));
    const QString link = m_dir.filePath(QStringLiteral("link.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(real).save(Workspace(), &error));
    QVERIFY(QFile::link(real, link));
    QVERIFY2(SqliteWorkspaceStore(link).save(TestWorkspaces::everyField(), &error),
             qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    Workspace loaded;
    QVERIFY(SqliteWorkspaceStore(real).load(loaded, &error));
    QVERIFY(loaded == TestWorkspaces::everyField());
}

void TestSqliteStore::backupNeverOverwritesAnotherBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("old.gtmw"));
    const auto makeVersionOne = [&](const QString &productName) {
        QFile::remove(path);
        QString error;
        Workspace w;
        w.product.name = productName;
        QVERIFY(SqliteWorkspaceStore(path).save(w, &error));
        runSql(path, {QStringLiteral("PRAGMA user_version = 1")}); // readable as version 1
    };
    QString error;
    makeVersionOne(QStringLiteral("First"));
    const QByteArray first = readAll(path);
    QVERIFY(SqliteWorkspaceStore(path).save(Workspace(), &error));
    makeVersionOne(QStringLiteral("Second"));
    const QByteArray second = readAll(path);
    QVERIFY(SqliteWorkspaceStore(path).save(Workspace(), &error));
    QCOMPARE(readAll(SqliteWorkspaceStore::backupPath(path, 1)), first);
    QCOMPARE(readAll(path + QLatin1String(".v1.2.bak")), second);
}

void TestSqliteStore::textInNumericColumnIsRefusedNotZero()
{
    const QString path = m_dir.filePath(QStringLiteral("text.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    runSql(path,
           {QStringLiteral("UPDATE indicator_value SET value = '3,5'"
                           " WHERE indicator_id = 'context.ai_enthusiasm'")});
    Workspace loaded;
    QVERIFY(!SqliteWorkspaceStore(path).load(loaded, &error));
    QCOMPARE(error,
             QStringLiteral("the workspace file holds \"3,5\" in indicator_value.value, "
                            "which is not a number"));
    QVERIFY(!SqliteWorkspaceStore(path).check().isEmpty());
}

void TestSqliteStore::checkReportsValuesOutOfRange()
{
    const QString path = m_dir.filePath(QStringLiteral("range.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    runSql(path,
           {QStringLiteral("UPDATE indicator_value SET value = 9"
                           " WHERE indicator_id = 'context.ai_enthusiasm'")});
    const QStringList problems = SqliteWorkspaceStore(path).check();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QLatin1String("AI enthusiasm is 9")),
             qPrintable(problems.constFirst()));
}

void TestSqliteStore::checkReportsOrphanedRows()
{
    const QString path = m_dir.filePath(QStringLiteral("orphan.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    runSql(path,
           {QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral(
                "INSERT INTO indicator_value VALUES (999, 'context.ai_enthusiasm', 3, '')")});
    const QStringList problems = SqliteWorkspaceStore(path).check();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.constFirst().contains(QLatin1String("indicator_value")),
             qPrintable(problems.constFirst()));
}

void TestSqliteStore::checkPassesSoundFile()
{
    const QString path = m_dir.filePath(QStringLiteral("sound.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    QCOMPARE(SqliteWorkspaceStore(path).check(), QStringList());
}

void TestSqliteStore::unsetChallengeFieldsAreStoredAsNull()
{
    Workspace w;
    Vertical v;
    v.name = QStringLiteral("New");
    Challenge fresh;
    fresh.problem = QStringLiteral("Not known yet");
    Challenge zeros;
    zeros.problem = QStringLiteral("Typed with zeros");
    zeros.explainabilityNeed = 0;
    zeros.technologyFirst = false;
    v.challenges = {fresh, zeros};
    w.addVertical(v);
    const QString path = m_dir.filePath(QStringLiteral("unset.gtmw"));
    QString error;
    QVERIFY2(SqliteWorkspaceStore(path).save(w, &error), qPrintable(error));

    // NULL in the file for unset; a 0 typed by the user stays a 0.
    const QVariantList unset
        = firstRow(path,
                   QStringLiteral("SELECT stakeholder, framing, explainability_need,"
                                  " technology_first, poc_months FROM challenge"
                                  " WHERE position = 0"));
    QCOMPARE(unset.size(), 5);
    for (const QVariant &value : unset)
        QVERIFY(value.isNull());
    const QVariantList set = firstRow(path,
                                      QStringLiteral("SELECT explainability_need,"
                                                     " technology_first FROM challenge"
                                                     " WHERE position = 1"));
    QCOMPARE(set.size(), 2);
    QVERIFY(!set.at(0).isNull() && !set.at(1).isNull());
    QCOMPARE(set.at(0).toInt(), 0);
    QCOMPARE(set.at(1).toInt(), 0);

    Workspace loaded;
    QVERIFY2(SqliteWorkspaceStore(path).load(loaded, &error), qPrintable(error));
    QVERIFY(loaded == w);
    QCOMPARE(loaded.verticals.at(0).challenges.at(0).explainabilityNeed, std::optional<int>());
    QCOMPARE(loaded.verticals.at(0).challenges.at(1).explainabilityNeed, std::optional<int>(0));
    QCOMPARE(loaded.verticals.at(0).challenges.at(1).technologyFirst, std::optional<bool>(false));
    QCOMPARE(SqliteWorkspaceStore(path).check(), QStringList());
}

void TestSqliteStore::recommendationSettingsAndScenariosAreStored()
{
    const Workspace original = TestWorkspaces::everyField();
    const QString path = m_dir.filePath(QStringLiteral("scenarios.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(original, &error));
    QCOMPARE(firstRow(path,
                      QStringLiteral("SELECT minimum_coverage, robust_share, go_first_max"
                                     " FROM scoring_model")),
             QVariantList({55.5, 75.0, 7}));
    const QVariantList scenario = firstRow(
        path, QStringLiteral("SELECT position, name, model FROM scenario ORDER BY position"));
    QCOMPARE(scenario.size(), 3);
    QCOMPARE(scenario.at(0).toInt(), 0);
    QCOMPARE(scenario.at(1).toString(), QStringLiteral("Board view, \"strict\""));
    // The model as a compact model file.
    const QByteArray json = scenario.at(2).toString().toUtf8();
    QVERIFY(!json.contains('\n'));
    const QJsonObject model = QJsonDocument::fromJson(json).object();
    QCOMPARE(model.value(QLatin1String("format")).toString(),
             QStringLiteral("gtm-workbench-model"));
    QCOMPARE(model.value(QLatin1String("minimumCoverage")).toDouble(), 90.0);

    Workspace loaded;
    QVERIFY2(SqliteWorkspaceStore(path).load(loaded, &error), qPrintable(error));
    QVERIFY(loaded.model.recommendation == original.model.recommendation);
    QCOMPARE(loaded.scenarios.size(), 2);
    QCOMPARE(loaded.scenarios.at(0).name, original.scenarios.at(0).name);
    QVERIFY(loaded.scenarios.at(0).model == original.scenarios.at(0).model);
    QVERIFY(loaded.scenarios.at(1).model == original.scenarios.at(1).model);
}

void TestSqliteStore::corruptScenarioModelIsRefused_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << "{nodes"
                              << "(not valid JSON: unterminated object at character 3)";
    QTest::newRow("an array") << "[]"
                              << "(a model is one JSON object)";
    QTest::newRow("nodes not a list") << R"({"nodes": 3, "indicators": []})"
                                      << "(nodes: expected an array)";
    QTest::newRow("go first 0")
        << R"({"nodes": [], "indicators": [], "recommendation": {"goFirstMax": 0}})"
        << "(recommendation.goFirstMax: 0 is outside 1 to 1000)";
    QTest::newRow("unknown key") << R"({"nodes": [], "indicators": [], "weights": {}})"
                                 << "(unknown key \"weights\"";
}

void TestSqliteStore::corruptScenarioModelIsRefused()
{
    QFETCH(QString, model);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("corrupt-scenario.gtmw"));
    QFile::remove(path);
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    QString quoted = model;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    runSql(path,
           {QStringLiteral("UPDATE scenario SET model = '%1' WHERE position = 1").arg(quoted)});

    Workspace loaded = TestWorkspaces::everyField();
    QVERIFY(!SqliteWorkspaceStore(path).load(loaded, &error));
    const QString named = QStringLiteral(
        "the workspace holds a scenario \"Churn 流失\" whose model cannot be read ");
    QVERIFY2(error.startsWith(named), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(loaded == TestWorkspaces::everyField()); // nothing half-loaded
    const QStringList problems = SqliteWorkspaceStore(path).check();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst(), error);
}

void TestSqliteStore::checkReportsScenarioProblems()
{
    // Saving does not judge the scenarios; the integrity check does.
    Workspace w = TestWorkspaces::everyField();
    w.scenarios[1].model.indicators.last().indicatorId = QStringLiteral("custom.gone");
    const QString path = m_dir.filePath(QStringLiteral("scenario-problems.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(w, &error));
    // Names are unique whatever their case in the file; blanks around one are the user's doing.
    runSql(path,
           {QStringLiteral("INSERT INTO scenario (position, name, model)"
                           " SELECT 2, ' Churn 流失 ', model FROM scenario WHERE position = 0")});
    const QStringList problems = SqliteWorkspaceStore(path).check();
    QCOMPARE(problems,
             QStringList({QStringLiteral("Two scenarios are named \"Churn 流失\"."),
                          QStringLiteral("scenario \"Churn 流失\": Indicator \"custom.gone\" is "
                                         "not an indicator of this workspace.")}));
    // The same name in another case is refused by the file itself.
    runSql(path, {QStringLiteral("DELETE FROM scenario WHERE position = 2")});
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO scenario (position, name, model)"
                                           " VALUES (3, 'BOARD VIEW, \"STRICT\"', '{}')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dup"));
    QCOMPARE(w.validate(), QStringList());
    w.scenarios.append(w.scenarios.at(0));
    QCOMPARE(w.validate(),
             QStringList({QStringLiteral("Two scenarios are named \"Board view, \"strict\"\".")}));
}

void TestSqliteStore::checkReportsRecommendationSettingsOutOfRange()
{
    const QString path = m_dir.filePath(QStringLiteral("settings-range.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    runSql(path,
           {QStringLiteral("UPDATE scoring_model SET minimum_coverage = 120,"
                           " go_first_max = 0")});
    QCOMPARE(SqliteWorkspaceStore(path).check(),
             QStringList({QStringLiteral("The scoring model has the minimum coverage 120; it must "
                                         "be 0 to 100."),
                          QStringLiteral("The scoring model lets 0 verticals go first; it must be "
                                         "a whole number from 1 to 1000.")}));
}

void TestSqliteStore::goFirstThatIsNotWholeIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("go-first.gtmw"));
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(TestWorkspaces::everyField(), &error));
    runSql(path, {QStringLiteral("UPDATE scoring_model SET go_first_max = 2.5")});
    Workspace loaded;
    QVERIFY(!SqliteWorkspaceStore(path).load(loaded, &error));
    QCOMPARE(error,
             QStringLiteral("the workspace holds \"2.5\" in scoring_model.go_first_max, "
                            "which is not a whole number"));
    runSql(path,
           {QStringLiteral("UPDATE scoring_model SET go_first_max = 3,"
                           " robust_share = 'most'")});
    QVERIFY(!SqliteWorkspaceStore(path).load(loaded, &error));
    QCOMPARE(error,
             QStringLiteral("the workspace holds a minimum coverage or robust share that "
                            "is not a number in scoring_model"));
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
