#pragma once

#include "document/records.h"

#include <QAbstractItemModel>

#include <vector>

namespace Gtm {

class ScoreBoard;
class WorkspaceDocument;

/**
 * The scoring model as a tree: indices, dimensions and indicators, with their weights (and each
 * one's share of its parent), aggregation or polarity, normalisation, goalposts and log
 * transform. Edits go through undo commands; an edit that would break the model is refused and
 * reported by editRejected().
 */
class ModelTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Weight,
        Share,
        Method,
        Normalisation,
        Low,
        High,
        Log,
        Parent,
        Id,
        ColumnCount
    };

    explicit ModelTreeModel(WorkspaceDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** Shows and edits the model of the scenario with this id (0, or an id that is not there:
     *  the workspace's own model). */
    void setScenario(qint64 scenario);
    qint64 scenario() const { return m_scenario; }
    /** The model shown. */
    const ScoringModel &model() const;

    /** The record behind an index: a ModelNode or ModelIndicator and its row in the model. */
    std::pair<Record, int> recordOf(const QModelIndex &index) const;
    QModelIndex indexOf(Record record, int row) const;

signals:
    void editRejected(const QString &message);

private:
    struct Item
    {
        Record record; // ModelNode or ModelIndicator
        int row; // in the model's nodes or indicators
        int parent; // item index, -1 for an index
        std::vector<int> children;
        int position; // among its siblings
    };

    void rebuild();
    int fieldOf(Record record, int column) const;
    const Item *item(const QModelIndex &index) const;

    WorkspaceDocument *m_document;
    qint64 m_scenario = 0;
    bool m_scenarioLeaving = false;
    std::vector<Item> m_items;
    std::vector<int> m_roots;
};

} // namespace Gtm
