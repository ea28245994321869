#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace Gtm {

/**
 * A database connection of its own, removed from Qt's connection registry when destroyed, so
 * stores can be used from any thread and never share a connection. Destroy every QSqlQuery
 * made on it first.
 */
class SqlConnection
{
public:
    SqlConnection(const QString &driver, const QString &databaseName,
                  const QString &connectOptions = {});
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    QSqlDatabase &database() { return m_database; }
    bool open(QString *error);

private:
    QString m_name;
    QSqlDatabase m_database;
};

/** Runs a statement; on failure stores the database's own message in `error`. */
bool execute(QSqlQuery &query, QString *error);
bool execute(QSqlQuery &query, const QString &statement, QString *error);

/**
 * The database's message for the last error of the query, without Qt's decorations, after
 * "SQLite: ": SQLite's own words are English; whoever shows them puts them in a sentence of
 * the user's language that says what failed (see sqlMessage()).
 */
QString sqlErrorText(const QSqlQuery &query);
QString sqlErrorText(const QSqlError &error);

/** True for a message of sqlErrorText(): the database's own words, not yet explained. */
bool isSqlMessage(const QString &message);

} // namespace Gtm
