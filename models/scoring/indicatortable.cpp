#include "indicatortable.h"

#include "domain/indicator.h"
#include "domain/workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Gtm {

namespace {

enum class Derived {
    None,
    ExplainabilityNeed,
    TechnologyFirstShare,
    PocMonths,
    OpportunityShare,
    StakeholderCoverage
};

Derived derivedKind(const QString &id)
{
    using namespace IndicatorId;
    if (id == QLatin1String(ExplainabilityNeed))
        return Derived::ExplainabilityNeed;
    if (id == QLatin1String(TechnologyFirstShare))
        return Derived::TechnologyFirstShare;
    if (id == QLatin1String(PocMonths))
        return Derived::PocMonths;
    if (id == QLatin1String(OpportunityShare))
        return Derived::OpportunityShare;
    if (id == QLatin1String(StakeholderCoverage))
        return Derived::StakeholderCoverage;
    return Derived::None;
}

/** Each derived value is taken over the challenges that set its field; none → missing. */
double derivedValue(Derived kind, const QList<Challenge> &challenges)
{
    constexpr double Missing = IndicatorTable::Missing;
    switch (kind) {
    case Derived::ExplainabilityNeed: {
        std::optional<int> strongest;
        for (const Challenge &c : challenges) {
            if (c.explainabilityNeed)
                strongest
                    = std::max(strongest.value_or(*c.explainabilityNeed), *c.explainabilityNeed);
        }
        return strongest ? double(*strongest) : Missing;
    }
    case Derived::TechnologyFirstShare: {
        int flagged = 0;
        int given = 0;
        for (const Challenge &c : challenges) {
            if (c.technologyFirst) {
                flagged += *c.technologyFirst ? 1 : 0;
                ++given;
            }
        }
        return given ? 100.0 * flagged / given : Missing;
    }
    case Derived::PocMonths: {
        double sum = 0;
        int given = 0;
        for (const Challenge &c : challenges) {
            if (c.pocMonths) {
                sum += *c.pocMonths;
                ++given;
            }
        }
        return given ? sum / given : Missing;
    }
    case Derived::OpportunityShare: {
        int opportunity = 0;
        int given = 0;
        for (const Challenge &c : challenges) {
            if (c.framing) {
                opportunity += *c.framing == Framing::Opportunity ? 1 : 0;
                ++given;
            }
        }
        return given ? 100.0 * opportunity / given : Missing;
    }
    case Derived::StakeholderCoverage: {
        QSet<CommitteeRole> roles;
        for (const Challenge &c : challenges) {
            if (c.stakeholder)
                roles.insert(*c.stakeholder);
        }
        return roles.isEmpty()
            ? Missing
            : 100.0 * double(roles.size()) / double(enumValues<CommitteeRole>().size());
    }
    case Derived::None:
        break;
    }
    return Missing;
}

} // namespace

IndicatorTable IndicatorTable::empty(const QStringList &columns, int rows)
{
    IndicatorTable table;
    table.columns = columns;
    table.rowCount = rows;
    table.values.assign(size_t(rows) * size_t(columns.size()), Missing);
    return table;
}

IndicatorTable IndicatorTable::fromWorkspace(const Workspace &workspace, const QStringList &columns)
{
    IndicatorTable table = empty(columns, int(workspace.verticals.size()));
    const int columnCount = int(columns.size());
    QHash<QString, int> stored;
    std::vector<std::pair<int, Derived>> derived;
    for (int c = 0; c < columnCount; ++c) {
        const Derived kind = derivedKind(columns.at(c));
        if (kind == Derived::None)
            stored.insert(columns.at(c), c);
        else
            derived.emplace_back(c, kind);
    }
    table.rowNames.reserve(workspace.verticals.size());
    for (int row = 0; row < table.rowCount; ++row) {
        const Vertical &vertical = workspace.verticals.at(row);
        table.rowNames.append(vertical.name);
        double *out = table.values.data() + size_t(row) * size_t(columnCount);
        // Walk the vertical's values once rather than looking each column up in its map.
        for (auto it = vertical.values.cbegin(); it != vertical.values.cend(); ++it) {
            const auto column = stored.constFind(it.key());
            if (column != stored.constEnd())
                out[*column] = it->value;
        }
        for (const auto &[column, kind] : derived)
            out[column] = derivedValue(kind, vertical.challenges);
    }
    return table;
}

} // namespace Gtm
