#include "domain/workspace.h"
#include "storage/schema.h"
#include "storage/sqliteworkspacestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

/**
 * Opens tests/fixtures/workspace-v1.gtmw (file format 1, built from workspace-v1.sql) and checks
 * the upgrade: every value from the fixture's SQL, the market columns turned into indicator
 * values, the user's file untouched until saved, and a backup kept when it is replaced.
 */
class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fixtureIsVersionOne();
    void openingUpgradesEveryField();
    void marketColumnsBecomeIndicatorValues_data();
    void marketColumnsBecomeIndicatorValues();
    void openingLeavesTheFileUntouched();
    void savingKeepsABackupOfTheOldFile();
    void versionOneGetsTheDefaultModel();
    void versionTwoFixtureUpgrades();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Workspace m_loaded;
};

void TestMigration::init()
{
    m_path = m_dir.filePath(QStringLiteral("v1.gtmw"));
    QFile::remove(m_path);
    QFile::remove(SqliteWorkspaceStore::backupPath(m_path, 1));
    QVERIFY(QFile::copy(QStringLiteral(GTM_FIXTURES_DIR "/workspace-v1.gtmw"), m_path));
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    m_loaded = Workspace();
    QString error;
    QVERIFY2(SqliteWorkspaceStore(m_path).load(m_loaded, &error), qPrintable(error));
}

void TestMigration::fixtureIsVersionOne()
{
    QString error;
    QCOMPARE(SqliteWorkspaceStore(m_path).fileVersion(&error), 1);
    QVERIFY(Schema::CurrentVersion > 1);
}

void TestMigration::openingUpgradesEveryField()
{
    const Workspace &w = m_loaded;
    QCOMPARE(w.product.name, QStringLiteral("Fixture Reviewer"));
    QCOMPARE(w.product.pitch, QStringLiteral("Reviews fixtures"));
    QCOMPARE(w.product.category, AiCategory::SecurityRisk);
    QCOMPARE(w.product.modality, Modality::Tabular);
    QCOMPARE(w.plan.targetMarket, QStringLiteral("Banks in the Nordics"));
    QCOMPARE(w.plan.pricing.model, PricingModel::UsageBased);
    QCOMPARE(w.plan.pricing.rationale, QStringLiteral("Pay per document"));

    QCOMPARE(w.plan.personas.size(), 2);
    QCOMPARE(w.plan.personas.at(0).role, QStringLiteral("Head of credit"));
    QCOMPARE(w.plan.personas.at(0).committeeRole, CommitteeRole::BudgetApprover);
    QCOMPARE(w.plan.personas.at(0).mustExplain, QStringLiteral("Why a loan was refused"));
    QCOMPARE(w.plan.personas.at(1).committeeRole, CommitteeRole::EndUser);

    QCOMPARE(w.plan.valueDriver(ValueDriverKind::Cost).strength, 2);
    QCOMPARE(w.plan.valueDriver(ValueDriverKind::Cost).framing, Framing::Savings);
    QCOMPARE(w.plan.valueDriver(ValueDriverKind::RiskReduction).strength, 5);
    QCOMPARE(w.plan.valueDriver(ValueDriverKind::RiskReduction).evidence,
             QStringLiteral("Fewer defaults"));
    QCOMPARE(w.plan.valueDriver(ValueDriverKind::CustomerSatisfaction).strength, 3);

    QCOMPARE(w.plan.pricing.pricePoints.size(), 2);
    QCOMPARE(w.plan.pricing.pricePoints.at(0).price, std::optional<double>(0.5));
    QCOMPARE(w.plan.pricing.pricePoints.at(1).price, std::optional<double>());
    QCOMPARE(w.plan.marketing.size(), 1);
    QCOMPARE(w.plan.marketing.at(0).kind, MarketingKind::Event);
    QCOMPARE(w.plan.marketing.at(0).budget, std::optional<double>(12000));
    QCOMPARE(w.plan.channels.size(), 2);
    QCOMPARE(w.plan.channels.at(1).kind, ChannelKind::Marketplace);
    QCOMPARE(w.plan.channels.at(1).revenueSharePct, std::optional<double>());

    QCOMPARE(w.customIndicators.size(), 1);
    QCOMPARE(w.customIndicators.at(0).id, QStringLiteral("custom.cloud_share"));
    QCOMPARE(w.customIndicators.at(0).maximum, std::optional<double>(100));

    QCOMPARE(w.verticals.size(), 3);
    QCOMPARE(w.verticals.at(0).name, QStringLiteral("Banking"));
    QCOMPARE(w.verticals.at(2).id, VerticalId(5));
    QCOMPARE(w.verticals.at(0).winners, QStringLiteral("Analysts"));
    QCOMPARE(w.verticals.at(0).challenges.size(), 2);
    QCOMPARE(w.verticals.at(0).challenges.at(1).technologyFirst, true);
    QCOMPARE(w.verticals.at(0).challenges.at(1).pocMonths, std::optional<double>());
    QCOMPARE(w.verticals.at(2).challenges.at(0).pocMonths, std::optional<double>(6.5));
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("custom.cloud_share")),
             std::optional<double>(35));
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("context.ai_enthusiasm")),
             std::optional<double>(4.5));
    // Sources did not exist in version 1: they come back empty.
    QCOMPARE(
        w.verticals.at(0).values.value(QStringLiteral("consequences.jobs_high_risk_pct")).source,
        QString());
    QCOMPARE(w.validate(), QStringList());
}

void TestMigration::marketColumnsBecomeIndicatorValues_data()
{
    QTest::addColumn<int>("vertical");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<bool>("present");
    QTest::addColumn<double>("value");

    // From the INSERT INTO vertical of workspace-v1.sql.
    QTest::newRow("Banking size") << 0 << "market.size_usd_bn" << true << 2.5;
    QTest::newRow("Banking growth") << 0 << "market.growth_pct" << true << 12.0;
    QTest::newRow("Banking cycle") << 0 << "market.sales_cycle_months" << true << 9.0;
    QTest::newRow("Farming size missing") << 1 << "market.size_usd_bn" << false << 0.0;
    QTest::newRow("Farming growth") << 1 << "market.growth_pct" << true << 3.5;
    QTest::newRow("Farming cycle missing") << 1 << "market.sales_cycle_months" << false << 0.0;
    QTest::newRow("Shipping size") << 2 << "market.size_usd_bn" << true << 0.75;
    QTest::newRow("Shipping growth missing") << 2 << "market.growth_pct" << false << 0.0;
    QTest::newRow("Shipping cycle") << 2 << "market.sales_cycle_months" << true << 14.0;
}

void TestMigration::marketColumnsBecomeIndicatorValues()
{
    QFETCH(int, vertical);
    QFETCH(QString, indicator);
    QFETCH(bool, present);
    QFETCH(double, value);
    const std::optional<double> actual = m_loaded.verticals.at(vertical).value(indicator);
    QCOMPARE(actual.has_value(), present);
    if (present)
        QCOMPARE(*actual, value);
}

void TestMigration::openingLeavesTheFileUntouched()
{
    QCOMPARE(digest(m_path), digest(QStringLiteral(GTM_FIXTURES_DIR "/workspace-v1.gtmw")));
    QString error;
    QCOMPARE(SqliteWorkspaceStore(m_path).fileVersion(&error), 1);
    QVERIFY(!QFile::exists(SqliteWorkspaceStore::backupPath(m_path, 1)));
}

void TestMigration::savingKeepsABackupOfTheOldFile()
{
    const QByteArray original = digest(m_path);
    QString error;
    QVERIFY2(SqliteWorkspaceStore(m_path).save(m_loaded, &error), qPrintable(error));
    const QString backup = SqliteWorkspaceStore::backupPath(m_path, 1);
    QVERIFY(QFile::exists(backup));
    QCOMPARE(digest(backup), original);
    QCOMPARE(SqliteWorkspaceStore(m_path).fileVersion(&error), Schema::CurrentVersion);
    QCOMPARE(SqliteWorkspaceStore(backup).fileVersion(&error), 1);

    Workspace reloaded;
    QVERIFY(SqliteWorkspaceStore(m_path).load(reloaded, &error));
    QVERIFY(reloaded == m_loaded);
}

void TestMigration::versionOneGetsTheDefaultModel()
{
    // Scoring models arrived in version 3; older workspaces were scored with the default.
    QVERIFY(m_loaded.model == defaultScoringModel());
}

void TestMigration::versionTwoFixtureUpgrades()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.gtmw"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(GTM_FIXTURES_DIR "/workspace-v2.gtmw"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray original = digest(path);
    QString error;
    QCOMPARE(SqliteWorkspaceStore(path).fileVersion(&error), 2);
    Workspace w;
    QVERIFY2(SqliteWorkspaceStore(path).load(w, &error), qPrintable(error));
    // From workspace-v2.json, the import that made the fixture.
    QCOMPARE(w.product.name, QStringLiteral("Fixture Two"));
    QCOMPARE(w.product.category, AiCategory::Engineering);
    QCOMPARE(w.customIndicators.size(), 1);
    QCOMPARE(w.customIndicators.at(0).id, QStringLiteral("custom.partner_count"));
    QCOMPARE(w.customIndicators.at(0).minimum, std::optional<double>(0));
    QCOMPARE(w.customIndicators.at(0).maximum, std::optional<double>());
    QCOMPARE(w.verticals.size(), 2);
    const Vertical &banking = w.verticals.at(0);
    QCOMPARE(banking.name, QStringLiteral("Banking"));
    QCOMPARE(banking.value(QStringLiteral("context.ai_enthusiasm")), 4.5);
    QCOMPARE(banking.values.value(QStringLiteral("capabilities.data_availability")).source,
             QStringLiteral("Interviews 2026"));
    QCOMPARE(banking.value(QStringLiteral("market.size_usd_bn")), 2.5);
    QCOMPARE(banking.value(QStringLiteral("custom.partner_count")), 12.0);
    QCOMPARE(banking.challenges.size(), 1);
    QCOMPARE(banking.challenges.at(0).pocMonths, std::optional<double>(3));
    QCOMPARE(w.verticals.at(1).values.size(), 1);
    QVERIFY(w.model == defaultScoringModel());
    QCOMPARE(digest(path), original); // opening did not touch it

    QVERIFY(SqliteWorkspaceStore(path).save(w, &error));
    QCOMPARE(SqliteWorkspaceStore(path).fileVersion(&error), Schema::CurrentVersion);
    QCOMPARE(digest(SqliteWorkspaceStore::backupPath(path, 2)), original);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
