#include "testworkspaces.h"

#include "storage/tableimport.h"
#include "storage/workspacejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Gtm;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestWorkspaceJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void documentedShape();
    void mergesByVerticalName();
    void nullRemovesAValue();
    void partialDocumentChangesOnlyWhatItNames();
    void invalidDocumentsChangeNothing_data();
    void invalidDocumentsChangeNothing();
};

void TestWorkspaceJson::roundTripKeepsEveryField()
{
    const Workspace original = TestWorkspaces::everyField();
    const QByteArray bytes = WorkspaceJson::toBytes(original);
    Workspace copy;
    QString error;
    ImportReport report;
    QVERIFY2(WorkspaceJson::apply(copy, QJsonDocument::fromJson(bytes).object(), &report, &error),
             qPrintable(error));
    QVERIFY(
        copy
        == original); // ids too: an empty workspace numbers verticals 1, 2, … as addVertical did
    QCOMPARE(report.addedVerticals.size(), 2);
    QCOMPARE(report.createdIndicators.size(), 2);
}

void TestWorkspaceJson::documentedShape()
{
    const QJsonObject json = WorkspaceJson::toJson(TestWorkspaces::everyField());
    QCOMPARE(json.value(QLatin1String("format")).toString(),
             QStringLiteral("gtm-workbench-workspace"));
    QCOMPARE(json.value(QLatin1String("formatVersion")).toInt(), 2);
    QCOMPARE(
        json.value(QLatin1String("model")).toObject().value(QLatin1String("format")).toString(),
        QStringLiteral("gtm-workbench-model"));
    const QJsonObject finance = json.value(QLatin1String("verticals")).toArray().at(0).toObject();
    const QJsonObject values = finance.value(QLatin1String("values")).toObject();
    // A plain number without a source, an object with one.
    QCOMPARE(values.value(QLatin1String("context.ai_enthusiasm")).toDouble(), 4.5);
    QCOMPARE(values.value(QLatin1String("consequences.jobs_high_risk_pct"))
                 .toObject()
                 .value(QLatin1String("source"))
                 .toString(),
             QStringLiteral("Nedelkoska & Quintini (2018)"));
    QVERIFY(!values.contains(QLatin1String("capabilities.data_availability"))); // missing stays out
    const QJsonObject challenge
        = finance.value(QLatin1String("challenges")).toArray().at(0).toObject();
    QCOMPARE(challenge.value(QLatin1String("stakeholder")).toString(), QStringLiteral("champion"));
    QCOMPARE(challenge.value(QLatin1String("framing")).toString(), QStringLiteral("savings"));
    QVERIFY(finance.value(QLatin1String("challenges"))
                .toArray()
                .at(1)
                .toObject()
                .value(QLatin1String("pocMonths"))
                .isNull());
    const QJsonArray drivers = json.value(QLatin1String("plan"))
                                   .toObject()
                                   .value(QLatin1String("valueDrivers"))
                                   .toArray();
    QCOMPARE(drivers.size(), 9);
    QCOMPARE(drivers.at(8).toObject().value(QLatin1String("driver")).toString(),
             QStringLiteral("customer_satisfaction"));
}

void TestWorkspaceJson::mergesByVerticalName()
{
    Workspace w = TestWorkspaces::everyField();
    QString error;
    QVERIFY2(WorkspaceJson::apply(w, parse(R"({"verticals": [
        {"name": "finance", "winners": "Everyone", "values": {"capabilities.ai_talent": 3}},
        {"name": "Retail"}]})"),
                                  nullptr, &error),
             qPrintable(error));
    QCOMPARE(w.verticals.size(), 3);
    QCOMPARE(w.verticals.at(0).name, QStringLiteral("Finance")); // keeps its spelling
    QCOMPARE(w.verticals.at(0).winners, QStringLiteral("Everyone"));
    QCOMPARE(w.verticals.at(0).losers, QStringLiteral("Paralegals")); // not named, kept
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("capabilities.ai_talent")), 3.0);
    QCOMPARE(w.verticals.at(0).value(QStringLiteral("context.ai_enthusiasm")), 4.5); // merged
    QCOMPARE(w.verticals.at(0).challenges.size(), 2);
    QCOMPARE(w.verticals.at(2).name, QStringLiteral("Retail"));
}

void TestWorkspaceJson::nullRemovesAValue()
{
    Workspace w = TestWorkspaces::everyField();
    ImportReport report;
    QString error;
    QVERIFY(WorkspaceJson::apply(
        w,
        parse(R"({"verticals": [{"name": "Finance", "values": {"context.ai_enthusiasm": null}}]})"),
        &report, &error));
    QVERIFY(!w.verticals.at(0).value(QStringLiteral("context.ai_enthusiasm")));
    QCOMPARE(report.valuesCleared, 1);
}

void TestWorkspaceJson::partialDocumentChangesOnlyWhatItNames()
{
    Workspace w = TestWorkspaces::everyField();
    QString error;
    QVERIFY(WorkspaceJson::apply(w, parse(R"({"product": {"modality": "speech"},
        "plan": {"valueDrivers": [{"driver": "agility", "strength": 0}]}})"),
                                 nullptr, &error));
    Workspace expected = TestWorkspaces::everyField();
    expected.product.modality = Modality::Speech;
    expected.plan.valueDriver(ValueDriverKind::Agility).strength = 0;
    QVERIFY(w == expected);
}

void TestWorkspaceJson::invalidDocumentsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("newer format") << QByteArray(R"({"formatVersion": 3})")
                                  << QStringLiteral("newer GTM Workbench (format version 3");
    QTest::newRow("other format") << QByteArray(R"({"format": "roadmap"})")
                                  << QStringLiteral("\"format\" is \"roadmap\"");
    QTest::newRow("typo in a key") << QByteArray(R"({"verticals": [{"name": "A", "valeus": {}}]})")
                                   << QStringLiteral("verticals[0]: unknown key \"valeus\"");
    QTest::newRow("bad enum")
        << QByteArray(R"({"product": {"modality": "smell"}})")
        << QStringLiteral(
               "product.modality: expected one of: vision, speech, text, tabular, multimodal");
    QTest::newRow("value out of range")
        << QByteArray(R"({"verticals": [{"name": "A", "values": {"context.ai_enthusiasm": 6}}]})")
        << QStringLiteral("verticals[0].values.\"context.ai_enthusiasm\": 6 is outside the allowed "
                          "range (0 to 5)");
    QTest::newRow("unknown indicator")
        << QByteArray(R"({"verticals": [{"name": "A", "values": {"custom.nope": 1}}]})")
        << QStringLiteral("verticals[0].values.\"custom.nope\": unknown indicator");
    QTest::newRow("string for a number")
        << QByteArray(R"({"verticals": [{"name": "A", "challenges": [{"pocMonths": "six"}]}]})")
        << QStringLiteral("verticals[0].challenges[0].pocMonths: expected a number or null");
    QTest::newRow("strength not whole")
        << QByteArray(R"({"plan": {"valueDrivers": [{"driver": "cost", "strength": 2.5}]}})")
        << QStringLiteral("plan.valueDrivers[0].strength: expected a whole number");
    QTest::newRow("strength too high")
        << QByteArray(R"({"plan": {"valueDrivers": [{"driver": "cost", "strength": 6}]}})")
        << QStringLiteral("plan.valueDrivers[0].strength: 6 is outside 0 to 5");
    QTest::newRow("vertical without name")
        << QByteArray(R"({"verticals": [{"winners": "x"}]})")
        << QStringLiteral("verticals[0].name: every vertical needs a name");
    QTest::newRow("vertical twice")
        << QByteArray(R"({"verticals": [{"name": "A"}, {"name": " a"}]})")
        << QStringLiteral("verticals[1]: \" a\" appears twice");
    QTest::newRow("redefining a built-in")
        << QByteArray(R"({"indicators": [{"id": "context.ai_enthusiasm", "name": "x"}]})")
        << QStringLiteral("is a built-in indicator");
    QTest::newRow("bad custom id")
        << QByteArray(R"({"indicators": [{"id": "Has Space"}]})")
        << QStringLiteral("indicators[0].id: \"Has Space\" is not a valid custom indicator id");
    QTest::newRow("custom id without prefix")
        << QByteArray(R"({"indicators": [{"id": "churn"}]})")
        << QStringLiteral("\"churn\" is not a valid custom indicator id");
    QTest::newRow("narrowed range of a stored value")
        << QByteArray(R"({"indicators": [{"id": "custom.churn_rate", "max": 0.05}]})")
        << QStringLiteral(
               "Vertical \"Finance\": Churn rate is 0.1, outside its range (0 to 0.05).");
    QTest::newRow("min above max")
        << QByteArray(R"({"indicators": [{"id": "custom.x", "min": 5, "max": 1}]})")
        << QStringLiteral("indicators[0]: \"min\" is above \"max\"");
    QTest::newRow("verticals not an array")
        << QByteArray(R"({"verticals": {}})") << QStringLiteral("verticals: expected an array");
    QTest::newRow("late error after good parts") << QByteArray(
        R"({"product": {"name": "Changed"}, "verticals": [{"name": "Finance", "winners": 3}]})")
                                                 << QStringLiteral(
                                                        "verticals[0].winners: expected a string");
}

void TestWorkspaceJson::invalidDocumentsChangeNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    Workspace w = TestWorkspaces::everyField();
    QString error;
    QVERIFY(!WorkspaceJson::apply(w, parse(json), nullptr, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(w == TestWorkspaces::everyField());
}

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "tst_workspacejson.moc"
