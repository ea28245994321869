#include "scorereport.h"

#include "domain/numbers.h"
#include "textcolumns.h"

#include "domain/workspace.h"
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
    Q_DECLARE_TR_FUNCTIONS(Gtm::ScoreReport)
};

using JsonWriting::key;

/** A finite number, or JSON null for "none": 4 decimals for points of 0–100, 6 for 0–1. */
QJsonValue number(double value, int decimals = 6)
{
    return JsonWriting::rounded(value, decimals);
}

QString fixed(double value, int decimals = 1)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

const Quadrant quadrantOrder[] = {Quadrant::PursueNow, Quadrant::ProceedWithSafeguards,
                                  Quadrant::PrepareTheCustomer, Quadrant::Monitor};

} // namespace

ScoreReport::ScoreReport(const Workspace &workspace, const ScoringModel &model,
                         const IndicatorTable &table, const ScoringResult &result)
    : m_workspace(workspace)
    , m_model(model)
    , m_table(table)
    , m_result(result)
{ }

void ScoreReport::setSensitivity(const SensitivityAnalysis::Result &result,
                                 const SensitivityAnalysis::Settings &settings)
{
    m_sensitivity = &result;
    m_settings = settings;
}

QString ScoreReport::indicatorName(const QString &id) const
{
    if (const IndicatorDefinition *d = m_workspace.indicator(id))
        return d->name;
    if (const IndicatorDefinition *d = derivedIndicator(id))
        return d->name;
    return id;
}

QJsonObject ScoreReport::indexJson(int row, int root) const
{
    const CompiledModel &model = m_result.model();
    const int rootNode = model.roots()[size_t(root)];
    QJsonObject index {{key("score"), number(m_result.score(row, root), 4)},
                       {key("raw"), number(m_result.nodeValue(row, rootNode), 6)},
                       {key("rank"),
                        m_result.rank(row, root) > 0 ? QJsonValue(m_result.rank(row, root))
                                                     : QJsonValue(QJsonValue::Null)}};
    const QString reason = m_result.noScoreReason(row, root);
    index.insert(key("noScoreReason"),
                 reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason));
    index.insert(key("coverage"), number(m_result.coverage(row, root), 4));
    QJsonArray missing;
    for (const QString &name : m_result.missingIndicators(row, root))
        missing.append(name);
    index.insert(key("missing"), missing);

    QJsonArray dimensions;
    QJsonArray contributions;
    for (size_t n = 0; n < model.nodes().size(); ++n) {
        const CompiledModel::Node &node = model.nodes()[n];
        if (node.root != root || int(n) == rootNode)
            continue;
        const int parentNode = node.parent;
        const QString parentId = model.nodes()[size_t(parentNode)].id;
        if (node.leaf < 0) {
            dimensions.append(
                QJsonObject {{key("id"), node.id},
                             {key("name"), node.name},
                             {key("parent"), parentId},
                             {key("score"), number(100.0 * m_result.nodeValue(row, int(n)), 4)},
                             {key("contribution"), number(m_result.contribution(row, int(n)), 4)},
                             {key("weight"), number(m_result.effectiveWeight(row, int(n)), 6)}});
            continue;
        }
        const CompiledModel::Leaf &leaf = model.leaves()[size_t(node.leaf)];
        const int column = int(m_table.columns.indexOf(leaf.indicatorId));
        contributions.append(QJsonObject {
            {key("indicator"), leaf.indicatorId},
            {key("name"), indicatorName(leaf.indicatorId)},
            {key("parent"), parentId},
            {key("value"),
             column >= 0 ? number(m_table.value(row, column), 6) : QJsonValue(QJsonValue::Null)},
            {key("normalised"), number(m_result.nodeValue(row, int(n)), 6)},
            {key("weight"), number(m_result.effectiveWeight(row, int(n)), 6)},
            {key("contribution"), number(m_result.contribution(row, int(n)), 4)},
            {key("logContribution"), number(m_result.logContribution(row, int(n)), 6)}});
    }
    index.insert(key("dimensions"), dimensions);
    index.insert(key("contributions"), contributions);
    return index;
}

QJsonObject ScoreReport::toJson() const
{
    const CompiledModel &model = m_result.model();
    const ScoringModel &source = m_model;
    QJsonArray indices;
    for (int root : model.roots())
        indices.append(QJsonObject {{key("id"), model.nodes()[size_t(root)].id},
                                    {key("name"), model.nodes()[size_t(root)].name}});

    QJsonArray verticals;
    for (int row = 0; row < m_result.rowCount(); ++row) {
        QJsonObject scores;
        for (size_t root = 0; root < model.roots().size(); ++root)
            scores.insert(model.nodes()[size_t(model.roots()[root])].id, indexJson(row, int(root)));
        const std::optional<Quadrant> quadrant = m_result.quadrant(row);
        QJsonObject vertical {
            {key("name"), m_table.rowNames.value(row)},
            {key("quadrant"),
             quadrant ? QJsonValue(enumKey(*quadrant)) : QJsonValue(QJsonValue::Null)},
            {key("provisional"), m_result.isProvisional(row)},
            {key("scores"), scores}};
        if (m_sensitivity) {
            QJsonObject sensitivity;
            for (int root = 0; root < m_sensitivity->indexIds.size(); ++root) {
                const SensitivityAnalysis::RankSummary &s
                    = m_sensitivity->ranks[size_t(root)][size_t(row)];
                sensitivity.insert(m_sensitivity->indexIds.at(root),
                                   QJsonObject {{key("medianRank"), number(s.median, 2)},
                                                {key("rankP5"), number(s.p5, 2)},
                                                {key("rankP95"), number(s.p95, 2)},
                                                {key("scoredRuns"), s.scoredRuns}});
            }
            if (m_sensitivity->hasQuadrants) {
                QJsonObject shares;
                for (size_t q = 0; q < 4; ++q)
                    shares.insert(enumKey(quadrantOrder[q]),
                                  number(m_sensitivity->quadrantShares[size_t(row)][q], 4));
                sensitivity.insert(key("quadrantShares"), shares);
            }
            vertical.insert(key("sensitivity"), sensitivity);
        }
        verticals.append(vertical);
    }

    QJsonObject json {
        {key("format"), key("gtm-workbench-scores")},
        {key("formatVersion"), FormatVersion},
        {key("model"),
         QJsonObject {{key("name"), source.name},
                      {key("missingValues"), enumKey(model.missingPolicy())},
                      {key("minimumCoverage"), model.recommendation.minimumCoverage},
                      {key("thresholds"),
                       QJsonObject {{key("readiness"), model.readinessThreshold},
                                    {key("risk"), model.riskThreshold}}}}},
        {key("indices"), indices},
        {key("verticals"), verticals},
    };
    if (m_sensitivity) {
        QJsonArray normalisations;
        for (const std::optional<Normalisation> &n : m_settings.normalisations)
            normalisations.append(n ? enumKey(*n) : key("model"));
        json.insert(key("sensitivity"),
                    QJsonObject {{key("runs"), m_sensitivity->runs},
                                 {key("seed"), QString::number(m_settings.seed)},
                                 {key("weightSpread"), m_settings.weightSpread},
                                 {key("normalisations"), normalisations}});
    }
    return json;
}

QByteArray ScoreReport::toCsv() const
{
    const CompiledModel &model = m_result.model();
    QStringList header {QStringLiteral("vertical")};
    for (int root : model.roots()) {
        const QString id = model.nodes()[size_t(root)].id;
        header << id << id + QLatin1String("_rank");
    }
    header << QStringLiteral("quadrant");
    if (m_sensitivity) {
        for (const QString &id : m_sensitivity->indexIds)
            header << id + QLatin1String("_rank_median") << id + QLatin1String("_rank_p5")
                   << id + QLatin1String("_rank_p95");
        if (m_sensitivity->hasQuadrants) {
            for (Quadrant q : quadrantOrder)
                header << QStringLiteral("share_") + enumKey(q);
        }
    }
    // Added in 0.2: at the end, so readers of the older columns by position are not misled.
    for (int root : model.roots())
        header << model.nodes()[size_t(root)].id + QLatin1String("_coverage");
    header << QStringLiteral("provisional");
    QString text = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int row = 0; row < m_result.rowCount(); ++row) {
        QStringList fields {Csv::quoteField(m_table.rowNames.value(row))};
        for (size_t root = 0; root < model.roots().size(); ++root) {
            const double score = m_result.score(row, int(root));
            const int rank = m_result.rank(row, int(root));
            fields << (std::isfinite(score) ? QString::number(score, 'f', 2) : QString())
                   << (rank > 0 ? QString::number(rank) : QString());
        }
        const std::optional<Quadrant> quadrant = m_result.quadrant(row);
        fields << (quadrant ? enumKey(*quadrant) : QString());
        if (m_sensitivity) {
            for (int root = 0; root < m_sensitivity->indexIds.size(); ++root) {
                const SensitivityAnalysis::RankSummary &s
                    = m_sensitivity->ranks[size_t(root)][size_t(row)];
                for (double v : {s.median, s.p5, s.p95})
                    fields << (std::isfinite(v) ? Csv::formatNumber(v) : QString());
            }
            if (m_sensitivity->hasQuadrants) {
                for (size_t q = 0; q < 4; ++q)
                    fields << QString::number(m_sensitivity->quadrantShares[size_t(row)][q], 'f',
                                              4);
            }
        }
        for (size_t root = 0; root < model.roots().size(); ++root)
            fields << QString::number(m_result.coverage(row, int(root)), 'f', 4);
        fields << (m_result.isProvisional(row) ? QStringLiteral("true") : QStringLiteral("false"));
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

QList<int> ScoreReport::rowsByReadiness() const
{
    QList<int> rows;
    for (int row = 0; row < m_result.rowCount(); ++row)
        rows.append(row);
    const int root
        = std::max(0, m_result.model().rootNamed(QString::fromLatin1(ScoringModel::ReadinessId)));
    std::stable_sort(rows.begin(), rows.end(), [this, root](int a, int b) {
        const int ra = m_result.rank(a, root);
        const int rb = m_result.rank(b, root);
        if ((ra == 0) != (rb == 0))
            return rb == 0; // unscored last
        return ra < rb;
    });
    return rows;
}

QString ScoreReport::toTable() const
{
    const CompiledModel &model = m_result.model();
    QList<QStringList> lines;
    QStringList header {Text::tr("Vertical")};
    for (int root : model.roots())
        header << localizedName(model.nodes()[size_t(root)].name) << Text::tr("Rank");
    const bool quadrants = model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId)) >= 0
        && model.rootNamed(QString::fromLatin1(ScoringModel::RiskId)) >= 0;
    if (quadrants)
        header << Text::tr("Quadrant");
    header << Text::tr("Coverage");
    if (m_sensitivity) {
        for (int root : model.roots()) {
            // The GTM indices by their short names; any other index by its name.
            const CompiledModel::Node &node = model.nodes()[size_t(root)];
            if (node.id == QLatin1String(ScoringModel::ReadinessId))
                header << Text::tr("readiness rank 5–95 %");
            else if (node.id == QLatin1String(ScoringModel::RiskId))
                header << Text::tr("risk rank 5–95 %");
            else
                header << Text::tr("%1 rank 5–95 %").arg(localizedName(node.name));
        }
        if (m_sensitivity->hasQuadrants)
            header << Text::tr("Same quadrant");
    }
    header << Text::tr("Top contributions");
    lines.append(header);

    const int readinessRoot = model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
    QStringList provisional;
    for (int row : rowsByReadiness()) {
        QStringList line {m_table.rowNames.value(row)};
        for (size_t root = 0; root < model.roots().size(); ++root) {
            line << fixed(m_result.score(row, int(root)));
            const int rank = m_result.rank(row, int(root));
            line << (rank > 0 ? QString::number(rank) : QStringLiteral("–"));
        }
        const std::optional<Quadrant> quadrant = m_result.quadrant(row);
        if (quadrants)
            line << (quadrant ? enumDisplayName(*quadrant) : QStringLiteral("–"));
        // Each index's share of weight resting on data; provisional ones are marked.
        QStringList coverage;
        for (size_t root = 0; root < model.roots().size(); ++root)
            coverage << Numbers::percent(
                QString::number(coveragePercent(m_result.coverage(row, int(root)))));
        if (m_result.isProvisional(row)) {
            coverage << Text::tr("provisional");
            provisional << m_table.rowNames.value(row);
        }
        line << coverage.join(QLatin1String(" / "));
        if (m_sensitivity) {
            for (int root = 0; root < m_sensitivity->indexIds.size(); ++root) {
                const SensitivityAnalysis::RankSummary &s
                    = m_sensitivity->ranks[size_t(root)][size_t(row)];
                line << (s.scoredRuns
                             ? QStringLiteral("%1 (%2–%3)")
                                   .arg(fixed(s.median, 0), fixed(s.p5, 0), fixed(s.p95, 0))
                             : QStringLiteral("–"));
            }
            if (m_sensitivity->hasQuadrants) {
                double share = 0;
                if (quadrant) {
                    for (size_t q = 0; q < 4; ++q) {
                        if (quadrantOrder[q] == *quadrant)
                            share = m_sensitivity->quadrantShares[size_t(row)][q];
                    }
                }
                line << (quadrant ? Numbers::percent(fixed(100 * share, 0)) : QStringLiteral("–"));
            }
        }
        // The two indicators that add most to readiness, so the ranking can be explained.
        QList<std::pair<double, QString>> parts;
        if (readinessRoot >= 0) {
            for (const CompiledModel::Leaf &leaf : model.leaves()) {
                if (model.nodes()[size_t(leaf.node)].root != readinessRoot)
                    continue;
                const double c = m_result.contribution(row, leaf.node);
                if (std::isfinite(c))
                    parts.append({c, localizedName(indicatorName(leaf.indicatorId))});
            }
        }
        std::sort(parts.begin(), parts.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList top;
        for (int i = 0; i < std::min<qsizetype>(2, parts.size()); ++i)
            top << QStringLiteral("%1 +%2").arg(parts.at(i).second, fixed(parts.at(i).first));
        line << top.join(QLatin1String(", "));
        lines.append(line);
    }

    QList<int> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines))
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], TextColumns::width(line.at(i)));
    QString text;
    for (const QStringList &line : std::as_const(lines)) {
        QStringList cells;
        for (int i = 0; i < line.size(); ++i) {
            const bool last = i == line.size() - 1;
            const bool numeric = i > 0 && !last && line.at(i) != QStringLiteral("–")
                && (line.at(i).front().isDigit());
            cells << (last ? line.at(i) : TextColumns::padded(line.at(i), widths[i], numeric));
        }
        text += cells.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    }
    text += Text::tr("Model: %1; quadrant thresholds readiness %2, risk %3; missing values: %4.")
                .arg(localizedName(m_model.name), fixed(model.readinessThreshold, 0),
                     fixed(model.riskThreshold, 0),
                     enumDisplayName(model.missingPolicy()).toLower());
    text += QLatin1Char('\n')
        + Text::tr(
              "Coverage: the share of each index's weight resting on values present; below %1 % "
              "a score is provisional.")
              .arg(QString::number(model.recommendation.minimumCoverage));
    if (!provisional.isEmpty())
        text += QLatin1Char(' ')
            + Text::tr("Provisional: %1.").arg(provisional.join(QLatin1String(", ")));
    if (m_sensitivity)
        text += QLatin1Char('\n')
            + Text::tr("Sensitivity: %1 runs, weights ±%2 %, seed %3.")
                  .arg(QString::number(m_sensitivity->runs),
                       QString::number(100 * m_settings.weightSpread),
                       QString::number(m_settings.seed));
    return text + QLatin1Char('\n');
}

} // namespace Gtm
