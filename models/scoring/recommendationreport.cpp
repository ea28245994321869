#include "recommendationreport.h"

#include "domain/indicator.h"
#include "domain/numbers.h"
#include "textcolumns.h"

#include "storage/csvtable.h"
#include "storage/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::RecommendationReport)
};

using JsonWriting::key;
using JsonWriting::rounded;

QString fixed(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QString();
}

QString percentText(double share)
{
    return std::isfinite(share) ? Numbers::percent(QString::number(100 * share, 'f', 0))
                                : QStringLiteral("–");
}

QString coverageText(double share)
{
    return std::isfinite(share) ? Numbers::percent(QString::number(coveragePercent(share)))
                                : QStringLiteral("–");
}

QJsonValue quadrantJson(const std::optional<Quadrant> &quadrant)
{
    return quadrant ? QJsonValue(enumKey(*quadrant)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

} // namespace

RecommendationReport::RecommendationReport(const QStringList &names, const QString &modelName,
                                           const QString &scenario, const ScoringResult &scores,
                                           const Recommendation &recommendation,
                                           const SensitivityAnalysis::Settings &runSettings)
    : m_names(names)
    , m_modelName(modelName)
    , m_scenario(scenario)
    , m_scores(scores)
    , m_recommendation(recommendation)
    , m_settings(runSettings)
    , m_readiness(scores.model().rootNamed(QString::fromLatin1(ScoringModel::ReadinessId)))
    , m_risk(scores.model().rootNamed(QString::fromLatin1(ScoringModel::RiskId)))
{ }

QList<int> RecommendationReport::rowsInOrder() const
{
    QList<int> rows;
    for (Wave wave : enumValues<Wave>())
        rows += m_recommendation.rowsIn(wave);
    return rows;
}

QJsonObject RecommendationReport::toJson() const
{
    const RecommendationSettings &settings = m_scores.model().recommendation;
    QJsonObject waves;
    for (Wave wave : enumValues<Wave>()) {
        QStringList names;
        for (int row : m_recommendation.rowsIn(wave))
            names.append(m_names.value(row));
        waves.insert(enumKey(wave), stringArray(names));
    }
    QJsonArray verticals;
    for (int row : rowsInOrder()) {
        const Placement &p = m_recommendation.placement(row);
        const auto score = [&](int root) {
            return root >= 0 ? rounded(m_scores.score(row, root), 4) : QJsonValue(QJsonValue::Null);
        };
        verticals.append(QJsonObject {
            {key("name"), m_names.value(row)},
            {key("wave"), enumKey(p.wave)},
            {key("order"), p.order},
            {key("readiness"), score(m_readiness)},
            {key("risk"), score(m_risk)},
            {key("baselineQuadrant"), quadrantJson(p.baselineQuadrant)},
            {key("quadrant"), quadrantJson(p.robustQuadrant)},
            {key("quadrantShare"), rounded(p.quadrantShare, 4)},
            {key("robust"), p.robust},
            {key("readinessCoverage"), rounded(p.readinessCoverage, 4)},
            {key("riskCoverage"), rounded(p.riskCoverage, 4)},
            {key("provisional"), p.provisional},
            {key("missing"), stringArray(p.missing)},
            {key("safeguards"), stringArray(p.safeguards)},
            {key("reason"), p.reason},
        });
    }
    const CompiledModel &model = m_scores.model();
    return QJsonObject {
        {key("format"), key("gtm-workbench-recommendation")},
        {key("formatVersion"), FormatVersion},
        {key("model"),
         QJsonObject {{key("name"), m_modelName},
                      {key("thresholds"),
                       QJsonObject {{key("readiness"), model.readinessThreshold},
                                    {key("risk"), model.riskThreshold}}},
                      {key("minimumCoverage"), settings.minimumCoverage},
                      {key("recommendation"),
                       QJsonObject {{key("robustShare"), settings.robustShare},
                                    {key("goFirstMax"), settings.goFirstMax}}}}},
        {key("scenario"),
         m_scenario.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_scenario)},
        {key("runs"), m_recommendation.runs()},
        {key("seed"), QString::number(m_settings.seed)},
        {key("headline"), m_recommendation.headline(m_names)},
        {key("waves"), waves},
        {key("verticals"), verticals},
    };
}

QByteArray RecommendationReport::toCsv() const
{
    const QStringList header {
        QStringLiteral("vertical"),
        QStringLiteral("wave"),
        QStringLiteral("readiness"),
        QStringLiteral("risk"),
        QStringLiteral("quadrant"),
        QStringLiteral("quadrant_share"),
        QStringLiteral("readiness_coverage"),
        QStringLiteral("risk_coverage"),
        QStringLiteral("provisional"),
        QStringLiteral("reason"),
        QStringLiteral("order"),
        QStringLiteral("baseline_quadrant"),
        QStringLiteral("safeguards"),
        QStringLiteral("missing"),
    };
    QString text = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int row : rowsInOrder()) {
        const Placement &p = m_recommendation.placement(row);
        const auto score = [&](int root) {
            return root >= 0 ? fixed(m_scores.score(row, root), 2) : QString();
        };
        const QStringList fields {
            Csv::quoteField(m_names.value(row)),
            enumKey(p.wave),
            score(m_readiness),
            score(m_risk),
            p.robustQuadrant ? enumKey(*p.robustQuadrant) : QString(),
            fixed(p.quadrantShare, 4),
            fixed(p.readinessCoverage, 4),
            fixed(p.riskCoverage, 4),
            p.provisional ? QStringLiteral("true") : QStringLiteral("false"),
            Csv::quoteField(p.reason),
            QString::number(p.order),
            p.baselineQuadrant ? enumKey(*p.baselineQuadrant) : QString(),
            Csv::quoteField(p.safeguards.join(QLatin1String("; "))),
            Csv::quoteField(p.missing.join(QLatin1String("; "))),
        };
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

QString RecommendationReport::toTable() const
{
    QString text = m_recommendation.headline(m_names) + QLatin1Char('\n');
    for (Wave wave : enumValues<Wave>()) {
        const QList<int> rows = m_recommendation.rowsIn(wave);
        if (rows.isEmpty())
            continue;
        text += QLatin1Char('\n') + enumDisplayName(wave) + QLatin1Char('\n');
        int width = 0;
        for (int row : rows)
            width = std::max(width, TextColumns::width(m_names.value(row)));
        for (int row : rows) {
            const Placement &p = m_recommendation.placement(row);
            const QString quadrant = p.robustQuadrant
                ? QStringLiteral("%1 %2").arg(enumDisplayName(*p.robustQuadrant),
                                              percentText(p.quadrantShare))
                : QStringLiteral("–");
            text += QStringLiteral("  %1  %2  %3  %4  %5%6\n")
                        .arg(TextColumns::padded(m_names.value(row), width),
                             Text::tr("readiness %1")
                                 .arg(fixed(m_scores.score(row, m_readiness), 1).rightJustified(5)),
                             Text::tr("risk %1").arg(
                                 fixed(m_scores.score(row, m_risk), 1).rightJustified(5)),
                             Text::tr("coverage %1 / %2")
                                 .arg(coverageText(p.readinessCoverage).rightJustified(5),
                                      coverageText(p.riskCoverage).rightJustified(5)),
                             quadrant,
                             p.provisional ? QStringLiteral("  ") + Text::tr("PROVISIONAL")
                                           : QString());
            text += QStringLiteral("  %1  %2\n").arg(QString(width, QLatin1Char(' ')), p.reason);
        }
    }
    const CompiledModel &model = m_scores.model();
    const RecommendationSettings &settings = model.recommendation;
    text += QLatin1Char('\n')
        + Text::tr(
              "Model: %1%2; thresholds readiness %3, risk %4; minimum coverage %5 %; robust share "
              "%6 %; go first at most %7; %8 robustness runs, seed %9.")
              .arg(localizedName(m_modelName),
                   m_scenario.isEmpty() ? QString()
                                        : QStringLiteral(" (")
                           + Text::tr("scenario \"%1\"").arg(m_scenario) + QLatin1Char(')'),
                   fixed(model.readinessThreshold, 0), fixed(model.riskThreshold, 0),
                   QString::number(settings.minimumCoverage), QString::number(settings.robustShare),
                   QString::number(settings.goFirstMax), QString::number(m_recommendation.runs()),
                   QString::number(m_settings.seed))
        + QLatin1Char('\n');
    return text;
}

} // namespace Gtm
