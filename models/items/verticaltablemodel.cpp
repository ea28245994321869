#include "verticaltablemodel.h"

#include "commands/workspacecommands.h"
#include "coveragetext.h"
#include "document/workspacedocument.h"
#include "domain/enumkeys.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "itemroles.h"
#include "scoring/scoreboard.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Gtm {

namespace {

/** Provisional scores are in italics. */
QVariant provisionalFont(bool provisional)
{
    if (!provisional)
        return {};
    QFont font;
    font.setItalic(true);
    return font;
}

} // namespace

VerticalTableModel::VerticalTableModel(WorkspaceDocument *document, QObject *parent)
    : VerticalTableModel(document, nullptr, parent)
{ }

VerticalTableModel::VerticalTableModel(WorkspaceDocument *document, ScoreBoard *scores,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_scores(scores)
{
    if (scores) {
        // Only the name, score and coverage cells show scores: the value cells (and the fields
        // bound to them) are left alone.
        connect(scores, &ScoreBoard::scoresChanged, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0, NameColumn), index(rowCount() - 1, CoverageColumn),
                                 {Qt::DisplayRole, Qt::ToolTipRole, Qt::FontRole, SortRole,
                                  ItemRoles::Provisional});
        });
    }
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
    return parent.isValid() ? 0 : int(m_indicators.size()) + FirstIndicatorColumn;
}

QVariant VerticalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vertical &vertical = m_document->workspace().verticals.at(index.row());
    if (role == VerticalIdRole)
        return vertical.id;
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole:
        case ValueRole:
            return vertical.name;
        case Qt::ToolTipRole: {
            QStringList tip;
            if (!vertical.description.isEmpty())
                tip.append(vertical.description);
            if (const int row = scoredRow(vertical); row >= 0)
                tip.append(CoverageText::provisionalNote(*m_scores->result(), row));
            tip.removeAll(QString());
            return tip.isEmpty() ? QVariant() : QVariant(tip.join(QLatin1Char('\n')));
        }
        case Qt::FontRole:
        case ItemRoles::Provisional:
            return coverageData(vertical, role);
        default:
            return {};
        }
    }
    if (index.column() == CoverageColumn)
        return coverageData(vertical, role);
    if (index.column() < CoverageColumn)
        return scoreData(vertical, index.column(), role);
    const IndicatorDefinition &definition = m_indicators.at(index.column() - FirstIndicatorColumn);
    const auto it = vertical.values.constFind(definition.id);
    const bool present = it != vertical.values.constEnd();
    switch (role) {
    case Qt::DisplayRole: {
        if (!present)
            return {};
        // Money in Chinese in 万/亿 ("24 亿美元"); every other number as the locale writes it.
        bool money = false;
        const Amounts::Unit unit = Amounts::unitOfIndicator(definition.id, definition.unit, &money);
        if (money && Amounts::usesMyriads(Language::locale()))
            return Amounts::money(it->value, unit, Language::locale());
        return Language::locale().toString(it->value, 'g', 6);
    }
    case Qt::EditRole:
        // Text, so editors take any number the indicator allows, not a spin box's 0–99.99;
        // in the indicator's own unit (2.4 for USD 2.4 bn), as Numbers::parse reads it back.
        return present ? QVariant(Numbers::format(it->value, Language::locale()))
                       : QVariant(QString());
    case SortRole:
        return present ? QVariant(it->value) : QVariant(-std::numeric_limits<double>::infinity());
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QString tip
            = QStringLiteral("%1 (%2)").arg(localizedName(definition.name), definition.rangeText());
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
    if (section == NameColumn) {
        if (role == Qt::DisplayRole)
            return tr("Vertical");
        return {};
    }
    if (section == ReadinessColumn || section == RiskColumn || section == QuadrantColumn) {
        if (role == Qt::DisplayRole)
            return section == ReadinessColumn ? tr("Readiness\n(0–100)")
                : section == RiskColumn       ? tr("Risk\n(0–100)")
                                              : tr("Quadrant");
        if (role == Qt::ToolTipRole)
            return section == QuadrantColumn
                ? tr("Where the vertical falls by readiness and risk against the model's "
                     "thresholds.")
                : tr("The index's score, 0 to 100, from the scoring model; read-only.");
        return {};
    }
    if (section == CoverageColumn) {
        if (role == Qt::DisplayRole)
            return tr("Data coverage\n(readiness / risk)");
        if (role == Qt::ToolTipRole) {
            const double minimum = m_document->workspace().model.recommendation.minimumCoverage;
            return tr("<p><b>Data coverage</b> <i>(readiness / risk)</i></p><p>The share of each "
                      "index's weight that rests on values present. Below %1 % a vertical's "
                      "scores are provisional: shown, but no decision rests on them.</p>")
                .arg(Language::locale().toString(minimum, 'g', 3));
        }
        return {};
    }
    const IndicatorDefinition definition
        = m_indicators.at(section - FirstIndicatorColumn).localized();
    switch (role) {
    case Qt::DisplayRole:
        // The unit under the name, as a spreadsheet's heading would have it.
        return definition.unit.isEmpty() ? definition.name
                                         : tr("%1\n(%2)").arg(definition.name, definition.unit);
    case Qt::ToolTipRole:
        return tr("<p><b>%1</b> <i>(%2, %3)</i></p><p>%4</p><p><tt>%5</tt></p>")
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
    if (index.column() != NameColumn && index.column() < FirstIndicatorColumn)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
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
    if (index.column() != NameColumn && index.column() < FirstIndicatorColumn)
        return false; // scores and coverage are computed
    if (index.column() == NameColumn) {
        ok = Commands::renameVertical(m_document, id, value.toString(), &error);
    } else {
        const IndicatorDefinition &definition
            = m_indicators.at(index.column() - FirstIndicatorColumn);
        std::optional<double> number;
        const QString text = value.toString().trimmed();
        if (value.isValid() && !value.isNull() && !text.isEmpty()) {
            bool parsed = false;
            const double d = value.typeId() == QMetaType::Double
                ? value.toDouble(&parsed)
                : Numbers::parse(text, Language::locale(), &parsed);
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
            return i + FirstIndicatorColumn;
    }
    return -1;
}

QModelIndex VerticalTableModel::indexOfVertical(VerticalId id, int column) const
{
    const int row = m_document->workspace().indexOfVertical(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

int VerticalTableModel::scoredRow(const Vertical &vertical) const
{
    return m_scores ? m_scores->rowOf(vertical.id) : -1;
}

QVariant VerticalTableModel::coverageData(const Vertical &vertical, int role) const
{
    const int row = scoredRow(vertical);
    if (row < 0)
        return role == SortRole ? QVariant(-std::numeric_limits<double>::infinity()) : QVariant();
    const ScoringResult &result = *m_scores->result();
    const bool provisional = result.isProvisional(row);
    switch (role) {
    case Qt::DisplayRole:
        return provisional ? tr("%1 provisional").arg(CoverageText::shares(result, row))
                           : CoverageText::shares(result, row);
    case SortRole: {
        // The weaker index first: sorting brings the thinnest verticals together.
        double weakest = std::numeric_limits<double>::infinity();
        for (int root = 0; root < int(result.model().roots().size()); ++root) {
            const double c = result.coverage(row, root);
            weakest = std::min(weakest, std::isnan(c) ? 0.0 : c);
        }
        return weakest;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (int root = 0; root < int(result.model().roots().size()); ++root)
            lines.append(tr("%1: %2").arg(CoverageText::indexName(result, root),
                                          CoverageText::ofIndex(result, row, root)));
        if (provisional)
            lines.append(CoverageText::provisionalNote(result, row));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return provisionalFont(provisional);
    case ItemRoles::Provisional:
        return provisional;
    default:
        return {};
    }
}

QVariant VerticalTableModel::scoreData(const Vertical &vertical, int column, int role) const
{
    const int row = scoredRow(vertical);
    const ScoringResult *result = row >= 0 ? m_scores->result() : nullptr;
    const int root = column == ReadinessColumn ? 0 : 1;
    const bool hasIndex = result && root < int(result->model().roots().size());
    const double score = hasIndex ? result->score(row, root) : std::nan("");
    const std::optional<Quadrant> quadrant
        = result ? result->quadrant(row) : std::optional<Quadrant>();
    const bool provisional = result && result->isProvisional(row);
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        if (column == QuadrantColumn)
            return quadrant ? QVariant(enumDisplayName(*quadrant)) : QVariant();
        if (std::isnan(score))
            return {};
        return role == ValueRole ? QVariant(score)
                                 : QVariant(Language::locale().toString(score, 'f', 1));
    case SortRole:
        if (column == QuadrantColumn)
            return quadrant ? QVariant(int(*quadrant)) : QVariant(-1);
        return std::isnan(score) ? QVariant(-std::numeric_limits<double>::infinity())
                                 : QVariant(score);
    case Qt::ToolTipRole:
        if (column != QuadrantColumn && hasIndex && std::isnan(score))
            return result->noScoreReason(row, root);
        return provisional ? CoverageText::provisionalNote(*result, row) : QVariant();
    case Qt::TextAlignmentRole:
        return column == QuadrantColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return provisionalFont(provisional);
    case ItemRoles::Provisional:
        return provisional;
    default:
        return {};
    }
}

void VerticalTableModel::onIndicatorValueChanged(VerticalId vertical, const QString &indicatorId)
{
    const QModelIndex cell = indexOfVertical(vertical, columnOfIndicator(indicatorId));
    if (cell.isValid())
        emit dataChanged(cell, cell);
}

} // namespace Gtm
