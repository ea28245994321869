#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace Gtm {

struct Workspace;

/** Who holds a workspace's write lock, as far as the lock says. */
struct LockHolder
{
    qint64 process = 0;
    QString application;
    QString host;
    QString user;
    QDateTime since;

    /** One clause for a message: "GTM Workbench (process 1234 of maria on laptop, since 14:02)". */
    QString describe() const;
};

/**
 * Where a workspace lives. The SQLite file is one back end (a PostgreSQL server is to be
 * another, with the same schema); every open, save, lock and check goes through this interface,
 * made from a location by open(), so the rules below hold for the window and the command line
 * alike. Messages returned through `error` are one sentence that does not repeat the location;
 * callers prefix it (see displayName()).
 *
 * One writer at a time: whoever is about to write takes the lock first (the window for as long
 * as the workspace is open in it, the command line for one read-change-write) and a second
 * writer is refused at once, told who holds it. A lock left by a process that has ended on the
 * same machine is taken over. save() takes the lock itself for the write when it is not held.
 *
 * Changed since read: revision() names the stored state (for a file, its identity, size and
 * time of change); whoever read the workspace keeps it and compares before replacing it.
 */
class WorkspaceStore
{
public:
    virtual ~WorkspaceStore() = default;

    /** The store for a location as the user gives it (a workspace file's path). */
    static std::unique_ptr<WorkspaceStore> open(const QString &location);

    /** The location as the user knows it: a file path, or server/database/workspace. */
    virtual QString displayName() const = 0;

    /** Whether a workspace is stored there yet. */
    virtual bool exists() const = 0;

    /** Reads the whole workspace. On failure leaves `workspace` alone and touches nothing. */
    virtual bool load(Workspace &workspace, QString *error) = 0;

    /** Replaces the stored workspace as one step: on failure the stored one is unchanged. */
    virtual bool save(const Workspace &workspace, QString *error) = 0;

    /** Integrity problems, one sentence each; empty when the stored workspace is sound. */
    virtual QStringList check() = 0;

    /** The stored format version, or -1 with `error` set when nothing readable is there. */
    virtual int formatVersion(QString *error) const = 0;

    /**
     * Takes the write lock, or fails at once: `error` names who holds it (and `holder`, when
     * given, gets the details), or why the lock cannot be made (a read-only folder).
     */
    virtual bool lock(QString *error, LockHolder *holder = nullptr) = 0;
    virtual void unlock() = 0;
    virtual bool holdsLock() const = 0;

    /** The stored state now; empty when nothing is stored. Equal revisions: nothing changed. */
    virtual QByteArray revision() const = 0;
};

/** Holds a store's lock for a scope (a command-line write); released when it ends. */
class StoreLock
{
public:
    explicit StoreLock(WorkspaceStore *store)
        : m_store(store)
    { }
    ~StoreLock()
    {
        if (m_taken)
            m_store->unlock();
    }
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    bool take(QString *error, LockHolder *holder = nullptr)
    {
        m_taken = m_store->lock(error, holder);
        return m_taken;
    }

private:
    WorkspaceStore *m_store;
    bool m_taken = false;
};

} // namespace Gtm
