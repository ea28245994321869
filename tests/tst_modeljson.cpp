#include "domain/workspace.h"
#include "storage/modeljson.h"
#include "storage/sqliteworkspacestore.h"

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

QTEST_GUILESS_MAIN(TestModelJson)
#include "tst_modeljson.moc"
