#include "chartmessage.h"

#include "chartstyle.h"

#include <QChart>
#include <QPainter>

namespace Gtm {

ChartMessage::ChartMessage(QChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    setZValue(6); // over everything the chart draws
    setAcceptedMouseButtons(Qt::NoButton);
}

void ChartMessage::show(const QString &text, const QColor &colour)
{
    prepareGeometryChange();
    m_text = text;
    m_colour = colour;
    update();
}

QRectF ChartMessage::boundingRect() const
{
    return m_chart->rect();
}

void ChartMessage::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_text.isEmpty())
        return;
    painter->setPen(m_colour);
    painter->setFont(ChartStyle::font(10));
    painter->drawText(m_chart->rect().adjusted(40, 40, -40, -40),
                      Qt::AlignCenter | Qt::TextWordWrap, m_text);
}

} // namespace Gtm
