#include "workspacedocument.h"

#include "commands/workspacecommands.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "storage/postgresworkspacestore.h"
#include "storage/sqliteworkspacestore.h"

#include <QFileInfo>
#include <QSqlDriver>

namespace Gtm {

WorkspaceDocument::WorkspaceDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { emit modifiedChanged(isModified()); });
    m_commitTimer.setSingleShot(true);
    // Now and then, in case a notification was missed (the server was away for a while).
    connect(&m_pollTimer, &QTimer::timeout, this, &WorkspaceDocument::heard);
    connect(&m_commitTimer, &QTimer::timeout, this, &WorkspaceDocument::commitScheduled);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &WorkspaceDocument::scheduleCommit);
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
    m_team = nullptr;
    m_listening = nullptr;
    m_commitTimer.stop();
    m_pollTimer.stop();
    m_pendingConflicts.clear();
    m_restores.clear();
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
    auto *team = dynamic_cast<PostgresWorkspaceStore *>(store.get());
    // A server workspace is not locked: edits are commits, merged with colleagues'.
    if (mode == OpenMode::Write && !team) {
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
    m_revision = team ? QByteArray::number(team->baseRevision()) : revision;
    setReadOnly(mode == OpenMode::ReadOnly || (team && !team->mayWrite()));
    if (team) {
        m_team = team;
        followColleagues();
        m_pollTimer.start(PollIntervalMs);
    }
    return true;
}

void WorkspaceDocument::followColleagues()
{
    // A new session after the server was away has no LISTEN of its own yet.
    QSqlDriver *driver = m_team ? m_team->notifier() : nullptr;
    if (!driver || driver == m_listening)
        return;
    QString ignored; // without notifications, colleagues' edits still come with each commit
    if (!m_team->listen(&ignored))
        return;
    m_listening = driver;
    PostgresWorkspaceStore *team = m_team;
    connect(driver, &QSqlDriver::notification, this,
            [this, team](const QString &name, QSqlDriver::NotificationSource source) {
                if (team == m_team && name == team->channel() && source == QSqlDriver::OtherSource)
                    heard();
            });
}

void WorkspaceDocument::restore(Workspace workspace, const QString &location,
                                const QByteArray &baseRevision)
{
    reset(std::move(workspace), location, true);
    if (location.isEmpty())
        return;
    m_store = WorkspaceStore::open(location);
    if (auto *team = dynamic_cast<PostgresWorkspaceStore *>(m_store.get())) {
        // The restored edits are committed on what the server holds now (the user was told
        // when colleagues committed since they were written); unreachable, nothing is written.
        Workspace current;
        QString error;
        if (team->load(current, &error)) {
            m_team = team;
            m_revision = QByteArray::number(team->baseRevision());
            setReadOnly(!team->mayWrite());
            followColleagues();
            m_pollTimer.start(PollIntervalMs);
            scheduleCommit();
        } else {
            m_revision = baseRevision;
        }
        return;
    }
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
    if (m_team) {
        // Saving a shared workspace is committing what is not committed yet.
        const CommitResult result = commit(error);
        if (result == CommitResult::Conflicts)
            *error = tr("someone else changed the same fields; choose whose changes stay");
        return result == CommitResult::Written;
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
    if (m_store && !m_readOnly
        && (sameFile(m_fileName, fileName) || (m_team && fileName == m_fileName)))
        return save(error, SaveMode::Overwrite); // the user chose this very file
    std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(fileName);
    if (!store->lock(error))
        return false;
    if (!store->save(m_workspace, error))
        return false;
    m_team = nullptr; // a copy: whatever it is, it is this window's alone until opened again
    m_listening = nullptr;
    m_commitTimer.stop();
    m_pollTimer.stop();
    m_pendingConflicts.clear();
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

void WorkspaceDocument::setCommitEachEdit(bool each)
{
    m_commitEachEdit = each;
    if (!each)
        m_commitTimer.stop();
}

void WorkspaceDocument::scheduleCommit()
{
    // A moment after the edit: typing a word is one commit, not one a keystroke.
    if (m_team && m_commitEachEdit && !m_readOnly && m_pendingConflicts.isEmpty())
        m_commitTimer.start(CommitDelayMs);
}

void WorkspaceDocument::commitScheduled()
{
    if (!m_team || !isModified())
        return;
    QString error;
    if (commit(&error) == CommitResult::Failed) {
        emit commitFailed(error);
        m_commitTimer.start(RetryDelayMs); // the edits stay here meanwhile
    }
}

WorkspaceDocument::CommitResult
WorkspaceDocument::commit(QString *error, const QHash<QString, WorkspaceMerge::Side> &resolutions)
{
    if (!m_team) {
        return save(error) ? CommitResult::Written : CommitResult::Failed;
    }
    if (m_readOnly) {
        *error = tr("you may read this workspace on the server but not change it");
        return CommitResult::Failed;
    }
    m_commitTimer.stop();
    TeamCommit outcome;
    if (!m_team->commit(m_workspace, resolutions, &outcome, error))
        return CommitResult::Failed;
    if (!outcome.conflicts.isEmpty()) {
        m_pendingConflicts = outcome.conflicts;
        emit conflictsFound(m_pendingConflicts);
        return CommitResult::Conflicts;
    }
    m_pendingConflicts.clear();
    if (!outcome.problems.isEmpty()) {
        *error = tr("with the changes made meanwhile, %1; change it here and it is tried again")
                     .arg(outcome.problems.first());
        return CommitResult::Failed;
    }
    followColleagues();
    adopt(outcome.stored);
    m_revision = QByteArray::number(outcome.revision);
    m_undoStack.setClean();
    setUnsavedWithoutEdits(false);
    if (!outcome.colleagues.isEmpty())
        emit colleaguesChanged(outcome.colleagues);
    emit committed(outcome.revision);
    return CommitResult::Written;
}

bool WorkspaceDocument::pull(QString *error)
{
    if (!m_team)
        return true;
    if (isModified()) {
        // Ours go first, and the commit merges theirs; when edits wait for a save or for the
        // user's decision on a conflict, theirs are merged then.
        if (!m_commitEachEdit || !m_pendingConflicts.isEmpty() || m_readOnly)
            return true;
        return commit(error) != CommitResult::Failed;
    }
    Workspace stored;
    bool changed = false;
    if (!m_team->pull(&stored, &changed, error))
        return false;
    followColleagues();
    if (!changed)
        return true;
    const QList<FieldChange> changes = WorkspaceMerge::changes(m_workspace, stored);
    adopt(stored);
    m_revision = QByteArray::number(m_team->baseRevision());
    m_undoStack.setClean();
    if (!changes.isEmpty())
        emit colleaguesChanged(changes);
    return true;
}

void WorkspaceDocument::heard()
{
    if (!m_pendingConflicts.isEmpty())
        return; // the user is deciding; their commit merges whatever comes meanwhile
    QString error;
    if (!pull(&error))
        emit commitFailed(error);
}

bool WorkspaceDocument::teamHistory(QList<AuditEntry> *entries, int limit, QString *error) const
{
    entries->clear();
    return !m_team || m_team->history(entries, limit, error);
}

namespace {

/** Whether `a` and `b` have the same records in the same places, so that they differ in field
 *  values only. */
bool sameShape(const Workspace &a, const Workspace &b)
{
    if (a.verticals.size() != b.verticals.size() || a.customIndicators != b.customIndicators
        || a.scenarios.size() != b.scenarios.size()
        || a.plan.personas.size() != b.plan.personas.size()
        || a.plan.pricing.pricePoints.size() != b.plan.pricing.pricePoints.size()
        || a.plan.marketing.size() != b.plan.marketing.size()
        || a.plan.channels.size() != b.plan.channels.size())
        return false;
    for (int i = 0; i < a.verticals.size(); ++i) {
        if (a.verticals.at(i).id != b.verticals.at(i).id
            || a.verticals.at(i).challenges.size() != b.verticals.at(i).challenges.size())
            return false;
    }
    for (int i = 0; i < a.scenarios.size(); ++i) {
        if (a.scenarios.at(i).name != b.scenarios.at(i).name)
            return false;
    }
    return true;
}

} // namespace

void WorkspaceDocument::adopt(const Workspace &stored)
{
    if (stored == m_workspace)
        return;
    if (sameShape(m_workspace, stored)) {
        // Field by field, each with its own signal: an editor shows the colleague's value where
        // it changed and keeps its place and selection everywhere else.
        const auto row = [&](Record record, VerticalId owner, int row) {
            for (int f = 0; f < Records::fieldCount(record); ++f) {
                const FieldRef ref {record, owner, row, f};
                const QVariant value = Records::value(stored, ref);
                if (Records::value(m_workspace, ref) != value)
                    setField(ref, value);
            }
        };
        const auto fields = [&](Record record, VerticalId owner) {
            for (int r = 0; r < Records::count(stored, record, owner); ++r)
                row(record, owner, r);
        };
        if (!(m_workspace.product == stored.product) || !(m_workspace.plan == stored.plan)) {
            for (Record record :
                 {Record::Product, Record::Plan, Record::ValueDriver, Record::Persona,
                  Record::PricePoint, Record::MarketingItem, Record::Channel})
                fields(record, 0);
        }
        // Same shape: the same verticals in the same places. Only those that differ are looked
        // at field by field (a workspace may hold 10,000).
        for (int i = 0; i < stored.verticals.size(); ++i) {
            const Vertical &vertical = stored.verticals.at(i);
            const Vertical &here = m_workspace.verticals.at(i);
            if (here == vertical)
                continue;
            row(Record::Vertical, 0, i);
            fields(Record::Challenge, vertical.id);
            if (here.values == vertical.values)
                continue;
            QStringList ids = here.values.keys() + vertical.values.keys();
            ids.removeDuplicates();
            for (const QString &id : qAsConst(ids)) {
                const auto it = vertical.values.constFind(id);
                const std::optional<IndicatorValue> value = it == vertical.values.constEnd()
                    ? std::nullopt
                    : std::optional<IndicatorValue>(*it);
                const auto old = here.values.constFind(id);
                if (value
                    != (old == here.values.constEnd() ? std::nullopt
                                                      : std::optional<IndicatorValue>(*old)))
                    setIndicatorValue(vertical.id, id, value);
            }
        }
        if (!(m_workspace.model == stored.model))
            replaceModel(0, stored.model);
        for (int i = 0; i < stored.scenarios.size(); ++i) {
            if (!(m_workspace.scenarios.at(i).model == stored.scenarios.at(i).model))
                replaceModel(m_workspace.scenarios.at(i).id, stored.scenarios.at(i).model);
        }
        if (m_workspace == stored)
            return;
    }
    // Records added, removed or moved: the steps to undo may name rows that moved.
    replaceWorkspace(stored);
    if (m_undoStack.count() > 0) {
        m_undoStack.clear();
        emit undoHistoryDropped();
    }
}

void WorkspaceDocument::setFieldFromHistory(const FieldRef &ref, const QVariant &expected,
                                            const QVariant &value)
{
    const QVariant current = Records::value(m_workspace, ref);
    if (!m_team || current == expected || current == value) {
        setField(ref, value);
        return;
    }
    Workspace wanted = m_workspace;
    Records::setValue(wanted, ref, value);
    const QString key = QStringLiteral("history/%1/%2/%3/%4")
                            .arg(int(ref.record))
                            .arg(ref.vertical)
                            .arg(ref.row)
                            .arg(ref.field);
    const auto shown = [](const QString &text) {
        return text.isEmpty() ? tr("(empty)") : text;
    };
    m_restores.insert(
        key, [this, ref, value] { m_undoStack.push(new SetFieldCommand(this, ref, value)); });
    emit historyConflict({key, WorkspaceMerge::describe(m_workspace, ref),
                          shown(Records::displayText(m_workspace, ref)),
                          shown(Records::displayText(wanted, ref)),
                          shown(Records::displayText(m_workspace, ref))});
}

void WorkspaceDocument::setIndicatorValueFromHistory(VerticalId vertical,
                                                     const QString &indicatorId,
                                                     const std::optional<IndicatorValue> &expected,
                                                     const std::optional<IndicatorValue> &value)
{
    const Vertical *v = m_workspace.vertical(vertical);
    std::optional<IndicatorValue> current;
    if (v && v->values.contains(indicatorId))
        current = v->values.value(indicatorId);
    if (!m_team || !v || current == expected || current == value) {
        setIndicatorValue(vertical, indicatorId, value);
        return;
    }
    const auto text = [](const std::optional<IndicatorValue> &x) {
        return x ? Numbers::format(x->value, Language::locale()) : tr("(no value)");
    };
    const IndicatorDefinition *definition = m_workspace.indicator(indicatorId);
    const QString key = QStringLiteral("history/value/%1/%2").arg(vertical).arg(indicatorId);
    m_restores.insert(key, [this, vertical, indicatorId, value] {
        m_undoStack.push(new SetIndicatorValueCommand(this, vertical, indicatorId, value));
    });
    emit historyConflict(
        {key, tr("Vertical “%1” · %2").arg(v->name, definition ? definition->name : indicatorId),
         text(current), text(value), text(current)});
}

void WorkspaceDocument::restoreAfterConflict(const QString &key)
{
    const std::function<void()> restore = m_restores.take(key);
    if (restore)
        restore();
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
