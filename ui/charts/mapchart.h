#pragma once

#include "chartcontent.h"
#include "domain/scoringmodel.h"

#include <QChart>
#include <QHash>

#include <array>
#include <cmath>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Gtm {

/** A vertical on the readiness × risk map. */
struct MapPoint
{
    VerticalId id = 0;
    QString name;
    double readiness = 0; // 0–100
    double risk = 0; // 0–100
    double marketSize = std::nan(""); // USD bn; NaN when not given
    Quadrant quadrant = Quadrant::Monitor;
    /** The scores rest on too little data (ScoringResult::isProvisional()): drawn hollow. */
    bool provisional = false;
};

/** What the map shows, taken from the scores. */
struct MapData
{
    QList<MapPoint> points; // the verticals with both scores
    QStringList unscored; // names of those without
    double readinessThreshold = 50;
    double riskThreshold = 50;
    QString readinessTitle;
    QString riskTitle;
    QString problem; // the model's problems when there are no scores at all
    VerticalId current = 0;
    double largestMarket = 0;
    double minimumCoverage = 70; // %: below it a vertical's scores are provisional
};

MapData mapData(const ChartInput &input);

/**
 * The readiness × risk map: one bubble per vertical (x risk, y readiness, area proportional to
 * market size), coloured by quadrant, hollow (a dashed outline, hatched) when its scores are
 * provisional, the model's thresholds as lines with the quadrant names, and labels placed so
 * that they overlap neither each other nor any bubble.
 */
class MapChart : public QChart, public ChartContent
{
    Q_OBJECT

public:
    explicit MapChart(QGraphicsItem *parent = nullptr);
    ~MapChart() override;

    QChart *chart() override { return this; }
    void setInput(const ChartInput &input) override;
    void applyPalette(const QPalette &palette) override;
    std::unique_ptr<ChartContent> copy() const override;
    std::unique_ptr<ChartContent> copyForExport() const override;
    QString fileName() const override { return QStringLiteral("readiness-risk-map"); }

    void setData(const MapData &data);
    const MapData &data() const { return m_data; }
    /** Rings the vertical selected in the editor (0: none). */
    void setCurrent(VerticalId vertical);
    VerticalId current() const { return m_data.current; }

    /**
     * For paper (the brief): the quadrant names boxed so that no gridline crosses them, a key
     * to the bubbles' sizes, the note wrapped rather than cut, leader lines to labels set
     * apart from their bubbles, and, past NumberedAbove bubbles, numbers for labels with
     * their key (numberKey()) printed under the chart.
     */
    void setPrintMode(bool print);
    bool printMode() const { return m_print; }
    static constexpr int NumberedAbove = 15;
    /** Whether the bubbles are labelled with numbers (on paper, when there are many). */
    bool isNumbered() const;
    /** The numbered verticals in number order (1 first): top of the map to the bottom. */
    QList<VerticalId> numberOrder() const;
    /** The key to the bubbles' sizes on paper: (diameter in pixels, market size) of the
     *  largest and a middle bubble; empty without market sizes or off paper. */
    QList<std::pair<qreal, double>> sizeKey() const;
    /** The note under the map (what is not on it, unsized rings, labels left out). */
    QString noteText() const;

    /** The vertical whose bubble is under `position` (chart coordinates), the topmost; or 0. */
    VerticalId verticalAt(const QPointF &position) const;
    /** The centre of a vertical's bubble in chart coordinates (null when not on the map). */
    QPointF positionOf(VerticalId vertical) const;
    /** A bubble's diameter in pixels. */
    qreal diameterOf(VerticalId vertical) const;
    /** Where each label went, by vertical; verticals whose label did not fit are absent. */
    QHash<VerticalId, QRectF> labelRects() const;

    /** The series the bubbles of one quadrant are drawn with (one per size class, and one more
     *  per size class for provisional bubbles). */
    QList<QScatterSeries *> quadrantSeries(Quadrant quadrant) const;
    /** The series of the provisional bubbles, drawn hollow (of every quadrant). */
    QList<QScatterSeries *> provisionalSeries() const;
    /** The empty series behind the legend's "Provisional" entry (shown when a bubble is). */
    QScatterSeries *provisionalLegendSeries() const { return m_provisionalLegend; }
    /** Whether the legend has its "Provisional" entry: when any bubble is provisional. */
    bool showsProvisionalInLegend() const { return m_provisionalInLegend; }
    /** The vertical drawn as point `index` of `series` (0 if none). */
    VerticalId verticalOf(const QScatterSeries *series, int index) const;
    QScatterSeries *selectionSeries() const { return m_selection; }
    QValueAxis *readinessAxis() const { return m_readinessAxis; }
    QValueAxis *riskAxis() const { return m_riskAxis; }
    bool isDark() const { return m_dark; }

private:
    friend class MapBackdrop;
    friend class MapLabels;
    friend class MapNames;

    QPointF toPosition(double risk, double readiness) const;
    qreal diameter(const MapPoint &point) const;
    void updateSizes();
    void updateSelection();
    void layoutLabels() const;
    void updatePrintMargins();
    qreal stripHeight(qreal width) const;

    MapData m_data;
    QPalette m_palette;
    bool m_print = false;
    QHash<VerticalId, int> m_numberOf; // on paper with many bubbles: 1, 2, …
    bool m_dark = false;
    /**
     * Bubbles are drawn with one series per quadrant and size class, the biggest first, so
     * that small bubbles stay on top; a per-point marker size costs Qt Charts ten times more
     * with thousands of points. 128 classes of √(market ÷ largest) keep every diameter within
     * a third of a pixel of exact (above the smallest size, 7 pixels, 4 on crowded maps).
     */
    struct Bubbles
    {
        QScatterSeries *series = nullptr;
        Quadrant quadrant = Quadrant::Monitor;
        bool provisional = false;
        int sizeClass = -1; // 0–SizeClasses, or -1: no market size given
        QList<int> rows; // indices into m_data.points, in series order
    };
    static constexpr int SizeClasses = 128;
    /** A provisional bubble is never smaller than this, or its dashes would not show. */
    static constexpr qreal ProvisionalSmallest = 13;
    int sizeClass(const MapPoint &point) const;
    qreal classDiameter(int sizeClass) const;
    qreal bubblesDiameter(const Bubbles &bubbles) const;
    void styleBubbles(const Bubbles &bubbles);
    void styleSelection();
    void styleProvisionalLegend();
    void updateProvisionalLegend();

    std::array<QScatterSeries *, 4> m_legendSeries {}; // empty, for the legend's four entries
    QScatterSeries *m_provisionalLegend; // empty, for the legend's "Provisional" entry
    bool m_provisionalInLegend = false;
    QList<Bubbles> m_bubbles; // in drawing order
    QScatterSeries *m_selection;
    QLineSeries *m_readinessLine;
    QLineSeries *m_riskLine;
    QValueAxis *m_riskAxis;
    QValueAxis *m_readinessAxis;
    class MapBackdrop *m_backdrop;
    class MapLabels *m_labels;
    class MapNames *m_names;
    mutable QHash<VerticalId, QRectF> m_labelRects;
    mutable QRectF m_labelledArea; // the plot area the labels were laid out for
    QHash<VerticalId, int> m_rowOf;
    QHash<const QScatterSeries *, int> m_bubblesOf;
};

} // namespace Gtm
