#pragma once

#include "domain/vertical.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QStackedWidget;
class QTableView;

namespace Gtm {

struct FieldChange;
struct MergeConflict;

class Autosave;

struct BriefOptions;
class ChartView;
class ChartsPage;
class StartPage;
class ModelEditor;
class ProductWorksheet;
class ReferencePanel;
class ScoreBoard;
class ScorePanel;
class TeamPanel;
class VerticalNavigator;
class VerticalTableModel;
class VerticalWorksheet;
class WorkspaceDocument;

/**
 * The workbench's main window: the verticals on the left, the worksheets in the middle (the
 * product and GTM plan, the selected vertical, all verticals as a table, the scoring model), the
 * live scores and the reference figures on the right, and the undo history.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { ProductPage, VerticalPage, TablePage, ModelPage, ChartPage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument *document() const { return m_document; }
    Autosave *autosave() const { return m_autosave; }
    ScoreBoard *scores() const { return m_scores; }
    QTableView *tableView() const { return m_table; }
    VerticalNavigator *navigator() const { return m_navigator; }
    ProductWorksheet *productWorksheet() const { return m_product; }
    VerticalWorksheet *verticalWorksheet() const { return m_vertical; }
    ModelEditor *modelEditor() const { return m_model; }
    ChartsPage *charts() const { return m_charts; }
    ScorePanel *scorePanel() const { return m_scorePanel; }
    ReferencePanel *referencePanel() const { return m_reference; }
    ChartsPage *chartsPage() const { return m_charts; }
    TeamPanel *teamPanel() const { return m_team; }
    QTabWidget *pages() const { return m_pages; }
    void showPage(Page page);
    /** The start page (recent workspaces, New, Open, Open Sample, the method) in place of the
     *  worksheets, until the user starts work or closes it. */
    void showStartPage();
    void hideStartPage();
    bool isStartPageShown() const;
    StartPage *startPage() const { return m_startPage; }

    /** Opens a workspace file; on failure shows why and keeps the current workspace. */
    bool openFile(const QString &fileName);
    /** Starts from the built-in sample workspace, unsaved. */
    void openSample();

    bool save();
    bool saveAs();
    /** Reloads the file from disk, dropping unsaved changes (after asking). */
    void revert();
    /**
     * Offers to restore the unsaved changes a window left when it ended without closing (a
     * crash, a kill, a power cut): restore, discard, or not now. True when restored.
     */
    bool offerRecovery();

    /** Writes the GTM brief, with a progress dialog; false with the reason (empty when the
     *  user cancelled). */
    bool writeBrief(const QString &path, const BriefOptions &options, QString *error,
                    int *pages = nullptr);

    /** Files opened or saved lately, most recent first (kept in QSettings). */
    QStringList recentFiles() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /** Makes the worksheets, docks, menus and tool bar, in the program's language. */
    void buildInterface();
    /** Makes them again in a new language or region, keeping what the user looks at. */
    void retranslate();
    QWidget *tablePage();
    void createDocks();
    void createActions();
    void updateTitle();
    void updateActions();
    void fitColumns();
    bool maybeSave();
    void commitPendingEdit();
    void newWorkspace();
    void open();
    /** Where a file dialog starts: the open workspace's folder, else the last one a dialog
     *  was in, else Documents. */
    QString dialogFolder() const;
    void rememberFolder(const QString &chosenFile);
    /** File ▸ Open from Server: a workspace on the team's PostgreSQL server. */
    void openFromServer();
    /** Shows the conflicts of the last commit, and commits again with the user's choices. */
    void resolveConflicts();
    /** An undo or redo step met a colleague's change: keep theirs, or restore what it wanted. */
    void resolveHistoryConflict(const MergeConflict &conflict);
    void showColleaguesChanges(const QList<FieldChange> &changes);
    void importTable();
    void exportTable();
    void exportBrief();
    void editPreferences();
    void showError(const QString &title, const QString &message);
    void showMessage(const QString &message);
    void setCurrentVertical(VerticalId vertical);
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();
    void restoreSettings();
    void saveSettings();
    /** The chart the Chart menu acts on: the focused one, or the first of the charts tab. */
    ChartView *activeChart() const;

    WorkspaceDocument *m_document;
    Autosave *m_autosave = nullptr;
    ScoreBoard *m_scores;
    VerticalTableModel *m_values;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_pages = nullptr;
    QStackedWidget *m_central = nullptr; // the start page, or the worksheets
    StartPage *m_startPage = nullptr;
    ProductWorksheet *m_product = nullptr;
    VerticalWorksheet *m_vertical = nullptr;
    ModelEditor *m_model = nullptr;
    ChartsPage *m_charts = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    VerticalNavigator *m_navigator = nullptr;
    ScorePanel *m_scorePanel = nullptr;
    ReferencePanel *m_reference = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QMenu *m_chartMenu = nullptr;
    TeamPanel *m_team = nullptr;
    QAction *m_resolveAction = nullptr;
    QLabel *m_serverStatus = nullptr; // a server workspace: written or not, and why
};

} // namespace Gtm
