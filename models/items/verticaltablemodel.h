#pragma once

#include "domain/indicator.h"
#include "domain/vertical.h"

#include <QAbstractTableModel>

namespace Gtm {

class ScoreBoard;
class WorkspaceDocument;

/**
 * The verticals as a table: one row per vertical, the name in column 0, then its scores
 * (readiness, risk, quadrant; read-only), how much of its readiness and risk rests on values
 * present ("45 % / 100 %", read-only, marked provisional below the model's minimum), then one
 * column per indicator (built-in, then custom), its unit under its name in the header.
 * Edits go through undo commands; a refused edit is reported by editRejected() with a message
 * for the user. Missing values are empty cells, never zeros.
 */
class VerticalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        VerticalIdRole = Qt::UserRole + 1,
        IndicatorIdRole, // on header data
        SourceRole, // where the value came from
        SortRole, // the name, or the value as a number (missing sorts first)
        ValueRole, // the value as a double, or an invalid QVariant when missing
    };

    enum Columns {
        NameColumn,
        ReadinessColumn,
        RiskColumn,
        QuadrantColumn,
        CoverageColumn,
        FirstIndicatorColumn
    };

    /** Without `scores` the coverage column stays empty. */
    explicit VerticalTableModel(WorkspaceDocument *document, QObject *parent = nullptr);
    VerticalTableModel(WorkspaceDocument *document, ScoreBoard *scores, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** The column showing an indicator, or -1. */
    int columnOfIndicator(const QString &indicatorId) const;
    QModelIndex indexOfVertical(VerticalId id, int column = 0) const;

signals:
    void editRejected(const QString &message);

private:
    void reloadIndicators();
    void onIndicatorValueChanged(VerticalId vertical, const QString &indicatorId);
    QVariant coverageData(const Vertical &vertical, int role) const;
    QVariant scoreData(const Vertical &vertical, int column, int role) const;
    /** The vertical's row in the scores, or -1. */
    int scoredRow(const Vertical &vertical) const;

    WorkspaceDocument *m_document;
    ScoreBoard *m_scores = nullptr;
    QList<IndicatorDefinition> m_indicators;
};

} // namespace Gtm
