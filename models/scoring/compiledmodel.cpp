#include "compiledmodel.h"

#include "domain/indicator.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

#include <cmath>
#include <functional>

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::CompiledModel)
};

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

QSet<QString> knownIndicatorIds(const QList<IndicatorDefinition> &customIndicators)
{
    QSet<QString> ids;
    for (const IndicatorDefinition &d : builtInIndicators())
        ids.insert(d.id);
    for (const IndicatorDefinition &d : derivedIndicators())
        ids.insert(d.id);
    for (const IndicatorDefinition &d : customIndicators)
        ids.insert(d.id);
    return ids;
}

QHash<QString, QString> indicatorNames(const QList<IndicatorDefinition> &customIndicators)
{
    QHash<QString, QString> names;
    for (const IndicatorDefinition &d : builtInIndicators())
        names.insert(d.id, d.name);
    for (const IndicatorDefinition &d : derivedIndicators())
        names.insert(d.id, d.name);
    for (const IndicatorDefinition &d : customIndicators)
        names.insert(d.id, d.name);
    return names;
}

int CompiledModel::rootNamed(const QString &id) const
{
    for (size_t i = 0; i < m_roots.size(); ++i) {
        if (m_nodes[size_t(m_roots[i])].id == id)
            return int(i);
    }
    return -1;
}

int CompiledModel::nodeNamed(const QString &id, int root) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id == id && (root < 0 || m_nodes[i].root == root))
            return int(i);
    }
    return -1;
}

bool CompiledModel::compile(const ScoringModel &model, const QSet<QString> &knownIndicators,
                            const QStringList &requiredRoots, CompiledModel *compiled,
                            QStringList *problems, const QHash<QString, QString> &names)
{
    QStringList found;
    const auto problem = [&found](const QString &text) {
        found.append(text);
    };

    if (!std::isfinite(model.readinessThreshold) || model.readinessThreshold < 0
        || model.readinessThreshold > 100)
        problem(Text::tr("The readiness threshold %1 is outside 0 to 100.")
                    .arg(number(model.readinessThreshold)));
    if (!std::isfinite(model.riskThreshold) || model.riskThreshold < 0 || model.riskThreshold > 100)
        problem(Text::tr("The risk threshold %1 is outside 0 to 100.")
                    .arg(number(model.riskThreshold)));

    // A model beyond the limits is refused before anything else is looked at.
    const qsizetype size = model.nodes.size() + model.indicators.size();
    if (size > ScoringModel::MaximumNodes) {
        if (problems)
            *problems = {Text::tr("The model has %1 nodes and indicators; at most %2 are allowed.")
                             .arg(size)
                             .arg(ScoringModel::MaximumNodes)};
        return false;
    }

    // Nodes: ids, weights, parents.
    QHash<QString, int> nodeIndex;
    for (int i = 0; i < model.nodes.size(); ++i) {
        const ModelNode &node = model.nodes.at(i);
        if (node.id.trimmed().isEmpty()) {
            problem(Text::tr("Node %1 has no id.").arg(i + 1));
            continue;
        }
        if (nodeIndex.contains(node.id))
            problem(Text::tr("Node \"%1\" is defined twice.").arg(node.id));
        else if (!isValidIndicatorId(node.id))
            problem(Text::tr(
                        "Node id \"%1\" is not valid; use lower-case letters, digits, '_' and '.'.")
                        .arg(node.id));
        else if (knownIndicators.contains(node.id))
            problem(Text::tr("Node id \"%1\" is an indicator's id; give the node another.")
                        .arg(node.id));
        nodeIndex.insert(node.id, i);
        if (!std::isfinite(node.weight) || node.weight < 0)
            problem(Text::tr("Node \"%1\" has the weight %2; weights must be zero or more.")
                        .arg(node.id, number(node.weight)));
    }
    for (const ModelNode &node : model.nodes) {
        if (!node.parent.isEmpty() && !nodeIndex.contains(node.parent))
            problem(Text::tr("Node \"%1\" has the parent \"%2\", which is not a node of the model.")
                        .arg(node.id, node.parent));
        if (node.parent == node.id)
            problem(Text::tr("Node \"%1\" is its own parent.").arg(node.id));
    }
    // Cycles: walking up from every node, each node once (a node already walked from is known to
    // reach an index or a cycle), so a deep chain costs its length, not its length squared.
    enum class Walk : char { Unwalked, OnPath, Done };
    std::vector<Walk> walked(size_t(model.nodes.size()), Walk::Unwalked);
    bool cycleFound = false;
    for (int start = 0; start < model.nodes.size(); ++start) {
        std::vector<int> path;
        int current = start;
        while (current >= 0 && walked[size_t(current)] == Walk::Unwalked) {
            walked[size_t(current)] = Walk::OnPath;
            path.push_back(current);
            const QString &parent = model.nodes.at(current).parent;
            current = parent.isEmpty() ? -1 : nodeIndex.value(parent, -1);
        }
        if (current >= 0 && walked[size_t(current)] == Walk::OnPath) {
            cycleFound = true;
            const auto first = std::find(path.begin(), path.end(), current);
            // A node that is its own parent is reported as such above.
            if (path.end() - first > 1) {
                QStringList cycle;
                for (auto it = first; it != path.end(); ++it)
                    cycle.append(model.nodes.at(*it).id);
                cycle.append(model.nodes.at(current).id);
                problem(Text::tr("The nodes %1 form a cycle.")
                            .arg(QLatin1Char('"') + cycle.join(QStringLiteral("\" → \""))
                                 + QLatin1Char('"')));
            }
        }
        for (int node : path)
            walked[size_t(node)] = Walk::Done;
    }

    // Depth: each node's level (an index is level 1), each computed once from its parent's.
    if (!cycleFound) {
        std::vector<int> level(size_t(model.nodes.size()), 0);
        int deepest = -1;
        for (int start = 0; start < model.nodes.size(); ++start) {
            std::vector<int> path;
            int current = start;
            while (current >= 0 && level[size_t(current)] == 0) {
                path.push_back(current);
                const QString &parent = model.nodes.at(current).parent;
                current = parent.isEmpty() || parent == model.nodes.at(current).id
                    ? -1
                    : nodeIndex.value(parent, -1);
            }
            int above = current >= 0 ? level[size_t(current)] : 0;
            for (auto it = path.rbegin(); it != path.rend(); ++it)
                level[size_t(*it)] = ++above;
            if (deepest < 0 || level[size_t(start)] > level[size_t(deepest)])
                deepest = start;
        }
        if (deepest >= 0 && level[size_t(deepest)] > ScoringModel::MaximumDepth)
            problem(Text::tr("Node \"%1\" is nested %2 levels deep; a model may nest at most %3 "
                             "levels, an index being the first.")
                        .arg(model.nodes.at(deepest).id)
                        .arg(level[size_t(deepest)])
                        .arg(ScoringModel::MaximumDepth));
    }

    // Roots.
    QStringList rootIds;
    for (const ModelNode &node : model.nodes) {
        if (node.parent.isEmpty() && !node.id.isEmpty())
            rootIds.append(node.id);
    }
    if (rootIds.isEmpty())
        problem(Text::tr("The model has no index (a node without a parent)."));
    for (const QString &required : requiredRoots) {
        if (!rootIds.contains(required))
            problem(Text::tr("The model needs an index \"%1\" (a node with that id and no parent).")
                        .arg(required));
    }

    // Indicators.
    for (int i = 0; i < model.indicators.size(); ++i) {
        const ModelIndicator &indicator = model.indicators.at(i);
        const QString &id = indicator.indicatorId;
        if (!knownIndicators.contains(id))
            problem(Text::tr("Indicator \"%1\" is not an indicator of this workspace.").arg(id));
        if (indicator.parent.isEmpty() || !nodeIndex.contains(indicator.parent))
            problem(Text::tr(
                        "Indicator \"%1\" has the parent \"%2\", which is not a node of the model.")
                        .arg(id, indicator.parent));
        if (!std::isfinite(indicator.weight) || indicator.weight < 0)
            problem(Text::tr("Indicator \"%1\" has the weight %2; weights must be zero or more.")
                        .arg(id, number(indicator.weight)));
        if (indicator.normalisation == Normalisation::Goalposts) {
            if (!indicator.goalpostLow || !indicator.goalpostHigh
                || !std::isfinite(*indicator.goalpostLow)
                || !std::isfinite(*indicator.goalpostHigh))
                problem(Text::tr(
                            "Indicator \"%1\" is normalised with goalposts but does not give both.")
                            .arg(id));
            else if (*indicator.goalpostLow >= *indicator.goalpostHigh)
                problem(
                    Text::tr(
                        "Indicator \"%1\" has goalposts %2 to %3; the low one must be below the "
                        "high one.")
                        .arg(id, number(*indicator.goalpostLow), number(*indicator.goalpostHigh)));
            else if (!std::isfinite(*indicator.goalpostHigh - *indicator.goalpostLow))
                problem(
                    Text::tr("Indicator \"%1\" has goalposts %2 to %3, too far apart to "
                             "compute with; narrow them.")
                        .arg(id, number(*indicator.goalpostLow), number(*indicator.goalpostHigh)));
            else if (indicator.logTransform && *indicator.goalpostLow <= 0)
                problem(
                    Text::tr(
                        "Indicator \"%1\" is log-transformed, so its goalposts must be above 0.")
                        .arg(id));
        }
    }

    // Something below every node, and siblings that do not all weigh nothing.
    QHash<QString, double> childWeight;
    QHash<QString, int> childCount;
    for (const ModelNode &node : model.nodes) {
        if (!node.parent.isEmpty()) {
            childWeight[node.parent] += node.weight;
            childCount[node.parent] += 1;
        }
    }
    for (const ModelIndicator &indicator : model.indicators) {
        childWeight[indicator.parent] += indicator.weight;
        childCount[indicator.parent] += 1;
    }
    for (const ModelNode &node : model.nodes) {
        if (childCount.value(node.id) == 0)
            problem(Text::tr("Node \"%1\" has nothing below it.").arg(node.id));
        else if (!(childWeight.value(node.id) > 0))
            problem(Text::tr("The weights below node \"%1\" are all zero.").arg(node.id));
    }

    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return false;
    }

    // Lay the trees out.
    CompiledModel result;
    result.m_missingPolicy = model.missingPolicy;
    result.readinessThreshold = model.readinessThreshold;
    result.riskThreshold = model.riskThreshold;
    // Settings out of range (only an SQLite client's edit makes them; `check` reports them) are
    // taken at their nearest bound, so the recommendation stays within its own rule.
    const RecommendationSettings defaults;
    const auto percent = [](double value, double fallback) {
        return std::isfinite(value) ? std::clamp(value, 0.0, 100.0) : fallback;
    };
    result.recommendation.minimumCoverage
        = percent(model.recommendation.minimumCoverage, defaults.minimumCoverage);
    result.recommendation.robustShare
        = percent(model.recommendation.robustShare, defaults.robustShare);
    result.recommendation.goFirstMax
        = std::clamp(model.recommendation.goFirstMax, 1, RecommendationSettings::MaximumGoFirst);
    QHash<QString, int> columnOf;
    // Each node's children in the model's order, found once (not by a walk through the whole
    // model for every node).
    QHash<QString, std::vector<int>> childNodes, childIndicators;
    for (int i = 0; i < model.nodes.size(); ++i) {
        if (!model.nodes.at(i).parent.isEmpty())
            childNodes[model.nodes.at(i).parent].push_back(i);
    }
    for (int i = 0; i < model.indicators.size(); ++i)
        childIndicators[model.indicators.at(i).parent].push_back(i);
    std::function<int(int, int, int, int, QSet<QString> &)> place;
    place = [&](int modelNode, int parent, int root, int depth, QSet<QString> &indicatorsInRoot) {
        const ModelNode &source = model.nodes.at(modelNode);
        Node node;
        node.id = source.id;
        node.name = source.name.isEmpty() ? source.id : source.name;
        node.parent = parent;
        node.root = root;
        node.weight = source.weight;
        node.aggregation = source.aggregation;
        node.depth = depth;
        const int index = int(result.m_nodes.size());
        result.m_nodes.push_back(node);
        std::vector<int> children;
        for (int i : childNodes.value(source.id))
            children.push_back(place(i, index, root, depth + 1, indicatorsInRoot));
        for (int i : childIndicators.value(source.id)) {
            const ModelIndicator &indicator = model.indicators.at(i);
            if (indicatorsInRoot.contains(indicator.indicatorId)) {
                found.append(Text::tr("Indicator \"%1\" appears twice in the index \"%2\".")
                                 .arg(indicator.indicatorId,
                                      result.m_nodes[size_t(result.m_roots[size_t(root)])].id));
                continue;
            }
            indicatorsInRoot.insert(indicator.indicatorId);
            Leaf leaf;
            leaf.indicatorId = indicator.indicatorId;
            leaf.polarity = indicator.polarity;
            leaf.logTransform = indicator.logTransform;
            leaf.normalisation = indicator.normalisation;
            if (indicator.normalisation == Normalisation::Goalposts) {
                leaf.goalpostLow = *indicator.goalpostLow;
                leaf.goalpostHigh = *indicator.goalpostHigh;
                if (indicator.logTransform) {
                    leaf.goalpostLow = std::log(leaf.goalpostLow);
                    leaf.goalpostHigh = std::log(leaf.goalpostHigh);
                }
            }
            auto column = columnOf.constFind(indicator.indicatorId);
            if (column == columnOf.constEnd()) {
                column = columnOf.insert(indicator.indicatorId, int(result.m_columns.size()));
                result.m_columns.append(indicator.indicatorId);
            }
            leaf.column = *column;
            Node leafNode;
            leafNode.id = indicator.indicatorId;
            leafNode.name = names.value(indicator.indicatorId, indicator.indicatorId);
            leafNode.parent = index;
            leafNode.root = root;
            leafNode.weight = indicator.weight;
            leafNode.depth = depth + 1;
            leafNode.leaf = int(result.m_leaves.size());
            leaf.node = int(result.m_nodes.size());
            result.m_leaves.push_back(leaf);
            children.push_back(int(result.m_nodes.size()));
            result.m_nodes.push_back(leafNode);
        }
        double sum = 0;
        for (int child : children)
            sum += result.m_nodes[size_t(child)].weight;
        for (int child : children)
            result.m_nodes[size_t(child)].share = result.m_nodes[size_t(child)].weight / sum;
        result.m_nodes[size_t(index)].children = children;
        return index;
    };
    for (int i = 0; i < model.nodes.size(); ++i) {
        if (!model.nodes.at(i).parent.isEmpty())
            continue;
        QSet<QString> indicatorsInRoot;
        const int rootNumber = int(result.m_roots.size());
        result.m_roots.push_back(int(result.m_nodes.size()));
        place(i, -1, rootNumber, 0, indicatorsInRoot);
    }
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return false;
    }
    // The tree's root number was set to the index into m_roots; nodes carry it already. Now a
    // post-order for aggregation.
    std::function<void(int)> postOrder = [&](int node) {
        for (int child : result.m_nodes[size_t(node)].children)
            postOrder(child);
        result.m_bottomUp.push_back(node);
    };
    for (int root : result.m_roots)
        postOrder(root);

    if (compiled)
        *compiled = std::move(result);
    if (problems)
        problems->clear();
    return true;
}

} // namespace Gtm
