#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Gtm {

/** What a PDF says about itself (pdfinfo's Title, Author, Subject, …). */
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator; // the program that made the content
    QString producer; // the program that wrote the PDF
    QDateTime created; // UTC, to the second
    bool pdfA = false; // PDF/A-1b: the XMP says so
};

namespace PdfMetadataWriter {

/** The XMP packet for QPdfWriter::setDocumentXmpMetadata(), matching the Info dictionary. */
QByteArray xmp(const PdfMetadata &metadata);

/**
 * Appends an incremental update to a PDF (as QPdfWriter writes it) that gives it an Info
 * dictionary with all of `metadata`: Qt 6.4 writes only the title and creator. Returns false,
 * leaving `pdf` as it was, when the PDF's trailer cannot be read.
 */
bool addInfo(QByteArray *pdf, const PdfMetadata &metadata);

/** A PDF text string: UTF-16BE with a byte-order mark, in hexadecimal. */
QByteArray textString(const QString &text);

} // namespace PdfMetadataWriter

} // namespace Gtm
