#pragma once

#include "domain/enumkeys.h"
#include "scoringengine.h"
#include "sensitivity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace Gtm {

struct Workspace;

/** Where the recommendation puts a vertical, in the order a plan takes them. */
enum class Wave {
    GoFirst, // a robust go call, among the readiest few
    Next, // a robust go call beyond the go-first places
    Prepare, // robustly "prepare the customer": low risk, not ready yet
    NotYet, // robustly "monitor": not ready, and the risk is high
    Undecided, // provisional, no robust call, or the runs are not done
};

/** One vertical's place in the recommendation, with its reasons. */
struct Placement
{
    Wave wave = Wave::Undecided;
    /** The quadrant of the scores themselves; nullopt without both scores. */
    std::optional<Quadrant> baselineQuadrant;
    /** The quadrant that holds the largest share of the robustness runs, and that share
     *  (0–1); nullopt and NaN without runs. */
    std::optional<Quadrant> robustQuadrant;
    double quadrantShare = std::numeric_limits<double>::quiet_NaN();
    /** Whether that share reaches the model's robust share. */
    bool robust = false;
    double readinessCoverage = 0; // 0–1
    double riskCoverage = 0; // 0–1
    bool provisional = true;
    /** Place within its wave, from 1 (go first and next: by readiness, then market size). */
    int order = 0;
    /** For a go call with safeguards: the risk indicators that add most to the risk. */
    QStringList safeguards;
    /** The indicators missing from either index, the heaviest first. */
    QStringList missing;
    /** Why it is placed so, in plain words (one or more sentences). */
    QString reason;
};

/**
 * The explicit rule that turns scores and robustness runs into the waves of a GTM plan, shared
 * by the window, the command line and the brief so they can never disagree:
 *
 * - a vertical is provisional when either index's coverage is below the model's minimum;
 * - its robust quadrant is the one that holds the largest share of the runs; the call is robust
 *   when that share reaches the model's robust share;
 * - Undecided: provisional, or no robust call (or no runs yet); Go first: a robust "pursue now"
 *   or "proceed with safeguards" (its safeguards named), the best goFirstMax of them by
 *   readiness, then market size; Next: the other robust go calls; Prepare: a robust "prepare the
 *   customer"; Not yet: a robust "monitor".
 *
 * Plain C++ over the engine's results; the reasons are translated in the language in force.
 */
class Recommendation
{
public:
    /**
     * `runs` may be null (not run yet): every vertical is then Undecided, its reason saying so.
     * `marketSizes` has one value per row (NaN when unknown), to order equal readiness.
     */
    static Recommendation compute(const ScoringResult &scores,
                                  const SensitivityAnalysis::Result *runs,
                                  const std::vector<double> &marketSizes);
    /** The market size of each vertical of `workspace` (NaN when it has none). */
    static std::vector<double> marketSizes(const Workspace &workspace);

    /** Per row of the scores. */
    const std::vector<Placement> &placements() const { return m_placements; }
    const Placement &placement(int row) const { return m_placements[size_t(row)]; }
    /** The rows in `wave`, in their order. */
    QList<int> rowsIn(Wave wave) const;
    /** Whether the robustness runs were there (else everything is Undecided). */
    bool hasRuns() const { return m_runs > 0; }
    int runs() const { return m_runs; }

    /**
     * The recommendation in one sentence, naming the go-first verticals (or, without any, the
     * next step), restricted to `rows` when not empty (a brief of some verticals).
     */
    QString headline(const QStringList &names, const QList<int> &rows = {}) const;

private:
    std::vector<Placement> m_placements;
    int m_runs = 0;
};

/** The sensitivity settings behind every recommendation: the defaults, `runs` runs, `seed`. */
SensitivityAnalysis::Settings recommendationRunSettings(int runs = 1000, quint64 seed = 1);

/**
 * One model's whole decision over a workspace: the compiled model, the scores, the robustness
 * runs and the recommendation, as the command line and the brief compute it in one go (the
 * window computes the same pieces, the runs in the background).
 */
struct Decision
{
    CompiledModel model;
    IndicatorTable table;
    ScoringResult scores;
    SensitivityAnalysis::Result runs;
    Recommendation recommendation;

    /** False, with the model's problems, when `model` does not compile for `workspace`.
     *  Setting `*cancel` stops the runs early (the result then has fewer runs). */
    static bool make(const Workspace &workspace, const ScoringModel &model,
                     const SensitivityAnalysis::Settings &settings, Decision *decision,
                     QStringList *problems, const std::atomic_bool *cancel = nullptr);
};

// clang-format off
template<>
struct EnumTraits<Wave>
{
    static constexpr const char *context = "Gtm::Wave";
    static constexpr EnumEntry<Wave> entries[] = {
        {Wave::GoFirst, "go_first", QT_TRANSLATE_NOOP("Gtm::Wave", "Go first")},
        {Wave::Next, "next", QT_TRANSLATE_NOOP("Gtm::Wave", "Next")},
        {Wave::Prepare, "prepare", QT_TRANSLATE_NOOP("Gtm::Wave", "Prepare")},
        {Wave::NotYet, "not_yet", QT_TRANSLATE_NOOP("Gtm::Wave", "Not yet")},
        {Wave::Undecided, "undecided", QT_TRANSLATE_NOOP("Gtm::Wave", "Undecided")},
    };
};
// clang-format on

} // namespace Gtm
