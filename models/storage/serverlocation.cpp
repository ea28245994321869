#include "serverlocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QUrl>

namespace Gtm {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::ServerLocation)
};

/** Decodes %XX escapes as UTF-8; false when an escape or the UTF-8 is malformed. */
bool decode(const QString &part, QString *out)
{
    QByteArray bytes;
    const QByteArray utf8 = part.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != '%') {
            bytes.append(utf8.at(i));
            continue;
        }
        bool ok = false;
        const int value = i + 2 < utf8.size() ? utf8.mid(i + 1, 2).toInt(&ok, 16) : 0;
        if (!ok)
            return false;
        bytes.append(char(value));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    *out = decoder(bytes);
    return !decoder.hasError();
}

QString encode(const QString &part, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}

} // namespace

bool ServerLocation::isServerLocation(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool ServerLocation::isValidWorkspaceName(const QString &name, QString *error)
{
    // A workspace is a schema: PostgreSQL's identifiers hold up to 63 bytes, and names starting
    // with "pg_" belong to the server.
    if (name.trimmed().isEmpty() || name.trimmed() != name) {
        *error = Text::tr("a workspace name may not be empty or begin or end with a space");
        return false;
    }
    if (name.toUtf8().size() > 63) {
        *error = Text::tr("a workspace name holds at most 63 bytes (UTF-8); \"%1\" has %2")
                     .arg(name)
                     .arg(name.toUtf8().size());
        return false;
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).category() == QChar::Other_Control || name.at(i) == QLatin1Char('"')) {
            *error
                = Text::tr("character %1 of the workspace name may not be used there").arg(i + 1);
            return false;
        }
    }
    if (name.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive)
        || name.compare(QLatin1String("public"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("information_schema"), Qt::CaseInsensitive) == 0) {
        *error = Text::tr("\"%1\" is a name the server keeps for itself").arg(name);
        return false;
    }
    return true;
}

std::optional<ServerLocation> ServerLocation::parse(const QString &text, QString *error)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (!isServerLocation(text) || schemeEnd < 0) {
        *error = Text::tr("a server location begins with postgresql://");
        return std::nullopt;
    }
    QString rest = text.mid(schemeEnd + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest = rest.left(slash);
    }
    ServerLocation location;
    // USER@ (a USER:PASSWORD@ is refused)
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            *error = Text::tr("a location holds no password; libpq takes it from ~/.pgpass or "
                              "PGPASSWORD, or the window asks for it");
            return std::nullopt;
        }
        if (!decode(userInfo, &location.user)) {
            *error = Text::tr("the user name in the location is not well encoded");
            return std::nullopt;
        }
    }
    // HOST[:PORT], HOST possibly [IPv6]
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = Text::tr("an address in brackets is not closed");
            return std::nullopt;
        }
        location.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))) {
            *error = Text::tr("only a port may follow the address");
            return std::nullopt;
        }
        portText = after.mid(1);
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        QString host = colon >= 0 ? rest.left(colon) : rest;
        if (colon >= 0)
            portText = rest.mid(colon + 1);
        if (!decode(host, &location.host)) {
            *error = Text::tr("the host in the location is not well encoded");
            return std::nullopt;
        }
    }
    if (!portText.isEmpty() || rest.endsWith(QLatin1Char(':'))) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error
                = Text::tr("the port must be a number from 1 to 65535, not \"%1\"").arg(portText);
            return std::nullopt;
        }
        location.port = port;
    }
    if (path.contains(QLatin1Char('/'))) {
        *error = Text::tr("the location names one database after the host, and nothing further");
        return std::nullopt;
    }
    if (!decode(path, &location.database)) {
        *error = Text::tr("the database name in the location is not well encoded");
        return std::nullopt;
    }
    if (location.database.isEmpty()) {
        *error = Text::tr("the location names no database: postgresql://HOST/DATABASE");
        return std::nullopt;
    }
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        QString name;
        QString value;
        if (equals <= 0 || !decode(pair.left(equals), &name)
            || !decode(pair.mid(equals + 1).replace(QLatin1Char('+'), QLatin1Char(' ')), &value)) {
            *error = Text::tr("the parameter \"%1\" is not NAME=VALUE").arg(pair);
            return std::nullopt;
        }
        if (name == QLatin1String("password")) {
            *error = Text::tr("a location holds no password; libpq takes it from ~/.pgpass or "
                              "PGPASSWORD, or the window asks for it");
            return std::nullopt;
        }
        if (name == QLatin1String("workspace")) {
            if (!isValidWorkspaceName(value, error))
                return std::nullopt;
            location.workspace = value;
        } else if (name == QLatin1String("host")) {
            location.host = value;
        } else if (name == QLatin1String("port")) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port < 1 || location.port > 65535) {
                *error
                    = Text::tr("the port must be a number from 1 to 65535, not \"%1\"").arg(value);
                return std::nullopt;
            }
        } else if (name == QLatin1String("user")) {
            location.user = value;
        } else if (name == QLatin1String("dbname")) {
            location.database = value;
        } else {
            location.options.insert(name, value);
        }
    }
    return location;
}

QString ServerLocation::toString() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encode(user) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket && host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + host + QLatin1Char(']');
    else if (!socket)
        text += encode(host, "-.");
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encode(database);
    QStringList query;
    if (socket)
        query.append(QStringLiteral("host=") + encode(host, "/"));
    if (!workspace.isEmpty())
        query.append(QStringLiteral("workspace=") + encode(workspace));
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.append(encode(it.key()) + QLatin1Char('=') + encode(it.value()));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

ServerLocation ServerLocation::withWorkspace(const QString &name) const
{
    ServerLocation copy = *this;
    copy.workspace = name;
    return copy;
}

QString ServerLocation::connectOptions() const
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        QString value = it.value();
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        parts.append(QStringLiteral("%1='%2'").arg(it.key(), value));
    }
    return parts.join(QLatin1Char(';'));
}

namespace ServerPasswords {

namespace {

QString keyOf(const ServerLocation &l)
{
    return l.user + QLatin1Char('@') + l.host + QLatin1Char(':') + QString::number(l.port)
        + QLatin1Char('/') + l.database;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known;
    return known;
}

} // namespace

void remember(const ServerLocation &location, const QString &password)
{
    passwords().insert(keyOf(location), password);
}

QString find(const ServerLocation &location)
{
    return passwords().value(keyOf(location));
}

bool isAskedFor(const QString &error)
{
    return error.contains(QLatin1String("no password supplied"))
        || error.contains(QLatin1String("password authentication failed"));
}

} // namespace ServerPasswords

} // namespace Gtm
