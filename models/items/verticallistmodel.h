#pragma once

#include "domain/vertical.h"

#include <QAbstractListModel>

namespace Gtm {

class ScoreBoard;
class WorkspaceDocument;

/**
 * The verticals as a list for the navigation pane: the name (editable: renames, with undo),
 * each vertical's readiness, risk, ranks and quadrant for sorting and decoration, whether its
 * scores are provisional (ItemRoles::Provisional, an italic font and the reason in the
 * tooltip), and moves by drag and drop (with undo).
 */
class VerticalListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        VerticalIdRole = Qt::UserRole + 1,
        ReadinessRole, // 0–100 or NaN
        RiskRole,
        ReadinessRankRole,
        RiskRankRole,
        QuadrantRole, // int(Quadrant) or invalid
        PositionRole, // the workspace's own order
    };

    VerticalListModel(WorkspaceDocument *document, ScoreBoard *scores, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOfVertical(VerticalId id) const;
    /** Whether the vertical's scores rest on too little data (false without scores). */
    bool isProvisional(VerticalId id) const;

signals:
    void editRejected(const QString &message);

private:
    WorkspaceDocument *m_document;
    ScoreBoard *m_scores;
};

} // namespace Gtm
