#include "commandline.h"

#include "domain/plural.h"
#include "domain/workspace.h"
#include "storage/schema.h"
#include "storage/sqliteworkspacestore.h"
#include "storage/tableimport.h"
#include "storage/workspacefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Gtm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gtm::CommandLine", text);
}

QString verticalCount(qsizetype count)
{
    return counted(count, tr("%1 vertical"), tr("%1 verticals"));
}

QString valueCount(qsizetype count)
{
    return counted(count, tr("%1 value"), tr("%1 values"));
}

const QStringList subCommands = {
    QStringLiteral("new"),    QStringLiteral("score"), QStringLiteral("import"),
    QStringLiteral("export"), QStringLiteral("model"), QStringLiteral("brief"),
    QStringLiteral("check"),  QStringLiteral("help"),
};

/** Writes a line to a stream; stdout and stderr take UTF-8. */
void print(FILE *stream, const QString &line)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

class Invocation
{
public:
    Invocation(FILE *out, FILE *err)
        : m_out(out)
        , m_err(err)
    { }

    int usageError(const QString &message)
    {
        print(m_err, QStringLiteral("gtm-workbench: %1").arg(message));
        print(m_err, tr("Run \"gtm-workbench --help\" for the usage."));
        return ExitUsage;
    }

    int failure(const QString &file, const QString &message)
    {
        print(m_err,
              QStringLiteral("gtm-workbench: %1: %2").arg(QDir::toNativeSeparators(file), message));
        return ExitFailure;
    }

    void output(const QString &line) { print(m_out, line); }

    /**
     * Splits a sub-command's arguments into positionals and the flags it allows
     * (flags without values only, for the sub-commands of this version).
     */
    bool parse(const QStringList &arguments, const QStringList &allowedFlags, int positionalCount,
               const QString &synopsis, QStringList *positionals, QStringList *flags, int *status)
    {
        bool optionsEnded = false;
        for (const QString &argument : arguments) {
            if (!optionsEnded && argument == QLatin1String("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && argument.startsWith(QLatin1Char('-'))
                       && argument.size() > 1) {
                if (!allowedFlags.contains(argument)) {
                    *status = usageError(
                        tr("unknown option \"%1\"; usage: %2").arg(argument, synopsis));
                    return false;
                }
                flags->append(argument);
            } else {
                positionals->append(argument);
            }
        }
        if (positionals->size() != positionalCount) {
            *status = usageError(tr("usage: %1").arg(synopsis));
            return false;
        }
        return true;
    }

    bool loadWorkspace(const QString &path, Workspace *workspace, int *status)
    {
        SqliteWorkspaceStore store(path);
        QString error;
        if (!store.load(*workspace, &error)) {
            *status = failure(path, error);
            return false;
        }
        return true;
    }

    int runNew(const QStringList &arguments)
    {
        QStringList positionals, flags;
        int status = ExitSuccess;
        if (!parse(arguments, {QStringLiteral("--sample")}, 1,
                   QStringLiteral("gtm-workbench new [--sample] WORKSPACE"), &positionals, &flags,
                   &status))
            return status;
        const QString path = positionals.constFirst();
        if (QFileInfo::exists(path))
            return failure(path, tr("already exists; choose another name or remove it first"));
        const bool sample = flags.contains(QLatin1String("--sample"));
        const Workspace workspace = sample ? WorkspaceFiles::sampleWorkspace() : Workspace();
        SqliteWorkspaceStore store(path);
        QString error;
        if (!store.save(workspace, &error))
            return failure(path, error);
        output(sample ? tr("Created %1: the sample workspace (%2).")
                            .arg(QDir::toNativeSeparators(path),
                                 verticalCount(workspace.verticals.size()))
                      : tr("Created %1: an empty workspace.").arg(QDir::toNativeSeparators(path)));
        return ExitSuccess;
    }

    int runImport(const QStringList &arguments)
    {
        QStringList positionals, flags;
        int status = ExitSuccess;
        if (!parse(arguments, {}, 2,
                   QStringLiteral("gtm-workbench import WORKSPACE TABLE.csv|TABLE.json"),
                   &positionals, &flags, &status))
            return status;
        const QString path = positionals.at(0);
        const QString table = positionals.at(1);
        Workspace workspace;
        if (!loadWorkspace(path, &workspace, &status))
            return status;
        ImportReport report;
        QString error;
        if (!WorkspaceFiles::importFile(workspace, table, &report, &error))
            return failure(table, error + tr("; nothing was imported"));
        SqliteWorkspaceStore store(path);
        if (!store.save(workspace, &error))
            return failure(path, error);
        output(tr("Imported %1 into %2: %3 added, %4 updated, %5 set.")
                   .arg(QDir::toNativeSeparators(table), QDir::toNativeSeparators(path),
                        verticalCount(report.addedVerticals.size()))
                   .arg(report.updatedVerticals.size())
                   .arg(valueCount(report.valuesSet)));
        if (report.valuesCleared > 0)
            output(tr("Cleared %1 given as null.").arg(valueCount(report.valuesCleared)));
        for (const QString &indicator : std::as_const(report.createdIndicators))
            output(tr("Created custom indicator %1").arg(indicator));
        return ExitSuccess;
    }

    int runExport(const QStringList &arguments)
    {
        QStringList positionals, flags;
        int status = ExitSuccess;
        if (!parse(arguments, {}, 2,
                   QStringLiteral("gtm-workbench export WORKSPACE OUT.csv|OUT.json"), &positionals,
                   &flags, &status))
            return status;
        const QString path = positionals.at(0);
        const QString target = positionals.at(1);
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
            return usageError(tr("the export file must end in .csv or .json: \"%1\"").arg(target));
        Workspace workspace;
        if (!loadWorkspace(path, &workspace, &status))
            return status;
        QString error;
        if (!WorkspaceFiles::exportFile(workspace, target, &error))
            return failure(target, error);
        output(
            tr("Exported %1 to %2.")
                .arg(verticalCount(workspace.verticals.size()), QDir::toNativeSeparators(target)));
        return ExitSuccess;
    }

    int runCheck(const QStringList &arguments)
    {
        QStringList positionals, flags;
        int status = ExitSuccess;
        if (!parse(arguments, {}, 1, QStringLiteral("gtm-workbench check WORKSPACE"), &positionals,
                   &flags, &status))
            return status;
        const QString path = positionals.constFirst();
        SqliteWorkspaceStore store(path);
        const QStringList problems = store.check();
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                failure(path, problem);
            return ExitFailure;
        }
        Workspace workspace;
        if (!loadWorkspace(path, &workspace, &status))
            return status;
        int values = 0;
        for (const Vertical &vertical : workspace.verticals)
            values += int(vertical.values.size());
        const int version = store.fileVersion(nullptr);
        QString line
            = tr("%1: OK (file format %2, %3, %4)")
                  .arg(QDir::toNativeSeparators(path))
                  .arg(version)
                  .arg(verticalCount(workspace.verticals.size()),
                       counted(values, tr("%1 indicator value"), tr("%1 indicator values")));
        if (version < Schema::CurrentVersion)
            line += tr("; it will be upgraded to file format %1 when next saved")
                        .arg(Schema::CurrentVersion);
        output(line);
        return ExitSuccess;
    }

private:
    FILE *m_out;
    FILE *m_err;
};

} // namespace

QString usageText()
{
    return tr("Usage:\n"
              "  gtm-workbench [WORKSPACE]                      open the GUI\n"
              "  gtm-workbench new [--sample] WORKSPACE         create an empty (or the sample) "
              "workspace\n"
              "  gtm-workbench score WORKSPACE [--model MODEL.json] [--format table|csv|json]\n"
              "                     [--sensitivity RUNS] [--seed N]    (not available yet)\n"
              "  gtm-workbench import WORKSPACE TABLE.csv|TABLE.json   add or update verticals' "
              "indicator values\n"
              "  gtm-workbench export WORKSPACE OUT.csv|OUT.json       verticals and indicator "
              "values / the whole workspace\n"
              "  gtm-workbench model WORKSPACE [--set MODEL.json | --get OUT.json]  (not "
              "available yet)\n"
              "  gtm-workbench brief WORKSPACE -o BRIEF.pdf [--lang en|zh_CN] [--page-size "
              "A4|Letter]\n"
              "                     [--verticals NAME,NAME...]          (not available yet)\n"
              "  gtm-workbench check WORKSPACE                  integrity check, exit 1 if "
              "damaged\n"
              "  gtm-workbench --help | --version\n"
              "\n"
              "Exit status: 0 success, 1 failed operation (one line on stderr naming the file), "
              "2 usage error.");
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    // Single-dash options (-platform, -style, …) belong to Qt's GUI and go to QApplication.
    const QString &first = arguments.constFirst();
    return subCommands.contains(first) || first.startsWith(QLatin1String("--"))
        || first == QLatin1String("-h") || first == QLatin1String("-v");
}

int runCommandLine(const QStringList &arguments, FILE *out, FILE *err)
{
    Invocation invocation(out, err);
    if (arguments.isEmpty())
        return invocation.usageError(tr("no sub-command given"));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);

    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        print(out, usageText());
        return ExitSuccess;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        print(out, QStringLiteral("gtm-workbench %1").arg(QLatin1String(GTM_VERSION_STRING)));
        return ExitSuccess;
    }
    if (command == QLatin1String("new"))
        return invocation.runNew(rest);
    if (command == QLatin1String("import"))
        return invocation.runImport(rest);
    if (command == QLatin1String("export"))
        return invocation.runExport(rest);
    if (command == QLatin1String("check"))
        return invocation.runCheck(rest);
    if (command == QLatin1String("score") || command == QLatin1String("model")
        || command == QLatin1String("brief"))
        return invocation.usageError(
            tr("\"%1\" is not available yet in this version of GTM Workbench").arg(command));
    return invocation.usageError(tr("unknown option or sub-command \"%1\"").arg(command));
}

} // namespace Gtm
