#include "sensitivity.h"

#include "scoringengine.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace Gtm {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/**
 * A uniform number in [0, 1) from the generator's raw bits. std::uniform_real_distribution is
 * implementation-defined; this is the same with every standard library.
 */
double uniform(std::mt19937_64 &random)
{
    return double(random() >> 11) * 0x1.0p-53;
}

/** The shares of one run: every weight drawn within ±spread, siblings renormalised. */
std::vector<double> perturbedShares(const CompiledModel &model, double spread,
                                    std::mt19937_64 &random)
{
    const auto &nodes = model.nodes();
    std::vector<double> weights(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i)
        weights[i] = nodes[i].weight * (1.0 - spread + 2.0 * spread * uniform(random));
    std::vector<double> shares(nodes.size(), 1.0);
    for (const CompiledModel::Node &node : nodes) {
        double sum = 0;
        for (int child : node.children)
            sum += weights[size_t(child)];
        for (int child : node.children)
            shares[size_t(child)] = sum > 0 ? weights[size_t(child)] / sum : 0;
    }
    return shares;
}

} // namespace

std::vector<double> SensitivityAnalysis::quantilesOfCounts(const std::vector<int> &counts, int n,
                                                           const std::vector<double> &qs)
{
    // As quantile() on the sorted sample in which value i + 1 occurs counts[i] times: each
    // quantile interpolates between two order statistics, found in one walk up the histogram.
    std::vector<double> result(qs.size(), NaN);
    if (n <= 0)
        return result;
    std::vector<int> wanted; // order statistics (from 0), increasing
    for (double q : qs) {
        const double h = (double(n) - 1.0) * q;
        const int low = int(std::floor(h));
        wanted.push_back(low);
        wanted.push_back(std::min(low + 1, n - 1));
    }
    std::vector<int> values(wanted.size(), int(counts.size()));
    std::vector<size_t> order(wanted.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&wanted](size_t a, size_t b) { return wanted[a] < wanted[b]; });
    size_t next = 0;
    int seen = 0;
    for (size_t value = 0; value < counts.size() && next < order.size(); ++value) {
        seen += counts[value];
        while (next < order.size() && wanted[order[next]] < seen)
            values[order[next++]] = int(value) + 1;
    }
    for (size_t i = 0; i < qs.size(); ++i) {
        const double h = (double(n) - 1.0) * qs[i];
        const int a = values[2 * i];
        const int b = values[2 * i + 1];
        result[i] = a + (h - std::floor(h)) * (b - a);
    }
    return result;
}

double SensitivityAnalysis::quantileOfCounts(const std::vector<int> &counts, int n, double q)
{
    // The same as quantile() on the sorted sample in which value i + 1 occurs counts[i] times.
    if (n <= 0)
        return NaN;
    const double h = (double(n) - 1.0) * q;
    const int low = int(std::floor(h));
    const int high = std::min(low + 1, n - 1);
    const auto orderStatistic = [&counts](int k) { // the k-th smallest, from 0
        int seen = 0;
        for (size_t value = 0; value < counts.size(); ++value) {
            seen += counts[value];
            if (seen > k)
                return int(value) + 1;
        }
        return int(counts.size());
    };
    const int a = orderStatistic(low);
    const int b = orderStatistic(high);
    return a + (h - double(low)) * (b - a);
}

double SensitivityAnalysis::quantile(const std::vector<int> &sorted, double q)
{
    if (sorted.empty())
        return NaN;
    const double h = (double(sorted.size()) - 1.0) * q;
    const size_t low = size_t(std::floor(h));
    const size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (h - double(low)) * (sorted[high] - sorted[low]);
}

SensitivityAnalysis::Result SensitivityAnalysis::run(const CompiledModel &model,
                                                     const IndicatorTable &table,
                                                     const Settings &settings,
                                                     const std::function<void(int)> &progress,
                                                     const std::atomic_bool *cancel)
{
    Result result;
    const int rows = table.rowCount;
    const int roots = int(model.roots().size());
    const int runs = std::max(0, settings.runs);
    // Weights stay positive: a spread is at most ±95 %.
    const double spread
        = std::isfinite(settings.weightSpread) ? std::clamp(settings.weightSpread, 0.0, 0.95) : 0.0;
    for (int root : model.roots())
        result.indexIds.append(model.nodes()[size_t(root)].id);
    const int readiness = model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
    const int risk = model.rootNamed(QString::fromLatin1(ScoringModel::RiskId));
    result.hasQuadrants = readiness >= 0 && risk >= 0;

    // Ranks are kept as a histogram per vertical and index (rank r counted in ranks 1…rows),
    // or, when there are fewer runs than verticals, as the list of each run's ranks: whichever
    // is smaller, so that 100,000 runs over 1,000 verticals take 8 MB, not 800. Counts are
    // added with atomic increments, so the result does not depend on the threads' order.
    const bool histogram = settings.rankStorage == Settings::RankStorage::Automatic
        ? rows <= runs // as rankCells() counts
        : settings.rankStorage == Settings::RankStorage::Counts;
    const size_t cells = size_t(roots) * size_t(rows) * size_t(histogram ? rows : runs);
    std::vector<std::atomic<int>> ranks(cells); // value-initialised: all zero
    std::vector<std::atomic<int>> quadrantCounts(size_t(rows) * 4);
    std::vector<char> done(size_t(runs), 0);
    std::atomic_int finished {0};

    const auto work = [&](int first, int step) {
        for (int run = first; run < runs; run += step) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return;
            // Each run has its own stream, so results do not depend on which thread runs it.
            std::seed_seq seed {quint32(settings.seed), quint32(settings.seed >> 32), quint32(run)};
            std::mt19937_64 random(seed);
            const std::vector<double> shares = perturbedShares(model, spread, random);
            ScoringEngine::Options options;
            options.shares = &shares;
            options.breakdown = false;
            if (!settings.normalisations.isEmpty()) {
                const qsizetype count = settings.normalisations.size();
                const qsizetype pick
                    = std::min(count - 1, qsizetype(uniform(random) * double(count)));
                options.normalisation = settings.normalisations.at(pick);
            }
            const ScoringResult scores = ScoringEngine::score(model, table, options);
            for (int root = 0; root < roots; ++root) {
                for (int r = 0; r < rows; ++r) {
                    const int rank = scores.rank(r, root);
                    if (histogram) {
                        if (rank > 0)
                            ranks[(size_t(root) * size_t(rows) + size_t(r)) * size_t(rows)
                                  + size_t(rank - 1)]
                                .fetch_add(1, std::memory_order_relaxed);
                    } else {
                        ranks[(size_t(root) * size_t(rows) + size_t(r)) * size_t(runs)
                              + size_t(run)]
                            .store(rank, std::memory_order_relaxed);
                    }
                }
            }
            if (result.hasQuadrants) {
                for (int r = 0; r < rows; ++r) {
                    const double a = scores.score(r, readiness);
                    const double b = scores.score(r, risk);
                    if (!std::isnan(a) && !std::isnan(b)) {
                        const Quadrant q = ScoringResult::quadrantOf(a, b, model.readinessThreshold,
                                                                     model.riskThreshold);
                        quadrantCounts[size_t(r) * 4 + size_t(q)].fetch_add(
                            1, std::memory_order_relaxed);
                    }
                }
            }
            done[size_t(run)] = 1;
            const int count = finished.fetch_add(1) + 1;
            if (progress && (count % 16 == 0 || count == runs))
                progress(count);
        }
    };

    int threads = settings.threads > 0 ? settings.threads
                                       : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, runs));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t, threads);
    work(0, threads);
    for (std::thread &thread : pool)
        thread.join();

    std::vector<int> completed;
    for (int run = 0; run < runs; ++run) {
        if (done[size_t(run)])
            completed.push_back(run);
    }
    result.runs = int(completed.size());
    result.cancelled = result.runs < runs;

    result.ranks.assign(size_t(roots), std::vector<RankSummary>(size_t(rows)));
    std::vector<int> sample;
    sample.reserve(histogram ? size_t(0) : completed.size());
    for (int root = 0; root < roots; ++root) {
        for (int r = 0; r < rows; ++r) {
            RankSummary &summary = result.ranks[size_t(root)][size_t(r)];
            const size_t base
                = (size_t(root) * size_t(rows) + size_t(r)) * size_t(histogram ? rows : runs);
            if (histogram) {
                std::vector<int> counts(static_cast<size_t>(rows), 0);
                int n = 0;
                for (int rank = 0; rank < rows; ++rank) {
                    counts[size_t(rank)] = ranks[base + size_t(rank)].load();
                    n += counts[size_t(rank)];
                }
                summary.scoredRuns = n;
                const std::vector<double> q
                    = quantilesOfCounts(counts, n, {0.05, 0.25, 0.5, 0.75, 0.95});
                summary.p5 = q[0];
                summary.p25 = q[1];
                summary.median = q[2];
                summary.p75 = q[3];
                summary.p95 = q[4];
                continue;
            }
            sample.clear();
            for (int run : completed) {
                const int rank = ranks[base + size_t(run)].load();
                if (rank > 0)
                    sample.push_back(rank);
            }
            std::sort(sample.begin(), sample.end());
            summary.scoredRuns = int(sample.size());
            summary.median = quantile(sample, 0.5);
            summary.p5 = quantile(sample, 0.05);
            summary.p95 = quantile(sample, 0.95);
            summary.p25 = quantile(sample, 0.25);
            summary.p75 = quantile(sample, 0.75);
        }
    }
    result.quadrantShares.assign(size_t(rows), {0, 0, 0, 0});
    if (result.hasQuadrants && !completed.empty()) {
        for (int r = 0; r < rows; ++r) {
            for (size_t q = 0; q < 4; ++q)
                result.quadrantShares[size_t(r)][q]
                    = double(quadrantCounts[size_t(r) * 4 + q].load()) / double(completed.size());
        }
    }
    return result;
}

} // namespace Gtm
