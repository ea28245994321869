#pragma once

#include "workspacestore.h"

namespace Gtm {

class SqlConnection;

/**
 * A workspace as one SQLite file (`*.gtmw`).
 *
 * Loading never writes to the file: it is opened read-only, and an older version is upgraded in
 * a temporary copy. Saving writes a complete new file next to the target and renames it over the
 * target, so a failed save (full disk, lost power, crash) leaves the old file as it was. Before a
 * file of an older version is replaced for the first time, it is kept as `NAME.vN.bak`.
 */
class SqliteWorkspaceStore : public WorkspaceStore
{
public:
    explicit SqliteWorkspaceStore(const QString &filePath);

    QString displayName() const override;
    bool load(Workspace &workspace, QString *error) override;
    bool save(const Workspace &workspace, QString *error) override;
    QStringList check() override;

    /**
     * The schema version of the file (its user_version), or -1 with `error` set when the file is
     * not a readable workspace. Refuses nothing by itself: a newer version is returned as is.
     */
    int fileVersion(QString *error) const;

    /** The backup kept before an older-version file is first replaced (NAME.vN.bak; when that
     *  name holds another file, NAME.vN.2.bak, …). */
    static QString backupPath(const QString &filePath, int version);

    /** Writes a complete workspace to a new database file that does not exist yet. */
    static bool writeDatabase(const QString &path, const Workspace &workspace, QString *error);
    /** Reads a workspace from an open database of the current schema version. */
    static bool readDatabase(SqlConnection &connection, Workspace &workspace, QString *error);

private:
    static bool keepBackup(const QString &filePath, int version, QString *error);
    bool openChecked(SqlConnection &connection, int *version, QString *error) const;

    QString m_filePath;
};

} // namespace Gtm
