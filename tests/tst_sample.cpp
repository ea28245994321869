#include "domain/workspace.h"
#include "storage/workspacefiles.h"

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

private:
    Workspace m_sample;
};

void TestSample::initTestCase()
{
    m_sample = WorkspaceFiles::sampleWorkspace();
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

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
