#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Gtm {

/**
 * A table of rows read from a CSV file or a JSON array: one vertical a row. Cells are QString
 * (CSV, JSON strings), double (JSON numbers) or null (empty).
 */
struct DataTable
{
    QStringList headers;
    QList<QVariantList> rows; // each as long as headers
    QList<int> rowNumbers; // for messages: the CSV line or the JSON array position (1-based)
    QString rowWord; // "line" or "row", for messages
    bool decimalCommaAllowed = false; // semicolon CSV files from European spreadsheets write 1,5
};

/**
 * Reads and writes CSV as spreadsheets do: a header row, UTF-8 with or without byte-order mark
 * (UTF-16 with a byte-order mark too), comma, semicolon or tab between fields (the one the header
 * row uses most), RFC 4180 quoting with doubled quotes and line breaks inside quotes, CRLF or LF.
 */
namespace Csv {

/** Parses CSV bytes. On failure returns false with a message naming the line. */
bool parse(const QByteArray &bytes, DataTable *table, QString *error);

/** One field, quoted when it holds the delimiter, a quote, a line break or edge spaces. */
QString quoteField(const QString &field, QChar delimiter = QLatin1Char(','));

/**
 * A text cell as written for spreadsheets: one that a spreadsheet would run as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) gets an apostrophe in front, as
 * spreadsheets mark text themselves. parse() takes exactly that one apostrophe off again.
 */
QString neutralised(const QString &text);

/** The shortest text that reads back as the same double. */
QString formatNumber(double value);

} // namespace Csv
} // namespace Gtm
