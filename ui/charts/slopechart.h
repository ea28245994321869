#pragma once

#include "chartcontent.h"
#include "scoring/scenariocomparison.h"

#include <QChart>

#include <vector>

class QGraphicsSimpleTextItem;

namespace Gtm {

/**
 * A scenario beside the baseline as a slope chart: each vertical's readiness rank under the
 * baseline on the left and under the scenario on the right, joined by a line; the lines of
 * verticals whose rank moved are coloured (risen or fallen) and drawn heavier, the others grey.
 */
class SlopeChart : public QChart, public ChartContent
{
    Q_OBJECT

public:
    /** Above this many verticals only those whose rank moved most are drawn. */
    static constexpr int MaximumLines = 40;

    explicit SlopeChart(QGraphicsItem *parent = nullptr);

    QChart *chart() override { return this; }
    /** The comparison comes from setComparison(); the scores alone do not make one. */
    void setInput(const ChartInput &) override { }
    void applyPalette(const QPalette &palette) override;
    std::unique_ptr<ChartContent> copy() const override;
    QString fileName() const override { return QStringLiteral("scenario-ranks"); }

    void setComparison(const ScenarioComparison &comparison);
    const ScenarioComparison &comparison() const { return m_comparison; }
    /** The rows drawn, in the comparison's order (all of them up to MaximumLines). */
    const QList<int> &drawnRows() const { return m_drawn; }

private:
    void rebuild();
    /** Puts the names beside the lines' ends and the columns' titles under them, wherever the
     *  plot area now is. */
    void placeLabels();

    struct Label
    {
        QGraphicsSimpleTextItem *item;
        QPointF at; // in chart values: x 0 or 1, y the rank
        bool left; // beside the left end (text ends there) or the right end
    };

    ScenarioComparison m_comparison;
    std::vector<Label> m_labels;
    QList<int> m_drawn;
    QPalette m_palette;
};

} // namespace Gtm
