#include "verticallistmodel.h"

#include "commands/workspacecommands.h"
#include "coveragetext.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "itemroles.h"
#include "scoring/scoreboard.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>

#include <cmath>

namespace Gtm {

namespace {
const QLatin1String mimeType("application/x-gtm-vertical-row");
}

VerticalListModel::VerticalListModel(WorkspaceDocument *document, ScoreBoard *scores,
                                     QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_scores(scores)
{
    connect(document, &WorkspaceDocument::workspaceAboutToBeReset, this,
            &VerticalListModel::beginResetModel);
    connect(document, &WorkspaceDocument::workspaceReset, this, &VerticalListModel::endResetModel);
    connect(document, &WorkspaceDocument::verticalAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(document, &WorkspaceDocument::verticalInserted, this,
            &VerticalListModel::endInsertRows);
    connect(document, &WorkspaceDocument::verticalAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(document, &WorkspaceDocument::verticalRemoved, this, &VerticalListModel::endRemoveRows);
    connect(document, &WorkspaceDocument::verticalAboutToBeMoved, this, [this](int from, int to) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &WorkspaceDocument::verticalMoved, this, [this] {
        endMoveRows();
        emit dataChanged(index(0), index(rowCount() - 1), {PositionRole});
    });
    connect(document, &WorkspaceDocument::fieldChanged, this, [this](const FieldRef &ref) {
        if (ref.record == Record::Vertical && ref.field == VerticalField::Name)
            emit dataChanged(index(ref.row), index(ref.row), {Qt::DisplayRole, Qt::EditRole});
    });
    if (scores) {
        connect(scores, &ScoreBoard::scoresChanged, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0), index(rowCount() - 1),
                                 {ReadinessRole, RiskRole, ReadinessRankRole, RiskRankRole,
                                  QuadrantRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole,
                                  Qt::FontRole, ItemRoles::Provisional});
        });
    }
}

int VerticalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->workspace().verticals.size());
}

QVariant VerticalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vertical &vertical = m_document->workspace().verticals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return vertical.name;
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole: {
        if (!m_scores || !m_scores->result())
            return vertical.description.isEmpty() ? QVariant() : QVariant(vertical.description);
        const double readiness = m_scores->readiness(vertical.id);
        const double risk = m_scores->risk(vertical.id);
        const std::optional<Quadrant> quadrant = m_scores->quadrant(vertical.id);
        QString tip = std::isnan(readiness) || std::isnan(risk)
            ? tr("No score yet")
            : tr("Readiness %1 · risk %2 · %3")
                  .arg(Language::locale().toString(readiness, 'f', 1),
                       Language::locale().toString(risk, 'f', 1),
                       quadrant ? enumDisplayName(*quadrant) : QString());
        const int row = m_scores->rowOf(vertical.id);
        if (row >= 0 && m_scores->result()->isProvisional(row))
            tip += QLatin1Char('\n') + CoverageText::provisionalNote(*m_scores->result(), row);
        return tip;
    }
    case Qt::FontRole: {
        if (!isProvisional(vertical.id))
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case ItemRoles::Provisional:
        return isProvisional(vertical.id);
    case VerticalIdRole:
        return vertical.id;
    case PositionRole:
        return index.row();
    case ReadinessRole:
        return m_scores ? m_scores->readiness(vertical.id) : std::nan("");
    case RiskRole:
        return m_scores ? m_scores->risk(vertical.id) : std::nan("");
    case ReadinessRankRole:
        return m_scores ? m_scores->readinessRank(vertical.id) : 0;
    case RiskRankRole:
        return m_scores ? m_scores->riskRank(vertical.id) : 0;
    case QuadrantRole: {
        const std::optional<Quadrant> quadrant
            = m_scores ? m_scores->quadrant(vertical.id) : std::nullopt;
        return quadrant ? QVariant(int(*quadrant)) : QVariant();
    }
    default:
        return {};
    }
}

Qt::ItemFlags VerticalListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

bool VerticalListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString error;
    if (!Commands::renameVertical(m_document, m_document->workspace().verticals.at(index.row()).id,
                                  value.toString(), &error)) {
        emit editRejected(error);
        return false;
    }
    return true;
}

Qt::DropActions VerticalListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList VerticalListModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *VerticalListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType, QByteArray::number(indexes.constFirst().row()));
    return data;
}

bool VerticalListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(mimeType);
}

bool VerticalListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(mimeType).toInt(&ok);
    if (!ok)
        return false;
    // Dropped on an item: before it; between items: at `row`; below the last: at the end.
    int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const int to = before > from ? before - 1 : before;
    Commands::moveVertical(m_document, from, std::clamp(to, 0, rowCount() - 1));
    // The move is done by the command; tell the view not to remove the dragged row itself.
    return false;
}

bool VerticalListModel::isProvisional(VerticalId id) const
{
    const int row = m_scores ? m_scores->rowOf(id) : -1;
    return row >= 0 && m_scores->result()->isProvisional(row);
}

QModelIndex VerticalListModel::indexOfVertical(VerticalId id) const
{
    const int row = m_document->workspace().indexOfVertical(id);
    return row < 0 ? QModelIndex() : index(row);
}

} // namespace Gtm
