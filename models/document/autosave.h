#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <future>
#include <memory>

class QTimer;

namespace Gtm {

class FileLock;
class WorkspaceDocument;
struct Workspace;

/**
 * Unsaved edits written aside every so often, so that a crash, a kill or a power cut loses at
 * most that much. Each window's session has its own files in the recovery folder:
 * `session-ID.gtmw` (the workspace as it was, a complete SQLite workspace written to a new file
 * and renamed in), `session-ID.json` (where it belongs, when, on which stored revision) and
 * `session-ID.lock`, held for as long as the session lives. Files whose lock is free belong to a
 * session that ended without cleaning up: orphans() finds them, for the next start to offer.
 *
 * Writing happens on a worker thread from a copy of the workspace (its containers are shared
 * until changed, so the copy is cheap); the GUI thread never waits for the disk. The files go
 * away on discard(): after a save, when the user discards the changes, on a clean close.
 */
class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalSeconds = 30;

    /** `folder` empty: defaultFolder(). */
    explicit Autosave(WorkspaceDocument *document, const QString &folder = {},
                      QObject *parent = nullptr);
    ~Autosave() override;

    /** The recovery folder in the user's application data. */
    static QString defaultFolder();

    /** Seconds between writes; 0 turns autosave off (and removes this session's files). */
    void setInterval(int seconds);
    int interval() const { return m_seconds; }

    /** Writes now when there are unsaved edits not yet written (in the background). */
    void writeNow();
    /** Waits for a write under way; true when the last write succeeded (tests, closing). */
    bool waitForWrite();
    /** Removes this session's recovery files: nothing unsaved is left to recover. */
    void discard();

    QString recoveryFile() const;
    /** How many writes finished, and the last failure (empty when the last one succeeded). */
    int writes() const { return m_writes; }
    QString lastError() const { return m_lastError; }

    /** What a session that ended without cleaning up left behind. */
    struct Entry
    {
        QString id;
        QString recoveryFile; // the workspace as it was
        QString location; // the workspace file it belongs to; empty: never saved
        QByteArray baseRevision; // the stored revision the edits were made on
        QDateTime written;
        QString product;
        int verticals = 0;
    };
    /** Orphans in `folder`, newest first; each is claimed (its lock taken) until released. */
    static QList<Entry> orphans(const QString &folder = {});
    /** Reads an orphan's workspace. */
    static bool read(const Entry &entry, Workspace *workspace, QString *error);
    /** Removes an orphan's files (restored into a window, or discarded by the user). */
    static void remove(const Entry &entry, const QString &folder = {});

signals:
    /** A write finished (`error` empty) or failed, saying why. */
    void written(const QString &error);

private:
    void markChanged();
    void finishWrite();
    QString pathFor(const QString &suffix) const;

    // The document may go first: a window deletes its children in the order they were made,
    // and it makes the document before this. Then m_unsaved says what it last was.
    QPointer<WorkspaceDocument> m_document;
    bool m_unsaved = false; // the document's isModified(), as last announced
    QString m_folder;
    QString m_id;
    std::unique_ptr<FileLock> m_lock;
    QTimer *m_timer;
    int m_seconds = DefaultIntervalSeconds;
    quint64 m_changes = 0; // edits seen
    quint64 m_written = 0; // edits in the last file written
    quint64 m_writing = 0; // edits in the file being written
    std::future<QString> m_pending; // the write under way: its error, empty on success
    int m_writes = 0;
    QString m_lastError;
};

} // namespace Gtm
