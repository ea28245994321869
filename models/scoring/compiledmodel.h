#pragma once

#include "domain/scoringmodel.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace Gtm {

/**
 * A scoring model checked and laid out for computing: one tree per index, nodes in an order in
 * which every child comes before its parent, sibling weights normalised to sum to 1. Indicators
 * are tree nodes too (leaves), each reading one column of the indicator table.
 */
class CompiledModel
{
public:
    struct Node
    {
        QString id; // node id, or the indicator id for a leaf
        QString name; // display name (the indicator's for a leaf)
        int parent = -1;
        int root = 0; // index of the tree this node belongs to (into roots())
        double weight = 1; // as in the model (relative to siblings)
        double share = 1; // weight / sum of sibling weights
        Aggregation aggregation = Aggregation::Arithmetic;
        std::vector<int> children;
        int leaf = -1; // index into leaves() for an indicator
        int depth = 0;
    };
    struct Leaf
    {
        QString indicatorId;
        int node = -1;
        int column = -1; // into the indicator table's columns
        Polarity polarity = Polarity::Positive;
        bool logTransform = false;
        Normalisation normalisation = Normalisation::Goalposts;
        double goalpostLow = 0; // already log-transformed when logTransform
        double goalpostHigh = 1;
    };

    /**
     * Checks `model` and lays it out. `knownIndicators` are the ids values can come from.
     * Problems are reported one sentence each, naming the node or indicator at fault: unknown
     * indicator or parent, negative or non-finite weight, all-zero sibling weights, goalposts
     * low ≥ high or missing, a log transform of a range that is not positive, a cycle, a
     * duplicate id, an indicator twice in one index, a dimension with no indicator below it.
     * `requiredRoots` must be among the indices (the GTM model needs "readiness" and "risk").
     * Node ids are lower-case letters, digits, '_' and '.', and differ from indicator ids.
     * `indicatorNames` gives indicators their display names (the id otherwise).
     */
    static bool compile(const ScoringModel &model, const QSet<QString> &knownIndicators,
                        const QStringList &requiredRoots, CompiledModel *compiled,
                        QStringList *problems, const QHash<QString, QString> &indicatorNames = {});

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Leaf> &leaves() const { return m_leaves; }
    /** The node of each index (a tree root), in the model's order. */
    const std::vector<int> &roots() const { return m_roots; }
    /** Children before parents: the order to aggregate in. */
    const std::vector<int> &bottomUp() const { return m_bottomUp; }
    /** The indicator ids the model reads, one per column, in column order. */
    const QStringList &columns() const { return m_columns; }
    MissingPolicy missingPolicy() const { return m_missingPolicy; }
    int rootNamed(const QString &id) const;
    int nodeNamed(const QString &id, int root = -1) const;

    double readinessThreshold = 50;
    double riskThreshold = 50;
    RecommendationSettings recommendation;

private:
    std::vector<Node> m_nodes;
    std::vector<Leaf> m_leaves;
    std::vector<int> m_roots;
    std::vector<int> m_bottomUp;
    QStringList m_columns;
    MissingPolicy m_missingPolicy = MissingPolicy::Reweight;
};

/** The ids a workspace's values can come from: built-in, derived and custom indicators. */
QSet<QString> knownIndicatorIds(const QList<struct IndicatorDefinition> &customIndicators);
/** Their display names, by id. */
QHash<QString, QString> indicatorNames(const QList<struct IndicatorDefinition> &customIndicators);

} // namespace Gtm
