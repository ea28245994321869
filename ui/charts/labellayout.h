#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Gtm {

/** A label to place next to a bubble: the bubble's centre and radius, the label's size. */
struct LabelRequest
{
    QPointF anchor;
    qreal radius = 0;
    QSizeF size;
    bool wanted = true; // false: the bubble is an obstacle only
};

/**
 * Places labels next to their bubbles so that no label overlaps another label or any bubble
 * (its own included) or any of the `obstacles` (other text), and all stay inside `bounds`. Requests
 * are served in the order given, so the most important come first; a label with no free place is
 * left out (its rectangle is null) rather than drawn over another. Candidate places are the eight
 * around the bubble, then the same eight one label-height further out. A uniform grid keeps this
 * near-linear, so ten thousand bubbles take milliseconds.
 */
QList<QRectF> layoutLabels(const QList<LabelRequest> &requests, const QRectF &bounds,
                           int maxLabels = -1, const QList<QRectF> &obstacles = {});

/**
 * Where two leader lines (bubble centre to label centre) cross, swaps the two labels' places
 * when both still fit there (inside `bounds`, clear of every bubble, label and obstacle). Each
 * swap shortens the lines' total length (two crossing segments are longer than the two that
 * swap their ends), so this ends; `placed` is what layoutLabels() returned. Returns the number of
 * crossings left.
 */
int uncrossLeaders(const QList<LabelRequest> &requests, QList<QRectF> &placed, const QRectF &bounds,
                   const QList<QRectF> &obstacles = {});

} // namespace Gtm
