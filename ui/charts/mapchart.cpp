#include "mapchart.h"

#include "chartstyle.h"
#include "domain/enumkeys.h"
#include "domain/indicator.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "domain/workspace.h"
#include "labellayout.h"
#include "scoring/scoringengine.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace Gtm {

namespace {

/** Verticals at most this many get a label each; beyond, the most important this many. */
constexpr int AllLabelsUpTo = 200;
constexpr int LabelsWhenCrowded = 80;
constexpr qreal LabelPoints = 8.5;
constexpr qreal NotePoints = 8;

QRectF plotRegion(const MapChart *chart)
{
    return chart->plotArea();
}

} // namespace

MapData mapData(const ChartInput &input)
{
    MapData data;
    data.current = input.current;
    const ScoringResult *result = input.result;
    if (!result || !input.workspace) {
        data.problem = input.problems.isEmpty()
            ? QCoreApplication::translate("Gtm::MapChart", "There are no scores yet.")
            : QCoreApplication::translate("Gtm::MapChart",
                                          "No scores: the scoring model has problems. %1")
                  .arg(input.problems.join(Language::sentenceSeparator()));
        return data;
    }
    const CompiledModel &model = result->model();
    const int readiness = model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
    const int risk = model.rootNamed(QString::fromLatin1(ScoringModel::RiskId));
    data.readinessThreshold = model.readinessThreshold;
    data.riskThreshold = model.riskThreshold;
    data.readinessTitle
        = localizedName(model.nodes()[size_t(model.roots()[size_t(readiness)])].name);
    data.riskTitle = localizedName(model.nodes()[size_t(model.roots()[size_t(risk)])].name);
    data.minimumCoverage = model.recommendation.minimumCoverage;
    const QString market = QString::fromLatin1(IndicatorId::MarketSizeUsdBn);
    const QList<Vertical> &verticals = input.workspace->verticals;
    data.points.reserve(verticals.size());
    for (int row = 0; row < std::min<int>(int(verticals.size()), result->rowCount()); ++row) {
        const Vertical &v = verticals.at(row);
        const double y = result->score(row, readiness);
        const double x = result->score(row, risk);
        if (std::isnan(x) || std::isnan(y)) {
            data.unscored.append(v.name);
            continue;
        }
        MapPoint point;
        point.id = v.id;
        point.name = v.name;
        point.readiness = y;
        point.risk = x;
        point.quadrant
            = ScoringResult::quadrantOf(y, x, model.readinessThreshold, model.riskThreshold);
        point.provisional = result->isProvisional(row);
        if (const std::optional<double> size = v.value(market); size && *size > 0) {
            point.marketSize = *size;
            data.largestMarket = std::max(data.largestMarket, *size);
        }
        data.points.append(point);
    }
    return data;
}

/** Under the bubbles: the four quadrants tinted and named, or why there is nothing to show. */
class MapBackdrop : public QGraphicsItem
{
public:
    explicit MapBackdrop(MapChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
    {
        setZValue(0.5); // above the plot area's background, below grid and bubbles
        setAcceptedMouseButtons(Qt::NoButton);
    }

    void changed()
    {
        prepareGeometryChange();
        update();
    }

    QRectF boundingRect() const override { return m_chart->rect(); }

    /** The rectangles of the quadrant names, for the labels to keep clear of. */
    QList<QRectF> nameRects() const
    {
        QList<QRectF> rects;
        for (const auto &name : names())
            rects.append(name.second);
        return rects;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF area = plotRegion(m_chart);
        if (!m_chart->m_data.problem.isEmpty()) {
            painter->setPen(m_chart->m_palette.color(QPalette::Text));
            painter->setFont(ChartStyle::font(10));
            painter->drawText(area.adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                              m_chart->m_data.problem);
            return;
        }
        const QPointF cross = crossing();
        const QRectF quadrants[] = {
            QRectF(area.topLeft(), cross), // ready, low risk
            QRectF(QPointF(cross.x(), area.top()), QPointF(area.right(), cross.y())),
            QRectF(QPointF(area.left(), cross.y()), QPointF(cross.x(), area.bottom())),
            QRectF(cross, area.bottomRight()),
        };
        const Quadrant order[] = {Quadrant::PursueNow, Quadrant::ProceedWithSafeguards,
                                  Quadrant::PrepareTheCustomer, Quadrant::Monitor};
        for (int i = 0; i < 4; ++i) {
            painter->fillRect(quadrants[i].normalized(), tint(order[i]));
        }
        if (m_chart->m_print)
            return; // MapNames draws them above the grid
        painter->setFont(ChartStyle::font(9, true));
        for (const auto &name : names()) {
            painter->setPen(ChartStyle::quadrantColor(name.first, m_chart->m_dark));
            painter->drawText(name.second, Qt::AlignCenter, enumDisplayName(name.first));
        }
    }

    /** The tint of a quadrant's area. */
    QColor tint(Quadrant quadrant) const
    {
        return ChartStyle::translucent(ChartStyle::quadrantColor(quadrant, m_chart->m_dark),
                                       m_chart->m_dark ? 0.10 : 0.07, m_chart->m_palette);
    }

private:
    QPointF crossing() const
    {
        const QRectF area = plotRegion(m_chart);
        QPointF p = m_chart->toPosition(m_chart->m_data.riskThreshold,
                                        m_chart->m_data.readinessThreshold);
        p.setX(std::clamp(p.x(), area.left(), area.right()));
        p.setY(std::clamp(p.y(), area.top(), area.bottom()));
        return p;
    }

public:
    QList<std::pair<Quadrant, QRectF>> names() const
    {
        QList<std::pair<Quadrant, QRectF>> result;
        if (!m_chart->m_data.problem.isEmpty())
            return result;
        const QRectF area = plotRegion(m_chart);
        const QPointF cross = crossing();
        const QFontMetricsF metrics(ChartStyle::font(9, true));
        const qreal pad = 6;
        const auto rectFor = [&](Quadrant q, bool right, bool bottom) {
            const QSizeF size(metrics.horizontalAdvance(enumDisplayName(q)) + 2, metrics.height());
            const qreal x = right ? area.right() - pad - size.width() : area.left() + pad;
            const qreal y = bottom ? area.bottom() - pad - size.height() : area.top() + pad;
            return QRectF(QPointF(x, y), size);
        };
        // Each name in its quadrant's outer corner, when the quadrant is big enough to hold it.
        const std::pair<Quadrant, QRectF> all[] = {
            {Quadrant::PursueNow, rectFor(Quadrant::PursueNow, false, false)},
            {Quadrant::ProceedWithSafeguards,
             rectFor(Quadrant::ProceedWithSafeguards, true, false)},
            {Quadrant::PrepareTheCustomer, rectFor(Quadrant::PrepareTheCustomer, false, true)},
            {Quadrant::Monitor, rectFor(Quadrant::Monitor, true, true)},
        };
        const QRectF regions[] = {
            QRectF(area.topLeft(), cross),
            QRectF(QPointF(cross.x(), area.top()), QPointF(area.right(), cross.y())),
            QRectF(QPointF(area.left(), cross.y()), QPointF(cross.x(), area.bottom())),
            QRectF(cross, area.bottomRight()),
        };
        for (int i = 0; i < 4; ++i) {
            if (regions[i].normalized().contains(all[i].second))
                result.append(all[i]);
        }
        return result;
    }

private:
    MapChart *m_chart;
};

/** On paper: the quadrant names in boxes of their quadrant's tint, above the grid and the
 *  bubbles (nothing is drawn over a quadrant's name; a bubble in a corner shows around it). */
class MapNames : public QGraphicsItem
{
public:
    MapNames(MapChart *chart, MapBackdrop *backdrop)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_backdrop(backdrop)
    {
        setZValue(4.2); // above the grid (2), the axes (3) and the series (4), below labels
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
        if (!m_chart->m_print)
            return;
        const QColor base = m_chart->m_palette.color(QPalette::Base);
        painter->setFont(ChartStyle::font(9, true));
        for (const auto &[quadrant, rect] : m_backdrop->names()) {
            const QColor colour = ChartStyle::quadrantColor(quadrant, m_chart->m_dark);
            const QRectF box = rect.adjusted(-3, -1, 3, 1);
            painter->fillRect(box, base);
            painter->fillRect(box, m_backdrop->tint(quadrant));
            painter->setPen(QPen(ChartStyle::mix(colour, base, 0.35), 0.8));
            painter->drawRect(box);
            painter->setPen(colour);
            painter->drawText(rect, Qt::AlignCenter, enumDisplayName(quadrant));
        }
    }

private:
    MapChart *m_chart;
    MapBackdrop *m_backdrop;
};

/** Over the bubbles: the verticals' names, and a note on what the bubbles' sizes mean. */
class MapLabels : public QGraphicsItem
{
public:
    explicit MapLabels(MapChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
    {
        setZValue(4.5); // above the series, below the legend
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
        m_chart->layoutLabels();
        const QPalette &palette = m_chart->m_palette;
        const QColor halo = ChartStyle::translucent(palette.color(QPalette::Base), 0.78, palette);
        const QFont normal = ChartStyle::font(LabelPoints);
        const QFont bold = ChartStyle::font(LabelPoints, true);
        const bool numbered = m_chart->isNumbered();
        // A label set apart from its bubble has a line to it.
        painter->setPen(QPen(ChartStyle::mutedText(palette), 0.8));
        for (auto it = m_chart->m_labelRects.cbegin(); it != m_chart->m_labelRects.cend(); ++it) {
            const int row = m_chart->m_rowOf.value(it.key(), -1);
            if (row < 0)
                continue;
            const QRectF rect = it.value();
            const MapPoint &point = m_chart->m_data.points.at(row);
            const QPointF centre = m_chart->toPosition(point.risk, point.readiness);
            const qreal radius = m_chart->diameter(point) / 2;
            const QPointF nearest(std::clamp(centre.x(), rect.left(), rect.right()),
                                  std::clamp(centre.y(), rect.top(), rect.bottom()));
            const QPointF away = nearest - centre;
            const qreal distance = std::hypot(away.x(), away.y());
            if (distance > radius + 4)
                painter->drawLine(centre + away * (radius / distance), nearest);
        }
        painter->setPen(palette.color(QPalette::Text));
        for (auto it = m_chart->m_labelRects.cbegin(); it != m_chart->m_labelRects.cend(); ++it) {
            const int row = m_chart->m_rowOf.value(it.key(), -1);
            if (row < 0)
                continue;
            const bool current = it.key() == m_chart->m_data.current;
            painter->fillRect(it.value(), halo);
            painter->setFont(current || numbered ? bold : normal);
            painter->drawText(it.value(), Qt::AlignCenter,
                              numbered ? QString::number(m_chart->m_numberOf.value(it.key()))
                                       : m_chart->m_data.points.at(row).name);
        }
        const QString note = m_chart->noteText();
        if (m_chart->m_print) {
            paintStrip(painter, note);
        } else if (!note.isEmpty()) {
            painter->setFont(ChartStyle::font(NotePoints));
            painter->setPen(ChartStyle::mutedText(palette));
            const QRectF strip(m_chart->rect().left() + 12, m_chart->rect().bottom() - 22,
                               m_chart->rect().width() - 24, 18);
            painter->drawText(
                strip, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(painter->font()).elidedText(note, Qt::ElideRight, strip.width()));
        }
    }

    /** On paper, under the legend: the key to the bubbles' sizes, then the note, wrapped. */
    void paintStrip(QPainter *painter, const QString &note)
    {
        const QPalette &palette = m_chart->m_palette;
        const QRectF chartRect = m_chart->rect();
        const qreal height = m_chart->stripHeight(chartRect.width());
        QRectF strip(chartRect.left() + 12, chartRect.bottom() - 4 - height, chartRect.width() - 24,
                     height);
        // Right under the legend: the height reserved is an estimate made before the layout.
        if (m_chart->legend()->isVisible())
            strip.moveTop(std::min(strip.top(), m_chart->legend()->geometry().bottom() + 2));
        painter->setFont(ChartStyle::font(NotePoints));
        const QFontMetricsF metrics(painter->font());
        const QColor muted = ChartStyle::mutedText(palette);
        const QList<std::pair<qreal, double>> key = m_chart->sizeKey();
        if (!key.isEmpty()) {
            qreal tallest = 0;
            for (const auto &entry : key)
                tallest = std::max(tallest, entry.first);
            const qreal baseline = strip.top() + tallest / 2 + 1 + metrics.ascent() / 2 - 1;
            qreal x = strip.left();
            const QString title
                = QCoreApplication::translate("Gtm::MapChart", "Bubble area is market size:");
            painter->setPen(muted);
            painter->drawText(QPointF(x, baseline), title);
            x += metrics.horizontalAdvance(title) + 10;
            const QColor grey = ChartStyle::mix(palette.color(QPalette::Text),
                                                palette.color(QPalette::Base), 0.18);
            for (const auto &[diameter, market] : key) {
                painter->setPen(QPen(muted, 1));
                painter->setBrush(grey);
                painter->drawEllipse(
                    QRectF(x, strip.top() + 1 + (tallest - diameter) / 2, diameter, diameter));
                x += diameter + 5;
                const QString text
                    = Amounts::money(market, Amounts::Unit::UsdBillion, Language::locale());
                painter->drawText(QPointF(x, baseline), text);
                x += metrics.horizontalAdvance(text) + 14;
            }
            painter->setBrush(Qt::NoBrush);
            strip.setTop(strip.top() + tallest + 6);
        }
        if (!note.isEmpty()) {
            painter->setPen(muted);
            painter->drawText(strip, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        }
    }

private:
    MapChart *m_chart;
};

MapChart::MapChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_provisionalLegend(new QScatterSeries)
    , m_selection(new QScatterSeries)
    , m_readinessLine(new QLineSeries)
    , m_riskLine(new QLineSeries)
    , m_riskAxis(new QValueAxis)
    , m_readinessAxis(new QValueAxis)
{
    setTitle(tr("AI readiness against risk"));
    for (QValueAxis *axis : {m_riskAxis, m_readinessAxis}) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    addAxis(m_riskAxis, Qt::AlignBottom);
    addAxis(m_readinessAxis, Qt::AlignLeft);
    const Quadrant order[] = {Quadrant::PursueNow, Quadrant::ProceedWithSafeguards,
                              Quadrant::PrepareTheCustomer, Quadrant::Monitor};
    for (Quadrant q : order) {
        auto *series = new QScatterSeries;
        series->setName(enumDisplayName(q));
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        m_legendSeries[size_t(q)] = series;
    }
    for (QLineSeries *line : {m_readinessLine, m_riskLine})
        addSeries(line);
    for (Quadrant q : order)
        addSeries(m_legendSeries[size_t(q)]);
    m_provisionalLegend->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    addSeries(m_provisionalLegend);
    m_selection->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_selection->setBrush(Qt::NoBrush);
    addSeries(m_selection);
    for (QAbstractSeries *series : QChart::series()) {
        series->attachAxis(m_riskAxis);
        series->attachAxis(m_readinessAxis);
    }
    for (QAbstractSeries *hidden :
         std::initializer_list<QAbstractSeries *> {m_readinessLine, m_riskLine, m_selection}) {
        for (QLegendMarker *marker : legend()->markers(hidden))
            marker->setVisible(false);
    }
    legend()->setAlignment(Qt::AlignBottom);
    updateProvisionalLegend();
    setMargins(QMargins(14, 14, 14, 30)); // room for the note below the legend
    m_backdrop = new MapBackdrop(this);
    m_labels = new MapLabels(this);
    m_names = new MapNames(this, m_backdrop);
    connect(this, &QChart::plotAreaChanged, this, [this] {
        updateSizes();
        updateSelection();
        m_labelledArea = QRectF();
        m_backdrop->changed();
        m_names->changed();
        m_labels->changed();
    });
    connect(this, &QGraphicsWidget::geometryChanged, this, [this] {
        if (m_print)
            updatePrintMargins();
        m_backdrop->changed();
        m_names->changed();
        m_labels->changed();
    });
    applyPalette(QPalette());
}

MapChart::~MapChart() = default;

QString MapChart::noteText() const
{
    const MapData &data = m_data;
    if (!data.problem.isEmpty())
        return {};
    QStringList parts;
    if (data.largestMarket > 0 && !m_print) { // on paper the key says it
        parts.append(tr("Bubble area is market size (largest %1).")
                         .arg(Amounts::money(data.largestMarket, Amounts::Unit::UsdBillion,
                                             Language::locale())));
    }
    const bool unsized = std::any_of(data.points.cbegin(), data.points.cend(),
                                     [](const MapPoint &p) { return std::isnan(p.marketSize); });
    if (unsized)
        parts.append(tr("Small rings have no market size given."));
    if (!data.unscored.isEmpty()) {
        parts.append(
            tr("Not on the map (no score): %1.").arg(data.unscored.join(QStringLiteral(", "))));
    }
    const int shown = int(data.points.size());
    if (m_print && isNumbered()) {
        parts.append(tr("The numbers are keyed under the map."));
    } else if (!m_print) {
        const int labelled = int(m_labelRects.size());
        if (labelled < shown) {
            parts.append(
                tr("%1 of %2 bubbles labelled; hover for names.").arg(labelled).arg(shown));
        }
    }
    return parts.join(QLatin1Char(' '));
}

void MapChart::setPrintMode(bool print)
{
    if (m_print == print)
        return;
    m_print = print;
    m_numberOf.clear();
    const QList<VerticalId> order = numberOrder();
    for (int i = 0; i < order.size(); ++i)
        m_numberOf.insert(order.at(i), i + 1);
    updatePrintMargins();
    m_labelledArea = QRectF();
    m_backdrop->changed();
    m_names->changed();
    m_labels->changed();
}

bool MapChart::isNumbered() const
{
    return m_print && m_data.points.size() > NumberedAbove;
}

QList<VerticalId> MapChart::numberOrder() const
{
    QList<VerticalId> order;
    if (!isNumbered())
        return order;
    QList<int> rows(m_data.points.size());
    std::iota(rows.begin(), rows.end(), 0);
    // From the top of the map down, left to right on a level.
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        const MapPoint &pa = m_data.points.at(a);
        const MapPoint &pb = m_data.points.at(b);
        if (pa.readiness != pb.readiness)
            return pa.readiness > pb.readiness;
        return pa.risk < pb.risk;
    });
    for (int row : std::as_const(rows))
        order.append(m_data.points.at(row).id);
    return order;
}

QList<std::pair<qreal, double>> MapChart::sizeKey() const
{
    QList<std::pair<qreal, double>> key;
    if (!m_print || m_data.largestMarket <= 0 || !m_data.problem.isEmpty())
        return key;
    const double largest = m_data.largestMarket;
    // A round figure near a quarter of the largest: a bubble about half as wide.
    const double quarter = largest / 4;
    const double step = std::pow(10.0, std::floor(std::log10(quarter)));
    // Through text, so that 6 × 0.1 is 0.6 and not 0.6000000000000001.
    const double middle
        = QString::number(std::max(step, std::round(quarter / step) * step), 'g', 3).toDouble();
    for (double market : {largest, middle}) {
        MapPoint point;
        point.marketSize = market;
        key.append({classDiameter(sizeClass(point)), market});
    }
    return key;
}

qreal MapChart::stripHeight(qreal width) const
{
    if (!m_print)
        return 18;
    qreal height = 0;
    if (m_data.largestMarket > 0 && m_data.problem.isEmpty()) {
        // The largest bubble as the plot area will have it (laid out after the margins).
        const QSizeF plot(width - 110, size().height() - 150);
        const qreal crowding
            = std::clamp(std::sqrt(400.0 / std::max<qsizetype>(1, m_data.points.size())), 0.3, 1.0);
        height
            += std::clamp(0.11 * std::min(plot.width(), plot.height()), 16.0, 80.0) * crowding + 6;
    }
    const QString note = noteText();
    if (!note.isEmpty()) {
        const QFontMetricsF metrics(ChartStyle::font(NotePoints));
        height += metrics
                      .boundingRect(QRectF(0, 0, width - 24, 10000),
                                    Qt::AlignLeft | Qt::TextWordWrap, note)
                      .height()
            + 2;
    }
    return std::max<qreal>(height, 4);
}

void MapChart::updatePrintMargins()
{
    const qreal width = size().width() > 0 ? size().width() : 640;
    const int bottom = m_print ? int(std::ceil(stripHeight(width))) + 10 : 30;
    if (margins().bottom() != bottom)
        setMargins(QMargins(14, 14, 14, bottom));
}

void MapChart::setInput(const ChartInput &input)
{
    setData(mapData(input));
}

void MapChart::setData(const MapData &data)
{
    m_data = data;
    m_numberOf.clear();
    const QList<VerticalId> numbers = numberOrder();
    for (int i = 0; i < numbers.size(); ++i)
        m_numberOf.insert(numbers.at(i), i + 1);
    if (m_print)
        updatePrintMargins();
    m_rowOf.clear();
    m_rowOf.reserve(m_data.points.size());
    for (int row = 0; row < m_data.points.size(); ++row)
        m_rowOf.insert(m_data.points.at(row).id, row);
    m_riskAxis->setTitleText(
        tr("%1, 0–100 (higher is riskier)").arg(ChartStyle::text(m_data.riskTitle)));
    m_readinessAxis->setTitleText(tr("%1, 0–100").arg(ChartStyle::text(m_data.readinessTitle)));
    m_readinessLine->replace(
        {QPointF(0, m_data.readinessThreshold), QPointF(100, m_data.readinessThreshold)});
    m_riskLine->replace({QPointF(m_data.riskThreshold, 0), QPointF(m_data.riskThreshold, 100)});
    const bool scored = m_data.problem.isEmpty();
    m_readinessLine->setVisible(scored);
    m_riskLine->setVisible(scored);
    // Showing a series shows its legend entry again: the lines have none.
    for (QLineSeries *line : {m_readinessLine, m_riskLine}) {
        for (QLegendMarker *marker : legend()->markers(line))
            marker->setVisible(false);
    }
    // One series per quadrant and size class (and hollow or not), the biggest bubbles first so
    // that smaller ones are drawn over them and stay clickable. The series are kept just below
    // the selection ring.
    using ClassKey = std::tuple<int, int, bool>; // (−size class, quadrant, provisional)
    QMap<ClassKey, QList<int>> classes;
    for (int row = 0; row < m_data.points.size(); ++row) {
        const MapPoint &point = m_data.points.at(row);
        classes[{-sizeClass(point), int(point.quadrant), point.provisional}].append(row);
    }
    const auto pointsOf = [this](const QList<int> &rows) {
        QList<QPointF> points;
        points.reserve(rows.size());
        for (int row : rows)
            points.append(QPointF(m_data.points.at(row).risk, m_data.points.at(row).readiness));
        return points;
    };
    // An edit usually moves one bubble within its class: the series stay, and only those whose
    // points changed are given them (creating series is what costs).
    bool sameClasses = classes.size() == m_bubbles.size();
    for (auto it = classes.cbegin(); sameClasses && it != classes.cend(); ++it) {
        const Bubbles &bubbles = m_bubbles.at(std::distance(classes.cbegin(), it));
        sameClasses = bubbles.sizeClass == -std::get<0>(it.key())
            && int(bubbles.quadrant) == std::get<1>(it.key())
            && bubbles.provisional == std::get<2>(it.key());
    }
    if (sameClasses) {
        int b = 0;
        for (auto it = classes.cbegin(); it != classes.cend(); ++it, ++b) {
            Bubbles &bubbles = m_bubbles[b];
            bubbles.rows = it.value();
            const QList<QPointF> points = pointsOf(bubbles.rows);
            if (bubbles.series->points() != points)
                bubbles.series->replace(points);
        }
        updateSizes(); // the sizes depend on how many bubbles there are
        updateSelection();
        updateProvisionalLegend();
        m_labelledArea = QRectF();
        m_backdrop->changed();
        m_names->changed();
        m_labels->changed();
        return;
    }
    for (const Bubbles &bubbles : std::as_const(m_bubbles)) {
        removeSeries(bubbles.series);
        delete bubbles.series;
    }
    m_bubbles.clear();
    m_bubblesOf.clear();
    removeSeries(m_selection);
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        Bubbles bubbles;
        bubbles.series = new QScatterSeries;
        bubbles.series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        bubbles.quadrant = Quadrant(std::get<1>(it.key()));
        bubbles.provisional = std::get<2>(it.key());
        bubbles.sizeClass = -std::get<0>(it.key());
        bubbles.rows = it.value();
        bubbles.series->replace(pointsOf(bubbles.rows));
        addSeries(bubbles.series);
        bubbles.series->attachAxis(m_riskAxis);
        bubbles.series->attachAxis(m_readinessAxis);
        for (QLegendMarker *marker : legend()->markers(bubbles.series))
            marker->setVisible(false);
        styleBubbles(bubbles);
        m_bubblesOf.insert(bubbles.series, int(m_bubbles.size()));
        m_bubbles.append(bubbles);
    }
    addSeries(m_selection);
    m_selection->attachAxis(m_riskAxis);
    m_selection->attachAxis(m_readinessAxis);
    for (QLegendMarker *marker : legend()->markers(m_selection))
        marker->setVisible(false);
    styleSelection();
    updateSelection();
    // Adding and removing series resets the legend's markers: the entry is settled last.
    updateProvisionalLegend();
    m_labelledArea = QRectF();
    m_backdrop->changed();
    m_labels->changed();
}

void MapChart::setCurrent(VerticalId vertical)
{
    if (m_data.current == vertical)
        return;
    m_data.current = vertical;
    updateSelection();
    m_labelledArea = QRectF(); // the current vertical is labelled first
    m_labels->changed();
}

QPointF MapChart::toPosition(double risk, double readiness) const
{
    // Both axes are linear and fixed at 0–100 (what QChart::mapToPosition() computes, without
    // a lookup per point).
    const QRectF area = plotArea();
    return QPointF(area.left() + area.width() * risk / 100.0,
                   area.bottom() - area.height() * readiness / 100.0);
}

int MapChart::sizeClass(const MapPoint &point) const
{
    if (std::isnan(point.marketSize) || m_data.largestMarket <= 0)
        return -1;
    // Area, not diameter, in proportion to the market (Tufte: lie factor 1).
    return int(std::lround(std::sqrt(point.marketSize / m_data.largestMarket) * SizeClasses));
}

qreal MapChart::classDiameter(int sizeClass) const
{
    const QRectF area = plotArea();
    // A crowded map gets smaller bubbles: a thousand bubbles of the sample's sizes would cover
    // the plot (and take ten times longer to draw).
    const qreal crowding
        = std::clamp(std::sqrt(400.0 / std::max<qsizetype>(1, m_data.points.size())), 0.3, 1.0);
    const qreal largest
        = std::clamp(0.11 * std::min(area.width(), area.height()), 16.0, 80.0) * crowding;
    const qreal smallest = m_data.points.size() > 2000 ? 4 : 7;
    return sizeClass < 0 ? smallest : std::max(smallest, largest * sizeClass / SizeClasses);
}

qreal MapChart::diameter(const MapPoint &point) const
{
    const qreal d = classDiameter(sizeClass(point));
    return point.provisional ? std::max(d, ProvisionalSmallest) : d;
}

qreal MapChart::bubblesDiameter(const Bubbles &bubbles) const
{
    const qreal d = classDiameter(bubbles.sizeClass);
    return bubbles.provisional ? std::max(d, ProvisionalSmallest) : d;
}

void MapChart::updateSizes()
{
    for (const Bubbles &bubbles : std::as_const(m_bubbles))
        bubbles.series->setMarkerSize(bubblesDiameter(bubbles));
}

void MapChart::styleBubbles(const Bubbles &bubbles)
{
    const QColor colour = ChartStyle::quadrantColor(bubbles.quadrant, m_dark);
    const QPen pen(colour.darker(m_dark ? 100 : 130), 1.2);
    const QColor fill = ChartStyle::translucent(colour, 0.78, m_palette);
    if (bubbles.provisional) {
        // Provisional: hollow, a dashed outline over a light hatch, so that it reads as "not
        // settled" in colour, in grey print and at any size.
        QPen dashed(colour.darker(m_dark ? 100 : 115), 1.8, Qt::CustomDashLine);
        dashed.setDashPattern({3, 2});
        bubbles.series->setBrush(
            QBrush(ChartStyle::translucent(colour, 0.55, m_palette), Qt::BDiagPattern));
        bubbles.series->setPen(dashed);
        bubbles.series->setMarkerSize(bubblesDiameter(bubbles));
        return;
    }
    // No market size given: a ring, not a dot that would claim a small market.
    bubbles.series->setColor(bubbles.sizeClass < 0 ? m_palette.color(QPalette::Base) : fill);
    bubbles.series->setPen(pen);
    bubbles.series->setMarkerSize(classDiameter(bubbles.sizeClass));
}

void MapChart::styleProvisionalLegend()
{
    const QColor text = m_palette.color(QPalette::Text);
    QPen dashed(text, 1.4, Qt::CustomDashLine);
    dashed.setDashPattern({3, 2});
    m_provisionalLegend->setPen(dashed);
    m_provisionalLegend->setBrush(
        QBrush(ChartStyle::translucent(text, 0.55, m_palette), Qt::BDiagPattern));
}

void MapChart::updateProvisionalLegend()
{
    const bool any = std::any_of(m_data.points.cbegin(), m_data.points.cend(),
                                 [](const MapPoint &p) { return p.provisional; });
    m_provisionalLegend->setName(
        tr("Provisional (coverage below %1 %)")
            .arg(Language::locale().toString(m_data.minimumCoverage, 'g', 3)));
    m_provisionalInLegend = any;
    for (QLegendMarker *marker : legend()->markers(m_provisionalLegend))
        marker->setVisible(any);
}

void MapChart::styleSelection()
{
    m_selection->setPen(QPen(m_palette.color(QPalette::Text), 2.5));
    m_selection->setBrush(Qt::NoBrush);
}

QList<QScatterSeries *> MapChart::quadrantSeries(Quadrant quadrant) const
{
    QList<QScatterSeries *> result;
    for (const Bubbles &bubbles : m_bubbles) {
        if (bubbles.quadrant == quadrant)
            result.append(bubbles.series);
    }
    return result;
}

QList<QScatterSeries *> MapChart::provisionalSeries() const
{
    QList<QScatterSeries *> result;
    for (const Bubbles &bubbles : m_bubbles) {
        if (bubbles.provisional)
            result.append(bubbles.series);
    }
    return result;
}

VerticalId MapChart::verticalOf(const QScatterSeries *series, int index) const
{
    const int which = m_bubblesOf.value(series, -1);
    if (which < 0 || index < 0 || index >= m_bubbles.at(which).rows.size())
        return 0;
    return m_data.points.at(m_bubbles.at(which).rows.at(index)).id;
}

void MapChart::updateSelection()
{
    const int row = m_rowOf.value(m_data.current, -1);
    if (row < 0) {
        m_selection->clear();
        return;
    }
    const MapPoint &point = m_data.points.at(row);
    m_selection->replace({QPointF(point.risk, point.readiness)});
    m_selection->setMarkerSize(diameter(point) + 9);
}

void MapChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    m_dark = ChartStyle::isDark(palette);
    ChartStyle::apply(this, palette);
    for (size_t q = 0; q < 4; ++q) {
        const QColor colour = ChartStyle::quadrantColor(Quadrant(q), m_dark);
        const QPen pen(colour.darker(m_dark ? 100 : 130), 1.2);
        const QColor fill = ChartStyle::translucent(colour, 0.78, palette);
        m_legendSeries[q]->setColor(fill);
        m_legendSeries[q]->setPen(pen);
    }
    for (const Bubbles &bubbles : std::as_const(m_bubbles))
        styleBubbles(bubbles);
    styleProvisionalLegend();
    updateProvisionalLegend();
    styleSelection();
    const QColor threshold = ChartStyle::translucent(palette.color(QPalette::Text), 0.5, palette);
    for (QLineSeries *line : {m_readinessLine, m_riskLine})
        line->setPen(QPen(threshold, 1.2, Qt::DashLine));
    updateSizes();
    m_backdrop->changed();
    m_labels->changed();
}

std::unique_ptr<ChartContent> MapChart::copy() const
{
    auto chart = std::make_unique<MapChart>();
    chart->applyPalette(m_palette);
    chart->setPrintMode(m_print);
    chart->setData(m_data);
    return chart;
}

std::unique_ptr<ChartContent> MapChart::copyForExport() const
{
    auto chart = std::make_unique<MapChart>();
    chart->applyPalette(m_palette);
    chart->setPrintMode(m_print);
    MapData data = m_data;
    data.current = 0; // no selection ring, no selected label set first in bold
    chart->setData(data);
    return chart;
}

VerticalId MapChart::verticalAt(const QPointF &position) const
{
    if (!plotArea().contains(position))
        return 0;
    // The topmost bubble under the pointer: series in reverse drawing order, points likewise.
    for (int b = int(m_bubbles.size()) - 1; b >= 0; --b) {
        const QList<int> &rows = m_bubbles.at(b).rows;
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            const MapPoint &point = m_data.points.at(rows.at(i));
            const QPointF centre = toPosition(point.risk, point.readiness);
            const qreal reach = diameter(point) / 2 + 2;
            const QPointF d = position - centre;
            if (d.x() * d.x() + d.y() * d.y() <= reach * reach)
                return point.id;
        }
    }
    return 0;
}

QPointF MapChart::positionOf(VerticalId vertical) const
{
    const int row = m_rowOf.value(vertical, -1);
    if (row < 0)
        return {};
    const MapPoint &point = m_data.points.at(row);
    return toPosition(point.risk, point.readiness);
}

qreal MapChart::diameterOf(VerticalId vertical) const
{
    const int row = m_rowOf.value(vertical, -1);
    return row < 0 ? 0 : diameter(m_data.points.at(row));
}

QHash<VerticalId, QRectF> MapChart::labelRects() const
{
    layoutLabels();
    return m_labelRects;
}

void MapChart::layoutLabels() const
{
    const QRectF area = plotArea();
    if (m_labelledArea == area && !area.isEmpty())
        return;
    m_labelledArea = area;
    m_labelRects.clear();
    if (!m_data.problem.isEmpty() || area.isEmpty())
        return;
    // Most important first: the selected vertical, then the biggest markets, then readiness.
    QList<int> order(m_data.points.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const MapPoint &pa = m_data.points.at(a);
        const MapPoint &pb = m_data.points.at(b);
        if ((pa.id == m_data.current) != (pb.id == m_data.current))
            return pa.id == m_data.current;
        const double ma = std::isnan(pa.marketSize) ? -1 : pa.marketSize;
        const double mb = std::isnan(pb.marketSize) ? -1 : pb.marketSize;
        if (ma != mb)
            return ma > mb;
        return pa.readiness > pb.readiness;
    });
    const QFontMetricsF normal(ChartStyle::font(LabelPoints));
    const QFontMetricsF bold(ChartStyle::font(LabelPoints, true));
    const bool numbered = isNumbered();
    QList<LabelRequest> requests;
    requests.reserve(order.size());
    for (int row : std::as_const(order)) {
        const MapPoint &point = m_data.points.at(row);
        const QFontMetricsF &metrics = point.id == m_data.current || numbered ? bold : normal;
        LabelRequest request;
        request.anchor = toPosition(point.risk, point.readiness);
        request.radius = diameter(point) / 2 + 1;
        const QString text = numbered ? QString::number(m_numberOf.value(point.id)) : point.name;
        request.size = QSizeF(metrics.horizontalAdvance(text) + (numbered ? 4 : 6),
                              metrics.height() + (numbered ? 0 : 2));
        requests.append(request);
    }
    const int limit = numbered || order.size() <= AllLabelsUpTo ? -1 : LabelsWhenCrowded;
    const QList<QRectF> names = m_backdrop->nameRects();
    QList<QRectF> rects = Gtm::layoutLabels(requests, area, limit, names);
    // On paper every bubble is labelled: a label with no room next to its bubble goes further
    // out, ring by ring (a leader line joins them), clear of those already placed.
    for (int pass = 1; m_print && pass <= 6; ++pass) {
        QList<QRectF> taken = names;
        QList<LabelRequest> again = requests;
        bool missing = false;
        for (int i = 0; i < rects.size(); ++i) {
            if (rects.at(i).isNull()) {
                again[i].radius += pass * 1.5 * again.at(i).size.height();
                missing = true;
            } else {
                again[i].wanted = false;
                taken.append(rects.at(i));
            }
        }
        if (!missing)
            break;
        const QList<QRectF> more = Gtm::layoutLabels(again, area, -1, taken);
        for (int i = 0; i < rects.size(); ++i) {
            if (rects.at(i).isNull())
                rects[i] = more.at(i);
        }
    }
    if (m_print)
        uncrossLeaders(requests, rects, area, names);
    for (int i = 0; i < rects.size(); ++i) {
        if (!rects.at(i).isNull())
            m_labelRects.insert(m_data.points.at(order.at(i)).id, rects.at(i));
    }
}

} // namespace Gtm
