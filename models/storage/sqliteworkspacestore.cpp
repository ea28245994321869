#include "sqliteworkspacestore.h"

#include "domain/language.h"
#include "domain/workspace.h"
#include "filelock.h"
#include "modeltables.h"
#include "safefiles.h"
#include "schema.h"
#include "scoring/modelcheck.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QVariant>

#include <QSqlError>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <numeric>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::SqliteWorkspaceStore)
};

const QLatin1String sqliteDriver("QSQLITE");

// Every SQLite file starts with these 16 bytes (https://www.sqlite.org/fileformat.html).
const char sqliteMagic[] = "SQLite format 3";
constexpr int sqliteHeaderSize = 100;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes.at(offset))) << 24) | (quint32(quint8(bytes.at(offset + 1))) << 16)
        | (quint32(quint8(bytes.at(offset + 2))) << 8) | quint32(quint8(bytes.at(offset + 3)));
}

/** Checks the file's header without SQLite: is it SQLite at all, and is it all there? */
bool checkHeader(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read the file (%1)").arg(file.errorString());
        return false;
    }
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.size() < int(sizeof(sqliteMagic))
        || !header.startsWith(QByteArray(sqliteMagic, sizeof(sqliteMagic)))) {
        *error = Text::tr("not a GTM Workbench workspace (the file is not an SQLite database)");
        return false;
    }
    if (header.size() < sqliteHeaderSize) {
        *error = Text::tr("the workspace file is truncated (%1 bytes, shorter than its own header)")
                     .arg(header.size());
        return false;
    }
    // The page count in the header is valid when the change counter matches "version-valid-for".
    quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint32(quint8(header.at(17)));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    if (bigEndian32(header, 24) == bigEndian32(header, 92) && pageCount > 0) {
        const qint64 expected = qint64(pageSize) * pageCount;
        if (file.size() < expected) {
            *error = Text::tr("the workspace file is truncated (%1 of %2 bytes are there)")
                         .arg(file.size())
                         .arg(expected);
            return false;
        }
    }
    return true;
}

QString describeSqliteError(const QString &message)
{
    if (message.contains(QLatin1String("not a database")))
        return Text::tr("not a GTM Workbench workspace (the file is not an SQLite database)");
    if (message.contains(QLatin1String("malformed")) || message.contains(QLatin1String("corrupt")))
        return Text::tr("the workspace file is damaged (%1)").arg(message);
    // SQLite's own words, in English, inside a sentence that says what failed; a message of
    // this program is a sentence already.
    if (isSqlMessage(message))
        return Text::tr("cannot read the workspace file (%1)").arg(message);
    return message;
}

/** Binds empty text as '' rather than NULL (the text columns are NOT NULL). */
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

/**
 * Reads numbers as SQLite stored them. Text in a numeric column (say "3,5" typed in an SQLite
 * client) is a problem to report, never silently a zero.
 */
class Numbers
{
public:
    QString problem;

    double number(const QVariant &value, const char *column)
    {
        switch (value.typeId()) {
        case QMetaType::Double:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
            return value.toDouble();
        default:
            if (problem.isEmpty())
                problem = Text::tr("the workspace file holds \"%1\" in %2, which is not a number")
                              .arg(value.toString(), QLatin1String(column));
            return 0;
        }
    }

    std::optional<double> optional(const QVariant &value, const char *column)
    {
        if (value.isNull())
            return std::nullopt;
        return number(value, column);
    }

    int integer(const QVariant &value, const char *column) { return int(number(value, column)); }
};

/** A key that may be NULL (unset). */
template<typename E>
bool optionalKeyValue(const QVariant &stored, std::optional<E> *out, const char *what,
                      QString *error);

template<typename E>
bool keyValue(const QVariant &stored, E *out, const char *what, QString *error)
{
    const QString key = stored.toString();
    const std::optional<E> value = enumFromKey<E>(key);
    if (!value) {
        // `what` is marked with QT_TRANSLATE_NOOP in this file's context where it is given.
        *error = Text::tr("the workspace holds an unknown %1 \"%2\"").arg(Text::tr(what), key);
        return false;
    }
    *out = *value;
    return true;
}

template<typename E>
bool optionalKeyValue(const QVariant &stored, std::optional<E> *out, const char *what,
                      QString *error)
{
    if (stored.isNull()) {
        out->reset();
        return true;
    }
    E value {};
    if (!keyValue(stored, &value, what, error))
        return false;
    *out = value;
    return true;
}

bool prepare(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.prepare(statement))
        return true;
    *error = sqlErrorText(query);
    return false;
}

/**
 * Inserts rows many at a time (one multi-row INSERT per batch): a workspace of 300,000 indicator
 * values saves about twice as fast as with one statement per row.
 */
class BatchInsert
{
public:
    static constexpr int RowsPerBatch = 64;

    BatchInsert(QSqlDatabase &database, const QString &table, const QStringList &columns)
        : m_database(database)
        , m_table(table)
        , m_columns(columns)
        , m_full(database)
    { }

    bool prepare(QString *error) { return prepareFor(m_full, RowsPerBatch, error); }

    /** Binds column `column` of the current row. */
    void bind(int column, const QVariant &value)
    {
        m_full.bindValue(m_row * int(m_columns.size()) + column, value);
        m_pending[m_row * int(m_columns.size()) + column] = value;
    }

    bool endRow(QString *error)
    {
        if (++m_row < RowsPerBatch)
            return true;
        m_row = 0;
        return execute(m_full, error);
    }

    /** Inserts the rows of a last, partial batch. */
    bool finish(QString *error)
    {
        if (m_row == 0)
            return true;
        QSqlQuery rest(m_database);
        if (!prepareFor(rest, m_row, error))
            return false;
        for (int i = 0; i < m_row * int(m_columns.size()); ++i)
            rest.bindValue(i, m_pending.at(i));
        m_row = 0;
        return execute(rest, error);
    }

private:
    bool prepareFor(QSqlQuery &query, int rows, QString *error)
    {
        const QString placeholders = QLatin1Char('(')
            + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
        const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                      .arg(m_table, m_columns.join(QLatin1Char(',')),
                                           QStringList(rows, placeholders).join(QLatin1Char(',')));
        m_pending.resize(RowsPerBatch * m_columns.size());
        if (query.prepare(statement))
            return true;
        *error = sqlErrorText(query);
        return false;
    }

    QSqlDatabase &m_database;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_full;
    QVariantList m_pending; // the current batch's values, for a partial last batch
    int m_row = 0;
};

bool replaceFile(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *error = Text::tr("cannot replace the file");
    return false;
#else
    // rename() replaces the target atomically: readers see the old file or the new, never a mix.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = Text::tr("cannot replace the file (%1)").arg(SafeFiles::errnoText(errno));
    return false;
#endif
}

/** The companions SQLite keeps beside a database file: a rollback journal, a WAL, its index. */
const char *const companionSuffixes[] = {"-journal", "-wal", "-shm"};

/** Whether another program left a write of its own beside the file: a non-empty journal or WAL. */
bool hasUnfinishedWrite(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal"}) {
        const QFileInfo companion(path + QLatin1String(suffix));
        if (companion.exists() && companion.size() > 0)
            return true;
    }
    return false;
}

/**
 * What to open to read a workspace file: the file itself (read-only), or, when another SQLite
 * program left a journal or WAL beside it, a private copy of the three in a temporary folder,
 * recovered there by SQLite and folded into one plain file, so reading never changes the user's
 * file (SQLite would otherwise roll the journal back or fold the WAL in, on the user's file).
 */
class ReadableFile
{
public:
    bool prepare(const QString &path, QString *error)
    {
        if (!SafeFiles::checkReadable(path, SafeFiles::MaxWorkspaceBytes, error))
            return false;
        m_path = path;
        if (!hasUnfinishedWrite(path))
            return true;
        if (!m_scratch.isValid()) {
            *error = Text::tr("cannot make a private copy to read the workspace's unfinished "
                              "changes (%1)")
                         .arg(m_scratch.errorString());
            return false;
        }
        const QString copy = m_scratch.filePath(QStringLiteral("recovered.gtmw"));
        for (const QString &suffix :
             {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")}) {
            const QString from = path + suffix;
            if (!suffix.isEmpty() && !QFileInfo::exists(from))
                continue;
            if (!QFile::copy(from, copy + suffix)) {
                *error = Text::tr("cannot make a private copy to read the workspace's unfinished "
                                  "changes");
                return false;
            }
            QFile::setPermissions(copy + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        if (!checkHeader(copy, error))
            return false;
        {
            SqlConnection connection(QStringLiteral("QSQLITE"), copy);
            QString message;
            if (!connection.open(&message)) {
                *error = Text::tr("cannot recover the changes another program left unfinished "
                                  "beside the workspace (%1)")
                             .arg(message);
                return false;
            }
            QSqlQuery query(connection.database());
            // Reading recovers (a journal is rolled back, a WAL read); DELETE mode folds a WAL
            // into the copy, so it is one plain file from here on.
            if (!execute(query, QStringLiteral("SELECT count(*) FROM sqlite_master"), &message)
                || !execute(query, QStringLiteral("PRAGMA journal_mode = DELETE"), &message)) {
                *error = Text::tr("cannot recover the changes another program left unfinished "
                                  "beside the workspace (%1)")
                             .arg(message);
                return false;
            }
        }
        m_path = copy;
        m_recovered = true;
        return true;
    }

    QString path() const { return m_path; }
    bool isRecoveredCopy() const { return m_recovered; }
    QString connectOptions() const
    {
        return m_recovered ? QString() : QStringLiteral("QSQLITE_OPEN_READONLY");
    }

private:
    QTemporaryDir m_scratch;
    QString m_path;
    bool m_recovered = false;
};

/** The file a path names, through a link; the path itself when it names nothing yet. */
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

QString LockHolder::describe() const
{
    QString who = application.isEmpty() ? Text::tr("another program") : application;
    QStringList details;
    if (process > 0)
        details.append(Text::tr("process %1").arg(process));
    if (!user.isEmpty())
        details.append(Text::tr("user %1").arg(user));
    if (!host.isEmpty())
        details.append(Text::tr("on %1").arg(host));
    if (since.isValid())
        details.append(
            Text::tr("since %1")
                .arg(Language::locale().toString(since.toLocalTime(), QLocale::ShortFormat)));
    return details.isEmpty() ? who : Text::tr("%1 (%2)").arg(who, details.join(Text::tr(", ")));
}

SqliteWorkspaceStore::SqliteWorkspaceStore(const QString &filePath)
    : m_filePath(filePath)
{ }

SqliteWorkspaceStore::~SqliteWorkspaceStore() = default; // a lock held is released

QString SqliteWorkspaceStore::displayName() const
{
    return QDir::toNativeSeparators(m_filePath);
}

bool SqliteWorkspaceStore::exists() const
{
    return QFileInfo::exists(m_filePath);
}

QString SqliteWorkspaceStore::lockPath(const QString &filePath)
{
    const QFileInfo target(resolvedPath(filePath));
    return target.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(target.fileName()));
}

bool SqliteWorkspaceStore::lock(QString *error, LockHolder *holder)
{
    if (holdsLock())
        return true;
    const QString folder = QFileInfo(lockPath(m_filePath)).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *error = Text::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // The kernel's flock(), let go when the holder ends however it ends: never stale.
    auto lock = std::make_unique<FileLock>(lockPath(m_filePath));
    const FileLock::Result result = lock->tryLock();
    if (result == FileLock::Result::Locked) {
        m_lock = std::move(lock);
        return true;
    }
    if (result == FileLock::Result::Held) {
        LockHolder found = lock->holder();
        if (found.application == QLatin1String("gtm-workbench"))
            found.application = QCoreApplication::translate("Gtm::Application", "GTM Workbench");
        if (holder)
            *holder = found;
        *error = Text::tr("it is being changed by %1; try again when that is done, or close it "
                          "there")
                     .arg(found.describe());
        return false;
    }
    *error = Text::tr("cannot lock it for writing: no lock file can be made in the folder %1 "
                      "(%2)")
                 .arg(QDir::toNativeSeparators(folder), SafeFiles::errnoText(lock->errorCode()));
    return false;
}

void SqliteWorkspaceStore::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool SqliteWorkspaceStore::holdsLock() const
{
    return m_lock && m_lock->isLocked();
}

QByteArray SqliteWorkspaceStore::revision() const
{
#ifdef Q_OS_WIN
    const QFileInfo info(m_filePath);
    if (!info.exists())
        return {};
    return QByteArray::number(info.size()) + ':'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
#else
    // Identity (device, inode: a save renames a new file in) and state (size, change times).
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(m_filePath).constData(), &status) != 0)
        return {};
    return QByteArray::number(quint64(status.st_dev)) + ':'
        + QByteArray::number(quint64(status.st_ino)) + ':'
        + QByteArray::number(qint64(status.st_size)) + ':'
        + QByteArray::number(qint64(status.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(status.st_mtim.tv_nsec)) + ':'
        + QByteArray::number(qint64(status.st_ctim.tv_sec)) + '.'
        + QByteArray::number(qint64(status.st_ctim.tv_nsec));
#endif
}

QString SqliteWorkspaceStore::backupPath(const QString &filePath, int version)
{
    return QStringLiteral("%1.v%2.bak").arg(filePath, QString::number(version));
}

bool SqliteWorkspaceStore::keepBackup(const QString &filePath, int version, QString *error)
{
    QFile original(filePath);
    if (!original.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read the file to keep a backup (%1)").arg(original.errorString());
        return false;
    }
    const QByteArray bytes = original.readAll();
    // NAME.v1.bak, then NAME.v1.2.bak, … : a backup of another file is never overwritten.
    QString backup = backupPath(filePath, version);
    for (int n = 2; QFile::exists(backup); ++n) {
        QFile existing(backup);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            return true; // this very file is already kept
        backup = QStringLiteral("%1.v%2.%3.bak")
                     .arg(filePath, QString::number(version), QString::number(n));
    }
    QSaveFile copy(backup);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.commit()) {
        *error = Text::tr("cannot keep a backup of the file format %1 workspace as %2 (%3)")
                     .arg(QString::number(version), QDir::toNativeSeparators(backup),
                          copy.errorString());
        return false;
    }
    return true;
}

bool SqliteWorkspaceStore::openChecked(const QString &path, SqlConnection &connection, int *version,
                                       QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Text::tr("no such file");
        return false;
    }
    if (info.isDir()) {
        *error = Text::tr("is a folder, not a workspace file");
        return false;
    }
    if (!SafeFiles::checkReadable(path, SafeFiles::MaxWorkspaceBytes, error))
        return false;
    if (!checkHeader(path, error))
        return false;
    QString message;
    if (!connection.open(&message)) {
        *error = describeSqliteError(message);
        return false;
    }
    QSqlQuery query(connection.database());
    if (!execute(query, QStringLiteral("PRAGMA application_id"), &message) || !query.next()) {
        *error = describeSqliteError(message);
        return false;
    }
    if (query.value(0).toInt() != Schema::ApplicationId) {
        *error = Text::tr("not a GTM Workbench workspace (an SQLite database of another program)");
        return false;
    }
    if (!execute(query, QStringLiteral("PRAGMA user_version"), &message) || !query.next()) {
        *error = describeSqliteError(message);
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

int SqliteWorkspaceStore::formatVersion(QString *error) const
{
    ReadableFile source;
    QString message;
    if (!source.prepare(m_filePath, &message)) {
        if (error)
            *error = message;
        return -1;
    }
    SqlConnection connection(sqliteDriver, source.path(), source.connectOptions());
    int version = -1;
    if (!openChecked(source.path(), connection, &version, &message)) {
        if (error)
            *error = message;
        return -1;
    }
    return version;
}

bool SqliteWorkspaceStore::load(Workspace &workspace, QString *error)
{
    QString message;
    int version = -1;
    ReadableFile source;
    if (!source.prepare(m_filePath, error))
        return false;
    {
        SqlConnection connection(sqliteDriver, source.path(), source.connectOptions());
        if (!openChecked(source.path(), connection, &version, &message)) {
            *error = message;
            return false;
        }
        if (version > Schema::CurrentVersion) {
            *error
                = Text::tr("the workspace was saved by a newer GTM Workbench (file format %1; this "
                           "version reads up to %2); it was left untouched")
                      .arg(version)
                      .arg(Schema::CurrentVersion);
            return false;
        }
        if (version < Schema::OldestReadableVersion) {
            *error = Text::tr("the workspace has an unknown file format version %1").arg(version);
            return false;
        }
        {
            QSqlQuery query(connection.database());
            if (!execute(query, QStringLiteral("PRAGMA quick_check"), &message) || !query.next()) {
                *error = describeSqliteError(message);
                return false;
            }
            const QString verdict = query.value(0).toString().simplified();
            if (verdict != QLatin1String("ok")) {
                *error = Text::tr("the workspace file is damaged (%1)")
                             .arg(QLatin1String("SQLite: ") + verdict);
                return false;
            }
        }
        if (version == Schema::CurrentVersion) {
            Workspace loaded;
            if (!readDatabase(connection, loaded, &message)) {
                *error = describeSqliteError(message);
                return false;
            }
            workspace = std::move(loaded);
            return true;
        }
    }

    // An older file: upgrade a private copy, so the user's file stays as it is until saved.
    QTemporaryDir scratch;
    const QString copyPath = scratch.filePath(QStringLiteral("upgrade.gtmw"));
    if (!scratch.isValid() || !QFile::copy(source.path(), copyPath)) {
        *error = Text::tr("cannot make a working copy to upgrade the file format %1 workspace")
                     .arg(version);
        return false;
    }
    QFile::setPermissions(copyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    SqlConnection connection(sqliteDriver, copyPath);
    if (!connection.open(&message) || !Schema::migrate(connection.database(), version, &message)) {
        *error = Text::tr("cannot upgrade the workspace from file format %1 (%2)")
                     .arg(version)
                     .arg(message);
        return false;
    }
    Workspace loaded;
    if (!readDatabase(connection, loaded, &message)) {
        *error = describeSqliteError(message);
        return false;
    }
    workspace = std::move(loaded);
    return true;
}

bool SqliteWorkspaceStore::readVerticals(QSqlDatabase &db, const QList<VerticalId> *ids,
                                         QList<Vertical> *verticals,
                                         const QHash<QString, QString> &internedIds, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    Numbers numbers;
    QStringList idList;
    if (ids) {
        for (const VerticalId id : *ids)
            idList << QString::number(id);
        if (idList.isEmpty())
            return true;
    }
    const QString only = idList.join(QLatin1Char(','));
    const QString onlyOwned
        = only.isEmpty() ? QString() : QStringLiteral(" WHERE vertical_id IN (%1)").arg(only);
    QHash<VerticalId, int> rowOfVertical;
    if (!execute(
            query,
            QStringLiteral("SELECT id, name, description, context_notes, capabilities_notes,"
                           " consequences_notes, winners, losers, safeguards FROM vertical%1"
                           " ORDER BY position, id")
                .arg(only.isEmpty() ? QString() : QStringLiteral(" WHERE id IN (%1)").arg(only)),
            error))
        return false;
    while (query.next()) {
        Vertical vertical;
        vertical.id = query.value(0).toLongLong();
        vertical.name = query.value(1).toString();
        vertical.description = query.value(2).toString();
        vertical.contextNotes = query.value(3).toString();
        vertical.capabilitiesNotes = query.value(4).toString();
        vertical.consequencesNotes = query.value(5).toString();
        vertical.winners = query.value(6).toString();
        vertical.losers = query.value(7).toString();
        vertical.safeguards = query.value(8).toString();
        rowOfVertical.insert(vertical.id, int((*verticals).size()));
        (*verticals).append(std::move(vertical));
    }

    if (!execute(query,
                 QStringLiteral("SELECT vertical_id, problem, stakeholder, framing,"
                                " explainability_need, technology_first, poc_months"
                                " FROM challenge%1 ORDER BY vertical_id, position")
                     .arg(onlyOwned),
                 error))
        return false;
    while (query.next()) {
        const auto row = rowOfVertical.constFind(query.value(0).toLongLong());
        if (row == rowOfVertical.constEnd())
            continue; // orphaned row; `check` reports it
        // NULL is a field nobody has filled in yet.
        Challenge challenge;
        challenge.problem = query.value(1).toString();
        if (!optionalKeyValue(query.value(2), &challenge.stakeholder,
                              QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "stakeholder"), error)
            || !optionalKeyValue(query.value(3), &challenge.framing,
                                 QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "framing"), error))
            return false;
        if (const auto need = numbers.optional(query.value(4), "challenge.explainability_need"))
            challenge.explainabilityNeed = int(*need);
        if (const auto flag = numbers.optional(query.value(5), "challenge.technology_first"))
            challenge.technologyFirst = *flag != 0;
        challenge.pocMonths = numbers.optional(query.value(6), "challenge.poc_months");
        (*verticals)[*row].challenges.append(challenge);
    }

    if (!execute(query,
                 QStringLiteral("SELECT vertical_id, indicator_id, value, source"
                                " FROM indicator_value%1 ORDER BY vertical_id, indicator_id")
                     .arg(onlyOwned),
                 error))
        return false;
    Vertical *current = nullptr;
    VerticalId currentId = 0;
    while (query.next()) {
        const VerticalId id = query.value(0).toLongLong();
        if (!current || id != currentId) {
            const auto row = rowOfVertical.constFind(id);
            current = row == rowOfVertical.constEnd() ? nullptr : &(*verticals)[*row];
            currentId = id;
        }
        if (!current)
            continue; // orphaned row; `check` reports it
        QString indicatorId = query.value(1).toString();
        const auto interned = internedIds.constFind(indicatorId);
        if (interned != internedIds.constEnd())
            indicatorId = *interned;
        current->values.insert(
            indicatorId,
            IndicatorValue {numbers.number(query.value(2), "indicator_value.value"),
                            query.value(3).toString()});
    }
    if (!numbers.problem.isEmpty()) {
        *error = numbers.problem;
        return false;
    }
    return true;
}

bool SqliteWorkspaceStore::readDatabase(SqlConnection &connection, Workspace &workspace,
                                        QString *error)
{
    QSqlDatabase &db = connection.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    Numbers numbers;

    if (!execute(query,
                 QStringLiteral("SELECT name, pitch, category, custom_category, modality,"
                                " target_market, pricing_model, pricing_rationale,"
                                " go_first_quarter, next_quarter, prepare_quarter, ask_people,"
                                " ask_budget_usd, ask_decisions FROM product"),
                 error))
        return false;
    if (query.next()) {
        Product &product = workspace.product;
        product.name = query.value(0).toString();
        product.pitch = query.value(1).toString();
        if (!keyValue(query.value(2), &product.category,
                      QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "product category"), error)
            || !keyValue(query.value(4), &product.modality,
                         QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "modality"), error)
            || !keyValue(query.value(6), &workspace.plan.pricing.model,
                         QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "pricing model"), error))
            return false;
        product.customCategory = query.value(3).toString();
        workspace.plan.targetMarket = query.value(5).toString();
        workspace.plan.pricing.rationale = query.value(7).toString();
        WaveQuarters &quarters = workspace.plan.targetQuarters;
        quarters.goFirst = query.value(8).toString();
        quarters.next = query.value(9).toString();
        quarters.prepare = query.value(10).toString();
        PlanAsks &asks = workspace.plan.asks;
        asks.people = query.value(11).toString();
        asks.budgetUsd = numbers.optional(query.value(12), "product.ask_budget_usd");
        asks.decisions = query.value(13).toString();
    }

    if (!execute(query,
                 QStringLiteral("SELECT role, committee_role, goals, objections, must_explain"
                                " FROM persona ORDER BY position"),
                 error))
        return false;
    while (query.next()) {
        BuyerPersona persona;
        persona.role = query.value(0).toString();
        if (!keyValue(query.value(1), &persona.committeeRole,
                      QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "buying-committee role"),
                      error))
            return false;
        persona.goals = query.value(2).toString();
        persona.objections = query.value(3).toString();
        persona.mustExplain = query.value(4).toString();
        workspace.plan.personas.append(persona);
    }

    if (!execute(query,
                 QStringLiteral("SELECT driver, strength, evidence, framing FROM value_driver"),
                 error))
        return false;
    while (query.next()) {
        ValueDriverKind kind;
        Framing framing;
        if (!keyValue(query.value(0), &kind,
                      QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "value driver"), error)
            || !keyValue(query.value(3), &framing,
                         QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "framing"), error))
            return false;
        ValueDriver &driver = workspace.plan.valueDriver(kind);
        driver.strength = numbers.integer(query.value(1), "value_driver.strength");
        driver.evidence = query.value(2).toString();
        driver.framing = framing;
    }

    if (!execute(query,
                 QStringLiteral("SELECT tier, price, unit FROM price_point ORDER BY position"),
                 error))
        return false;
    while (query.next()) {
        PricePoint point;
        point.tier = query.value(0).toString();
        point.price = numbers.optional(query.value(1), "price_point.price");
        point.unit = query.value(2).toString();
        workspace.plan.pricing.pricePoints.append(point);
    }

    if (!execute(query,
                 QStringLiteral("SELECT title, kind, timing, budget, notes FROM marketing_item"
                                " ORDER BY position"),
                 error))
        return false;
    while (query.next()) {
        MarketingItem item;
        item.title = query.value(0).toString();
        if (!keyValue(query.value(1), &item.kind,
                      QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "marketing item kind"), error))
            return false;
        item.timing = query.value(2).toString();
        item.budget = numbers.optional(query.value(3), "marketing_item.budget");
        item.notes = query.value(4).toString();
        workspace.plan.marketing.append(item);
    }

    if (!execute(query,
                 QStringLiteral("SELECT kind, name, revenue_share_pct, notes FROM channel"
                                " ORDER BY position"),
                 error))
        return false;
    while (query.next()) {
        Channel channel;
        if (!keyValue(query.value(0), &channel.kind,
                      QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "channel kind"), error))
            return false;
        channel.name = query.value(1).toString();
        channel.revenueSharePct = numbers.optional(query.value(2), "channel.revenue_share_pct");
        channel.notes = query.value(3).toString();
        workspace.plan.channels.append(channel);
    }

    // One shared string per indicator id, so 300,000 values do not hold 300,000 copies of ids.
    QHash<QString, QString> internedIds;
    for (const IndicatorDefinition &definition : builtInIndicators())
        internedIds.insert(definition.id, definition.id);

    if (!execute(query,
                 QStringLiteral("SELECT id, name, dimension, unit, min_value, max_value,"
                                " description, low_anchor, high_anchor FROM indicator"
                                " ORDER BY rowid"),
                 error))
        return false;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (internedIds.contains(id))
            continue; // a built-in: the program's definition is the one that counts
        IndicatorDefinition definition;
        definition.id = id;
        definition.name = query.value(1).toString();
        if (!keyValue(query.value(2), &definition.dimension,
                      QT_TRANSLATE_NOOP("Gtm::SqliteWorkspaceStore", "indicator dimension"), error))
            return false;
        definition.unit = query.value(3).toString();
        definition.minimum = numbers.optional(query.value(4), "indicator.min_value");
        definition.maximum = numbers.optional(query.value(5), "indicator.max_value");
        definition.description = query.value(6).toString();
        definition.lowAnchor = query.value(7).toString();
        definition.highAnchor = query.value(8).toString();
        workspace.customIndicators.append(definition);
        internedIds.insert(id, id);
    }

    if (!readVerticals(db, nullptr, &workspace.verticals, internedIds, error))
        return false;
    if (!numbers.problem.isEmpty()) {
        *error = numbers.problem;
        return false;
    }
    return ModelTables::read(db, &workspace.model, error)
        && ModelTables::readScenarios(db, &workspace.scenarios, error);
}

bool SqliteWorkspaceStore::writeDatabase(const QString &path, const Workspace &workspace,
                                         QString *error)
{
    SqlConnection connection(sqliteDriver, path);
    if (!connection.open(error))
        return false;
    QSqlDatabase &db = connection.database();
    {
        QSqlQuery query(db);
        // A brand-new file that is renamed into place only once complete needs no journal.
        const QStringList setup = {
            QStringLiteral("PRAGMA journal_mode = OFF"),
            QStringLiteral("PRAGMA synchronous = OFF"),
            QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId),
        };
        for (const QString &statement : setup) {
            if (!execute(query, statement, error))
                return false;
        }
    }
    if (!db.transaction()) {
        *error = sqlErrorText(db.lastError());
        return false;
    }
    const auto fail = [&db]() {
        db.rollback();
        return false;
    };
    {
        QSqlQuery query(db);
        for (const QString &statement : Schema::createStatements()) {
            if (!execute(query, statement, error))
                return fail();
        }
        if (!writeContent(db, workspace, error))
            return fail();
        if (!execute(query, QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion),
                     error))
            return fail();
    }
    if (!db.commit()) {
        *error = sqlErrorText(db.lastError());
        return fail();
    }
    return true;
}

bool SqliteWorkspaceStore::writeContent(QSqlDatabase &db, const Workspace &workspace,
                                        QString *error, bool withVerticals)
{
    const auto fail = [] {
        return false;
    };
    {
        QSqlQuery query(db);
        const QList<std::pair<const char *, QString>> info = {
            {"format", QStringLiteral("gtm-workbench-workspace")},
            {"written_by",
             QStringLiteral("GTM Workbench %1").arg(QLatin1String(GTM_VERSION_STRING))},
        };
        if (!prepare(query, QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, ?)"),
                     error))
            return fail();
        for (const auto &[key, value] : info) {
            query.bindValue(0, QLatin1String(key));
            query.bindValue(1, text(value));
            if (!execute(query, error))
                return fail();
        }

        const Product &product = workspace.product;
        const GtmPlan &plan = workspace.plan;
        if (!prepare(
                query,
                QStringLiteral("INSERT INTO product (id, name, pitch, category, custom_category,"
                               " modality, target_market, pricing_model, pricing_rationale,"
                               " go_first_quarter, next_quarter, prepare_quarter, ask_people,"
                               " ask_budget_usd, ask_decisions)"
                               " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                error))
            return fail();
        query.bindValue(0, text(product.name));
        query.bindValue(1, text(product.pitch));
        query.bindValue(2, enumKey(product.category));
        query.bindValue(3, text(product.customCategory));
        query.bindValue(4, enumKey(product.modality));
        query.bindValue(5, text(plan.targetMarket));
        query.bindValue(6, enumKey(plan.pricing.model));
        query.bindValue(7, text(plan.pricing.rationale));
        query.bindValue(8, text(plan.targetQuarters.goFirst));
        query.bindValue(9, text(plan.targetQuarters.next));
        query.bindValue(10, text(plan.targetQuarters.prepare));
        query.bindValue(11, text(plan.asks.people));
        query.bindValue(12, optionalValue(plan.asks.budgetUsd));
        query.bindValue(13, text(plan.asks.decisions));
        if (!execute(query, error))
            return fail();

        if (!prepare(query,
                     QStringLiteral("INSERT INTO persona (position, role, committee_role, goals,"
                                    " objections, must_explain) VALUES (?, ?, ?, ?, ?, ?)"),
                     error))
            return fail();
        for (int i = 0; i < plan.personas.size(); ++i) {
            const BuyerPersona &persona = plan.personas.at(i);
            query.bindValue(0, i);
            query.bindValue(1, text(persona.role));
            query.bindValue(2, enumKey(persona.committeeRole));
            query.bindValue(3, text(persona.goals));
            query.bindValue(4, text(persona.objections));
            query.bindValue(5, text(persona.mustExplain));
            if (!execute(query, error))
                return fail();
        }

        if (!prepare(query,
                     QStringLiteral("INSERT INTO value_driver (driver, strength, evidence, framing)"
                                    " VALUES (?, ?, ?, ?)"),
                     error))
            return fail();
        for (const ValueDriver &driver : plan.valueDrivers) {
            query.bindValue(0, enumKey(driver.kind));
            query.bindValue(1, driver.strength);
            query.bindValue(2, text(driver.evidence));
            query.bindValue(3, enumKey(driver.framing));
            if (!execute(query, error))
                return fail();
        }

        if (!prepare(query,
                     QStringLiteral("INSERT INTO price_point (position, tier, price, unit)"
                                    " VALUES (?, ?, ?, ?)"),
                     error))
            return fail();
        for (int i = 0; i < plan.pricing.pricePoints.size(); ++i) {
            const PricePoint &point = plan.pricing.pricePoints.at(i);
            query.bindValue(0, i);
            query.bindValue(1, text(point.tier));
            query.bindValue(2, optionalValue(point.price));
            query.bindValue(3, text(point.unit));
            if (!execute(query, error))
                return fail();
        }

        if (!prepare(query,
                     QStringLiteral("INSERT INTO marketing_item (position, title, kind, timing,"
                                    " budget, notes) VALUES (?, ?, ?, ?, ?, ?)"),
                     error))
            return fail();
        for (int i = 0; i < plan.marketing.size(); ++i) {
            const MarketingItem &item = plan.marketing.at(i);
            query.bindValue(0, i);
            query.bindValue(1, text(item.title));
            query.bindValue(2, enumKey(item.kind));
            query.bindValue(3, text(item.timing));
            query.bindValue(4, optionalValue(item.budget));
            query.bindValue(5, text(item.notes));
            if (!execute(query, error))
                return fail();
        }

        if (!prepare(query,
                     QStringLiteral("INSERT INTO channel (position, kind, name, revenue_share_pct,"
                                    " notes) VALUES (?, ?, ?, ?, ?)"),
                     error))
            return fail();
        for (int i = 0; i < plan.channels.size(); ++i) {
            const Channel &channel = plan.channels.at(i);
            query.bindValue(0, i);
            query.bindValue(1, enumKey(channel.kind));
            query.bindValue(2, text(channel.name));
            query.bindValue(3, optionalValue(channel.revenueSharePct));
            query.bindValue(4, text(channel.notes));
            if (!execute(query, error))
                return fail();
        }

        // Built-in definitions are written too, so the file explains itself in any SQLite client
        // and every value's indicator_id has a row to refer to.
        if (!prepare(query,
                     QStringLiteral("INSERT INTO indicator (id, name, dimension, unit, min_value,"
                                    " max_value, description, low_anchor, high_anchor, built_in)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     error))
            return fail();
        for (const IndicatorDefinition &definition : workspace.indicators()) {
            query.bindValue(0, text(definition.id));
            query.bindValue(1, text(definition.name));
            query.bindValue(2, enumKey(definition.dimension));
            query.bindValue(3, text(definition.unit));
            query.bindValue(4, optionalValue(definition.minimum));
            query.bindValue(5, optionalValue(definition.maximum));
            query.bindValue(6, text(definition.description));
            query.bindValue(7, text(definition.lowAnchor));
            query.bindValue(8, text(definition.highAnchor));
            query.bindValue(9, definition.builtIn ? 1 : 0);
            if (!execute(query, error))
                return fail();
        }

        QList<int> all(workspace.verticals.size());
        std::iota(all.begin(), all.end(), 0);
        if ((withVerticals && !writeVerticals(db, workspace, all, error))
            || !ModelTables::write(db, workspace.model, Schema::CurrentVersion, error)
            || !ModelTables::writeScenarios(db, workspace.scenarios, error))
            return fail();
    }
    return true;
}

bool SqliteWorkspaceStore::writeVerticals(QSqlDatabase &db, const Workspace &workspace,
                                          const QList<int> &indices, QString *error)
{
    const auto fail = [] {
        return false;
    };
    QSqlQuery query(db);
    QSqlQuery challengeQuery(db);
    BatchInsert values(db, QStringLiteral("indicator_value"),
                       {QStringLiteral("vertical_id"), QStringLiteral("indicator_id"),
                        QStringLiteral("value"), QStringLiteral("source")});
    if (!prepare(query,
                 QStringLiteral("INSERT INTO vertical (id, position, name, description,"
                                " context_notes, capabilities_notes, consequences_notes,"
                                " winners, losers, safeguards)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 error)
        || !prepare(challengeQuery,
                    QStringLiteral("INSERT INTO challenge (vertical_id, position, problem,"
                                   " stakeholder, framing, explainability_need,"
                                   " technology_first, poc_months)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    error)
        || !values.prepare(error))
        return fail();
    for (const int i : indices) {
        const Vertical &vertical = workspace.verticals.at(i);
        query.bindValue(0, vertical.id);
        query.bindValue(1, i);
        query.bindValue(2, text(vertical.name));
        query.bindValue(3, text(vertical.description));
        query.bindValue(4, text(vertical.contextNotes));
        query.bindValue(5, text(vertical.capabilitiesNotes));
        query.bindValue(6, text(vertical.consequencesNotes));
        query.bindValue(7, text(vertical.winners));
        query.bindValue(8, text(vertical.losers));
        query.bindValue(9, text(vertical.safeguards));
        if (!execute(query, error))
            return fail();
        for (int row = 0; row < vertical.challenges.size(); ++row) {
            const Challenge &challenge = vertical.challenges.at(row);
            challengeQuery.bindValue(0, vertical.id);
            challengeQuery.bindValue(1, row);
            challengeQuery.bindValue(2, text(challenge.problem));
            // An unset field is NULL.
            const Challenge &c = challenge;
            challengeQuery.bindValue(
                3, c.stakeholder ? QVariant(enumKey(*c.stakeholder)) : QVariant());
            challengeQuery.bindValue(4, c.framing ? QVariant(enumKey(*c.framing)) : QVariant());
            challengeQuery.bindValue(
                5, c.explainabilityNeed ? QVariant(*c.explainabilityNeed) : QVariant());
            challengeQuery.bindValue(
                6, c.technologyFirst ? QVariant(*c.technologyFirst ? 1 : 0) : QVariant());
            challengeQuery.bindValue(7, optionalValue(challenge.pocMonths));
            if (!execute(challengeQuery, error))
                return fail();
        }
        for (auto it = vertical.values.cbegin(); it != vertical.values.cend(); ++it) {
            values.bind(0, vertical.id);
            values.bind(1, text(it.key()));
            values.bind(2, it->value);
            values.bind(3, text(it->source));
            if (!values.endRow(error))
                return fail();
        }
    }
    return values.finish(error);
}

bool SqliteWorkspaceStore::save(const Workspace &workspace, QString *error)
{
    // One writer at a time: a save takes the lock for itself when its caller holds none.
    if (holdsLock())
        return writeLocked(workspace, error);
    QString message;
    if (!lock(&message)) {
        *error = Text::tr("cannot save: %1").arg(message);
        return false;
    }
    const bool saved = writeLocked(workspace, error);
    unlock();
    return saved;
}

bool SqliteWorkspaceStore::writeLocked(const Workspace &workspace, QString *error)
{
    QString refusal;
    // Through a link, the file it points to is replaced and the link kept; a device, FIFO,
    // socket, folder, dangling link or read-only file is refused.
    const QString targetPath = SafeFiles::outputTarget(m_filePath, &refusal);
    if (targetPath.isEmpty()) {
        *error = Text::tr("cannot save: %1").arg(refusal);
        return false;
    }
    const QFileInfo target(targetPath);
    const QDir folder = target.absoluteDir();

    if (target.exists()) {
        QString ignored;
        const int version = SqliteWorkspaceStore(targetPath).formatVersion(&ignored);
        // A newer program saved this file since it was opened: do not turn its work into ours.
        if (version > Schema::CurrentVersion) {
            *error
                = Text::tr("cannot save: the file now holds a workspace of a newer GTM Workbench "
                           "(file format %1); save under another name to keep both")
                      .arg(version);
            return false;
        }
        // Keep a copy of an older-format file before it is replaced by one that older versions
        // of the program cannot read.
        if (version >= Schema::OldestReadableVersion && version < Schema::CurrentVersion
            && !keepBackup(targetPath, version, error))
            return false;
    }
    // What killed saves of this workspace left behind: the lock is ours, so none is under way.
    SafeFiles::removeStaleTemporaries(targetPath);

    QTemporaryFile temporary(SafeFiles::temporaryPattern(targetPath));
    temporary.setAutoRemove(false);
    if (!temporary.open()) {
        *error = Text::tr("cannot write in the folder %1 (%2)")
                     .arg(QDir::toNativeSeparators(folder.path()), SafeFiles::errnoText(errno));
        return false;
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    QString message;
    bool ok = writeDatabase(temporaryPath, workspace, &message);
    // SQLite's words for the common causes, in the user's (the same as every other write says).
    if (!ok && message.contains(QLatin1String("disk is full")))
        message = SafeFiles::errnoText(ENOSPC);
    else if (!ok && message.contains(QLatin1String("readonly database")))
        message = SafeFiles::errnoText(EROFS);
    if (ok && !SafeFiles::flushToDisk(temporaryPath)) {
        ok = false;
        message
            = Text::tr("cannot flush the new file to disk (%1)").arg(SafeFiles::errnoText(errno));
    }
    if (ok) {
        struct stat existing
        {
        };
        const bool had = ::stat(QFile::encodeName(targetPath).constData(), &existing) == 0;
        ::chmod(
            QFile::encodeName(temporaryPath).constData(), had ? (existing.st_mode & 07777) : [] {
                const mode_t mask = ::umask(022);
                ::umask(mask);
                return mode_t(0666 & ~mask);
            }());
        // A journal or WAL of the old file must not outlive it: SQLite would replay it over the
        // new one. The new file is complete on disk before they go.
        for (const char *suffix : companionSuffixes) {
            const QString companion = targetPath + QLatin1String(suffix);
            if (QFileInfo::exists(companion) && !QFile::remove(companion)) {
                ok = false;
                message = Text::tr("cannot remove %1, which SQLite would apply to the new file")
                              .arg(QDir::toNativeSeparators(companion));
                break;
            }
        }
    }
    if (ok)
        ok = replaceFile(temporaryPath, targetPath, &message);
    if (!ok) {
        QFile::remove(temporaryPath);
        *error = target.exists()
            ? Text::tr("cannot save (%1); the previous file is unchanged").arg(message)
            : Text::tr("cannot save (%1); no file was made").arg(message);
        return false;
    }
    SafeFiles::flushToDisk(folder.absolutePath()); // make the rename itself durable
    return true;
}

QStringList SqliteWorkspaceStore::check()
{
    QStringList problems;
    int version = -1;
    QString message;
    ReadableFile source;
    if (!source.prepare(m_filePath, &message))
        return {message};
    {
        SqlConnection connection(sqliteDriver, source.path(), source.connectOptions());
        if (!openChecked(source.path(), connection, &version, &message))
            return {message};
        if (version > Schema::CurrentVersion)
            return {
                Text::tr("the workspace was saved by a newer GTM Workbench (file format %1; this "
                         "version reads up to %2)")
                    .arg(version)
                    .arg(Schema::CurrentVersion)};
        QSqlQuery query(connection.database());
        if (!execute(query, QStringLiteral("PRAGMA integrity_check(20)"), &message))
            return {describeSqliteError(message)};
        while (query.next()) {
            const QString line = query.value(0).toString();
            // SQLite's words (English, on several lines) on one line, inside a sentence.
            if (line != QLatin1String("ok"))
                problems.append(Text::tr("the workspace file is damaged (%1)")
                                    .arg(QLatin1String("SQLite: ") + line.simplified()));
        }
        if (!problems.isEmpty())
            return problems;
        if (!execute(query, QStringLiteral("PRAGMA foreign_key_check"), &message))
            return {describeSqliteError(message)};
        while (query.next()) {
            // A table WITHOUT ROWID (indicator_value) has no row number to give.
            if (query.value(1).isNull() || query.value(1).toString().isEmpty())
                problems.append(Text::tr("table %1 has a row that refers to a missing row of %2")
                                    .arg(query.value(0).toString(), query.value(2).toString()));
            else
                problems.append(Text::tr("table %1, row %2 refers to a missing row of %3")
                                    .arg(query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toString()));
        }
    }
    Workspace workspace;
    if (!load(workspace, &message))
        return problems << message;
    problems += workspace.validate();
    QStringList modelProblems;
    if (!compileGtmModel(workspace.model, workspace, nullptr, &modelProblems)) {
        for (const QString &problem : std::as_const(modelProblems))
            problems.append(Text::tr("scoring model: %1").arg(problem));
    }
    for (const Scenario &scenario : std::as_const(workspace.scenarios)) {
        QStringList scenarioProblems;
        if (!compileGtmModel(scenario.model, workspace, nullptr, &scenarioProblems)) {
            for (const QString &problem : std::as_const(scenarioProblems))
                problems.append(Text::tr("scenario \"%1\": %2").arg(scenario.name, problem));
        }
    }
    return problems;
}

} // namespace Gtm
