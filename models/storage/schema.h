#pragma once

#include <QStringList>

class QSqlDatabase;

namespace Gtm {

/**
 * The SQLite workspace schema. Its version lives in this one constant and, in every file, in
 * `PRAGMA user_version`; `PRAGMA application_id` marks the file as ours.
 */
namespace Schema {

/** Version 1: market facts as vertical columns. Version 2: market facts are indicator values,
 *  every indicator value carries its source. Version 3: the scoring model is stored. Version 4:
 *  a challenge's fields may be unset (NULL), the model has its recommendation settings, and
 *  scenarios (named variants of the model) are stored. Version 5: the decision document's
 *  fields: each vertical's safeguards, the plan's target quarter per wave and its asks. */
inline constexpr int CurrentVersion = 5;
inline constexpr int OldestReadableVersion = 1;

/** 'GTMW' in ASCII, stored in the SQLite header's application id field. */
inline constexpr int ApplicationId = 0x47544D57;

/** The statements that create an empty workspace of the current version. */
QStringList createStatements();

/**
 * Upgrades a database of `fromVersion` to CurrentVersion one step at a time, all in one
 * transaction: on failure nothing has changed. Sets user_version.
 */
bool migrate(QSqlDatabase &database, int fromVersion, QString *error);

} // namespace Schema
} // namespace Gtm
