#pragma once

#include "compiledmodel.h"
#include "indicatortable.h"

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace Gtm {

/**
 * Every vertical's scores for every index of a model, with the breakdown a PM needs to explain
 * them. Values are 0–1 (node values, normalised indicators) or points of 0–100 (scores,
 * contributions); NaN means "no value".
 */
class ScoringResult
{
public:
    int rowCount() const { return m_rows; }
    int nodeCount() const { return m_nodes; }
    const CompiledModel &model() const { return m_model; }

    /** The index's score 0–100, or NaN when the vertical gets none (see noScoreReason()). */
    double score(int row, int root) const
    {
        return 100.0 * nodeValue(row, m_model.roots()[size_t(root)]);
    }
    /** 1 for the highest score; equal scores share a rank; 0 for no score. */
    int rank(int row, int root) const
    {
        return m_ranks[size_t(root) * size_t(m_rows) + size_t(row)];
    }
    QString noScoreReason(int row, int root) const;

    /** A node's value 0–1: an indicator's normalised value, a dimension's or an index's score. */
    double nodeValue(int row, int node) const { return m_values[at(row, node)]; }
    /**
     * The node's part of its index's score, in points: the parts of an index's indicators add up
     * to its score. A child gets wᵢyᵢ / Σ wy of its node's part, under both aggregations, so the
     * indicator that adds more is the stronger one; for a geometric node the exact decomposition
     * is multiplicative, see logContribution().
     */
    double contribution(int row, int node) const { return 100.0 * m_parts[at(row, node)]; }
    /** The node's weight in its index after re-weighting for missing values (product of shares
     *  along the path); 0 when it was left out; NaN, like its contribution, when the node above
     *  it has no points (its index has no score). */
    double effectiveWeight(int row, int node) const { return m_weights[at(row, node)]; }
    /** For a child of a geometric node: wᵢ ln yᵢ with the siblings' weights summing to 1 (the
     *  logarithm of the node's value is the sum of these); 0 for a weightless child, NaN
     *  elsewhere, −∞ for a zero. */
    double logContribution(int row, int node) const { return m_logParts[at(row, node)]; }
    /** An indicator's value after the log transform, before normalisation (NaN if missing). */
    double transformedValue(int row, int leaf) const
    {
        return m_transformed[size_t(leaf) * size_t(m_rows) + size_t(row)];
    }

    /**
     * How much of the index's weight rests on values actually present, 0–1: every indicator
     * counts with its weight in the model (the product of its shares along its path, before any
     * re-weighting), present or not. NaN when scored without the breakdown.
     */
    double coverage(int row, int root) const
    {
        return m_coverage.empty() ? std::numeric_limits<double>::quiet_NaN()
                                  : m_coverage[size_t(root) * size_t(m_rows) + size_t(row)];
    }
    /** The index's indicators that have no value (or none a log transform accepts) for `row`,
     *  by name, the heaviest in the model first; weightless ones are not missed. */
    QStringList missingIndicators(int row, int root) const;
    /** Whether any index's coverage is below the model's minimum: computed, but resting on too
     *  little data to decide on. */
    bool isProvisional(int row) const;

    /** The readiness × risk quadrant; nullopt without both scores or both indices. */
    std::optional<Quadrant> quadrant(int row) const;
    static Quadrant quadrantOf(double readiness, double risk, double readinessThreshold,
                               double riskThreshold);

private:
    friend class ScoringEngine;
    size_t at(int row, int node) const { return size_t(row) * size_t(m_nodes) + size_t(node); }

    CompiledModel m_model;
    int m_rows = 0;
    int m_nodes = 0;
    std::vector<double> m_values;
    std::vector<double> m_parts;
    std::vector<double> m_weights;
    std::vector<double> m_logParts;
    std::vector<double> m_transformed; // leaf-major
    std::vector<int> m_ranks; // root-major
    std::vector<double> m_coverage; // root-major, 0–1
    std::vector<unsigned char> m_logInvalid; // leaf-major: a value ≤ 0 could not be log-transformed
};

/** A coverage 0–1 as the whole percentage shown everywhere (window, command line, brief):
 *  rounded down, so that 69.6 % never shows as the 70 % it falls short of. */
inline int coveragePercent(double coverage)
{
    return int(std::floor(100.0 * coverage + 1e-9));
}

/** One indicator's part of an index's score for one vertical. */
struct Contribution
{
    int node = -1; // the indicator's node in the compiled model
    QString name;
    double points = 0; // of the index's 0–100
};

/** The indicators' contributions to index `root` for `row`, largest first; missing ones left
 *  out. They add up to the score (see ScoringResult::contribution()). */
QList<Contribution> sortedContributions(const ScoringResult &result, int row, int root);

/**
 * The composite-indicator engine (OECD/JRC Handbook on Constructing Composite Indicators, 2008):
 * transform, normalise, weight and aggregate, bottom-up through the model's trees. Plain C++ over
 * plain data; no widgets, no database, no locks: safe to run in several threads at once.
 */
class ScoringEngine
{
public:
    struct Options
    {
        /** Normalise every indicator this way instead of the model's (sensitivity analysis). */
        std::optional<Normalisation> normalisation;
        /** Per compiled node, a share to use instead of the model's (sensitivity analysis). */
        const std::vector<double> *shares = nullptr;
        /** Compute contributions and effective weights (not needed for ranks alone). */
        bool breakdown = true;
    };

    static ScoringResult score(const CompiledModel &model, const IndicatorTable &table,
                               const Options &options);
    static ScoringResult score(const CompiledModel &model, const IndicatorTable &table)
    {
        return score(model, table, Options());
    }

    /** Φ(z), the standard normal distribution function. */
    static double normalCdf(double z);
};

} // namespace Gtm
