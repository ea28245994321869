#pragma once

#include "document/workspacemerge.h"
#include "domain/workspace.h"
#include "serverlocation.h"
#include "workspacestore.h"

#include <QDateTime>
#include <QHash>

#include <memory>

class QSqlDatabase;
class QSqlDriver;

namespace Gtm {

class SqlConnection;

/** What a commit of edits to a server workspace did. */
struct TeamCommit
{
    /** The server holds our edits now (or held them already). False: nothing was written. */
    bool written = false;
    qint64 revision = 0; // the server's revision after the commit
    /** The workspace as the server now holds it: ours with colleagues' edits merged in. */
    Workspace stored;
    /** Fields a colleague changed too, differently: nothing was written, the user decides. */
    QList<MergeConflict> conflicts;
    /** What merging would break (two verticals of one name): nothing was written. */
    QStringList problems;
    /** What colleagues changed since our last read or commit. */
    QList<FieldChange> colleagues;
    /** Colleagues added, removed or moved records: positions may have moved. */
    bool structureChanged = false;
};

/** One line of a server workspace's audit: who changed which field, when, from what to what. */
struct AuditEntry
{
    qint64 revision = 0;
    QString user;
    QDateTime at;
    QString where;
    QString before;
    QString after;
};

/**
 * A workspace on a PostgreSQL server: one schema of a database, named as the workspace, with the
 * same tables as the SQLite file (in PostgreSQL's types) and two of its own: `gtm_schema` (the
 * schema version) and `gtm_revision` (a number that every save raises, with who saved and when).
 *
 * Rights are the server's: whoever may create schemas in the database may create a workspace;
 * others read it (USAGE and SELECT) or also change it (INSERT, UPDATE, DELETE) as its owner
 * grants. Saving replaces the workspace's rows in one transaction. One writer at a time, as for
 * files: lock() takes a session advisory lock of the server (`pg_try_advisory_lock`), which the
 * server lets go when the session ends however it ends; the holder is found in
 * `pg_stat_activity`. The revision lets a reader see that someone saved since it read.
 */
class PostgresWorkspaceStore : public WorkspaceStore
{
public:
    explicit PostgresWorkspaceStore(const ServerLocation &location);
    ~PostgresWorkspaceStore() override;

    QString displayName() const override;
    bool exists() const override;
    bool load(Workspace &workspace, QString *error) override;
    bool save(const Workspace &workspace, QString *error) override;
    QStringList check() override;
    int formatVersion(QString *error) const override;
    bool lock(QString *error, LockHolder *holder = nullptr) override;
    void unlock() override;
    bool holdsLock() const override { return m_locked; }
    QByteArray revision() const override;

    /**
     * Writes `mine` as edits to what this store last read or wrote (its base): in one
     * transaction, after every commit before it (the revision row is locked for the
     * transaction), merged field by field with what colleagues committed since
     * (WorkspaceMerge). Conflicts without a resolution write nothing and are returned. Each
     * changed field gets a line in the audit table, and listeners are notified with the new
     * revision only (a notification is seen by anyone connected, whatever their rights).
     */
    bool commit(const Workspace &mine, const QHash<QString, WorkspaceMerge::Side> &resolutions,
                TeamCommit *outcome, QString *error);
    /** The stored workspace, read when its revision is no longer the base's (`changed` then
     *  true), which becomes the base. Only for a caller with no edits left to commit. */
    bool pull(Workspace *stored, bool *changed, QString *error);
    /** The revision the base was read or committed at; -1 before any. */
    qint64 baseRevision() const { return m_baseRevision; }
    /** The base: the workspace as last read from or committed to the server. */
    const Workspace &base() const { return m_base; }

    /** Listens for commits to this workspace; the driver's notification() signal then fires
     *  with channel() and the new revision as payload. */
    bool listen(QString *error);
    QSqlDriver *notifier() const;
    QString channel() const;

    /** The audit, newest first, at most `limit` lines. */
    bool history(QList<AuditEntry> *entries, int limit, QString *error);
    /** Whether the user may change the workspace (not only read it). */
    bool mayWrite() const;

    /** The workspaces of the location's database that the user may read, by name. */
    static bool list(const ServerLocation &database, QStringList *workspaces, QString *error);

    /** The statements that make an empty workspace's tables (in the schema search_path names). */
    static QStringList createStatements();

    /**
     * How a workspace's tables are laid out on the server (beyond the file format they share
     * with the SQLite file), kept in gtm_schema.layout: 1, the first server workspaces; 2, with
     * the audit and indicator values without references. An older layout is brought up to date
     * when its owner opens it; a newer one is refused.
     */
    static constexpr int ServerLayout = 2;
    /** The statements of each step: element i takes layout i + 1 to i + 2. */
    static QList<QStringList> layoutUpgrades();

private:
    /** The session: opened on first use, kept (a lock lives as long as it). */
    bool connect(QString *error) const;
    QString schema() const;

    /** Replaces every row of the workspace's content tables with `workspace`'s. */
    bool writeAll(QSqlDatabase &db, const Workspace &workspace, QString *error);
    /** Writes what differs from `stored` to `workspace`: the changed verticals' rows only when
     *  nothing else differs, else everything. */
    bool writeChanges(QSqlDatabase &db, const Workspace &stored, const Workspace &workspace,
                      QString *error);
    bool createWorkspace(QSqlDatabase &db, QString *error);
    int layout(QString *error) const;
    bool upgradeLayout(QString *error);

    ServerLocation m_location;
    mutable std::unique_ptr<SqlConnection> m_connection;
    bool m_locked = false;
    Workspace m_base;
    qint64 m_baseRevision = -1;
};

} // namespace Gtm
