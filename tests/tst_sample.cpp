#include "domain/workspace.h"
#include "scoring/recommendation.h"
#include "storage/workspacefiles.h"

#include <QRegularExpression>
#include <QTest>

using namespace Gtm;

namespace {

double capabilityMean(const Vertical &v)
{
    // The three drivers of the leader–laggard gap (access to data, digital maturity, executive
    // sponsorship) with the habit of collecting data and AI talent (METHOD.md, Capabilities).
    const char *ids[]
        = {IndicatorId::DataAvailability, IndicatorId::DataCollectionHabit,
           IndicatorId::DigitalMaturity, IndicatorId::ExecutiveSponsorship, IndicatorId::AiTalent};
    double sum = 0;
    for (const char *id : ids)
        sum += v.value(QString::fromLatin1(id)).value_or(-100);
    return sum / 5;
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

} // namespace

/** The sample workspace is what a new user sees first; it must be complete and make sense. */
class TestSample : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isValidAndComplete();
    void hasTheVerticalsOfTheMethod();
    void everyWorksheetIsFilled();
    void frontierSectorsLeadOnCapabilities();
    void slowAdoptersFaceTheirOwnRisks();
    void everyLanguageLoadsAndValidates_data();
    void everyLanguageLoadsAndValidates();
    void unknownLanguageGivesEnglish();
    void chineseHoldsTheSamePlan();
    void chineseHoldsTheSameIndicatorValues();
    void chineseTextsAreWrittenInChinese();
    void chineseScoresAndRecommendsLikeEnglish();

private:
    Workspace m_sample;
    Workspace m_chinese;
};

void TestSample::initTestCase()
{
    m_sample = WorkspaceFiles::sampleWorkspace();
    m_chinese = WorkspaceFiles::sampleWorkspace(QStringLiteral("zh_CN"));
}

void TestSample::isValidAndComplete()
{
    QCOMPARE(m_sample.validate(), QStringList());
    QVERIFY(!m_sample.product.name.isEmpty());
    QVERIFY(!m_sample.product.pitch.isEmpty());
    QVERIFY(!m_sample.plan.targetMarket.isEmpty());
    QVERIFY(m_sample.plan.personas.size() >= 4);
    QVERIFY(m_sample.plan.pricing.pricePoints.size() >= 2);
    QVERIFY(m_sample.plan.marketing.size() >= 3);
    QVERIFY(m_sample.plan.channels.size() >= 3);
    int opportunities = 0;
    for (const ValueDriver &driver : m_sample.plan.valueDrivers) {
        QVERIFY2(!driver.evidence.isEmpty(), qPrintable(enumKey(driver.kind)));
        opportunities += driver.framing == Framing::Opportunity ? 1 : 0;
    }
    // METHOD.md: articulate value as opportunity rather than savings.
    QVERIFY(opportunities > GtmPlan::ValueDriverCount / 2);
}

void TestSample::hasTheVerticalsOfTheMethod()
{
    QVERIFY(m_sample.verticals.size() >= 10);
    const QStringList required
        = QStringLiteral(
              "Finance,Automotive,Technology,Telecom,Healthcare,Construction,Travel,Education")
              .split(QLatin1Char(','));
    for (const QString &name : required)
        QVERIFY2(m_sample.indexOfVerticalNamed(name) >= 0, qPrintable(name));
}

void TestSample::everyWorksheetIsFilled()
{
    for (const Vertical &v : std::as_const(m_sample.verticals)) {
        for (const IndicatorDefinition &d : builtInIndicators())
            QVERIFY2(v.value(d.id).has_value(), qPrintable(v.name + QLatin1Char(' ') + d.id));
        QVERIFY2(!v.challenges.isEmpty(), qPrintable(v.name));
        QVERIFY(!v.description.isEmpty());
        QVERIFY(!v.contextNotes.isEmpty());
        QVERIFY(!v.capabilitiesNotes.isEmpty());
        QVERIFY(!v.consequencesNotes.isEmpty());
        QVERIFY(!v.winners.isEmpty());
        QVERIFY(!v.losers.isEmpty());
    }
}

void TestSample::frontierSectorsLeadOnCapabilities()
{
    const QStringList frontier
        = QStringLiteral("Finance,Automotive,Technology,Telecom").split(QLatin1Char(','));
    const QStringList slow
        = QStringLiteral("Healthcare,Construction,Travel,Education").split(QLatin1Char(','));
    hasTheVerticalsOfTheMethod();
    if (QTest::currentTestFailed())
        return;
    for (const QString &f : frontier) {
        const Vertical &leader = m_sample.verticals.at(m_sample.indexOfVerticalNamed(f));
        for (const QString &s : slow) {
            const Vertical &laggard = m_sample.verticals.at(m_sample.indexOfVerticalNamed(s));
            QVERIFY2(capabilityMean(leader) > capabilityMean(laggard) + 1.0,
                     qPrintable(f + QLatin1String(" vs ") + s));
        }
    }
}

void TestSample::slowAdoptersFaceTheirOwnRisks()
{
    hasTheVerticalsOfTheMethod();
    if (QTest::currentTestFailed())
        return;
    const Vertical &healthcare
        = m_sample.verticals.at(m_sample.indexOfVerticalNamed(QStringLiteral("Healthcare")));
    const Vertical &construction
        = m_sample.verticals.at(m_sample.indexOfVerticalNamed(QStringLiteral("Construction")));
    // Healthcare: harm from wrong decisions and scrutiny; construction: automation of jobs, above
    // the OECD averages of 14% (high risk) and 32% (significant change).
    QVERIFY(healthcare.value(QString::fromLatin1(IndicatorId::SafetyEthicsSensitivity)).value_or(-1)
            >= 4.5);
    QVERIFY(healthcare.value(QString::fromLatin1(IndicatorId::RegulatoryBurden)).value_or(-1)
            >= 4.5);
    QVERIFY(construction.value(QString::fromLatin1(IndicatorId::JobsHighRiskPct)).value_or(-1)
            > 14);
    QVERIFY(
        construction.value(QString::fromLatin1(IndicatorId::JobsSignificantRiskPct)).value_or(-1)
        > 32);
    bool technologyFirst = false;
    for (const Vertical &v : std::as_const(m_sample.verticals))
        for (const Challenge &c : v.challenges)
            technologyFirst = technologyFirst || c.technologyFirst;
    QVERIFY(technologyFirst);
}

void TestSample::everyLanguageLoadsAndValidates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstVertical");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Finance");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("金融");
}

void TestSample::everyLanguageLoadsAndValidates()
{
    QFETCH(QString, language);
    QFETCH(QString, firstVertical);
    QVERIFY(WorkspaceFiles::sampleLanguages().contains(language));
    const Workspace sample = WorkspaceFiles::sampleWorkspace(language);
    QCOMPARE(sample.validate(), QStringList());
    QCOMPARE(sample.product.name, QStringLiteral("ClauseLens"));
    QCOMPARE(sample.verticals.size(), 12);
    QCOMPARE(sample.verticals.constFirst().name, firstVertical);
}

void TestSample::unknownLanguageGivesEnglish()
{
    const Workspace sample = WorkspaceFiles::sampleWorkspace(QStringLiteral("fr"));
    QCOMPARE(sample.verticals.size(), 12);
    QCOMPARE(sample.verticals.constFirst().name, QStringLiteral("Finance"));
}

void TestSample::chineseHoldsTheSamePlan()
{
    QCOMPARE(m_chinese.product.name, m_sample.product.name);
    QCOMPARE(m_chinese.product.category, m_sample.product.category);
    QCOMPARE(m_chinese.product.modality, m_sample.product.modality);
    const GtmPlan &zh = m_chinese.plan;
    const GtmPlan &en = m_sample.plan;
    QCOMPARE(zh.personas.size(), en.personas.size());
    for (qsizetype i = 0; i < en.personas.size(); ++i)
        QCOMPARE(zh.personas.at(i).committeeRole, en.personas.at(i).committeeRole);
    for (size_t i = 0; i < en.valueDrivers.size(); ++i) {
        QCOMPARE(zh.valueDrivers.at(i).kind, en.valueDrivers.at(i).kind);
        QCOMPARE(zh.valueDrivers.at(i).strength, en.valueDrivers.at(i).strength);
        QCOMPARE(zh.valueDrivers.at(i).framing, en.valueDrivers.at(i).framing);
    }
    QCOMPARE(zh.pricing.model, en.pricing.model);
    QCOMPARE(zh.pricing.pricePoints.size(), en.pricing.pricePoints.size());
    for (qsizetype i = 0; i < en.pricing.pricePoints.size(); ++i)
        QCOMPARE(zh.pricing.pricePoints.at(i).price, en.pricing.pricePoints.at(i).price);
    QCOMPARE(zh.marketing.size(), en.marketing.size());
    for (qsizetype i = 0; i < en.marketing.size(); ++i) {
        QCOMPARE(zh.marketing.at(i).kind, en.marketing.at(i).kind);
        QCOMPARE(zh.marketing.at(i).budget, en.marketing.at(i).budget);
    }
    QCOMPARE(zh.channels.size(), en.channels.size());
    for (qsizetype i = 0; i < en.channels.size(); ++i) {
        QCOMPARE(zh.channels.at(i).kind, en.channels.at(i).kind);
        QCOMPARE(zh.channels.at(i).revenueSharePct, en.channels.at(i).revenueSharePct);
    }
    QCOMPARE(m_chinese.verticals.size(), m_sample.verticals.size());
    for (qsizetype v = 0; v < m_sample.verticals.size(); ++v) {
        const QList<Challenge> &zhChallenges = m_chinese.verticals.at(v).challenges;
        const QList<Challenge> &enChallenges = m_sample.verticals.at(v).challenges;
        QCOMPARE(zhChallenges.size(), enChallenges.size());
        for (qsizetype i = 0; i < enChallenges.size(); ++i) {
            QCOMPARE(zhChallenges.at(i).stakeholder, enChallenges.at(i).stakeholder);
            QCOMPARE(zhChallenges.at(i).framing, enChallenges.at(i).framing);
            QCOMPARE(zhChallenges.at(i).explainabilityNeed, enChallenges.at(i).explainabilityNeed);
            QCOMPARE(zhChallenges.at(i).technologyFirst, enChallenges.at(i).technologyFirst);
            QCOMPARE(zhChallenges.at(i).pocMonths, enChallenges.at(i).pocMonths);
        }
    }
    QCOMPARE(m_chinese.customIndicators.size(), m_sample.customIndicators.size());
}

void TestSample::chineseHoldsTheSameIndicatorValues()
{
    QCOMPARE(m_chinese.verticals.size(), m_sample.verticals.size());
    for (qsizetype v = 0; v < m_sample.verticals.size(); ++v) {
        const Vertical &zh = m_chinese.verticals.at(v);
        const Vertical &en = m_sample.verticals.at(v);
        QCOMPARE(zh.values.keys(), en.values.keys());
        for (auto it = en.values.cbegin(); it != en.values.cend(); ++it) {
            QVERIFY2(zh.values.value(it.key()).value == it->value,
                     qPrintable(en.name + QLatin1Char(' ') + it.key()));
            // A cited value stays cited (the citation glossed in Chinese).
            QCOMPARE(zh.values.value(it.key()).source.isEmpty(), it->source.isEmpty());
        }
    }
}

void TestSample::chineseTextsAreWrittenInChinese()
{
    QVERIFY(hasChinese(m_chinese.product.pitch));
    QVERIFY(hasChinese(m_chinese.plan.targetMarket));
    for (const BuyerPersona &persona : m_chinese.plan.personas)
        QVERIFY2(hasChinese(persona.role), qPrintable(persona.role));
    for (const Vertical &v : m_chinese.verticals) {
        QVERIFY2(hasChinese(v.name), qPrintable(v.name));
        QVERIFY2(hasChinese(v.description), qPrintable(v.name));
        for (const Challenge &c : v.challenges)
            QVERIFY2(hasChinese(c.problem), qPrintable(c.problem));
        for (const IndicatorValue &value : v.values)
            QVERIFY(value.source.isEmpty() || hasChinese(value.source));
    }
    // Published figures keep their original citation.
    const Vertical &finance = m_chinese.verticals.constFirst();
    QVERIFY(finance.values.value(QString::fromLatin1(IndicatorId::JobsHighRiskPct))
                .source.startsWith(QStringLiteral("Nedelkoska & Quintini, OECD Social, Employment "
                                                  "and Migration Working Paper 202 (2018)")));
}

void TestSample::chineseScoresAndRecommendsLikeEnglish()
{
    const auto settings = recommendationRunSettings(200, 1);
    Decision en;
    Decision zh;
    QStringList problems;
    QVERIFY(Decision::make(m_sample, m_sample.model, settings, &en, &problems));
    QVERIFY(Decision::make(m_chinese, m_chinese.model, settings, &zh, &problems));
    QCOMPARE(problems, QStringList());
    QCOMPARE(zh.scores.rowCount(), en.scores.rowCount());
    const int roots = int(en.scores.model().roots().size());
    QCOMPARE(roots, 2); // readiness and risk
    for (int row = 0; row < en.scores.rowCount(); ++row) {
        for (int root = 0; root < roots; ++root) {
            QCOMPARE(zh.scores.score(row, root), en.scores.score(row, root));
            QCOMPARE(zh.scores.rank(row, root), en.scores.rank(row, root));
        }
        const Placement &a = zh.recommendation.placement(row);
        const Placement &b = en.recommendation.placement(row);
        QCOMPARE(a.wave, b.wave);
        QCOMPARE(a.order, b.order);
        QCOMPARE(a.robustQuadrant, b.robustQuadrant);
        QCOMPARE(a.safeguards.size(), b.safeguards.size());
    }
    for (Wave wave : {Wave::GoFirst, Wave::Next, Wave::Prepare, Wave::NotYet, Wave::Undecided})
        QCOMPARE(zh.recommendation.rowsIn(wave), en.recommendation.rowsIn(wave));
    // The sample's plan, as tst_recommendation checks it in English: Finance, Technology and
    // Telecom go first.
    QStringList goFirst;
    for (int row : zh.recommendation.rowsIn(Wave::GoFirst))
        goFirst.append(m_chinese.verticals.at(row).name);
    QCOMPARE(
        goFirst,
        (QStringList {QStringLiteral("金融"), QStringLiteral("科技"), QStringLiteral("电信")}));
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
