#include "domain/workspace.h"
#include "scoring/modelcheck.h"
#include "scoring/scoringengine.h"
#include "storage/workspacefiles.h"

#include <QTest>

#include <cmath>

using namespace Gtm;

Q_DECLARE_METATYPE(QList<Gtm::Challenge>)

namespace {

constexpr auto unset = std::nullopt;

Challenge challenge(std::optional<CommitteeRole> stakeholder, std::optional<Framing> framing,
                    std::optional<int> need, std::optional<bool> technologyFirst,
                    std::optional<double> pocMonths)
{
    return {QStringLiteral("A problem"), stakeholder, framing, need, technologyFirst, pocMonths};
}

/** A challenge with nothing but its problem, as a new row starts. */
Challenge problemOnly()
{
    return challenge(unset, unset, unset, unset, unset);
}

} // namespace

/** The default GTM model on the sample workspace, and the Challenges indicators it derives. */
class TestDefaultModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void derivedChallengeIndicators();
    void derivedIndicatorsAreMissingWithoutChallenges();
    void derivedIndicatorsCountOnlySetFields_data();
    void derivedIndicatorsCountOnlySetFields();
    void problemOnlyChallengeChangesNoScore();
    void everyVerticalIsScored();
    void frontierSectorsRankAboveSlowAdopters();
    void contributionsAddUpToEveryScore();
    void goalpostsKeepScoresStableWhenOthersChange();

private:
    int row(const char *name) const { return m_sample.indexOfVerticalNamed(QLatin1String(name)); }
    Workspace m_sample;
    CompiledModel m_model;
};

void TestDefaultModel::initTestCase()
{
    m_sample = WorkspaceFiles::sampleWorkspace();
    QStringList problems;
    QVERIFY2(compileGtmModel(m_sample.model, m_sample, &m_model, &problems),
             qPrintable(problems.join(QLatin1Char(' '))));
}

void TestDefaultModel::derivedChallengeIndicators()
{
    Workspace w;
    Vertical v;
    v.name = QStringLiteral("X");
    v.challenges
        = {{QStringLiteral("a"), CommitteeRole::EndUser, Framing::Opportunity, 3, true, 6.0},
           {QStringLiteral("b"), CommitteeRole::Champion, Framing::Savings, 5, false, std::nullopt},
           {QStringLiteral("c"), CommitteeRole::EndUser, Framing::Opportunity, 1, true, 12.0}};
    w.addVertical(v);
    const QStringList columns {QStringLiteral("challenges.explainability_need"),
                               QStringLiteral("challenges.technology_first_share"),
                               QStringLiteral("challenges.poc_months"),
                               QStringLiteral("challenges.opportunity_share"),
                               QStringLiteral("challenges.stakeholder_coverage")};
    const IndicatorTable t = IndicatorTable::fromWorkspace(w, columns);
    QCOMPARE(t.value(0, 0), 5.0); // the strongest need: max(3, 5, 1)
    QCOMPARE(t.value(0, 1), 200.0 / 3.0); // 2 of 3 flagged
    QCOMPARE(t.value(0, 2), 9.0); // (6 + 12) / 2; the row without a length is left out
    QCOMPARE(t.value(0, 3), 200.0 / 3.0); // 2 of 3 framed as opportunity
    QCOMPARE(t.value(0, 4), 100.0 / 3.0); // end user and champion: 2 of the 6 roles
}

void TestDefaultModel::derivedIndicatorsAreMissingWithoutChallenges()
{
    Workspace w;
    Vertical v;
    v.name = QStringLiteral("X");
    w.addVertical(v);
    const IndicatorTable t
        = IndicatorTable::fromWorkspace(w,
                                        {QStringLiteral("challenges.explainability_need"),
                                         QStringLiteral("challenges.opportunity_share")});
    QVERIFY(std::isnan(t.value(0, 0)));
    QVERIFY(std::isnan(t.value(0, 1)));
}

void TestDefaultModel::derivedIndicatorsCountOnlySetFields_data()
{
    QTest::addColumn<QList<Challenge>>("challenges");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<double>("expected"); // NaN: missing

    const QString need = QString::fromLatin1(IndicatorId::ExplainabilityNeed);
    const QString technology = QString::fromLatin1(IndicatorId::TechnologyFirstShare);
    const QString poc = QString::fromLatin1(IndicatorId::PocMonths);
    const QString opportunity = QString::fromLatin1(IndicatorId::OpportunityShare);
    const QString coverage = QString::fromLatin1(IndicatorId::StakeholderCoverage);
    const double missing = std::nan("");

    QTest::newRow("need: max of 4, 2, unset")
        << QList<Challenge> {challenge(unset, unset, 4, unset, unset),
                             challenge(unset, unset, 2, unset, unset), problemOnly()}
        << need << 4.0;
    QTest::newRow("need: a set 0 counts")
        << QList<Challenge> {challenge(unset, unset, 0, unset, unset), problemOnly()} << need
        << 0.0;
    QTest::newRow("need: none set")
        << QList<Challenge> {problemOnly(), problemOnly()} << need << missing;
    // 1 flagged of the 2 that say: 50 %, not 1 of 3.
    QTest::newRow("technology first: yes, unset, no")
        << QList<Challenge> {challenge(unset, unset, unset, true, unset), problemOnly(),
                             challenge(unset, unset, unset, false, unset)}
        << technology << 50.0;
    QTest::newRow("technology first: no, unset")
        << QList<Challenge> {challenge(unset, unset, unset, false, unset), problemOnly()}
        << technology << 0.0;
    QTest::newRow("technology first: none set")
        << QList<Challenge> {problemOnly()} << technology << missing;
    // 1 opportunity of the 3 framed; the unset one is left out.
    QTest::newRow("opportunity: opportunity, unset, savings, savings")
        << QList<Challenge> {challenge(unset, Framing::Opportunity, unset, unset, unset),
                             problemOnly(), challenge(unset, Framing::Savings, unset, unset, unset),
                             challenge(unset, Framing::Savings, unset, unset, unset)}
        << opportunity << 100.0 / 3.0;
    QTest::newRow("opportunity: framing all unset")
        << QList<Challenge> {problemOnly(), challenge(CommitteeRole::Champion, unset, 3, true, 6.0)}
        << opportunity << missing;
    // End user twice and champion: 2 of the 6 roles.
    QTest::newRow("coverage: end user, unset, champion, end user")
        << QList<Challenge> {challenge(CommitteeRole::EndUser, unset, unset, unset, unset),
                             problemOnly(),
                             challenge(CommitteeRole::Champion, unset, unset, unset, unset),
                             challenge(CommitteeRole::EndUser, unset, unset, unset, unset)}
        << coverage << 100.0 / 3.0;
    QTest::newRow("coverage: no stakeholder set")
        << QList<Challenge> {problemOnly(), challenge(unset, Framing::Savings, 1, false, 2.0)}
        << coverage << missing;
    QTest::newRow("POC: unset, 6, 12")
        << QList<Challenge> {problemOnly(), challenge(unset, unset, unset, unset, 6.0),
                             challenge(unset, unset, unset, unset, 12.0)}
        << poc << 9.0;
}

void TestDefaultModel::derivedIndicatorsCountOnlySetFields()
{
    QFETCH(QList<Challenge>, challenges);
    QFETCH(QString, indicator);
    QFETCH(double, expected);
    Workspace w;
    Vertical v;
    v.name = QStringLiteral("X");
    v.challenges = challenges;
    w.addVertical(v);
    const double actual = IndicatorTable::fromWorkspace(w, {indicator}).value(0, 0);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(actual), qPrintable(QString::number(actual)));
    else
        QCOMPARE(actual, expected);
}

void TestDefaultModel::problemOnlyChallengeChangesNoScore()
{
    // Every sample vertical gets a challenge that is only a problem text: not one score moves.
    Workspace changed = m_sample;
    for (Vertical &vertical : changed.verticals)
        vertical.challenges.append(problemOnly());
    const ScoringResult before
        = ScoringEngine::score(m_model, IndicatorTable::fromWorkspace(m_sample, m_model.columns()));
    const ScoringResult after
        = ScoringEngine::score(m_model, IndicatorTable::fromWorkspace(changed, m_model.columns()));
    for (int r = 0; r < before.rowCount(); ++r) {
        QCOMPARE(after.score(r, 0), before.score(r, 0));
        QCOMPARE(after.score(r, 1), before.score(r, 1));
    }
    // And a vertical whose only challenge is a problem text has every derived value missing.
    Workspace one;
    Vertical v;
    v.name = QStringLiteral("New");
    v.challenges = {problemOnly()};
    one.addVertical(v);
    QStringList ids;
    for (const IndicatorDefinition &d : derivedIndicators())
        ids.append(d.id);
    QCOMPARE(ids.size(), 5);
    const IndicatorTable table = IndicatorTable::fromWorkspace(one, ids);
    for (int c = 0; c < ids.size(); ++c)
        QVERIFY2(std::isnan(table.value(0, c)), qPrintable(ids.at(c)));
}

void TestDefaultModel::everyVerticalIsScored()
{
    const ScoringResult result
        = ScoringEngine::score(m_model, IndicatorTable::fromWorkspace(m_sample, m_model.columns()));
    for (int r = 0; r < result.rowCount(); ++r) {
        QVERIFY(std::isfinite(result.score(r, 0)));
        QVERIFY(std::isfinite(result.score(r, 1)));
        QVERIFY(result.quadrant(r).has_value());
    }
}

void TestDefaultModel::frontierSectorsRankAboveSlowAdopters()
{
    // METHOD.md: finance, automotive, technology and telecom are frontier sectors; healthcare,
    // construction, travel and education slower adopters.
    const ScoringResult result
        = ScoringEngine::score(m_model, IndicatorTable::fromWorkspace(m_sample, m_model.columns()));
    const int readiness = m_model.rootNamed(QStringLiteral("readiness"));
    for (const char *leader : {"Finance", "Automotive", "Technology", "Telecom"}) {
        for (const char *laggard : {"Healthcare", "Construction", "Travel", "Education"}) {
            QVERIFY2(result.rank(row(leader), readiness) < result.rank(row(laggard), readiness),
                     qPrintable(QStringLiteral("%1 (rank %2) vs %3 (rank %4)")
                                    .arg(QLatin1String(leader))
                                    .arg(result.rank(row(leader), readiness))
                                    .arg(QLatin1String(laggard))
                                    .arg(result.rank(row(laggard), readiness))));
        }
    }
}

void TestDefaultModel::contributionsAddUpToEveryScore()
{
    const ScoringResult result
        = ScoringEngine::score(m_model, IndicatorTable::fromWorkspace(m_sample, m_model.columns()));
    for (int r = 0; r < result.rowCount(); ++r) {
        for (int root = 0; root < 2; ++root) {
            double sum = 0;
            double weights = 0;
            for (const CompiledModel::Leaf &leaf : m_model.leaves()) {
                if (m_model.nodes()[size_t(leaf.node)].root != root)
                    continue;
                sum += result.contribution(r, leaf.node);
                weights += result.effectiveWeight(r, leaf.node);
            }
            QVERIFY(qAbs(sum - result.score(r, root)) < 1e-9);
            QVERIFY(qAbs(weights - 1.0) < 1e-12);
        }
    }
}

void TestDefaultModel::goalpostsKeepScoresStableWhenOthersChange()
{
    const ScoringResult before
        = ScoringEngine::score(m_model, IndicatorTable::fromWorkspace(m_sample, m_model.columns()));
    Workspace changed = m_sample;
    changed.verticals[row("Travel")].values[QStringLiteral("capabilities.digital_maturity")].value
        = 5;
    const ScoringResult after
        = ScoringEngine::score(m_model, IndicatorTable::fromWorkspace(changed, m_model.columns()));
    QCOMPARE(after.score(row("Finance"), 0), before.score(row("Finance"), 0));
    // Travel: digital maturity 2.5 → 5 adds (5 − 2.5) / 5 × its weight 0.5 × 2/8 = 6.25 points.
    QVERIFY(qAbs(after.score(row("Travel"), 0) - before.score(row("Travel"), 0) - 6.25) < 1e-9);
}

QTEST_GUILESS_MAIN(TestDefaultModel)
#include "tst_defaultmodel.moc"
