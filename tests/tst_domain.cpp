#include "domain/names.h"
#include "domain/numbers.h"
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
    void namesAreComparedComposedAndFolded_data();
    void namesAreComparedComposedAndFolded();
    void namesOfEveryScriptAreWelcome_data();
    void namesOfEveryScriptAreWelcome();
    void escapedShowsWhatATerminalWouldRun();
    void missingIsNotZero();
    void parsesTypedNumbers_data();
    void parsesTypedNumbers();
    void formatsNumbersReadBack_data();
    void formatsNumbersReadBack();
    void writesAmounts_data();
    void writesAmounts();
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
    // "Café" with é composed and "CAFE" + U+0301: equal after NFC and case folding.
    QTest::newRow("duplicate after NFC") << 6 << "Two verticals are named \"CAFE\u0301\".";
    QTest::newRow("control character")
        << 7
        << "Vertical \"Fin\\x1bance\": character 4 is the control character U+001B, which a "
           "name may not hold.";
    QTest::newRow("custom indicator named like a built-in")
        << 8
        << "Custom indicator \"custom.talent\" is named \"AI Talent\" like the built-in indicator "
           "capabilities.ai_talent; give it another name.";
    QTest::newRow("long notes")
        << 9
        << "Vertical \"Finance\", context notes: the text has 100001 characters; a text may have "
           "at most 100000.";
    QTest::newRow("scenario with a bidirectional control")
        << 10
        << "Scenario \"A\\u202eB\": character 2 is the bidirectional control U+202E, which a name "
           "may not hold.";
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
    case 6: {
        w.verticals[0].name = QStringLiteral("Caf\u00e9");
        Vertical again;
        again.name = QStringLiteral("CAFE\u0301");
        w.addVertical(again);
        break;
    }
    case 7:
        w.verticals[0].name = QStringLiteral("Fin\x1b"
                                             "ance");
        break;
    case 8: {
        IndicatorDefinition talent;
        talent.id = QStringLiteral("custom.talent");
        talent.name = QStringLiteral("AI Talent");
        talent.dimension = Dimension::Custom;
        w.customIndicators.append(talent);
        break;
    }
    case 9:
        w.verticals[0].contextNotes = QString(100001, QLatin1Char('x'));
        break;
    case 10: {
        Scenario scenario;
        scenario.name = QStringLiteral("A\u202eB");
        scenario.model = w.model;
        w.scenarios.append(scenario);
        break;
    }
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

void TestDomain::namesAreComparedComposedAndFolded_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("composed and decomposed é")
        << QStringLiteral("Caf\u00e9") << QStringLiteral("Cafe\u0301") << true;
    QTest::newRow("and in capitals")
        << QStringLiteral("caf\u00e9") << QStringLiteral("CAFE\u0301") << true;
    QTest::newRow("final sigma folds to sigma")
        << QStringLiteral("\u03a3\u039f\u03a6\u0399\u0391\u03a3")
        << QStringLiteral("\u03c3\u03bf\u03c6\u03b9\u03b1\u03c2") << true;
    QTest::newRow("Ångström sign and Å")
        << QStringLiteral("\u212bngstr\u00f6m") << QStringLiteral("\u00c5ngstr\u00f6m") << true;
    QTest::newRow("e and é differ")
        << QStringLiteral("Cafe") << QStringLiteral("Caf\u00e9") << false;
}

void TestDomain::namesAreComparedComposedAndFolded()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(normalizedVerticalName(a) == normalizedVerticalName(b), same);
    Workspace w;
    Vertical v;
    v.name = a;
    w.addVertical(v);
    QCOMPARE(w.indexOfVerticalNamed(b), same ? 0 : -1);
    // Stored names are composed (NFC): the decomposed é becomes U+00E9.
    QCOMPARE(Names::clean(QStringLiteral(" Cafe\u0301 ")), QStringLiteral("Caf\u00e9"));
}

void TestDomain::namesOfEveryScriptAreWelcome_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Chinese") << QStringLiteral("金融服务");
    QTest::newRow("Arabic") << QStringLiteral("الخدمات المالية");
    QTest::newRow("Hebrew") << QStringLiteral("שירותים פיננסיים");
    QTest::newRow("Hindi") << QStringLiteral("वित्तीय सेवाएँ");
    QTest::newRow("emoji with a skin tone") << QStringLiteral("👩🏽 Finance 🚀");
}

void TestDomain::namesOfEveryScriptAreWelcome()
{
    QFETCH(QString, name);
    QCOMPARE(Names::problem(name), QString());
    Workspace w;
    Vertical v;
    v.name = name;
    w.addVertical(v);
    QCOMPARE(w.validate(), QStringList());
}

void TestDomain::escapedShowsWhatATerminalWouldRun()
{
    // ESC (0x1b) as \x1b, the right-to-left override as \u202e, line feed as \x0a.
    QCOMPARE(Names::escaped(QStringLiteral("a\x1b[2Jb\u202ec\nd 金")),
             QStringLiteral("a\\x1b[2Jb\\u202ec\\x0ad 金"));
}

void TestDomain::missingIsNotZero()
{
    Vertical v;
    QVERIFY(!v.value(QStringLiteral("context.ai_enthusiasm")).has_value());
    v.values.insert(QStringLiteral("context.ai_enthusiasm"), {0, QString()});
    QCOMPARE(v.value(QStringLiteral("context.ai_enthusiasm")), std::optional<double>(0));
}

void TestDomain::parsesTypedNumbers_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    // The locale's form.
    QTest::newRow("de comma") << "de_DE"
                              << "4,5" << true << 4.5;
    QTest::newRow("de grouped") << "de_DE"
                                << "1.234,5" << true << 1234.5;
    QTest::newRow("de two groups") << "de_DE"
                                   << "1.234.567" << true << 1234567.0;
    QTest::newRow("de grouped is not C") << "de_DE"
                                         << "1.234" << true << 1234.0;
    QTest::newRow("de comma is decimal") << "de_DE"
                                         << "1,234" << true << 1.234;
    QTest::newRow("de negative") << "de_DE"
                                 << "-0,25" << true << -0.25;
    QTest::newRow("de spaces around") << "de_DE"
                                      << "  7,5 " << true << 7.5;
    QTest::newRow("de fraction only") << "de_DE"
                                      << ",5" << true << 0.5;
    QTest::newRow("fr comma") << "fr_FR"
                              << "4,5" << true << 4.5;
    QTest::newRow("fr plain space") << "fr_FR"
                                    << "1 234,5" << true << 1234.5;
    QTest::newRow("fr no-break space")
        << "fr_FR" << QStringLiteral("1\u00a0234,5") << true << 1234.5;
    QTest::newRow("fr narrow space")
        << "fr_FR" << QStringLiteral("12\u202f500\u202f000") << true << 12500000.0;
    // es_ES writes 1234 without a group separator, but a Spaniard typing "1.234" means 1234.
    QTest::newRow("es grouped") << "es_ES"
                                << "1.234" << true << 1234.0;
    QTest::newRow("ch apostrophe") << "de_CH"
                                   << "1'234.5" << true << 1234.5;
    QTest::newRow("en grouped") << "en_US"
                                << "1,234" << true << 1234.0;
    QTest::newRow("en grouped decimal") << "en_US"
                                        << "1,234.5" << true << 1234.5;
    QTest::newRow("zh grouped") << "zh_CN"
                                << "12,500,000" << true << 12500000.0;
    QTest::newRow("en exponent") << "en_US"
                                 << "1e6" << true << 1000000.0;
    QTest::newRow("de exponent") << "de_DE"
                                 << "2,5e-3" << true << 0.0025;
    QTest::newRow("en plus") << "en_US"
                             << "+3" << true << 3.0;
    // The C form where the locale cannot mean anything else.
    QTest::newRow("de point") << "de_DE"
                              << "4.5" << true << 4.5;
    QTest::newRow("de point long") << "de_DE"
                                   << "1.2345" << true << 1.2345;
    QTest::newRow("fr point") << "fr_FR"
                              << "4.5" << true << 4.5;
    QTest::newRow("es point") << "es_ES"
                              << "0.75" << true << 0.75;
    // Refused: never 45 from "4,5" where "," groups thousands.
    QTest::newRow("en comma") << "en_US"
                              << "4,5" << false << 0.0;
    QTest::newRow("zh comma") << "zh_CN"
                              << "4,5" << false << 0.0;
    QTest::newRow("en bad groups") << "en_US"
                                   << "12,34" << false << 0.0;
    QTest::newRow("en four after group") << "en_US"
                                         << "1,2345" << false << 0.0;
    QTest::newRow("en german form") << "en_US"
                                    << "1.234,5" << false << 0.0;
    QTest::newRow("de english form") << "de_DE"
                                     << "1,234.5" << false << 0.0;
    QTest::newRow("de two commas") << "de_DE"
                                   << "1,2,3" << false << 0.0;
    QTest::newRow("de group after comma") << "de_DE"
                                          << "1,234.567" << false << 0.0;
    QTest::newRow("fr space in fraction") << "fr_FR"
                                          << "1,234 5" << false << 0.0;
    QTest::newRow("empty") << "en_US"
                           << "" << false << 0.0;
    QTest::newRow("blank") << "de_DE"
                           << "   " << false << 0.0;
    QTest::newRow("word") << "en_US"
                          << "four" << false << 0.0;
    QTest::newRow("unit") << "en_US"
                          << "4.5 bn" << false << 0.0;
    QTest::newRow("sign only") << "de_DE"
                               << "-" << false << 0.0;
    QTest::newRow("point only") << "en_US"
                                << "." << false << 0.0;
    QTest::newRow("infinity") << "en_US"
                              << "inf" << false << 0.0;
    QTest::newRow("nan") << "en_US"
                         << "nan" << false << 0.0;
    QTest::newRow("overflow") << "en_US"
                              << "1e999" << false << 0.0;
    QTest::newRow("exponent without digits") << "en_US"
                                             << "1e" << false << 0.0;
}

void TestDomain::parsesTypedNumbers()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    bool parsed = !ok;
    const double read = Numbers::parse(text, QLocale(locale), &parsed);
    QCOMPARE(parsed, ok);
    if (ok)
        QCOMPARE(read, value);
}

void TestDomain::formatsNumbersReadBack_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("en large") << "en_US" << 12500000.0 << "12,500,000";
    QTest::newRow("de large") << "de_DE" << 12500000.0 << "12.500.000";
    QTest::newRow("de decimal") << "de_DE" << 1234.5 << "1.234,5";
    QTest::newRow("en decimal") << "en_US" << 1234.5 << "1,234.5";
    QTest::newRow("fr decimal") << "fr_FR" << 1234.5 << QStringLiteral("1\u202f234,5");
    QTest::newRow("zh small") << "zh_CN" << 0.125 << "0.125";
    QTest::newRow("de negative") << "de_DE" << -2.5 << "-2,5";
}

void TestDomain::formatsNumbersReadBack()
{
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(Numbers::format(value, QLocale(locale)), text);
    bool ok = false;
    QCOMPARE(Numbers::parse(text, QLocale(locale), &ok), value);
    QVERIFY(ok);
}

void TestDomain::writesAmounts_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("billions");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("figure");
    // Chinese: 万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹²; at most two decimals in them.
    QTest::newRow("zh market 2.4 bn") << "zh_CN" << 2.4 << true << "24 亿美元"
                                      << "24 亿";
    QTest::newRow("zh market 0.35 bn") << "zh_CN" << 0.35 << true << "3.5 亿美元"
                                       << "3.5 亿";
    QTest::newRow("zh market 0.012 bn") << "zh_CN" << 0.012 << true << "1,200 万美元"
                                        << "1,200 万";
    QTest::newRow("zh market 12,000 bn") << "zh_CN" << 12000.0 << true << "12 万亿美元"
                                         << "12 万亿";
    QTest::newRow("zh 180,000") << "zh_CN" << 180000.0 << false << "18 万美元"
                                << "18 万";
    QTest::newRow("zh 12,500,000") << "zh_CN" << 12500000.0 << false << "1,250 万美元"
                                   << "1,250 万";
    QTest::newRow("zh 10,000") << "zh_CN" << 10000.0 << false << "1 万美元"
                               << "1 万";
    QTest::newRow("zh 123,456") << "zh_CN" << 123456.0 << false << "12.35 万美元"
                                << "12.35 万";
    QTest::newRow("zh 9,999") << "zh_CN" << 9999.0 << false << "9,999 美元"
                              << "9,999";
    QTest::newRow("zh 49.5") << "zh_CN" << 49.5 << false << "49.5 美元"
                             << "49.5";
    QTest::newRow("zh 0") << "zh_CN" << 0.0 << false << "0 美元"
                          << "0";
    // 99,999,999 is 9,999.9999 万: shown with two decimals that is 10,000 万, so 1 亿.
    QTest::newRow("zh carries to 亿") << "zh_CN" << 99999999.0 << false << "1 亿美元"
                                      << "1 亿";
    QTest::newRow("zh 150,000,000") << "zh_CN" << 150000000.0 << false << "1.5 亿美元"
                                    << "1.5 亿";
    QTest::newRow("zh negative") << "zh_CN" << -250000.0 << false << "-25 万美元"
                                 << "-25 万";
    QTest::newRow("zh traditional") << "zh_TW" << 180000.0 << false << "18 萬美元"
                                    << "18 萬";
    QTest::newRow("zh traditional bn") << "zh_HK" << 2.4 << true << "24 億美元"
                                       << "24 億";
    // Every other language: as before, in the locale's digits.
    QTest::newRow("en market") << "en_US" << 2.4 << true << "USD 2.4 bn"
                               << "2.4";
    QTest::newRow("en 180,000") << "en_US" << 180000.0 << false << "USD 180,000"
                                << "180,000";
    QTest::newRow("en 12,500,000") << "en_GB" << 12500000.0 << false << "USD 12,500,000"
                                   << "12,500,000";
    QTest::newRow("de market") << "de_DE" << 2.4 << true << "USD 2,4 bn"
                               << "2,4";
    QTest::newRow("de 1,234.5") << "de_DE" << 1234.5 << false << "USD 1.234,5"
                                << "1.234,5";
}

void TestDomain::writesAmounts()
{
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(bool, billions);
    QFETCH(QString, money);
    QFETCH(QString, figure);
    const Amounts::Unit unit = billions ? Amounts::Unit::UsdBillion : Amounts::Unit::Usd;
    QCOMPARE(Amounts::money(value, unit, QLocale(locale)), money);
    QCOMPARE(Amounts::figure(value, unit, QLocale(locale)), figure);
    QCOMPARE(Amounts::readout(value, unit, QLocale(locale)),
             QLocale(locale).language() == QLocale::Chinese ? money : QString());
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
