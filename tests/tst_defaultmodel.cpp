#include "domain/workspace.h"
#include "scoring/modelcheck.h"
#include "scoring/scoringengine.h"
#include "storage/workspacefiles.h"

#include <QTest>

#include <cmath>

using namespace Gtm;

/** The default GTM model on the sample workspace, and the Challenges indicators it derives. */
class TestDefaultModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void derivedChallengeIndicators();
    void derivedIndicatorsAreMissingWithoutChallenges();
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
