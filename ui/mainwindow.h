#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Gtm {

class VerticalTableModel;
class WorkspaceDocument;

/**
 * The workbench's main window. For now it shows the workspace's verticals and their indicator
 * values as an editable table, with undo, and opens, saves and imports/exports workspaces.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument *document() const { return m_document; }
    QTableView *tableView() const { return m_table; }

    /** Opens a workspace file; on failure shows why and keeps the current workspace. */
    bool openFile(const QString &fileName);
    /** Starts from the built-in sample workspace, unsaved. */
    void openSample();

    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateActions();
    void fitColumns();
    bool maybeSave();
    void commitPendingEdit();
    void newWorkspace();
    void open();
    void importTable();
    void exportTable();
    void addVertical();
    void removeSelectedVerticals();
    void showError(const QString &title, const QString &message);

    WorkspaceDocument *m_document;
    VerticalTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_summary;

    QAction *m_saveAction = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace Gtm
