#include "workspacedocument.h"

#include "storage/sqliteworkspacestore.h"

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

bool WorkspaceDocument::load(const QString &fileName, QString *error)
{
    Workspace loaded;
    SqliteWorkspaceStore store(fileName);
    if (!store.load(loaded, error))
        return false;
    reset(std::move(loaded), fileName, false);
    return true;
}

bool WorkspaceDocument::save(QString *error)
{
    if (m_fileName.isEmpty()) {
        *error = tr("the workspace has no file name yet; use Save As");
        return false;
    }
    return saveAs(m_fileName, error);
}

bool WorkspaceDocument::saveAs(const QString &fileName, QString *error)
{
    SqliteWorkspaceStore store(fileName);
    if (!store.save(m_workspace, error))
        return false;
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
