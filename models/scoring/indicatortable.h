#pragma once

#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace Gtm {

struct Workspace;

/**
 * The numbers the engine works on: one row per vertical, one column per indicator, NaN where a
 * value is missing. Plain data, so the engine needs neither the workspace nor Qt containers in
 * its inner loops.
 */
struct IndicatorTable
{
    QStringList columns; // indicator ids
    QStringList rowNames; // vertical names
    int rowCount = 0;
    std::vector<double> values; // row-major, rowCount × columns.size()

    static constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

    double value(int row, int column) const
    {
        return values[size_t(row) * columns.size() + column];
    }
    void setValue(int row, int column, double v)
    {
        values[size_t(row) * columns.size() + column] = v;
    }
    static bool isMissing(double v) { return std::isnan(v); }

    /** A table of the given size with every value missing. */
    static IndicatorTable empty(const QStringList &columns, int rows);

    /**
     * The workspace's values for `columns`, derived Challenges indicators computed from each
     * vertical's challenges table (see derivedIndicators()).
     */
    static IndicatorTable fromWorkspace(const Workspace &workspace, const QStringList &columns);
};

} // namespace Gtm
