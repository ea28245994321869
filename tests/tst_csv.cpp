#include "storage/csvtable.h"

#include <QTest>

using namespace Gtm;

Q_DECLARE_METATYPE(QList<QStringList>)

namespace {

/** The table's cells as text, null cells as "". */
QList<QStringList> cellsOf(const DataTable &table)
{
    QList<QStringList> cells;
    for (const QVariantList &row : table.rows) {
        QStringList texts;
        for (const QVariant &cell : row)
            texts.append(cell.toString());
        cells.append(texts);
    }
    return cells;
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data();
    void dialects();
    void malformedInputIsRefused_data();
    void malformedInputIsRefused();
    void rowNumbersCountPhysicalLines();
    void quoteField_data();
    void quoteField();
    void formatNumberRoundTrips_data();
    void formatNumberRoundTrips();
};

void TestCsv::dialects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("cells");
    QTest::addColumn<bool>("decimalComma");

    const QStringList headers {QStringLiteral("vertical"), QStringLiteral("score")};
    const QList<QStringList> simple {{QStringLiteral("Finance"), QStringLiteral("4.5")},
                                     {QStringLiteral("Travel"), QStringLiteral("2")}};

    QTest::newRow("comma, LF") << QByteArray("vertical,score\nFinance,4.5\nTravel,2\n") << headers
                               << simple << false;
    QTest::newRow("comma, CRLF, no final newline")
        << QByteArray("vertical,score\r\nFinance,4.5\r\nTravel,2") << headers << simple << false;
    QTest::newRow("UTF-8 byte-order mark")
        << QByteArray("\xEF\xBB\xBFvertical,score\r\nFinance,4.5\r\nTravel,2\r\n") << headers
        << simple << false;
    QTest::newRow("semicolon, decimal comma")
        << QByteArray("vertical;score\nFinance;4,5\nTravel;2\n") << headers
        << QList<QStringList> {{QStringLiteral("Finance"), QStringLiteral("4,5")},
                               {QStringLiteral("Travel"), QStringLiteral("2")}}
        << true;
    QTest::newRow("tab separated")
        << QByteArray("vertical\tscore\nFinance\t4.5\nTravel\t2\n") << headers << simple << false;
    QTest::newRow("quoted fields with delimiter, quotes and line break")
        << QByteArray(
               "vertical,score\n\"Banks, insurers\",\"4.5\"\n\"The \"\"big\"\" one\nand more\",2\n")
        << headers
        << QList<QStringList> {{QStringLiteral("Banks, insurers"), QStringLiteral("4.5")},
                               {QStringLiteral("The \"big\" one\nand more"), QStringLiteral("2")}}
        << false;
    QTest::newRow("blank lines and spaces around fields")
        << QByteArray("vertical , score\n\n  Finance ,  4.5\n\nTravel,2\n\n") << headers << simple
        << false;
    QTest::newRow("short rows are padded, empty trailing columns dropped")
        << QByteArray("vertical,score,,\nFinance\nTravel,2,,\n") << headers
        << QList<QStringList> {{QStringLiteral("Finance"), QString()},
                               {QStringLiteral("Travel"), QStringLiteral("2")}}
        << false;
    QTest::newRow("non-Latin text")
        << QByteArray("vertical,score\n建筑,1.5\nÖkologie,3\n") << headers
        << QList<QStringList> {{QStringLiteral("建筑"), QStringLiteral("1.5")},
                               {QStringLiteral("Ökologie"), QStringLiteral("3")}}
        << false;
    QTest::newRow("UTF-16 with byte-order mark")
        << utf16le(QStringLiteral("vertical;score\r\nFinance;4,5\r\nTravel;2\r\n")) << headers
        << QList<QStringList> {{QStringLiteral("Finance"), QStringLiteral("4,5")},
                               {QStringLiteral("Travel"), QStringLiteral("2")}}
        << true;
    QTest::newRow("leading blank lines before a semicolon header")
        << QByteArray("\n\r\n  \nvertical;score\nFinance;4,5\nTravel;2\n") << headers
        << QList<QStringList> {{QStringLiteral("Finance"), QStringLiteral("4,5")},
                               {QStringLiteral("Travel"), QStringLiteral("2")}}
        << true;
    QTest::newRow("tie between comma and semicolon goes to semicolon")
        << QByteArray("vertical;Revenue, USD bn\nFinance;4,5\n")
        << QStringList {QStringLiteral("vertical"), QStringLiteral("Revenue, USD bn")}
        << QList<QStringList> {{QStringLiteral("Finance"), QStringLiteral("4,5")}} << true;
    QTest::newRow("blanks after a closing quote")
        << QByteArray("vertical,score\n\"Finance\"  ,4.5\n\"Travel\" ,2\n") << headers << simple
        << false;
    QTest::newRow("semicolon file with commas inside quotes")
        << QByteArray("vertical;score\n\"Banks, insurers\";4\n") << headers
        << QList<QStringList> {{QStringLiteral("Banks, insurers"), QStringLiteral("4")}} << true;
}

void TestCsv::dialects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, cells);
    QFETCH(bool, decimalComma);

    DataTable table;
    QString error;
    QVERIFY2(Csv::parse(bytes, &table, &error), qPrintable(error));
    QCOMPARE(table.headers, headers);
    QCOMPARE(cellsOf(table), cells);
    QCOMPARE(table.decimalCommaAllowed, decimalComma);
}

void TestCsv::malformedInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("unclosed quote") << QByteArray("vertical,score\nFinance,\"4.5\nTravel,2\n")
                                    << QStringLiteral("line 2: a quoted field is never closed");
    QTest::newRow("quote inside a field") << QByteArray("vertical,score\nFin\"ance,4\n")
                                          << QStringLiteral("line 2: a quote in the middle");
    QTest::newRow("text after closing quote")
        << QByteArray("vertical,score\n\"Finance\"x,4\n")
        << QStringLiteral("line 2: text after the closing quote");
    QTest::newRow("too many fields")
        << QByteArray("vertical,score\nFinance,4,5\n")
        << QStringLiteral("line 2 has 3 fields but the header row names 2");
    QTest::newRow("not UTF-8") << QByteArray("vertical,score\nK\xF6ln,4\n")
                               << QStringLiteral("not UTF-8");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("only blank lines")
        << QByteArray("\n\r\n  \n") << QStringLiteral("the file is empty");
}

void TestCsv::malformedInputIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedError);
    DataTable table;
    QString error;
    QVERIFY(!Csv::parse(bytes, &table, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestCsv::rowNumbersCountPhysicalLines()
{
    DataTable table;
    QString error;
    QVERIFY(Csv::parse("vertical,notes\n\"A\",\"two\nlines\"\n\nB,x\n", &table, &error));
    QCOMPARE(table.rowNumbers, (QList<int> {2, 5}));
}

void TestCsv::quoteField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "Finance"
                           << "Finance";
    QTest::newRow("comma") << "Banks, insurers"
                           << "\"Banks, insurers\"";
    QTest::newRow("quote") << "The \"big\" one"
                           << "\"The \"\"big\"\" one\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("leading space") << " a"
                                   << "\" a\"";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsv::quoteField()
{
    QFETCH(QString, field);
    QFETCH(QString, quoted);
    QCOMPARE(Csv::quoteField(field), quoted);
}

void TestCsv::formatNumberRoundTrips_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 14.0 << "14";
    QTest::newRow("half") << 4.5 << "4.5";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("negative") << -3.25 << "-3.25";
    QTest::newRow("third") << 1.0 / 3.0 << "0.3333333333333333";
}

void TestCsv::formatNumberRoundTrips()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(Csv::formatNumber(value), text);
    QCOMPARE(text.toDouble(), value);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
