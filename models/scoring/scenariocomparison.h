#pragma once

#include "recommendation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Gtm {

/** One vertical under the baseline model ([0]) and under a scenario's ([1]). */
struct ScenarioShift
{
    QString name;
    std::array<double, 2> readiness {};
    std::array<double, 2> risk {};
    std::array<int, 2> readinessRank {}; // 0: no score
    std::array<int, 2> riskRank {};
    std::array<std::optional<Quadrant>, 2> quadrant; // of the scores
    std::array<Wave, 2> wave {Wave::Undecided, Wave::Undecided};
    std::array<bool, 2> provisional {};

    bool readinessRankShifted() const { return readinessRank[0] != readinessRank[1]; }
    bool riskRankShifted() const { return riskRank[0] != riskRank[1]; }
    bool quadrantShifted() const { return quadrant[0] != quadrant[1]; }
    bool waveShifted() const { return wave[0] != wave[1]; }
    bool shifted() const
    {
        return readinessRankShifted() || riskRankShifted() || quadrantShifted() || waveShifted();
    }
};

/**
 * A scenario beside the baseline: every vertical's scores, ranks, quadrant and wave under both
 * models, and which of them moved. The window's comparison view, `scenario --compare` and its
 * CSV and JSON all read this one result.
 */
class ScenarioComparison
{
public:
    static ScenarioComparison compare(const QStringList &names, const Decision &baseline,
                                      const Decision &scenario, const QString &scenarioName);

    const QList<ScenarioShift> &rows() const { return m_rows; }
    const QString &scenarioName() const { return m_scenario; }
    /** The rows whose readiness rank, risk rank, quadrant or wave moved. */
    int shiftCount() const;

    /** Format "gtm-workbench-scenario-comparison". */
    QJsonObject toJson() const;
    /** One row per vertical in workspace order; `_baseline` and `_scenario` column pairs. */
    QByteArray toCsv() const;
    /** By baseline readiness rank, shifts marked, then a list of the shifts. */
    QString toTable() const;

    static constexpr int FormatVersion = 1;

private:
    QList<ScenarioShift> m_rows;
    QString m_scenario;
};

} // namespace Gtm
