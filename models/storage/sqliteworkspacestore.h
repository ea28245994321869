#pragma once

#include "domain/vertical.h"
#include "workspacestore.h"

#include <QHash>

#include <memory>

class QSqlDatabase;

namespace Gtm {

class FileLock;

class SqlConnection;

/**
 * A workspace as one SQLite file (`*.gtmw`).
 *
 * Loading never writes to the file: it is opened read-only, and an older version is upgraded in
 * a temporary copy; a file that another SQLite program left with a journal or WAL beside it (a
 * write it did not finish or fold in) is read through a private copy recovered there, so the
 * user's file is never changed by reading it. Only a regular file is opened (a FIFO or device in
 * its place is refused without blocking on it).
 *
 * Saving writes a complete new file next to the target and renames it over the target, so a
 * failed save (full disk, lost power, crash) leaves the old file as it was; a journal, WAL or
 * shared-memory file of the old one is removed first, so SQLite can never replay it over the new
 * one. Temporary files of killed saves are removed at the next save. Before a file of an older
 * version is replaced for the first time, it is kept as `NAME.vN.bak`.
 *
 * The write lock is the file `.NAME.lock` beside the workspace (beside the file a link points
 * to): saving renames a new file over the workspace, so a lock on the file itself would not last.
 */
class SqliteWorkspaceStore : public WorkspaceStore
{
public:
    explicit SqliteWorkspaceStore(const QString &filePath);
    ~SqliteWorkspaceStore() override;

    QString displayName() const override;
    bool exists() const override;
    bool load(Workspace &workspace, QString *error) override;
    bool save(const Workspace &workspace, QString *error) override;
    QStringList check() override;
    /**
     * The schema version of the file (its user_version), or -1 with `error` set when the file is
     * not a readable workspace. Refuses nothing by itself: a newer version is returned as is.
     */
    int formatVersion(QString *error) const override;
    bool lock(QString *error, LockHolder *holder = nullptr) override;
    void unlock() override;
    bool holdsLock() const override;
    QByteArray revision() const override;

    /** The lock file of a workspace file (beside the file a link points to). */
    static QString lockPath(const QString &filePath);

    /** The backup kept before an older-version file is first replaced (NAME.vN.bak; when that
     *  name holds another file, NAME.vN.2.bak, …). */
    static QString backupPath(const QString &filePath, int version);

    /** Writes a complete workspace to a new database file that does not exist yet. */
    static bool writeDatabase(const QString &path, const Workspace &workspace, QString *error);
    /**
     * Inserts a whole workspace into the empty tables of an open database of the current schema
     * (the rows only: the caller makes the tables and the transaction). Portable SQL: the
     * PostgreSQL store uses it too.
     */
    static bool writeContent(QSqlDatabase &db, const Workspace &workspace, QString *error,
                             bool withVerticals = true);
    /** Reads a workspace from an open database of the current schema version. */
    static bool readDatabase(SqlConnection &connection, Workspace &workspace, QString *error);
    /** Reads the verticals of those ids (all for nullptr), in their order, with their
     *  challenges and values; `internedIds` shares the strings of indicator ids. */
    static bool readVerticals(QSqlDatabase &db, const QList<VerticalId> *ids,
                              QList<Vertical> *verticals,
                              const QHash<QString, QString> &internedIds, QString *error);

private:
    /** The rows of the verticals at `indices` (their texts, challenges and values). */
    static bool writeVerticals(QSqlDatabase &db, const Workspace &workspace,
                               const QList<int> &indices, QString *error);
    static bool keepBackup(const QString &filePath, int version, QString *error);
    static bool openChecked(const QString &path, SqlConnection &connection, int *version,
                            QString *error);
    bool writeLocked(const Workspace &workspace, QString *error);

    QString m_filePath;
    std::unique_ptr<FileLock> m_lock;
};

} // namespace Gtm
