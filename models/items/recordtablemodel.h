#pragma once

#include "document/records.h"

#include <QAbstractTableModel>

namespace Gtm {

class WorkspaceDocument;

/**
 * One kind of record of the workspace as a table: a row per record, a column per field (see
 * records.h). Serves the personas, price points, marketing, channels, value drivers, challenges
 * (of one vertical), custom indicators, and the one-row product, plan and model settings that
 * the forms bind to. Edits, inserts, removals and moves go through undo commands; a refused edit
 * is reported by editRejected().
 */
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        FieldTypeRole = Qt::UserRole + 1, // FieldType of the column, as int
    };

    RecordTableModel(WorkspaceDocument *document, Record record, QObject *parent = nullptr);
    WorkspaceDocument *document() const { return m_document; }

    Record record() const { return m_record; }
    /** For challenges: whose. 0 shows none. */
    void setVertical(VerticalId vertical);
    VerticalId vertical() const { return m_vertical; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

signals:
    void editRejected(const QString &message);

private:
    bool mine(Record record, VerticalId vertical) const;
    FieldRef ref(const QModelIndex &index) const;

    WorkspaceDocument *m_document;
    Record m_record;
    VerticalId m_vertical = 0;
    bool m_ownerLeaving = false; // the scenario whose model is shown is being removed
};

} // namespace Gtm
