#pragma once

#include "scoringengine.h"
#include "sensitivity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Gtm {

struct Workspace;

/**
 * Scores as the command line prints them and other programs read them: a text table, CSV (one
 * row per vertical) and JSON (format "gtm-workbench-scores", with every index's dimensions and
 * indicator contributions; resources/schemas/scores.schema.json describes it).
 */
class ScoreReport
{
public:
    ScoreReport(const Workspace &workspace, const ScoringModel &model, const IndicatorTable &table,
                const ScoringResult &result);

    /** Adds the results of a sensitivity analysis run with `settings`. */
    void setSensitivity(const SensitivityAnalysis::Result &result,
                        const SensitivityAnalysis::Settings &settings);

    QJsonObject toJson() const;
    QByteArray toCsv() const;
    /** Verticals in order of readiness, aligned columns, for a terminal. */
    QString toTable() const;

    static constexpr int FormatVersion = 2; // 2: coverage, missing, provisional

private:
    QString indicatorName(const QString &id) const;
    QJsonObject indexJson(int row, int root) const;
    QList<int> rowsByReadiness() const;

    const Workspace &m_workspace;
    const ScoringModel &m_model;
    const IndicatorTable &m_table;
    const ScoringResult &m_result;
    const SensitivityAnalysis::Result *m_sensitivity = nullptr;
    SensitivityAnalysis::Settings m_settings;
};

} // namespace Gtm
