#pragma once

#include "domain/workspace.h"
#include "records.h"
#include "storage/workspacestore.h"
#include "workspacemerge.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

class QSqlDriver;

namespace Gtm {

class PostgresWorkspaceStore;
struct AuditEntry;

/**
 * The open workspace: it owns the data, the undo stack, the file name and the modified flag
 * (the undo stack's clean state). Data changes only through undo commands (see
 * commands/workspacecommands.h), which call the mutators below; every mutator emits one typed
 * signal so item models can report exactly what changed.
 */
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    const Workspace &workspace() const { return m_workspace; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /** The file the workspace was loaded from or last saved to; empty for a new workspace. */
    QString fileName() const { return m_fileName; }
    /** Unsaved changes: edits since the last save, or a workspace never saved. */
    bool isModified() const;

    /**
     * Replaces the whole document (a new workspace, the sample); clears undo history and lets go
     * of the workspace that was open (and its lock).
     */
    void reset(Workspace workspace, const QString &fileName, bool modified);

    enum class OpenMode {
        Write, // locked for writing for as long as it is open here
        ReadOnly, // only read: Save is refused, Save As makes a copy
    };
    /**
     * Opens a workspace. With OpenMode::Write another writer's lock refuses it: `error` names
     * the holder and `locked` is set, so the window can offer to open it read-only.
     */
    bool load(const QString &fileName, QString *error, OpenMode mode = OpenMode::Write,
              bool *locked = nullptr);
    /** Opened read-only: another program was changing it, or its folder cannot be written. */
    bool isReadOnly() const { return m_readOnly; }

    enum class SaveMode {
        Check, // refused when the file changed since it was read here (see changedOnDisk())
        Overwrite, // the user chose to replace another program's changes
    };
    /** Saves where the workspace came from; refused when read-only or changed meanwhile. */
    bool save(QString *error, SaveMode mode = SaveMode::Check);
    /** Saves under a new name (taking its lock), which becomes the document's file. */
    bool saveAs(const QString &fileName, QString *error);
    /**
     * Whether the stored workspace is no longer the one read or saved here: another program
     * (the command line, another window, an SQLite client) saved it since.
     */
    bool changedOnDisk() const;
    /** The revision of the stored workspace this document rests on (see WorkspaceStore). */
    QByteArray baseRevision() const { return m_revision; }
    /** After a restore from recovery: the revision the recovered edits were made on. */
    void setBaseRevision(const QByteArray &revision) { m_revision = revision; }
    /**
     * Restores edits from a recovery file over `location` (empty: a workspace never saved): the
     * document shows them as unsaved, locked for writing like an opened workspace when it can
     * be (else read-only), resting on `baseRevision`, so saving detects a change made meanwhile.
     */
    void restore(Workspace workspace, const QString &location, const QByteArray &baseRevision);

    /**
     * A workspace on a server, shared with colleagues. Edits are committed to it as they are
     * made (or on save: setCommitEachEdit()), merged with colleagues' commits, which appear here
     * as they are made (the server notifies). Two people changing one field are told, and
     * choose (conflictsFound()). Nothing is locked: everyone with the right may edit at once.
     */
    bool isShared() const { return m_team != nullptr; }
    /** Commit each edit a moment after it is made (the default), or only on save(). */
    void setCommitEachEdit(bool each);
    bool commitsEachEdit() const { return m_commitEachEdit; }

    enum class CommitResult {
        Written, // the server holds every edit made here
        Conflicts, // colleagues changed the same fields: nothing written (conflictsFound())
        Failed, // the server could not be reached or refused: the edits stay here
    };
    /** Commits the edits made here, merged with colleagues'; `resolutions` say which side
     *  wins each conflict the user decided (by MergeConflict::key). */
    CommitResult commit(QString *error,
                        const QHash<QString, WorkspaceMerge::Side> &resolutions = {});
    /** The conflicts of the last commit that the user has yet to decide. */
    QList<MergeConflict> pendingConflicts() const { return m_pendingConflicts; }
    /** Reads colleagues' commits, when there are edits here to merge them with or not. */
    bool pull(QString *error);
    /** The server's record of who changed what, newest first. */
    bool teamHistory(QList<AuditEntry> *entries, int limit, QString *error) const;

    /**
     * An undo or redo step that would set a field a colleague changed since the step was made:
     * the step leaves the field as the colleague left it and conflict is emitted, with the
     * value the step wanted as "mine". restoreAfterConflict() then makes that value a new edit.
     */
    void setFieldFromHistory(const FieldRef &ref, const QVariant &expected, const QVariant &value);
    void setIndicatorValueFromHistory(VerticalId vertical, const QString &indicatorId,
                                      const std::optional<IndicatorValue> &expected,
                                      const std::optional<IndicatorValue> &value);
    void restoreAfterConflict(const QString &key);

    static constexpr int CommitDelayMs = 300;
    static constexpr int RetryDelayMs = 5000;
    static constexpr int PollIntervalMs = 15000;

    // Mutators for undo commands only.
    void setIndicatorValue(VerticalId vertical, const QString &indicatorId,
                           const std::optional<IndicatorValue> &value);
    void setField(const FieldRef &ref, const QVariant &value);
    void insertRecord(Record record, VerticalId vertical, int row, const QVariant &data);
    void removeRecord(Record record, VerticalId vertical, int row);
    void moveRecord(Record record, VerticalId vertical, int from, int to);
    void insertVertical(int index, const Vertical &vertical);
    void removeVertical(int index);
    void moveVertical(int from, int to);
    void replaceWorkspace(const Workspace &workspace);
    /** The model of `owner` (0: the workspace's, else a scenario's id) as a whole. */
    void replaceModel(qint64 owner, const ScoringModel &model);

signals:
    void indicatorValueChanged(Gtm::VerticalId vertical, const QString &indicatorId);
    void fieldChanged(const Gtm::FieldRef &ref);
    void recordsAboutToBeInserted(Gtm::Record record, Gtm::VerticalId vertical, int first,
                                  int last);
    void recordsInserted(Gtm::Record record, Gtm::VerticalId vertical, int first, int last);
    void recordsAboutToBeRemoved(Gtm::Record record, Gtm::VerticalId vertical, int first, int last);
    void recordsRemoved(Gtm::Record record, Gtm::VerticalId vertical, int first, int last);
    void recordAboutToBeMoved(Gtm::Record record, Gtm::VerticalId vertical, int from, int to);
    void recordMoved(Gtm::Record record, Gtm::VerticalId vertical, int from, int to);
    void verticalAboutToBeMoved(int from, int to);
    void verticalMoved(int from, int to);
    /** The scoring model changed (any of its records, or the whole workspace). */
    void scoringModelChanged();
    /** A scenario's model changed (`scenario` is its id). */
    void scenarioModelChanged(qint64 scenario);
    /** A whole model is about to be replaced and was replaced (owner 0: the workspace's, else
     *  a scenario's id); scoringModelChanged() or scenarioModelChanged() follows. */
    void modelAboutToBeReplaced(qint64 owner);
    void modelReplaced(qint64 owner);
    /** Scenarios were added, removed, renamed or moved, or the whole workspace changed. */
    void scenariosChanged();
    /** The set of custom indicators or one's definition changed. */
    void indicatorsChanged();
    void verticalAboutToBeInserted(int index);
    void verticalInserted(int index);
    void verticalAboutToBeRemoved(int index);
    void verticalRemoved(int index);
    /** Everything may have changed, including the set of indicators. */
    void workspaceAboutToBeReset();
    void workspaceReset();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    void readOnlyChanged(bool readOnly);

    /** Colleagues' changes have just been shown here (a commit of theirs, or merged into ours). */
    void colleaguesChanged(const QList<Gtm::FieldChange> &changes);
    /** A commit wrote nothing: these fields were changed here and by a colleague. */
    void conflictsFound(const QList<Gtm::MergeConflict> &conflicts);
    /** An undo or redo step met a colleague's change (see setFieldFromHistory()). */
    void historyConflict(const Gtm::MergeConflict &conflict);
    /** Every edit made here is on the server, as revision `revision`. */
    void committed(qint64 revision);
    /** The server could not take the edits (they stay here, and are tried again). */
    void commitFailed(const QString &error);
    /** Colleagues added, removed or moved records while there were steps to undo here: the
     *  steps were dropped, as the records they name may have moved. */
    void undoHistoryDropped();

private:
    void scheduleCommit();
    void commitScheduled();
    void heard();
    void followColleagues();
    /** Shows the workspace the server now holds: field by field where the shape is the same
     *  (editors keep their place), else as a whole. */
    void adopt(const Workspace &stored);
    void setUnsavedWithoutEdits(bool unsaved);
    void setReadOnly(bool readOnly);
    /** The signals that say which model, scenario list or indicator set a record edit touched. */
    void notifyModels(Record record, VerticalId owner);

    Workspace m_workspace;
    QUndoStack m_undoStack;
    QString m_fileName;
    std::unique_ptr<WorkspaceStore> m_store; // where it was read from or saved to; holds the lock
    QByteArray m_revision; // the stored state it was read from or saved as
    bool m_readOnly = false;
    bool m_unsavedWithoutEdits = false; // new or imported workspace not yet on disk
    PostgresWorkspaceStore *m_team = nullptr; // m_store, when it is a server's
    bool m_commitEachEdit = true;
    QTimer m_commitTimer;
    QTimer m_pollTimer;
    QPointer<QSqlDriver> m_listening; // the session whose notifications are followed
    QList<MergeConflict> m_pendingConflicts;
    /** What restoreAfterConflict() sets for a history conflict, by key. */
    QHash<QString, std::function<void()>> m_restores;
};

} // namespace Gtm
