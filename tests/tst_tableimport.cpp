#include "domain/workspace.h"
#include "storage/csvtable.h"
#include "storage/tableimport.h"
#include "storage/workspacefiles.h"

#include <QFile>
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
