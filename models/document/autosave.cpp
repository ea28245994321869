#include "autosave.h"

#include "storage/filelock.h"
#include "storage/safefiles.h"
#include "storage/sqliteworkspacestore.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace Gtm {

namespace {

const QLatin1String metaFormat("gtm-workbench-recovery");

QString folderOr(const QString &folder)
{
    return folder.isEmpty() ? Autosave::defaultFolder() : folder;
}

QString sessionPath(const QString &folder, const QString &id, const QString &suffix)
{
    return QDir(folder).filePath(QStringLiteral("session-%1%2").arg(id, suffix));
}

/** Writes the workspace as a complete new file, then renames it over `target`. */
QString writeSnapshot(const Workspace &workspace, const QString &target)
{
    const QString temporary = target
        + QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16,
                                        QLatin1Char('0'));
    QString error;
    if (!SqliteWorkspaceStore::writeDatabase(temporary, workspace, &error)) {
        QFile::remove(temporary);
        return error;
    }
    if (!SafeFiles::flushToDisk(temporary)
        || std::rename(QFile::encodeName(temporary).constData(),
                       QFile::encodeName(target).constData())
            != 0) {
        const QString why = SafeFiles::errnoText(errno);
        QFile::remove(temporary);
        return why;
    }
    return {};
}

} // namespace

QString Autosave::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

Autosave::Autosave(WorkspaceDocument *document, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_folder(folderOr(folder))
    , m_id(QStringLiteral("%1-%2")
               .arg(QCoreApplication::applicationPid())
               .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
    , m_timer(new QTimer(this))
{
    QDir().mkpath(m_folder);
    // Held while this session lives: a free lock marks the files of a session that is gone.
    m_lock = std::make_unique<FileLock>(pathFor(QStringLiteral(".lock")));
    m_lock->tryLock();

    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosave::markChanged);
    connect(document, &WorkspaceDocument::workspaceReset, this, &Autosave::markChanged);
    m_unsaved = document->isModified();
    connect(document, &WorkspaceDocument::modifiedChanged, this, [this](bool modified) {
        m_unsaved = modified;
        if (!modified)
            discard(); // saved, or undone back to what is saved: nothing to recover
    });
    connect(m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    setInterval(DefaultIntervalSeconds);
}

Autosave::~Autosave()
{
    if (m_pending.valid())
        m_pending.wait();
    // A clean close with nothing unsaved leaves nothing; unsaved edits stay for the next start
    // (the window asked about them before it closed). The document may be gone already.
    if (!(m_document ? m_document->isModified() : m_unsaved))
        discard();
}

QString Autosave::pathFor(const QString &suffix) const
{
    return sessionPath(m_folder, m_id, suffix);
}

QString Autosave::recoveryFile() const
{
    return pathFor(QStringLiteral(".gtmw"));
}

void Autosave::setInterval(int seconds)
{
    m_seconds = std::max(0, seconds);
    if (m_seconds == 0) {
        m_timer->stop();
        discard();
        return;
    }
    m_timer->start(m_seconds * 1000);
}

void Autosave::markChanged()
{
    ++m_changes;
}

void Autosave::writeNow()
{
    if (m_seconds == 0 || !m_document)
        return;
    if (!m_document->isModified()) {
        discard();
        return;
    }
    if (m_written == m_changes && QFileInfo::exists(recoveryFile()))
        return; // nothing new since the last write
    if (m_pending.valid())
        return; // one write at a time; the next tick writes what came meanwhile
    m_writing = m_changes;
    const Workspace workspace = m_document->workspace(); // shared until changed
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), metaFormat);
    meta.insert(QStringLiteral("version"), 1);
    meta.insert(QStringLiteral("location"), m_document->fileName());
    meta.insert(QStringLiteral("baseRevision"),
                QString::fromLatin1(m_document->baseRevision().toBase64()));
    meta.insert(QStringLiteral("written"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("product"), workspace.product.name);
    meta.insert(QStringLiteral("verticals"), int(workspace.verticals.size()));
    meta.insert(QStringLiteral("process"), QCoreApplication::applicationPid());
    const QString snapshot = recoveryFile();
    const QString metaPath = pathFor(QStringLiteral(".json"));
    m_pending = std::async(std::launch::async, [this, workspace, meta, snapshot, metaPath] {
        QString error = writeSnapshot(workspace, snapshot);
        if (error.isEmpty()
            && !SafeFiles::writeFile(metaPath, QJsonDocument(meta).toJson(), &error))
            QFile::remove(snapshot);
        // Back on the window's thread; dropped with this object, which waits for the write.
        QMetaObject::invokeMethod(this, &Autosave::finishWrite, Qt::QueuedConnection);
        return error;
    });
}

void Autosave::finishWrite()
{
    if (!m_pending.valid())
        return; // waitForWrite() took it already
    const QString error = m_pending.get();
    m_lastError = error;
    if (error.isEmpty()) {
        m_written = m_writing;
        ++m_writes;
    }
    emit written(error);
}

bool Autosave::waitForWrite()
{
    if (m_pending.valid()) {
        m_pending.wait();
        finishWrite();
    }
    return m_lastError.isEmpty();
}

void Autosave::discard()
{
    if (m_pending.valid()) {
        m_pending.wait();
        finishWrite();
    }
    QFile::remove(pathFor(QStringLiteral(".json")));
    QFile::remove(recoveryFile());
    m_written = m_changes;
}

QList<Autosave::Entry> Autosave::orphans(const QString &folder)
{
    const QDir dir(folderOr(folder));
    QList<Entry> found;
    const QStringList metas
        = dir.entryList({QStringLiteral("session-*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : metas) {
        const QString id = name.mid(8, name.size() - 8 - 5);
        // A lock still held: that session lives (another window). Free, it is gone.
        FileLock lock(sessionPath(dir.path(), id, QStringLiteral(".lock")));
        if (lock.tryLock() != FileLock::Result::Locked)
            continue;
        lock.unlock();
        QByteArray bytes;
        QString error;
        if (!SafeFiles::readFile(dir.filePath(name), 1 << 20, &bytes, &error))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(bytes).object();
        Entry entry;
        entry.id = id;
        entry.recoveryFile = sessionPath(dir.path(), id, QStringLiteral(".gtmw"));
        if (meta.value(QStringLiteral("format")).toString() != metaFormat
            || !QFileInfo::exists(entry.recoveryFile))
            continue;
        entry.location = meta.value(QStringLiteral("location")).toString();
        entry.baseRevision = QByteArray::fromBase64(
            meta.value(QStringLiteral("baseRevision")).toString().toLatin1());
        entry.written = QDateTime::fromString(meta.value(QStringLiteral("written")).toString(),
                                              Qt::ISODateWithMs);
        entry.product = meta.value(QStringLiteral("product")).toString();
        entry.verticals = meta.value(QStringLiteral("verticals")).toInt();
        found.append(entry);
    }
    std::sort(found.begin(), found.end(),
              [](const Entry &a, const Entry &b) { return a.written > b.written; });
    return found;
}

bool Autosave::read(const Entry &entry, Workspace *workspace, QString *error)
{
    return SqliteWorkspaceStore(entry.recoveryFile).load(*workspace, error);
}

void Autosave::remove(const Entry &entry, const QString &folder)
{
    const QString dir = folderOr(folder);
    for (const char *suffix : {".json", ".gtmw", ".lock"})
        QFile::remove(sessionPath(dir, entry.id, QLatin1String(suffix)));
}

} // namespace Gtm
