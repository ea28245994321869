#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Gtm {

struct DataTable;
struct Workspace;

/**
 * What each column of a table to import means, as the import window's mapping step shows and
 * lets the user change: the verticals' names, their descriptions, an indicator, a new custom
 * indicator (named after the column), or nothing (left out).
 */
struct ColumnMapping
{
    enum Kind { Ignore, VerticalName, Description, Indicator, NewIndicator };
    Kind kind = Ignore;
    QString indicatorId; // for Indicator

    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b)
    {
        return a.kind == b.kind && a.indicatorId == b.indicatorId;
    }
};

namespace ImportMapping {

/**
 * The mapping the import would use by itself (the rules of importTable()): a column headed
 * "vertical" or "name" names the verticals, "description" describes them, a heading that is an
 * indicator's id or name (in either language, regardless of case) is that indicator, an
 * indicator computed from challenges is left out, any other heading a new custom indicator.
 */
QList<ColumnMapping> guess(const Workspace &workspace, const QStringList &headers);

/** Why a mapping cannot be imported ("no column names the verticals"), or nothing. */
QString problem(const Workspace &workspace, const QStringList &headers,
                const QList<ColumnMapping> &mapping);

/** The table with its headings replaced by what the mapping says and left-out columns
 *  dropped: what importTable() then reads. */
DataTable apply(const DataTable &table, const QList<ColumnMapping> &mapping);

} // namespace ImportMapping
} // namespace Gtm
