#pragma once

#include <QStringList>

#include <cstdio>

namespace Gtm {

/** Exit statuses of the command line (DESIGN.md). */
enum ExitStatus { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

/** True when the arguments (without the program name) ask for a headless sub-command. */
bool isCommandLineInvocation(const QStringList &arguments);

/**
 * Runs a sub-command (new, import, export, check, …) and returns the exit status. Results go to
 * `out`; errors go to `err` as one line "gtm-workbench: FILE: problem".
 */
int runCommandLine(const QStringList &arguments, FILE *out = stdout, FILE *err = stderr);

/**
 * Checks the arguments left for the window (after Qt took its own options): at most one
 * workspace, no option. Returns ExitSuccess, or ExitUsage after writing the problem, in the
 * user's message language, to `err`.
 */
int checkWindowArguments(const QStringList &arguments, FILE *err = stderr);

/** The --help text. */
QString usageText();

} // namespace Gtm
