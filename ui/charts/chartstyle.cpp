#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPalette>

namespace Gtm::ChartStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor quadrantColor(Quadrant quadrant, bool dark)
{
    // Colour-blind-safe hues (Okabe & Ito, 2008), lighter on dark backgrounds.
    switch (quadrant) {
    case Quadrant::PursueNow:
        return dark ? QColor(0x3d, 0xc4, 0x8f) : QColor(0x00, 0x9e, 0x73);
    case Quadrant::ProceedWithSafeguards:
        return dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xd5, 0x8a, 0x00);
    case Quadrant::PrepareTheCustomer:
        return dark ? QColor(0x6c, 0xb4, 0xe8) : QColor(0x00, 0x72, 0xb2);
    case Quadrant::Monitor:
        return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x7f, 0x7f, 0x7f);
    }
    return {};
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis; // removeAxis() gives it back
    }
}

QColor seriesColor(int n, bool dark)
{
    // Okabe–Ito order, then Tableau's, so neighbours differ in hue and lightness.
    static const QRgb light[] = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9,
                                 0x8c564b, 0x7f7f7f, 0xbcbd22, 0x17becf, 0x9467bd, 0x2ca02c};
    static const QRgb darkColours[] = {0x56b4e9, 0xff8c42, 0x3dc48f, 0xe08fc0, 0xf5c542, 0x9fd3f5,
                                       0xc49c94, 0xc7c7c7, 0xdbdb8d, 0x9edae5, 0xc5b0d5, 0x98df8a};
    const int count = int(std::size(light));
    return QColor(dark ? darkColours[n % count] : light[n % count]);
}

QColor provisionalColor(bool dark)
{
    // Okabe & Ito's reddish purple, darker on light backgrounds for text: no quadrant uses it.
    return dark ? QColor(0xe0, 0x8f, 0xc0) : QColor(0xa3, 0x3d, 0x7a);
}

QColor readinessColor(bool dark)
{
    return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
}

QColor riskColor(bool dark)
{
    return dark ? QColor(0xff, 0x8c, 0x42) : QColor(0xd5, 0x5e, 0x00);
}

namespace {
QString &familyOverride()
{
    // Per thread: a brief's font never reaches the window's charts.
    thread_local QString family;
    return family;
}
} // namespace

namespace {
bool &opaqueOnly()
{
    static bool opaque = false;
    return opaque;
}
} // namespace

void setOpaque(bool opaque)
{
    opaqueOnly() = opaque;
}

bool isOpaque()
{
    return opaqueOnly();
}

QColor translucent(const QColor &colour, qreal alpha, const QPalette &palette)
{
    if (opaqueOnly())
        return mix(colour, palette.color(QPalette::Base), alpha);
    QColor c = colour;
    c.setAlphaF(float(alpha));
    return c;
}

void setFontFamily(const QString &family)
{
    familyOverride() = family;
}

QString fontFamily()
{
    return familyOverride();
}

QColor mix(const QColor &colour, const QColor &background, qreal amount)
{
    return QColor::fromRgbF(float(colour.redF() * amount + background.redF() * (1 - amount)),
                            float(colour.greenF() * amount + background.greenF() * (1 - amount)),
                            float(colour.blueF() * amount + background.blueF() * (1 - amount)));
}

QFont font(qreal points, bool bold)
{
    QFont f;
    if (!familyOverride().isEmpty())
        f.setFamilies({familyOverride()});
    f.setPixelSize(qRound(points * 96.0 / 72.0));
    f.setBold(bold);
    return plainLetters(f);
}

QFont plainLetters(QFont font)
{
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

QColor mutedText(const QPalette &palette)
{
    return translucent(palette.color(QPalette::WindowText), 0.65, palette);
}

void apply(QChart *chart, const QPalette &palette)
{
    const bool dark = isDark(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    // The background fills the whole chart, so exported images have no transparent border.
    if (chart->layout())
        chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setPlotAreaBackgroundVisible(false);
    const QColor text = palette.color(QPalette::Text);
    chart->setTitleBrush(text);
    chart->setTitleFont(font(11, true));
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font(8.5));
    chart->legend()->setBackgroundVisible(false);
    // Opaque mixtures rather than translucent text colour: a translucent grid circle of radius
    // 0 on a polar chart becomes an empty path in a PDF, and PDF/A allows no transparency.
    const QColor base = palette.color(QPalette::Base);
    const QColor grid = mix(text, base, 0.12);
    const QColor line = mix(text, base, 0.45);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        // No minor grid colour: on a polar chart that alone makes Qt Charts draw empty paths,
        // which PDF readers report as errors.
        axis->setLinePenColor(line);
        axis->setTitleFont(font(9));
        axis->setLabelsFont(font(8.5));
    }
}

} // namespace Gtm::ChartStyle
