#include "domain/workspace.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Gtm;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void builtInIndicatorsAreWellFormed();
    void everyWorksheetDimensionHasIndicators();
    void accepts_data();
    void accepts();
    void customIndicatorId_data();
    void customIndicatorId();
    void enumKeysRoundTrip();
    void valueDriversFollowTheirKinds();
    void validateFindsProblems_data();
    void validateFindsProblems();
    void verticalNamesMatchLoosely();
    void missingIsNotZero();
};

void TestDomain::builtInIndicatorsAreWellFormed()
{
    QSet<QString> ids;
    for (const IndicatorDefinition &d : builtInIndicators()) {
        QVERIFY2(isValidIndicatorId(d.id), qPrintable(d.id));
        QVERIFY2(!ids.contains(d.id), qPrintable(d.id));
        ids.insert(d.id);
        QVERIFY(d.builtIn);
        QVERIFY(!d.name.isEmpty());
        QVERIFY2(!d.description.isEmpty(), qPrintable(d.id));
        QVERIFY(d.minimum.has_value());
        QVERIFY(d.id.startsWith(enumKey(d.dimension) + QLatin1Char('.')));
        QCOMPARE(builtInIndicator(d.id), &d);
    }
    QCOMPARE(ids.size(), 18);
    QVERIFY(ids.contains(QStringLiteral("capabilities.data_availability")));
    QVERIFY(ids.contains(QStringLiteral("consequences.jobs_high_risk_pct")));
    QVERIFY(!builtInIndicator(u"capabilities.nothing"));
}

void TestDomain::everyWorksheetDimensionHasIndicators()
{
    QSet<Dimension> dimensions;
    for (const IndicatorDefinition &d : builtInIndicators())
        dimensions.insert(d.dimension);
    QVERIFY(dimensions.contains(Dimension::Context));
    QVERIFY(dimensions.contains(Dimension::Capabilities));
    QVERIFY(dimensions.contains(Dimension::Consequences));
    QVERIFY(dimensions.contains(Dimension::Market));
}

void TestDomain::accepts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("scale low end") << "context.ai_enthusiasm" << 0.0 << true;
    QTest::newRow("scale high end") << "context.ai_enthusiasm" << 5.0 << true;
    QTest::newRow("scale half") << "context.ai_enthusiasm" << 2.5 << true;
    QTest::newRow("scale above") << "context.ai_enthusiasm" << 5.01 << false;
    QTest::newRow("scale below") << "context.ai_enthusiasm" << -0.5 << false;
    QTest::newRow("percent 100") << "consequences.jobs_high_risk_pct" << 100.0 << true;
    QTest::newRow("percent 101") << "consequences.jobs_high_risk_pct" << 101.0 << false;
    QTest::newRow("market size huge") << "market.size_usd_bn" << 12000.0 << true;
    QTest::newRow("market size negative") << "market.size_usd_bn" << -1.0 << false;
    QTest::newRow("shrinking market") << "market.growth_pct" << -20.0 << true;
    QTest::newRow("NaN") << "market.growth_pct" << std::nan("") << false;
    QTest::newRow("infinity") << "market.size_usd_bn" << std::numeric_limits<double>::infinity()
                              << false;
}

void TestDomain::accepts()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    const IndicatorDefinition *d = builtInIndicator(id);
    QVERIFY(d);
    QCOMPARE(d->accepts(value), accepted);
}

void TestDomain::customIndicatorId_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("id");
    QTest::newRow("words") << "Churn rate"
                           << "custom.churn_rate";
    QTest::newRow("punctuation runs") << "  Cloud -- share (%) "
                                      << "custom.cloud_share";
    QTest::newRow("upper case") << "NPS"
                                << "custom.nps";
    QTest::newRow("digits") << "Top 10 accounts"
                            << "custom.top_10_accounts";
    QTest::newRow("accented") << "Über-Größe"
                              << "custom.über_größe";
    QTest::newRow("Chinese") << "数据质量"
                             << "custom.数据质量";
    QTest::newRow("superscript") << "Area (m²)"
                                 << "custom.area_m";
    QTest::newRow("fraction sign") << "Share ½"
                                   << "custom.share";
    QTest::newRow("nothing usable") << "%%"
                                    << "custom.unnamed";
}

void TestDomain::customIndicatorId()
{
    QFETCH(QString, heading);
    QFETCH(QString, id);
    QCOMPARE(Gtm::customIndicatorId(heading), id);
    QVERIFY(isValidIndicatorId(id));
}

void TestDomain::enumKeysRoundTrip()
{
    for (AiCategory c : enumValues<AiCategory>())
        QCOMPARE(enumFromKey<AiCategory>(enumKey(c)), c);
    for (CommitteeRole r : enumValues<CommitteeRole>())
        QCOMPARE(enumFromKey<CommitteeRole>(enumKey(r)), r);
    QCOMPARE(enumValues<AiCategory>().size(), 11); // ten categories of METHOD.md and custom
    QCOMPARE(enumValues<ValueDriverKind>().size(), 9);
    QCOMPARE(enumValues<CommitteeRole>().size(), 6);
    QCOMPARE(enumFromKey<Modality>(u"TEXT"), Modality::Text);
    QVERIFY(!enumFromKey<Modality>(u"smell"));
    QCOMPARE(enumDisplayName(ValueDriverKind::BrandStatus), QStringLiteral("Brand / status"));
}

void TestDomain::valueDriversFollowTheirKinds()
{
    const GtmPlan plan;
    for (int i = 0; i < GtmPlan::ValueDriverCount; ++i)
        QCOMPARE(plan.valueDrivers[size_t(i)].kind, ValueDriverKind(i));
    QCOMPARE(plan.valueDriver(ValueDriverKind::Agility).kind, ValueDriverKind::Agility);
}

void TestDomain::validateFindsProblems_data()
{
    QTest::addColumn<int>("caseNumber");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty name") << 0 << "A vertical has no name.";
    QTest::newRow("duplicate name") << 1 << "Two verticals are named \"finance\".";
    QTest::newRow("out of range")
        << 2 << "Vertical \"Finance\": AI enthusiasm is 7, outside its range (0 to 5).";
    QTest::newRow("unknown indicator")
        << 3 << "Vertical \"Finance\" has a value for the unknown indicator \"custom.gone\".";
    QTest::newRow("strength") << 4 << "Value driver \"Cost\" has strength 6; it must be 0 to 5.";
    QTest::newRow("POC length")
        << 5
        << "Vertical \"Finance\", challenge 1: proof-of-concept length must be 0 to 60 months.";
}

void TestDomain::validateFindsProblems()
{
    QFETCH(int, caseNumber);
    QFETCH(QString, expected);
    Workspace w;
    Vertical finance;
    finance.name = QStringLiteral("Finance");
    w.addVertical(finance);
    QCOMPARE(w.validate(), QStringList());
    switch (caseNumber) {
    case 0: {
        Vertical unnamed;
        w.addVertical(unnamed);
        break;
    }
    case 1: {
        Vertical again;
        again.name = QStringLiteral(" finance");
        w.addVertical(again);
        break;
    }
    case 2:
        w.verticals[0].values.insert(QStringLiteral("context.ai_enthusiasm"), {7, QString()});
        break;
    case 3:
        w.verticals[0].values.insert(QStringLiteral("custom.gone"), {1, QString()});
        break;
    case 4:
        w.plan.valueDriver(ValueDriverKind::Cost).strength = 6;
        break;
    case 5:
        w.verticals[0].challenges.append(
            Challenge {QString(), CommitteeRole::EndUser, Framing::Savings, 1, false, 61.0});
        break;
    }
    QCOMPARE(w.validate(), QStringList {expected});
}

void TestDomain::verticalNamesMatchLoosely()
{
    Workspace w;
    Vertical v;
    v.name = QStringLiteral("Energy & Utilities");
    w.addVertical(v);
    QCOMPARE(w.indexOfVerticalNamed(QStringLiteral("  energy & UTILITIES ")), 0);
    QCOMPARE(w.indexOfVerticalNamed(QStringLiteral("Energy")), -1);
}

void TestDomain::missingIsNotZero()
{
    Vertical v;
    QVERIFY(!v.value(QStringLiteral("context.ai_enthusiasm")).has_value());
    v.values.insert(QStringLiteral("context.ai_enthusiasm"), {0, QString()});
    QCOMPARE(v.value(QStringLiteral("context.ai_enthusiasm")), std::optional<double>(0));
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
