#include "domain/workspace.h"
#include "storage/csvtable.h"
#include "storage/tableimport.h"
#include "storage/workspacefiles.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

namespace {

Workspace twoVerticals()
{
    Workspace w;
    Vertical finance;
    finance.name = QStringLiteral("Finance");
    finance.values.insert(QStringLiteral("capabilities.data_availability"),
                          {4, QStringLiteral("Interviews, May")});
    finance.values.insert(QStringLiteral("context.ai_enthusiasm"), {4.5, QString()});
    w.addVertical(finance);
    Vertical travel;
    travel.name = QStringLiteral("Travel");
    w.addVertical(travel);
    return w;
}

bool importCsv(Workspace &w, const QByteArray &csv, ImportReport *report, QString *error)
{
    DataTable table;
    return Csv::parse(csv, &table, error) && importTable(w, table, report, error);
}

} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT

private slots:
    void updatesExistingAndAddsNew();
    void headingsByIdOrName();
    void numberFormats_data();
    void numberFormats();
    void emptyCellsLeaveValuesAlone();
    void unknownColumnsBecomeCustomIndicators();
    void customIndicatorIsReusedOnNextImport();
    void descriptionColumn();
    void badTablesChangeNothing_data();
    void badTablesChangeNothing();
    void jsonTable();
    void malformedJsonNamesThePosition();
    void composedAndDecomposedNamesAreOneVertical();
    void namesOfEveryScriptAreWelcome_data();
    void namesOfEveryScriptAreWelcome();
    void deceivingNamesAreRefused_data();
    void deceivingNamesAreRefused();
    void utf16WithoutByteOrderMarkIsNamed();
    void duplicateJsonKeysAreRefused();
    void formulaCellsRoundTrip();
    void manyNewRowsAndColumns();
};

void TestTableImport::updatesExistingAndAddsNew()
{
    Workspace w = twoVerticals();
    ImportReport report;
    QString error;
    QVERIFY2(importCsv(w,
                       "vertical,capabilities.data_availability\n"
                       "  FINANCE ,3.5\n"
                       "Education,1\n",
                       &report, &error),
             qPrintable(error));
    QCOMPARE(w.verticals.size(), 3);
    QCOMPARE(w.verticals.at(0).name, QStringLiteral("Finance")); // matched, not renamed
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("capabilities.data_availability")), 3.5);
    // The figure changed, so its old source no longer applies.
    QCOMPARE(
        w.verticals.at(0).values.value(QStringLiteral("capabilities.data_availability")).source,
        QString());
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("context.ai_enthusiasm")), 4.5);
    QCOMPARE(w.verticals.at(2).name, QStringLiteral("Education"));
    QCOMPARE(w.verticals.at(2).value(QStringLiteral("capabilities.data_availability")), 1.0);
    QVERIFY(w.verticals.at(2).id != w.verticals.at(0).id && w.verticals.at(2).id > 0);
    QCOMPARE(report.addedVerticals, QStringList {QStringLiteral("Education")});
    QCOMPARE(report.updatedVerticals, QStringList {QStringLiteral("Finance")});
    QCOMPARE(report.valuesSet, 2);
    QVERIFY(report.createdIndicators.isEmpty());
}

void TestTableImport::headingsByIdOrName()
{
    Workspace w = twoVerticals();
    QString error;
    QVERIFY2(importCsv(w, "Name;Data availability;AI TALENT;market.size_usd_bn\nTravel;2;1,5;0,8\n",
                       nullptr, &error),
             qPrintable(error));
    const Vertical &travel = w.verticals.at(1);
    QCOMPARE(travel.value(QStringLiteral("capabilities.data_availability")), 2.0);
    QCOMPARE(travel.value(QStringLiteral("capabilities.ai_talent")), 1.5);
    QCOMPARE(travel.value(QStringLiteral("market.size_usd_bn")), 0.8);
    QVERIFY(w.customIndicators.isEmpty());
}

void TestTableImport::numberFormats_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<double>("expected");
    QTest::newRow("plain") << QByteArray("vertical,consequences.jobs_high_risk_pct\nTravel,14\n")
                           << 14.0;
    QTest::newRow("percent sign") << QByteArray(
        "vertical,consequences.jobs_high_risk_pct\nTravel,14%\n")
                                  << 14.0;
    QTest::newRow("decimal point")
        << QByteArray("vertical,consequences.jobs_high_risk_pct\nTravel,13.5\n") << 13.5;
    QTest::newRow("decimal comma in semicolon file")
        << QByteArray("vertical;consequences.jobs_high_risk_pct\nTravel;13,5 %\n") << 13.5;
    QTest::newRow("quoted number")
        << QByteArray("vertical,consequences.jobs_high_risk_pct\nTravel,\" 7 \"\n") << 7.0;
}

void TestTableImport::numberFormats()
{
    QFETCH(QByteArray, csv);
    QFETCH(double, expected);
    Workspace w = twoVerticals();
    QString error;
    QVERIFY2(importCsv(w, csv, nullptr, &error), qPrintable(error));
    QCOMPARE(w.verticals.at(1).value(QStringLiteral("consequences.jobs_high_risk_pct")), expected);
}

void TestTableImport::emptyCellsLeaveValuesAlone()
{
    Workspace w = twoVerticals();
    QString error;
    ImportReport report;
    QVERIFY(importCsv(w,
                      "vertical,capabilities.data_availability,context.ai_enthusiasm\nFinance,,n/"
                      "a\nTravel,-,NA\n",
                      &report, &error));
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("capabilities.data_availability")), 4.0);
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("context.ai_enthusiasm")), 4.5);
    QVERIFY(w.verticals.at(1).values.isEmpty()); // missing, not zero
    QCOMPARE(report.valuesSet, 0);
}

void TestTableImport::unknownColumnsBecomeCustomIndicators()
{
    Workspace w = twoVerticals();
    ImportReport report;
    QString error;
    QVERIFY2(importCsv(w, "vertical,Churn rate (%),Cloud-share\nFinance,3.5,40\nTravel,,12\n",
                       &report, &error),
             qPrintable(error));
    QCOMPARE(w.customIndicators.size(), 2);
    QCOMPARE(w.customIndicators.at(0).id, QStringLiteral("custom.churn_rate"));
    QCOMPARE(w.customIndicators.at(0).name, QStringLiteral("Churn rate (%)"));
    QCOMPARE(w.customIndicators.at(0).dimension, Dimension::Custom);
    QCOMPARE(w.customIndicators.at(1).id, QStringLiteral("custom.cloud_share"));
    QCOMPARE(report.createdIndicators,
             (QStringList {QStringLiteral("custom.churn_rate (Churn rate (%))"),
                           QStringLiteral("custom.cloud_share (Cloud-share)")}));
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("custom.churn_rate")), 3.5);
    QVERIFY(!w.verticals.at(1).value(QStringLiteral("custom.churn_rate")));
    QCOMPARE(w.verticals.at(1).value(QStringLiteral("custom.cloud_share")), 12.0);
    QCOMPARE(w.validate(), QStringList());
}

void TestTableImport::customIndicatorIsReusedOnNextImport()
{
    Workspace w = twoVerticals();
    QString error;
    QVERIFY(importCsv(w, "vertical,Churn rate\nFinance,3\n", nullptr, &error));
    ImportReport report;
    // By its id this time, and by a heading that makes the same id.
    QVERIFY(importCsv(w, "vertical,custom.churn_rate\nTravel,5\n", &report, &error));
    QVERIFY(importCsv(w, "vertical,CHURN-RATE\nTravel,6\n", &report, &error));
    QCOMPARE(w.customIndicators.size(), 1);
    QVERIFY(report.createdIndicators.isEmpty());
    // A heading that is already a custom id (from another workspace's export) stays as it is.
    QVERIFY(importCsv(w, "vertical,custom.win_rate\nTravel,0.3\n", &report, &error));
    QCOMPARE(w.customIndicators.constLast().id, QStringLiteral("custom.win_rate"));
    QCOMPARE(w.customIndicators.size(), 2);
    QCOMPARE(w.verticals.at(1).value(QStringLiteral("custom.churn_rate")), 6.0);
}

void TestTableImport::descriptionColumn()
{
    Workspace w = twoVerticals();
    QString error;
    QVERIFY(importCsv(w, "vertical,description\nTravel,\"Airlines, hotels\"\n", nullptr, &error));
    QCOMPARE(w.verticals.at(1).description, QStringLiteral("Airlines, hotels"));
    QVERIFY(w.customIndicators.isEmpty());
}

void TestTableImport::badTablesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("out of range")
        << QByteArray("vertical,capabilities.data_availability\nFinance,3\nTravel,7\n")
        << QStringLiteral("line 3, column \"capabilities.data_availability\": 7 is outside the "
                          "allowed range (0 to 5)");
    QTest::newRow("negative percent")
        << QByteArray("vertical,consequences.jobs_high_risk_pct\nTravel,-4\n")
        << QStringLiteral("-4 is outside the allowed range (0 to 100)");
    QTest::newRow("not a number")
        << QByteArray("vertical,context.ai_enthusiasm\nTravel,high\n")
        << QStringLiteral("line 2, column \"context.ai_enthusiasm\": \"high\" is not a number");
    QTest::newRow("thousands separator")
        << QByteArray("vertical,market.size_usd_bn\nTravel,\"1,200\"\n")
        << QStringLiteral("\"1,200\" is not a number");
    QTest::newRow("no vertical column") << QByteArray("sector,context.ai_enthusiasm\nTravel,3\n")
                                        << QStringLiteral("no column names the verticals");
    QTest::newRow("vertical twice")
        << QByteArray("vertical,context.ai_enthusiasm\nTravel,3\ntravel ,4\n")
        << QStringLiteral("line 3: \"travel\" was already given on line 2");
    QTest::newRow("nameless row") << QByteArray("vertical,context.ai_enthusiasm\n,3\n")
                                  << QStringLiteral("line 2: the vertical has no name");
    QTest::newRow("same indicator twice")
        << QByteArray("vertical,AI enthusiasm,context.ai_enthusiasm\nTravel,3,4\n")
        << QStringLiteral("are the same indicator");
    QTest::newRow("derived indicator")
        << QByteArray("vertical,challenges.poc_months\nTravel,3\n")
        << QStringLiteral("column \"challenges.poc_months\" is Proof-of-concept length, which is "
                          "computed from each vertical's challenges");
    QTest::newRow("heading missing") << QByteArray("vertical,,context.ai_enthusiasm\nTravel,3,4\n")
                                     << QStringLiteral("column 2 has no heading");
}

void TestTableImport::badTablesChangeNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expectedError);
    Workspace w = twoVerticals();
    QString error;
    QVERIFY(!importCsv(w, csv, nullptr, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(w == twoVerticals());
}

void TestTableImport::jsonTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"vertical": "Travel", "capabilities.ai_talent": 2.5, "Churn": "4%"},
                   {"vertical": "Retail", "capabilities.ai_talent": null}])");
    file.close();
    Workspace w = twoVerticals();
    ImportReport report;
    QString error;
    QVERIFY2(WorkspaceFiles::importFile(w, path, &report, &error), qPrintable(error));
    QCOMPARE(w.verticals.at(1).value(QStringLiteral("capabilities.ai_talent")), 2.5);
    QCOMPARE(w.verticals.at(1).value(QStringLiteral("custom.churn")), 4.0);
    QCOMPARE(w.verticals.at(2).name, QStringLiteral("Retail"));
    QVERIFY(w.verticals.at(2).values.isEmpty());
    QCOMPARE(report.createdIndicators, QStringList {QStringLiteral("custom.churn (Churn)")});
}

void TestTableImport::malformedJsonNamesThePosition()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[\n  {\"vertical\": \"Travel\",\n   \"x\": 1,,\n  }\n]\n");
    file.close();
    Workspace w = twoVerticals();
    QString error;
    QVERIFY(!WorkspaceFiles::importFile(w, path, nullptr, &error));
    QVERIFY2(error.startsWith(QLatin1String("malformed JSON at line 3")), qPrintable(error));
    QVERIFY(w == twoVerticals());
}

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"

void TestTableImport::composedAndDecomposedNamesAreOneVertical()
{
    Workspace w = twoVerticals();
    Vertical cafe;
    cafe.name = QStringLiteral("Caf\u00e9"); // é composed (U+00E9)
    w.addVertical(cafe);
    QString error;
    ImportReport report;
    // "CAFE" + U+0301 COMBINING ACUTE ACCENT: the same name in another form and case.
    QVERIFY2(importCsv(w, "vertical,context.ai_enthusiasm\nCAFE\xcc\x81,3\n", &report, &error),
             qPrintable(error));
    QCOMPARE(w.verticals.size(), 3);
    QCOMPARE(report.updatedVerticals, QStringList {QStringLiteral("Caf\u00e9")});
    QCOMPARE(w.verticals.at(2).value(QStringLiteral("context.ai_enthusiasm")), 3.0);

    // Both forms in one table are one vertical given twice; a new one is stored composed.
    Workspace fresh = twoVerticals();
    QVERIFY(!importCsv(fresh, "vertical,context.ai_enthusiasm\nCafe\xcc\x81,3\nCaf\xc3\xa9,4\n",
                       nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("line 3: \"Caf\u00e9\" was already given on line 2")),
             qPrintable(error));
    QVERIFY(importCsv(fresh, "vertical\nCafe\xcc\x81\n", nullptr, &error));
    QCOMPARE(fresh.verticals.constLast().name, QStringLiteral("Caf\u00e9"));
}

void TestTableImport::namesOfEveryScriptAreWelcome_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Chinese") << QStringLiteral("金融服务");
    QTest::newRow("Arabic") << QStringLiteral("الخدمات المالية");
    QTest::newRow("Hindi") << QStringLiteral("वित्तीय सेवाएँ");
    QTest::newRow("emoji") << QStringLiteral("Rockets 🚀 and stars ✨");
    QTest::newRow("200 characters") << QString(200, QLatin1Char('x'));
}

void TestTableImport::namesOfEveryScriptAreWelcome()
{
    QFETCH(QString, name);
    Workspace w = twoVerticals();
    QString error;
    QVERIFY2(importCsv(w, "vertical,context.ai_enthusiasm\n\"" + name.toUtf8() + "\",2\n", nullptr,
                       &error),
             qPrintable(error));
    QCOMPARE(w.verticals.size(), 3);
    QCOMPARE(w.verticals.constLast().name, name);
}

void TestTableImport::deceivingNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedError");
    // Positions count characters from 1: "Fin" is 3, so the next one is character 4.
    QTest::newRow("escape (C0)") << QStringLiteral("Fin\x1b[2Jance")
                                 << "line 2: character 4 is the control character U+001B";
    QTest::newRow("delete") << QStringLiteral("Fin\x7f")
                            << "character 4 is the control character U+007F";
    QTest::newRow("next line (C1)")
        << QStringLiteral("Fin\u0085ance") << "character 4 is the control character U+0085";
    QTest::newRow("zero-width space")
        << QStringLiteral("Fin\u200bance") << "character 4 is the invisible character U+200B";
    QTest::newRow("word joiner") << QStringLiteral("Fi\u2060n")
                                 << "character 3 is the invisible character U+2060";
    QTest::newRow("byte-order mark inside")
        << QStringLiteral("Fi\ufeffn") << "character 3 is the invisible character U+FEFF";
    QTest::newRow("right-to-left override")
        << QStringLiteral("Fin\u202eecna") << "character 4 is the bidirectional control U+202E";
    QTest::newRow("right-to-left isolate")
        << QStringLiteral("Fin\u2067x") << "character 4 is the bidirectional control U+2067";
    QTest::newRow("Arabic letter mark")
        << QStringLiteral("\u061cFin") << "character 1 is the bidirectional control U+061C";
    QTest::newRow("left-to-right mark")
        << QStringLiteral("Fin\u200e") << "character 4 is the bidirectional control U+200E";
    // An emoji is one character though two UTF-16 units: ESC after it is character 2.
    QTest::newRow("after an emoji")
        << QStringLiteral("🚀\x1b") << "character 2 is the control character U+001B";
    QTest::newRow("201 characters") << QString(201, QLatin1Char('x'))
                                    << "the name has 201 characters; a name may have at most 200";
}

void TestTableImport::deceivingNamesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedError);
    Workspace w = twoVerticals();
    QString error;
    QVERIFY(!importCsv(w, "vertical,context.ai_enthusiasm\n\"" + name.toUtf8() + "\",2\n", nullptr,
                       &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(w == twoVerticals());

    // As a column heading (a custom indicator's name) too.
    QVERIFY(!importCsv(w, "vertical,\"" + name.toUtf8() + "\"\nTravel,2\n", nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("column 2: ")
                            + QString(expectedError).remove(QLatin1String("line 2: "))),
             qPrintable(error));
    QVERIFY(w == twoVerticals());
}

void TestTableImport::utf16WithoutByteOrderMarkIsNamed()
{
    const QString text = QStringLiteral("vertical,context.ai_enthusiasm\nTravel,3\n");
    // UTF-16 little-endian without a byte-order mark, as some tools save "Unicode text".
    const QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    Workspace w = twoVerticals();
    QString error;
    QVERIFY(!importCsv(w, bytes, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("UTF-16 text without a byte-order mark; save it from "
                                          "your spreadsheet as \"CSV UTF-8\"")),
             qPrintable(error));
    QVERIFY(w == twoVerticals());
}

void TestTableImport::duplicateJsonKeysAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // QJsonDocument would keep the last value (5) and say nothing.
    file.write(R"([{"vertical": "Travel"},
                   {"vertical": "Retail", "capabilities.ai_talent": 2, "capabilities.ai_talent": 5}])");
    file.close();
    Workspace w = twoVerticals();
    QString error;
    QVERIFY(!WorkspaceFiles::importFile(w, path, nullptr, &error));
    QCOMPARE(error,
             QStringLiteral("[1].capabilities.ai_talent: the key "
                            "\"capabilities.ai_talent\" is given twice in one object"));
    QVERIFY(w == twoVerticals());
}

void TestTableImport::formulaCellsRoundTrip()
{
    Workspace w;
    IndicatorDefinition delta;
    delta.id = QStringLiteral("custom.delta");
    delta.name = QStringLiteral("Delta");
    delta.dimension = Dimension::Custom;
    w.customIndicators.append(delta);
    const QStringList names {QStringLiteral("=HYPERLINK(\"http://x\")"),
                             QStringLiteral("+1 555"),
                             QStringLiteral("-3"),
                             QStringLiteral("@SUM(A1)"),
                             QStringLiteral("'quoted"),
                             QStringLiteral("Plain")};
    for (const QString &name : names) {
        Vertical v;
        v.name = name;
        v.values.insert(delta.id, {-3, QString()});
        w.addVertical(v);
    }
    const QByteArray csv = WorkspaceFiles::toCsv(w);
    const QString text = QString::fromUtf8(csv);
    // A spreadsheet runs a cell starting with = + - @ as a formula: those get an apostrophe.
    QVERIFY2(text.contains(QLatin1String("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("\r\n'+1 555,")));
    QVERIFY(text.contains(QLatin1String("\r\n'-3,")));
    QVERIFY(text.contains(QLatin1String("\r\n'@SUM(A1),")));
    QVERIFY(text.contains(QLatin1String("\r\n'quoted,"))); // not a formula: as it is
    // A number stays a number: the value -3 is written as -3 in every row.
    QCOMPARE(text.count(QLatin1String(",-3\r\n")), names.size());

    Workspace back;
    back.customIndicators = w.customIndicators;
    QString error;
    QVERIFY2(importCsv(back, csv, nullptr, &error), qPrintable(error));
    QCOMPARE(back.verticals.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(back.verticals.at(i).name, names.at(i));
        QCOMPARE(back.verticals.at(i).value(delta.id), -3.0);
    }
}

void TestTableImport::manyNewRowsAndColumns()
{
    // Behaviour at the sizes the benchmark times: 2,000 new rows and 2,000 new columns, each
    // vertical once with its own value (row r holds r, column c of the wide table holds c).
    QByteArray tall = "vertical,custom.n\n";
    for (int r = 1; r <= 2000; ++r)
        tall += "V" + QByteArray::number(r) + ',' + QByteArray::number(r) + '\n';
    Workspace w;
    QString error;
    ImportReport report;
    QVERIFY2(importCsv(w, tall, &report, &error), qPrintable(error));
    QCOMPARE(w.verticals.size(), 2000);
    QCOMPARE(report.addedVerticals.size(), 2000);
    QCOMPARE(w.verticals.at(1999).value(QStringLiteral("custom.n")), 2000.0);
    QSet<VerticalId> ids;
    for (const Vertical &v : std::as_const(w.verticals))
        ids.insert(v.id);
    QCOMPARE(ids.size(), 2000); // every added vertical has its own id

    QByteArray header = "vertical", row = "Wide";
    for (int c = 1; c <= 2000; ++c) {
        header += ",Column " + QByteArray::number(c);
        row += ',' + QByteArray::number(c);
    }
    QVERIFY2(importCsv(w, header + '\n' + row + '\n', &report, &error), qPrintable(error));
    QCOMPARE(w.customIndicators.size(), 2001); // custom.n and the 2,000 columns
    QCOMPARE(w.verticals.constLast().values.size(), 2000);
    QCOMPARE(w.verticals.constLast().value(QStringLiteral("custom.column_2000")), 2000.0);
    // Importing the tall table again updates: no vertical is added twice.
    QVERIFY2(importCsv(w, tall, &report, &error), qPrintable(error));
    QCOMPARE(w.verticals.size(), 2001);
    QCOMPARE(report.updatedVerticals.size(), 2000);
}
