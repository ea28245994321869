#pragma once

#include <QString>
#include <QStringList>

namespace Gtm {

/**
 * The languages the program speaks, by the codes its translations and samples use ("en",
 * "zh_CN"), and which one the user's environment asks for.
 */
namespace Language {

/** "en" and "zh_CN". */
QStringList available();

/**
 * The message language of the environment, looked up as gettext does: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set and not empty; a value starting with "zh" is "zh_CN",
 * anything else (or nothing) "en".
 */
QString fromEnvironment();

/** The program's translation of `language`, as embedded in the program (empty for "en"). */
QString translationFile(const QString &language);

} // namespace Language
} // namespace Gtm
