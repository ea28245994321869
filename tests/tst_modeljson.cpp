#include "domain/workspace.h"
#include "storage/modeljson.h"
#include "storage/sqliteworkspacestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

namespace {

/** The default model with every field changed somewhere. */
ScoringModel changedModel()
{
    ScoringModel m = defaultScoringModel();
    m.name = QStringLiteral("Board view, \"strict\"");
    m.description = QStringLiteral("Regulation doubled");
    m.missingPolicy = MissingPolicy::NoScore;
    m.readinessThreshold = 60;
    m.riskThreshold = 35.5;
    m.nodes[1].aggregation = Aggregation::Geometric;
    m.nodes[7].weight = 0.4;
    m.indicators[0].polarity = Polarity::Negative;
    m.indicators[1].normalisation = Normalisation::ZScore;
    m.indicators[1].goalpostLow.reset();
    m.indicators[1].goalpostHigh.reset();
    m.indicators[2].normalisation = Normalisation::Rank;
    m.indicators[3].goalpostLow = 0.5;
    m.indicators[3].goalpostHigh = 4.5;
    m.indicators[3].logTransform = true;
    m.recommendation.minimumCoverage = 55.5;
    m.recommendation.robustShare = 75;
    m.recommendation.goFirstMax = 1000;
    return m;
}

} // namespace

class TestModelJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void fileRoundTrip();
    void storedInTheWorkspace();
    void malformedModelsAreRefused_data();
    void malformedModelsAreRefused();
    void duplicateKeysInAFileAreRefused();
    void versionTwoWritesTheRecommendationSettings();
    void versionOneFilesKeepTheDefaultSettings();
    void recommendationSettingsAreRead_data();
    void recommendationSettingsAreRead();
};

void TestModelJson::roundTrip()
{
    const ScoringModel original = changedModel();
    ScoringModel copy;
    QString error;
    QVERIFY2(ModelJson::fromJson(ModelJson::toJson(original), &copy, &error), qPrintable(error));
    QVERIFY(copy == original);
}

void TestModelJson::fileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QString error;
    QVERIFY(ModelJson::writeFile(path, changedModel(), &error));
    ScoringModel read;
    QVERIFY2(ModelJson::readFile(path, &read, &error), qPrintable(error));
    QVERIFY(read == changedModel());
}

void TestModelJson::storedInTheWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.gtmw"));
    Workspace w;
    w.model = changedModel();
    QString error;
    QVERIFY(SqliteWorkspaceStore(path).save(w, &error));
    Workspace loaded;
    QVERIFY2(SqliteWorkspaceStore(path).load(loaded, &error), qPrintable(error));
    QVERIFY(loaded.model == changedModel());
    QVERIFY(Workspace().model == defaultScoringModel()); // a new workspace starts with the default
}

void TestModelJson::malformedModelsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no nodes") << QByteArray(R"({"indicators": []})")
                              << QStringLiteral("\"nodes\" is missing");
    QTest::newRow("other format") << QByteArray(R"({"format": "x", "nodes": [], "indicators": []})")
                                  << QStringLiteral("\"format\" is \"x\"");
    QTest::newRow("newer") << QByteArray(R"({"formatVersion": 9, "nodes": [], "indicators": []})")
                           << QStringLiteral("newer GTM Workbench (format version 9");
    QTest::newRow("unknown key") << QByteArray(
        R"({"nodes": [{"id": "r", "wieght": 1}], "indicators": []})")
                                 << QStringLiteral("nodes[0]: unknown key \"wieght\"");
    QTest::newRow("weight as text")
        << QByteArray(R"({"nodes": [{"id": "r", "weight": "high"}], "indicators": []})")
        << QStringLiteral("nodes[0].weight: expected a number or null");
    QTest::newRow("bad aggregation")
        << QByteArray(R"({"nodes": [{"id": "r", "aggregation": "median"}], "indicators": []})")
        << QStringLiteral("nodes[0].aggregation: expected one of: arithmetic, geometric");
    QTest::newRow("node without id")
        << QByteArray(R"({"nodes": [{"name": "r"}], "indicators": []})")
        << QStringLiteral("nodes[0].id: every node needs an id");
    QTest::newRow("goalposts not a pair")
        << QByteArray(R"({"nodes": [], "indicators": [{"indicator": "a", "goalposts": [1]}]})")
        << QStringLiteral("indicators[0].goalposts: expected two numbers, [low, high]");
    QTest::newRow("bad normalisation")
        << QByteArray(
               R"({"nodes": [], "indicators": [{"indicator": "a", "normalisation": "log"}]})")
        << QStringLiteral(
               "indicators[0].normalisation: expected one of: min_max, goalposts, z_score, rank");
    QTest::newRow("threshold too high")
        << QByteArray(
               R"({"thresholds": {"readiness": 150, "risk": 50}, "nodes": [], "indicators": []})")
        << QStringLiteral("thresholds.readiness: 150 is outside 0 to 100");
    QTest::newRow("minimum coverage too high")
        << QByteArray(R"({"minimumCoverage": 100.5, "nodes": [], "indicators": []})")
        << QStringLiteral("minimumCoverage: 100.5 is outside 0 to 100");
    QTest::newRow("minimum coverage negative")
        << QByteArray(R"({"minimumCoverage": -1, "nodes": [], "indicators": []})")
        << QStringLiteral("minimumCoverage: -1 is outside 0 to 100");
    QTest::newRow("minimum coverage null")
        << QByteArray(R"({"minimumCoverage": null, "nodes": [], "indicators": []})")
        << QStringLiteral("minimumCoverage: expected a number from 0 to 100");
    QTest::newRow("minimum coverage as text")
        << QByteArray(R"({"minimumCoverage": "70", "nodes": [], "indicators": []})")
        << QStringLiteral("minimumCoverage: expected a number");
    QTest::newRow("recommendation not an object")
        << QByteArray(R"({"recommendation": [60, 3], "nodes": [], "indicators": []})")
        << QStringLiteral("recommendation: expected an object");
    QTest::newRow("recommendation unknown key")
        << QByteArray(R"({"recommendation": {"goFirst": 3}, "nodes": [], "indicators": []})")
        << QStringLiteral("recommendation: unknown key \"goFirst\" (expected one of: "
                          "robustShare, goFirstMax)");
    QTest::newRow("robust share too high")
        << QByteArray(R"({"recommendation": {"robustShare": 101}, "nodes": [], "indicators": []})")
        << QStringLiteral("recommendation.robustShare: 101 is outside 0 to 100");
    QTest::newRow("robust share null")
        << QByteArray(R"({"recommendation": {"robustShare": null}, "nodes": [], "indicators": []})")
        << QStringLiteral("recommendation.robustShare: expected a number from 0 to 100");
    QTest::newRow("go first zero")
        << QByteArray(R"({"recommendation": {"goFirstMax": 0}, "nodes": [], "indicators": []})")
        << QStringLiteral("recommendation.goFirstMax: 0 is outside 1 to 1000");
    QTest::newRow("go first 1001")
        << QByteArray(R"({"recommendation": {"goFirstMax": 1001}, "nodes": [], "indicators": []})")
        << QStringLiteral("recommendation.goFirstMax: 1001 is outside 1 to 1000");
    QTest::newRow("go first not whole")
        << QByteArray(R"({"recommendation": {"goFirstMax": 2.5}, "nodes": [], "indicators": []})")
        << QStringLiteral("recommendation.goFirstMax: expected a whole number");
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"robustShare": 60, "nodes": [], "indicators": []})")
        << QStringLiteral("unknown key \"robustShare\"");
}

void TestModelJson::malformedModelsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    ScoringModel model = defaultScoringModel();
    QString error;
    QVERIFY(!ModelJson::fromJson(QJsonDocument::fromJson(json).object(), &model, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(model == defaultScoringModel());
}

void TestModelJson::duplicateKeysInAFileAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // The second "weight" would silently win: 0 would switch the dimension off.
    QByteArray json = ModelJson::toBytes(defaultScoringModel());
    const qsizetype at = json.indexOf("\"weight\"");
    QVERIFY(at > 0);
    json.insert(at, "\"weight\": 0, ");
    file.write(json);
    file.close();
    ScoringModel model;
    QString error;
    QVERIFY(!ModelJson::readFile(path, &model, &error));
    QVERIFY2(
        error.endsWith(QLatin1String(".weight: the key \"weight\" is given twice in one object")),
        qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("[0].weight: ")), qPrintable(error)); // the path
}

void TestModelJson::versionTwoWritesTheRecommendationSettings()
{
    const QJsonObject json = ModelJson::toJson(defaultScoringModel());
    QCOMPARE(json.value(QLatin1String("formatVersion")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("minimumCoverage")).toDouble(), 70.0);
    const QJsonObject recommendation = json.value(QLatin1String("recommendation")).toObject();
    QCOMPARE(recommendation.size(), 2);
    QCOMPARE(recommendation.value(QLatin1String("robustShare")).toDouble(), 60.0);
    QCOMPARE(recommendation.value(QLatin1String("goFirstMax")).toDouble(), 3.0);
    QVERIFY(recommendation.value(QLatin1String("goFirstMax")).isDouble());
}

void TestModelJson::versionOneFilesKeepTheDefaultSettings()
{
    // A version 1 file, as 0.1.0 wrote it: no recommendation settings at all.
    QJsonObject json = ModelJson::toJson(changedModel());
    json.insert(QLatin1String("formatVersion"), 1);
    json.remove(QLatin1String("minimumCoverage"));
    json.remove(QLatin1String("recommendation"));
    ScoringModel read;
    QString error;
    QVERIFY2(ModelJson::fromJson(json, &read, &error), qPrintable(error));
    QCOMPARE(read.recommendation.minimumCoverage, 70.0);
    QCOMPARE(read.recommendation.robustShare, 60.0);
    QCOMPARE(read.recommendation.goFirstMax, 3);
    ScoringModel expected = changedModel();
    expected.recommendation = RecommendationSettings();
    QVERIFY(read == expected);
}

void TestModelJson::recommendationSettingsAreRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("minimumCoverage");
    QTest::addColumn<double>("robustShare");
    QTest::addColumn<int>("goFirstMax");
    QTest::newRow("all given") << QByteArray(R"({"minimumCoverage": 0, "recommendation": )"
                                             R"({"robustShare": 100, "goFirstMax": 1}, )"
                                             R"("nodes": [], "indicators": []})")
                               << 0.0 << 100.0 << 1;
    QTest::newRow("only coverage")
        << QByteArray(R"({"minimumCoverage": 82.5, "nodes": [], "indicators": []})") << 82.5 << 60.0
        << 3;
    QTest::newRow("only go first")
        << QByteArray(R"({"recommendation": {"goFirstMax": 12}, "nodes": [], "indicators": []})")
        << 70.0 << 60.0 << 12;
    QTest::newRow("empty recommendation")
        << QByteArray(R"({"recommendation": {}, "nodes": [], "indicators": []})") << 70.0 << 60.0
        << 3;
}

void TestModelJson::recommendationSettingsAreRead()
{
    QFETCH(QByteArray, json);
    QFETCH(double, minimumCoverage);
    QFETCH(double, robustShare);
    QFETCH(int, goFirstMax);
    ScoringModel model;
    QString error;
    QVERIFY2(ModelJson::fromJson(QJsonDocument::fromJson(json).object(), &model, &error),
             qPrintable(error));
    QCOMPARE(model.recommendation.minimumCoverage, minimumCoverage);
    QCOMPARE(model.recommendation.robustShare, robustShare);
    QCOMPARE(model.recommendation.goFirstMax, goFirstMax);
}

QTEST_GUILESS_MAIN(TestModelJson)
#include "tst_modeljson.moc"
