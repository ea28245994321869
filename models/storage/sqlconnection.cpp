#include "sqlconnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace Gtm {

namespace {
QAtomicInteger<quint64> connectionCounter;
}

SqlConnection::SqlConnection(const QString &driver, const QString &databaseName,
                             const QString &connectOptions)
    : m_name(QStringLiteral("gtm-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_database = QSqlDatabase::addDatabase(driver, m_name);
    m_database.setDatabaseName(databaseName);
    if (!connectOptions.isEmpty())
        m_database.setConnectOptions(connectOptions);
}

SqlConnection::~SqlConnection()
{
    if (m_database.isOpen())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open(QString *error)
{
    if (m_database.open())
        return true;
    if (error)
        *error = sqlErrorText(m_database.lastError());
    return false;
}

QString sqlErrorText(const QSqlError &error)
{
    return QStringLiteral("SQLite: ")
        + (error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QString sqlErrorText(const QSqlQuery &query)
{
    return sqlErrorText(query.lastError());
}

bool isSqlMessage(const QString &message)
{
    return message.startsWith(QLatin1String("SQLite: "));
}

bool execute(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = sqlErrorText(query);
    return false;
}

bool execute(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    if (error)
        *error = sqlErrorText(query);
    return false;
}

} // namespace Gtm
