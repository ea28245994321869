#include "sensitivity.h"

#include "scoringengine.h"

#include <algorithm>
#include <cmath>
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

    // ranks[run][root][row]; quadrant per run and row (-1: none).
    std::vector<int> ranks(size_t(runs) * size_t(roots) * size_t(rows), 0);
    std::vector<signed char> quadrants(size_t(runs) * size_t(rows), -1);
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
                int *out
                    = ranks.data() + (size_t(run) * size_t(roots) + size_t(root)) * size_t(rows);
                for (int r = 0; r < rows; ++r)
                    out[r] = scores.rank(r, root);
            }
            if (result.hasQuadrants) {
                for (int r = 0; r < rows; ++r) {
                    const double a = scores.score(r, readiness);
                    const double b = scores.score(r, risk);
                    if (!std::isnan(a) && !std::isnan(b))
                        quadrants[size_t(run) * size_t(rows) + size_t(r)]
                            = static_cast<signed char>(ScoringResult::quadrantOf(
                                a, b, model.readinessThreshold, model.riskThreshold));
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
    sample.reserve(completed.size());
    for (int root = 0; root < roots; ++root) {
        for (int r = 0; r < rows; ++r) {
            sample.clear();
            for (int run : completed) {
                const int rank = ranks[(size_t(run) * size_t(roots) + size_t(root)) * size_t(rows)
                                       + size_t(r)];
                if (rank > 0)
                    sample.push_back(rank);
            }
            std::sort(sample.begin(), sample.end());
            RankSummary &summary = result.ranks[size_t(root)][size_t(r)];
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
            std::array<int, 4> counts {0, 0, 0, 0};
            for (int run : completed) {
                const signed char q = quadrants[size_t(run) * size_t(rows) + size_t(r)];
                if (q >= 0)
                    ++counts[size_t(q)];
            }
            for (size_t q = 0; q < 4; ++q)
                result.quadrantShares[size_t(r)][q] = double(counts[q]) / double(completed.size());
        }
    }
    return result;
}

} // namespace Gtm
