#include "chartview.h"
#include "dialogs/dialogfolder.h"

#include "chartcontent.h"
#include "chartrender.h"
#include "dialogs/exportchartdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QSettings>
#include <QToolTip>

namespace Gtm {

ChartView::ChartView(ChartContent *content, QWidget *parent)
    : QChartView(content->chart(), parent)
    , m_content(content)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(320, 240);
    setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so its menu is reachable by keyboard
    m_content->applyPalette(palette());

    auto *png = new QAction(tr("Export as &PNG…"), this);
    connect(png, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("png")); });
    auto *svg = new QAction(tr("Export as &SVG…"), this);
    connect(svg, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("svg")); });
    auto *copy = new QAction(tr("&Copy Chart"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { copyToClipboard(viewport()->size()); });
    auto *copySized = new QAction(tr("Copy at &Size…"), this);
    connect(copySized, &QAction::triggered, this, &ChartView::copyWithDialog);
    addActions({png, svg, copy, copySized});
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ChartView::setToolTipProvider(std::function<QString(const QPointF &)> provider)
{
    m_toolTip = std::move(provider);
}

QPointF ChartView::chartPosition(const QPoint &viewportPosition) const
{
    return chart()->mapFromScene(mapToScene(viewportPosition));
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_content->applyPalette(palette());
}

bool ChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_toolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_toolTip(chartPosition(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QChartView::viewportEvent(event);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked(chartPosition(event->position().toPoint()));
    QChartView::mousePressEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit doubleClicked(chartPosition(event->position().toPoint()));
    QChartView::mouseDoubleClickEvent(event);
}

bool ChartView::exportTo(const QString &path, const QSize &size, qreal scale, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return ChartRender::writeSvg(*m_content, path, size, scale, error);
    if (suffix == QLatin1String("png"))
        return ChartRender::writePng(*m_content, path, size, scale, error);
    *error = tr("Charts are exported as .png or .svg, not .%1.").arg(suffix);
    return false;
}

void ChartView::copyToClipboard(const QSize &size, qreal scale) const
{
    auto *data = new QMimeData;
    if (scale > 0) {
        data->setImageData(ChartRender::image(*m_content, size, scale));
        data->setData(QStringLiteral("image/svg+xml"), ChartRender::svg(*m_content, size, scale));
    } else {
        // As on screen: the image at the screen's pixel ratio, so it is as sharp.
        const qreal ratio = devicePixelRatioF();
        data->setImageData(ChartRender::image(*m_content, (QSizeF(size) * ratio).toSize(), ratio));
        data->setData(QStringLiteral("image/svg+xml"), ChartRender::svg(*m_content, size, 1));
    }
    QGuiApplication::clipboard()->setMimeData(data);
}

bool ChartView::askSize(const QString &title, QSize *size, qreal *scale)
{
    // The size and scale last chosen are offered again.
    QSettings settings;
    settings.beginGroup(QStringLiteral("chartExport"));
    ExportChartDialog dialog(this);
    dialog.setWindowTitle(title);
    dialog.setChartSize(settings.value(QStringLiteral("size"), viewport()->size()).toSize());
    dialog.setScale(settings.value(QStringLiteral("scale"), 1.0).toDouble());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *size = dialog.chartSize();
    *scale = dialog.scale();
    settings.setValue(QStringLiteral("size"), *size);
    settings.setValue(QStringLiteral("scale"), *scale);
    return true;
}

void ChartView::copyWithDialog()
{
    QSize size;
    qreal scale = 1;
    if (askSize(tr("Copy Chart"), &size, &scale))
        copyToClipboard(size, scale);
}

void ChartView::exportWithDialog(const QString &format)
{
    QSize size;
    qreal scale = 1;
    if (!askSize(tr("Export Chart"), &size, &scale))
        return;
    // Where the last chart went; at first, where the workspace is.
    QSettings settings;
    settings.beginGroup(QStringLiteral("chartExport"));
    const QString directory
        = settings.value(QStringLiteral("directory"), DialogFolder::start(this)).toString();
    const QString filter
        = format == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"),
        directory + QLatin1Char('/') + m_content->fileName() + QLatin1Char('.') + format, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    settings.setValue(QStringLiteral("directory"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, size, scale, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace Gtm
