#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace Gtm {

/**
 * How a reader finds their way in a PDF: its outline (bookmarks), links from one place to
 * another, and its language. Positions are in points from the page's top-left corner, as a
 * layout measures them; pages count from 0.
 */
struct PdfNavigation
{
    struct Entry
    {
        QString title;
        int level = 0; // 0 at the top; an entry nests under the last one of a lower level
        int page = 0;
        qreal y = 0; // where the view goes: points from the page top
    };
    struct Link
    {
        int page = 0; // the page the link is on
        QRectF rect; // points, from the page's top-left corner
        int targetPage = 0;
        qreal targetY = 0; // points from the target page's top
    };

    QList<Entry> outline;
    QList<Link> links;
    QString language; // BCP 47: "en-US", "zh-CN"; empty: none
};

namespace PdfNavigationWriter {

/**
 * Appends one incremental update to a PDF (as QPdfWriter writes it) that gives it `nav`: a new
 * catalog with every key the old one had and an outline (opened in the reader's outline pane),
 * the document language, and link annotations (printable, borderless, as PDF/A-1 allows) added
 * to their pages' annotations. Qt 6.4 writes none of these.
 *
 * Reads the PDF's classic cross-reference tables (following /Prev) and its page tree; refuses,
 * saying why in `error` (may be null) and leaving `pdf` as it was, a PDF it cannot read that
 * way: no trailer, a cross-reference stream, encryption, an object that is not where the table
 * says, or an entry or link for a page it does not have.
 */
bool add(QByteArray *pdf, const PdfNavigation &nav, QString *error = nullptr);

} // namespace PdfNavigationWriter

} // namespace Gtm
