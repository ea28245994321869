#pragma once

#include "compiledmodel.h"
#include "indicatortable.h"

#include <QList>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace Gtm {

/**
 * Uncertainty analysis by Monte Carlo (OECD/JRC Handbook, 2008, section 7): every run draws
 * each weight of the model uniformly within ±spread of its value (siblings renormalised) and one
 * normalisation for all indicators from a list, scores every vertical and ranks them. The result
 * says how firm each vertical's rank and quadrant are.
 */
class SensitivityAnalysis
{
public:
    struct Settings
    {
        int runs = 1000;
        double weightSpread = 0.25; // each weight drawn within ±25 % of its value (at most 0.95)
        /** Normalisations to draw from, one per run; nullopt is the model's own choice. */
        QList<std::optional<Normalisation>> normalisations
            = {std::nullopt, Normalisation::MinMax, Normalisation::ZScore, Normalisation::Rank};
        quint64 seed = 1; // the same seed gives the same result, whatever the thread count
                          // and standard library
        int threads = 0; // 0: one per core
        /** How the ranks are kept (see rankCells()); the result is the same either way. */
        enum class RankStorage { Automatic, Counts, Lists };
        RankStorage rankStorage = RankStorage::Automatic;
    };

    struct RankSummary
    {
        double median = 0; // NaN when the vertical never got a score
        double p5 = 0; // 5th and 95th percentiles (R's type 7, as quantile() by default)
        double p95 = 0;
        double p25 = 0; // quartiles, for box plots
        double p75 = 0;
        int scoredRuns = 0;
    };

    struct Result
    {
        int runs = 0;
        bool cancelled = false;
        QStringList indexIds;
        /** [index][row] */
        std::vector<std::vector<RankSummary>> ranks;
        /** [row]: share of runs in each Quadrant (PursueNow, ProceedWithSafeguards,
         *  PrepareTheCustomer, Monitor), when the model has readiness and risk. */
        std::vector<std::array<double, 4>> quadrantShares;
        bool hasQuadrants = false;
    };

    /**
     * Runs the analysis. `progress` is called now and then with the runs done (from worker
     * threads); setting `*cancel` stops it early, returning what was done with cancelled set.
     */
    static Result run(const CompiledModel &model, const IndicatorTable &table,
                      const Settings &settings, const std::function<void(int done)> &progress = {},
                      const std::atomic_bool *cancel = nullptr);

    /**
     * How many 4-byte counters a run keeps for the ranks: per index and vertical, a histogram
     * of its ranks or the list of its ranks in each run, whichever is smaller.
     */
    static qint64 rankCells(qint64 runs, qint64 verticals, qint64 indices)
    {
        return indices * verticals * std::min(runs, verticals);
    }
    /** The most rank counters a run may keep: 1 GB. */
    static constexpr qint64 MaximumRankCells = 250'000'000;

    /** The q-quantile of sorted values, linear interpolation (R type 7). */
    static double quantile(const std::vector<int> &sorted, double q);
    /** The same from a histogram: counts[i] values equal to i + 1, n of them in all. */
    static double quantileOfCounts(const std::vector<int> &counts, int n, double q);
    /** Several at once, in one pass over the histogram: `qs` in increasing order. */
    static std::vector<double> quantilesOfCounts(const std::vector<int> &counts, int n,
                                                 const std::vector<double> &qs);
};

} // namespace Gtm
