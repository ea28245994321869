#pragma once

#include "serverlocation.h"
#include "workspacestore.h"

#include <memory>

namespace Gtm {

class SqlConnection;

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

    /** The workspaces of the location's database that the user may read, by name. */
    static bool list(const ServerLocation &database, QStringList *workspaces, QString *error);

    /** The statements that make an empty workspace's tables (in the schema search_path names). */
    static QStringList createStatements();

private:
    /** The session: opened on first use, kept (a lock lives as long as it). */
    bool connect(QString *error) const;
    QString schema() const;

    ServerLocation m_location;
    mutable std::unique_ptr<SqlConnection> m_connection;
    bool m_locked = false;
};

} // namespace Gtm
