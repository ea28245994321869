#pragma once

#include <QString>
#include <QStringList>

namespace Gtm {

struct Workspace;

/**
 * Where a workspace lives. The SQLite file is one back end; a PostgreSQL server is another, with
 * the same schema. Messages returned through `error` are one sentence that does not repeat the
 * location; callers prefix it (see displayName()).
 */
class WorkspaceStore
{
public:
    virtual ~WorkspaceStore() = default;

    /** The location as the user knows it: a file path, or server/database/workspace. */
    virtual QString displayName() const = 0;

    /** Reads the whole workspace. On failure leaves `workspace` alone and touches nothing. */
    virtual bool load(Workspace &workspace, QString *error) = 0;

    /** Replaces the stored workspace as one step: on failure the stored one is unchanged. */
    virtual bool save(const Workspace &workspace, QString *error) = 0;

    /** Integrity problems, one sentence each; empty when the stored workspace is sound. */
    virtual QStringList check() = 0;
};

} // namespace Gtm
