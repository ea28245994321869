#include "domain/workspace.h"
#include "scoring/indicatortable.h"
#include "storage/schema.h"
#include "storage/sqliteworkspacestore.h"
#include "storage/workspacefiles.h"

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
    void versionThreeFixtureUpgrades();
    void versionThreeKeepsEveryChallengeFieldAsSet();
    void versionThreeDerivedValuesAreAsBefore();
    void versionFourFixtureUpgrades();
    void versionFourGainsEmptyDecisionFields();

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
    QCOMPARE(SqliteWorkspaceStore(m_path).formatVersion(&error), 1);
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
    QCOMPARE(w.verticals.at(0).challenges.at(1).technologyFirst, std::optional<bool>(true));
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
    QCOMPARE(SqliteWorkspaceStore(m_path).formatVersion(&error), 1);
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
    QCOMPARE(SqliteWorkspaceStore(m_path).formatVersion(&error), Schema::CurrentVersion);
    QCOMPARE(SqliteWorkspaceStore(backup).formatVersion(&error), 1);

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
    QCOMPARE(SqliteWorkspaceStore(path).formatVersion(&error), 2);
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
    QCOMPARE(SqliteWorkspaceStore(path).formatVersion(&error), Schema::CurrentVersion);
    QCOMPARE(digest(SqliteWorkspaceStore::backupPath(path, 2)), original);
}

namespace {

/** tests/fixtures/workspace-v3.gtmw, copied so that the original is never touched. */
Workspace loadVersionThree(const QTemporaryDir &dir, QString *path)
{
    *path = dir.filePath(QStringLiteral("v3.gtmw"));
    QFile::remove(*path);
    QFile::remove(SqliteWorkspaceStore::backupPath(*path, 3));
    Workspace w;
    if (!QFile::copy(QStringLiteral(GTM_FIXTURES_DIR "/workspace-v3.gtmw"), *path)
        || !QFile::setPermissions(*path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qFatal("cannot copy the version 3 fixture");
    QString error;
    if (!SqliteWorkspaceStore(*path).load(w, &error))
        qFatal("cannot open the version 3 fixture: %s", qPrintable(error));
    return w;
}

} // namespace

void TestMigration::versionThreeFixtureUpgrades()
{
    QString path;
    const QByteArray original = digest(QStringLiteral(GTM_FIXTURES_DIR "/workspace-v3.gtmw"));
    QString error;
    QCOMPARE(SqliteWorkspaceStore(QStringLiteral(GTM_FIXTURES_DIR "/workspace-v3.gtmw"))
                 .formatVersion(&error),
             3);
    const Workspace w = loadVersionThree(m_dir, &path);
    QCOMPARE(digest(path), original); // opening did not touch it
    // The sample workspace, and the vertical workspace-v3-additions.json added.
    QCOMPARE(w.product.name, QStringLiteral("ClauseLens"));
    QCOMPARE(w.verticals.size(), 13);
    QCOMPARE(w.verticals.at(12).name, QStringLiteral("Fixture Three"));
    // The model set with `model --set` is kept; its recommendation settings are the defaults,
    // with which the program worked until then; there are no scenarios yet.
    QCOMPARE(w.model.name, QStringLiteral("Fixture model"));
    QCOMPARE(w.model.readinessThreshold, 55.0);
    QCOMPARE(w.model.riskThreshold, 50.0);
    QCOMPARE(w.model.recommendation.minimumCoverage, 70.0);
    QCOMPARE(w.model.recommendation.robustShare, 60.0);
    QCOMPARE(w.model.recommendation.goFirstMax, 3);
    QCOMPARE(w.model.nodes, defaultScoringModel().nodes);
    QCOMPARE(w.model.indicators, defaultScoringModel().indicators);
    QVERIFY(w.scenarios.isEmpty());
    QCOMPARE(w.validate(), QStringList());

    QVERIFY2(SqliteWorkspaceStore(path).save(w, &error), qPrintable(error));
    QCOMPARE(SqliteWorkspaceStore(path).formatVersion(&error), Schema::CurrentVersion);
    QCOMPARE(digest(SqliteWorkspaceStore::backupPath(path, 3)), original);
    Workspace reloaded;
    QVERIFY(SqliteWorkspaceStore(path).load(reloaded, &error));
    QVERIFY(reloaded == w);
    QCOMPARE(SqliteWorkspaceStore(path).check(), QStringList());
}

void TestMigration::versionThreeKeepsEveryChallengeFieldAsSet()
{
    QString path;
    const Workspace w = loadVersionThree(m_dir, &path);
    // Every row was typed by a user (or made by 0.1.0 with its defaults): nothing is unset.
    int rows = 0;
    for (const Vertical &vertical : w.verticals) {
        for (const Challenge &c : vertical.challenges) {
            QVERIFY2(c.stakeholder && c.framing && c.explainabilityNeed && c.technologyFirst,
                     qPrintable(vertical.name + QLatin1String(": ") + c.problem));
            ++rows;
        }
    }
    QCOMPARE(rows, 34); // the sample's 32 and the two of workspace-v3-additions.json

    // Finance's first challenge, from the sample workspace.
    const Challenge &dora = w.verticals.at(0).challenges.at(0);
    QCOMPARE(dora.stakeholder, std::optional<CommitteeRole>(CommitteeRole::LegalCompliance));
    QCOMPARE(dora.framing, std::optional<Framing>(Framing::Opportunity));
    QCOMPARE(dora.explainabilityNeed, std::optional<int>(5));
    QCOMPARE(dora.technologyFirst, std::optional<bool>(false));
    QCOMPARE(dora.pocMonths, std::optional<double>(4));

    // A row 0.1.0 made new: its defaults were stored, and are kept as values.
    const Challenge &made = w.verticals.at(12).challenges.at(0);
    QCOMPARE(made.problem, QStringLiteral("New challenge"));
    QCOMPARE(made.stakeholder, std::optional<CommitteeRole>(CommitteeRole::EndUser));
    QCOMPARE(made.framing, std::optional<Framing>(Framing::Opportunity));
    QCOMPARE(made.explainabilityNeed, std::optional<int>(0));
    QCOMPARE(made.technologyFirst, std::optional<bool>(false));
    QCOMPARE(made.pocMonths, std::optional<double>()); // it was optional already

    // Zeros typed by the user stay zeros, not unset.
    const Challenge &zeros = w.verticals.at(12).challenges.at(1);
    QCOMPARE(zeros.problem, QStringLiteral("Typed with zeros"));
    QCOMPARE(zeros.stakeholder, std::optional<CommitteeRole>(CommitteeRole::ItSecurity));
    QCOMPARE(zeros.framing, std::optional<Framing>(Framing::Savings));
    QCOMPARE(zeros.explainabilityNeed, std::optional<int>(0));
    QCOMPARE(zeros.technologyFirst, std::optional<bool>(false));
}

void TestMigration::versionThreeDerivedValuesAreAsBefore()
{
    QString path;
    const Workspace w = loadVersionThree(m_dir, &path);
    Workspace fixture;
    fixture.verticals = {w.verticals.at(12)};
    const IndicatorTable t
        = IndicatorTable::fromWorkspace(fixture,
                                        {QString::fromLatin1(IndicatorId::ExplainabilityNeed),
                                         QString::fromLatin1(IndicatorId::TechnologyFirstShare),
                                         QString::fromLatin1(IndicatorId::OpportunityShare),
                                         QString::fromLatin1(IndicatorId::StakeholderCoverage),
                                         QString::fromLatin1(IndicatorId::PocMonths)});
    // Worked from the two rows: needs 0 and 0; neither flagged; one of two framed as
    // opportunity; end user and IT / security are 2 of the 6 roles; no POC length given.
    QCOMPARE(t.value(0, 0), 0.0);
    QCOMPARE(t.value(0, 1), 0.0);
    QCOMPARE(t.value(0, 2), 50.0);
    QCOMPARE(t.value(0, 3), 100.0 / 3.0);
    QVERIFY(std::isnan(t.value(0, 4)));
}

void TestMigration::versionFourFixtureUpgrades()
{
    const QString fixture = QStringLiteral(GTM_FIXTURES_DIR "/workspace-v4.gtmw");
    const QByteArray original = digest(fixture);
    QString error;
    QCOMPARE(SqliteWorkspaceStore(fixture).formatVersion(&error), 4);
    const QString path = m_dir.filePath(QStringLiteral("v4.gtmw"));
    QFile::remove(path);
    QFile::remove(SqliteWorkspaceStore::backupPath(path, 4));
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    Workspace w;
    QVERIFY2(SqliteWorkspaceStore(path).load(w, &error), qPrintable(error));
    QCOMPARE(digest(path), original); // opening did not touch it

    // Everything version 4 held is kept: the English sample as it was then, and the scenario.
    Workspace sample = WorkspaceFiles::sampleWorkspace(QStringLiteral("en"));
    sample.plan.targetQuarters = {};
    sample.plan.asks = {};
    for (Vertical &vertical : sample.verticals)
        vertical.safeguards.clear();
    QVERIFY(w.product == sample.product);
    QVERIFY(w.plan == sample.plan);
    QVERIFY(w.customIndicators == sample.customIndicators);
    QCOMPARE(w.verticals.size(), 12);
    for (int i = 0; i < w.verticals.size(); ++i)
        QVERIFY2(w.verticals.at(i) == sample.verticals.at(i), qPrintable(w.verticals.at(i).name));
    QVERIFY(w.model == sample.model);
    QCOMPARE(w.scenarios.size(), 1);
    QCOMPARE(w.scenarios.at(0).name, QStringLiteral("Capabilities doubled"));
    QCOMPARE(w.scenarios.at(0).model.name, QStringLiteral("Capabilities doubled"));
    ScoringModel doubled = defaultScoringModel();
    doubled.name = QStringLiteral("Capabilities doubled");
    for (ModelNode &node : doubled.nodes) {
        if (node.id == QLatin1String("readiness.capabilities"))
            node.weight = 1.0;
    }
    QVERIFY(w.scenarios.at(0).model.nodes == doubled.nodes);
    QCOMPARE(w.validate(), QStringList());

    QVERIFY2(SqliteWorkspaceStore(path).save(w, &error), qPrintable(error));
    QCOMPARE(SqliteWorkspaceStore(path).formatVersion(&error), Schema::CurrentVersion);
    QCOMPARE(digest(SqliteWorkspaceStore::backupPath(path, 4)), original);
    Workspace reloaded;
    QVERIFY(SqliteWorkspaceStore(path).load(reloaded, &error));
    QVERIFY(reloaded == w);
    QCOMPARE(SqliteWorkspaceStore(path).check(), QStringList());
}

void TestMigration::versionFourGainsEmptyDecisionFields()
{
    const QString path = m_dir.filePath(QStringLiteral("v4-fields.gtmw"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(GTM_FIXTURES_DIR "/workspace-v4.gtmw"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    Workspace w;
    QString error;
    QVERIFY2(SqliteWorkspaceStore(path).load(w, &error), qPrintable(error));
    // Nothing was decided in a version 4 file: the new fields are empty, the budget unset.
    for (const Vertical &vertical : w.verticals)
        QCOMPARE(vertical.safeguards, QString());
    QCOMPARE(w.plan.targetQuarters, WaveQuarters());
    QCOMPARE(w.plan.asks.people, QString());
    QCOMPARE(w.plan.asks.budgetUsd, std::optional<double>());
    QCOMPARE(w.plan.asks.decisions, QString());

    // Filled in and saved as version 5, they come back.
    w.verticals[0].safeguards = QStringLiteral("A lawyer signs off every redline.");
    w.plan.targetQuarters = {QStringLiteral("2027 Q1"), QStringLiteral("2027 Q3"), QString()};
    w.plan.asks = {QStringLiteral("Two engineers"), 0.0, QStringLiteral("Approve")};
    QVERIFY2(SqliteWorkspaceStore(path).save(w, &error), qPrintable(error));
    Workspace reloaded;
    QVERIFY2(SqliteWorkspaceStore(path).load(reloaded, &error), qPrintable(error));
    QVERIFY(reloaded == w);
    QCOMPARE(reloaded.plan.asks.budgetUsd, std::optional<double>(0.0)); // zero is a value
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
