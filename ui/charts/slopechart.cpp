#include "slopechart.h"

#include "chartstyle.h"

#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cstdlib>

namespace Gtm {

SlopeChart::SlopeChart(QGraphicsItem *parent)
    : QChart(parent)
{
    legend()->hide();
    setMargins(QMargins(12, 8, 12, 26)); // room for the columns' titles under the plot
    connect(this, &QChart::plotAreaChanged, this, &SlopeChart::placeLabels);
}

void SlopeChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    rebuild();
}

std::unique_ptr<ChartContent> SlopeChart::copy() const
{
    auto chart = std::make_unique<SlopeChart>();
    chart->m_palette = m_palette;
    chart->setComparison(m_comparison);
    return chart;
}

void SlopeChart::setComparison(const ScenarioComparison &comparison)
{
    m_comparison = comparison;
    rebuild();
}

void SlopeChart::rebuild()
{
    for (const Label &label : m_labels)
        delete label.item;
    m_labels.clear();
    ChartStyle::clear(this);
    ChartStyle::apply(this, m_palette);
    const bool dark = ChartStyle::isDark(m_palette);
    const QList<ScenarioShift> &rows = m_comparison.rows();

    // Which verticals: all that have a rank on both sides, or the largest moves first.
    m_drawn.clear();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).readinessRank[0] > 0 && rows.at(i).readinessRank[1] > 0)
            m_drawn.append(i);
    }
    const int ranked = int(m_drawn.size());
    if (m_drawn.size() > MaximumLines) {
        std::stable_sort(m_drawn.begin(), m_drawn.end(), [&rows](int a, int b) {
            const auto move = [&rows](int i) {
                return std::abs(rows.at(i).readinessRank[0] - rows.at(i).readinessRank[1]);
            };
            return move(a) > move(b);
        });
        m_drawn.resize(MaximumLines);
        std::sort(m_drawn.begin(), m_drawn.end());
    }
    setTitleFont(ChartStyle::font(11, true));
    setTitle(ChartStyle::text(
        m_drawn.size() < ranked
            ? tr("Readiness rank: baseline → \"%1\" (the %2 largest moves of %3)")
                  .arg(m_comparison.scenarioName())
                  .arg(m_drawn.size())
                  .arg(ranked)
            : tr("Readiness rank: baseline → \"%1\"").arg(m_comparison.scenarioName())));

    int maximumRank = 1;
    for (const ScenarioShift &s : rows)
        maximumRank = std::max({maximumRank, s.readinessRank[0], s.readinessRank[1]});

    // The columns' titles and the names are text items placed by placeLabels(), beside the
    // lines' ends rather than across them.
    auto *x = new QValueAxis;
    x->setRange(-0.6, 1.6);
    x->setLabelsVisible(false);
    x->setGridLineVisible(false);
    x->setLineVisible(false);
    x->setTickCount(2);
    auto *y = new QValueAxis;
    y->setRange(0.5, maximumRank + 0.5);
    y->setReverse(true); // rank 1 at the top
    y->setTickCount(2);
    y->setGridLineVisible(false); // it would run through the names
    y->setLabelsVisible(false); // the ranks stand beside the names
    y->setLineVisible(false);
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    ChartStyle::apply(this, m_palette);

    const QColor rose = ChartStyle::readinessColor(dark);
    const QColor fell = ChartStyle::riskColor(dark);
    const QColor still = ChartStyle::mutedText(m_palette);
    for (int i : std::as_const(m_drawn)) {
        const ScenarioShift &s = rows.at(i);
        auto *series = new QLineSeries;
        series->setName(ChartStyle::text(s.name));
        series->append(0, s.readinessRank[0]);
        series->append(1, s.readinessRank[1]);
        const int move = s.readinessRank[0] - s.readinessRank[1];
        QPen pen(move > 0 ? rose : move < 0 ? fell : still);
        pen.setWidthF(move != 0 ? 2.5 : 1.2);
        series->setPen(pen);
        series->setPointsVisible(true);
        addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        for (const bool left : {true, false}) {
            // The rank goes with the name: "1  Finance" on the left, "Finance  2" on the right.
            const QString rank = QString::number(s.readinessRank[left ? 0 : 1]);
            auto *item = new QGraphicsSimpleTextItem(left ? rank + QStringLiteral("  ") + s.name
                                                          : s.name + QStringLiteral("  ") + rank,
                                                     this);
            item->setFont(ChartStyle::font(8, move != 0));
            item->setBrush(move != 0 ? pen.color() : m_palette.color(QPalette::Text));
            m_labels.push_back({item, QPointF(left ? 0 : 1, s.readinessRank[left ? 0 : 1]), left});
        }
    }
    for (const bool left : {true, false}) {
        auto *item = new QGraphicsSimpleTextItem(
            left ? tr("Baseline") : m_comparison.scenarioName(), this);
        item->setFont(ChartStyle::font(9, true));
        item->setBrush(m_palette.color(QPalette::Text));
        // Below the last rank: half a rank under the axis' end.
        m_labels.push_back({item, QPointF(left ? 0 : 1, -1), left});
    }
    placeLabels();
}

void SlopeChart::placeLabels()
{
    const QRectF plot = plotArea();
    for (const Label &label : m_labels) {
        const QRectF box = label.item->boundingRect();
        if (label.at.y() < 0) { // a column's title, centred under its column
            const QPointF base = mapToPosition(QPointF(label.at.x(), 0));
            label.item->setPos(base.x() - box.width() / 2, plot.bottom() + 4);
            continue;
        }
        const QPointF point = mapToPosition(label.at);
        label.item->setPos(label.left ? point.x() - box.width() - 8 : point.x() + 8,
                           point.y() - box.height() / 2);
    }
}

} // namespace Gtm
