#include "scenariocomparisonmodel.h"
#include "domain/language.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace Gtm {

namespace {

QString scoreText(double score)
{
    return std::isfinite(score) ? Language::locale().toString(score, 'f', 1) : QStringLiteral("–");
}

QString rankText(int rank)
{
    return rank > 0 ? Language::locale().toString(rank) : QStringLiteral("–");
}

QString quadrantText(const std::optional<Gtm::Quadrant> &quadrant)
{
    return quadrant ? enumDisplayName(*quadrant) : QStringLiteral("–");
}

QString arrow(const QString &before, const QString &after)
{
    return before == after ? before : QStringLiteral("%1 → %2").arg(before, after);
}

/** "4 → 2 ▲": a smaller rank number is a rise. */
QString rankArrow(int before, int after)
{
    QString text = arrow(rankText(before), rankText(after));
    if (before > 0 && after > 0 && before != after)
        text += after < before ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
    return text;
}

} // namespace

ScenarioComparisonModel::ScenarioComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScenarioComparisonModel::setComparison(const ScenarioComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void ScenarioComparisonModel::clear()
{
    setComparison(ScenarioComparison());
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows().size());
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScenarioShift &s = m_comparison.rows().at(index.row());
    const auto shifted = [&]() -> bool {
        switch (index.column()) {
        case Readiness:
            return std::abs(s.readiness[0] - s.readiness[1]) >= 0.05
                || std::isnan(s.readiness[0]) != std::isnan(s.readiness[1]);
        case ReadinessRank:
            return s.readinessRankShifted();
        case Risk:
            return std::abs(s.risk[0] - s.risk[1]) >= 0.05
                || std::isnan(s.risk[0]) != std::isnan(s.risk[1]);
        case RiskRank:
            return s.riskRankShifted();
        case Quadrant:
            return s.quadrantShifted();
        case Wave:
            return s.waveShifted();
        default:
            return s.shifted();
        }
    };
    const auto side = [&](size_t i) -> QVariant {
        switch (index.column()) {
        case Vertical:
            return s.name;
        case Readiness:
            return std::isfinite(s.readiness[i]) ? QVariant(s.readiness[i]) : QVariant();
        case ReadinessRank:
            return s.readinessRank[i];
        case Risk:
            return std::isfinite(s.risk[i]) ? QVariant(s.risk[i]) : QVariant();
        case RiskRank:
            return s.riskRank[i];
        case Quadrant:
            return s.quadrant[i] ? QVariant(enumKey(*s.quadrant[i])) : QVariant();
        case Wave:
            return enumKey(s.wave[i]);
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Vertical:
            return s.name;
        case Readiness:
            return arrow(scoreText(s.readiness[0]), scoreText(s.readiness[1]));
        case ReadinessRank:
            return rankArrow(s.readinessRank[0], s.readinessRank[1]);
        case Risk:
            return arrow(scoreText(s.risk[0]), scoreText(s.risk[1]));
        case RiskRank:
            return rankArrow(s.riskRank[0], s.riskRank[1]);
        case Quadrant:
            return arrow(quadrantText(s.quadrant[0]), quadrantText(s.quadrant[1]));
        case Wave:
            return arrow(enumDisplayName(s.wave[0]), enumDisplayName(s.wave[1]));
        }
        break;
    case Qt::FontRole:
        // Scores move with any change of weights; what matters is a rank, quadrant or wave.
        if (index.column() != Readiness && index.column() != Risk && shifted()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Vertical && index.column() != Quadrant && index.column() != Wave)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Vertical && (s.provisional[0] || s.provisional[1]))
            return tr("Provisional: its scores rest on too little data to decide on.");
        break;
    case ShiftedRole:
        return shifted();
    case BaselineRole:
        return side(0);
    case ScenarioRole:
        return side(1);
    }
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Vertical:
        return tr("Vertical");
    case Readiness:
        return tr("Readiness");
    case ReadinessRank:
        return tr("Readiness rank");
    case Risk:
        return tr("Risk");
    case RiskRank:
        return tr("Risk rank");
    case Quadrant:
        return tr("Quadrant");
    case Wave:
        return tr("Wave");
    }
    return {};
}

} // namespace Gtm
