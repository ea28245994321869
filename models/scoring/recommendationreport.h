#pragma once

#include "recommendation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Gtm {

/**
 * A recommendation as the command line prints it and other programs read it: a text table by
 * wave, CSV (one row per vertical, columns starting vertical,wave,readiness,risk,quadrant,…) and
 * JSON (format "gtm-workbench-recommendation"; resources/schemas/recommendation.schema.json).
 */
class RecommendationReport
{
public:
    /** `scenario` names the scenario whose model was used, or is empty for the workspace's. */
    RecommendationReport(const QStringList &names, const QString &modelName,
                         const QString &scenario, const ScoringResult &scores,
                         const Recommendation &recommendation,
                         const SensitivityAnalysis::Settings &runSettings);

    QJsonObject toJson() const;
    QByteArray toCsv() const;
    /** The waves in order, each vertical with its scores and reason, for a terminal. */
    QString toTable() const;

    static constexpr int FormatVersion = 1;

private:
    /** The rows in the order of the waves and their places. */
    QList<int> rowsInOrder() const;

    QStringList m_names;
    QString m_modelName;
    QString m_scenario;
    const ScoringResult &m_scores;
    const Recommendation &m_recommendation;
    SensitivityAnalysis::Settings m_settings;
    int m_readiness = -1;
    int m_risk = -1;
};

} // namespace Gtm
