#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/** What a run of the built gtm-workbench printed, and how it ended. */
struct Result
{
    int exitCode = -1; // -1: it did not finish in time; -2: it crashed
    QString out;
    QString err;
};

/** Runs the built gtm-workbench with `arguments` in `directory`, as a user's shell would. */
inline Result runWorkbench(const QStringList &arguments, const QProcessEnvironment &environment,
                           const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GTM_WORKBENCH_EXECUTABLE), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
