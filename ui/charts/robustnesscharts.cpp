#include "robustnesscharts.h"

#include "chartmessage.h"
#include "chartstyle.h"
#include "domain/enumkeys.h"
#include "domain/language.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Gtm {

namespace {

/** The texts of the free functions here, under one translation context. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::RobustnessCharts)
};

QString subtitle(const RobustnessData &data)
{
    // A chart of several on paper: which one (the caption says how many runs).
    if (data.parts > 0) {
        return data.parts > 1 ? QStringLiteral(" ")
                + Text::tr("(%1 of %2)", "part of the verticals").arg(data.part).arg(data.parts)
                              : QString();
    }
    QString text = data.hiddenVerticals > 0 ? Text::tr("top %1 of %2 verticals by median rank")
                                                  .arg(data.rows.size())
                                                  .arg(data.verticalCount)
                                            : QString();
    if (data.cancelled) {
        const QString cancelled
            = Text::tr("cancelled after %1 runs").arg(Language::locale().toString(data.runs));
        text = text.isEmpty() ? cancelled : text + QStringLiteral("; ") + cancelled;
    } else if (data.runs > 0) {
        const QString runs = Text::tr("%1 runs").arg(Language::locale().toString(data.runs));
        text = text.isEmpty() ? runs : text + QStringLiteral("; ") + runs;
    }
    return text.isEmpty() ? text : QStringLiteral(" (%1)").arg(text);
}

} // namespace

RobustnessData robustnessData(const SensitivityAnalysis::Result &result,
                              const QList<VerticalId> &ids, const QStringList &names, int index,
                              const QString &indexName, int limit)
{
    RobustnessData data;
    data.runs = result.runs;
    data.cancelled = result.cancelled;
    data.hasQuadrants = result.hasQuadrants;
    data.indexName = indexName;
    if (index < 0 || size_t(index) >= result.ranks.size()) {
        data.problem = Text::tr("There is no robustness result yet.");
        return data;
    }
    const std::vector<SensitivityAnalysis::RankSummary> &ranks = result.ranks[size_t(index)];
    QList<int> order;
    for (int row = 0; row < int(ranks.size()) && row < ids.size(); ++row) {
        if (ranks[size_t(row)].scoredRuns > 0)
            order.append(row);
    }
    data.verticalCount = int(order.size());
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &ra = ranks[size_t(a)];
        const auto &rb = ranks[size_t(b)];
        if (ra.median != rb.median)
            return ra.median < rb.median;
        return ra.p95 < rb.p95; // the firmer one first
    });
    if (limit >= 0) {
        data.hiddenVerticals = std::max(0, int(order.size()) - limit);
        if (order.size() > limit)
            order.resize(limit);
    }
    for (int row : std::as_const(order)) {
        RobustnessRow r;
        r.id = ids.at(row);
        r.name = names.at(row);
        r.rank = ranks[size_t(row)];
        if (result.hasQuadrants && size_t(row) < result.quadrantShares.size())
            r.quadrantShares = result.quadrantShares[size_t(row)];
        data.rows.append(r);
    }
    if (data.rows.isEmpty())
        data.problem = result.runs == 0 ? Text::tr("No runs were made.")
                                        : Text::tr("No vertical got a %1 score.").arg(indexName);
    return data;
}

QList<RobustnessData> robustnessParts(const RobustnessData &data, int rows)
{
    const int n = int(data.rows.size());
    const int parts = std::max(1, (n + std::max(1, rows) - 1) / std::max(1, rows));
    const int each = std::max(1, (n + parts - 1) / parts);
    QList<RobustnessData> result;
    for (int p = 0; p < parts; ++p) {
        RobustnessData part = data;
        part.rows = data.rows.mid(p * each, each);
        part.part = p + 1;
        part.parts = parts;
        result.append(part);
    }
    return result;
}

RobustnessChart::RobustnessChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_message(new ChartMessage(this))
{ }

void RobustnessChart::setData(const RobustnessData &data)
{
    m_data = data;
    rebuild();
}

void RobustnessChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    rebuild();
}

RankIntervalChart::RankIntervalChart(QGraphicsItem *parent)
    : RobustnessChart(parent)
{
    applyPalette(QPalette());
}

void RankIntervalChart::rebuild()
{
    ChartStyle::clear(this);
    setTitle(tr("How firm each %1 rank is").arg(ChartStyle::text(m_data.indexName))
             + subtitle(m_data));
    // One row per vertical, the firmest leader on top: a thin line from the 5th to the 95th
    // percentile of its ranks, a thick one over the middle half, a dot at the median.
    const int n = int(m_data.rows.size());
    auto *rowAxis = new QCategoryAxis;
    rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    rowAxis->setStartValue(-1);
    rowAxis->setRange(-0.6, std::max(0, n - 1) + 0.6);
    for (int i = n - 1; i >= 0; --i)
        rowAxis->append(ChartStyle::text(m_data.rows.at(i).name), n - 1 - i);
    auto *rankAxis = new QValueAxis;
    const int last = std::max(2, m_data.verticalCount);
    rankAxis->setRange(0.5, last + 0.5);
    rankAxis->setLabelFormat(QStringLiteral("%d"));
    rankAxis->setTickType(QValueAxis::TicksDynamic);
    rankAxis->setTickAnchor(1);
    rankAxis->setTickInterval(last <= 15 ? 1 : std::ceil(last / 10.0));
    rankAxis->setTitleText(tr("Rank among %1 verticals (1 is best)").arg(m_data.verticalCount));
    addAxis(rowAxis, Qt::AlignLeft);
    addAxis(rankAxis, Qt::AlignBottom);
    const bool dark = ChartStyle::isDark(m_palette);
    const QColor colour = ChartStyle::readinessColor(dark);
    const QColor middle = ChartStyle::translucent(colour, 0.45, m_palette);
    const QColor whisker
        = ChartStyle::translucent(m_palette.color(QPalette::Text), 0.55, m_palette);
    auto *medians = new QScatterSeries;
    medians->setName(tr("Median rank"));
    QList<QLineSeries *> whiskers;
    QList<QLineSeries *> boxes;
    for (int i = 0; i < n; ++i) {
        const RobustnessRow &row = m_data.rows.at(i);
        const double y = n - 1 - i;
        // A rank that never moved has no interval to draw (a line of no length is not a line,
        // and a PDF reader complains about it).
        auto *outer = new QLineSeries;
        if (row.rank.p95 > row.rank.p5)
            outer->append({QPointF(row.rank.p5, y), QPointF(row.rank.p95, y)});
        auto *inner = new QLineSeries;
        if (row.rank.p75 > row.rank.p25)
            inner->append({QPointF(row.rank.p25, y), QPointF(row.rank.p75, y)});
        medians->append(row.rank.median, y);
        whiskers.append(outer);
        boxes.append(inner);
    }
    if (!whiskers.isEmpty()) {
        whiskers.first()->setName(tr("5–95 % of runs"));
        boxes.first()->setName(tr("25–75 % of runs"));
    }
    for (QLineSeries *series : std::as_const(whiskers))
        addSeries(series);
    for (QLineSeries *series : std::as_const(boxes))
        addSeries(series);
    addSeries(medians);
    for (QAbstractSeries *series : QChart::series()) {
        series->attachAxis(rowAxis);
        series->attachAxis(rankAxis);
    }
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setVisible(m_data.problem.isEmpty());
    ChartStyle::apply(this, m_palette);
    rowAxis->setGridLineVisible(false);
    // Styles after the theme, which resets them; one legend entry per kind of mark.
    for (int i = 0; i < whiskers.size(); ++i) {
        whiskers.at(i)->setPen(QPen(whisker, 1.6, Qt::SolidLine, Qt::FlatCap));
        boxes.at(i)->setPen(QPen(middle, 9, Qt::SolidLine, Qt::FlatCap));
        if (i > 0) {
            for (QLegendMarker *marker : legend()->markers(whiskers.at(i)))
                marker->setVisible(false);
            for (QLegendMarker *marker : legend()->markers(boxes.at(i)))
                marker->setVisible(false);
        }
    }
    medians->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    medians->setMarkerSize(9);
    medians->setColor(colour);
    medians->setBorderColor(m_palette.color(QPalette::Base));
    m_message->show(m_data.problem, m_palette.color(QPalette::Text));
}

QuadrantShareChart::QuadrantShareChart(QGraphicsItem *parent)
    : RobustnessChart(parent)
{
    applyPalette(QPalette());
}

void QuadrantShareChart::rebuild()
{
    ChartStyle::clear(this);
    setTitle(tr("Share of runs in each quadrant") + subtitle(m_data));
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    const Quadrant order[] = {Quadrant::PursueNow, Quadrant::ProceedWithSafeguards,
                              Quadrant::PrepareTheCustomer, Quadrant::Monitor};
    QList<QBarSet *> sets;
    for (Quadrant q : order)
        sets.append(new QBarSet(enumDisplayName(q)));
    QStringList categories;
    // Bottom to top: the last vertical first.
    for (int i = int(m_data.rows.size()) - 1; i >= 0; --i) {
        categories.append(m_data.rows.at(i).name);
        for (int q = 0; q < 4; ++q)
            sets[q]->append(100.0 * m_data.rows.at(i).quadrantShares[size_t(order[q])]);
    }
    series->append(sets);
    addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    for (QString &category : categories)
        category = ChartStyle::text(category);
    categoryAxis->append(categories);
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setTickCount(6);
    shareAxis->setLabelFormat(QStringLiteral("%d %%"));
    shareAxis->setTitleText(tr("Share of runs"));
    addAxis(categoryAxis, Qt::AlignLeft);
    addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(shareAxis);
    legend()->setAlignment(Qt::AlignBottom);
    QString problem = m_data.problem;
    if (problem.isEmpty() && !m_data.hasQuadrants)
        problem = tr("The model has no readiness and risk indices, so there are no quadrants.");
    legend()->setVisible(problem.isEmpty());
    ChartStyle::apply(this, m_palette);
    categoryAxis->setGridLineVisible(false);
    const bool dark = ChartStyle::isDark(m_palette);
    for (int q = 0; q < 4; ++q) {
        const QColor colour = ChartStyle::quadrantColor(order[q], dark);
        sets[q]->setColor(colour);
        sets[q]->setBorderColor(m_palette.color(QPalette::Base));
    }
    m_message->show(problem, m_palette.color(QPalette::Text));
}

} // namespace Gtm
