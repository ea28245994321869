#include "chartrender.h"

#include "storage/safefiles.h"

#include "chartcontent.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace Gtm::ChartRender {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::ChartRender)
};

void paint(const ChartContent &content, QPainter *painter, const QSize &size, qreal scale)
{
    const std::unique_ptr<ChartContent> copy = content.copyForExport();
    painter->save();
    painter->scale(scale, scale);
    render(copy->chart(), painter, QRectF(QPointF(0, 0), QSizeF(size) / scale));
    painter->restore();
}

bool checkSize(const QSize &size, QString *error)
{
    if (size.width() < 100 || size.height() < 100 || size.width() > 10000
        || size.height() > 10000) {
        *error = Text::tr("A chart is 100 to 10,000 pixels wide and high; %1 × %2 is not possible.")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    return true;
}

/** Through a temporary file renamed over `path`: a failure leaves what was there. */
bool writeFile(const QByteArray &bytes, const QString &path, QString *error)
{
    QString why;
    if (!SafeFiles::writeFile(path, bytes, &why)) {
        *error = Text::tr("Could not write \"%1\": %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    return true;
}

} // namespace

void render(QChart *chart, QPainter *painter, const QRectF &target)
{
    // A scene of its own: the chart is laid out for the target's size, drawn, and given back.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

QImage image(const ChartContent &content, const QSize &size, qreal scale)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(content, &painter, size, scale);
    painter.end();
    return image;
}

QByteArray png(const ChartContent &content, const QSize &size, qreal scale)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image(content, size, scale));
    return buffer.data();
}

bool writePng(const ChartContent &content, const QString &path, const QSize &size, qreal scale,
              QString *error)
{
    return checkSize(size, error) && writeFile(png(content, size, scale), path, error);
}

QByteArray svg(const ChartContent &content, const QSize &size, qreal scale)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(content.fileName());
    generator.setDescription(QStringLiteral("GTM Workbench"));
    QPainter painter(&generator);
    paint(content, &painter, size, scale);
    painter.end();
    // QSvgGenerator gives the size in millimetres, which readers turn into pixels at their own
    // resolution (90 or 96 dpi); in pixels it is the size that was asked for everywhere.
    QByteArray bytes = buffer.data();
    static const QRegularExpression header(
        QStringLiteral("<svg width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
    const QRegularExpressionMatch match = header.match(QString::fromUtf8(bytes.left(2048)));
    if (match.hasMatch()) {
        const QByteArray replacement = QStringLiteral("<svg width=\"%1\" height=\"%2\"")
                                           .arg(size.width())
                                           .arg(size.height())
                                           .toUtf8();
        bytes.replace(match.captured().toUtf8(), replacement);
    }
    return bytes;
}

bool writeSvg(const ChartContent &content, const QString &path, const QSize &size, qreal scale,
              QString *error)
{
    return checkSize(size, error) && writeFile(svg(content, size, scale), path, error);
}

qreal defaultScale(const QSize &size)
{
    return size.width() <= 1600 ? 1.0 : std::ceil(size.width() / 1600.0);
}

} // namespace Gtm::ChartRender
