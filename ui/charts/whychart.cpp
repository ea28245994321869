#include "whychart.h"

#include "chartstyle.h"
#include "domain/indicator.h"
#include "domain/language.h"
#include "domain/workspace.h"
#include "scoring/scoringengine.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::WhyChart)
};

QString points(double value)
{
    return Language::locale().toString(value, 'f', 1);
}

/** A round upper end for a 0–x axis: 1, 2 or 5 times a power of ten. */
double niceCeiling(double value)
{
    if (!(value > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * power + 1e-9)
            return step * power;
    }
    return 10 * power;
}

} // namespace

WhyData whyData(const ChartInput &input, WhyData::Mode mode, int index)
{
    WhyData data;
    data.mode = mode;
    const ScoringResult *result = input.result;
    if (!result || !input.workspace) {
        data.problem = input.problems.isEmpty()
            ? Text::tr("There are no scores yet.")
            : Text::tr("No scores: the scoring model has problems. %1")
                  .arg(input.problems.join(Language::sentenceSeparator()));
        return data;
    }
    const CompiledModel &model = result->model();
    const int readiness = model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
    const int risk = model.rootNamed(QString::fromLatin1(ScoringModel::RiskId));
    data.readinessName
        = localizedName(model.nodes()[size_t(model.roots()[size_t(readiness)])].name);
    data.riskName = localizedName(model.nodes()[size_t(model.roots()[size_t(risk)])].name);
    const QList<Vertical> &verticals = input.workspace->verticals;
    const int rows = std::min<int>(int(verticals.size()), result->rowCount());

    if (mode == WhyData::Mode::Selected) {
        const int row = input.workspace->indexOfVertical(input.current);
        if (row < 0 || row >= rows) {
            data.problem = Text::tr("Select a vertical to see what its scores are made of.");
            return data;
        }
        const Vertical &v = verticals.at(row);
        const double r = result->score(row, readiness);
        const double k = result->score(row, risk);
        data.title
            = Text::tr("Why %1 scores %2 on %3 and %4 on %5")
                  .arg(v.name, std::isnan(r) ? QStringLiteral("–") : points(r), data.readinessName,
                       std::isnan(k) ? QStringLiteral("–") : points(k), data.riskName);
        QStringList used;
        for (int root : {readiness, risk}) {
            for (const Contribution &c : sortedContributions(*result, row, root)) {
                QString label = localizedName(c.name);
                if (used.contains(label)) // the same indicator in both indices
                    label = Text::tr("%1 (%2)").arg(
                        label, root == risk ? data.riskName : data.readinessName);
                used.append(label);
                data.bars.append({label, c.points, root == risk});
            }
        }
        if (data.bars.isEmpty())
            data.problem = Text::tr("%1 has no values the model uses yet.").arg(v.name);
        return data;
    }

    const int root = index == 1 ? risk : readiness;
    const QString indexName = index == 1 ? data.riskName : data.readinessName;
    QList<int> order;
    for (int row = 0; row < rows; ++row) {
        if (!std::isnan(result->score(row, root)))
            order.append(row);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return result->score(a, root) > result->score(b, root); });
    data.hiddenVerticals = std::max(0, int(order.size()) - WhyAllLimit);
    if (order.size() > WhyAllLimit)
        order.resize(WhyAllLimit);
    data.title = data.hiddenVerticals > 0
        ? Text::tr("What each vertical's %1 is made of (top %2 of %3)")
              .arg(indexName)
              .arg(order.size())
              .arg(order.size() + data.hiddenVerticals)
        : Text::tr("What each vertical's %1 is made of").arg(indexName);
    QList<int> leaves;
    for (const CompiledModel::Leaf &leaf : model.leaves()) {
        if (model.nodes()[size_t(leaf.node)].root == root) {
            leaves.append(leaf.node);
            data.indicators.append(localizedName(model.nodes()[size_t(leaf.node)].name));
        }
    }
    data.points.resize(leaves.size());
    for (int row : std::as_const(order)) {
        data.verticals.append(verticals.at(row).name);
        data.totals.append(result->score(row, root));
        for (int i = 0; i < leaves.size(); ++i) {
            const double c = result->contribution(row, leaves.at(i));
            data.points[i].append(std::isfinite(c) ? c : 0.0);
        }
    }
    if (order.isEmpty())
        data.problem = Text::tr("No vertical has a %1 score yet.").arg(indexName);
    return data;
}

/** The points at the end of each bar. */
class WhyLabels : public QGraphicsItem
{
public:
    explicit WhyLabels(WhyChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
    {
        setZValue(4.5);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    void changed()
    {
        prepareGeometryChange();
        update();
    }
    QRectF boundingRect() const override { return m_chart->rect(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const WhyData &data = m_chart->m_data;
        const QPalette &palette = m_chart->m_palette;
        painter->setPen(palette.color(QPalette::Text));
        if (!data.problem.isEmpty()) {
            painter->setFont(ChartStyle::font(10));
            painter->drawText(m_chart->plotArea().adjusted(30, 30, -30, -30),
                              Qt::AlignCenter | Qt::TextWordWrap, data.problem);
            return;
        }
        const QList<QAbstractSeries *> series = m_chart->series();
        if (series.isEmpty())
            return;
        painter->setFont(ChartStyle::font(8));
        const QFontMetricsF metrics(painter->font());
        // Categories run bottom to top on a horizontal bar chart.
        const auto draw = [&](int category, double value) {
            const QPointF end = m_chart->mapToPosition(QPointF(value, category), series.first());
            const QString text = points(value);
            const QRectF box(end.x() + 4, end.y() - metrics.height() / 2,
                             metrics.horizontalAdvance(text) + 2, metrics.height());
            painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        };
        if (data.mode == WhyData::Mode::Selected) {
            const int n = int(data.bars.size());
            for (int i = 0; i < n; ++i)
                draw(n - 1 - i, data.bars.at(i).points);
        } else {
            const int n = int(data.verticals.size());
            for (int i = 0; i < n; ++i)
                draw(n - 1 - i, data.totals.at(i));
        }
    }

private:
    WhyChart *m_chart;
};

WhyChart::WhyChart(QGraphicsItem *parent)
    : QChart(parent)
{
    m_labels = new WhyLabels(this);
    connect(this, &QChart::plotAreaChanged, this, [this] { m_labels->changed(); });
    applyPalette(QPalette());
}

void WhyChart::setMode(WhyData::Mode mode, int index)
{
    m_mode = mode;
    m_index = index;
}

void WhyChart::setInput(const ChartInput &input)
{
    setData(whyData(input, m_mode, m_index));
}

void WhyChart::setData(const WhyData &data)
{
    m_data = data;
    rebuild();
}

void WhyChart::rebuild()
{
    ChartStyle::clear(this);
    const bool dark = ChartStyle::isDark(m_palette);
    setTitle(ChartStyle::text(m_data.title));
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    double largest = 0;
    QList<QBarSet *> sets;
    if (m_data.problem.isEmpty() && m_data.mode == WhyData::Mode::Selected) {
        auto *readiness = new QBarSet(ChartStyle::text(m_data.readinessName));
        auto *risk = new QBarSet(ChartStyle::text(m_data.riskName));
        // Bottom to top: the last bar first.
        for (int i = int(m_data.bars.size()) - 1; i >= 0; --i) {
            const WhyData::Bar &bar = m_data.bars.at(i);
            categories.append(bar.label);
            readiness->append(bar.risk ? 0.0 : bar.points);
            risk->append(bar.risk ? bar.points : 0.0);
            largest = std::max(largest, bar.points);
        }
        sets = {readiness, risk};
    } else if (m_data.problem.isEmpty()) {
        for (int v = int(m_data.verticals.size()) - 1; v >= 0; --v) {
            categories.append(m_data.verticals.at(v));
            largest = std::max(largest, m_data.totals.at(v));
        }
        for (int i = 0; i < m_data.indicators.size(); ++i) {
            auto *set = new QBarSet(ChartStyle::text(m_data.indicators.at(i)));
            for (int v = int(m_data.verticals.size()) - 1; v >= 0; --v)
                set->append(m_data.points.at(i).at(v));
            sets.append(set);
        }
    }
    series->append(sets);
    addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    for (QString &category : categories)
        category = ChartStyle::text(category);
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    const double top = niceCeiling(largest * 1.12); // room for the value labels
    valueAxis->setRange(0, top);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    double step = niceCeiling(top / 5);
    if (step == 2.5 * std::pow(10.0, std::floor(std::log10(step))))
        step *= 2; // 0, 5, 10 rather than 0, 2.5, 5
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(Text::tr("Points of the index's 0–100 score"));
    addAxis(categoryAxis, Qt::AlignLeft);
    addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    // Eleven indicators do not fit under the chart without being cut short; beside it they do.
    legend()->setAlignment(m_data.mode == WhyData::Mode::All ? Qt::AlignRight : Qt::AlignBottom);
    legend()->setVisible(m_data.problem.isEmpty());
    ChartStyle::apply(this, m_palette);
    categoryAxis->setGridLineVisible(false);
    for (int i = 0; i < sets.size(); ++i) {
        QColor colour;
        if (m_data.mode == WhyData::Mode::Selected)
            colour = i == 0 ? ChartStyle::readinessColor(dark) : ChartStyle::riskColor(dark);
        else
            colour = ChartStyle::seriesColor(i, dark);
        sets.at(i)->setColor(colour);
        sets.at(i)->setBorderColor(colour);
    }
    m_labels->changed();
}

void WhyChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    rebuild();
}

std::unique_ptr<ChartContent> WhyChart::copy() const
{
    auto chart = std::make_unique<WhyChart>();
    chart->m_palette = m_palette;
    chart->setMode(m_mode, m_index);
    chart->setData(m_data);
    return chart;
}

} // namespace Gtm
