#pragma once

#include "workspacestore.h"

#include <QString>

namespace Gtm {

/**
 * An advisory lock held by a process for as long as it lives: the kernel's flock() on a lock
 * file, which the kernel lets go when the process ends however it ends (crash, kill, power cut
 * and reboot), so a lock is never left stale and no process has to guess whether another is
 * alive. The holder writes who it is into the file (process, host, program, user) for the
 * message another one shows. Unlock removes the file; one that opened it just before checks,
 * once it holds the flock, that the name still leads to the file it locked, and tries again if
 * not, so two can never both hold it.
 */
class FileLock
{
public:
    explicit FileLock(const QString &path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    enum class Result {
        Locked,
        Held, // by another process (or another FileLock of this one): see holder()
        Failed, // cannot make the lock file: see errorCode()
    };
    Result tryLock();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

    QString path() const { return m_path; }
    /** After Held: who holds it, as far as its file says (empty fields when it does not yet). */
    LockHolder holder() const { return m_holder; }
    /** After Failed: the C library's error code. */
    int errorCode() const { return m_errno; }

private:
    QString m_path;
    int m_fd = -1;
    int m_errno = 0;
    LockHolder m_holder;
};

} // namespace Gtm
