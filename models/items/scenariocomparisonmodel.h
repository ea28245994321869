#pragma once

#include "scoring/scenariocomparison.h"

#include <QAbstractTableModel>

namespace Gtm {

/**
 * A scenario comparison as a table for the comparison view: one row per vertical, each cell
 * "before → after" (or the one value when it did not move), the cells that moved in bold with
 * an arrow for a rank that rose or fell (scores, which move with any change of weights, are not
 * bold). Read-only; setComparison() replaces it whole.
 */
class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Vertical, Readiness, ReadinessRank, Risk, RiskRank, Quadrant, Wave, ColumnCount };
    enum Roles {
        /** Whether the cell's value differs between the baseline and the scenario. */
        ShiftedRole = Qt::UserRole + 1,
        /** The baseline's value (number, rank, or the quadrant's or wave's key). */
        BaselineRole,
        /** The scenario's. */
        ScenarioRole,
    };

    explicit ScenarioComparisonModel(QObject *parent = nullptr);

    void setComparison(const ScenarioComparison &comparison);
    void clear();
    const ScenarioComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ScenarioComparison m_comparison;
};

} // namespace Gtm
