#include "filelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Gtm {

namespace {

QString userName(uid_t uid)
{
    struct passwd entry
    {
    };
    struct passwd *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) != 0 || !found)
        return QString::number(uid);
    return QString::fromLocal8Bit(found->pw_name);
}

/** What the holder wrote: process, host, program, one a line; the file's owner is the user. */
LockHolder readHolder(int fd)
{
    LockHolder holder;
    struct stat status
    {
    };
    if (::fstat(fd, &status) == 0) {
        holder.user = userName(status.st_uid);
        if (status.st_size > 0)
            holder.since = QDateTime::fromSecsSinceEpoch(status.st_mtim.tv_sec);
    }
    char buffer[1024];
    const ssize_t got = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (got <= 0)
        return holder;
    const QStringList lines
        = QString::fromUtf8(buffer, int(got)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() >= 1)
        holder.process = lines.at(0).toLongLong();
    if (lines.size() >= 2)
        holder.host = lines.at(1);
    if (lines.size() >= 3)
        holder.application = lines.at(2);
    return holder;
}

} // namespace

FileLock::FileLock(const QString &path)
    : m_path(path)
{ }

FileLock::~FileLock()
{
    unlock();
}

FileLock::Result FileLock::tryLock()
{
    if (m_fd >= 0)
        return Result::Locked;
    const QByteArray name = QFile::encodeName(m_path);
    // A few rounds: each lost one means a holder unlocked (removed the file) meanwhile.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            m_errno = errno;
            return Result::Failed;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int code = errno;
            if (code == EWOULDBLOCK) {
                m_holder = readHolder(fd);
                ::close(fd);
                return Result::Held;
            }
            ::close(fd);
            m_errno = code;
            return Result::Failed;
        }
        // Ours, if the name still leads to the file we locked (not one its holder removed).
        struct stat locked
        {
        };
        struct stat named
        {
        };
        if (::fstat(fd, &locked) != 0 || ::stat(name.constData(), &named) != 0
            || locked.st_dev != named.st_dev || locked.st_ino != named.st_ino) {
            ::close(fd);
            continue;
        }
        const QByteArray who = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n'
            + QCoreApplication::applicationName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, who.constData(), size_t(who.size()), 0) < 0) {
            // Held all the same: the message of another will just say less.
        }
        m_fd = fd;
        return Result::Locked;
    }
    m_errno = EAGAIN;
    return Result::Failed;
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    // Removed while still held, so whoever opens the name next makes a new lock file.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

} // namespace Gtm
