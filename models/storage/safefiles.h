#pragma once

#include <QByteArray>
#include <QString>

namespace Gtm::SafeFiles {

/** The largest table, JSON document or model file the program reads (256 MiB). */
constexpr qint64 MaxInputBytes = qint64(256) << 20;
/** The largest workspace file the program opens (2 GiB). */
constexpr qint64 MaxWorkspaceBytes = qint64(2) << 30;

/**
 * Reads a whole input file, refusing anything that would not end or would not fit: only a
 * regular file is read (a FIFO, device, socket or folder is refused without blocking on it),
 * and one larger than `limit` bytes is refused before a byte is read. Symbolic links to regular
 * files are followed. `error` is one sentence without the file's name.
 */
bool readFile(const QString &path, qint64 limit, QByteArray *bytes, QString *error);

/**
 * Whether `path` names a regular file that can be opened for reading (following links), without
 * reading it; refuses FIFOs, devices, sockets and folders, and files larger than `limit`.
 */
bool checkReadable(const QString &path, qint64 limit, QString *error);

/**
 * Where writing `path` would put the bytes, or an empty string with `error` set when it must not
 * be written: the name is taken by a folder, a device, a FIFO or a socket (an output never
 * replaces one); it is a link whose target does not exist (no file is created at the end of a
 * dangling link); the file is read-only (no write permission for anyone — refused even for the
 * superuser, who could write it); or its folder does not exist. A link to a regular file gives
 * the file it points to: it is replaced there and the link is kept.
 */
QString outputTarget(const QString &path, QString *error);

/** Whether the path's file is read-only to its owner (its mode has no write bit at all). */
bool isReadOnlyFile(const QString &path);

/**
 * Writes `bytes` as `path` in one step: into a new temporary file in the same folder, flushed to
 * disk, then renamed over the target (the target's permissions are kept; a new file gets the
 * user's usual ones), so a failure — full disk, read-only folder, killed process — leaves any
 * existing file as it was. Refuses what outputTarget() refuses.
 */
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

/** The message for the C library's error code, with the common ones in the user's words. */
QString errnoText(int code);

/**
 * Removes temporary files that killed saves left in the folder of `target` (".NAME.XXXXXX.tmp"):
 * the caller holds the workspace's lock, so no other save of it is under way. Returns how many.
 */
int removeStaleTemporaries(const QString &target);

/** The temporary-file pattern of saves of `target`, for QTemporaryFile (".NAME.XXXXXX.tmp"). */
QString temporaryPattern(const QString &target);

/** Flushes a file's (or a folder's) data to disk; false when it cannot be opened or synced. */
bool flushToDisk(const QString &path);

} // namespace Gtm::SafeFiles
