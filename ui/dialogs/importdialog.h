#pragma once

#include "domain/workspace.h"
#include "storage/csvtable.h"
#include "storage/importmapping.h"
#include "storage/tableimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace Gtm {

/**
 * File ▸ Import Table: a preview of the table and a mapping step before anything changes. Each
 * column of the file is listed with example values and what it goes to (the verticals' names,
 * their descriptions, an indicator, a new custom indicator, or left out), guessed from its
 * heading as the command line would and open to change; the first rows show below as they
 * will be read. What the import would do (verticals added and updated, values set) or why it
 * cannot is worked out again on every change; Import is enabled only when it can.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Workspace &workspace, const QString &fileName, const DataTable &table,
                 QWidget *parent = nullptr);

    QList<ColumnMapping> mapping() const;
    void setMapping(int column, const ColumnMapping &mapping);
    /** The workspace as the import leaves it, and what it did (valid when Import is enabled). */
    const Workspace &imported() const { return m_imported; }
    const ImportReport &report() const { return m_report; }
    bool canImport() const { return m_canImport; }
    QString outcomeText() const;
    QTableWidget *columnsTable() const { return m_columns; }
    QTableWidget *previewTable() const { return m_preview; }

    static constexpr int PreviewRows = 20;

private:
    QComboBox *targetBox(int column) const;
    void update();

    Workspace m_workspace;
    DataTable m_table;
    QList<IndicatorDefinition> m_indicators;
    QTableWidget *m_columns;
    QTableWidget *m_preview;
    QLabel *m_outcome;
    QDialogButtonBox *m_buttons;
    Workspace m_imported;
    ImportReport m_report;
    bool m_canImport = false;
};

} // namespace Gtm
