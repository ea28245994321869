#include "mainwindow.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/plural.h"
#include "items/verticaltablemodel.h"
#include "storage/tableimport.h"
#include "storage/workspacefiles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Gtm {

namespace {
const QString workspaceFilter()
{
    return QCoreApplication::translate("Gtm::MainWindow", "GTM workspaces (*.gtmw);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new WorkspaceDocument(this))
    , m_model(new VerticalTableModel(m_document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(VerticalTableModel::SortRole);

    m_filter->setPlaceholderText(tr("Filter verticals"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter verticals"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // keep the workspace's order until asked
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAccessibleName(tr("Verticals and indicator values"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *filterLabel = new QLabel(tr("&Find:"));
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addStretch(2);
    filterRow->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    createActions();

    connect(m_model, &VerticalTableModel::editRejected, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);

    resize(1280, 800);
    updateTitle();
    updateActions();
    statusBar()->showMessage(
        tr("Double-click a cell or start typing to edit; Delete clears a value."));
}

MainWindow::~MainWindow()
{
    // Closing the window may commit an open cell editor; its outcome must not reach a window
    // that is half destroyed.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QAction *newAction = fileMenu->addAction(tr("&New"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Sample Workspace"), this, [this] {
        if (maybeSave())
            openSample();
    });
    fileMenu->addSeparator();
    m_saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Import Table…"), this, &MainWindow::importTable);
    fileMenu->addAction(tr("&Export…"), this, &MainWindow::exportTable);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    QAction *addAction = editMenu->addAction(tr("&Add Vertical"), this, &MainWindow::addVertical);
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_removeAction
        = editMenu->addAction(tr("&Delete Vertical"), this, &MainWindow::removeSelectedVerticals);
    m_removeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QAction *clearAction = editMenu->addAction(tr("&Clear Value"), this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.column() > 0)
            m_proxy->setData(current, QVariant());
    });
    clearAction->setShortcut(QKeySequence::Delete);
    clearAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(clearAction);
    QAction *findAction = editMenu->addAction(tr("&Find Vertical"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);

    toolBar->addAction(newAction);
    toolBar->addAction(openAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(addAction);
    toolBar->addAction(m_removeAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About GTM Workbench"), this, [this] {
        QMessageBox::about(this, tr("About GTM Workbench"),
                           tr("<p><b>GTM Workbench %1</b></p><p>Plan the go-to-market of an "
                              "enterprise AI product: worksheets per vertical, readiness and risk "
                              "scores, a PDF brief.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::fitColumns()
{
    // Wide enough for each heading and value, so no heading is cut, within reason.
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, qBound(90, m_table->columnWidth(column) + 12, 260));
}

void MainWindow::updateTitle()
{
    const QString fileName = m_document->fileName();
    const QString shown = fileName.isEmpty() ? tr("Untitled") : QFileInfo(fileName).fileName();
    setWindowTitle(tr("%1[*] — GTM Workbench").arg(shown));
    setWindowFilePath(fileName);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const Workspace &workspace = m_document->workspace();
    int values = 0;
    for (const Vertical &vertical : workspace.verticals)
        values += int(vertical.values.size());
    m_summary->setText(counted(workspace.verticals.size(), tr("%1 vertical"), tr("%1 verticals"))
                       + QStringLiteral(" · ") + counted(values, tr("%1 value"), tr("%1 values")));
    m_removeAction->setEnabled(m_table->selectionModel()->hasSelection());
}

void MainWindow::commitPendingEdit()
{
    // A value still in an open cell editor is part of the user's work: save and close see it.
    QWidget *widget = QApplication::focusWidget();
    while (widget && widget->parentWidget() != m_table->viewport())
        widget = widget->parentWidget();
    if (!widget)
        return;
    emit m_table->itemDelegate()->commitData(widget);
    emit m_table->itemDelegate()->closeEditor(widget, QAbstractItemDelegate::NoHint);
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
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::newWorkspace()
{
    if (!maybeSave())
        return;
    m_document->reset(Workspace(), QString(), false);
}

void MainWindow::openSample()
{
    m_document->reset(WorkspaceFiles::sampleWorkspace(), QString(), true);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString fileName
        = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(), workspaceFilter());
    if (!fileName.isEmpty())
        openFile(fileName);
}

bool MainWindow::openFile(const QString &fileName)
{
    QString error;
    if (!m_document->load(fileName, &error)) {
        showError(tr("Cannot open workspace"),
                  tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

bool MainWindow::save()
{
    commitPendingEdit();
    if (m_document->fileName().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        showError(tr("Cannot save workspace"),
                  tr("%1: %2").arg(QDir::toNativeSeparators(m_document->fileName()), error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())),
                             5000);
    return true;
}

bool MainWindow::saveAs()
{
    commitPendingEdit();
    // The dialog adds ".gtmw" itself, so it asks before replacing "plan.gtmw" when the user
    // typed "plan".
    QFileDialog dialog(this, tr("Save Workspace As"), m_document->fileName(), workspaceFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("gtmw"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString fileName = dialog.selectedFiles().constFirst();
    QString error;
    if (!m_document->saveAs(fileName, &error)) {
        showError(tr("Cannot save workspace"),
                  tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

void MainWindow::importTable()
{
    commitPendingEdit();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import Table"), QString(), tr("Tables (*.csv *.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    Workspace workspace = m_document->workspace();
    ImportReport report;
    QString error;
    if (!WorkspaceFiles::importFile(workspace, fileName, &report, &error)) {
        showError(tr("Cannot import"), tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    Commands::replaceWorkspace(m_document, workspace,
                               tr("Import %1").arg(QFileInfo(fileName).fileName()));
    QString message = tr("Imported %1: %2 added, %3 updated.")
                          .arg(QFileInfo(fileName).fileName())
                          .arg(report.addedVerticals.size())
                          .arg(report.updatedVerticals.size());
    if (!report.createdIndicators.isEmpty())
        message += QLatin1Char(' ')
            + tr("New custom indicators: %1.")
                  .arg(report.createdIndicators.join(QLatin1String(", ")));
    statusBar()->showMessage(message, 15000);
}

void MainWindow::exportTable()
{
    commitPendingEdit();
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export"), QString(),
        tr("CSV table of indicator values (*.csv);;Whole workspace as JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!WorkspaceFiles::exportFile(m_document->workspace(), fileName, &error))
        showError(tr("Cannot export"), tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), 5000);
}

void MainWindow::addVertical()
{
    const VerticalId id = Commands::addVertical(m_document);
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfVertical(id));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->edit(index);
    }
}

void MainWindow::removeSelectedVerticals()
{
    QList<VerticalId> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(m_proxy->mapToSource(row).data(VerticalTableModel::VerticalIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    m_document->undoStack()->beginMacro(
        counted(ids.size(), tr("Delete %1 vertical"), tr("Delete %1 verticals")));
    for (VerticalId id : std::as_const(ids))
        Commands::removeVertical(m_document, id);
    m_document->undoStack()->endMacro();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace Gtm
