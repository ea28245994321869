#include "labellayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Gtm {

namespace {

/** Buckets of items by grid cell, for finding what a rectangle could touch. */
class Grid
{
public:
    Grid(const QRectF &bounds, qreal cell)
        : m_origin(bounds.topLeft())
        , m_cell(cell)
    { }

    template<typename F>
    void forCells(const QRectF &r, F f) const
    {
        const int x0 = int(std::floor((r.left() - m_origin.x()) / m_cell));
        const int x1 = int(std::floor((r.right() - m_origin.x()) / m_cell));
        const int y0 = int(std::floor((r.top() - m_origin.y()) / m_cell));
        const int y1 = int(std::floor((r.bottom() - m_origin.y()) / m_cell));
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                f(key(x, y));
        }
    }

    void insert(const QRectF &r, int item)
    {
        forCells(r, [&](qint64 k) { m_cells[k].append(item); });
    }

    template<typename F>
    bool anyNear(const QRectF &r, F hits) const
    {
        bool found = false;
        forCells(r, [&](qint64 k) {
            if (found)
                return;
            const auto it = m_cells.constFind(k);
            if (it == m_cells.constEnd())
                return;
            for (int item : *it) {
                if (hits(item)) {
                    found = true;
                    return;
                }
            }
        });
        return found;
    }

private:
    static qint64 key(int x, int y) { return (qint64(x) << 32) ^ quint32(y); }

    QPointF m_origin;
    qreal m_cell;
    QHash<qint64, QList<int>> m_cells;
};

bool rectTouchesCircle(const QRectF &r, const QPointF &c, qreal radius)
{
    const qreal dx = c.x() - std::clamp(c.x(), r.left(), r.right());
    const qreal dy = c.y() - std::clamp(c.y(), r.top(), r.bottom());
    return dx * dx + dy * dy < radius * radius;
}

/** Whether segments ab and cd cross at a point inside both (touching ends do not count). */
bool segmentsCross(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d)
{
    const auto side = [](const QPointF &p, const QPointF &q, const QPointF &r) {
        return (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
    };
    const qreal d1 = side(c, d, a);
    const qreal d2 = side(c, d, b);
    const qreal d3 = side(a, b, c);
    const qreal d4 = side(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

QRectF centredAt(const QPointF &centre, const QSizeF &size)
{
    return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                  size.height());
}

} // namespace

int uncrossLeaders(const QList<LabelRequest> &requests, QList<QRectF> &placed, const QRectF &bounds,
                   const QList<QRectF> &obstacles)
{
    const int n = int(std::min(requests.size(), placed.size()));
    const auto fits = [&](const QRectF &r, int skipA, int skipB) {
        if (!bounds.contains(r))
            return false;
        for (int k = 0; k < int(requests.size()); ++k) {
            if (rectTouchesCircle(r, requests.at(k).anchor, requests.at(k).radius))
                return false;
        }
        for (const QRectF &o : obstacles) {
            if (o.intersects(r))
                return false;
        }
        for (int k = 0; k < n; ++k) {
            if (k != skipA && k != skipB && !placed.at(k).isNull() && placed.at(k).intersects(r))
                return false;
        }
        return true;
    };
    const auto crosses = [&](int i, int j) {
        return !placed.at(i).isNull() && !placed.at(j).isNull()
            && segmentsCross(requests.at(i).anchor, placed.at(i).center(), requests.at(j).anchor,
                             placed.at(j).center());
    };
    // Every accepted swap shortens the total length, so rounds end; the cap bounds the time.
    for (int round = 0; round < 32; ++round) {
        bool swapped = false;
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                if (!crosses(i, j))
                    continue;
                const QRectF toI = centredAt(placed.at(j).center(), requests.at(i).size);
                const QRectF toJ = centredAt(placed.at(i).center(), requests.at(j).size);
                if (toI.intersects(toJ) || !fits(toI, i, j) || !fits(toJ, i, j))
                    continue;
                placed[i] = toI;
                placed[j] = toJ;
                swapped = true;
            }
        }
        if (!swapped)
            break;
    }
    int left = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j)
            left += crosses(i, j) ? 1 : 0;
    }
    return left;
}

QList<QRectF> layoutLabels(const QList<LabelRequest> &requests, const QRectF &bounds, int maxLabels,
                           const QList<QRectF> &obstacles)
{
    QList<QRectF> placed(requests.size());
    if (requests.isEmpty() || bounds.isEmpty())
        return placed;
    qreal height = 0;
    for (const LabelRequest &r : requests)
        height = std::max(height, r.size.height());
    const qreal cell = std::max<qreal>(24, 2 * height);
    Grid bubbles(bounds, cell);
    for (int i = 0; i < requests.size(); ++i) {
        const LabelRequest &r = requests.at(i);
        bubbles.insert(
            QRectF(r.anchor.x() - r.radius, r.anchor.y() - r.radius, 2 * r.radius, 2 * r.radius),
            i);
    }
    // Labels and obstacles share a grid: items from n on are the obstacles.
    Grid labels(bounds, cell);
    const int n = int(requests.size());
    for (int i = 0; i < obstacles.size(); ++i)
        labels.insert(obstacles.at(i), n + i);
    const auto taken = [&](int item) -> const QRectF & {
        return item < n ? placed.at(item) : obstacles.at(item - n);
    };
    const qreal gap = 3;
    int count = 0;
    for (int i = 0; i < requests.size(); ++i) {
        const LabelRequest &request = requests.at(i);
        if (!request.wanted)
            continue;
        if (maxLabels >= 0 && count >= maxLabels)
            break;
        const qreal w = request.size.width();
        const qreal h = request.size.height();
        const QPointF c = request.anchor;
        for (int ring = 0; ring < 2; ++ring) {
            const qreal d = request.radius + gap + ring * h;
            const qreal diagonal = d * M_SQRT1_2;
            const QRectF candidates[] = {
                QRectF(c.x() + d, c.y() - h / 2, w, h), // right
                QRectF(c.x() - d - w, c.y() - h / 2, w, h), // left
                QRectF(c.x() - w / 2, c.y() - d - h, w, h), // above
                QRectF(c.x() - w / 2, c.y() + d, w, h), // below
                QRectF(c.x() + diagonal, c.y() - diagonal - h, w, h), // above right
                QRectF(c.x() + diagonal, c.y() + diagonal, w, h), // below right
                QRectF(c.x() - diagonal - w, c.y() - diagonal - h, w, h), // above left
                QRectF(c.x() - diagonal - w, c.y() + diagonal, w, h), // below left
            };
            for (const QRectF &candidate : candidates) {
                if (!bounds.contains(candidate))
                    continue;
                const bool onBubble = bubbles.anyNear(candidate, [&](int other) {
                    const LabelRequest &o = requests.at(other);
                    return rectTouchesCircle(candidate, o.anchor, o.radius);
                });
                if (onBubble)
                    continue;
                const bool onLabel = labels.anyNear(
                    candidate, [&](int other) { return taken(other).intersects(candidate); });
                if (onLabel)
                    continue;
                placed[i] = candidate;
                labels.insert(candidate, i);
                ++count;
                break;
            }
            if (!placed.at(i).isNull())
                break;
        }
    }
    return placed;
}

} // namespace Gtm
