#pragma once

#include "storage/sqlconnection.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * The tests' throwaway PostgreSQL cluster, as tests/postgres/cluster.sh describes it in the
 * state file that GTM_TEST_POSTGRES names (set by CMake for the tests that need the server).
 */
struct PostgresTestServer
{
    QString host; // the socket folder
    int port = 0;
    QString database;

    /** Reads the state file; false when there is none (the postgres_start fixture failed). */
    bool read() { return read(QString::fromLocal8Bit(qgetenv("GTM_TEST_POSTGRES"))); }

    /** Reads a cluster's state file (one a test started for itself with cluster()). */
    bool read(const QString &stateFile)
    {
        QFile state(stateFile);
        if (!state.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : state.readAll().split('\n')) {
            if (line.startsWith("host="))
                host = QString::fromLocal8Bit(line.mid(5));
            else if (line.startsWith("port="))
                port = line.mid(5).toInt();
            else if (line.startsWith("database="))
                database = QString::fromLocal8Bit(line.mid(9));
        }
        return !host.isEmpty() && port > 0 && !database.isEmpty();
    }

    /** Runs tests/postgres/cluster.sh (`script`) with `arguments`: start STATE PORT, stop,
     *  crash or restart STATE. True when it succeeded. */
    static bool cluster(const QString &script, const QStringList &arguments)
    {
        QProcess run;
        run.setProcessChannelMode(QProcess::ForwardedChannels);
        run.start(QStringLiteral("sh"), QStringList {script} + arguments);
        return run.waitForFinished(120000) && run.exitStatus() == QProcess::NormalExit
            && run.exitCode() == 0;
    }

    /** A session of `role`'s own on a server (for grants, triggers, watching), or nullptr with
     *  `error` set. */
    static std::unique_ptr<Gtm::SqlConnection> session(const QString &host, int port,
                                                       const QString &database, const QString &role,
                                                       QString *error)
    {
        auto connection = std::make_unique<Gtm::SqlConnection>(QStringLiteral("QPSQL"), database);
        connection->database().setHostName(host);
        connection->database().setPort(port);
        connection->database().setUserName(role);
        if (!connection->open(error))
            return nullptr;
        return connection;
    }
};
