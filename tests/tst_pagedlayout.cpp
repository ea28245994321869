// The brief's typesetter: pages that keep a printed document's rules, checked on documents
// whose lines all have one height, so where each page must end can be worked out by hand.

#include "export/pagedlayout.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Gtm;

namespace {

QString lines(const QString &prefix, int count)
{
    // Each line one word, each paragraph's lines forced by <br>.
    QStringList words;
    for (int i = 1; i <= count; ++i)
        words.append(QStringLiteral("%1%2").arg(prefix).arg(i));
    return words.join(QStringLiteral("<br>"));
}

} // namespace

class TestPagedLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageBreaks_data();
    void pageBreaks();
    void tableHeaderRepeatsAndRowsStayWhole();
    void tallRowIsCutBetweenLines();
    void everyLineOnceAndInsideItsPage_data();
    void everyLineOnceAndInsideItsPage();
    void objectsKeepTheirCaption();
    void cellPaddingPerSide();

private:
    /** The document's lines per page, as the layout placed them ("|" for a header row). */
    QStringList pages(const QString &html, int linesPerPage, PagedLayout::ObjectSize sizer = {});
    std::unique_ptr<QTextDocument> document(const QString &html) const;

    QImage m_device {1, 1, QImage::Format_RGB32};
    qreal m_line = 0;
};

void TestPagedLayout::initTestCase()
{
    // The height of one line in the test's font, as the layout measures it.
    const auto doc = document(QStringLiteral("<p>x</p>"));
    PagedLayout layout(doc.get(), QSizeF(400, 1000), &m_device);
    layout.layout();
    const QList<PagedLayout::Box> boxes = layout.boxes(0);
    QCOMPARE(boxes.size(), 1);
    m_line = boxes.first().rect.height();
    QVERIFY(m_line > 5);
}

std::unique_ptr<QTextDocument> TestPagedLayout::document(const QString &html) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(QStringLiteral(
        "p, h1, h2 { margin: 0px; } h1, h2 { font-size: 12px; font-weight: normal; }"
        "table { margin: 0px; } td, th { padding: 0px; border: 0px; font-weight: normal; }"));
    doc->setHtml(html);
    // Headings as tall as the text: QTextDocument scales them up (FontSizeAdjustment).
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextCursor cursor(block);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat format;
        format.setProperty(QTextFormat::FontSizeAdjustment, 0);
        cursor.mergeCharFormat(format);
        cursor.mergeBlockCharFormat(format);
    }
    return doc;
}

QStringList TestPagedLayout::pages(const QString &html, int linesPerPage,
                                   PagedLayout::ObjectSize sizer)
{
    const auto doc = document(html);
    PagedLayout layout(doc.get(), QSizeF(400, m_line * linesPerPage + 0.5), &m_device,
                       std::move(sizer), [](QPainter *, const QRectF &, const QTextFormat &) {});
    layout.layout();
    QStringList result;
    for (int page = 0; page < layout.pageCount(); ++page) {
        QStringList texts;
        for (const PagedLayout::Box &box : layout.boxes(page))
            texts.append(box.repeatedHeader ? QStringLiteral("|") + box.text : box.text);
        result.append(texts.join(QLatin1Char(' ')));
    }
    return result;
}

void TestPagedLayout::pageBreaks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("linesPerPage");
    QTest::addColumn<QStringList>("expected");

    // 9 lines, then a paragraph of 3: one line would fit, but a paragraph leaves at least two
    // lines on either side of a break, and 3 cannot be cut so: it moves whole.
    QTest::newRow("orphan moves the paragraph")
        << QStringLiteral("<p>%1</p><p>%2</p>")
               .arg(lines(QStringLiteral("a"), 9), lines(QStringLiteral("b"), 3))
        << 10
        << QStringList {QStringLiteral("a1 a2 a3 a4 a5 a6 a7 a8 a9"), QStringLiteral("b1 b2 b3")};
    // 7 lines, then 5: 3 fit, but the 2 left would be fine too: b1–b3 | b4–b5.
    QTest::newRow("split with two lines at least on each side")
        << QStringLiteral("<p>%1</p><p>%2</p>")
               .arg(lines(QStringLiteral("a"), 7), lines(QStringLiteral("b"), 5))
        << 10
        << QStringList {QStringLiteral("a1 a2 a3 a4 a5 a6 a7 b1 b2 b3"), QStringLiteral("b4 b5")};
    // 7 lines, then 4: 3 fit, but a break after b3 would leave b4 alone: b3 goes with it.
    QTest::newRow("widow: last two lines together")
        << QStringLiteral("<p>%1</p><p>%2</p>")
               .arg(lines(QStringLiteral("a"), 7), lines(QStringLiteral("b"), 4))
        << 10
        << QStringList {QStringLiteral("a1 a2 a3 a4 a5 a6 a7 b1 b2"), QStringLiteral("b3 b4")};
    // 8 lines, a heading and 4 lines: room for the heading and one line only: the heading goes
    // on to the next page with its paragraph.
    QTest::newRow("heading keeps two lines")
        << QStringLiteral("<p>%1</p><h2>H</h2><p>%2</p>")
               .arg(lines(QStringLiteral("a"), 8), lines(QStringLiteral("b"), 4))
        << 10
        << QStringList {QStringLiteral("a1 a2 a3 a4 a5 a6 a7 a8"), QStringLiteral("H b1 b2 b3 b4")};
    // 7 lines: room for the heading and two lines: it stays, the rest follows.
    QTest::newRow("heading with room stays")
        << QStringLiteral("<p>%1</p><h2>H</h2><p>%2</p>")
               .arg(lines(QStringLiteral("a"), 7), lines(QStringLiteral("b"), 4))
        << 10
        << QStringList {QStringLiteral("a1 a2 a3 a4 a5 a6 a7 H b1 b2"), QStringLiteral("b3 b4")};
    // A forced break at the very start makes no empty page; two in a row make one break.
    QTest::newRow("no blank page")
        << QStringLiteral("<h1 style=\"page-break-before: always\">T</h1><p>x</p>"
                          "<h1 style=\"page-break-before: always\">U</h1>"
                          "<p style=\"page-break-before: always\">y</p>")
        << 10 << QStringList {QStringLiteral("T x"), QStringLiteral("U y")};
}

void TestPagedLayout::pageBreaks()
{
    QFETCH(QString, html);
    QFETCH(int, linesPerPage);
    QFETCH(QStringList, expected);
    QCOMPARE(pages(html, linesPerPage), expected);
}

void TestPagedLayout::tableHeaderRepeatsAndRowsStayWhole()
{
    // A heading, a table with a header row and 12 rows, on pages of 5 lines: the heading keeps
    // the header and the first row; every page the table continues on repeats the header.
    QString html = QStringLiteral("<h2>T</h2><table><thead><tr><th>Name</th><th>Value</th></tr>"
                                  "</thead>");
    for (int r = 1; r <= 12; ++r)
        html += QStringLiteral("<tr><td>r%1</td><td>%1</td></tr>").arg(r);
    html += QStringLiteral("</table><p>end</p>");
    const QStringList result = pages(html, 5);
    const QStringList expected {
        QStringLiteral("T Name\tValue r1\t1 r2\t2 r3\t3"),
        QStringLiteral("|Name\tValue r4\t4 r5\t5 r6\t6 r7\t7"),
        QStringLiteral("|Name\tValue r8\t8 r9\t9 r10\t10 r11\t11"),
        QStringLiteral("|Name\tValue r12\t12 end"),
    };
    QCOMPARE(result, expected);
}

void TestPagedLayout::tallRowIsCutBetweenLines()
{
    // One row of 13 lines beside a cell of one: taller than a page of 5, it is cut between
    // lines, the header repeated above each piece, and every line drawn once.
    const QString html = QStringLiteral("<table><thead><tr><th>H</th><th>I</th></tr></thead>"
                                        "<tr><td>%1</td><td>one</td></tr></table>")
                             .arg(lines(QStringLiteral("c"), 13));
    const QStringList result = pages(html, 5);
    QCOMPARE(result,
             (QStringList {QStringLiteral("H\tI c1\tone c2\t c3\t c4\t"),
                           QStringLiteral("|H\tI c5\t c6\t c7\t c8\t"),
                           QStringLiteral("|H\tI c9\t c10\t c11\t c12\t"),
                           QStringLiteral("|H\tI c13\t")}));
}

void TestPagedLayout::everyLineOnceAndInsideItsPage_data()
{
    QTest::addColumn<int>("linesPerPage");
    for (int n : {4, 5, 7, 11, 13, 20})
        QTest::newRow(qPrintable(QStringLiteral("%1 lines a page").arg(n))) << n;
}

void TestPagedLayout::everyLineOnceAndInsideItsPage()
{
    // A mixed document on pages of several heights: the rules hold on every page.
    QFETCH(int, linesPerPage);
    QString html;
    int word = 0;
    for (int section = 0; section < 6; ++section) {
        html += QStringLiteral("<h1 style=\"page-break-before: always\">S%1</h1>").arg(section);
        for (int p = 0; p < 4; ++p) {
            html += QStringLiteral("<h2>h%1x%2</h2>").arg(section).arg(p);
            html += QStringLiteral("<p>%1</p>")
                        .arg(lines(QStringLiteral("w%1x").arg(word++),
                                   1 + (section * 7 + p * 3) % 9));
        }
        html += QStringLiteral("<table><thead><tr><th>K%1</th></tr></thead>").arg(section);
        for (int r = 0; r < 3 + section * 2; ++r)
            html += QStringLiteral("<tr><td>t%1x%2</td></tr>").arg(section).arg(r);
        html += QStringLiteral("</table>");
    }
    const auto doc = document(html);
    const qreal height = m_line * linesPerPage + 0.5;
    PagedLayout layout(doc.get(), QSizeF(400, height), &m_device);
    layout.layout();

    QStringList all;
    for (int page = 0; page < layout.pageCount(); ++page) {
        const QList<PagedLayout::Box> boxes = layout.boxes(page);
        QVERIFY2(!boxes.isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(page)));
        bool onlyHeader = true;
        for (const PagedLayout::Box &box : boxes) {
            QVERIFY2(box.rect.bottom() <= height + 0.01,
                     qPrintable(
                         QStringLiteral("%1 crosses the foot of page %2").arg(box.text).arg(page)));
            if (!box.repeatedHeader)
                all.append(box.text);
            if (!box.repeatedHeader && !box.text.startsWith(QLatin1Char('K')))
                onlyHeader = false;
        }
        QVERIFY2(!onlyHeader, qPrintable(QStringLiteral("page %1 holds only a header").arg(page)));
        // A heading never ends a page; a page never ends with one line of a paragraph that
        // goes on (checked through the words: w3x1 then w3x2 on the next page).
        const QString last = boxes.last().text;
        if (page + 1 < layout.pageCount()) {
            QVERIFY2(
                !QRegularExpression(QStringLiteral("^(S\\d|h\\d+x\\d+)$")).match(last).hasMatch(),
                qPrintable(QStringLiteral("page %1 ends with heading %2").arg(page).arg(last)));
        }
    }
    // Every line once, in order.
    QStringList expected;
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid() && !it.currentBlock().text().isEmpty()) {
            for (const QString &l : it.currentBlock().text().split(QChar::LineSeparator))
                expected.append(l);
        }
        // Tables: their rows' text, one per row.
    }
    QStringList withoutRows = all;
    withoutRows.removeIf([](const QString &t) {
        return t.startsWith(QLatin1Char('t')) || t.startsWith(QLatin1Char('K'));
    });
    QCOMPARE(withoutRows, expected);
    int rows = 0;
    for (const QString &t : all)
        rows += t.startsWith(QLatin1Char('t')) ? 1 : 0;
    QCOMPARE(rows, 3 + 5 + 7 + 9 + 11 + 13);

    // Paragraphs split across pages keep two lines at least on each side.
    for (int page = 0; page + 1 < layout.pageCount(); ++page) {
        const QString last = layout.boxes(page).last().text;
        const QString first = layout.boxes(page + 1).first().text;
        const QRegularExpression line(QStringLiteral("^w(\\d+)x(\\d+)$"));
        const auto a = line.match(last);
        const auto b = line.match(first);
        if (!a.hasMatch() || !b.hasMatch() || a.captured(1) != b.captured(1))
            continue;
        QVERIFY2(
            a.captured(2).toInt() >= 2,
            qPrintable(
                QStringLiteral("one line of w%1 before page %2").arg(a.captured(1)).arg(page + 1)));
        const QList<PagedLayout::Box> next = layout.boxes(page + 1);
        int after = 0;
        for (const PagedLayout::Box &box : next)
            after += box.text.startsWith(QStringLiteral("w%1x").arg(a.captured(1))) ? 1 : 0;
        QVERIFY2(
            after >= 2,
            qPrintable(
                QStringLiteral("one line of w%1 on page %2").arg(a.captured(1)).arg(page + 1)));
    }
}

void TestPagedLayout::objectsKeepTheirCaption()
{
    // A chart 3 lines tall after 6 lines, then its caption, on pages of 10: 6 + 3 + 1 fits.
    // After 7 lines, the chart fits but its caption not: both go on.
    const auto sizer = [this](const QTextFormat &, qreal width) {
        return QSizeF(width / 2, m_line * 3);
    };
    const auto html = [](int before) {
        return QStringLiteral("<p>%1</p><p align=\"center\">&#xfffc;</p><p>caption</p>")
            .arg(lines(QStringLiteral("a"), before));
    };
    // The object replacement character must carry an object type to be an object: set it.
    const auto layoutOf = [&](int before) {
        auto doc = document(html(before));
        QTextCursor cursor(doc.get());
        cursor.setPosition(doc->findBlockByNumber(1).position());
        cursor.setPosition(cursor.position() + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(QTextFormat::UserObject + 7);
        cursor.setCharFormat(format);
        auto layout = std::make_unique<PagedLayout>(
            doc.get(), QSizeF(400, m_line * 10 + 0.5), &m_device, sizer,
            [](QPainter *, const QRectF &, const QTextFormat &) {});
        layout->layout();
        return std::make_pair(std::move(doc), std::move(layout));
    };
    {
        const auto [doc, layout] = layoutOf(6);
        QCOMPARE(layout->pageCount(), 1);
    }
    {
        const auto [doc, layout] = layoutOf(7);
        QCOMPARE(layout->pageCount(), 2);
        const QList<PagedLayout::Box> second = layout->boxes(1);
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.at(0).kind, PagedLayout::Box::Chart);
        QCOMPARE(second.at(1).text, QStringLiteral("caption"));
        QCOMPARE(second.at(0).rect.left(), 100.0); // centred: (400 - 200) / 2
    }
}

void TestPagedLayout::cellPaddingPerSide()
{
    // A cell that asks for 4 px above and 18 px on the left, none below, is one line plus 4 px
    // tall (the contents' headings use this): the top padding is not taken for every side.
    const auto doc = document(QStringLiteral(
        "<table><tr><td style=\"padding-top: 4px; padding-left: 18px; padding-bottom: 0px\">"
        "a</td></tr></table>"));
    PagedLayout layout(doc.get(), QSizeF(400, 1000), &m_device);
    layout.layout();
    const QList<PagedLayout::Box> boxes = layout.boxes(0);
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.first().kind, PagedLayout::Box::Row);
    QCOMPARE(boxes.first().rect.height(), m_line + 4);
    // Drawn, the letter starts right of the 18 px padding, not 4 px in.
    QImage image(400, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        layout.paint(&painter, 0);
    }
    int leftmost = image.width();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                leftmost = std::min(leftmost, x);
                break;
            }
        }
    }
    QVERIFY2(leftmost >= 18 && leftmost < 24, qPrintable(QString::number(leftmost)));
}

QTEST_MAIN(TestPagedLayout)
#include "tst_pagedlayout.moc"
