#pragma once

#include "domain/scoringmodel.h"

#include <QColor>
#include <QFont>

class QChart;
class QPalette;

namespace Gtm {

/** Colours and fonts every chart of the workbench shares, for light and dark palettes. */
namespace ChartStyle {

/** True when the palette's window is dark (a dark desktop theme). */
bool isDark(const QPalette &palette);

/** The colour of a quadrant, readable on the palette's base colour. */
QColor quadrantColor(Quadrant quadrant, bool dark);

/** The n-th colour of a series (verticals on the radar, indicators in stacked bars). */
QColor seriesColor(int n, bool dark);

/** The colour that marks a provisional score (resting on too little data) in text. */
QColor provisionalColor(bool dark);

/** Readiness and risk as series colours. */
QColor readinessColor(bool dark);
QColor riskColor(bool dark);

/**
 * Applies the light or dark chart theme that matches `palette`, then its colours: background,
 * titles, axis labels and grid lines. Series colours are the caller's to set afterwards (a theme
 * change resets them).
 */
void apply(QChart *chart, const QPalette &palette);

/**
 * A font of `points` at 96 dpi, set in pixels: charts are drawn on screens, images, SVG and PDF
 * pages of very different resolutions, and only pixel sizes scale with the drawing.
 */
QFont font(qreal points, bool bold = false);

/**
 * `font` set so that its text comes back out of a PDF as the letters typed: a letter spacing of
 * 1/100 pixel, too small to see, makes Qt's shaper leave out the ligatures ("ﬃ" for "ffi")
 * that a reader's search and copy would otherwise get. font() is set so already.
 */
QFont plainLetters(QFont font);

/** The family charts set their text in, on this thread (empty: the application's font). A
 *  brief sets its family for as long as it is drawn (BriefLanguage). */
void setFontFamily(const QString &family);
QString fontFamily();

/** Takes every series and axis out of `chart` and deletes them, for a rebuild. */
void clear(QChart *chart);

/** Text for a chart's title, axis or legend: Qt Charts draws those as rich text, so what the
 *  user typed ("Telecom <5G>") must be escaped to show as typed. */
inline QString text(const QString &plain)
{
    return plain.toHtmlEscaped();
}

/** Charts drawn for a PDF/A file may have no transparency: translucent() then mixes instead. */
void setOpaque(bool opaque);
bool isOpaque();

/** `colour` at `alpha` over the palette's base: translucent, or mixed when isOpaque(). */
QColor translucent(const QColor &colour, qreal alpha, const QPalette &palette);

/** `amount` of `colour` over `background`, as an opaque colour. */
QColor mix(const QColor &colour, const QColor &background, qreal amount);

/** Secondary text (captions, notes) on the palette. */
QColor mutedText(const QPalette &palette);

} // namespace ChartStyle

} // namespace Gtm
