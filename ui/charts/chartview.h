#pragma once

#include "domain/vertical.h"

#include <QChartView>

#include <functional>

namespace Gtm {

class ChartContent;

/**
 * A chart on screen: follows the palette (light or dark), shows tooltips and reports clicks
 * from the chart it holds, and exports what it shows to PNG, SVG or the clipboard at any size.
 */
class ChartView : public QChartView
{
    Q_OBJECT

public:
    /** Takes ownership of `content`'s chart. */
    explicit ChartView(ChartContent *content, QWidget *parent = nullptr);

    ChartContent *content() const { return m_content; }

    /** What the tooltip says at a point of the chart (chart coordinates); empty: none. */
    void setToolTipProvider(std::function<QString(const QPointF &)> provider);

    /** Writes the chart as PNG or SVG (by the file's suffix); says why not in `error`. */
    bool exportTo(const QString &path, const QSize &size, qreal scale, QString *error) const;
    /** Puts the chart on the clipboard as an image and as SVG, at `size` pixels (the image at
     *  the screen's pixel ratio, or at `scale` when one is given). */
    void copyToClipboard(const QSize &size, qreal scale = 0) const;
    /** Asks for a size, then copies. */
    void copyWithDialog();

    /** Asks for a size and a file name, then exports; errors are shown in a message box. */
    void exportWithDialog(const QString &format);

signals:
    /** A click on the chart, in chart coordinates. */
    void clicked(const QPointF &position);
    void doubleClicked(const QPointF &position);

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QPointF chartPosition(const QPoint &viewportPosition) const;
    bool askSize(const QString &title, QSize *size, qreal *scale);

    ChartContent *m_content;
    std::function<QString(const QPointF &)> m_toolTip;
};

} // namespace Gtm
