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
    if (error) {
        const QSqlError sqlError = m_database.lastError();
        *error = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    }
    return false;
}

QString sqlErrorText(const QSqlQuery &query)
{
    const QSqlError sqlError = query.lastError();
    return sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
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
