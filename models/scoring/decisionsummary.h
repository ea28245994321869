#pragma once

#include "domain/vertical.h"
#include "recommendation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <limits>
#include <optional>

namespace Gtm {

struct Workspace;

/** A scenario's go-first wave, to set beside the baseline's. */
struct ScenarioGoFirst
{
    QString scenario; // its name
    QList<VerticalId> goFirst; // in the wave's order
    /** Why the scenario could not be scored (its model's first problem); empty when it was. */
    QString problem;
};

/**
 * What a one-page decision summary says, as plain data: the recommendation, the waves with their
 * market and target quarter, the reasons, the asks, the top risks with their mitigations, the
 * assumptions and data gaps, and what would change the decision. Every text is translated in the
 * language in force and every number written through Language::locale(); each part also keeps
 * its figures as numbers. A part with nothing to say is an empty list, which a renderer leaves
 * out. Plain C++ over the workspace and the engine's results.
 */
struct DecisionSummary
{
    /** A robust go call whose share of the runs is below this is named as fragile. */
    static constexpr double FragileShare = 0.75;
    static constexpr int MinimumReasons = 3;
    static constexpr int MaximumReasons = 5;
    /** How many of the go-first calls' weakest shares are named (those below 100 %). */
    static constexpr int WeakestCalls = 3;
    /** From this explainability need (0–5) on, a challenge gives a mitigation hint. */
    static constexpr int HintExplainabilityNeed = 4;

    /** One wave of the plan: go first, next and prepare in full; not yet and undecided briefly
     *  (names only: no market, no quarter). */
    struct WaveEntry
    {
        Wave wave = Wave::GoFirst;
        QList<VerticalId> verticals; // in the wave's order
        QStringList names;
        /** The market sizes (USD bn) of those that have one, added up; `withoutMarketSize` have
         *  none. */
        double marketSizeUsdBn = 0;
        int withoutMarketSize = 0;
        /** The plan's target quarter for the wave, as typed; empty when not set (and always for
         *  not yet and undecided). */
        QString targetQuarter;
        QString title; // "Go first"
        /** "USD 5.1 bn" / "51 亿美元"; empty for not yet and undecided, or when no vertical has a
         *  market size. */
        QString marketText;
        /** One line: the names, the market and the quarter. */
        QString text;
    };

    /** Why: a go-first (or, to make up three, a next) vertical's reason. */
    struct Reason
    {
        VerticalId vertical = 0;
        QString name;
        Wave wave = Wave::GoFirst;
        double share = std::numeric_limits<double>::quiet_NaN(); // of the runs, 0–1
        QString text; // "Finance: Proceed with safeguards in 100 % of the runs. …"
    };

    /** One line of the asks, as label and value. */
    struct Ask
    {
        enum class Kind {
            MarketingBudget,
            Channels,
            People,
            BudgetBeyondMarketing,
            TotalBudget,
            Decisions
        };
        Kind kind = Kind::MarketingBudget;
        QString label; // "Marketing budget"
        QString value; // "USD 590,000 over 7 marketing items"
    };

    /** What the plan asks for, as figures and as lines. */
    struct Asks
    {
        double marketingBudgetUsd = 0; // the marketing items' budgets added up
        int marketingItems = 0; // all of them
        int marketingItemsWithBudget = 0;
        QStringList channels; // their names (a kind's name for a channel without one)
        QString people;
        std::optional<double> budgetBeyondMarketingUsd;
        QString decisions;
        /** The lines that have something to say, in the order of Ask::Kind. */
        QList<Ask> lines;
    };

    /** A go-first vertical's top risks and what keeps them in check. */
    struct Risk
    {
        enum class Mitigation { Safeguards, ChallengeHints, None };
        VerticalId vertical = 0;
        QString name;
        QStringList risks; // its (up to three) risk indicators that add most, as Recommendation
        Mitigation source = Mitigation::None;
        /** The vertical's safeguards as typed (trimmed); else the hints its challenges give
         *  (explainability need, technology-first flag); else "No mitigation recorded." */
        QString mitigation;
        QString text; // "Finance — Regulatory burden, …: <mitigation>"
    };

    /** An assumption or data gap under the decision. */
    struct Gap
    {
        enum class Kind { Provisional, FragileCall };
        Kind kind = Kind::Provisional;
        VerticalId vertical = 0;
        QString name;
        Wave wave = Wave::Undecided;
        double readinessCoverage = 0; // 0–1
        double riskCoverage = 0; // 0–1
        double share = std::numeric_limits<double>::quiet_NaN(); // a fragile call's, 0–1
        QString text;
    };

    /** Something that would change the decision. */
    struct Change
    {
        enum class Kind { WeakCall, Scenario };
        Kind kind = Kind::WeakCall;
        /** A weak call's vertical and its share of the runs. */
        VerticalId vertical = 0;
        QString name; // the vertical's, or the scenario's
        double share = std::numeric_limits<double>::quiet_NaN();
        /** A scenario's go-first verticals that the baseline's lacks, and those it drops. */
        QStringList added;
        QStringList dropped;
        QString text;
    };

    QString headline; // Recommendation::headline()
    QList<WaveEntry> waves; // in the plan's order, only the waves that have verticals
    QList<Reason> reasons;
    Asks asks;
    QList<Risk> risks;
    QList<Gap> gaps;
    QList<Change> changes;

    /** The wave's entry, or nullptr when no vertical is in it. */
    const WaveEntry *wave(Wave wave) const;

    /**
     * Assembles the summary. `scores` and `recommendation` have one row per vertical of
     * `workspace`, in its order (as Decision::make computes them); `scenarios` are the scenarios'
     * go-first waves (scenarioGoFirst()), each named in "what would change" when its go-first
     * set differs from the baseline's.
     */
    static DecisionSummary make(const Workspace &workspace, const ScoringResult &scores,
                                const Recommendation &recommendation,
                                const QList<ScenarioGoFirst> &scenarios = {});

    /** Each scenario of `workspace` decided with `settings` (Decision::make), its go-first wave. */
    static QList<ScenarioGoFirst> scenarioGoFirst(const Workspace &workspace,
                                                  const SensitivityAnalysis::Settings &settings,
                                                  const std::atomic_bool *cancel = nullptr);

    /**
     * The whole summary in one go: the baseline's decision and every scenario's with `settings`.
     * False, with the model's problems, when the workspace's model does not compile.
     */
    static bool compute(const Workspace &workspace, const SensitivityAnalysis::Settings &settings,
                        DecisionSummary *summary, QStringList *problems,
                        const std::atomic_bool *cancel = nullptr);
};

} // namespace Gtm
