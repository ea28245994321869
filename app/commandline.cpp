#include "commandline.h"

#include "domain/language.h"
#include "domain/names.h"
#include "domain/plural.h"
#include "domain/workspace.h"
#include "export/brief.h"
#include "scoring/modelcheck.h"
#include "scoring/recommendation.h"
#include "scoring/recommendationreport.h"
#include "scoring/scenariocomparison.h"
#include "scoring/scorereport.h"
#include "scoring/scoringengine.h"
#include "scoring/sensitivity.h"
#include "storage/modeljson.h"
#include "storage/postgresworkspacestore.h"
#include "storage/schema.h"
#include "storage/serverlocation.h"
#include "storage/tableimport.h"
#include "storage/workspacefiles.h"
#include "storage/workspacestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::CommandLine)
};

QString verticalCount(qsizetype count)
{
    return counted(count, Text::tr("%1 vertical"), Text::tr("%1 verticals"));
}

QString valueCount(qsizetype count)
{
    return counted(count, Text::tr("%1 value"), Text::tr("%1 values"));
}

/** A sub-command: its synopsis (syntax, the same in every language) and what it does. */
struct SubCommand
{
    const char *name;
    const char *synopsis;
    const char *summary;
};

const SubCommand subCommandTable[] = {
    {"new", "gtm-workbench new [--sample [--sample-lang en|zh_CN]] WORKSPACE",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Creates a workspace file: empty, or with --sample the sample workspace\n"
                       "(ClauseLens, 12 verticals) in the language of --sample-lang, or else of\n"
                       "the environment (LANG). An existing file is never overwritten.")},
    {"score",
     "gtm-workbench score WORKSPACE [--model MODEL.json | --scenario NAME] "
     "[--format table|csv|json] [--sensitivity RUNS] [--seed N]",
     QT_TRANSLATE_NOOP(
         "Gtm::CommandLine",
         "Scores every vertical: AI potential (readiness) and risk, their ranks, the\n"
         "quadrant, the data coverage and what adds most. --model scores with\n"
         "MODEL.json instead of the workspace's model, --scenario with a scenario's;\n"
         "--sensitivity adds RUNS robustness runs (rank intervals, share of runs in\n"
         "the same quadrant), reproducible with --seed.")},
    {"import", "gtm-workbench import WORKSPACE TABLE.csv|TABLE.json",
     QT_TRANSLATE_NOOP(
         "Gtm::CommandLine",
         "Adds or updates verticals' indicator values from a CSV or JSON table (a\n"
         "\"vertical\" column and a column per indicator), or reads a whole workspace\n"
         "exported as JSON. Nothing is imported when any row is wrong.")},
    {"export", "gtm-workbench export WORKSPACE OUT.csv|OUT.json",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Writes the verticals and their indicator values as CSV, or the whole\n"
                       "workspace as JSON, as the file name ends.")},
    {"model", "gtm-workbench model WORKSPACE [--set MODEL.json | --get OUT.json]",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Without options, prints the scoring model as a tree with weights, shares\n"
                       "and normalisation. --set replaces the workspace's model with MODEL.json\n"
                       "(checked first); --get writes the model to OUT.json.")},
    {"brief",
     "gtm-workbench brief WORKSPACE -o BRIEF.pdf [--lang en|zh_CN] [--page-size A4|Letter] "
     "[--verticals NAME,NAME...] [--author NAME] [--pdf-a]",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Writes the GTM brief for leadership as a PDF: in English or Chinese\n"
                       "(--lang), on A4 or Letter paper, of every vertical or of those named,\n"
                       "as PDF/A-1b with --pdf-a.")},
    {"recommend",
     "gtm-workbench recommend WORKSPACE [--format table|csv|json] [--scenario NAME] "
     "[--runs N] [--seed N]",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Puts the verticals into the waves of the GTM plan (go first, next,\n"
                       "prepare, not yet, undecided) with their reasons, resting on N robustness\n"
                       "runs (1000 unless given, seed 1).")},
    {"scenario",
     "gtm-workbench scenario WORKSPACE --list | --add NAME --model M.json | --remove NAME "
     "| --compare NAME [--format table|csv|json] [--runs N] [--seed N]",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Lists the workspace's scenarios, adds one with the scoring model of\n"
                       "M.json, removes one, or compares one with the workspace's model: each\n"
                       "vertical's scores, ranks, quadrant and wave before and after.")},
    {"copy", "gtm-workbench copy SOURCE DESTINATION",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Copies a whole workspace between a file and a PostgreSQL server, in\n"
                       "either direction (postgresql://USER@HOST:PORT/DATABASE?workspace=NAME),\n"
                       "or between two files. The destination must not exist yet.")},
    {"list", "gtm-workbench list postgresql://[USER@]HOST[:PORT]/DATABASE",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Lists the workspaces of a PostgreSQL database that you may read, one a\n"
                       "line.")},
    {"check", "gtm-workbench check WORKSPACE",
     QT_TRANSLATE_NOOP("Gtm::CommandLine",
                       "Checks a workspace file: SQLite integrity, dangling rows, values out of\n"
                       "range, duplicate names, invalid scoring or scenario models. Exit status 1\n"
                       "when anything is wrong.")},
};

const SubCommand *subCommandNamed(const QString &name)
{
    for (const SubCommand &command : subCommandTable) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString subCommandNames()
{
    QStringList names;
    for (const SubCommand &command : subCommandTable)
        names.append(QLatin1String(command.name));
    return names.join(QLatin1String(", "));
}

QString synopsisOf(const char *name)
{
    const SubCommand *command = subCommandNamed(QLatin1String(name));
    return command ? QString::fromLatin1(command->synopsis) : QString();
}

/** "gtm-workbench SUBCOMMAND --help": its synopsis and what it does. */
QString subCommandHelp(const SubCommand &command)
{
    return Text::tr("Usage: %1\n\n%2")
        .arg(QString::fromLatin1(command.synopsis), Text::tr(command.summary));
}

/** Text for a terminal: a control or bidirectional character (a name that an older file or
 *  another program holds) shown as \x1b or \u202e, never sent; line breaks kept. */
QString terminalText(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = Names::escaped(line);
    return lines.join(QLatin1Char('\n'));
}

/** Writes a line to a stream; stdout and stderr take UTF-8. */
void print(FILE *stream, const QString &line)
{
    std::fputs(terminalText(line).toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

/**
 * The words of "gtm-workbench model"'s tree: in English the keys a model file uses
 * ("arithmetic", "positive", "goalposts"), translated like the rest of the output.
 */
QString treeWord(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Arithmetic:
        return Text::tr("arithmetic", "aggregation, in the model tree");
    case Aggregation::Geometric:
        return Text::tr("geometric", "aggregation, in the model tree");
    }
    return enumKey(aggregation);
}

QString treeWord(Polarity polarity)
{
    switch (polarity) {
    case Polarity::Positive:
        return Text::tr("positive", "polarity, in the model tree");
    case Polarity::Negative:
        return Text::tr("negative", "polarity, in the model tree");
    }
    return enumKey(polarity);
}

QString treeWord(Normalisation normalisation)
{
    switch (normalisation) {
    case Normalisation::Goalposts:
        return Text::tr("goalposts", "normalisation, in the model tree");
    case Normalisation::MinMax:
        return Text::tr("min–max", "normalisation, in the model tree");
    case Normalisation::ZScore:
        return Text::tr("z-score", "normalisation, in the model tree");
    case Normalisation::Rank:
        return Text::tr("rank", "normalisation, in the model tree");
    }
    return enumKey(normalisation);
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
        print(m_err, Text::tr("Run \"gtm-workbench --help\" for the usage."));
        return ExitUsage;
    }

    int failure(const QString &file, const QString &message)
    {
        print(m_err,
              QStringLiteral("gtm-workbench: %1: %2").arg(QDir::toNativeSeparators(file), message));
        return ExitFailure;
    }

    void output(const QString &line) { print(m_out, line); }

    /** The sub-command being run, for its --help. */
    void setCommand(const QString &command) { m_command = command; }

    /** A sub-command's arguments: positionals, flags and options with their values. */
    struct Parsed
    {
        QStringList positionals;
        QStringList flags;
        QHash<QString, QString> options;
    };

    /**
     * Splits a sub-command's arguments. `flags` take no value; `valued` options take one
     * ("--seed 7" or "--seed=7"). Anything else starting with '-' is a usage error.
     */
    bool parse(const QStringList &arguments, const QStringList &flags, const QStringList &valued,
               int positionalCount, const QString &synopsis, Parsed *parsed, int *status)
    {
        bool optionsEnded = false;
        for (int i = 0; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            if (!optionsEnded && argument == QLatin1String("--")) {
                optionsEnded = true;
                continue;
            }
            if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument.size() == 1) {
                parsed->positionals.append(argument);
                continue;
            }
            if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
                // "gtm-workbench SUBCOMMAND --help", wherever --help stands among the arguments.
                if (const SubCommand *command = subCommandNamed(m_command))
                    output(subCommandHelp(*command));
                *status = ExitSuccess;
                return false;
            }
            QString name = argument;
            QString value;
            bool hasValue = false;
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            if (argument.startsWith(QLatin1String("--")) && equals > 0) {
                name = argument.left(equals);
                value = argument.mid(equals + 1);
                hasValue = true;
            }
            if (flags.contains(name) && !hasValue) {
                parsed->flags.append(name);
            } else if (valued.contains(name)) {
                if (!hasValue) {
                    if (i + 1 >= arguments.size()) {
                        *status = usageError(Text::tr("the option \"%1\" needs a value; usage: %2")
                                                 .arg(name, synopsis));
                        return false;
                    }
                    value = arguments.at(++i);
                }
                if (parsed->options.contains(name)) {
                    *status = usageError(Text::tr("the option \"%1\" is given twice").arg(name));
                    return false;
                }
                parsed->options.insert(name, value);
            } else {
                *status
                    = usageError(Text::tr("unknown option \"%1\"; usage: %2").arg(name, synopsis));
                return false;
            }
        }
        if (parsed->positionals.size() != positionalCount) {
            *status = usageError(Text::tr("usage: %1").arg(synopsis));
            return false;
        }
        return true;
    }

    /** Reads a workspace; `sound`: refuses one with a value that `check` reports (out of its
     *  range, written by another program), which would be scored as if it were right. */
    bool loadWorkspace(const QString &path, Workspace *workspace, int *status, bool sound = false)
    {
        const std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(path);
        return loadFrom(store.get(), path, workspace, status, sound);
    }

    bool loadFrom(WorkspaceStore *store, const QString &path, Workspace *workspace, int *status,
                  bool sound)
    {
        QString error;
        if (!store->load(*workspace, &error)) {
            *status = failure(path, error);
            return false;
        }
        if (sound) {
            const QStringList problems = workspace->valueProblems();
            if (!problems.isEmpty()) {
                *status = failure(path,
                                  Text::tr("%1 Correct it first; \"gtm-workbench check\" lists "
                                           "every problem.")
                                      .arg(problems.constFirst()));
                return false;
            }
        }
        return true;
    }

    /**
     * For a sub-command that changes the workspace: its store, locked for the whole
     * read-change-write (another writer is refused at once, told who holds it; none waits), and
     * the workspace read under the lock, so no change made meanwhile is lost. The lock goes with
     * the store.
     */
    std::unique_ptr<WorkspaceStore> openForWriting(const QString &path, Workspace *workspace,
                                                   int *status, bool sound = false)
    {
        std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(path);
        QString error;
        if (!store->lock(&error)) {
            *status = failure(path, error);
            return {};
        }
        if (workspace && !loadFrom(store.get(), path, workspace, status, sound))
            return {};
        return store;
    }

    int runNew(const QStringList &arguments)
    {
        Parsed parsed;
        int status = ExitSuccess;
        const QString synopsis = synopsisOf("new");
        if (!parse(arguments, {QStringLiteral("--sample")}, {QStringLiteral("--sample-lang")}, 1,
                   synopsis, &parsed, &status))
            return status;
        const bool sample = parsed.flags.contains(QLatin1String("--sample"));
        const QString languageOption = QStringLiteral("--sample-lang");
        QString language = Language::fromEnvironment(); // the user's message language
        if (parsed.options.contains(languageOption)) {
            if (!sample)
                return usageError(
                    Text::tr("--sample-lang needs --sample; usage: %1").arg(synopsis));
            language = parsed.options.value(languageOption);
            if (!WorkspaceFiles::sampleLanguages().contains(language))
                return usageError(
                    Text::tr("--sample-lang must be en or zh_CN, not \"%1\"").arg(language));
        }
        const QString path = parsed.positionals.constFirst();
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return failure(path,
                           Text::tr("already exists; choose another name or remove it first"));
        const Workspace workspace
            = sample ? WorkspaceFiles::sampleWorkspace(language) : Workspace();
        const std::unique_ptr<WorkspaceStore> store = openForWriting(path, nullptr, &status);
        if (!store)
            return status;
        QString error;
        if (store->exists())
            return failure(path,
                           Text::tr("already exists; choose another name or remove it first"));
        if (!store->save(workspace, &error))
            return failure(path, error);
        output(
            sample
                ? Text::tr("Created %1: the sample workspace (%2).")
                      .arg(QDir::toNativeSeparators(path),
                           verticalCount(workspace.verticals.size()))
                : Text::tr("Created %1: an empty workspace.").arg(QDir::toNativeSeparators(path)));
        return ExitSuccess;
    }

    int runImport(const QStringList &arguments)
    {
        Parsed parsed;
        int status = ExitSuccess;
        if (!parse(arguments, {}, {}, 2, synopsisOf("import"), &parsed, &status))
            return status;
        const QString path = parsed.positionals.at(0);
        const QString table = parsed.positionals.at(1);
        Workspace workspace;
        const std::unique_ptr<WorkspaceStore> store
            = openForWriting(path, &workspace, &status, true);
        if (!store)
            return status;
        ImportReport report;
        QString error;
        if (!WorkspaceFiles::importFile(workspace, table, &report, &error))
            return failure(table, Text::tr("%1; nothing was imported").arg(error));
        if (!store->save(workspace, &error))
            return failure(path, error);
        output(Text::tr("Imported %1 into %2: %3 added, %4 updated, %5 set.")
                   .arg(QDir::toNativeSeparators(table), QDir::toNativeSeparators(path),
                        verticalCount(report.addedVerticals.size()),
                        QString::number(report.updatedVerticals.size()),
                        valueCount(report.valuesSet)));
        if (report.valuesCleared > 0)
            output(Text::tr("Cleared %1 given as null.").arg(valueCount(report.valuesCleared)));
        for (const QString &indicator : std::as_const(report.createdIndicators))
            output(Text::tr("Created custom indicator %1").arg(indicator));
        return ExitSuccess;
    }

    int runExport(const QStringList &arguments)
    {
        Parsed parsed;
        int status = ExitSuccess;
        if (!parse(arguments, {}, {}, 2, synopsisOf("export"), &parsed, &status))
            return status;
        const QString path = parsed.positionals.at(0);
        const QString target = parsed.positionals.at(1);
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
            return usageError(
                Text::tr("the export file must end in .csv or .json: \"%1\"").arg(target));
        Workspace workspace;
        if (!loadWorkspace(path, &workspace, &status))
            return status;
        QString error;
        if (!WorkspaceFiles::exportFile(workspace, target, &error))
            return failure(target, error);
        output(
            Text::tr("Exported %1 to %2.")
                .arg(verticalCount(workspace.verticals.size()), QDir::toNativeSeparators(target)));
        return ExitSuccess;
    }

    /** The workspace's model, a scenario's or a model file, compiled against the workspace. */
    bool compileModel(const Workspace &workspace, const QString &workspacePath,
                      const QString &modelPath, ScoringModel *model, CompiledModel *compiled,
                      int *status, const QString &scenario = {})
    {
        QString error;
        *model = workspace.model;
        if (!scenario.isEmpty()) {
            const int index = workspace.indexOfScenarioNamed(scenario);
            if (index < 0) {
                *status = failure(
                    workspacePath,
                    Text::tr("there is no scenario named \"%1\"").arg(scenario.trimmed()));
                return false;
            }
            *model = workspace.scenarios.at(index).model;
        }
        if (!modelPath.isEmpty() && !ModelJson::readFile(modelPath, model, &error)) {
            *status = failure(modelPath, error);
            return false;
        }
        QStringList problems;
        if (!compileGtmModel(*model, workspace, compiled, &problems)) {
            *status = failure(modelPath.isEmpty() ? workspacePath : modelPath,
                              Text::tr("invalid scoring model: %1").arg(problems.constFirst()));
            return false;
        }
        return true;
    }

    int runScore(const QStringList &arguments)
    {
        const QString synopsis = synopsisOf("score");
        Parsed parsed;
        int status = ExitSuccess;
        if (!parse(arguments, {},
                   {QStringLiteral("--model"), QStringLiteral("--format"),
                    QStringLiteral("--sensitivity"), QStringLiteral("--seed"),
                    QStringLiteral("--scenario")},
                   1, synopsis, &parsed, &status))
            return status;
        if (parsed.options.contains(QStringLiteral("--model"))
            && parsed.options.contains(QStringLiteral("--scenario")))
            return usageError(
                Text::tr("give --model or --scenario, not both; usage: %1").arg(synopsis));
        QString format;
        if (!formatOption(parsed, &format, &status))
            return status;
        bool ok = true;
        int runs = 0;
        if (parsed.options.contains(QStringLiteral("--sensitivity"))) {
            runs = parsed.options.value(QStringLiteral("--sensitivity")).toInt(&ok);
            if (!ok || runs < 1 || runs > 1000000)
                return usageError(
                    Text::tr("--sensitivity takes a number of runs from 1 to 1000000"));
        }
        quint64 seed = 1;
        if (parsed.options.contains(QStringLiteral("--seed"))) {
            seed = parsed.options.value(QStringLiteral("--seed")).toULongLong(&ok);
            if (!ok)
                return usageError(Text::tr("--seed takes a whole number from 0"));
            if (runs == 0)
                return usageError(Text::tr("--seed only applies with --sensitivity"));
        }

        const QString path = parsed.positionals.constFirst();
        Workspace workspace;
        if (!loadWorkspace(path, &workspace, &status, true))
            return status;
        ScoringModel model;
        CompiledModel compiled;
        if (!compileModel(workspace, path, parsed.options.value(QStringLiteral("--model")), &model,
                          &compiled, &status, parsed.options.value(QStringLiteral("--scenario"))))
            return status;
        // The ranks are kept for the percentiles, at most 1 GB of them (see rankCells()).
        const qint64 verticals = std::max<qint64>(1, workspace.verticals.size());
        const qint64 indices = std::max<qint64>(1, qint64(compiled.roots().size()));
        if (SensitivityAnalysis::rankCells(runs, verticals, indices)
            > SensitivityAnalysis::MaximumRankCells)
            return usageError(
                Text::tr("--sensitivity %1 over %2 needs too much memory; at most %3 runs")
                    .arg(QString::number(runs), verticalCount(workspace.verticals.size()),
                         QString::number(SensitivityAnalysis::MaximumRankCells / indices
                                         / verticals)));
        const IndicatorTable table = IndicatorTable::fromWorkspace(workspace, compiled.columns());
        const ScoringResult result = ScoringEngine::score(compiled, table);
        ScoreReport report(workspace, model, table, result);
        SensitivityAnalysis::Settings settings;
        SensitivityAnalysis::Result sensitivity;
        if (runs > 0) {
            settings.runs = runs;
            settings.seed = seed;
            sensitivity = SensitivityAnalysis::run(compiled, table, settings);
            report.setSensitivity(sensitivity, settings);
        }
        writeReport(format, report);
        return ExitSuccess;
    }

    /** --format's value, checked: table, csv or json. */
    bool formatOption(const Parsed &parsed, QString *format, int *status)
    {
        *format = parsed.options.value(QStringLiteral("--format"), QStringLiteral("table"));
        if (*format == QLatin1String("table") || *format == QLatin1String("csv")
            || *format == QLatin1String("json"))
            return true;
        *status
            = usageError(Text::tr("--format must be table, csv or json, not \"%1\"").arg(*format));
        return false;
    }

    /** --runs and --seed for the robustness runs behind a recommendation. */
    bool runOptions(const Parsed &parsed, qsizetype verticals,
                    SensitivityAnalysis::Settings *settings, int *status)
    {
        bool ok = true;
        int runs = 1000;
        if (parsed.options.contains(QStringLiteral("--runs"))) {
            runs = parsed.options.value(QStringLiteral("--runs")).toInt(&ok);
            if (!ok || runs < 1 || runs > 1000000) {
                *status = usageError(Text::tr("--runs takes a number of runs from 1 to 1000000"));
                return false;
            }
        }
        quint64 seed = 1;
        if (parsed.options.contains(QStringLiteral("--seed"))) {
            seed = parsed.options.value(QStringLiteral("--seed")).toULongLong(&ok);
            if (!ok) {
                *status = usageError(Text::tr("--seed takes a whole number from 0"));
                return false;
            }
        }
        if (SensitivityAnalysis::rankCells(runs, std::max<qint64>(1, verticals), 2)
            > SensitivityAnalysis::MaximumRankCells) {
            *status = usageError(Text::tr("--runs %1 over %2 needs too much memory")
                                     .arg(QString::number(runs), verticalCount(verticals)));
            return false;
        }
        *settings = recommendationRunSettings(runs, seed);
        return true;
    }

    static QStringList verticalNames(const Workspace &workspace)
    {
        QStringList names;
        for (const Vertical &vertical : workspace.verticals)
            names.append(vertical.name);
        return names;
    }

    int runRecommend(const QStringList &arguments)
    {
        const QString synopsis = synopsisOf("recommend");
        Parsed parsed;
        int status = ExitSuccess;
        QString format;
        if (!parse(arguments, {},
                   {QStringLiteral("--format"), QStringLiteral("--scenario"),
                    QStringLiteral("--runs"), QStringLiteral("--seed")},
                   1, synopsis, &parsed, &status)
            || !formatOption(parsed, &format, &status))
            return status;
        const QString path = parsed.positionals.constFirst();
        Workspace workspace;
        if (!loadWorkspace(path, &workspace, &status, true))
            return status;
        SensitivityAnalysis::Settings settings;
        if (!runOptions(parsed, workspace.verticals.size(), &settings, &status))
            return status;
        const QString scenario = parsed.options.value(QStringLiteral("--scenario"));
        ScoringModel model;
        CompiledModel compiled;
        if (!compileModel(workspace, path, QString(), &model, &compiled, &status, scenario))
            return status;
        Decision decision;
        QStringList problems;
        if (!Decision::make(workspace, model, settings, &decision, &problems))
            return failure(path, Text::tr("invalid scoring model: %1").arg(problems.value(0)));
        const QString scenarioName = scenario.isEmpty()
            ? QString()
            : workspace.scenarios.at(workspace.indexOfScenarioNamed(scenario)).name;
        const RecommendationReport report(verticalNames(workspace), model.name, scenarioName,
                                          decision.scores, decision.recommendation, settings);
        writeReport(format, report);
        return ExitSuccess;
    }

    int runScenario(const QStringList &arguments)
    {
        const QString synopsis = synopsisOf("scenario");
        Parsed parsed;
        int status = ExitSuccess;
        QString format;
        if (!parse(arguments, {QStringLiteral("--list")},
                   {QStringLiteral("--add"), QStringLiteral("--model"), QStringLiteral("--remove"),
                    QStringLiteral("--compare"), QStringLiteral("--format"),
                    QStringLiteral("--runs"), QStringLiteral("--seed")},
                   1, synopsis, &parsed, &status)
            || !formatOption(parsed, &format, &status))
            return status;
        const int actions = int(parsed.flags.contains(QStringLiteral("--list")))
            + int(parsed.options.contains(QStringLiteral("--add")))
            + int(parsed.options.contains(QStringLiteral("--remove")))
            + int(parsed.options.contains(QStringLiteral("--compare")));
        if (actions != 1)
            return usageError(
                Text::tr("give one of --list, --add, --remove and --compare; usage: %1")
                    .arg(synopsis));
        if (parsed.options.contains(QStringLiteral("--add"))
            != parsed.options.contains(QStringLiteral("--model")))
            return usageError(
                Text::tr("--add NAME needs --model M.json, and --model goes with --add"));
        const bool compare = parsed.options.contains(QStringLiteral("--compare"));
        for (const char *option : {"--format", "--runs", "--seed"}) {
            if (!compare && parsed.options.contains(QLatin1String(option)))
                return usageError(
                    Text::tr("%1 only applies with --compare").arg(QLatin1String(option)));
        }

        const QString path = parsed.positionals.constFirst();
        Workspace workspace;
        const bool writes = parsed.options.contains(QStringLiteral("--add"))
            || parsed.options.contains(QStringLiteral("--remove"));
        std::unique_ptr<WorkspaceStore> store;
        if (writes) {
            store = openForWriting(path, &workspace, &status);
            if (!store)
                return status;
        } else if (!loadWorkspace(path, &workspace, &status)) {
            return status;
        }
        QString error;
        if (parsed.flags.contains(QStringLiteral("--list"))) {
            if (workspace.scenarios.isEmpty())
                output(Text::tr("%1 has no scenarios.").arg(QDir::toNativeSeparators(path)));
            for (const Scenario &scenario : std::as_const(workspace.scenarios))
                output(Text::tr("%1  (model \"%2\")").arg(scenario.name, scenario.model.name));
            return ExitSuccess;
        }
        if (parsed.options.contains(QStringLiteral("--add"))) {
            const QString name = parsed.options.value(QStringLiteral("--add")).trimmed();
            if (name.isEmpty())
                return usageError(Text::tr("a scenario needs a name"));
            if (workspace.indexOfScenarioNamed(name) >= 0)
                return failure(path,
                               Text::tr("there is already a scenario named \"%1\"").arg(name));
            const QString source = parsed.options.value(QStringLiteral("--model"));
            Scenario scenario;
            scenario.name = name;
            CompiledModel compiled;
            if (!compileModel(workspace, path, source, &scenario.model, &compiled, &status))
                return status;
            workspace.scenarios.append(scenario);
            if (!store->save(workspace, &error))
                return failure(path, error);
            output(Text::tr("Added the scenario \"%1\" to %2.")
                       .arg(name, QDir::toNativeSeparators(path)));
            return ExitSuccess;
        }
        const QString name = parsed.options.value(compare ? QStringLiteral("--compare")
                                                          : QStringLiteral("--remove"));
        const int index = workspace.indexOfScenarioNamed(name);
        if (index < 0)
            return failure(path, Text::tr("there is no scenario named \"%1\"").arg(name.trimmed()));
        if (!compare) {
            const QString removed = workspace.scenarios.takeAt(index).name;
            if (!store->save(workspace, &error))
                return failure(path, error);
            output(Text::tr("Removed the scenario \"%1\" from %2.")
                       .arg(removed, QDir::toNativeSeparators(path)));
            return ExitSuccess;
        }
        SensitivityAnalysis::Settings settings;
        if (!runOptions(parsed, workspace.verticals.size(), &settings, &status))
            return status;
        const Scenario &scenario = workspace.scenarios.at(index);
        Decision baseline, variant;
        QStringList problems;
        if (!Decision::make(workspace, workspace.model, settings, &baseline, &problems))
            return failure(path, Text::tr("invalid scoring model: %1").arg(problems.value(0)));
        if (!Decision::make(workspace, scenario.model, settings, &variant, &problems))
            return failure(path,
                           Text::tr("the scenario \"%1\" has an invalid scoring model: %2")
                               .arg(scenario.name, problems.value(0)));
        const ScenarioComparison comparison = ScenarioComparison::compare(
            verticalNames(workspace), baseline, variant, scenario.name);
        writeReport(format, comparison);
        return ExitSuccess;
    }

    int runBrief(const QStringList &arguments)
    {
        const QString synopsis = synopsisOf("brief");
        Parsed parsed;
        int status = ExitSuccess;
        if (!parse(arguments, {QStringLiteral("--pdf-a")},
                   {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--lang"),
                    QStringLiteral("--page-size"), QStringLiteral("--verticals"),
                    QStringLiteral("--author")},
                   1, synopsis, &parsed, &status))
            return status;
        QString target = parsed.options.value(QStringLiteral("-o"));
        if (target.isEmpty())
            target = parsed.options.value(QStringLiteral("--output"));
        if (target.isEmpty())
            return usageError(
                Text::tr("say where the brief goes with -o BRIEF.pdf; usage: %1").arg(synopsis));
        BriefOptions options;
        options.language = parsed.options.value(QStringLiteral("--lang"), QStringLiteral("en"));
        if (!BriefLanguage::available().contains(options.language))
            return usageError(
                Text::tr("--lang must be en or zh_CN, not \"%1\"").arg(options.language));
        const QString pageSize
            = parsed.options.value(QStringLiteral("--page-size"), QStringLiteral("A4"));
        if (pageSize.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize::A4;
        else if (pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize::Letter;
        else
            return usageError(
                Text::tr("--page-size must be A4 or Letter, not \"%1\"").arg(pageSize));
        QStringList names;
        if (parsed.options.contains(QStringLiteral("--verticals"))) {
            names = parsed.options.value(QStringLiteral("--verticals")).split(QLatin1Char(','));
            if (std::all_of(names.cbegin(), names.cend(),
                            [](const QString &name) { return name.trimmed().isEmpty(); }))
                return usageError(Text::tr("--verticals takes the names of verticals, separated by "
                                           "commas"));
        }
        options.author = parsed.options.value(QStringLiteral("--author"));
        options.pdfA = parsed.flags.contains(QStringLiteral("--pdf-a"));

        const QString path = parsed.positionals.constFirst();
        Workspace workspace;
        if (!loadWorkspace(path, &workspace, &status, true))
            return status;
        // A name may have commas of its own ("Oil, gas and mining"): the longest run of the
        // pieces that names a vertical is taken.
        for (int i = 0; i < names.size();) {
            int taken = 1;
            for (int n = int(names.size()) - i; n > 1; --n) {
                if (workspace.indexOfVerticalNamed(names.mid(i, n).join(QLatin1Char(','))) >= 0) {
                    taken = n;
                    break;
                }
            }
            const QString name = names.mid(i, taken).join(QLatin1Char(',')).trimmed();
            if (!name.isEmpty())
                options.verticals.append(name);
            i += taken;
        }
        QString error;
        Brief brief(workspace, options);
        // Refusals in the program's language; the brief in its own.
        if (!brief.check(&error))
            return failure(path, error);
        QByteArray pdf;
        {
            // The brief in its language; the program's own messages, before and after, in the
            // program's.
            const BriefLanguage language(options.language);
            if (!brief.prepare(&error))
                return failure(path, error);
            pdf = brief.pdf();
        }
        if (!Brief::save(pdf, target, &error))
            return failure(target, error);
        output(Text::tr("Wrote %1: %2 pages.")
                   .arg(QDir::toNativeSeparators(target), QString::number(brief.pageCount())));
        return ExitSuccess;
    }

    int runModel(const QStringList &arguments)
    {
        const QString synopsis = synopsisOf("model");
        Parsed parsed;
        int status = ExitSuccess;
        if (!parse(arguments, {}, {QStringLiteral("--set"), QStringLiteral("--get")}, 1, synopsis,
                   &parsed, &status))
            return status;
        if (parsed.options.size() > 1)
            return usageError(Text::tr("give --set or --get, not both; usage: %1").arg(synopsis));
        const QString path = parsed.positionals.constFirst();
        Workspace workspace;
        std::unique_ptr<WorkspaceStore> store;
        if (parsed.options.contains(QStringLiteral("--set"))) {
            store = openForWriting(path, &workspace, &status);
            if (!store)
                return status;
        } else if (!loadWorkspace(path, &workspace, &status)) {
            return status;
        }
        QString error;
        if (parsed.options.contains(QStringLiteral("--get"))) {
            const QString target = parsed.options.value(QStringLiteral("--get"));
            if (!ModelJson::writeFile(target, workspace.model, &error))
                return failure(target, error);
            output(Text::tr("Wrote the scoring model of %1 to %2.")
                       .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)));
            return ExitSuccess;
        }
        if (parsed.options.contains(QStringLiteral("--set"))) {
            const QString source = parsed.options.value(QStringLiteral("--set"));
            ScoringModel model;
            CompiledModel compiled;
            if (!compileModel(workspace, path, source, &model, &compiled, &status))
                return status;
            workspace.model = model;
            if (!store->save(workspace, &error))
                return failure(path, error);
            output(Text::tr("Set the scoring model of %1 to \"%2\" (%3).")
                       .arg(QDir::toNativeSeparators(path), model.name,
                            counted(compiled.leaves().size(), Text::tr("%1 indicator"),
                                    Text::tr("%1 indicators"))));
            return ExitSuccess;
        }
        writeRaw(describeModel(workspace).toUtf8());
        return ExitSuccess;
    }

    /** The model as an indented tree, for "model WORKSPACE" without options. */
    QString describeModel(const Workspace &workspace)
    {
        const ScoringModel &model = workspace.model;
        QString text
            = Text::tr("%1\nMissing values: %2. Quadrant thresholds: readiness %3, risk %4.\n")
                  .arg(localizedName(model.name), enumDisplayName(model.missingPolicy).toLower(),
                       QString::number(model.readinessThreshold),
                       QString::number(model.riskThreshold));
        CompiledModel compiled;
        QStringList problems;
        if (!compileGtmModel(model, workspace, &compiled, &problems)) {
            text += Text::tr("The model is not valid: %1\n")
                        .arg(problems.join(Language::sentenceSeparator()));
            return text;
        }
        for (size_t i = 0; i < compiled.nodes().size(); ++i) {
            // Pre-order: the compiled nodes are laid out parent before children.
            const CompiledModel::Node &node = compiled.nodes()[i];
            QString line = QString(node.depth * 2, QLatin1Char(' '));
            QString name = localizedName(node.name);
            if (node.leaf >= 0) {
                const IndicatorDefinition *d = workspace.indicator(node.id);
                if (!d)
                    d = derivedIndicator(node.id);
                name = d ? localizedName(d->name) : node.id;
                const CompiledModel::Leaf &leaf = compiled.leaves()[size_t(node.leaf)];
                const ModelIndicator *source = nullptr;
                for (const ModelIndicator &m : model.indicators) {
                    if (m.indicatorId == leaf.indicatorId
                        && m.parent == compiled.nodes()[size_t(node.parent)].id)
                        source = &m;
                }
                QString treatment = treeWord(leaf.normalisation);
                if (source && leaf.normalisation == Normalisation::Goalposts)
                    treatment
                        += QStringLiteral(" %1–%2").arg(QString::number(*source->goalpostLow),
                                                        QString::number(*source->goalpostHigh));
                if (leaf.logTransform)
                    treatment = Text::tr("%1, log").arg(treatment);
                line += Text::tr("%1  weight %2 (%3 %)  %4, %5  [%6]")
                            .arg(name, QString::number(node.weight),
                                 QString::number(100 * node.share, 'f', 1), treeWord(leaf.polarity),
                                 treatment, node.id);
            } else {
                line += Text::tr("%1  weight %2 (%3 %)  %4  [%5]")
                            .arg(name, QString::number(node.weight),
                                 QString::number(100 * node.share, 'f', 1),
                                 treeWord(node.aggregation), node.id);
            }
            text += line + QLatin1Char('\n');
        }
        return text;
    }

    /** A report (scores, recommendation, comparison) in the format asked for. */
    template<typename Report>
    void writeReport(const QString &format, const Report &report)
    {
        if (format == QLatin1String("json"))
            writeRaw(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        else if (format == QLatin1String("csv"))
            writeRaw(report.toCsv());
        else
            writeRaw(terminalText(report.toTable()).toUtf8());
    }

    void writeRaw(const QByteArray &bytes)
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
        std::fflush(m_out);
    }

    int runCopy(const QStringList &arguments)
    {
        Parsed parsed;
        int status = ExitSuccess;
        if (!parse(arguments, {}, {}, 2, synopsisOf("copy"), &parsed, &status))
            return status;
        const QString source = parsed.positionals.at(0);
        const QString destination = parsed.positionals.at(1);
        Workspace workspace;
        if (!loadWorkspace(source, &workspace, &status))
            return status;
        const std::unique_ptr<WorkspaceStore> store = openForWriting(destination, nullptr, &status);
        if (!store)
            return status;
        if (store->exists())
            return failure(destination,
                           Text::tr("already exists; choose another name or remove it first"));
        QString error;
        if (!store->save(workspace, &error))
            return failure(destination, error);
        output(Text::tr("Copied %1 to %2: %3.")
                   .arg(WorkspaceStore::open(source)->displayName(), store->displayName(),
                        verticalCount(workspace.verticals.size())));
        return ExitSuccess;
    }

    int runList(const QStringList &arguments)
    {
        Parsed parsed;
        int status = ExitSuccess;
        if (!parse(arguments, {}, {}, 1, synopsisOf("list"), &parsed, &status))
            return status;
        const QString location = parsed.positionals.constFirst();
        QString error;
        const std::optional<ServerLocation> server = ServerLocation::parse(location, &error);
        if (!server)
            return failure(location, error);
        QStringList workspaces;
        if (!PostgresWorkspaceStore::list(*server, &workspaces, &error))
            return failure(location, error);
        for (const QString &name : std::as_const(workspaces))
            output(name);
        return ExitSuccess;
    }

    int runCheck(const QStringList &arguments)
    {
        Parsed parsed;
        int status = ExitSuccess;
        if (!parse(arguments, {}, {}, 1, synopsisOf("check"), &parsed, &status))
            return status;
        const QString path = parsed.positionals.constFirst();
        const std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(path);
        const QStringList problems = store->check();
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
        const int version = store->formatVersion(nullptr);
        QString line = Text::tr("%1: OK (file format %2, %3, %4)")
                           .arg(QDir::toNativeSeparators(path), QString::number(version),
                                verticalCount(workspace.verticals.size()),
                                counted(values, Text::tr("%1 indicator value"),
                                        Text::tr("%1 indicator values")));
        if (version < Schema::CurrentVersion)
            line += Text::tr("; it will be upgraded to file format %1 when next saved")
                        .arg(Schema::CurrentVersion);
        output(line);
        return ExitSuccess;
    }

private:
    FILE *m_out;
    FILE *m_err;
    QString m_command;
};

} // namespace

/**
 * "gtm-workbench --help", built from the sub-command table (each command's synopsis and what it
 * does, as "COMMAND --help" says it) and laid out as help2man reads it: the manual page is
 * written from this text, so the two never disagree.
 */
QString usageText()
{
    QStringList lines;
    lines << Text::tr("Usage: gtm-workbench [WORKSPACE]")
          << Text::tr("  or:  gtm-workbench COMMAND ARGUMENTS...") << QString()
          << Text::tr("Opens the window, on WORKSPACE when one is given (a .gtmw file or a\n"
                      "postgresql:// location). With a COMMAND it works without a window or a\n"
                      "display.")
          << QString() << Text::tr("Commands:");
    const QString prefix = QStringLiteral("gtm-workbench ");
    for (const SubCommand &command : subCommandTable) {
        QString synopsis = QString::fromLatin1(command.synopsis);
        if (synopsis.startsWith(prefix))
            synopsis.remove(0, prefix.size());
        lines << QStringLiteral("  ") + synopsis;
        const QStringList summary = Text::tr(command.summary).split(QLatin1Char('\n'));
        for (const QString &line : summary)
            lines << QStringLiteral("      ") + line;
    }
    lines << QString() << Text::tr("Options:")
          << Text::tr("  --help     show this help; after a command, that command's help")
          << Text::tr("  --version  show the program's version") << QString()
          << Text::tr("Exit status: 0 success, 1 failed operation (one line on stderr naming the\n"
                      "file), 2 usage error.");
    return lines.join(QLatin1Char('\n'));
}

int checkWindowArguments(const QStringList &arguments, FILE *err)
{
    const auto isOption = [](const QString &argument) {
        return argument.startsWith(QLatin1Char('-'));
    };
    const auto option = std::find_if(arguments.cbegin(), arguments.cend(), isOption);
    if (option == arguments.cend() && arguments.size() <= 1)
        return ExitSuccess;
    // Said in the environment's language, as the sub-commands say it (the window's language,
    // from Preferences, is not set yet).
    Translations::install()->setLanguage(Language::fromEnvironment());
    Invocation invocation(stdout, err);
    if (option != arguments.cend())
        return invocation.usageError(Text::tr("unknown option \"%1\"").arg(*option));
    return invocation.usageError(Text::tr("give at most one workspace to open"));
}

namespace {

/** Edits (insertions, deletions, substitutions) from a to b: how far a typo is from a name. */
int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool isPathOrLocation(const QString &argument)
{
    return ServerLocation::isServerLocation(argument) || QFileInfo::exists(argument)
        || argument.contains(QLatin1Char('/')) || argument.contains(QLatin1Char('.'));
}

} // namespace

bool isMistypedInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty() || isCommandLineInvocation(arguments)
        || arguments.constFirst().startsWith(QLatin1Char('-')))
        return false;
    // One workspace to open: a file (existing or not: the window says so) or a location. A
    // bare word that is no file is a sub-command mistyped.
    const QString &first = arguments.constFirst();
    return !isPathOrLocation(first)
        || (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-')));
}

int reportMistypedInvocation(const QStringList &arguments, FILE *err)
{
    Invocation invocation(stdout, err);
    const QString &first = arguments.constFirst();
    QString closest;
    int best = 3; // at most two edits away
    for (const SubCommand &command : subCommandTable) {
        const int distance = editDistance(first.toLower(), QLatin1String(command.name));
        if (distance < best) {
            best = distance;
            closest = QLatin1String(command.name);
        }
    }
    if (isPathOrLocation(first))
        return invocation.usageError(Text::tr("give at most one workspace to open"));
    if (!closest.isEmpty())
        return invocation.usageError(
            Text::tr("\"%1\" is neither a sub-command nor a workspace file; did you mean \"%2\"?")
                .arg(first, closest));
    return invocation.usageError(
        Text::tr("\"%1\" is neither a sub-command nor a workspace file; the sub-commands are %2")
            .arg(first, subCommandNames()));
}

bool canShowWindow(const QStringList &arguments)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || arguments.contains(QLatin1String("-platform"));
#else
    Q_UNUSED(arguments)
    return true;
#endif
}

int reportNoDisplay(FILE *err)
{
    print(err,
          QStringLiteral("gtm-workbench: %1")
              .arg(Text::tr("there is no display to show the window on (DISPLAY is not set); "
                            "the sub-commands need none: see \"gtm-workbench --help\"")));
    return ExitFailure;
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    // Single-dash options (-platform, -style, …) belong to Qt's GUI and go to QApplication.
    const QString &first = arguments.constFirst();
    return subCommandNamed(first) || first == QLatin1String("help")
        || first.startsWith(QLatin1String("--")) || first == QLatin1String("-h")
        || first == QLatin1String("-v");
}

int runCommandLine(const QStringList &arguments, FILE *out, FILE *err)
{
    Invocation invocation(out, err);
    if (arguments.isEmpty())
        return invocation.usageError(Text::tr("no sub-command given"));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);

    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        if (command == QLatin1String("help") && !rest.isEmpty()) {
            const SubCommand *subCommand = subCommandNamed(rest.constFirst());
            if (!subCommand || rest.size() > 1)
                return invocation.usageError(
                    Text::tr("usage: gtm-workbench help [SUBCOMMAND]; the sub-commands are %1")
                        .arg(subCommandNames()));
            print(out, subCommandHelp(*subCommand));
            return ExitSuccess;
        }
        print(out, usageText());
        return ExitSuccess;
    }
    invocation.setCommand(command);
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
    if (command == QLatin1String("copy"))
        return invocation.runCopy(rest);
    if (command == QLatin1String("list"))
        return invocation.runList(rest);
    if (command == QLatin1String("score"))
        return invocation.runScore(rest);
    if (command == QLatin1String("model"))
        return invocation.runModel(rest);
    if (command == QLatin1String("brief"))
        return invocation.runBrief(rest);
    if (command == QLatin1String("recommend"))
        return invocation.runRecommend(rest);
    if (command == QLatin1String("scenario"))
        return invocation.runScenario(rest);
    return invocation.usageError(Text::tr("unknown option or sub-command \"%1\"").arg(command));
}

} // namespace Gtm
