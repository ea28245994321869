#include "scenariocomparison.h"

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
    Q_DECLARE_TR_FUNCTIONS(Gtm::ScenarioComparison)
};

using JsonWriting::key;
using JsonWriting::rounded;

QString fixed(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : QStringLiteral("–");
}

QString rankText(int rank)
{
    return rank > 0 ? QString::number(rank) : QStringLiteral("–");
}

QString quadrantKey(const std::optional<Quadrant> &quadrant)
{
    return quadrant ? enumKey(*quadrant) : QString();
}

QString quadrantName(const std::optional<Quadrant> &quadrant)
{
    return quadrant ? enumDisplayName(*quadrant) : QStringLiteral("–");
}

} // namespace

ScenarioComparison ScenarioComparison::compare(const QStringList &names, const Decision &baseline,
                                               const Decision &scenario,
                                               const QString &scenarioName)
{
    ScenarioComparison comparison;
    comparison.m_scenario = scenarioName;
    const std::array<const Decision *, 2> decisions {&baseline, &scenario};
    const int rows = std::min(baseline.scores.rowCount(), scenario.scores.rowCount());
    for (int row = 0; row < rows; ++row) {
        ScenarioShift shift;
        shift.name = names.value(row);
        for (size_t i = 0; i < 2; ++i) {
            const Decision &d = *decisions[i];
            const int readiness = d.model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
            const int risk = d.model.rootNamed(QString::fromLatin1(ScoringModel::RiskId));
            shift.readiness[i] = d.scores.score(row, readiness);
            shift.risk[i] = d.scores.score(row, risk);
            shift.readinessRank[i] = d.scores.rank(row, readiness);
            shift.riskRank[i] = d.scores.rank(row, risk);
            shift.quadrant[i] = d.scores.quadrant(row);
            shift.wave[i] = d.recommendation.placement(row).wave;
            shift.provisional[i] = d.recommendation.placement(row).provisional;
        }
        comparison.m_rows.append(shift);
    }
    return comparison;
}

int ScenarioComparison::shiftCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ScenarioShift &s) { return s.shifted(); }));
}

QJsonObject ScenarioComparison::toJson() const
{
    QJsonArray verticals;
    for (const ScenarioShift &s : m_rows) {
        const auto side = [&s](size_t i) {
            return QJsonObject {
                {key("readiness"), rounded(s.readiness[i], 4)},
                {key("risk"), rounded(s.risk[i], 4)},
                {key("readinessRank"),
                 s.readinessRank[i] > 0 ? QJsonValue(s.readinessRank[i]) : QJsonValue()},
                {key("riskRank"), s.riskRank[i] > 0 ? QJsonValue(s.riskRank[i]) : QJsonValue()},
                {key("quadrant"),
                 s.quadrant[i] ? QJsonValue(enumKey(*s.quadrant[i])) : QJsonValue()},
                {key("wave"), enumKey(s.wave[i])},
                {key("provisional"), s.provisional[i]},
            };
        };
        verticals.append(QJsonObject {
            {key("name"), s.name},
            {key("baseline"), side(0)},
            {key("scenario"), side(1)},
            {key("shifts"),
             QJsonObject {{key("readinessRank"), s.readinessRankShifted()},
                          {key("riskRank"), s.riskRankShifted()},
                          {key("quadrant"), s.quadrantShifted()},
                          {key("wave"), s.waveShifted()}}},
        });
    }
    return QJsonObject {
        {key("format"), key("gtm-workbench-scenario-comparison")},
        {key("formatVersion"), FormatVersion},
        {key("scenario"), m_scenario},
        {key("shifted"), shiftCount()},
        {key("verticals"), verticals},
    };
}

QByteArray ScenarioComparison::toCsv() const
{
    QStringList header {QStringLiteral("vertical")};
    for (const char *column :
         {"readiness", "readiness_rank", "risk", "risk_rank", "quadrant", "wave", "provisional"}) {
        header << QLatin1String(column) + QLatin1String("_baseline")
               << QLatin1String(column) + QLatin1String("_scenario");
    }
    header << QStringLiteral("shifted");
    QString text = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    const auto number = [](double v) {
        return std::isfinite(v) ? QString::number(v, 'f', 2) : QString();
    };
    const auto rank = [](int r) {
        return r > 0 ? QString::number(r) : QString();
    };
    const auto flag = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    for (const ScenarioShift &s : m_rows) {
        QStringList fields {Csv::quoteField(s.name)};
        fields << number(s.readiness[0]) << number(s.readiness[1]) << rank(s.readinessRank[0])
               << rank(s.readinessRank[1]) << number(s.risk[0]) << number(s.risk[1])
               << rank(s.riskRank[0]) << rank(s.riskRank[1]) << quadrantKey(s.quadrant[0])
               << quadrantKey(s.quadrant[1]) << enumKey(s.wave[0]) << enumKey(s.wave[1])
               << flag(s.provisional[0]) << flag(s.provisional[1]) << flag(s.shifted());
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

QString ScenarioComparison::toTable() const
{
    QList<int> order;
    for (int i = 0; i < m_rows.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const int ra = m_rows.at(a).readinessRank[0], rb = m_rows.at(b).readinessRank[0];
        if ((ra == 0) != (rb == 0))
            return rb == 0;
        return ra < rb;
    });
    const auto arrow = [](const QString &a, const QString &b) {
        return a == b ? a : QStringLiteral("%1 → %2").arg(a, b);
    };
    QList<QStringList> lines {{Text::tr("Vertical"), Text::tr("Readiness"), Text::tr("Rank"),
                               Text::tr("Risk"), Text::tr("Rank"), Text::tr("Quadrant"),
                               Text::tr("Wave"), QString()}};
    for (int i : std::as_const(order)) {
        const ScenarioShift &s = m_rows.at(i);
        lines.append({s.name, arrow(fixed(s.readiness[0]), fixed(s.readiness[1])),
                      arrow(rankText(s.readinessRank[0]), rankText(s.readinessRank[1])),
                      arrow(fixed(s.risk[0]), fixed(s.risk[1])),
                      arrow(rankText(s.riskRank[0]), rankText(s.riskRank[1])),
                      arrow(quadrantName(s.quadrant[0]), quadrantName(s.quadrant[1])),
                      arrow(enumDisplayName(s.wave[0]), enumDisplayName(s.wave[1])),
                      s.shifted() ? QStringLiteral("*") : QString()});
    }
    QList<int> widths(lines.first().size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], TextColumns::width(line.at(c)));
    }
    QString text
        = Text::tr("Scenario \"%1\" against the baseline (before → after):").arg(m_scenario)
        + QLatin1Char('\n');
    for (const QStringList &line : std::as_const(lines)) {
        QStringList cells;
        for (int c = 0; c < line.size(); ++c)
            cells << TextColumns::padded(line.at(c), widths[c]);
        text += cells.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    }
    QStringList ranks, quadrants, waves;
    for (int i : std::as_const(order)) {
        const ScenarioShift &s = m_rows.at(i);
        if (s.readinessRankShifted())
            ranks << Text::tr("%1 %2 → %3")
                         .arg(s.name, rankText(s.readinessRank[0]), rankText(s.readinessRank[1]));
        if (s.quadrantShifted())
            quadrants << Text::tr("%1 %2 → %3")
                             .arg(s.name, quadrantName(s.quadrant[0]), quadrantName(s.quadrant[1]));
        if (s.waveShifted())
            waves << Text::tr("%1 %2 → %3")
                         .arg(s.name, enumDisplayName(s.wave[0]), enumDisplayName(s.wave[1]));
    }
    const auto summary = [](const QString &title, const QStringList &items) {
        return title + QLatin1String(": ")
            + (items.isEmpty() ? Text::tr("none") : items.join(QLatin1String("; ")))
            + QLatin1Char('\n');
    };
    text += QLatin1Char('\n') + summary(Text::tr("Readiness rank shifts"), ranks)
        + summary(Text::tr("Quadrant shifts"), quadrants) + summary(Text::tr("Wave shifts"), waves);
    return text;
}

} // namespace Gtm
