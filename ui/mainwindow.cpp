#include "mainwindow.h"
#include "dialogs/dialogfolder.h"
#include "dialogs/importdialog.h"
#include "storage/csvtable.h"

#include "charts/chartspage.h"
#include "charts/chartview.h"
#include "commands/workspacecommands.h"
#include "dialogs/briefdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/serverdialog.h"
#include "document/autosave.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "domain/plural.h"
#include "editors/modeleditor.h"
#include "editors/productworksheet.h"
#include "editors/verticalworksheet.h"
#include "export/brief.h"
#include "export/briefexport.h"
#include "items/verticaltablemodel.h"
#include "panels/referencepanel.h"
#include "panels/scorepanel.h"
#include "panels/startpage.h"
#include "panels/teampanel.h"
#include "panels/verticalnavigator.h"
#include "scoring/scoreboard.h"
#include "storage/serverlocation.h"
#include "storage/tableimport.h"
#include "storage/workspacefiles.h"
#include "storage/workspacestore.h"
#include "widgets/frozentableview.h"
#include "widgets/spreadsheetclipboard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Gtm {

namespace {

constexpr int MaximumRecentFiles = 8;

/**
 * The platform's keys for a standard action, or `fallback` where the platform has none: on a
 * desktop without a platform theme (X11 without GNOME or KDE) Qt gives Save As, Quit and
 * others no key at all, and the menu would show none.
 */
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

QString workspaceFilter()
{
    return QCoreApplication::translate("Gtm::MainWindow", "GTM workspaces (*.gtmw);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new WorkspaceDocument(this))
    , m_scores(new ScoreBoard(m_document, this))
    , m_values(new VerticalTableModel(m_document, m_scores, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_proxy->setSourceModel(m_values);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(VerticalTableModel::SortRole);

    m_serverStatus = new QLabel;
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    statusBar()->addPermanentWidget(m_serverStatus);
    m_serverStatus->hide();

    buildInterface();
    // Any workspace opened, new or the sample: the work starts, the start page goes.
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &MainWindow::hideStartPage);
    // So does any edit (a vertical added from the toolbar).
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::hideStartPage);

    // Unsaved edits written aside every so often (Preferences), for recovery after a crash.
    m_autosave = new Autosave(m_document, QString(), this);
    m_autosave->setInterval(Preferences::load().autosaveSeconds);
    m_document->setCommitEachEdit(Preferences::load().commitEachEdit);
    connect(m_autosave, &Autosave::written, this, [this](const QString &error) {
        if (!error.isEmpty())
            showMessage(tr("Cannot write recovery data: %1").arg(error));
    });

    connect(m_values, &VerticalTableModel::editRejected, this, &MainWindow::showMessage);
    // A shared workspace: its commits and colleagues' (queued: a dialog never opens inside the
    // document's commit).
    connect(m_document, &WorkspaceDocument::conflictsFound, this, &MainWindow::resolveConflicts,
            Qt::QueuedConnection);
    connect(m_document, &WorkspaceDocument::conflictsFound, this,
            [this] { m_resolveAction->setEnabled(true); });
    connect(m_document, &WorkspaceDocument::historyConflict, this,
            &MainWindow::resolveHistoryConflict, Qt::QueuedConnection);
    connect(m_document, &WorkspaceDocument::colleaguesChanged, this,
            &MainWindow::showColleaguesChanges);
    connect(m_document, &WorkspaceDocument::committed, this, [this](qint64 revision) {
        m_serverStatus->setText(tr("On the server (revision %1)").arg(revision));
        m_serverStatus->setToolTip(QString());
    });
    connect(m_document, &WorkspaceDocument::commitFailed, this, [this](const QString &error) {
        m_serverStatus->setText(tr("Not on the server yet: your edits are kept here"));
        m_serverStatus->setToolTip(error);
        statusBar()->showMessage(tr("Cannot write to the server (%1); your edits are kept here "
                                    "and tried again.")
                                     .arg(error),
                                 15000);
    });
    connect(m_document, &WorkspaceDocument::undoHistoryDropped, this, [this] {
        showMessage(tr("A colleague added, removed or moved records: the steps to undo were "
                       "dropped, as the rows they name may have moved."));
    });
    connect(m_document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(m_values, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_values, &QAbstractItemModel::modelReset, this, &MainWindow::fitColumns);
    connect(m_values, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_values, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_values, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);

    // 1440 × 900 where the screen has room, never larger than the screen (restoreSettings then
    // puts back the size the user chose).
    const QSize roomy(1440, 900);
    resize(screen() ? roomy.boundedTo(screen()->availableGeometry().size() * 0.95) : roomy);
    restoreSettings();
    updateTitle();
    updateActions();
    showPage(ProductPage);
    statusBar()->showMessage(
        tr("Pick a vertical on the left, or fill in the product and GTM plan."), 8000);
}

void MainWindow::buildInterface()
{
    m_pages = new QTabWidget;
    m_product = new ProductWorksheet(m_document);
    m_vertical = new VerticalWorksheet(m_document, m_values);
    m_model = new ModelEditor(m_document, m_scores);
    m_charts = new ChartsPage(m_document, m_scores);
    m_pages->setAccessibleName(tr("Worksheets"));
    m_pages->addTab(m_product, tr("Product && GTM plan"));
    m_pages->addTab(m_vertical, tr("Vertical worksheet"));
    m_pages->addTab(tablePage(), tr("All verticals"));
    m_pages->addTab(m_model, tr("Scoring model"));
    m_pages->addTab(m_charts, tr("Charts"));
    m_startPage = new StartPage;
    m_central = new QStackedWidget;
    m_central->addWidget(m_pages);
    m_central->addWidget(m_startPage);
    setCentralWidget(m_central); // deletes the previous one, when retranslating
    connect(m_startPage, &StartPage::newRequested, this, [this] {
        newWorkspace();
        if (m_document->fileName().isEmpty() && !m_document->isModified())
            hideStartPage(); // nothing to keep: the empty workspace is already open
    });
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_startPage, &StartPage::openFromServerRequested, this, &MainWindow::openFromServer);
    connect(m_startPage, &StartPage::openSampleRequested, this, [this] {
        if (maybeSave())
            openSample();
    });
    connect(m_startPage, &StartPage::openRecentRequested, this, [this](const QString &file) {
        if (maybeSave())
            openFile(file);
    });
    connect(m_startPage, &StartPage::dismissed, this, &MainWindow::hideStartPage);

    createDocks();
    createActions();

    connect(m_product, &ProductWorksheet::rejected, this, &MainWindow::showMessage);
    connect(m_vertical, &VerticalWorksheet::rejected, this, &MainWindow::showMessage);
    connect(m_model, &ModelEditor::message, this, &MainWindow::showMessage);
    connect(m_charts, &ChartsPage::message, this, &MainWindow::showMessage);
    connect(m_charts, &ChartsPage::verticalClicked, this, [this](VerticalId vertical) {
        commitPendingEdit();
        m_navigator->select(vertical);
    });
    const auto openVertical = [this](VerticalId vertical) {
        commitPendingEdit();
        m_navigator->select(vertical);
        showPage(VerticalPage);
    };
    connect(m_charts, &ChartsPage::verticalActivated, this, openVertical);
    connect(m_model, &ModelEditor::verticalActivated, this, openVertical);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A new language or region: every text and number of the window is made anew.
    if ((event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        && m_pages)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // The window's widgets are made again in the new language, as they were built: every
    // label, menu, tooltip, chart and item view, with nothing forgotten. The workspace, its
    // undo history and the scores live outside them and stay; what the user was looking at
    // is put back.
    commitPendingEdit();
    const int page = m_pages->currentIndex();
    const int chartTab = m_charts->tabs()->currentIndex();
    const VerticalId vertical = m_navigator->current();
    const QString tableFilter = m_filter->text();
    const QString listFilter = m_navigator->filter()->text();
    const int sort = m_navigator->sortCombo()->currentData().toInt();
    const qint64 scenario = m_model->shownScenario();
    const QByteArray state = saveState();
    const bool startPageShown = isStartPageShown();

    setUpdatesEnabled(false);
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        removeDockWidget(dock);
        delete dock;
    }
    for (QToolBar *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        removeToolBar(bar);
        delete bar;
    }
    setMenuBar(new QMenuBar); // the old one goes, with its menus and actions
    // The widgets the window points to went with the docks: what the scores tell when they
    // change reaches the window only once it has its new ones (updateActions() reads the
    // navigator).
    buildInterface();
    m_scores->recompute(); // problems and notes in the new language

    restoreState(state);
    m_navigator->setSort(VerticalNavigator::Sort(sort));
    m_navigator->filter()->setText(listFilter);
    m_filter->setText(tableFilter);
    m_model->showScenario(scenario);
    if (vertical)
        m_navigator->select(vertical);
    showPage(Page(page));
    m_charts->showTab(ChartsPage::Tab(chartTab));
    if (startPageShown)
        showStartPage();
    updateTitle();
    updateActions();
    fitColumns();
    setUpdatesEnabled(true);
}

MainWindow::~MainWindow()
{
    // Closing the window may commit an open editor; its outcome must not reach a window that is
    // half destroyed.
    disconnect(m_values, nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    // The undo stack, cleared as the document goes, says its index changed.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
}

QWidget *MainWindow::tablePage()
{
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter verticals"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the table"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table = new FrozenTableView; // the names stay in sight while the values scroll
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // keep the workspace's order until asked
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAccessibleName(tr("Verticals and indicator values"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->verticalHeader()->setVisible(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const VerticalId id = current.data(VerticalTableModel::VerticalIdRole).toLongLong();
                if (id)
                    m_navigator->select(id);
            });

    auto *clear = new QAction(tr("Clear Value"), m_table);
    clear->setShortcut(QKeySequence::Delete);
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        // Every selected value (the current one without a selection), as one undo step.
        QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
        if (cells.isEmpty() && m_table->currentIndex().isValid())
            cells.append(m_table->currentIndex());
        cells.erase(std::remove_if(cells.begin(), cells.end(),
                                   [](const QModelIndex &index) {
                                       return index.column()
                                           < VerticalTableModel::FirstIndicatorColumn
                                           || !index.data(VerticalTableModel::ValueRole).isValid();
                                   }),
                    cells.end());
        if (cells.isEmpty())
            return;
        const QList<QPersistentModelIndex> targets(cells.cbegin(), cells.cend());
        m_document->undoStack()->beginMacro(
            counted(targets.size(), tr("Clear %1 value"), tr("Clear %1 values")));
        for (const QPersistentModelIndex &index : targets)
            m_proxy->setData(index, QVariant());
        m_document->undoStack()->endMacro();
    });
    m_table->addAction(clear);
    // Copy and paste blocks of cells, as in a spreadsheet.
    SpreadsheetClipboard::install(m_table, m_values, m_document->undoStack(),
                                  [this](const QString &summary) { showMessage(summary); });

    m_summary = new QLabel;
    auto *filterLabel = new QLabel(tr("Fi&lter:"));
    filterLabel->setBuddy(m_filter);
    auto *row = new QHBoxLayout;
    row->addWidget(filterLabel);
    row->addWidget(m_filter, 1);
    row->addStretch(2);
    row->addWidget(m_summary);
    auto *hint
        = new QLabel(tr("Every vertical with its scores and every indicator value. Type in a "
                        "cell to change it; Delete clears the selected values (missing, not "
                        "zero); Ctrl+C and Ctrl+V copy and paste blocks of cells to and from a "
                        "spreadsheet, a paste being one undo step. Scores, quadrant and data "
                        "coverage (the share of the readiness / risk weight resting on values "
                        "present) are computed; too little coverage makes a vertical's scores "
                        "provisional (in italics)."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    return page;
}

void MainWindow::createDocks()
{
    m_navigator = new VerticalNavigator(m_document, m_scores);
    auto *verticals = new QDockWidget(tr("Verticals"), this);
    verticals->setObjectName(QStringLiteral("verticalsDock"));
    verticals->setWidget(m_navigator);
    verticals->setMinimumWidth(230);
    addDockWidget(Qt::LeftDockWidgetArea, verticals);
    connect(m_navigator, &VerticalNavigator::currentChanged, this, &MainWindow::setCurrentVertical);
    connect(m_navigator, &VerticalNavigator::message, this, &MainWindow::showMessage);
    connect(m_navigator->view(), &QListView::activated, this, [this] { showPage(VerticalPage); });

    m_scorePanel = new ScorePanel(m_document, m_scores);
    auto *scores = new QDockWidget(tr("Scores"), this);
    scores->setObjectName(QStringLiteral("scoresDock"));
    scores->setWidget(m_scorePanel);
    scores->setMinimumWidth(280);
    addDockWidget(Qt::RightDockWidgetArea, scores);

    m_reference = new ReferencePanel(m_document);
    auto *reference = new QDockWidget(tr("Reference figures"), this);
    reference->setObjectName(QStringLiteral("referenceDock"));
    reference->setWidget(m_reference);
    addDockWidget(Qt::RightDockWidgetArea, reference);
    connect(m_reference, &ReferencePanel::message, this, &MainWindow::showMessage);

    auto *undoView = new QUndoView(m_document->undoStack());
    undoView->setEmptyLabel(tr("<saved state>"));
    undoView->setAccessibleName(tr("Undo history"));
    // This window's steps to undo above, the team's changes (a server workspace) below.
    m_team = new TeamPanel(m_document);
    auto *historySplit = new QSplitter(Qt::Vertical);
    historySplit->addWidget(undoView);
    historySplit->addWidget(m_team);
    historySplit->setStretchFactor(0, 1);
    historySplit->setStretchFactor(1, 1);
    auto *history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    history->setWidget(historySplit);
    addDockWidget(Qt::RightDockWidgetArea, history);
    tabifyDockWidget(reference, history);
    reference->raise();
    resizeDocks({scores, reference}, {430, 330}, Qt::Vertical);
    resizeDocks({verticals, scores}, {240, 320}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);

    QAction *newAction = fileMenu->addAction(tr("&New"), this, &MainWindow::newWorkspace);
    newAction->setShortcuts(standardKeys(QKeySequence::New, Qt::CTRL | Qt::Key_N));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcuts(standardKeys(QKeySequence::Open, Qt::CTRL | Qt::Key_O));
    QAction *serverAction
        = fileMenu->addAction(tr("Open from &Server…"), this, &MainWindow::openFromServer);
    serverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(tr("Open Sa&mple Workspace"), this, [this] {
        if (maybeSave())
            openSample();
    });
    fileMenu->addSeparator();
    m_saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcuts(standardKeys(QKeySequence::Save, Qt::CTRL | Qt::Key_S));
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcuts(
        standardKeys(QKeySequence::SaveAs, Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_revertAction = fileMenu->addAction(tr("Re&vert to Saved"), this, &MainWindow::revert);
    m_resolveAction
        = fileMenu->addAction(tr("Resolve &Conflicts…"), this, &MainWindow::resolveConflicts);
    m_resolveAction->setEnabled(false);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Import Table…"), this, &MainWindow::importTable);
    fileMenu->addAction(tr("&Export…"), this, &MainWindow::exportTable);
    QAction *briefAction
        = fileMenu->addAction(tr("Export GTM &Brief…"), this, &MainWindow::exportBrief);
    briefAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcuts(standardKeys(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_document->undoStack()->createUndoAction(editMenu, tr("&Undo"));
    undoAction->setShortcuts(standardKeys(QKeySequence::Undo, Qt::CTRL | Qt::Key_Z));
    QAction *redoAction = m_document->undoStack()->createRedoAction(editMenu, tr("&Redo"));
    // Ctrl+Y is Redo on Windows only in Qt's table; people expect it everywhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redoAction->setShortcuts(redoKeys);
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    QAction *addAction = editMenu->addAction(tr("&Add Vertical"), this, [this] {
        // Each of these first keeps what is still being typed in a cell, which a change of the
        // current vertical would otherwise drop.
        commitPendingEdit();
        m_navigator->addVertical();
    });
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicateAction = editMenu->addAction(tr("D&uplicate Vertical"), this, [this] {
        commitPendingEdit();
        m_navigator->duplicateVertical();
    });
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *renameAction = editMenu->addAction(tr("Re&name Vertical"), m_navigator,
                                                &VerticalNavigator::renameVertical);
    renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_navigator->addAction(renameAction);
    m_removeAction = editMenu->addAction(tr("&Delete Vertical"), this, [this] {
        commitPendingEdit();
        m_navigator->removeVertical();
    });
    // Only in the vertical list: in a worksheet's table Ctrl+Delete must not delete a vertical.
    m_removeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_navigator->addAction(m_removeAction);
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find Vertical"), this, [this] {
        QLineEdit *filter = m_pages->currentIndex() == TablePage ? m_filter : m_navigator->filter();
        filter->setFocus();
        filter->selectAll();
    });
    findAction->setShortcuts(standardKeys(QKeySequence::Find, Qt::CTRL | Qt::Key_F));
    editMenu->addSeparator();
    QAction *preferencesAction
        = editMenu->addAction(tr("Pre&ferences…"), this, &MainWindow::editPreferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QStringList pageNames {tr("&Product && GTM Plan"), tr("&Vertical Worksheet"),
                                 tr("&All Verticals"), tr("&Scoring Model"), tr("&Charts")};
    for (int page = 0; page < pageNames.size(); ++page) {
        QAction *action = m_viewMenu->addAction(pageNames.at(page), this,
                                                [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    m_viewMenu->addSeparator();
    // Alt+Page Down/Up: Alt+Down opens combo boxes and must stay theirs.
    QAction *next = m_viewMenu->addAction(tr("&Next Vertical"), this, [this] {
        commitPendingEdit();
        m_navigator->selectNext(1);
    });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    QAction *previous = m_viewMenu->addAction(tr("P&revious Vertical"), this, [this] {
        commitPendingEdit();
        m_navigator->selectNext(-1);
    });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    toolBar->addAction(newAction);
    toolBar->addAction(openAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(addAction);
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_removeAction);

    m_chartMenu = menuBar()->addMenu(tr("&Chart"));
    const QStringList chartNames {tr("Readiness × Risk &Map"), tr("&Radar Comparison"),
                                  tr("&Why This Score"), tr("R&obustness"), tr("Recomme&ndation")};
    for (int tab = 0; tab < chartNames.size(); ++tab) {
        QAction *action = m_chartMenu->addAction(chartNames.at(tab), this, [this, tab] {
            showPage(ChartPage);
            m_charts->showTab(ChartsPage::Tab(tab));
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + tab)));
    }
    m_chartMenu->addSeparator();
    QAction *exportPng = m_chartMenu->addAction(tr("Export as &PNG…"), this, [this] {
        if (ChartView *view = activeChart())
            view->exportWithDialog(QStringLiteral("png"));
    });
    QAction *exportSvg = m_chartMenu->addAction(tr("Export as &SVG…"), this, [this] {
        if (ChartView *view = activeChart())
            view->exportWithDialog(QStringLiteral("svg"));
    });
    QAction *copyChart = m_chartMenu->addAction(tr("&Copy Chart"), this, [this] {
        if (ChartView *view = activeChart()) {
            view->copyToClipboard(view->viewport()->size());
            showMessage(tr("The chart is on the clipboard, as an image and as SVG."));
        }
    });
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *copySized = m_chartMenu->addAction(tr("Copy at Si&ze…"), this, [this] {
        if (ChartView *view = activeChart())
            view->copyWithDialog();
    });
    m_chartMenu->addSeparator();
    m_chartMenu->addAction(tr("Run Robustness &Analysis"), this, [this] {
        showPage(ChartPage);
        m_charts->showTab(ChartsPage::RobustnessTab);
        if (!m_charts->isRunning()) // showing the tab may have started it already
            m_charts->runSensitivity();
    });
    const auto updateChartActions = [this, exportPng, exportSvg, copyChart, copySized] {
        // The recommendation is a table, not a chart.
        const bool charts = m_pages->currentIndex() == ChartPage
            && m_charts->tabs()->currentIndex() != ChartsPage::RecommendationTab;
        for (QAction *action : {exportPng, exportSvg, copyChart, copySized})
            action->setEnabled(charts);
    };
    connect(m_pages, &QTabWidget::currentChanged, this, updateChartActions);
    connect(m_charts->tabs(), &QTabWidget::currentChanged, this, updateChartActions);
    updateChartActions();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Start Page"), this, &MainWindow::showStartPage);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About GTM Workbench"), this, [this] {
        QMessageBox::about(this, tr("About GTM Workbench"),
                           tr("<p><b>GTM Workbench %1</b></p><p>Plan the go-to-market of an "
                              "enterprise AI product: worksheets per vertical, readiness and risk "
                              "scores, a PDF brief.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    updateRecentMenu();
}

void MainWindow::showPage(Page page)
{
    hideStartPage();
    m_pages->setCurrentIndex(int(page));
}

void MainWindow::showStartPage()
{
    m_startPage->setRecentFiles(recentFiles());
    m_central->setCurrentWidget(m_startPage);
    if (QWidget *first = m_startPage->findChild<QPushButton *>())
        first->setFocus();
}

void MainWindow::hideStartPage()
{
    if (m_central->currentWidget() == m_startPage)
        m_central->setCurrentWidget(m_pages);
}

bool MainWindow::isStartPageShown() const
{
    return m_central->currentWidget() == m_startPage;
}

ChartView *MainWindow::activeChart() const
{
    if (m_pages->currentIndex() != ChartPage)
        return nullptr;
    const QList<ChartView *> views = m_charts->visibleViews();
    for (ChartView *view : views) {
        if (view->hasFocus())
            return view;
    }
    return views.isEmpty() ? nullptr : views.first();
}

void MainWindow::setCurrentVertical(VerticalId vertical)
{
    m_charts->setCurrentVertical(vertical);
    m_vertical->setVertical(vertical);
    m_scorePanel->setVertical(vertical);
    m_reference->setVertical(vertical);
    updateActions();
}

void MainWindow::fitColumns()
{
    // Wide enough for each heading and value, so no heading is cut, within reason.
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_values->columnCount(); ++column)
        m_table->setColumnWidth(column, qBound(90, m_table->columnWidth(column) + 12, 260));
}

void MainWindow::updateTitle()
{
    const QString fileName = m_document->fileName();
    // The file dialogs of every page start in the workspace's folder.
    setProperty(DialogFolder::WorkspaceFileProperty, fileName);
    QString shown = fileName.isEmpty() ? tr("Untitled") : QFileInfo(fileName).fileName();
    QString parseError;
    const std::optional<ServerLocation> server = ServerLocation::isServerLocation(fileName)
        ? ServerLocation::parse(fileName, &parseError)
        : std::nullopt;
    if (server) // "Q1 plan on gtm (db.example.com)"
        shown = tr("%1 on %2 (%3)")
                    .arg(server->workspace, server->database,
                         server->host.isEmpty() || server->host.startsWith(QLatin1Char('/'))
                             ? tr("this computer")
                             : server->host);
    setWindowTitle(m_document->isReadOnly() ? tr("%1[*] (read-only) — GTM Workbench").arg(shown)
                                            : tr("%1[*] — GTM Workbench").arg(shown));
    setWindowFilePath(server ? QString() : fileName);
    setWindowModified(m_document->isModified());
    if (m_serverStatus) {
        m_serverStatus->setVisible(m_document->isShared());
        if (m_document->isShared() && m_serverStatus->text().isEmpty())
            m_serverStatus->setText(
                m_document->isReadOnly()
                    ? tr("On the server, read-only")
                    : tr("On the server (revision %1)")
                          .arg(QString::fromLatin1(m_document->baseRevision())));
    }
    if (m_revertAction)
        m_revertAction->setEnabled(!fileName.isEmpty() && m_document->isModified());
}

void MainWindow::updateActions()
{
    const Workspace &workspace = m_document->workspace();
    int values = 0;
    for (const Vertical &vertical : workspace.verticals)
        values += int(vertical.values.size());
    m_summary->setText(counted(workspace.verticals.size(), tr("%1 vertical"), tr("%1 verticals"))
                       + QStringLiteral(" · ") + counted(values, tr("%1 value"), tr("%1 values")));
    const bool selected = workspace.vertical(m_navigator->current()) != nullptr;
    m_removeAction->setEnabled(selected);
    m_duplicateAction->setEnabled(selected);
}

void MainWindow::commitPendingEdit()
{
    // A value still in an open cell editor is part of the user's work: save and close see it.
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return;
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>()) {
        QWidget *widget = focus;
        while (widget && widget->parentWidget() != view->viewport())
            widget = widget->parentWidget();
        if (widget) {
            emit view->itemDelegate()->commitData(widget);
            emit view->itemDelegate()->closeEditor(widget, QAbstractItemDelegate::NoHint);
            return;
        }
    }
}

bool MainWindow::maybeSave()
{
    commitPendingEdit();
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The workspace has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_autosave->discard(); // the user let them go: nothing to recover
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        saveSettings();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::newWorkspace()
{
    if (!maybeSave())
        return;
    m_document->reset(Workspace(), QString(), false);
}

void MainWindow::openSample()
{
    // The sample in the window's language.
    m_document->reset(WorkspaceFiles::sampleWorkspace(Language::current()), QString(), true);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Workspace"),
                                                          dialogFolder(), workspaceFilter());
    if (!fileName.isEmpty()) {
        rememberFolder(fileName);
        openFile(fileName);
    }
}

bool MainWindow::openFile(const QString &fileName)
{
    QString error;
    bool locked = false;
    bool loaded = m_document->load(fileName, &error, WorkspaceDocument::OpenMode::Write, &locked);
    // The server wants a password: asked for, kept for this session only, and tried once more.
    if (!loaded && ServerLocation::isServerLocation(fileName) && ServerPasswords::isAskedFor(error)
        && ServerDialog::askPassword(this, fileName, error))
        loaded = m_document->load(fileName, &error, WorkspaceDocument::OpenMode::Write, &locked);
    if (!loaded) {
        if (!locked) {
            showError(tr("Cannot open workspace"),
                      tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
            return false;
        }
        // Another writer has it (or its folder takes no lock): read-only, or not at all.
        QMessageBox box(QMessageBox::Warning, tr("Workspace in use"),
                        tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error), {}, this);
        box.setInformativeText(tr("Open it read-only? Your changes can then be kept with Save As "
                                  "in another file."));
        QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly)
            return false;
        if (!m_document->load(fileName, &error, WorkspaceDocument::OpenMode::ReadOnly)) {
            showError(tr("Cannot open workspace"),
                      tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
            return false;
        }
    }
    addRecentFile(fileName);
    if (m_document->isShared()) {
        m_serverStatus->clear();
        updateTitle();
        ServerDialog::addRecentServer(fileName);
    }
    if (m_document->isShared() && m_document->isReadOnly())
        statusBar()->showMessage(tr("You may read this workspace but not change it: your role "
                                    "has no right to change it on the server."),
                                 10000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

QString MainWindow::dialogFolder() const
{
    return DialogFolder::start(this);
}

void MainWindow::rememberFolder(const QString &chosenFile)
{
    DialogFolder::remember(chosenFile);
}

void MainWindow::openFromServer()
{
    if (!maybeSave())
        return;
    ServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.location().isEmpty())
        openFile(dialog.location());
}

void MainWindow::resolveConflicts()
{
    const QList<MergeConflict> conflicts = m_document->pendingConflicts();
    m_resolveAction->setEnabled(!conflicts.isEmpty());
    if (conflicts.isEmpty() || findChild<ConflictDialog *>())
        return;
    ConflictDialog dialog(conflicts, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_serverStatus->setText(counted(conflicts.size(),
                                        tr("%1 conflict to decide: your edits are not written"),
                                        tr("%1 conflicts to decide: your edits are not written")));
        return;
    }
    QString error;
    // New conflicts (a colleague again, meanwhile) come back through conflictsFound().
    const auto result = m_document->commit(&error, dialog.resolutions());
    m_resolveAction->setEnabled(!m_document->pendingConflicts().isEmpty());
    if (result == WorkspaceDocument::CommitResult::Failed)
        showError(tr("Cannot write to the server"), error);
}

void MainWindow::resolveHistoryConflict(const MergeConflict &conflict)
{
    QMessageBox box(QMessageBox::Question, tr("Changed by a Colleague"),
                    tr("%1 was changed by a colleague after your step. Undoing or redoing it "
                       "would replace their change.")
                        .arg(conflict.where),
                    {}, this);
    box.setInformativeText(
        tr("Theirs: %1\nYour step would make it: %2").arg(conflict.theirs, conflict.mine));
    QPushButton *keep = box.addButton(tr("&Keep Theirs"), QMessageBox::AcceptRole);
    QPushButton *restore = box.addButton(tr("&Use Mine"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == restore)
        m_document->restoreAfterConflict(conflict.key);
}

void MainWindow::showColleaguesChanges(const QList<FieldChange> &changes)
{
    m_serverStatus->setText(
        tr("On the server (revision %1)").arg(QString::fromLatin1(m_document->baseRevision())));
    if (changes.isEmpty())
        return;
    const FieldChange &first = changes.first();
    statusBar()->showMessage(
        changes.size() == 1
            ? tr("A colleague changed %1: %2 → %3").arg(first.where, first.before, first.after)
            : tr("Colleagues changed %1 fields, among them %2")
                  .arg(changes.size())
                  .arg(first.where),
        10000);
}

bool MainWindow::offerRecovery()
{
    const QList<Autosave::Entry> left = Autosave::orphans();
    if (left.isEmpty())
        return false;
    const Autosave::Entry &entry = left.constFirst();
    const QString what = entry.location.isEmpty()
        ? tr("an unsaved workspace (%1)")
              .arg(entry.product.isEmpty() ? tr("no product name") : entry.product)
        : QDir::toNativeSeparators(entry.location);
    QMessageBox box(
        QMessageBox::Question, tr("Restore unsaved changes"),
        tr("GTM Workbench ended without closing. Unsaved changes to %1, written at "
           "%2, can be restored.")
            .arg(what,
                 Language::locale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)),
        {}, this);
    // Saved since (by that window before it ended, or by another program): restoring would put
    // back an older state over later work, so the user is told and Restore is not the default.
    const bool savedSince = !entry.location.isEmpty()
        && WorkspaceStore::open(entry.location)->revision() != entry.baseRevision;
    box.setInformativeText(
        savedSince ? tr("The workspace file was saved after these changes were written: restored, "
                        "they would replace what was saved later when saved again (you will be "
                        "asked first).")
                   : tr("Restore shows them as unsaved changes; Discard removes them."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(savedSince ? later : restore);
    box.exec();
    if (box.clickedButton() == discard) {
        Autosave::remove(entry);
        return false;
    }
    if (box.clickedButton() != restore || !maybeSave())
        return false;
    Workspace workspace;
    QString error;
    if (!Autosave::read(entry, &workspace, &error)) {
        showError(tr("Cannot restore"), error);
        return false;
    }
    m_document->restore(std::move(workspace), entry.location, entry.baseRevision);
    Autosave::remove(entry);
    m_autosave->writeNow(); // this session keeps them from now on
    if (!entry.location.isEmpty())
        addRecentFile(entry.location);
    statusBar()->showMessage(tr("Restored unsaved changes to %1").arg(what), 8000);
    return true;
}

void MainWindow::revert()
{
    const QString fileName = m_document->fileName();
    if (fileName.isEmpty() || !m_document->isModified())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Revert to saved"),
        tr("Drop every change since %1 was last saved?").arg(QFileInfo(fileName).fileName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        openFile(fileName);
}

bool MainWindow::save()
{
    commitPendingEdit();
    if (m_document->isShared() && !m_document->isReadOnly()) {
        // Edits go to the server as they are made; Save writes what has not gone yet.
        QString error;
        const auto result = m_document->commit(&error);
        if (result == WorkspaceDocument::CommitResult::Failed) {
            showError(tr("Cannot write to the server"),
                      tr("%1: %2").arg(m_document->fileName(), error));
            return false;
        }
        return result == WorkspaceDocument::CommitResult::Written; // else the conflicts dialog
    }
    if (m_document->fileName().isEmpty() || m_document->isReadOnly())
        return saveAs();
    WorkspaceDocument::SaveMode mode = WorkspaceDocument::SaveMode::Check;
    if (m_document->changedOnDisk()) {
        // Never silently: the user chooses whose changes stay.
        const QString name = QDir::toNativeSeparators(m_document->fileName());
        QMessageBox box(QMessageBox::Warning, tr("Changed by another program"),
                        tr("%1 was changed by another program since it was opened here.").arg(name),
                        {}, this);
        box.setInformativeText(
            tr("Reload it and drop your changes, save your workspace in another file, or "
               "overwrite the other program's changes with yours?"));
        QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
        QPushButton *saveElsewhere = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveElsewhere);
        box.exec();
        if (box.clickedButton() == reload) {
            openFile(m_document->fileName());
            return false;
        }
        if (box.clickedButton() == saveElsewhere)
            return saveAs();
        if (box.clickedButton() != overwrite)
            return false;
        mode = WorkspaceDocument::SaveMode::Overwrite;
    }
    QString error;
    if (!m_document->save(&error, mode)) {
        showError(tr("Cannot save workspace"),
                  tr("%1: %2").arg(QDir::toNativeSeparators(m_document->fileName()), error));
        return false;
    }
    addRecentFile(m_document->fileName());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())),
                             5000);
    return true;
}

bool MainWindow::saveAs()
{
    commitPendingEdit();
    // The dialog adds ".gtmw" itself, so it asks before replacing "plan.gtmw" when the user
    // typed "plan".
    const bool isFile = !m_document->fileName().isEmpty()
        && !ServerLocation::isServerLocation(m_document->fileName());
    QFileDialog dialog(this, tr("Save Workspace As"),
                       isFile ? m_document->fileName() : dialogFolder(), workspaceFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("gtmw"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString fileName = dialog.selectedFiles().constFirst();
    rememberFolder(fileName);
    QString error;
    if (!m_document->saveAs(fileName, &error)) {
        showError(tr("Cannot save workspace"),
                  tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    addRecentFile(fileName);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

void MainWindow::importTable()
{
    commitPendingEdit();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import Table"), dialogFolder(), tr("Tables (*.csv *.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    rememberFolder(fileName);
    Workspace workspace = m_document->workspace();
    ImportReport report;
    QString error;
    DataTable table;
    bool wholeWorkspace = false;
    if (!WorkspaceFiles::readTable(fileName, &table, &wholeWorkspace, &error)) {
        showError(tr("Cannot import"), tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    if (!wholeWorkspace) {
        // A table: previewed, its columns mapped, then imported as the user chose.
        ImportDialog dialog(workspace, fileName, table, this);
        if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
            return;
        workspace = dialog.imported();
        report = dialog.report();
    } else if (!WorkspaceFiles::importFile(workspace, fileName, &report, &error)) {
        showError(tr("Cannot import"), tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    Commands::replaceWorkspace(m_document, workspace,
                               tr("Import %1").arg(QFileInfo(fileName).fileName()));
    QString message
        = tr("Imported %1: %2 added, %3 updated.")
              .arg(QFileInfo(fileName).fileName(), QString::number(report.addedVerticals.size()),
                   QString::number(report.updatedVerticals.size()));
    if (!report.createdIndicators.isEmpty())
        message += QLatin1Char(' ')
            + tr("New custom indicators: %1.")
                  .arg(report.createdIndicators.join(QLatin1String(", ")));
    statusBar()->showMessage(message, 15000);
}

void MainWindow::exportBrief()
{
    commitPendingEdit();
    BriefDialog dialog(m_document->workspace(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BriefOptions options = dialog.options();
    BriefDialog::saveOptions(options);
    QSettings settings;
    const QString name = m_document->workspace().product.name.isEmpty()
        ? tr("GTM brief")
        : tr("%1 GTM brief").arg(m_document->workspace().product.name);
    const QString directory
        = settings.value(QStringLiteral("brief/directory"), dialogFolder()).toString();
    // A default suffix the dialog adds itself, so its "replace?" question covers "brief" too.
    QFileDialog files(this, tr("Export GTM Brief"), directory, tr("PDF documents (*.pdf)"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("pdf"));
    files.selectFile(name + QStringLiteral(".pdf"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    const QString path = files.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("brief/directory"), QFileInfo(path).absolutePath());
    QString error;
    int pages = 0;
    if (writeBrief(path, options, &error, &pages))
        showMessage(tr("Wrote the brief to %1 (%2 pages).")
                        .arg(QDir::toNativeSeparators(path), QString::number(pages)));
    else if (!error.isEmpty())
        showError(tr("Export GTM Brief"), error);
}

bool MainWindow::writeBrief(const QString &path, const BriefOptions &options, QString *error,
                            int *pages)
{
    // Step by step on the event loop, with progress and Cancel: the window keeps painting.
    BriefExport job(m_document->workspace(), options, BriefExport::Goal::Pdf);
    QProgressDialog progress(tr("Making the brief…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    bool ok = false;
    connect(&job, &BriefExport::progress, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &job, &BriefExport::cancel);
    connect(&job, &BriefExport::finished, this, [&](bool done, const QString &message) {
        ok = done;
        *error = progress.wasCanceled() ? QString() : message;
        progress.reset();
    });
    job.start();
    while (job.isRunning())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!ok)
        return false;
    if (pages)
        *pages = job.brief()->pageCount();
    return Brief::save(job.pdf(), path, error);
}

void MainWindow::exportTable()
{
    commitPendingEdit();
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export"), dialogFolder(),
        tr("CSV table of indicator values (*.csv);;Whole workspace as JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    rememberFolder(fileName);
    QString error;
    if (!WorkspaceFiles::exportFile(m_document->workspace(), fileName, &error))
        showError(tr("Cannot export"), tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), 5000);
}

void MainWindow::editPreferences()
{
    commitPendingEdit();
    // OK and Apply take effect at once: the window retranslates behind the dialog, which
    // retranslates itself.
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::applied, this, [this](const Preferences &chosen) {
        m_autosave->setInterval(chosen.autosaveSeconds);
        m_document->setCommitEachEdit(chosen.commitEachEdit);
    });
    dialog.exec();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::showMessage(const QString &message)
{
    if (!message.isEmpty())
        statusBar()->showMessage(message, 8000);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    const QString path = ServerLocation::isServerLocation(fileName)
        ? fileName
        : QFileInfo(fileName).absoluteFilePath();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file)), this,
            [this, file] {
                if (maybeSave())
                    openFile(file);
            });
        action->setEnabled(ServerLocation::isServerLocation(file) || QFileInfo::exists(file));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_navigator->setSort(
        VerticalNavigator::Sort(settings.value(QStringLiteral("navigator/sort"), 0).toInt()));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("navigator/sort"), m_navigator->sortCombo()->currentData());
}

} // namespace Gtm
