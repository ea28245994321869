#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTextFormat>

#include <functional>
#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextDocument;

namespace Gtm {

/**
 * The brief's typesetter: lays a QTextDocument's content out on pages by rules a printed
 * document keeps, and draws each page line by line.
 *
 * The document is only the content (paragraphs with their character formats, tables, headings,
 * objects such as charts, built from HTML); the layout is this class's own, on QTextLayout:
 *
 * - a page never starts empty or holds nothing: a forced break on an empty page is dropped;
 * - headings stay with the first two lines of what follows them, a chart with its caption;
 * - a paragraph breaks across pages only with at least two of its lines on either side;
 * - a table breaks only between rows, never after its header rows alone, and repeats them at the
 *   top of each page it continues on; a row taller than a page is split between lines;
 * - each line is drawn once, on its page, whole: no text is clipped at a page edge.
 *
 * Measuring can be done in steps (measureSome()), so a window stays responsive.
 */
class PagedLayout
{
public:
    /** The size at `width` of an object (object type and properties in `format`). */
    using ObjectSize = std::function<QSizeF(const QTextFormat &format, qreal width)>;
    /** Draws an object into `rect`. */
    using ObjectPainter
        = std::function<void(QPainter *painter, const QRectF &rect, const QTextFormat &format)>;

    /** A heading of level 1 or 2 (h1, h2) and where its first line was placed. */
    struct Heading
    {
        int level = 0;
        QString text;
        int page = 0; // from 0
        qreal y = 0; // from the top of the page's content area
        int block = 0; // the index of its top-level item
    };

    /** Where a top-level paragraph's lines were placed, on its first page. */
    struct PlacedBlock
    {
        int page = -1;
        QRectF rect;
    };

    /**
     * `documents` are laid out one after the other, as one flow; they must outlive the layout
     * and not change. The page's content area is `page` (in the documents' units); `device`
     * gives the font metrics (design metrics are used). Several small documents instead of one
     * large one let a window parse the content a piece at a time.
     */
    PagedLayout(const QList<const QTextDocument *> &documents, QSizeF page, QPaintDevice *device,
                ObjectSize objectSize = {}, ObjectPainter objectPainter = {});
    PagedLayout(const QTextDocument *document, QSizeF page, QPaintDevice *device,
                ObjectSize objectSize = {}, ObjectPainter objectPainter = {});
    ~PagedLayout();
    PagedLayout(const PagedLayout &) = delete;
    PagedLayout &operator=(const PagedLayout &) = delete;

    /** Measures `items` more top-level items (paragraphs or tables); true when all are. */
    bool measureSome(int items);
    /** Measures items for about `milliseconds`; true when all are. */
    bool measureFor(int milliseconds);
    /** Measures what is left and makes the pages. */
    void layout();
    int itemCount() const;
    int itemsMeasured() const;

    int pageCount() const;
    QSizeF pageSize() const { return m_page; }
    /** Draws page `page` with its top-left corner at the painter's origin. */
    void paint(QPainter *painter, int page) const;

    QList<Heading> headings() const;
    /** Where the top-level paragraph `item` was placed (page -1: not a paragraph, or empty). */
    PlacedBlock placedBlock(int item) const;

    /** For tests: the boxes of a page, each with its kind and the text of its lines. */
    struct Box
    {
        enum Kind { Line, Row, Chart } kind = Line;
        QRectF rect; // on the page
        QString text; // a line's text, a row's cells' text of its slice, "" for a chart
        bool repeatedHeader = false;
    };
    QList<Box> boxes(int page) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    QSizeF m_page;
};

} // namespace Gtm
