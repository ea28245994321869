#pragma once

#include <QStringList>

namespace Gtm {

struct DataTable;
struct Workspace;

/** What an import did, for the command line's and the GUI's report. */
struct ImportReport
{
    QStringList addedVerticals;
    QStringList updatedVerticals;
    QStringList createdIndicators; // "custom.churn_rate (Churn rate)"
    int valuesSet = 0;
    int valuesCleared = 0;
};

/**
 * Adds or updates verticals' indicator values from a table, all or nothing: on any error the
 * workspace is unchanged and `error` names the row and column.
 *
 * - One column, headed "vertical" or "name", holds the vertical's name; rows are matched to
 *   existing verticals by name regardless of case and surrounding blanks, other rows add verticals.
 * - A "description" column sets the vertical's description.
 * - Other columns are indicators, headed by id ("capabilities.data_availability") or by name
 *   ("Data availability"); any other heading creates a custom indicator, reported in `report`.
 * - A cell holds a number ("3.5", "14%"; "3,5" in semicolon files); an empty cell, "n/a", "na" or
 *   "-" leaves the value as it is. Numbers outside the indicator's range are refused.
 */
bool importTable(Workspace &workspace, const DataTable &table, ImportReport *report,
                 QString *error);
/** The same, letting go of each row once it is read: a large table's cells and the values
 *  they become are never in memory together. */
bool importTable(Workspace &workspace, DataTable &&table, ImportReport *report, QString *error);

/**
 * The first problem (Workspace::validate()) that `after` has and `before` had not, or an empty
 * string: imports refuse to make a sound workspace unsound, without blocking one that already
 * had a problem.
 */
QString firstNewProblem(const Workspace &before, const Workspace &after);

} // namespace Gtm
