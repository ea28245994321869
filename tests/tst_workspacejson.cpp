#include "testworkspaces.h"

#include "scoring/modelcheck.h"
#include "scoring/scoringengine.h"
#include "storage/modeljson.h"
#include "storage/tableimport.h"
#include "storage/workspacefiles.h"
#include "storage/workspacejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
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

/** The default model as compact JSON, to put into documents under test. */
QByteArray defaultModelJson()
{
    return QJsonDocument(ModelJson::toJson(defaultScoringModel())).toJson(QJsonDocument::Compact);
}

/** Every vertical's readiness and risk under the workspace's own model. */
QList<double> scores(const Workspace &workspace)
{
    CompiledModel model;
    QStringList problems;
    if (!compileGtmModel(workspace.model, workspace, &model, &problems))
        qFatal("the test workspace's model does not compile");
    const ScoringResult result
        = ScoringEngine::score(model, IndicatorTable::fromWorkspace(workspace, model.columns()));
    QList<double> all;
    for (int r = 0; r < result.rowCount(); ++r)
        all << result.score(r, 0) << result.score(r, 1);
    return all;
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
    void unsetChallengeFieldsAreWrittenAsNull();
    void absentOrNullChallengeFieldsAreUnset();
    void problemOnlyChallengeLeavesScoresUnchanged();
    void formatTwoChallengesKeepTheirOldDefaults();
    void scenariosReplaceTheList();
    void scenarioModelsMayUseImportedIndicators();
    void olderFormatVersionsAreRead();
    void decisionFieldsRoundTrip();
    void namesAreStoredComposed();
    void textAtTheLimitIsKept();
    void duplicateKeysAreRefused_data();
    void duplicateKeysAreRefused();
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
    QCOMPARE(json.value(QLatin1String("formatVersion")).toInt(), 4);
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
    // Format 4: the decision document's fields.
    QCOMPARE(finance.value(QLatin1String("safeguards")).toString(),
             QStringLiteral("Human review, \"always\";\n审计记录"));
    const QJsonObject plan = json.value(QLatin1String("plan")).toObject();
    QCOMPARE(plan.value(QLatin1String("targetQuarters")).toObject(),
             (QJsonObject {{QStringLiteral("goFirst"), QStringLiteral("2027 Q1")},
                           {QStringLiteral("next"), QStringLiteral("Q3 \"2027\"")},
                           {QStringLiteral("prepare"), QStringLiteral("2028 年第一季度")}}));
    QCOMPARE(plan.value(QLatin1String("asks")).toObject(),
             (QJsonObject {{QStringLiteral("people"), QStringLiteral("Two engineers,\none PM")},
                           {QStringLiteral("budgetUsd"), 250000.5},
                           {QStringLiteral("decisions"),
                            QStringLiteral("Approve the pilot; fund EU hosting")}}));
    // An empty workspace writes the fields empty, the budget null (none named).
    const QJsonObject emptyPlan
        = WorkspaceJson::toJson(Workspace()).value(QLatin1String("plan")).toObject();
    QVERIFY(emptyPlan.value(QLatin1String("asks"))
                .toObject()
                .value(QLatin1String("budgetUsd"))
                .isNull());
    QCOMPARE(emptyPlan.value(QLatin1String("targetQuarters"))
                 .toObject()
                 .value(QLatin1String("goFirst"))
                 .toString(),
             QString());
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
    // Unset is null; a set 0 and a set "no" are values.
    const QJsonObject ndas = finance.value(QLatin1String("challenges")).toArray().at(1).toObject();
    QCOMPARE(ndas.size(), 6);
    QVERIFY(ndas.value(QLatin1String("stakeholder")).isNull());
    QVERIFY(ndas.value(QLatin1String("framing")).isNull());
    QVERIFY(ndas.value(QLatin1String("explainabilityNeed")).isDouble());
    QCOMPARE(ndas.value(QLatin1String("explainabilityNeed")).toDouble(), 0.0);
    QVERIFY(ndas.value(QLatin1String("technologyFirst")).isBool());
    QCOMPARE(ndas.value(QLatin1String("technologyFirst")).toBool(), false);
    // Scenarios: a name and a model file object each.
    const QJsonArray scenarios = json.value(QLatin1String("scenarios")).toArray();
    QCOMPARE(scenarios.size(), 2);
    const QJsonObject board = scenarios.at(0).toObject();
    QCOMPARE(board.keys(), QStringList({QStringLiteral("model"), QStringLiteral("name")}));
    QCOMPARE(board.value(QLatin1String("name")).toString(),
             QStringLiteral("Board view, \"strict\""));
    const QJsonObject boardModel = board.value(QLatin1String("model")).toObject();
    QCOMPARE(boardModel.value(QLatin1String("format")).toString(),
             QStringLiteral("gtm-workbench-model"));
    QCOMPARE(boardModel.value(QLatin1String("formatVersion")).toInt(), 2);
    QCOMPARE(boardModel.value(QLatin1String("minimumCoverage")).toDouble(), 90.0);
    QCOMPARE(json.value(QLatin1String("model"))
                 .toObject()
                 .value(QLatin1String("recommendation"))
                 .toObject()
                 .value(QLatin1String("goFirstMax"))
                 .toInt(),
             7);
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

    QTest::newRow("newer format") << QByteArray(R"({"formatVersion": 5})")
                                  << QStringLiteral("newer GTM Workbench (format version 5");
    QTest::newRow("negative ask budget")
        << QByteArray(R"({"plan": {"asks": {"budgetUsd": -1}}})")
        << QStringLiteral("plan.asks.budgetUsd: -1 is outside 0 to");
    QTest::newRow("text for the ask budget")
        << QByteArray(R"({"plan": {"asks": {"budgetUsd": "100k"}}})")
        << QStringLiteral("plan.asks.budgetUsd: expected a number or null");
    QTest::newRow("typo in the asks") << QByteArray(R"({"plan": {"asks": {"peoples": "two"}}})")
                                      << QStringLiteral("plan.asks: unknown key \"peoples\"");
    QTest::newRow("unknown wave quarter")
        << QByteArray(R"({"plan": {"targetQuarters": {"notYet": "2030 Q1"}}})")
        << QStringLiteral("plan.targetQuarters: unknown key \"notYet\"");
    QTest::newRow("quarter as a number")
        << QByteArray(R"({"plan": {"targetQuarters": {"goFirst": 2027}}})")
        << QStringLiteral("plan.targetQuarters.goFirst: expected a string");
    QTest::newRow("safeguards as a list")
        << QByteArray(R"({"verticals": [{"name": "A", "safeguards": ["review"]}]})")
        << QStringLiteral("verticals[0].safeguards: expected a string");
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
    // Challenge fields: null is unset, anything else must be a value of the field.
    QTest::newRow("unknown stakeholder")
        << QByteArray(R"({"verticals": [{"name": "A", "challenges": [{"stakeholder": "ceo"}]}]})")
        << QStringLiteral("verticals[0].challenges[0].stakeholder: expected null or one of: "
                          "end_user, champion, budget_approver, it_security, legal_compliance, "
                          "executive_sponsor");
    QTest::newRow("framing as a number")
        << QByteArray(R"({"verticals": [{"name": "A", "challenges": [{"framing": 1}]}]})")
        << QStringLiteral("verticals[0].challenges[0].framing: expected null or one of: "
                          "opportunity, savings");
    QTest::newRow("explainability 6")
        << QByteArray(
               R"({"verticals": [{"name": "A", "challenges": [{"explainabilityNeed": 6}]}]})")
        << QStringLiteral("verticals[0].challenges[0].explainabilityNeed: 6 is outside 0 to 5");
    QTest::newRow("explainability 2.5")
        << QByteArray(
               R"({"verticals": [{"name": "A", "challenges": [{"explainabilityNeed": 2.5}]}]})")
        << QStringLiteral("verticals[0].challenges[0].explainabilityNeed: expected a whole number");
    QTest::newRow("technology first as text")
        << QByteArray(
               R"({"verticals": [{"name": "A", "challenges": [{"technologyFirst": "yes"}]}]})")
        << QStringLiteral(
               "verticals[0].challenges[0].technologyFirst: expected true, false or null");
    // Scenarios: "MODEL" stands for the default model's JSON.
    QTest::newRow("scenarios not an array")
        << QByteArray(R"({"scenarios": {}})") << QStringLiteral("scenarios: expected an array");
    QTest::newRow("scenario not an object") << QByteArray(R"({"scenarios": ["Board"]})")
                                            << QStringLiteral("scenarios[0]: expected an object");
    QTest::newRow("scenario unknown key")
        << QByteArray(R"({"scenarios": [{"name": "A", "model": MODEL, "weights": 1}]})")
        << QStringLiteral("scenarios[0]: unknown key \"weights\" (expected one of: name, model)");
    QTest::newRow("scenario without name")
        << QByteArray(R"({"scenarios": [{"model": MODEL}]})")
        << QStringLiteral("scenarios[0].name: every scenario needs a name");
    QTest::newRow("scenario with a blank name")
        << QByteArray(R"({"scenarios": [{"name": "  ", "model": MODEL}]})")
        << QStringLiteral("scenarios[0].name: every scenario needs a name");
    QTest::newRow("scenario name as a number")
        << QByteArray(R"({"scenarios": [{"name": 7, "model": MODEL}]})")
        << QStringLiteral("scenarios[0].name: expected a string");
    QTest::newRow("scenario twice")
        << QByteArray(R"({"scenarios": [{"name": "Board", "model": MODEL},)"
                      R"( {"name": " board ", "model": MODEL}]})")
        << QStringLiteral("scenarios[1].name: \"board\" appears twice");
    QTest::newRow("scenario without model") << QByteArray(R"({"scenarios": [{"name": "Board"}]})")
                                            << QStringLiteral("scenarios[0]: \"model\" is missing");
    QTest::newRow("scenario model not an object")
        << QByteArray(R"({"scenarios": [{"name": "Board", "model": "default"}]})")
        << QStringLiteral("scenarios[0].model: expected an object");
    QTest::newRow("scenario model malformed")
        << QByteArray(R"({"scenarios": [{"name": "A", "model": MODEL},)"
                      R"( {"name": "B", "model": {"nodes": [], "indicators": [],)"
                      R"( "recommendation": {"goFirstMax": 0}}}]})")
        << QStringLiteral("scenarios[1].model: recommendation.goFirstMax: 0 is outside 1 to 1000");
    QTest::newRow("scenario model of an unknown indicator")
        << QByteArray(R"({"scenarios": [{"name": "A", "model": {"nodes": [{"id": "readiness"},)"
                      R"( {"id": "risk"}], "indicators": [{"indicator": "custom.nope",)"
                      R"( "parent": "readiness", "goalposts": [0, 1]}, {"indicator":)"
                      R"( "context.ai_enthusiasm", "parent": "risk", "goalposts": [0, 5]}]}}]})")
        << QStringLiteral("scenarios[0].model: Indicator \"custom.nope\" is not an indicator of "
                          "this workspace.");
    QTest::newRow("custom indicator named like a built-in")
        << QByteArray(R"({"indicators": [{"id": "custom.talent", "name": "ai TALENT"}]})")
        << QStringLiteral("indicators[0].name: \"ai TALENT\" is the name of the built-in "
                          "indicator capabilities.ai_talent");
    QTest::newRow("custom indicator with a built-in id")
        << QByteArray(R"({"indicators": [{"id": "capabilities.ai_talent", "name": "Talent"}]})")
        << QStringLiteral("indicators[0].id: \"capabilities.ai_talent\" is a built-in indicator");
    QTest::newRow("right-to-left override in a vertical's name")
        << QByteArray("{\"verticals\": [{\"name\": \"Fin\xe2\x80\xae\x65\x63na\"}]}")
        << QStringLiteral("verticals[0].name: character 4 is the bidirectional control U+202E");
    QTest::newRow("escape in an indicator's name")
        << QByteArray(R"({"indicators": [{"id": "custom.x", "name": "X\u001b[31m"}]})")
        << QStringLiteral("indicators[0].name: character 2 is the control character U+001B");
    QTest::newRow("zero-width space in a scenario's name")
        << QByteArray(R"({"scenarios": [{"name": "Board\u200bview", "model": MODEL}]})")
        << QStringLiteral("scenarios[0].name: character 6 is the invisible character U+200B");
    // "Café" with é composed (U+00E9), then as e + U+0301: one name, given twice.
    QTest::newRow("scenario names equal after NFC")
        << QByteArray(R"({"scenarios": [{"name": "Caf\u00e9", "model": MODEL},)"
                      R"( {"name": "CAFE\u0301", "model": MODEL}]})")
        << QStringLiteral("scenarios[1].name: \"CAF\u00c9\" appears twice");
    QTest::newRow("vertical names equal after NFC")
        << QByteArray(R"({"verticals": [{"name": "Caf\u00e9"}, {"name": "cafe\u0301"}]})")
        << QStringLiteral("verticals[1]: \"cafe\u0301\" appears twice");
    QTest::newRow("name of 201 characters")
        << QByteArray("{\"verticals\": [{\"name\": \"" + QByteArray(201, 'x') + "\"}]}")
        << QStringLiteral("verticals[0].name: the name has 201 characters; a name may have at "
                          "most 200");
    QTest::newRow("description of 100,001 characters")
        << QByteArray("{\"verticals\": [{\"name\": \"Long\", \"description\": \""
                      + QByteArray(100001, 'x') + "\"}]}")
        << QStringLiteral("Vertical \"Long\", description: the text has 100001 characters; a "
                          "text may have at most 100000.");
}

void TestWorkspaceJson::invalidDocumentsChangeNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    json.replace("MODEL", defaultModelJson());
    Workspace w = TestWorkspaces::everyField();
    QString error;
    QVERIFY(!WorkspaceJson::apply(w, parse(json), nullptr, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(w == TestWorkspaces::everyField());
}

void TestWorkspaceJson::unsetChallengeFieldsAreWrittenAsNull()
{
    Workspace w;
    Vertical v;
    v.name = QStringLiteral("New");
    Challenge fresh;
    fresh.problem = QStringLiteral("Not known yet");
    v.challenges = {fresh};
    w.addVertical(v);
    const QJsonObject challenge = WorkspaceJson::toJson(w)
                                      .value(QLatin1String("verticals"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("challenges"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QCOMPARE(challenge.value(QLatin1String("problem")).toString(), QStringLiteral("Not known yet"));
    for (const char *field :
         {"stakeholder", "framing", "explainabilityNeed", "technologyFirst", "pocMonths"}) {
        QVERIFY2(challenge.contains(QLatin1String(field)), field);
        QVERIFY2(challenge.value(QLatin1String(field)).isNull(), field);
    }
    Workspace copy;
    QString error;
    QVERIFY2(WorkspaceJson::apply(copy, QJsonDocument::fromJson(WorkspaceJson::toBytes(w)).object(),
                                  nullptr, &error),
             qPrintable(error));
    QVERIFY(copy == w);
}

void TestWorkspaceJson::absentOrNullChallengeFieldsAreUnset()
{
    Workspace w = TestWorkspaces::everyField();
    QString error;
    QVERIFY2(WorkspaceJson::apply(w, parse(R"({"verticals": [{"name": "Finance", "challenges": [
        {"problem": "x"},
        {"problem": "y", "stakeholder": null, "framing": null, "explainabilityNeed": null,
         "technologyFirst": null, "pocMonths": null},
        {"stakeholder": "it_security", "explainabilityNeed": 0, "technologyFirst": false}]}]})"),
                                  nullptr, &error),
             qPrintable(error));
    const QList<Challenge> &challenges = w.verticals.at(0).challenges;
    QCOMPARE(challenges.size(), 3);
    Challenge x;
    x.problem = QStringLiteral("x");
    QVERIFY(challenges.at(0) == x);
    Challenge y;
    y.problem = QStringLiteral("y");
    QVERIFY(challenges.at(1) == y);
    Challenge partial;
    partial.stakeholder = CommitteeRole::ItSecurity;
    partial.explainabilityNeed = 0;
    partial.technologyFirst = false;
    QVERIFY(challenges.at(2) == partial);
}

void TestWorkspaceJson::formatTwoChallengesKeepTheirOldDefaults()
{
    // Format 2 (0.1.0) filled in a left-out field with end user, opportunity, 0 and false, and
    // scored with them: the same file must mean the same now (null is unset in any format).
    Workspace w;
    QString error;
    QVERIFY2(WorkspaceJson::apply(w, parse(R"({"formatVersion": 2, "verticals": [{"name": "Old",
        "challenges": [{"problem": "x"}, {"problem": "y", "framing": "savings"}]}]})"),
                                  nullptr, &error),
             qPrintable(error));
    const QList<Challenge> &challenges = w.verticals.at(0).challenges;
    QCOMPARE(challenges.at(0).stakeholder, CommitteeRole::EndUser);
    QCOMPARE(challenges.at(0).framing, Framing::Opportunity);
    QCOMPARE(challenges.at(0).explainabilityNeed, 0);
    QCOMPARE(challenges.at(0).technologyFirst, false);
    QVERIFY(!challenges.at(0).pocMonths); // optional in every format
    QCOMPARE(challenges.at(1).framing, Framing::Savings);
    // The same rows in format 3 are unset.
    Workspace now;
    QVERIFY(WorkspaceJson::apply(now, parse(R"({"formatVersion": 3, "verticals": [{"name": "New",
        "challenges": [{"problem": "x"}]}]})"),
                                 nullptr, &error));
    QVERIFY(!now.verticals.at(0).challenges.at(0).stakeholder);
    QVERIFY(!now.verticals.at(0).challenges.at(0).explainabilityNeed);
}

void TestWorkspaceJson::problemOnlyChallengeLeavesScoresUnchanged()
{
    const Workspace sample = WorkspaceFiles::sampleWorkspace();
    const QString finance = QStringLiteral("Finance");
    QVERIFY(sample.indexOfVerticalNamed(finance) >= 0);
    // The document names Finance with its challenges (they replace the list) and one more that
    // is only a problem text.
    QJsonObject vertical;
    for (const QJsonValue &v :
         WorkspaceJson::toJson(sample).value(QLatin1String("verticals")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == finance)
            vertical = v.toObject();
    }
    QJsonArray challenges = vertical.value(QLatin1String("challenges")).toArray();
    const qsizetype before = challenges.size();
    challenges.append(QJsonObject {{QStringLiteral("problem"), QStringLiteral("x")}});
    const QJsonObject document {
        {QStringLiteral("verticals"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), finance},
                                  {QStringLiteral("challenges"), challenges}}}}};

    Workspace w = sample;
    QString error;
    QVERIFY2(WorkspaceJson::apply(w, document, nullptr, &error), qPrintable(error));
    QCOMPARE(w.verticals.at(w.indexOfVerticalNamed(finance)).challenges.size(), before + 1);
    QStringList derived;
    for (const IndicatorDefinition &d : derivedIndicators())
        derived.append(d.id);
    const IndicatorTable was = IndicatorTable::fromWorkspace(sample, derived);
    const IndicatorTable is = IndicatorTable::fromWorkspace(w, derived);
    for (size_t i = 0; i < was.values.size(); ++i)
        QCOMPARE(is.values[i], was.values[i]);
    QCOMPARE(scores(w), scores(sample));
}

void TestWorkspaceJson::scenariosReplaceTheList()
{
    Workspace w = TestWorkspaces::everyField();
    QString error;
    // Absent: kept.
    QVERIFY(WorkspaceJson::apply(w, parse(R"({"product": {"name": "P"}})"), nullptr, &error));
    QCOMPARE(w.scenarios, TestWorkspaces::everyField().scenarios);
    // Present: replaces the list, names trimmed.
    QByteArray json = R"({"scenarios": [{"name": " Lenient ", "model": MODEL}]})";
    json.replace("MODEL", defaultModelJson());
    QVERIFY2(WorkspaceJson::apply(w, parse(json), nullptr, &error), qPrintable(error));
    QCOMPARE(w.scenarios.size(), 1);
    QCOMPARE(w.scenarios.at(0).name, QStringLiteral("Lenient"));
    QVERIFY(w.scenarios.at(0).model == defaultScoringModel());
    // Empty: none left.
    QVERIFY(WorkspaceJson::apply(w, parse(R"({"scenarios": []})"), nullptr, &error));
    QVERIFY(w.scenarios.isEmpty());
}

void TestWorkspaceJson::scenarioModelsMayUseImportedIndicators()
{
    // The custom indicator arrives in the same document as the scenario that scores with it.
    const Workspace original = TestWorkspaces::everyField();
    Workspace empty;
    QString error;
    QVERIFY2(WorkspaceJson::apply(empty, WorkspaceJson::toJson(original), nullptr, &error),
             qPrintable(error));
    QVERIFY(empty.scenarios == original.scenarios);
    QCOMPARE(empty.scenarios.at(1).model.indicators.constLast().indicatorId,
             QStringLiteral("custom.churn_rate"));
}

void TestWorkspaceJson::olderFormatVersionsAreRead()
{
    // Version 2 had every challenge field set and no scenarios; version 1 had no model either.
    Workspace w;
    QString error;
    QVERIFY2(WorkspaceJson::apply(w, parse(R"({"format": "gtm-workbench-workspace",
        "formatVersion": 1, "verticals": [{"name": "Banking", "challenges": [
        {"problem": "Loans", "stakeholder": "budget_approver", "framing": "savings",
         "explainabilityNeed": 0, "technologyFirst": false, "pocMonths": 3}]}]})"),
                                  nullptr, &error),
             qPrintable(error));
    const Challenge &loans = w.verticals.at(0).challenges.at(0);
    QCOMPARE(loans.stakeholder, std::optional<CommitteeRole>(CommitteeRole::BudgetApprover));
    QCOMPARE(loans.framing, std::optional<Framing>(Framing::Savings));
    QCOMPARE(loans.explainabilityNeed, std::optional<int>(0));
    QCOMPARE(loans.technologyFirst, std::optional<bool>(false));
    QVERIFY(w.scenarios.isEmpty());
    QVERIFY(w.model == defaultScoringModel());

    QJsonObject two = WorkspaceJson::toJson(TestWorkspaces::everyField());
    two.insert(QLatin1String("formatVersion"), 2);
    two.remove(QLatin1String("scenarios"));
    Workspace fromTwo;
    QVERIFY2(WorkspaceJson::apply(fromTwo, two, nullptr, &error), qPrintable(error));
    Workspace expected = TestWorkspaces::everyField();
    expected.scenarios.clear();
    QVERIFY(fromTwo == expected);

    // Version 3 had no safeguards, quarters or asks: read as before, into an empty workspace
    // they stay empty, and a workspace that has them keeps them.
    QJsonObject three = WorkspaceJson::toJson(TestWorkspaces::everyField());
    three.insert(QLatin1String("formatVersion"), 3);
    QJsonObject plan = three.value(QLatin1String("plan")).toObject();
    plan.remove(QLatin1String("targetQuarters"));
    plan.remove(QLatin1String("asks"));
    three.insert(QLatin1String("plan"), plan);
    QJsonArray verticals = three.value(QLatin1String("verticals")).toArray();
    for (qsizetype i = 0; i < verticals.size(); ++i) {
        QJsonObject vertical = verticals.at(i).toObject();
        vertical.remove(QLatin1String("safeguards"));
        verticals[i] = vertical;
    }
    three.insert(QLatin1String("verticals"), verticals);
    Workspace fromThree;
    QVERIFY2(WorkspaceJson::apply(fromThree, three, nullptr, &error), qPrintable(error));
    expected = TestWorkspaces::everyField();
    expected.plan.targetQuarters = {};
    expected.plan.asks = {};
    for (Vertical &vertical : expected.verticals)
        vertical.safeguards.clear();
    QVERIFY(fromThree == expected);
    Workspace kept = TestWorkspaces::everyField();
    QVERIFY2(WorkspaceJson::apply(kept, three, nullptr, &error), qPrintable(error));
    QVERIFY(kept == TestWorkspaces::everyField());
}

void TestWorkspaceJson::decisionFieldsRoundTrip()
{
    // Each new field alone, set and cleared: a document naming only it changes only it.
    Workspace w = TestWorkspaces::everyField();
    QString error;
    QVERIFY2(WorkspaceJson::apply(w, parse(R"({"plan": {"asks": {"budgetUsd": null},
        "targetQuarters": {"next": "2027 Q4"}}, "verticals": [{"name": "finance",
        "safeguards": "A lawyer signs off"}]})"),
                                  nullptr, &error),
             qPrintable(error));
    Workspace expected = TestWorkspaces::everyField();
    expected.plan.asks.budgetUsd.reset();
    expected.plan.targetQuarters.next = QStringLiteral("2027 Q4");
    expected.verticals[0].safeguards = QStringLiteral("A lawyer signs off");
    QVERIFY(w == expected);
    Workspace back;
    QVERIFY2(WorkspaceJson::apply(back, WorkspaceJson::toJson(w), nullptr, &error),
             qPrintable(error));
    QCOMPARE(back.plan.asks, w.plan.asks);
    QCOMPARE(back.plan.targetQuarters, w.plan.targetQuarters);
    QCOMPARE(back.verticals.at(0).safeguards, QStringLiteral("A lawyer signs off"));
}

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "tst_workspacejson.moc"

void TestWorkspaceJson::namesAreStoredComposed()
{
    // e + U+0301 COMBINING ACUTE ACCENT in a vertical's, a scenario's and an indicator's name.
    Workspace w;
    QString error;
    QVERIFY2(WorkspaceJson::apply(
                 w,
                 parse(QByteArray(R"({"indicators": [{"id": "custom.r", "name": "Re\u0301seau"}],
        "verticals": [{"name": "  Cafe\u0301 "}],
        "scenarios": [{"name": "Ide\u0301e", "model": MODEL}]})")
                           .replace("MODEL", defaultModelJson())),
                 nullptr, &error),
             qPrintable(error));
    QCOMPARE(w.verticals.constFirst().name, QStringLiteral("Caf\u00e9"));
    QCOMPARE(w.scenarios.constFirst().name, QStringLiteral("Id\u00e9e"));
    QCOMPARE(w.customIndicators.constFirst().name, QStringLiteral("R\u00e9seau"));
    // and matched in either form and any case
    QVERIFY(WorkspaceJson::apply(
        w, parse(R"({"verticals": [{"name": "CAF\u00c9", "description": "d"}]})"), nullptr,
        &error));
    QCOMPARE(w.verticals.size(), 1);
    QCOMPARE(w.verticals.constFirst().description, QStringLiteral("d"));
}

void TestWorkspaceJson::textAtTheLimitIsKept()
{
    Workspace w;
    QString error;
    const QByteArray text(100000, 'x');
    QVERIFY2(WorkspaceJson::apply(w,
                                  parse("{\"verticals\": [{\"name\": \"" + QByteArray(200, 'n')
                                        + "\", \"description\": \"" + text + "\"}]}"),
                                  nullptr, &error),
             qPrintable(error));
    QCOMPARE(w.verticals.constFirst().description.size(), 100000);
}

void TestWorkspaceJson::duplicateKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("top level")
        << QByteArray(R"({"format": "gtm-workbench-workspace", "product": {}, "format": "x"})")
        << QStringLiteral("format: the key \"format\" is given twice in one object");
    QTest::newRow("a value") << QByteArray(
        R"({"verticals": [{"name": "A"}, {"name": "B", "values": {)"
        R"("context.ai_enthusiasm": 1, "capabilities.ai_talent": 2,)"
        R"( "context.ai_enthusiasm": 5}}]})")
                             << QStringLiteral(
                                    "verticals[1].values.context.ai_enthusiasm: the key "
                                    "\"context.ai_enthusiasm\" is given twice in one object");
    QTest::newRow("spelled with an escape")
        << QByteArray(R"({"product": {"name": "A", "pitch": "{\"name\": 1}", "na\u006de": "B"}})")
        << QStringLiteral("product.name: the key \"name\" is given twice in one object");
}

void TestWorkspaceJson::duplicateKeysAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    Workspace w = TestWorkspaces::everyField();
    QString error;
    QVERIFY(!WorkspaceFiles::importFile(w, path, nullptr, &error));
    QCOMPARE(error, expectedError);
    QVERIFY(w == TestWorkspaces::everyField());
}
