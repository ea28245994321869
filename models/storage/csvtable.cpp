#include "csvtable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <utility>

namespace Gtm::Csv {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::Csv)
};

bool startsAFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

/** The text of a cell written by neutralised(). */
QString readBack(const QString &field)
{
    if (field.startsWith(QLatin1Char('\'')) && startsAFormula(QStringView(field).mid(1)))
        return field.mid(1);
    return field;
}

bool decode(const QByteArray &bytes, QString *text, QString *error)
{
    std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(bytes);
    if (!encoding) {
        // UTF-16 without a byte-order mark: every other byte of Latin text is NUL, which UTF-8
        // text never holds. Decoded as UTF-8 it would be headings the import cannot recognise.
        const qsizetype nuls = bytes.count('\0');
        if (nuls > 0 && nuls * 4 >= bytes.size()) {
            *error = Text::tr("the file is UTF-16 text without a byte-order mark; save it from "
                              "your spreadsheet as \"CSV UTF-8\"");
            return false;
        }
        encoding = QStringConverter::Utf8;
    }
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = Text::tr(
            "the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\"");
        return false;
    }
    if (text->startsWith(QChar(QChar::ByteOrderMark)))
        text->remove(0, 1);
    return true;
}

/**
 * The delimiter the header row (the first non-blank line) uses most, outside quotes. On a tie
 * semicolon and tab win over comma: a heading like "Revenue, USD bn" is more likely than one
 * with a semicolon or a tab in it.
 */
QChar detectDelimiter(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    bool started = false;
    for (const QChar c : text) {
        const bool lineEnd = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (!started) {
            if (lineEnd || c.isSpace())
                continue;
            started = true;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (lineEnd)
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > 0 && semicolons >= commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > 0 && tabs >= commas)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

bool parse(const QByteArray &bytes, DataTable *table, QString *error)
{
    QString text;
    if (!decode(bytes, &text, error))
        return false;
    const QChar delimiter = detectDelimiter(text);

    QList<QStringList> records;
    QList<int> recordLines;
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (then text after the quote is an error)
    bool recordHasContent = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;

    const auto endField = [&] {
        record.append(readBack(wasQuoted ? field : field.trimmed()));
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (recordHasContent) {
            records.append(record);
            recordLines.append(recordLine);
        }
        record.clear();
        recordHasContent = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (wasQuoted || !field.trimmed().isEmpty()) {
                *error
                    = Text::tr("line %1: a quote in the middle of a field; put the whole field in "
                               "quotes and double the quotes inside it")
                          .arg(line);
                return false;
            }
            field.clear();
            quoted = true;
            wasQuoted = true;
            recordHasContent = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (wasQuoted) {
                if (c.isSpace())
                    continue; // blanks between a closing quote and the delimiter
                *error = Text::tr("line %1: text after the closing quote of a field").arg(line);
                return false;
            }
            if (!c.isSpace())
                recordHasContent = true;
            field.append(c);
        }
    }
    if (quoted) {
        *error = Text::tr("line %1: a quoted field is never closed").arg(quoteLine);
        return false;
    }
    endRecord();
    text = QString(); // the fields hold what is needed of it

    if (records.isEmpty()) {
        *error = Text::tr("the file is empty; a header row naming the columns is needed");
        return false;
    }

    DataTable result;
    result.rowWord = Text::tr("line");
    result.decimalCommaAllowed = delimiter == QLatin1Char(';');
    result.headers = records.takeFirst();
    recordLines.removeFirst();
    // Spreadsheets often leave empty columns at the right edge.
    while (!result.headers.isEmpty() && result.headers.constLast().isEmpty())
        result.headers.removeLast();
    result.rows.reserve(records.size());
    for (int i = 0; i < records.size(); ++i) {
        // Each record is let go of once it is a row, so the two are never both whole.
        QStringList cells = std::exchange(records[i], QStringList());
        while (cells.size() > result.headers.size() && cells.constLast().isEmpty())
            cells.removeLast();
        if (cells.size() > result.headers.size()) {
            *error = Text::tr("line %1 has %2 fields but the header row names %3 columns")
                         .arg(recordLines.at(i))
                         .arg(cells.size())
                         .arg(result.headers.size());
            return false;
        }
        QVariantList row;
        row.reserve(result.headers.size());
        for (int column = 0; column < result.headers.size(); ++column) {
            const QString cell = column < cells.size() ? cells.at(column) : QString();
            row.append(cell.isEmpty() ? QVariant() : QVariant(cell));
        }
        result.rows.append(row);
        result.rowNumbers.append(recordLines.at(i));
    }
    *table = std::move(result);
    return true;
}

QString quoteField(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString neutralised(const QString &text)
{
    return startsAFormula(text) ? QLatin1Char('\'') + text : text;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace Gtm::Csv
