#include "pagedlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QMarginsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Gtm {

namespace {

constexpr qreal Epsilon = 0.01;
/** The fewest lines of a paragraph left on either side of a page break. */
constexpr int MinimumLines = 2;

/** A paragraph laid out at its width: a QTextLayout, or an object (a chart) of a given size. */
struct Para
{
    std::shared_ptr<QTextLayout> layout; // shared: Para, Cell and Item stay copyable
    QString text;
    qreal left = 0; // from the left of the column it sits in
    qreal width = 0;
    qreal topMargin = 0;
    qreal bottomMargin = 0;
    qreal y = 0; // in a table cell: the top of its first line in the cell's content
    qreal height = 0;
    int headingLevel = 0;
    bool breakBefore = false;
    bool isObject = false;
    QTextFormat objectFormat;
    QSizeF objectSize;
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Cell
{
    int row = 0;
    int column = 0;
    int columnSpan = 1;
    qreal x = 0; // from the table's left
    qreal width = 0;
    QMarginsF padding; // each side as the cell's format says, else the table's
    qreal border = 0;
    QBrush borderBrush;
    QBrush background;
    std::vector<Para> paras;
    qreal contentHeight = 0;
    qreal minimumWidth = 0;
    qreal naturalWidth = 0;
};

struct Row
{
    std::vector<int> cells;
    qreal height = 0;
    /** Heights in the row where a page may cut it: no line of any cell crosses them. */
    std::vector<qreal> cuts;
};

struct Table
{
    qreal x = 0;
    qreal width = 0;
    qreal topMargin = 0;
    qreal bottomMargin = 0;
    int headerRows = 0;
    std::vector<Cell> cells;
    std::vector<Row> rows;
};

struct Item
{
    enum Kind { Paragraph, TableItem } kind = Paragraph;
    Para para;
    Table table;
};

/** Where an object sits in its paragraph's column, by the paragraph's alignment. */
qreal objectX(const Para &para)
{
    qreal x = para.left;
    if (para.alignment & Qt::AlignHCenter)
        x += (para.width - para.objectSize.width()) / 2;
    else if (para.alignment & Qt::AlignRight)
        x += para.width - para.objectSize.width();
    return x;
}

/** A piece of the content that goes on one page whole. */
struct Slice
{
    PagedLayout::Box::Kind kind = PagedLayout::Box::Line;
    int item = 0;
    int line = 0; // a paragraph's line
    int row = 0; // a table's row, from `from` to `to` in it
    qreal from = 0;
    qreal to = 0;
    qreal height = 0;
    qreal spaceBefore = 0;
    bool breakBefore = true; // may a page start with this slice?
    bool forceBreak = false; // a page must start with it (unless the page is empty)
    bool tableBody = false; // a table row after the header: a page starting here repeats it
};

struct Placed
{
    int slice = -1; // -1: a repeated header row
    qreal y = 0;
    int item = 0; // for a repeated header row
    int row = 0;
};

QTextLayout::FormatRange formatRange(int start, int length, const QTextCharFormat &format)
{
    QTextLayout::FormatRange range;
    range.start = start;
    range.length = length;
    range.format = format;
    return range;
}

} // namespace

struct PagedLayout::Private
{
    QList<const QTextDocument *> documents;
    std::unique_ptr<QTextDocument> own; // an empty one, when given none
    int current = 0; // the document being measured
    const QTextDocument *document = nullptr; // the one whose blocks are being measured
    QPaintDevice *device = nullptr;
    ObjectSize objectSize;
    ObjectPainter objectPainter;
    QSizeF page;

    std::vector<Item> items;
    QTextFrame::iterator next;
    int total = 0;
    int done = 0;
    bool measured = false;

    std::vector<Slice> slices;
    std::vector<std::vector<Placed>> pages;

    /** Lays `block` out at `width`. */
    Para measureBlock(const QTextBlock &block, qreal width) const
    {
        Para para;
        const QTextBlockFormat format = block.blockFormat();
        para.topMargin = format.topMargin();
        para.bottomMargin = format.bottomMargin();
        para.headingLevel = format.headingLevel();
        para.breakBefore = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        para.left = format.leftMargin() + format.indent() * document->indentWidth();
        para.width = std::max<qreal>(1, width - para.left - format.rightMargin());
        para.alignment = format.alignment();
        para.text = block.text();

        // A block that is one object (a chart) is that object.
        if (para.text.size() == 1 && para.text.at(0) == QChar::ObjectReplacementCharacter) {
            const QTextCharFormat object = block.begin().fragment().charFormat();
            if (object.objectType() != QTextFormat::NoObject && objectSize) {
                para.isObject = true;
                para.objectFormat = object;
                para.objectSize = objectSize(object, para.width);
                para.height = para.objectSize.height();
                return para;
            }
        }

        QFont font = document->defaultFont();
        font = block.charFormat().font().resolve(font);
        para.layout = std::make_shared<QTextLayout>(para.text, font, device);
        QTextOption option(para.alignment);
        option.setUseDesignMetrics(true);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(format.layoutDirection());
        para.layout->setTextOption(option);
        QList<QTextLayout::FormatRange> ranges;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            ranges.append(formatRange(fragment.position() - block.position(), fragment.length(),
                                      fragment.charFormat()));
        }
        para.layout->setFormats(ranges);
        para.layout->beginLayout();
        qreal y = 0;
        const qreal indent = format.textIndent();
        for (bool first = true;; first = false) {
            QTextLine line = para.layout->createLine();
            if (!line.isValid())
                break;
            const qreal lineIndent = first ? indent : 0;
            line.setLineWidth(para.width - lineIndent);
            line.setPosition(QPointF(lineIndent, y));
            y += line.height();
        }
        para.layout->endLayout();
        para.height = y;
        return para;
    }

    /** The narrowest and the natural width of a cell's text, for the table's columns. */
    void cellWidths(Cell *cell) const
    {
        qreal minimum = 0;
        qreal natural = 0;
        for (const Para &para : cell->paras) {
            if (para.isObject) {
                minimum = std::max(minimum, para.objectSize.width());
                natural = std::max(natural, para.objectSize.width());
                continue;
            }
            // The longest word and the whole text on one line.
            QTextLayout probe(para.text, para.layout->font(), device);
            probe.setFormats(para.layout->formats());
            QTextOption option;
            option.setUseDesignMetrics(true);
            option.setWrapMode(QTextOption::WordWrap);
            probe.setTextOption(option);
            probe.beginLayout();
            for (;;) {
                QTextLine line = probe.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(0);
                minimum = std::max(minimum, line.naturalTextWidth() + para.left);
            }
            probe.endLayout();
            qreal whole = 0;
            for (int l = 0; l < para.layout->lineCount(); ++l)
                whole += para.layout->lineAt(l).naturalTextWidth();
            natural = std::max(natural, whole + para.left);
        }
        // Text that may break anywhere (Chinese) would give a column one character's width:
        // a column keeps room for four, or its whole text when shorter.
        if (!cell->paras.empty() && cell->paras.front().layout) {
            const qreal em = QFontMetricsF(cell->paras.front().layout->font(), device).height();
            minimum = std::max(minimum, std::min(natural, 4 * em));
        }
        const qreal extra = cell->padding.left() + cell->padding.right() + 2 * cell->border;
        cell->minimumWidth = minimum + extra + 1;
        cell->naturalWidth = natural + extra + 1;
    }

    void layOutCell(Cell *cell, const QTextTableCell &source)
    {
        cell->paras.clear();
        qreal y = 0;
        qreal previousBottom = 0;
        const qreal inner = std::max<qreal>(
            1, cell->width - cell->padding.left() - cell->padding.right() - 2 * cell->border);
        for (auto it = source.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid() || block.length() <= 1)
                continue; // nested tables are not used by the brief; empty blocks hold nothing
            Para para = measureBlock(block, inner);
            if (!cell->paras.empty())
                y += std::max(previousBottom, para.topMargin);
            para.y = y;
            y += para.height;
            previousBottom = para.bottomMargin;
            cell->paras.push_back(std::move(para));
        }
        cell->contentHeight = y;
    }

    Table measureTable(const QTextTable *source, qreal pageWidth)
    {
        Table table;
        const QTextTableFormat format = source->format();
        table.topMargin = format.topMargin();
        table.bottomMargin = format.bottomMargin();
        table.headerRows = std::clamp(format.headerRowCount(), 0, source->rows() - 1);
        const qreal tableBorder = format.border();
        const qreal tablePadding = format.cellPadding();
        const int columns = source->columns();

        // The cells, measured once at the page's width to find their widths.
        for (int r = 0; r < source->rows(); ++r) {
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell sourceCell = source->cellAt(r, c);
                if (!sourceCell.isValid() || sourceCell.row() != r || sourceCell.column() != c)
                    continue; // covered by a span
                Cell cell;
                cell.row = r;
                cell.column = c;
                cell.columnSpan = std::max(1, sourceCell.columnSpan());
                const QTextTableCellFormat cellFormat = sourceCell.format().toTableCellFormat();
                const auto side = [&](QTextFormat::Property property) {
                    return cellFormat.hasProperty(property) ? cellFormat.doubleProperty(property)
                                                            : tablePadding;
                };
                cell.padding = QMarginsF(side(QTextFormat::TableCellLeftPadding),
                                         side(QTextFormat::TableCellTopPadding),
                                         side(QTextFormat::TableCellRightPadding),
                                         side(QTextFormat::TableCellBottomPadding));
                cell.border = std::max(tableBorder, cellFormat.topBorder());
                cell.borderBrush = cellFormat.hasProperty(QTextFormat::TableCellTopBorderBrush)
                    ? cellFormat.topBorderBrush()
                    : format.borderBrush();
                cell.background = cellFormat.background();
                cell.width = pageWidth;
                layOutCell(&cell, sourceCell);
                cellWidths(&cell);
                table.cells.push_back(std::move(cell));
            }
        }

        // Column widths as a browser's automatic layout makes them: each column its natural
        // width when all fit, otherwise its narrowest plus a share of what is left.
        std::vector<qreal> minimum(size_t(columns), 0);
        std::vector<qreal> natural(size_t(columns), 0);
        for (const Cell &cell : table.cells) {
            if (cell.columnSpan != 1)
                continue;
            minimum[size_t(cell.column)]
                = std::max(minimum[size_t(cell.column)], cell.minimumWidth);
            natural[size_t(cell.column)]
                = std::max(natural[size_t(cell.column)], cell.naturalWidth);
        }
        qreal available = pageWidth;
        const QTextLength width = format.width();
        if (width.type() == QTextLength::PercentageLength)
            available = pageWidth * width.rawValue() / 100;
        else if (width.type() == QTextLength::FixedLength)
            available = std::min(pageWidth, width.rawValue());
        const bool fill = width.type() != QTextLength::VariableLength;
        // Columns with a width of their own ("width=30%") take it; the others share the rest.
        const QList<QTextLength> constraints = format.columnWidthConstraints();
        std::vector<qreal> widths(size_t(columns), 0);
        std::vector<bool> given(size_t(columns), false);
        qreal sumGiven = 0;
        for (int c = 0; c < columns && c < constraints.size(); ++c) {
            const QTextLength length = constraints.at(c);
            if (length.type() == QTextLength::VariableLength)
                continue;
            widths[size_t(c)] = std::max(minimum[size_t(c)], length.value(available));
            given[size_t(c)] = true;
            sumGiven += widths[size_t(c)];
        }
        qreal sumMinimum = 0;
        qreal sumNatural = 0;
        int automatic = 0;
        for (int c = 0; c < columns; ++c) {
            if (given[size_t(c)])
                continue;
            ++automatic;
            sumMinimum += minimum[size_t(c)];
            sumNatural += natural[size_t(c)];
        }
        const qreal rest = std::max<qreal>(0, available - sumGiven);
        for (int c = 0; c < columns; ++c) {
            const size_t i = size_t(c);
            if (given[i])
                continue;
            if (sumNatural <= rest) {
                widths[i] = natural[i];
                if (fill && sumNatural > 0)
                    widths[i] += (rest - sumNatural) * natural[i] / sumNatural;
            } else if (sumMinimum < rest && sumNatural > sumMinimum) {
                widths[i] = minimum[i]
                    + (rest - sumMinimum) * (natural[i] - minimum[i]) / (sumNatural - sumMinimum);
            } else {
                widths[i] = sumMinimum > 0 ? rest * minimum[i] / sumMinimum : rest / automatic;
            }
        }
        // Never wider than the page: given widths that add up to more are scaled down.
        qreal total = 0;
        for (qreal w : widths)
            total += w;
        if (total > pageWidth + Epsilon || (automatic == 0 && fill && total > 0)) {
            const qreal target = std::min(pageWidth, automatic == 0 && fill ? available : total);
            for (qreal &w : widths)
                w *= target / total;
        }
        std::vector<qreal> lefts(size_t(columns) + 1, 0);
        for (int c = 0; c < columns; ++c)
            lefts[size_t(c) + 1] = lefts[size_t(c)] + widths[size_t(c)];
        table.width = lefts.back();
        if (format.alignment() & Qt::AlignHCenter)
            table.x = (pageWidth - table.width) / 2;
        else if (format.alignment() & Qt::AlignRight)
            table.x = pageWidth - table.width;

        // The cells again at their columns' width, and the rows.
        table.rows.resize(size_t(source->rows()));
        for (size_t i = 0; i < table.cells.size(); ++i) {
            Cell &cell = table.cells[i];
            cell.x = lefts[size_t(cell.column)];
            cell.width = lefts[size_t(std::min(columns, cell.column + cell.columnSpan))] - cell.x;
            layOutCell(&cell, source->cellAt(cell.row, cell.column));
            Row &row = table.rows[size_t(cell.row)];
            row.cells.push_back(int(i));
            row.height = std::max(row.height,
                                  cell.contentHeight + cell.padding.top() + cell.padding.bottom()
                                      + 2 * cell.border);
        }
        for (Row &row : table.rows) {
            // Where a page may cut a row too tall for one: between lines, in every cell.
            std::vector<std::pair<qreal, qreal>> lines; // top, bottom in the row
            for (int index : row.cells) {
                const Cell &cell = table.cells[size_t(index)];
                const qreal top = cell.padding.top() + cell.border;
                for (const Para &para : cell.paras) {
                    if (para.isObject || !para.layout) {
                        lines.emplace_back(top + para.y, top + para.y + para.height);
                        continue;
                    }
                    for (int l = 0; l < para.layout->lineCount(); ++l) {
                        const QTextLine line = para.layout->lineAt(l);
                        lines.emplace_back(top + para.y + line.y(),
                                           top + para.y + line.y() + line.height());
                    }
                }
            }
            for (const auto &[top, bottom] : lines) {
                const qreal cut = bottom;
                const bool crosses
                    = std::any_of(lines.cbegin(), lines.cend(), [cut](const auto &l) {
                          return l.first < cut - Epsilon && l.second > cut + Epsilon;
                      });
                if (!crosses && cut < row.height - Epsilon)
                    row.cuts.push_back(cut);
            }
            std::sort(row.cuts.begin(), row.cuts.end());
            row.cuts.erase(std::unique(row.cuts.begin(), row.cuts.end(),
                                       [](qreal a, qreal b) { return std::abs(a - b) < Epsilon; }),
                           row.cuts.end());
        }
        return table;
    }

    /** Past the end of a document, on to the next one's first item. */
    bool atEnd()
    {
        while (next.atEnd()) {
            if (current + 1 >= documents.size())
                return true;
            ++current;
            document = documents.at(current);
            next = document->rootFrame()->begin();
        }
        return false;
    }

    bool measureSome(int count)
    {
        for (int i = 0; i < count && !atEnd(); ++i, ++next, ++done) {
            Item item;
            if (const QTextFrame *frame = next.currentFrame()) {
                if (const auto *table = qobject_cast<const QTextTable *>(frame)) {
                    item.kind = Item::TableItem;
                    item.table = measureTable(table, page.width());
                    items.push_back(std::move(item));
                }
                continue;
            }
            const QTextBlock block = next.currentBlock();
            // Empty blocks hold nothing (QTextDocument puts one around each table).
            if (!block.isValid() || block.length() <= 1)
                continue;
            item.para = measureBlock(block, page.width());
            items.push_back(std::move(item));
        }
        return atEnd();
    }

    qreal headerHeight(const Table &table) const
    {
        qreal height = 0;
        for (int r = 0; r < table.headerRows; ++r)
            height += table.rows[size_t(r)].height;
        return height;
    }

    /** The content as slices, with where a page may and must break. */
    void makeSlices()
    {
        slices.clear();
        qreal previousBottom = 0;
        bool keepNext = false; // the last slice keeps the next one on its page
        for (int index = 0; index < int(items.size()); ++index) {
            const Item &item = items[size_t(index)];
            if (item.kind == Item::Paragraph) {
                const Para &para = item.para;
                const qreal space = std::max(previousBottom, para.topMargin);
                const bool nextIsText = index + 1 < int(items.size())
                    && items[size_t(index) + 1].kind == Item::Paragraph
                    && !items[size_t(index) + 1].para.isObject
                    && items[size_t(index) + 1].para.headingLevel == 0;
                if (para.isObject) {
                    Slice s;
                    s.kind = Box::Chart;
                    s.item = index;
                    s.height = para.height;
                    s.spaceBefore = space;
                    s.breakBefore = !keepNext;
                    s.forceBreak = para.breakBefore;
                    slices.push_back(s);
                    keepNext = nextIsText; // a chart keeps its caption
                } else {
                    const int lines = para.layout->lineCount();
                    for (int l = 0; l < lines; ++l) {
                        Slice s;
                        s.kind = Box::Line;
                        s.item = index;
                        s.line = l;
                        s.height = para.layout->lineAt(l).height();
                        if (l == 0) {
                            s.spaceBefore = space;
                            s.breakBefore = !keepNext;
                            s.forceBreak = para.breakBefore;
                        } else {
                            // Two lines at least on either side; a heading never breaks.
                            s.breakBefore = para.headingLevel == 0 && l >= MinimumLines
                                && lines - l >= MinimumLines;
                        }
                        slices.push_back(s);
                    }
                    keepNext = para.headingLevel > 0;
                    if (lines == 0)
                        continue; // an empty paragraph adds nothing, not even its margins
                }
                previousBottom = para.bottomMargin;
                continue;
            }
            const Table &table = item.table;
            const qreal space = std::max(previousBottom, table.topMargin);
            for (int r = 0; r < int(table.rows.size()); ++r) {
                const Row &row = table.rows[size_t(r)];
                std::vector<qreal> bounds {0};
                bounds.insert(bounds.end(), row.cuts.begin(), row.cuts.end());
                bounds.push_back(row.height);
                // A row that fits a page stays whole; a taller one is cut between lines.
                const qreal room = page.height() - headerHeight(table);
                if (row.height <= room + Epsilon)
                    bounds = {0, row.height};
                for (size_t b = 0; b + 1 < bounds.size(); ++b) {
                    Slice s;
                    s.kind = Box::Row;
                    s.item = index;
                    s.row = r;
                    s.from = bounds[b];
                    s.to = bounds[b + 1];
                    s.height = s.to - s.from;
                    s.tableBody = r >= table.headerRows;
                    if (r == 0 && b == 0) {
                        s.spaceBefore = space;
                        s.breakBefore = !keepNext;
                    } else if (b > 0) {
                        s.breakBefore = true;
                    } else {
                        // Never between the header rows, nor after them before a body row.
                        s.breakBefore = r > table.headerRows;
                    }
                    slices.push_back(s);
                }
            }
            keepNext = false;
            previousBottom = table.bottomMargin;
        }
        // A forced break inside a chain kept together ("heading, then a paragraph that starts a
        // page") moves to the chain's start: the heading goes with what it heads.
        for (size_t i = 1; i < slices.size(); ++i) {
            if (!slices[i].forceBreak || slices[i].breakBefore)
                continue;
            slices[i].forceBreak = false;
            size_t start = i;
            while (start > 0 && !slices[start].breakBefore)
                --start;
            slices[start].forceBreak = true;
        }
    }

    void paginate()
    {
        pages.clear();
        std::vector<Placed> current;
        qreal y = 0;
        int pageStart = 0; // the first slice of the current page
        const qreal height = page.height();

        const auto startPage = [&](int slice) {
            pages.push_back(std::move(current));
            current.clear();
            y = 0;
            pageStart = slice;
            // A table that continues here repeats its header rows.
            const Slice &s = slices[size_t(slice)];
            if (s.kind == Box::Row && s.tableBody) {
                const Table &table = items[size_t(s.item)].table;
                for (int r = 0; r < table.headerRows; ++r) {
                    current.push_back({-1, y, s.item, r});
                    y += table.rows[size_t(r)].height;
                }
            }
        };

        for (int i = 0; i < int(slices.size()); ++i) {
            const Slice &s = slices[size_t(i)];
            const bool empty = i == pageStart;
            if (s.forceBreak && !empty) {
                startPage(i);
            }
            const bool atTop = i == pageStart;
            const qreal space = atTop ? 0 : s.spaceBefore;
            if (y + space + s.height <= height + Epsilon || atTop) {
                y += space;
                current.push_back({i, y});
                y += s.height;
                continue;
            }
            // It does not fit: the page ends at the last place it may, after what it holds.
            int breakAt = i;
            if (!s.breakBefore) {
                for (int j = i - 1; j > pageStart; --j) {
                    if (slices[size_t(j)].breakBefore && !slices[size_t(j)].forceBreak) {
                        breakAt = j;
                        break;
                    }
                }
            }
            while (!current.empty() && current.back().slice >= breakAt)
                current.pop_back();
            startPage(breakAt);
            i = breakAt - 1; // placed again from there
        }
        if (!current.empty() || pages.empty())
            pages.push_back(std::move(current));
        // The first push in startPage() may have pushed an empty first page: none is kept.
        pages.erase(std::remove_if(pages.begin(), pages.end(),
                                   [](const std::vector<Placed> &p) { return p.empty(); }),
                    pages.end());
        if (pages.empty())
            pages.emplace_back();
    }

    void paintCell(QPainter *painter, const Cell &cell, qreal top, qreal from, qreal to,
                   qreal tableX) const
    {
        const QRectF rect(tableX + cell.x, top, cell.width, to - from);
        if (cell.background.style() != Qt::NoBrush)
            painter->fillRect(rect, cell.background);
        if (cell.border > 0) {
            painter->save();
            QPen pen(cell.borderBrush.style() == Qt::NoBrush ? QBrush(Qt::black) : cell.borderBrush,
                     cell.border);
            pen.setJoinStyle(Qt::MiterJoin);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            // On the cell's edges: a neighbour draws the shared edge on the same line, so
            // borders collapse into one as the brief's tables ask.
            painter->drawRect(rect);
            painter->restore();
        }
        const qreal contentTop = cell.padding.top() + cell.border;
        const qreal left = tableX + cell.x + cell.padding.left() + cell.border;
        for (const Para &para : cell.paras) {
            if (para.isObject) {
                const qreal y0 = contentTop + para.y;
                if (y0 >= from - Epsilon && y0 + para.height <= to + Epsilon && objectPainter)
                    objectPainter(painter,
                                  QRectF(left + para.left, top + y0 - from, para.objectSize.width(),
                                         para.objectSize.height()),
                                  para.objectFormat);
                continue;
            }
            for (int l = 0; l < para.layout->lineCount(); ++l) {
                const QTextLine line = para.layout->lineAt(l);
                const qreal y0 = contentTop + para.y + line.y();
                if (y0 < from - Epsilon || y0 + line.height() > to + Epsilon)
                    continue;
                line.draw(painter, QPointF(left + para.left, top + (contentTop + para.y - from)));
            }
        }
    }

    void paintRow(QPainter *painter, const Table &table, int row, qreal top, qreal from,
                  qreal to) const
    {
        for (int index : table.rows[size_t(row)].cells) {
            const Cell &cell = table.cells[size_t(index)];
            paintCell(painter, cell, top, from, to, table.x);
        }
    }

    QString rowText(const Table &table, int row, qreal from, qreal to) const
    {
        QStringList parts;
        for (int index : table.rows[size_t(row)].cells) {
            const Cell &cell = table.cells[size_t(index)];
            const qreal contentTop = cell.padding.top() + cell.border;
            QStringList lines;
            for (const Para &para : cell.paras) {
                if (para.isObject || !para.layout)
                    continue;
                for (int l = 0; l < para.layout->lineCount(); ++l) {
                    const QTextLine line = para.layout->lineAt(l);
                    const qreal y0 = contentTop + para.y + line.y();
                    if (y0 >= from - Epsilon && y0 + line.height() <= to + Epsilon)
                        lines.append(para.text.mid(line.textStart(), line.textLength()).trimmed());
                }
            }
            parts.append(lines.join(QLatin1Char(' ')));
        }
        return parts.join(QLatin1Char('\t'));
    }
};

PagedLayout::PagedLayout(const QList<const QTextDocument *> &documents, QSizeF page,
                         QPaintDevice *device, ObjectSize objectSize, ObjectPainter objectPainter)
    : d(std::make_unique<Private>())
    , m_page(page)
{
    d->documents = documents;
    if (d->documents.isEmpty()) {
        d->own = std::make_unique<QTextDocument>();
        d->documents.append(d->own.get());
    }
    d->document = d->documents.constFirst();
    d->device = device;
    d->objectSize = std::move(objectSize);
    d->objectPainter = std::move(objectPainter);
    d->page = page;
    d->next = d->document->rootFrame()->begin();
    for (const QTextDocument *document : std::as_const(d->documents)) {
        for (auto it = document->rootFrame()->begin(); !it.atEnd(); ++it)
            ++d->total;
    }
}

PagedLayout::PagedLayout(const QTextDocument *document, QSizeF page, QPaintDevice *device,
                         ObjectSize objectSize, ObjectPainter objectPainter)
    : PagedLayout(QList<const QTextDocument *> {document}, page, device, std::move(objectSize),
                  std::move(objectPainter))
{ }

PagedLayout::~PagedLayout() = default;

bool PagedLayout::measureSome(int items)
{
    return d->measureSome(items);
}

bool PagedLayout::measureFor(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!d->measureSome(4)) {
        if (clock.elapsed() >= milliseconds)
            return false;
    }
    return true;
}

void PagedLayout::layout()
{
    while (!d->measureSome(64)) { }
    d->makeSlices();
    d->paginate();
    d->measured = true;
}

int PagedLayout::itemCount() const
{
    return d->total;
}

int PagedLayout::itemsMeasured() const
{
    return d->done;
}

int PagedLayout::pageCount() const
{
    return int(d->pages.size());
}

void PagedLayout::paint(QPainter *painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    for (const Placed &placed : d->pages[size_t(page)]) {
        if (placed.slice < 0) {
            const Table &table = d->items[size_t(placed.item)].table;
            d->paintRow(painter, table, placed.row, placed.y, 0,
                        table.rows[size_t(placed.row)].height);
            continue;
        }
        const Slice &s = d->slices[size_t(placed.slice)];
        const Item &item = d->items[size_t(s.item)];
        switch (s.kind) {
        case Box::Line: {
            const Para &para = item.para;
            const QTextLine line = para.layout->lineAt(s.line);
            line.draw(painter, QPointF(para.left, placed.y - line.y()));
            break;
        }
        case Box::Chart: {
            const Para &para = item.para;
            if (d->objectPainter)
                d->objectPainter(painter, QRectF(QPointF(objectX(para), placed.y), para.objectSize),
                                 para.objectFormat);
            break;
        }
        case Box::Row:
            d->paintRow(painter, item.table, s.row, placed.y, s.from, s.to);
            break;
        }
    }
}

QList<PagedLayout::Heading> PagedLayout::headings() const
{
    QList<Heading> list;
    for (int page = 0; page < pageCount(); ++page) {
        for (const Placed &placed : d->pages[size_t(page)]) {
            if (placed.slice < 0)
                continue;
            const Slice &s = d->slices[size_t(placed.slice)];
            if (s.kind != Box::Line || s.line != 0)
                continue;
            const Para &para = d->items[size_t(s.item)].para;
            if (para.headingLevel < 1 || para.headingLevel > 2)
                continue;
            list.append({para.headingLevel, para.text, page, placed.y, s.item});
        }
    }
    return list;
}

PagedLayout::PlacedBlock PagedLayout::placedBlock(int item) const
{
    PlacedBlock placedBlock;
    for (int page = 0; page < pageCount(); ++page) {
        for (const Placed &placed : d->pages[size_t(page)]) {
            if (placed.slice < 0)
                continue;
            const Slice &s = d->slices[size_t(placed.slice)];
            if (s.item != item || s.kind != Box::Line)
                continue;
            const Para &para = d->items[size_t(s.item)].para;
            const QRectF line(para.left, placed.y, para.width, s.height);
            if (placedBlock.page < 0) {
                placedBlock.page = page;
                placedBlock.rect = line;
            } else if (placedBlock.page == page) {
                placedBlock.rect = placedBlock.rect.united(line);
            }
        }
    }
    return placedBlock;
}

QList<PagedLayout::Box> PagedLayout::boxes(int page) const
{
    QList<Box> list;
    if (page < 0 || page >= pageCount())
        return list;
    for (const Placed &placed : d->pages[size_t(page)]) {
        Box box;
        if (placed.slice < 0) {
            const Table &table = d->items[size_t(placed.item)].table;
            const qreal height = table.rows[size_t(placed.row)].height;
            box.kind = Box::Row;
            box.rect = QRectF(table.x, placed.y, table.width, height);
            box.text = d->rowText(table, placed.row, 0, height);
            box.repeatedHeader = true;
            list.append(box);
            continue;
        }
        const Slice &s = d->slices[size_t(placed.slice)];
        const Item &item = d->items[size_t(s.item)];
        box.kind = s.kind;
        switch (s.kind) {
        case Box::Line: {
            const QTextLine line = item.para.layout->lineAt(s.line);
            box.rect = QRectF(item.para.left, placed.y, item.para.width, s.height);
            box.text = item.para.text.mid(line.textStart(), line.textLength()).trimmed();
            break;
        }
        case Box::Chart:
            box.rect = QRectF(QPointF(objectX(item.para), placed.y), item.para.objectSize);
            break;
        case Box::Row:
            box.rect = QRectF(item.table.x, placed.y, item.table.width, s.height);
            box.text = d->rowText(item.table, s.row, s.from, s.to);
            break;
        }
        list.append(box);
    }
    return list;
}

} // namespace Gtm
