#include "recommendationmodel.h"

#include "coveragetext.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "itemroles.h"
#include "scoring/scoreboard.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Gtm {

namespace {

/** Children point at their wave through the internal id: wave + 1; waves have 0. */
constexpr quintptr waveTag(int wave)
{
    return quintptr(wave) + 1;
}

QString scoreText(double score)
{
    return std::isnan(score) ? QStringLiteral("–") : Language::locale().toString(score, 'f', 1);
}

} // namespace

RecommendationModel::RecommendationModel(WorkspaceDocument *document, ScoreBoard *scores,
                                         QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_scores(scores)
{
    connect(scores, &ScoreBoard::scoresChanged, this, &RecommendationModel::scoresChanged);
    connect(document, &WorkspaceDocument::workspaceAboutToBeReset, this, [this] {
        beginResetModel();
        m_resetting = true;
        // Another workspace: its verticals may reuse the last one's ids, so its runs must go.
        ++m_workspaceGeneration;
        ++m_scoresVersion;
        m_runs = {};
        m_runIds.clear();
        m_haveRuns = false;
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        refresh();
        m_resetting = false;
        endResetModel();
        emit recommendationChanged();
    });
    // A wave's heading shows the plan's target quarter for it.
    connect(document, &WorkspaceDocument::fieldChanged, this, [this](const FieldRef &ref) {
        if (ref.record != Record::Plan
            || (ref.field != PlanField::GoFirstQuarter && ref.field != PlanField::NextQuarter
                && ref.field != PlanField::PrepareQuarter))
            return;
        const QModelIndex first = index(0, VerticalColumn);
        const QModelIndex last = index(WaveCount - 1, VerticalColumn);
        emit dataChanged(first, last, {Qt::DisplayRole});
    });
    refresh();
}

void RecommendationModel::scoresChanged()
{
    ++m_scoresVersion;
    if (m_resetting)
        return; // refreshed when the reset ends
    if (!m_live) {
        m_stale = true;
        return;
    }
    refresh();
    emit recommendationChanged();
}

void RecommendationModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale) {
        refresh();
        emit recommendationChanged();
    }
}

RecommendationModel::RunTicket RecommendationModel::ticket() const
{
    RunTicket ticket;
    ticket.scores = m_scoresVersion;
    ticket.workspace = m_workspaceGeneration;
    const QList<Vertical> &verticals = m_document->workspace().verticals;
    ticket.ids.reserve(verticals.size());
    for (const Vertical &v : verticals)
        ticket.ids.append(v.id);
    return ticket;
}

bool RecommendationModel::setRuns(const SensitivityAnalysis::Result &runs, const RunTicket &ticket)
{
    if (ticket.workspace != m_workspaceGeneration || runs.runs <= 0)
        return false;
    m_runs = runs;
    m_runIds = ticket.ids;
    m_runsVersion = ticket.scores;
    m_haveRuns = true;
    if (!m_live) {
        m_stale = true;
        return true;
    }
    refresh();
    emit recommendationChanged();
    return true;
}

bool RecommendationModel::runsAreCurrent() const
{
    return m_haveRuns && m_runsVersion == m_scoresVersion;
}

const SensitivityAnalysis::Result *
RecommendationModel::fittedRuns(const ScoringResult &scores, const QList<VerticalId> &ids,
                                SensitivityAnalysis::Result *storage) const
{
    if (!m_haveRuns)
        return nullptr;
    if (m_runIds == ids || !m_runs.hasQuadrants)
        return &m_runs;
    // The verticals were moved, added or removed since: each keeps its own share of the runs.
    QHash<VerticalId, int> runRow;
    runRow.reserve(m_runIds.size());
    for (int i = 0; i < m_runIds.size(); ++i)
        runRow.insert(m_runIds.at(i), i);
    storage->runs = m_runs.runs;
    storage->cancelled = m_runs.cancelled;
    storage->hasQuadrants = true;
    storage->indexIds = m_runs.indexIds;
    storage->quadrantShares.assign(size_t(ids.size()), {0, 0, 0, 0});
    for (int row = 0; row < ids.size(); ++row) {
        const int at = runRow.value(ids.at(row), -1);
        if (at >= 0 && size_t(at) < m_runs.quadrantShares.size()) {
            storage->quadrantShares[size_t(row)] = m_runs.quadrantShares[size_t(at)];
            continue;
        }
        // Not in the runs: a provisional or unscored vertical is undecided without them (a
        // share of none is no call); any other waits, with every vertical, for the next runs.
        if (!scores.isProvisional(row) && scores.quadrant(row))
            return nullptr;
    }
    return storage;
}

void RecommendationModel::refresh()
{
    m_stale = false;
    std::array<QList<VerticalId>, WaveCount> target;
    QHash<VerticalId, Entry> entries;
    const ScoringResult *result = m_scores->result();
    const QList<Vertical> &verticals = m_document->workspace().verticals;
    if (!result) {
        m_recommendation = {};
        m_headline = tr("No recommendation: the scoring model has problems.");
        applyStructure(target, std::move(entries));
        return;
    }
    const int rows = std::min(result->rowCount(), int(verticals.size()));
    QList<VerticalId> ids;
    QStringList names;
    ids.reserve(rows);
    names.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        ids.append(verticals.at(row).id);
        names.append(verticals.at(row).name);
    }
    SensitivityAnalysis::Result storage;
    const SensitivityAnalysis::Result *runs = fittedRuns(*result, ids, &storage);
    m_recommendation = Recommendation::compute(
        *result, runs, Recommendation::marketSizes(m_document->workspace()));
    m_headline = m_recommendation.headline(names);
    const CompiledModel &model = result->model();
    const int readiness = model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
    const int risk = model.rootNamed(QString::fromLatin1(ScoringModel::RiskId));
    entries.reserve(rows);
    // Only what the waves need: texts only some cells show (tooltips) are made when asked for.
    for (int row = 0; row < rows && row < int(m_recommendation.placements().size()); ++row) {
        Entry entry;
        entry.name = names.at(row);
        entry.readiness = readiness >= 0 ? result->score(row, readiness) : NAN;
        entry.risk = risk >= 0 ? result->score(row, risk) : NAN;
        entry.placement = m_recommendation.placement(row);
        entries.insert(ids.at(row), entry);
    }
    for (int wave = 0; wave < WaveCount; ++wave) {
        for (int row : m_recommendation.rowsIn(Wave(wave)))
            target[size_t(wave)].append(ids.at(row));
    }
    applyStructure(target, std::move(entries));
}

void RecommendationModel::applyStructure(const std::array<QList<VerticalId>, WaveCount> &target,
                                         QHash<VerticalId, Entry> entries)
{
    if (m_resetting) {
        m_shown = target;
        m_entries = std::move(entries);
        return;
    }
    // The new entries now; until the rows that go are removed, they keep answering data().
    m_entries.swap(entries); // `entries` holds the old ones from here
    QSet<VerticalId> gone;
    for (const QList<VerticalId> &shown : m_shown) {
        for (VerticalId id : shown) {
            if (!m_entries.contains(id)) {
                m_entries.insert(id, entries.value(id));
                gone.insert(id);
            }
        }
    }

    // 1. Verticals that are gone.
    for (int wave = 0; wave < WaveCount; ++wave) {
        QList<VerticalId> &shown = m_shown[size_t(wave)];
        for (int row = int(shown.size()) - 1; row >= 0; --row) {
            if (!gone.contains(shown.at(row)))
                continue;
            beginRemoveRows(index(wave, 0), row, row);
            shown.removeAt(row);
            endRemoveRows();
        }
    }

    // 2. Those that stay, into their new waves and places, in one layout change. It is made even
    // when none moves: the reasons and shares change, and with them the rows' heights. A view
    // re-measures rows lazily after a layout change, as it paints them, but every row of a
    // dataChanged() at once (with wrapped reasons, 70 ms for 1,000 verticals on each edit).
    QSet<VerticalId> present;
    for (const QList<VerticalId> &shown : m_shown)
        present.unite(QSet<VerticalId>(shown.cbegin(), shown.cend()));
    std::array<QList<VerticalId>, WaveCount> kept;
    QHash<VerticalId, std::pair<int, int>> place; // id → (wave, row) after the change
    for (int wave = 0; wave < WaveCount; ++wave) {
        for (VerticalId id : target[size_t(wave)]) {
            if (present.contains(id)) {
                place.insert(id, {wave, int(kept[size_t(wave)].size())});
                kept[size_t(wave)].append(id);
            }
        }
    }
    const bool moved = kept != m_shown;
    const bool any = std::any_of(kept.cbegin(), kept.cend(),
                                 [](const QList<VerticalId> &wave) { return !wave.isEmpty(); });
    if (moved || any) {
        const auto hint
            = moved ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
        emit layoutAboutToBeChanged({}, hint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            if (index.internalId() == 0) {
                to.append(index); // a wave stays where it is
                continue;
            }
            const int wave = int(index.internalId()) - 1;
            const auto where = place.value(m_shown[size_t(wave)].at(index.row()), {-1, -1});
            to.append(where.first < 0
                          ? QModelIndex()
                          : createIndex(where.second, index.column(), waveTag(where.first)));
        }
        m_shown = kept;
        changePersistentIndexList(from, to);
        emit layoutChanged({}, hint);
    }

    // 3. The new verticals, in their places (the rest of each wave is in order already).
    for (int wave = 0; wave < WaveCount; ++wave) {
        const QList<VerticalId> &wanted = target[size_t(wave)];
        QList<VerticalId> &shown = m_shown[size_t(wave)];
        for (int row = 0; row < wanted.size(); ++row) {
            if (row < shown.size() && shown.at(row) == wanted.at(row))
                continue;
            beginInsertRows(index(wave, 0), row, row);
            shown.insert(row, wanted.at(row));
            endInsertRows();
        }
    }
    for (VerticalId id : std::as_const(gone))
        m_entries.remove(id);

    // 4. Every value may have changed: the scores, the shares, the reasons, the counts.
    for (int wave = 0; wave < WaveCount; ++wave) {
        const QModelIndex parent = index(wave, 0);
        const int count = int(m_shown[size_t(wave)].size());
        if (count > 0)
            emit dataChanged(index(0, 0, parent), index(count - 1, ColumnCount - 1, parent));
    }
    emit dataChanged(index(0, 0), index(WaveCount - 1, ColumnCount - 1));
}

QModelIndex RecommendationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < WaveCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= WaveCount)
        return {};
    if (row >= m_shown[size_t(parent.row())].size())
        return {};
    return createIndex(row, column, waveTag(parent.row()));
}

QModelIndex RecommendationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int RecommendationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return WaveCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_shown[size_t(parent.row())].size());
}

int RecommendationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags RecommendationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.internalId() == 0 ? flags : flags | Qt::ItemNeverHasChildren;
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case VerticalColumn:
            return tr("Wave and vertical");
        case ReadinessColumn:
            return tr("Readiness");
        case RiskColumn:
            return tr("Risk");
        case QuadrantColumn:
            return tr("Quadrant in the runs");
        case CoverageColumn:
            return tr("Data coverage");
        case ReasonColumn:
            return tr("Why");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        const RecommendationSettings settings = m_document->workspace().model.recommendation;
        switch (Column(section)) {
        case QuadrantColumn:
            return tr("The quadrant most of the %1 robustness runs put the vertical in, and how "
                      "often; a call is robust from %2 %.")
                .arg(Language::locale().toString(recommendationRunSettings().runs),
                     Language::locale().toString(settings.robustShare, 'g', 3));
        case CoverageColumn:
            return tr("The share of the readiness and of the risk index's weight that rests on "
                      "values present; below %1 % a score is provisional and never goes first.")
                .arg(Language::locale().toString(settings.minimumCoverage, 'g', 3));
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section != VerticalColumn && section != ReasonColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return waveData(index.row(), index.column(), role);
    const int wave = int(index.internalId()) - 1;
    const VerticalId id = m_shown[size_t(wave)].value(index.row());
    if (role == WaveRole)
        return wave;
    return verticalData(id, index.column(), role);
}

QString RecommendationModel::waveText(Wave wave) const
{
    const RecommendationSettings settings = m_scores->result()
        ? m_scores->result()->model().recommendation
        : m_document->workspace().model.recommendation;
    const QString robust = Language::locale().toString(settings.robustShare, 'g', 3);
    switch (wave) {
    case Wave::GoFirst:
        return tr("The readiest robust go calls, at most %1: pursue now, or proceed with the "
                  "safeguards named, in at least %2 % of the runs.")
            .arg(settings.goFirstMax)
            .arg(robust);
    case Wave::Next:
        return tr("The other robust go calls, after the go-first verticals.");
    case Wave::Prepare:
        return tr("Robustly \"prepare the customer\": the risk is low, the readiness not yet.");
    case Wave::NotYet:
        return tr("Robustly \"monitor\": not ready, and the risk is high.");
    case Wave::Undecided:
        return tr("Provisional (under %1 % data coverage), or no robust call (yet): complete the "
                  "worksheets, or wait for the runs.")
            .arg(Language::locale().toString(settings.minimumCoverage, 'g', 3));
    }
    return {};
}

QVariant RecommendationModel::waveData(int wave, int column, int role) const
{
    const int count = int(m_shown[size_t(wave)].size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == VerticalColumn) {
            const QString title = count == 0 ? tr("%1 (none)").arg(enumDisplayName(Wave(wave)))
                                             : tr("%1 (%2)")
                                                   .arg(enumDisplayName(Wave(wave)))
                                                   .arg(Language::locale().toString(count));
            // The plan's target quarter for the wave (Product & GTM plan ▸ Timing & asks).
            const WaveQuarters &quarters = m_document->workspace().plan.targetQuarters;
            const QString quarter = Wave(wave) == Wave::GoFirst ? quarters.goFirst
                : Wave(wave) == Wave::Next                      ? quarters.next
                : Wave(wave) == Wave::Prepare                   ? quarters.prepare
                                                                : QString();
            return quarter.trimmed().isEmpty() ? title
                                               : tr("%1 · target %2").arg(title, quarter.trimmed());
        }
        if (column == ReasonColumn)
            return waveText(Wave(wave));
        return {};
    case Qt::ToolTipRole:
        return waveText(Wave(wave));
    case Qt::FontRole: {
        QFont font;
        font.setBold(column == VerticalColumn);
        font.setItalic(column == ReasonColumn);
        return font;
    }
    case WaveRole:
        return wave;
    case UpdatingRole:
        return !runsAreCurrent();
    default:
        return {};
    }
}

QVariant RecommendationModel::verticalData(VerticalId id, int column, int role) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return {};
    const Entry &e = *it;
    const Placement &p = e.placement;
    const bool updating = !runsAreCurrent();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case VerticalColumn:
            return e.name;
        case ReadinessColumn:
            return scoreText(e.readiness);
        case RiskColumn:
            return scoreText(e.risk);
        case QuadrantColumn: {
            if (!p.robustQuadrant)
                return updating ? tr("updating…") : QStringLiteral("–");
            const QString share
                = tr("%1, %2 %")
                      .arg(enumDisplayName(*p.robustQuadrant),
                           Language::locale().toString(std::round(100 * p.quadrantShare), 'f', 0));
            return updating ? tr("%1 (updating…)").arg(share) : share;
        }
        case CoverageColumn: {
            const QString shares = tr("%1 / %2").arg(CoverageText::percent(p.readinessCoverage),
                                                     CoverageText::percent(p.riskCoverage));
            return p.provisional ? tr("%1 provisional").arg(shares) : shares;
        }
        case ReasonColumn:
            return p.reason.trimmed();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case VerticalColumn: {
            const int row = m_scores->rowOf(id);
            if (!p.provisional || row < 0)
                return {};
            return CoverageText::provisionalNote(*m_scores->result(), row);
        }
        case QuadrantColumn:
            return updating ? tr("The robustness runs for the last edit are under way; until "
                                 "they are done this is what the runs before it said.")
                            : QVariant();
        case CoverageColumn: {
            const ScoringResult *result = m_scores->result();
            const int row = m_scores->rowOf(id);
            if (!result || row < 0)
                return {};
            QStringList tip;
            for (const char *index : {ScoringModel::ReadinessId, ScoringModel::RiskId}) {
                const int root = result->model().rootNamed(QString::fromLatin1(index));
                if (root >= 0)
                    tip.append(tr("%1: %2").arg(CoverageText::indexName(*result, root),
                                                CoverageText::ofIndex(*result, row, root)));
            }
            return tip.join(QLatin1Char('\n'));
        }
        case ReasonColumn:
            return p.reason.trimmed();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Greyed while the runs behind it are not those of the current scores.
        if (column == QuadrantColumn && updating)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::FontRole: {
        if (!p.provisional || column == ReasonColumn)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (column == VerticalColumn || column == ReasonColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignTop);
        return QVariant(Qt::AlignRight | Qt::AlignTop);
    case VerticalIdRole:
        return id;
    case UpdatingRole:
        return updating;
    case QuadrantShareRole:
        return p.quadrantShare;
    case ItemRoles::Provisional:
        return p.provisional;
    default:
        return {};
    }
}

QString RecommendationModel::rules() const
{
    const RecommendationSettings settings = m_scores->result()
        ? m_scores->result()->model().recommendation
        : m_document->workspace().model.recommendation;
    return tr("From the scores and %1 robustness runs (seed %2), as in the brief and "
              "\"gtm-workbench recommend\": a call is robust when %3 % of the runs agree; go "
              "first are the %4 readiest robust go calls; a vertical with less than %5 % of an "
              "index's weight resting on values present is provisional, and undecided.")
        .arg(Language::locale().toString(recommendationRunSettings().runs),
             QString::number(recommendationRunSettings().seed),
             Language::locale().toString(settings.robustShare, 'g', 3))
        .arg(settings.goFirstMax)
        .arg(Language::locale().toString(settings.minimumCoverage, 'g', 3));
}

QModelIndex RecommendationModel::waveIndex(Wave wave, int column) const
{
    return index(int(wave), column);
}

QModelIndex RecommendationModel::indexOfVertical(VerticalId id, int column) const
{
    for (int wave = 0; wave < WaveCount; ++wave) {
        const int row = int(m_shown[size_t(wave)].indexOf(id));
        if (row >= 0)
            return index(row, column, index(wave, 0));
    }
    return {};
}

QList<VerticalId> RecommendationModel::verticalsIn(Wave wave) const
{
    return m_shown[size_t(int(wave))];
}

} // namespace Gtm
