#pragma once

#include <QSize>
#include <QString>

class QChart;
class QImage;
class QPainter;
class QRectF;

namespace Gtm {

class ChartContent;

/**
 * Renders charts offscreen: onto any painter (a PDF page, an SVG file) as vectors, or into an
 * image. A chart is laid out at `size / scale` and drawn `scale` times larger, so a 2400-pixel
 * export has the proportions and legibility of a 1200-pixel window, only sharper.
 */
namespace ChartRender {

/** Lays `chart` out for `size` (in its own coordinates) and paints it into `target`. */
void render(QChart *chart, QPainter *painter, const QRectF &target);

/** A copy of `content` rendered to an image of `size` pixels. */
QImage image(const ChartContent &content, const QSize &size, qreal scale = 1);

/** Writes a PNG of `size` pixels; on failure says why in `error` and leaves `path` as it was. */
bool writePng(const ChartContent &content, const QString &path, const QSize &size, qreal scale,
              QString *error);
/** Writes an SVG of `size` pixels (vectors, text as text); same guarantees as writePng(). */
bool writeSvg(const ChartContent &content, const QString &path, const QSize &size, qreal scale,
              QString *error);
/** The PNG image as bytes. */
QByteArray png(const ChartContent &content, const QSize &size, qreal scale);
/** The SVG document as bytes (for the clipboard). */
QByteArray svg(const ChartContent &content, const QSize &size, qreal scale);

/** The scale a chart of `size` pixels is drawn at by default: 1 up to 1600 pixels wide. */
qreal defaultScale(const QSize &size);

} // namespace ChartRender

} // namespace Gtm
