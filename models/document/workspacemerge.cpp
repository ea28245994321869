#include "workspacemerge.h"

#include "records.h"

#include "domain/language.h"
#include "domain/numbers.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <functional>

namespace Gtm {
namespace WorkspaceMerge {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::WorkspaceMerge)
};

enum class Take { Theirs, Mine };

QString shown(const QString &text)
{
    return text.isEmpty() ? Text::tr("(empty)") : text;
}

QString listName(Record record)
{
    switch (record) {
    case Record::Persona:
        return Text::tr("Buyer personas");
    case Record::PricePoint:
        return Text::tr("Price points");
    case Record::MarketingItem:
        return Text::tr("Marketing activities");
    case Record::Channel:
        return Text::tr("Channels");
    case Record::Challenge:
        return Text::tr("Challenges");
    case Record::CustomIndicator:
        return Text::tr("Custom indicators");
    default:
        return {};
    }
}

QString rowName(Record record, int row)
{
    switch (record) {
    case Record::Persona:
        return Text::tr("Buyer persona %1").arg(row + 1);
    case Record::PricePoint:
        return Text::tr("Price point %1").arg(row + 1);
    case Record::MarketingItem:
        return Text::tr("Marketing activity %1").arg(row + 1);
    case Record::Channel:
        return Text::tr("Channel %1").arg(row + 1);
    case Record::Challenge:
        return Text::tr("Challenge %1").arg(row + 1);
    case Record::CustomIndicator:
        return Text::tr("Custom indicator %1").arg(row + 1);
    case Record::ModelNode:
        return Text::tr("Model dimension %1").arg(row + 1);
    case Record::ModelIndicator:
        return Text::tr("Model indicator %1").arg(row + 1);
    default:
        return {};
    }
}

QString joined(const QString &where, const QString &what)
{
    return Text::tr("%1 · %2").arg(where, what);
}

QString scenarioKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

int scenarioIndex(const Workspace &w, const QString &key)
{
    for (int i = 0; i < w.scenarios.size(); ++i) {
        if (scenarioKey(w.scenarios.at(i).name) == key)
            return i;
    }
    return -1;
}

QString valueText(const std::optional<IndicatorValue> &value)
{
    if (!value)
        return Text::tr("(no value)");
    const QString number = Numbers::format(value->value, Language::locale());
    return value->source.isEmpty() ? number : Text::tr("%1 (%2)").arg(number, value->source);
}

class Merger
{
public:
    Merger(const Workspace &base, const Workspace &mine, const Workspace &theirs,
           const QHash<QString, Side> &resolutions)
        : m_b(base)
        , m_m(mine)
        , m_t(theirs)
        , m_resolutions(resolutions)
    {
        m_r.merged = theirs;
    }

    Result run()
    {
        fields(Record::Product, {0, 0, 0}, {0, 0, 0, 0}, QStringLiteral("product"),
               Text::tr("Product"));
        fields(Record::Plan, {0, 0, 0}, {0, 0, 0, 0}, QStringLiteral("plan"), Text::tr("Plan"));
        for (int row = 0; row < GtmPlan::ValueDriverCount; ++row) {
            const FieldRef kind {Record::ValueDriver, 0, row, ValueDriverField::Kind};
            fields(Record::ValueDriver, {0, 0, 0}, {row, row, row, row},
                   QStringLiteral("driver/%1").arg(row),
                   Text::tr("Value driver “%1”").arg(Records::displayText(m_t, kind)));
        }
        for (Record record : {Record::Persona, Record::PricePoint, Record::MarketingItem,
                              Record::Channel, Record::CustomIndicator})
            list(record, 0, QStringLiteral("list/%1").arg(int(record)), QString());
        verticals();
        model({0, 0, 0, 0}, QStringLiteral("model"), Text::tr("Scoring model"));
        scenarios();

        // Only changes of both sides together can break a rule neither side broke (two
        // verticals given one name); one side's changes alone were checked as they were made.
        if (!m_r.ours.isEmpty() && !m_r.colleagues.isEmpty()) {
            const QStringList before = m_t.validate() + m_m.validate();
            for (const QString &problem : m_r.merged.validate()) {
                if (!before.contains(problem))
                    m_r.problems << problem;
            }
        }
        return std::move(m_r);
    }

private:
    /** Owners (challenges: the vertical id; model records: the scenario id) per side. */
    struct Owners
    {
        qint64 base, mine, theirs, out;
    };
    struct Rows
    {
        int base, mine, theirs, out;
    };

    const Workspace &side(int s) const { return s == 0 ? m_b : s == 1 ? m_m : m_t; }

    /**
     * The one decision: which side's value a thing takes, given which versions are equal, and
     * what is recorded about it. `show(s)` is side s's version as text (0 base, 1 mine, 2
     * theirs).
     */
    Take decide(const QString &key, const QString &where, bool baseIsMine, bool baseIsTheirs,
                bool mineIsTheirs, const std::function<QString(int)> &show)
    {
        if (!baseIsTheirs)
            m_r.colleagues << FieldChange {key, where, show(0), show(2)};
        if (baseIsMine || mineIsTheirs)
            return Take::Theirs;
        if (!baseIsTheirs) {
            const auto it = m_resolutions.constFind(key);
            if (it == m_resolutions.constEnd()) {
                m_r.conflicts << MergeConflict {key, where, show(0), show(1), show(2)};
                return Take::Theirs;
            }
            if (*it == Side::Theirs)
                return Take::Theirs;
        }
        m_r.ours << FieldChange {key, where, show(2), show(1)};
        return Take::Mine;
    }

    /** Every field of one record, each on its own. */
    void fields(Record record, std::array<qint64, 3> owner, Rows rows, const QString &key,
                const QString &where, qint64 outOwner = -1)
    {
        if (outOwner < 0)
            outOwner = owner[2];
        const int rowOf[3] = {rows.base, rows.mine, rows.theirs};
        for (int f = 0; f < Records::fieldCount(record); ++f) {
            FieldRef refs[3];
            QVariant values[3];
            for (int s = 0; s < 3; ++s) {
                refs[s] = FieldRef {record, owner[size_t(s)], rowOf[s], f};
                values[s] = Records::value(side(s), refs[s]);
            }
            const Take take
                = decide(QStringLiteral("%1/%2").arg(key).arg(f),
                         joined(where, Records::fieldName(record, f)), values[0] == values[1],
                         values[0] == values[2], values[1] == values[2],
                         [&](int s) { return shown(Records::displayText(side(s), refs[s])); });
            if (take == Take::Mine)
                Records::setValue(m_r.merged, FieldRef {record, outOwner, rows.out, f}, values[1]);
        }
    }

    static bool sameRows(const Workspace &a, qint64 ownerA, const Workspace &b, qint64 ownerB,
                         Record record)
    {
        const int rows = Records::count(a, record, ownerA);
        if (rows != Records::count(b, record, ownerB))
            return false;
        for (int row = 0; row < rows; ++row) {
            for (int f = 0; f < Records::fieldCount(record); ++f) {
                if (Records::value(a, {record, ownerA, row, f})
                    != Records::value(b, {record, ownerB, row, f}))
                    return false;
            }
        }
        return true;
    }

    QString rowsText(int s, Record record, qint64 owner) const
    {
        QStringList names;
        for (int row = 0; row < Records::count(side(s), record, owner); ++row)
            names << Records::displayText(side(s), {record, owner, row, 0});
        return names.isEmpty() ? Text::tr("(none)") : names.join(QStringLiteral("; "));
    }

    void copyList(Record record, qint64 owner)
    {
        Workspace &out = m_r.merged;
        switch (record) {
        case Record::Persona:
            out.plan.personas = m_m.plan.personas;
            break;
        case Record::PricePoint:
            out.plan.pricing.pricePoints = m_m.plan.pricing.pricePoints;
            break;
        case Record::MarketingItem:
            out.plan.marketing = m_m.plan.marketing;
            break;
        case Record::Channel:
            out.plan.channels = m_m.plan.channels;
            break;
        case Record::CustomIndicator:
            out.customIndicators = m_m.customIndicators;
            break;
        case Record::Challenge:
            out.vertical(owner)->challenges = m_m.vertical(owner)->challenges;
            break;
        default:
            Q_ASSERT(false);
        }
    }

    /** A list without identity: row by row while no side added or removed rows. */
    void list(Record record, qint64 owner, const QString &key, const QString &where)
    {
        const int counts[3]
            = {Records::count(m_b, record, owner), Records::count(m_m, record, owner),
               Records::count(m_t, record, owner)};
        const QString prefix = where.isEmpty() ? QString() : where + Text::tr(" · ");
        if (counts[0] == counts[1] && counts[1] == counts[2]) {
            for (int row = 0; row < counts[0]; ++row)
                fields(record, {owner, owner, owner}, {row, row, row, row},
                       QStringLiteral("%1/%2").arg(key).arg(row), prefix + rowName(record, row));
            return;
        }
        if (counts[2] != counts[0])
            m_r.structureChanged = true;
        const Take take = decide(
            key, prefix + listName(record), sameRows(m_b, owner, m_m, owner, record),
            sameRows(m_b, owner, m_t, owner, record), sameRows(m_m, owner, m_t, owner, record),
            [&](int s) { return rowsText(s, record, owner); });
        if (take == Take::Mine)
            copyList(record, owner);
    }

    QString verticalText(int s, VerticalId id) const
    {
        const Vertical *v = side(s).vertical(id);
        return v ? v->name : Text::tr("(deleted)");
    }

    void verticals()
    {
        QList<VerticalId> ids;
        QSet<VerticalId> seen;
        for (const Workspace *w : {&m_b, &m_m, &m_t}) {
            for (const Vertical &v : w->verticals) {
                if (!seen.contains(v.id)) {
                    seen.insert(v.id);
                    ids << v.id;
                }
            }
        }
        Workspace &out = m_r.merged;
        QList<VerticalId> mineAdded;
        // By id in constant time: a workspace may hold 10,000 verticals.
        const auto index = [](const Workspace &w) {
            QHash<VerticalId, const Vertical *> byId;
            byId.reserve(w.verticals.size());
            for (const Vertical &v : w.verticals)
                byId.insert(v.id, &v);
            return byId;
        };
        const QHash<VerticalId, const Vertical *> inBase = index(m_b), inMine = index(m_m),
                                                  inTheirs = index(m_t);
        for (const VerticalId id : ids) {
            const Vertical *b = inBase.value(id);
            const Vertical *m = inMine.value(id);
            const Vertical *t = inTheirs.value(id);
            if (b && m && t && *b == *m && *b == *t)
                continue; // the common case: nobody touched it
            const QString key = QStringLiteral("vertical/%1").arg(id);
            const QString where = Text::tr("Vertical “%1”")
                                      .arg(m       ? m->name
                                               : t ? t->name
                                                   : b->name);
            const auto whole = [&](int s) {
                return verticalText(s, id);
            };
            if (b && m && t) {
                fieldsOfVertical(id, b, m, t, key, where);
            } else if (b && t) { // deleted here
                if (decide(key, where, false, *b == *t, false, whole) == Take::Mine)
                    out.verticals.removeAt(out.indexOfVertical(id));
            } else if (b && m) { // deleted there
                m_r.structureChanged = true;
                if (decide(key, where, *b == *m, false, false, whole) == Take::Mine)
                    mineAdded << id;
            } else if (m && t) { // added on both sides under one id
                if (!(*m == *t))
                    mineAdded << id;
            } else if (m) {
                mineAdded << id;
            } else if (t) {
                m_r.structureChanged = true;
                m_r.colleagues << FieldChange {key, where, Text::tr("(none)"), t->name};
            }
        }
        for (const VerticalId id : qAsConst(mineAdded)) {
            Vertical vertical = *m_m.vertical(id);
            if (out.vertical(id)) { // theirs took this id for another vertical meanwhile
                vertical.id = 0;
                m_r.structureChanged = true;
            }
            if (!m_t.vertical(id) || vertical.id == 0)
                m_r.ours << FieldChange {QStringLiteral("vertical/%1").arg(id),
                                         Text::tr("Vertical “%1”").arg(vertical.name),
                                         Text::tr("(none)"), vertical.name};
            out.addVertical(vertical);
        }
        order();
    }

    void fieldsOfVertical(VerticalId id, const Vertical *b, const Vertical *m, const Vertical *t,
                          const QString &key, const QString &where)
    {
        const auto row = [](const Workspace &w, const Vertical *v) {
            return int(v - w.verticals.constData());
        };
        fields(Record::Vertical, {0, 0, 0},
               {row(m_b, b), row(m_m, m), row(m_t, t), m_r.merged.indexOfVertical(id)},
               key + QStringLiteral("/field"), where);
        const Vertical *v[3] = {b, m, t};
        QStringList indicatorIds;
        for (const Vertical *each : v) {
            for (auto it = each->values.cbegin(); it != each->values.cend(); ++it) {
                if (!indicatorIds.contains(it.key()))
                    indicatorIds << it.key();
            }
        }
        Vertical *out = m_r.merged.vertical(id);
        for (const QString &indicatorId : qAsConst(indicatorIds)) {
            std::optional<IndicatorValue> values[3];
            for (int s = 0; s < 3; ++s) {
                const auto it = v[s]->values.constFind(indicatorId);
                if (it != v[s]->values.constEnd())
                    values[s] = *it;
            }
            const IndicatorDefinition *definition = m_m.indicator(indicatorId);
            if (!definition)
                definition = m_t.indicator(indicatorId);
            const QString name = definition ? definition->name : indicatorId;
            const Take take
                = decide(key + QStringLiteral("/value/") + indicatorId, joined(where, name),
                         values[0] == values[1], values[0] == values[2], values[1] == values[2],
                         [&](int s) { return valueText(values[s]); });
            if (take == Take::Mine) {
                if (values[1])
                    out->values.insert(indicatorId, *values[1]);
                else
                    out->values.remove(indicatorId);
            }
        }
        list(Record::Challenge, id, key + QStringLiteral("/challenges"), where);
    }

    /** Our order when only we moved verticals, else theirs; additions of each side last. */
    void order()
    {
        const auto idsOf = [](const Workspace &w) {
            QList<VerticalId> ids;
            for (const Vertical &v : w.verticals)
                ids << v.id;
            return ids;
        };
        const auto common = [](QList<VerticalId> ids, const QList<VerticalId> &in) {
            const QSet<VerticalId> kept(in.cbegin(), in.cend());
            ids.erase(std::remove_if(ids.begin(), ids.end(),
                                     [&](VerticalId id) { return !kept.contains(id); }),
                      ids.end());
            return ids;
        };
        const QList<VerticalId> base = idsOf(m_b), mine = idsOf(m_m), theirs = idsOf(m_t);
        Workspace &out = m_r.merged;
        const QList<VerticalId> present = idsOf(out);
        QList<VerticalId> wanted;
        if (common(theirs, base) == common(base, theirs)) {
            wanted = common(mine, present);
        } else {
            m_r.structureChanged = true;
            wanted = common(theirs, present);
        }
        if (wanted == present)
            return;
        if (common(wanted, theirs) != common(theirs, present)) {
            // A change of ours like any other: written, and in the audit.
            const auto names = [](const Workspace &w, const QList<VerticalId> &ids) {
                QStringList shown;
                for (const VerticalId id : ids) {
                    if (const Vertical *v = w.vertical(id))
                        shown << v->name;
                    if (shown.size() == 5)
                        break;
                }
                return shown.join(QStringLiteral(", "))
                    + (ids.size() > 5 ? QStringLiteral(", …") : QString());
            };
            m_r.ours << FieldChange {QStringLiteral("order/verticals"),
                                     Text::tr("Order of verticals"), names(m_t, theirs),
                                     names(m_m, wanted)};
        }
        const QSet<VerticalId> placed(wanted.cbegin(), wanted.cend());
        for (const VerticalId id : present) {
            if (!placed.contains(id))
                wanted << id;
        }
        QHash<VerticalId, int> at;
        for (int i = 0; i < out.verticals.size(); ++i)
            at.insert(out.verticals.at(i).id, i);
        QList<Vertical> ordered;
        ordered.reserve(wanted.size());
        for (const VerticalId id : qAsConst(wanted))
            ordered << out.verticals.at(at.value(id));
        out.verticals = ordered;
    }

    /** A scoring model: its settings field by field, its dimensions and indicators row by row
     *  while their number is the same on every side, else as a whole. */
    void model(Owners owners, const QString &key, const QString &where)
    {
        fields(Record::ModelSettings, {owners.base, owners.mine, owners.theirs}, {0, 0, 0, 0},
               key + QStringLiteral("/settings"), where, owners.out);
        const ScoringModel *models[3]
            = {&Records::modelOf(m_b, owners.base), &Records::modelOf(m_m, owners.mine),
               &Records::modelOf(m_t, owners.theirs)};
        const bool sameShape = std::all_of(std::begin(models), std::end(models), [&](auto *x) {
            return x->nodes.size() == models[0]->nodes.size()
                && x->indicators.size() == models[0]->indicators.size();
        });
        if (sameShape) {
            for (Record record : {Record::ModelNode, Record::ModelIndicator}) {
                for (int row = 0; row < Records::count(m_b, record, owners.base); ++row)
                    fields(record, {owners.base, owners.mine, owners.theirs}, {row, row, row, row},
                           key + QStringLiteral("/%1/%2").arg(int(record)).arg(row),
                           joined(where, rowName(record, row)), owners.out);
            }
            return;
        }
        const auto shape = [&](int s) {
            return Text::tr("%1 dimensions, %2 indicators")
                .arg(models[s]->nodes.size())
                .arg(models[s]->indicators.size());
        };
        const auto equal = [](const ScoringModel *a, const ScoringModel *b) {
            return a->nodes == b->nodes && a->indicators == b->indicators;
        };
        if (!equal(models[0], models[2]))
            m_r.structureChanged = true;
        if (decide(key + QStringLiteral("/tree"), where, equal(models[0], models[1]),
                   equal(models[0], models[2]), equal(models[1], models[2]), shape)
            == Take::Mine) {
            ScoringModel &out = Records::modelOf(m_r.merged, owners.out);
            out.nodes = models[1]->nodes;
            out.indicators = models[1]->indicators;
        }
    }

    void scenarios()
    {
        QStringList keys;
        for (const Workspace *w : {&m_b, &m_m, &m_t}) {
            for (const Scenario &s : w->scenarios) {
                if (!keys.contains(scenarioKey(s.name)))
                    keys << scenarioKey(s.name);
            }
        }
        Workspace &out = m_r.merged;
        for (const QString &name : qAsConst(keys)) {
            const int rows[3]
                = {scenarioIndex(m_b, name), scenarioIndex(m_m, name), scenarioIndex(m_t, name)};
            const Scenario *s[3];
            for (int i = 0; i < 3; ++i)
                s[i] = rows[i] < 0 ? nullptr : &side(i).scenarios.at(rows[i]);
            const QString key = QStringLiteral("scenario/") + name;
            const QString where = Text::tr("Scenario “%1”")
                                      .arg((s[1]       ? s[1]
                                                : s[2] ? s[2]
                                                       : s[0])
                                               ->name);
            const auto whole = [&](int i) {
                return s[i] ? s[i]->name : Text::tr("(deleted)");
            };
            if (s[0] && s[1] && s[2]) {
                model({s[0]->id, s[1]->id, s[2]->id, s[2]->id}, key, where);
            } else if (s[0] && s[2]) {
                if (decide(key, where, false, *s[0] == *s[2], false, whole) == Take::Mine) {
                    m_r.structureChanged = true;
                    out.scenarios.removeAt(scenarioIndex(out, name));
                }
            } else if (s[0] && s[1]) {
                m_r.structureChanged = true;
                if (decide(key, where, *s[0] == *s[1], false, false, whole) == Take::Mine)
                    out.scenarios << *s[1];
            } else if (s[1] && s[2]) {
                if (!(*s[1] == *s[2])
                    && decide(key, where, false, false, false,
                              [&](int i) { return s[i] ? s[i]->name : Text::tr("(none)"); })
                        == Take::Mine)
                    out.scenarios[scenarioIndex(out, name)] = *s[1];
            } else if (s[1]) {
                m_r.ours << FieldChange {key, where, Text::tr("(none)"), s[1]->name};
                out.scenarios << *s[1];
            } else if (s[2]) {
                m_r.structureChanged = true;
            }
        }
        // Scenario ids live only in a window (editors and undo steps refer to them): keep ours.
        qint64 last = std::max(m_m.lastScenarioId, m_m.nextScenarioId() - 1);
        for (Scenario &scenario : out.scenarios) {
            const int mine = scenarioIndex(m_m, scenarioKey(scenario.name));
            scenario.id = mine >= 0 ? m_m.scenarios.at(mine).id : ++last;
        }
        out.lastScenarioId = last;
    }

    const Workspace &m_b;
    const Workspace &m_m;
    const Workspace &m_t;
    const QHash<QString, Side> &m_resolutions;
    Result m_r;
};

} // namespace

Result merge(const Workspace &base, const Workspace &mine, const Workspace &theirs,
             const QHash<QString, Side> &resolutions)
{
    return Merger(base, mine, theirs, resolutions).run();
}

QList<FieldChange> changes(const Workspace &before, const Workspace &after)
{
    return merge(before, after, before).ours;
}

QString describe(const Workspace &w, const FieldRef &ref)
{
    const QString field = Records::fieldName(ref.record, ref.field);
    QString where;
    switch (ref.record) {
    case Record::Product:
        where = Text::tr("Product");
        break;
    case Record::Plan:
        where = Text::tr("Plan");
        break;
    case Record::ValueDriver:
        where = Text::tr("Value driver “%1”")
                    .arg(Records::displayText(
                        w, {Record::ValueDriver, 0, ref.row, ValueDriverField::Kind}));
        break;
    case Record::Vertical:
        where = Text::tr("Vertical “%1”")
                    .arg(ref.row >= 0 && ref.row < w.verticals.size() ? w.verticals.at(ref.row).name
                                                                      : QString());
        break;
    case Record::Challenge: {
        const Vertical *v = w.vertical(ref.vertical);
        where = joined(Text::tr("Vertical “%1”").arg(v ? v->name : QString()),
                       rowName(ref.record, ref.row));
        break;
    }
    case Record::ModelSettings:
    case Record::ModelNode:
    case Record::ModelIndicator: {
        const int scenario = w.indexOfScenario(ref.vertical);
        where = ref.vertical == 0 || scenario < 0
            ? Text::tr("Scoring model")
            : Text::tr("Scenario “%1”").arg(w.scenarios.at(scenario).name);
        if (ref.record != Record::ModelSettings)
            where = joined(where, rowName(ref.record, ref.row));
        break;
    }
    case Record::Scenario:
        where = Text::tr("Scenario “%1”")
                    .arg(ref.row >= 0 && ref.row < w.scenarios.size() ? w.scenarios.at(ref.row).name
                                                                      : QString());
        break;
    default:
        where = rowName(ref.record, ref.row);
    }
    return joined(where, field);
}

} // namespace WorkspaceMerge
} // namespace Gtm
