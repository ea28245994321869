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

/**
 * Arguments for the window that are plainly a mistake, found before any display is needed (so
 * a typo on a machine without one is an error, not Qt's abort): a word that is neither a
 * sub-command, nor an existing file, nor a server location ("scor"), or several such words.
 * Plain logic: no Qt application needed.
 */
bool isMistypedInvocation(const QStringList &arguments);
/** Says what is wrong with such arguments (and the closest sub-command); returns ExitUsage. */
int reportMistypedInvocation(const QStringList &arguments, FILE *err = stderr);

/** Whether a window can be shown here: a display, or a Qt platform named by the environment or
 *  by -platform. */
bool canShowWindow(const QStringList &arguments);
/** Says that the window needs a display and the sub-commands do not; returns ExitFailure. */
int reportNoDisplay(FILE *err = stderr);

/** The --help text. */
QString usageText();

} // namespace Gtm
