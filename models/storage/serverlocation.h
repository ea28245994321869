#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace Gtm {

/**
 * A workspace on a PostgreSQL server, as the user writes it wherever a workspace is accepted:
 *
 *     postgresql://USER@HOST:PORT/DATABASE?workspace=NAME
 *
 * (`postgres://` too). USER, HOST, PORT are optional (libpq's defaults: the login name, the
 * local socket, 5432); a HOST in brackets is an IPv6 address, and `host=/path/to/socket` in the
 * query names a socket folder. The workspace is one schema of the database; without
 * `workspace=` the location names the database (for listing its workspaces). Other query
 * parameters are libpq connection options (`sslmode=require`, `connect_timeout=5`, …) and pass
 * through. A password is refused: it would be written wherever the location is (settings,
 * recent files, shell history); libpq's own mechanisms (`~/.pgpass`, `PGPASSWORD`, or the
 * window's prompt) provide it. Percent-encoding is decoded in every part.
 */
struct ServerLocation
{
    QString user;
    QString host; // a name, an address, or a socket folder (starting with '/')
    int port = 0; // 0: libpq's default
    QString database;
    QString workspace; // empty: the database itself
    QMap<QString, QString> options; // further libpq options, by name

    /** Whether the text is meant as a server location (by its scheme). */
    static bool isServerLocation(const QString &text);
    /** Parses a location; nullopt with `error` (one sentence) when it is malformed. */
    static std::optional<ServerLocation> parse(const QString &text, QString *error);
    /** Whether `name` can be a workspace on a server; `error` says why not. */
    static bool isValidWorkspaceName(const QString &name, QString *error);

    /** The location in its canonical form (percent-encoded where needed, no password). */
    QString toString() const;
    /** The same for a workspace in the same database. */
    ServerLocation withWorkspace(const QString &name) const;
    /** libpq options for QSqlDatabase::setConnectOptions() (those not host, port, user, db). */
    QString connectOptions() const;

    friend bool operator==(const ServerLocation &a, const ServerLocation &b)
    {
        return a.user == b.user && a.host == b.host && a.port == b.port && a.database == b.database
            && a.workspace == b.workspace && a.options == b.options;
    }
};

/**
 * Passwords the user typed in this session (the window's prompt), by server, port, database and
 * role: in memory only, never written to settings or files, gone when the program ends.
 */
namespace ServerPasswords {
void remember(const ServerLocation &location, const QString &password);
QString find(const ServerLocation &location);
/** Whether a connection error says the server wants a password (none, or a wrong one). */
bool isAskedFor(const QString &error);
} // namespace ServerPasswords

} // namespace Gtm
