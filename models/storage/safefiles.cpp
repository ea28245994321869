#include "safefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Gtm::SafeFiles {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::SafeFiles)
};

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

/** What a file that is not a regular one is, for a message. */
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return Text::tr("it is a folder, not a file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Text::tr("it is a device, not a file");
    if (S_ISFIFO(mode))
        return Text::tr("it is a named pipe (FIFO), not a file");
    if (S_ISSOCK(mode))
        return Text::tr("it is a socket, not a file");
    return Text::tr("it is not a regular file");
}

QString tooLarge(qint64 size, qint64 limit)
{
    return Text::tr("the file is too large (%1 MB; the limit is %2 MB)")
        .arg(QString::number((size + (1 << 20) - 1) >> 20), QString::number(limit >> 20));
}

/** The permissions a new file gets: what open(2) with 0666 and the user's umask would give. */
mode_t newFileMode()
{
    static const mode_t mask = [] {
        const mode_t m = ::umask(022);
        ::umask(m);
        return m;
    }();
    return 0666 & ~mask;
}

/** Writes all of `bytes` to `fd`, retrying short writes; false with errno set on failure. */
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(std::min<qint64>(left, 1 << 30)));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

QString errnoText(int code)
{
    switch (code) {
    case ENOSPC:
        return Text::tr("no space left on device");
#ifdef EDQUOT
    case EDQUOT:
        return Text::tr("disk quota exceeded");
#endif
    case EROFS:
        return Text::tr("the disk is mounted read-only");
    case EACCES:
    case EPERM:
        return Text::tr("permission denied");
    case ENOENT:
        return Text::tr("no such file or folder");
    case EIO:
        return Text::tr("input/output error on the disk");
    case EISDIR:
        return Text::tr("it is a folder, not a file");
    case ENAMETOOLONG:
        return Text::tr("the file name is too long");
    default:
        return QString::fromLocal8Bit(std::strerror(code));
    }
}

bool checkReadable(const QString &path, qint64 limit, QString *error)
{
    struct stat status
    {
    };
    if (::stat(native(path).constData(), &status) != 0) {
        *error = errno == ENOENT ? Text::tr("no such file")
                                 : Text::tr("cannot read the file (%1)").arg(errnoText(errno));
        return false;
    }
    if (!S_ISREG(status.st_mode)) {
        *error = Text::tr("cannot read it: %1").arg(kindOf(status.st_mode));
        return false;
    }
    if (status.st_size > limit) {
        *error = tooLarge(status.st_size, limit);
        return false;
    }
    return true;
}

bool readFile(const QString &path, qint64 limit, QByteArray *bytes, QString *error)
{
    if (!checkReadable(path, limit, error))
        return false;
    // Non-blocking, so that a FIFO put in the file's place since the check cannot hold the
    // program; what was opened is checked again.
    const int fd = ::open(native(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = Text::tr("cannot read the file (%1)").arg(errnoText(errno));
        return false;
    }
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_size > limit) {
        const mode_t mode = status.st_mode;
        const qint64 size = status.st_size;
        ::close(fd);
        *error = !S_ISREG(mode) ? Text::tr("cannot read it: %1").arg(kindOf(mode))
                                : tooLarge(size, limit);
        return false;
    }
    QByteArray data;
    data.resize(qsizetype(status.st_size));
    qint64 done = 0;
    // A file that grows while it is read is read up to the limit, and refused past it.
    for (;;) {
        if (done == data.size()) {
            if (done > limit)
                break;
            data.resize(qsizetype(std::min<qint64>(limit + 1, std::max<qint64>(done * 2, 4096))));
        }
        const ssize_t got = ::read(fd, data.data() + done, size_t(data.size() - done));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            const int code = errno;
            ::close(fd);
            *error = Text::tr("cannot read the file (%1)").arg(errnoText(code));
            return false;
        }
        if (got == 0)
            break;
        done += got;
    }
    ::close(fd);
    if (done > limit) {
        *error = tooLarge(done, limit);
        return false;
    }
    data.resize(qsizetype(done));
    *bytes = std::move(data);
    return true;
}

bool isReadOnlyFile(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(native(path).constData(), &status) != 0)
        return false;
    return (status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0
        || ::access(native(path).constData(), W_OK) != 0;
}

QString outputTarget(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    struct stat status
    {
    };
    QString target = absolute;
    if (::lstat(native(absolute).constData(), &status) == 0 && S_ISLNK(status.st_mode)) {
        char resolved[PATH_MAX];
        if (!::realpath(native(absolute).constData(), resolved)) {
            const QString pointee = QFileInfo(absolute).symLinkTarget();
            *error = Text::tr("it is a link to %1, which does not exist; no file is created "
                              "there")
                         .arg(QDir::toNativeSeparators(pointee));
            return {};
        }
        target = QFile::decodeName(resolved);
    }
    if (::stat(native(target).constData(), &status) == 0) {
        if (!S_ISREG(status.st_mode)) {
            *error = Text::tr("cannot write there: %1").arg(kindOf(status.st_mode));
            return {};
        }
        if (isReadOnlyFile(target)) {
            *error = Text::tr("the file is read-only");
            return {};
        }
        return target;
    }
    if (errno != ENOENT) {
        *error = Text::tr("cannot write there (%1)").arg(errnoText(errno));
        return {};
    }
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *error = Text::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    return target;
}

QString temporaryPattern(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(info.fileName()));
}

bool flushToDisk(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QString why;
    const QString target = outputTarget(path, &why);
    if (target.isEmpty()) {
        *error = why;
        return false;
    }
    QByteArray name = native(temporaryPattern(target));
    const int fd = ::mkstemps(name.data(), 4); // keeps ".tmp"
    if (fd < 0) {
        *error = Text::tr("cannot write in the folder %1 (%2)")
                     .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()),
                          errnoText(errno));
        return false;
    }
    struct stat existing
    {
    };
    const mode_t mode = ::stat(native(target).constData(), &existing) == 0
        ? (existing.st_mode & 07777)
        : newFileMode();
    bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0 && ::fchmod(fd, mode) == 0;
    int code = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        code = errno;
    }
    if (ok && ::rename(name.constData(), native(target).constData()) != 0) {
        ok = false;
        code = errno;
    }
    if (!ok) {
        ::unlink(name.constData());
        *error = Text::tr("cannot write the file (%1); any previous file is unchanged")
                     .arg(errnoText(code));
        return false;
    }
    flushToDisk(QFileInfo(target).absolutePath()); // make the rename itself durable
    return true;
}

int removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    const QString prefix = QStringLiteral(".%1.").arg(info.fileName());
    const QStringList names
        = folder.entryList({prefix + QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden);
    int removed = 0;
    for (const QString &name : names) {
        // Exactly the six characters mkstemps() and QTemporaryFile put for "XXXXXX".
        if (name.size() != prefix.size() + 6 + 4)
            continue;
        if (QFile::remove(folder.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace Gtm::SafeFiles
