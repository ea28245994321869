#pragma once

#include <QColor>
#include <QGraphicsItem>

class QChart;

namespace Gtm {

/** A sentence in the middle of a chart that has nothing to draw ("no scores: …"). */
class ChartMessage : public QGraphicsItem
{
public:
    explicit ChartMessage(QChart *chart);

    void show(const QString &text, const QColor &colour);
    const QString &text() const { return m_text; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QChart *m_chart;
    QString m_text;
    QColor m_colour;
};

} // namespace Gtm
