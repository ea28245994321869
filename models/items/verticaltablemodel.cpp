#include "verticaltablemodel.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"

#include <QLocale>

#include <limits>

namespace Gtm {

VerticalTableModel::VerticalTableModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    reloadIndicators();
    connect(document, &WorkspaceDocument::workspaceAboutToBeReset, this,
            &VerticalTableModel::beginResetModel);
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        reloadIndicators();
        endResetModel();
    });
    connect(document, &WorkspaceDocument::verticalAboutToBeInserted, this,
            [this](int index) { beginInsertRows({}, index, index); });
    connect(document, &WorkspaceDocument::verticalInserted, this,
            &VerticalTableModel::endInsertRows);
    connect(document, &WorkspaceDocument::verticalAboutToBeRemoved, this,
            [this](int index) { beginRemoveRows({}, index, index); });
    connect(document, &WorkspaceDocument::verticalRemoved, this,
            &VerticalTableModel::endRemoveRows);
    connect(document, &WorkspaceDocument::indicatorValueChanged, this,
            &VerticalTableModel::onIndicatorValueChanged);
    connect(document, &WorkspaceDocument::fieldChanged, this, [this](const FieldRef &ref) {
        if (ref.record == Record::Vertical && ref.field == VerticalField::Name)
            emit dataChanged(index(ref.row, 0), index(ref.row, 0));
    });
    connect(document, &WorkspaceDocument::verticalAboutToBeMoved, this, [this](int from, int to) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &WorkspaceDocument::verticalMoved, this, &VerticalTableModel::endMoveRows);
    // A custom indicator added, removed or renamed changes the columns.
    connect(document, &WorkspaceDocument::indicatorsChanged, this, [this] {
        if (m_indicators == m_document->workspace().indicators())
            return;
        beginResetModel();
        reloadIndicators();
        endResetModel();
    });
}

void VerticalTableModel::reloadIndicators()
{
    m_indicators = m_document->workspace().indicators();
}

int VerticalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->workspace().verticals.size());
}

int VerticalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size()) + 1;
}

QVariant VerticalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vertical &vertical = m_document->workspace().verticals.at(index.row());
    if (role == VerticalIdRole)
        return vertical.id;
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole:
        case ValueRole:
            return vertical.name;
        case Qt::ToolTipRole:
            return vertical.description.isEmpty() ? QVariant() : QVariant(vertical.description);
        default:
            return {};
        }
    }
    const IndicatorDefinition &definition = m_indicators.at(index.column() - 1);
    const auto it = vertical.values.constFind(definition.id);
    const bool present = it != vertical.values.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return present ? QVariant(QLocale().toString(it->value, 'g', 6)) : QVariant();
    case Qt::EditRole:
        // Text, so editors take any number the indicator allows, not a spin box's 0–99.99.
        return present
            ? QVariant(QLocale().toString(it->value, 'g', QLocale::FloatingPointShortest))
            : QVariant(QString());
    case SortRole:
        return present ? QVariant(it->value) : QVariant(-std::numeric_limits<double>::infinity());
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 (%2)").arg(definition.name, definition.rangeText());
        if (!present)
            tip += QLatin1Char('\n') + tr("No value yet (missing, not zero).");
        else if (!it->source.isEmpty())
            tip += QLatin1Char('\n') + tr("Source: %1").arg(it->source);
        return tip;
    }
    case SourceRole:
        return present ? QVariant(it->source) : QVariant();
    case ValueRole:
        return present ? QVariant(it->value) : QVariant();
    default:
        return {};
    }
}

QVariant VerticalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Vertical");
        return {};
    }
    const IndicatorDefinition &definition = m_indicators.at(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        return definition.name;
    case Qt::ToolTipRole:
        return QStringLiteral("<p><b>%1</b> <i>(%2, %3)</i></p><p>%4</p><p><tt>%5</tt></p>")
            .arg(definition.name.toHtmlEscaped(), definition.unit.toHtmlEscaped(),
                 definition.rangeText().toHtmlEscaped(), definition.description.toHtmlEscaped(),
                 definition.id.toHtmlEscaped());
    case IndicatorIdRole:
        return definition.id;
    default:
        return {};
    }
}

Qt::ItemFlags VerticalTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool VerticalTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const VerticalId id = m_document->workspace().verticals.at(index.row()).id;
    QString error;
    bool ok = false;
    if (index.column() == 0) {
        ok = Commands::renameVertical(m_document, id, value.toString(), &error);
    } else {
        const IndicatorDefinition &definition = m_indicators.at(index.column() - 1);
        std::optional<double> number;
        const QString text = value.toString().trimmed();
        if (value.isValid() && !value.isNull() && !text.isEmpty()) {
            bool parsed = false;
            double d = value.typeId() == QMetaType::Double ? value.toDouble(&parsed)
                                                           : QLocale().toDouble(text, &parsed);
            if (!parsed)
                d = text.toDouble(&parsed); // also take the C locale's "3.5"
            if (!parsed) {
                emit editRejected(tr("\"%1\" is not a number.").arg(text));
                return false;
            }
            number = d;
        }
        ok = Commands::setIndicatorValue(m_document, id, definition.id, number, &error);
    }
    if (!ok)
        emit editRejected(error);
    return ok;
}

int VerticalTableModel::columnOfIndicator(const QString &indicatorId) const
{
    for (int i = 0; i < m_indicators.size(); ++i) {
        if (m_indicators.at(i).id == indicatorId)
            return i + 1;
    }
    return -1;
}

QModelIndex VerticalTableModel::indexOfVertical(VerticalId id, int column) const
{
    const int row = m_document->workspace().indexOfVertical(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void VerticalTableModel::onIndicatorValueChanged(VerticalId vertical, const QString &indicatorId)
{
    const QModelIndex cell = indexOfVertical(vertical, columnOfIndicator(indicatorId));
    if (cell.isValid())
        emit dataChanged(cell, cell);
}

} // namespace Gtm
