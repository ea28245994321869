#include "workspacedocument.h"

#include "storage/sqliteworkspacestore.h"

#include <QFileInfo>

namespace Gtm {

WorkspaceDocument::WorkspaceDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { emit modifiedChanged(isModified()); });
}

WorkspaceDocument::~WorkspaceDocument()
{
    // ~QUndoStack clears the stack and emits cleanChanged(); nobody must hear it from a
    // document that is half destroyed.
    disconnect(&m_undoStack, nullptr, this, nullptr);
}

bool WorkspaceDocument::isModified() const
{
    return m_unsavedWithoutEdits || !m_undoStack.isClean();
}

void WorkspaceDocument::setUnsavedWithoutEdits(bool unsaved)
{
    const bool wasModified = isModified();
    m_unsavedWithoutEdits = unsaved;
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

void WorkspaceDocument::reset(Workspace workspace, const QString &fileName, bool modified)
{
    m_store.reset(); // another workspace: the last one's lock is let go
    m_revision.clear();
    setReadOnly(false);
    emit workspaceAboutToBeReset();
    m_undoStack.clear();
    const qint64 lastScenarioId = m_workspace.lastScenarioId;
    m_workspace = std::move(workspace);
    // Ids stay unique while the window lives: an editor may still name an old scenario.
    m_workspace.lastScenarioId = std::max(m_workspace.lastScenarioId, lastScenarioId);
    m_workspace.identifyScenarios();
    emit workspaceReset();
    emit scoringModelChanged();
    emit scenariosChanged();
    emit indicatorsChanged();
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(m_fileName);
    }
    m_undoStack.setClean();
    setUnsavedWithoutEdits(modified);
    emit modifiedChanged(isModified());
}

namespace {

bool sameFile(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

} // namespace

void WorkspaceDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(m_readOnly);
}

bool WorkspaceDocument::load(const QString &fileName, QString *error, OpenMode mode, bool *locked)
{
    if (locked)
        *locked = false;
    // Opening again what is open here (Reload): its lock is ours to hand over.
    std::unique_ptr<WorkspaceStore> previous;
    if (m_store && sameFile(m_fileName, fileName)) {
        previous = std::move(m_store);
        previous->unlock();
    }
    const auto giveBack = [&] {
        if (previous) {
            QString ignored;
            if (!m_readOnly)
                previous->lock(&ignored);
            m_store = std::move(previous);
        }
    };
    std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(fileName);
    if (mode == OpenMode::Write) {
        LockHolder holder;
        if (!store->lock(error, &holder)) {
            if (locked)
                *locked = true;
            giveBack();
            return false;
        }
    }
    const QByteArray revision = store->revision();
    Workspace loaded;
    if (!store->load(loaded, error)) {
        giveBack();
        return false;
    }
    previous.reset();
    reset(std::move(loaded), fileName, false);
    m_store = std::move(store);
    m_revision = revision;
    setReadOnly(mode == OpenMode::ReadOnly);
    return true;
}

void WorkspaceDocument::restore(Workspace workspace, const QString &location,
                                const QByteArray &baseRevision)
{
    reset(std::move(workspace), location, true);
    if (location.isEmpty())
        return;
    m_store = WorkspaceStore::open(location);
    QString ignored;
    setReadOnly(!m_store->lock(&ignored));
    m_revision = baseRevision;
}

bool WorkspaceDocument::changedOnDisk() const
{
    return m_store && m_store->revision() != m_revision;
}

bool WorkspaceDocument::save(QString *error, SaveMode mode)
{
    if (m_fileName.isEmpty() || !m_store) {
        *error = tr("the workspace has no file name yet; use Save As");
        return false;
    }
    if (m_readOnly) {
        *error = tr("it was opened read-only; use Save As to keep your changes in another file");
        return false;
    }
    if (mode == SaveMode::Check && changedOnDisk()) {
        *error = m_store->exists() ? tr("another program changed the file since it was opened here")
                                   : tr("the file was removed or renamed since it was opened here");
        return false;
    }
    if (!m_store->save(m_workspace, error))
        return false;
    m_revision = m_store->revision();
    m_undoStack.setClean();
    setUnsavedWithoutEdits(false);
    return true;
}

bool WorkspaceDocument::saveAs(const QString &fileName, QString *error)
{
    if (m_store && !m_readOnly && sameFile(m_fileName, fileName))
        return save(error, SaveMode::Overwrite); // the user chose this very file
    std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(fileName);
    if (!store->lock(error))
        return false;
    if (!store->save(m_workspace, error))
        return false;
    m_store = std::move(store); // the previous one's lock goes with it
    m_revision = m_store->revision();
    setReadOnly(false);
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(m_fileName);
    }
    m_undoStack.setClean();
    setUnsavedWithoutEdits(false);
    return true;
}

void WorkspaceDocument::setIndicatorValue(VerticalId id, const QString &indicatorId,
                                          const std::optional<IndicatorValue> &value)
{
    Vertical *vertical = m_workspace.vertical(id);
    Q_ASSERT(vertical);
    if (!vertical)
        return;
    if (value)
        vertical->values.insert(indicatorId, *value);
    else
        vertical->values.remove(indicatorId);
    emit indicatorValueChanged(id, indicatorId);
}

namespace {

bool isModelRecord(Record record)
{
    return record == Record::ModelSettings || record == Record::ModelNode
        || record == Record::ModelIndicator;
}

} // namespace

void WorkspaceDocument::notifyModels(Record record, VerticalId owner)
{
    if (isModelRecord(record)) {
        // A scenario's model is not the one the scores come from.
        if (owner == 0)
            emit scoringModelChanged();
        else
            emit scenarioModelChanged(owner);
    }
    if (record == Record::Scenario)
        emit scenariosChanged();
    if (record == Record::CustomIndicator)
        emit indicatorsChanged();
}

void WorkspaceDocument::setField(const FieldRef &ref, const QVariant &value)
{
    Records::setValue(m_workspace, ref, value);
    emit fieldChanged(ref);
    notifyModels(ref.record, ref.vertical);
}

void WorkspaceDocument::insertRecord(Record record, VerticalId vertical, int row,
                                     const QVariant &data)
{
    emit recordsAboutToBeInserted(record, vertical, row, row);
    Records::insert(m_workspace, record, vertical, row, data);
    emit recordsInserted(record, vertical, row, row);
    notifyModels(record, vertical);
}

void WorkspaceDocument::removeRecord(Record record, VerticalId vertical, int row)
{
    emit recordsAboutToBeRemoved(record, vertical, row, row);
    Records::remove(m_workspace, record, vertical, row);
    emit recordsRemoved(record, vertical, row, row);
    notifyModels(record, vertical);
}

void WorkspaceDocument::moveRecord(Record record, VerticalId vertical, int from, int to)
{
    emit recordAboutToBeMoved(record, vertical, from, to);
    Records::move(m_workspace, record, vertical, from, to);
    emit recordMoved(record, vertical, from, to);
    notifyModels(record, vertical);
}

void WorkspaceDocument::moveVertical(int from, int to)
{
    emit verticalAboutToBeMoved(from, to);
    m_workspace.verticals.move(from, to);
    emit verticalMoved(from, to);
}

void WorkspaceDocument::insertVertical(int index, const Vertical &vertical)
{
    Q_ASSERT(index >= 0 && index <= m_workspace.verticals.size());
    emit verticalAboutToBeInserted(index);
    m_workspace.verticals.insert(index, vertical);
    emit verticalInserted(index);
}

void WorkspaceDocument::removeVertical(int index)
{
    Q_ASSERT(index >= 0 && index < m_workspace.verticals.size());
    emit verticalAboutToBeRemoved(index);
    m_workspace.verticals.removeAt(index);
    emit verticalRemoved(index);
}

void WorkspaceDocument::replaceModel(qint64 owner, const ScoringModel &model)
{
    if (!Records::hasModel(m_workspace, owner))
        return;
    emit modelAboutToBeReplaced(owner);
    Records::modelOf(m_workspace, owner) = model;
    emit modelReplaced(owner);
    notifyModels(Record::ModelSettings, owner);
}

void WorkspaceDocument::replaceWorkspace(const Workspace &workspace)
{
    emit workspaceAboutToBeReset();
    const qint64 lastScenarioId = m_workspace.lastScenarioId;
    m_workspace = workspace;
    m_workspace.lastScenarioId = std::max(m_workspace.lastScenarioId, lastScenarioId);
    m_workspace.identifyScenarios();
    emit workspaceReset();
    emit scoringModelChanged();
    emit scenariosChanged();
    emit indicatorsChanged();
}

} // namespace Gtm
