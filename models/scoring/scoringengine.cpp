#include "scoringengine.h"

#include "domain/indicator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Gtm {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double GeometricFloor = 0.01;
/** Scores this close to a threshold count as on it (sums of weighted parts are not exact). */
constexpr double ThresholdTolerance = 1e-9;

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::ScoringEngine)
};

/**
 * Normalises one indicator's values (NaN stays NaN) in place to 0–1. Under a geometric node the
 * methods that give the lowest vertical an exact 0 (min–max, rank) map onto 0.01–1 instead, as
 * COINr normalises onto 1–100 for geometric means: otherwise that vertical's whole dimension
 * would be 0 whatever its other indicators.
 */
void normalise(std::vector<double> &x, const CompiledModel::Leaf &leaf, Normalisation method,
               bool geometricParent)
{
    const size_t n = x.size();
    switch (method) {
    case Normalisation::Goalposts: {
        const double low = leaf.goalpostLow;
        const double range = leaf.goalpostHigh - leaf.goalpostLow;
        for (double &v : x) {
            if (!std::isnan(v))
                v = std::clamp((v - low) / range, 0.0, 1.0);
        }
        break;
    }
    case Normalisation::MinMax: {
        double low = INFINITY, high = -INFINITY;
        for (double v : x) {
            if (!std::isnan(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        const double range = high - low;
        for (double &v : x) {
            if (!std::isnan(v))
                v = range > 0 ? (v - low) / range : 0.5; // all equal: the middle, favouring none
        }
        break;
    }
    case Normalisation::ZScore: {
        double sum = 0;
        size_t count = 0;
        double low = INFINITY, high = -INFINITY;
        for (double v : x) {
            if (!std::isnan(v)) {
                sum += v;
                ++count;
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        const double mean = count ? sum / double(count) : 0;
        double squares = 0;
        for (double v : x) {
            if (!std::isnan(v))
                squares += (v - mean) * (v - mean);
        }
        // The sample standard deviation (n − 1), as R's sd() and COINr use.
        // Equal values have no spread, even when their computed mean is off by a rounding error.
        const double sd = count > 1 && high > low ? std::sqrt(squares / double(count - 1)) : 0;
        for (double &v : x) {
            if (!std::isnan(v))
                v = sd > 0 ? ScoringEngine::normalCdf((v - mean) / sd) : 0.5;
        }
        break;
    }
    case Normalisation::Rank: {
        std::vector<size_t> order;
        order.reserve(n);
        for (size_t i = 0; i < n; ++i) {
            if (!std::isnan(x[i]))
                order.push_back(i);
        }
        std::sort(order.begin(), order.end(), [&x](size_t a, size_t b) { return x[a] < x[b]; });
        const size_t count = order.size();
        std::vector<double> rank(n, NaN);
        for (size_t i = 0; i < count;) {
            size_t j = i;
            while (j + 1 < count && x[order[j + 1]] == x[order[i]])
                ++j;
            const double average
                = (double(i) + double(j)) / 2.0 + 1.0; // ties share their mean rank
            for (size_t k = i; k <= j; ++k)
                rank[order[k]] = average;
            i = j + 1;
        }
        for (size_t i = 0; i < n; ++i) {
            if (!std::isnan(x[i]))
                x[i] = count > 1 ? (rank[i] - 1.0) / double(count - 1) : 0.5;
        }
        break;
    }
    }
    if (leaf.polarity == Polarity::Negative) {
        for (double &v : x) {
            if (!std::isnan(v))
                v = 1.0 - v;
        }
    }
    if (geometricParent && (method == Normalisation::MinMax || method == Normalisation::Rank)) {
        for (double &v : x) {
            if (!std::isnan(v))
                v = GeometricFloor + (1.0 - GeometricFloor) * v;
        }
    }
}

} // namespace

double ScoringEngine::normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

ScoringResult ScoringEngine::score(const CompiledModel &model, const IndicatorTable &table,
                                   const Options &options)
{
    ScoringResult result;
    result.m_model = model;
    const int rows = table.rowCount;
    const int nodeCount = int(model.nodes().size());
    const int leafCount = int(model.leaves().size());
    result.m_rows = rows;
    result.m_nodes = nodeCount;
    result.m_values.assign(size_t(rows) * size_t(nodeCount), NaN);
    result.m_transformed.assign(size_t(rows) * size_t(leafCount), NaN);
    result.m_logInvalid.assign(size_t(rows) * size_t(leafCount), 0);

    std::vector<double> shares(static_cast<size_t>(nodeCount));
    for (int i = 0; i < nodeCount; ++i)
        shares[size_t(i)]
            = options.shares ? (*options.shares)[size_t(i)] : model.nodes()[size_t(i)].share;

    // 1. Transform and normalise each indicator over all verticals.
    std::vector<int> tableColumn(size_t(model.columns().size()), -1);
    for (int c = 0; c < model.columns().size(); ++c)
        tableColumn[size_t(c)] = int(table.columns.indexOf(model.columns().at(c)));
    std::vector<double> x(static_cast<size_t>(rows));
    for (int l = 0; l < leafCount; ++l) {
        const CompiledModel::Leaf &leaf = model.leaves()[size_t(l)];
        const int column = tableColumn[size_t(leaf.column)];
        for (int r = 0; r < rows; ++r) {
            double v = column < 0 ? NaN : table.value(r, column);
            if (leaf.logTransform && !std::isnan(v)) {
                if (v <= 0) {
                    // The log of zero or less does not exist: missing, with its own reason.
                    result.m_logInvalid[size_t(l) * size_t(rows) + size_t(r)] = 1;
                    v = NaN;
                } else {
                    v = std::log(v);
                }
            }
            x[size_t(r)] = v;
        }
        std::copy(x.begin(), x.end(),
                  result.m_transformed.begin() + ptrdiff_t(size_t(l) * size_t(rows)));
        const int parent = model.nodes()[size_t(leaf.node)].parent;
        normalise(x, leaf, options.normalisation.value_or(leaf.normalisation),
                  model.nodes()[size_t(parent)].aggregation == Aggregation::Geometric);
        for (int r = 0; r < rows; ++r)
            result.m_values[result.at(r, leaf.node)] = x[size_t(r)];
    }

    // 2. Aggregate bottom-up.
    const bool noScore = model.missingPolicy() == MissingPolicy::NoScore;
    for (int r = 0; r < rows; ++r) {
        double *values = result.m_values.data() + size_t(r) * size_t(nodeCount);
        for (int node : model.bottomUp()) {
            const CompiledModel::Node &n = model.nodes()[size_t(node)];
            if (n.leaf >= 0)
                continue;
            double weightSum = 0, sum = 0;
            bool missing = false, zero = false;
            for (int child : n.children) {
                const double v = values[child];
                const double w = shares[size_t(child)];
                if (w <= 0)
                    continue; // weightless: neither counts nor is missed
                if (std::isnan(v)) {
                    missing = true;
                    continue;
                }
                weightSum += w;
                if (n.aggregation == Aggregation::Arithmetic)
                    sum += w * v;
                else if (v <= 0)
                    zero = true;
                else
                    sum += w * std::log(v);
            }
            if ((missing && noScore) || weightSum <= 0)
                values[node] = NaN;
            else if (n.aggregation == Aggregation::Arithmetic)
                values[node] = sum / weightSum;
            else
                values[node] = zero ? 0.0 : std::exp(sum / weightSum);
        }
    }

    // 3. Ranks per index.
    const int rootCount = int(model.roots().size());
    result.m_ranks.assign(size_t(rootCount) * size_t(rows), 0);
    std::vector<std::pair<double, int>> sorted;
    for (int root = 0; root < rootCount; ++root) {
        sorted.clear();
        for (int r = 0; r < rows; ++r) {
            const double v = result.nodeValue(r, model.roots()[size_t(root)]);
            if (!std::isnan(v))
                sorted.emplace_back(v, r);
        }
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t i = 0; i < sorted.size(); ++i) {
            // Competition ranking: equal scores share the best rank ("1, 2, 2, 4").
            const int rank = (i > 0 && sorted[i].first == sorted[i - 1].first)
                ? result.m_ranks[size_t(root) * size_t(rows) + size_t(sorted[i - 1].second)]
                : int(i) + 1;
            result.m_ranks[size_t(root) * size_t(rows) + size_t(sorted[i].second)] = rank;
        }
    }

    if (!options.breakdown)
        return result;

    // 4. Coverage: the model's weight of the values present, bottom-up with the model's shares.
    result.m_coverage.assign(size_t(rootCount) * size_t(rows), 0.0);
    std::vector<double> covered(static_cast<size_t>(nodeCount));
    for (int r = 0; r < rows; ++r) {
        const double *values = result.m_values.data() + size_t(r) * size_t(nodeCount);
        for (int node : model.bottomUp()) {
            const CompiledModel::Node &n = model.nodes()[size_t(node)];
            if (n.leaf >= 0) {
                covered[size_t(node)] = std::isnan(values[node]) ? 0.0 : 1.0;
                continue;
            }
            double sum = 0;
            for (int child : n.children)
                sum += model.nodes()[size_t(child)].share * covered[size_t(child)];
            covered[size_t(node)] = sum;
        }
        for (int root = 0; root < rootCount; ++root)
            result.m_coverage[size_t(root) * size_t(rows) + size_t(r)]
                = std::min(1.0, covered[size_t(model.roots()[size_t(root)])]);
    }

    // 5. Contributions top-down: each node's part of its index, split among its children. A node
    // without points (its index has no score) gives its children none either: NaN throughout.
    result.m_parts.assign(result.m_values.size(), NaN);
    result.m_weights.assign(result.m_values.size(), NaN);
    result.m_logParts.assign(result.m_values.size(), NaN);
    const std::vector<int> &order = model.bottomUp();
    for (int r = 0; r < rows; ++r) {
        const size_t base = size_t(r) * size_t(nodeCount);
        const double *values = result.m_values.data() + base;
        double *parts = result.m_parts.data() + base;
        double *weights = result.m_weights.data() + base;
        double *logParts = result.m_logParts.data() + base;
        for (int root : model.roots()) {
            if (!std::isnan(values[root])) {
                parts[root] = values[root];
                weights[root] = 1;
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int node = *it;
            const CompiledModel::Node &n = model.nodes()[size_t(node)];
            if (n.leaf >= 0 || std::isnan(parts[node]))
                continue;
            double weightSum = 0;
            for (int child : n.children) {
                if (!std::isnan(values[child]) && shares[size_t(child)] > 0)
                    weightSum += shares[size_t(child)];
            }
            double denominator = 0;
            for (int child : n.children) {
                const double v = values[child];
                const double w = shares[size_t(child)];
                if (std::isnan(v) || w <= 0) {
                    // Left out (missing) or weightless: no weight, no points; a weightless
                    // child of a geometric node adds 0 · ln y = 0 to the logarithm.
                    weights[child] = 0;
                    if (!std::isnan(v)) {
                        parts[child] = 0;
                        if (n.aggregation == Aggregation::Geometric)
                            logParts[child] = 0;
                    }
                    continue;
                }
                const double share = w / weightSum;
                weights[child] = weights[node] * share;
                // Points go in proportion to wᵢyᵢ under both aggregations, so the stronger
                // indicator is the one that adds more; under a geometric node the exact
                // (multiplicative) decomposition is the log-contribution wᵢ ln yᵢ.
                denominator += share * v;
                if (n.aggregation == Aggregation::Geometric)
                    logParts[child] = v > 0 ? share * std::log(v) : -INFINITY;
            }
            for (int child : n.children) {
                const double v = values[child];
                const double w = shares[size_t(child)];
                if (std::isnan(v) || w <= 0)
                    continue;
                const double share = w / weightSum;
                const double fraction = denominator > 0 ? share * v / denominator : share;
                parts[child] = parts[node] * fraction;
            }
        }
    }
    return result;
}

QString ScoringResult::noScoreReason(int row, int root) const
{
    if (!std::isnan(score(row, root)))
        return {};
    QStringList missing;
    QStringList notLoggable;
    for (size_t l = 0; l < m_model.leaves().size(); ++l) {
        const CompiledModel::Leaf &leaf = m_model.leaves()[l];
        const CompiledModel::Node &node = m_model.nodes()[size_t(leaf.node)];
        if (node.root != root || node.share <= 0 || !std::isnan(nodeValue(row, leaf.node)))
            continue;
        if (m_logInvalid[l * size_t(m_rows) + size_t(row)])
            notLoggable.append(node.name);
        else
            missing.append(node.name);
    }
    QStringList reasons;
    if (!missing.isEmpty())
        reasons.append(Text::tr("missing %1").arg(missing.join(QLatin1String(", "))));
    if (!notLoggable.isEmpty())
        reasons.append(Text::tr("%1: a log transform needs a value above 0")
                           .arg(notLoggable.join(QLatin1String(", "))));
    if (m_model.missingPolicy() == MissingPolicy::NoScore && !reasons.isEmpty())
        return reasons.join(QLatin1String("; "));
    return Text::tr("no values for the indicators of this index");
}

QStringList ScoringResult::missingIndicators(int row, int root) const
{
    std::vector<std::pair<double, QString>> missing;
    for (const CompiledModel::Leaf &leaf : m_model.leaves()) {
        const CompiledModel::Node &node = m_model.nodes()[size_t(leaf.node)];
        if (node.root != root || !std::isnan(nodeValue(row, leaf.node)))
            continue;
        double weight = 1;
        for (int n = leaf.node; n >= 0; n = m_model.nodes()[size_t(n)].parent)
            weight *= m_model.nodes()[size_t(n)].parent >= 0 ? m_model.nodes()[size_t(n)].share : 1;
        if (weight > 0)
            missing.emplace_back(weight, node.name);
    }
    std::stable_sort(missing.begin(), missing.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList names;
    for (const auto &entry : missing)
        names.append(entry.second);
    return names;
}

bool ScoringResult::isProvisional(int row) const
{
    const double minimum = m_model.recommendation.minimumCoverage / 100.0;
    for (size_t root = 0; root < m_model.roots().size(); ++root) {
        const double c = coverage(row, int(root));
        // A hair below the minimum (rounding in sums of shares) still meets it.
        if (std::isnan(c) || c < minimum - 1e-9)
            return true;
    }
    return false;
}

Quadrant ScoringResult::quadrantOf(double readiness, double risk, double readinessThreshold,
                                   double riskThreshold)
{
    const bool ready = readiness >= readinessThreshold - ThresholdTolerance;
    const bool risky = risk >= riskThreshold - ThresholdTolerance;
    if (ready)
        return risky ? Quadrant::ProceedWithSafeguards : Quadrant::PursueNow;
    return risky ? Quadrant::Monitor : Quadrant::PrepareTheCustomer;
}

QList<Contribution> sortedContributions(const ScoringResult &result, int row, int root)
{
    QList<Contribution> parts;
    const CompiledModel &model = result.model();
    for (const CompiledModel::Leaf &leaf : model.leaves()) {
        const CompiledModel::Node &node = model.nodes()[size_t(leaf.node)];
        if (node.root != root)
            continue;
        const double points = result.contribution(row, leaf.node);
        if (std::isfinite(points))
            parts.append({leaf.node, node.name, points});
    }
    std::stable_sort(parts.begin(), parts.end(), [](const Contribution &a, const Contribution &b) {
        return a.points > b.points;
    });
    return parts;
}

std::optional<Quadrant> ScoringResult::quadrant(int row) const
{
    const int readiness = m_model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
    const int risk = m_model.rootNamed(QString::fromLatin1(ScoringModel::RiskId));
    if (readiness < 0 || risk < 0)
        return std::nullopt;
    const double r = score(row, readiness);
    const double k = score(row, risk);
    if (std::isnan(r) || std::isnan(k))
        return std::nullopt;
    return quadrantOf(r, k, m_model.readinessThreshold, m_model.riskThreshold);
}

} // namespace Gtm
