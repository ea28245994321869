#include "domain/indicator.h"
#include "scoring/compiledmodel.h"

#include <QTest>

#include <limits>

using namespace Gtm;

namespace {

const QSet<QString> known {QStringLiteral("custom.a"), QStringLiteral("custom.b"),
                           QStringLiteral("custom.c")};

/** readiness ← dim (a, b); risk ← c: a valid model each test case breaks one way. */
ScoringModel validModel()
{
    ScoringModel m;
    m.nodes = {
        {QStringLiteral("readiness"), QStringLiteral("Readiness"), {}, 1, Aggregation::Arithmetic},
        {QStringLiteral("dim"), QStringLiteral("Dimension"), QStringLiteral("readiness"), 1,
         Aggregation::Geometric},
        {QStringLiteral("risk"), QStringLiteral("Risk"), {}, 1, Aggregation::Arithmetic}};
    ModelIndicator a;
    a.indicatorId = QStringLiteral("custom.a");
    a.parent = QStringLiteral("dim");
    a.goalpostLow = 0;
    a.goalpostHigh = 5;
    ModelIndicator b = a;
    b.indicatorId = QStringLiteral("custom.b");
    ModelIndicator c = a;
    c.indicatorId = QStringLiteral("custom.c");
    c.parent = QStringLiteral("risk");
    m.indicators = {a, b, c};
    return m;
}

} // namespace

class TestCompiledModel : public QObject
{
    Q_OBJECT

private slots:
    void validModelCompiles();
    void invalidModelsNameTheNodeAtFault_data();
    void invalidModelsNameTheNodeAtFault();
    void defaultModelIsValid();
    void extremeGoalpostsAreRefused_data();
    void extremeGoalpostsAreRefused();
    void depthIsLimited_data();
    void depthIsLimited();
    void nodeCountIsLimited();
    void cycleAtTheEndOfALongChain();
};

void TestCompiledModel::validModelCompiles()
{
    CompiledModel compiled;
    QStringList problems;
    QVERIFY2(CompiledModel::compile(validModel(), known,
                                    {QStringLiteral("readiness"), QStringLiteral("risk")},
                                    &compiled, &problems),
             qPrintable(problems.join(QLatin1Char(' '))));
    QCOMPARE(compiled.roots().size(), size_t(2));
    QCOMPARE(compiled.leaves().size(), size_t(3));
    QCOMPARE(compiled.columns(),
             (QStringList {QStringLiteral("custom.a"), QStringLiteral("custom.b"),
                           QStringLiteral("custom.c")}));
    // Children come before parents in the aggregation order.
    const std::vector<int> &order = compiled.bottomUp();
    for (size_t i = 0; i < order.size(); ++i) {
        const int parent = compiled.nodes()[size_t(order[i])].parent;
        if (parent >= 0)
            QVERIFY(std::find(order.begin(), order.begin() + ptrdiff_t(i), parent)
                    == order.begin() + ptrdiff_t(i));
    }
    // Sibling shares sum to 1: a and b share "dim" equally.
    QCOMPARE(compiled.nodes()[size_t(compiled.leaves()[0].node)].share, 0.5);
}

void TestCompiledModel::invalidModelsNameTheNodeAtFault_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown indicator")
        << 0 << "Indicator \"custom.nope\" is not an indicator of this workspace.";
    QTest::newRow("negative weight")
        << 1 << "Node \"dim\" has the weight -1; weights must be zero or more.";
    QTest::newRow("goalposts low = high")
        << 2
        << "Indicator \"custom.a\" has goalposts 5 to 5; the low one must be below the high one.";
    QTest::newRow("goalposts low > high")
        << 3
        << "Indicator \"custom.a\" has goalposts 5 to 1; the low one must be below the high one.";
    QTest::newRow("cycle") << 4 << QStringLiteral("The nodes \"x\" → \"y\" → \"x\" form a cycle.");
    QTest::newRow("unknown parent")
        << 5 << "Node \"dim\" has the parent \"nowhere\", which is not a node of the model.";
    QTest::newRow("duplicate node") << 6 << "Node \"dim\" is defined twice.";
    QTest::newRow("required index missing")
        << 7 << "The model needs an index \"risk\" (a node with that id and no parent).";
    QTest::newRow("indicator twice in an index")
        << 8 << "Indicator \"custom.a\" appears twice in the index \"readiness\".";
    QTest::newRow("empty dimension") << 9 << "Node \"empty\" has nothing below it.";
    QTest::newRow("all weights zero") << 10 << "The weights below node \"dim\" are all zero.";
    QTest::newRow("log of a range from zero")
        << 11 << "Indicator \"custom.a\" is log-transformed, so its goalposts must be above 0.";
    QTest::newRow("goalposts not given")
        << 12 << "Indicator \"custom.a\" is normalised with goalposts but does not give both.";
    QTest::newRow("threshold out of range") << 13 << "The risk threshold 120 is outside 0 to 100.";
    QTest::newRow("negative indicator weight")
        << 14 << "Indicator \"custom.c\" has the weight -2; weights must be zero or more.";
    QTest::newRow("node id with a space")
        << 15 << "Node id \"my dim\" is not valid; use lower-case letters, digits, '_' and '.'.";
    QTest::newRow("node id of an indicator")
        << 16 << "Node id \"custom.b\" is an indicator's id; give the node another.";
    QTest::newRow("own parent") << 17 << "Node \"dim\" is its own parent.";
}

void TestCompiledModel::invalidModelsNameTheNodeAtFault()
{
    QFETCH(int, breakage);
    QFETCH(QString, expected);
    ScoringModel m = validModel();
    switch (breakage) {
    case 0:
        m.indicators[0].indicatorId = QStringLiteral("custom.nope");
        break;
    case 1:
        m.nodes[1].weight = -1;
        break;
    case 2:
        m.indicators[0].goalpostLow = 5;
        m.indicators[0].goalpostHigh = 5;
        break;
    case 3:
        m.indicators[0].goalpostLow = 5;
        m.indicators[0].goalpostHigh = 1;
        break;
    case 4:
        m.nodes.append(
            {QStringLiteral("x"), QString(), QStringLiteral("y"), 1, Aggregation::Arithmetic});
        m.nodes.append(
            {QStringLiteral("y"), QString(), QStringLiteral("x"), 1, Aggregation::Arithmetic});
        break;
    case 5:
        m.nodes[1].parent = QStringLiteral("nowhere");
        break;
    case 6:
        m.nodes.append(m.nodes.at(1));
        break;
    case 7:
        m.nodes.removeAt(2);
        m.indicators[2].parent = QStringLiteral("dim");
        break;
    case 8:
        m.indicators.append(m.indicators.at(0));
        m.indicators.last().parent = QStringLiteral("readiness");
        break;
    case 9:
        m.nodes.append({QStringLiteral("empty"), QString(), QStringLiteral("readiness"), 1,
                        Aggregation::Arithmetic});
        break;
    case 10:
        m.indicators[0].weight = 0;
        m.indicators[1].weight = 0;
        break;
    case 11:
        m.indicators[0].logTransform = true;
        break;
    case 12:
        m.indicators[0].goalpostHigh.reset();
        break;
    case 13:
        m.riskThreshold = 120;
        break;
    case 14:
        m.indicators[2].weight = -2;
        break;
    case 15:
        m.nodes[1].id = QStringLiteral("my dim");
        m.indicators[0].parent = m.indicators[1].parent = m.nodes[1].id;
        break;
    case 16:
        m.nodes.append({QStringLiteral("custom.b"), QString(), QStringLiteral("risk"), 1,
                        Aggregation::Arithmetic});
        break;
    case 17:
        m.nodes[1].parent = QStringLiteral("dim");
        break;
    }
    CompiledModel compiled;
    QStringList problems;
    QVERIFY(!CompiledModel::compile(m, known, {QStringLiteral("readiness"), QStringLiteral("risk")},
                                    &compiled, &problems));
    QVERIFY2(problems.contains(expected), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestCompiledModel::defaultModelIsValid()
{
    QSet<QString> ids = knownIndicatorIds({});
    CompiledModel compiled;
    QStringList problems;
    QVERIFY2(CompiledModel::compile(defaultScoringModel(), ids,
                                    {QStringLiteral("readiness"), QStringLiteral("risk")},
                                    &compiled, &problems),
             qPrintable(problems.join(QLatin1Char(' '))));
    // Every Context and Capabilities field feeds readiness, every Consequences field risk.
    for (const IndicatorDefinition &d : builtInIndicators()) {
        if (d.dimension == Dimension::Market)
            continue;
        bool used = false;
        for (const CompiledModel::Leaf &leaf : compiled.leaves())
            used = used || leaf.indicatorId == d.id;
        QVERIFY2(used, qPrintable(d.id));
    }
}

QTEST_GUILESS_MAIN(TestCompiledModel)
#include "tst_compiledmodel.moc"

namespace {

/** readiness ← level2 ← … ← levelN, with custom.a under the deepest node and custom.c under
 *  risk: `levels` levels of nodes, readiness being level 1. */
ScoringModel chain(int levels)
{
    ScoringModel m;
    m.nodes.append({QStringLiteral("readiness"), {}, {}, 1, Aggregation::Arithmetic});
    m.nodes.append({QStringLiteral("risk"), {}, {}, 1, Aggregation::Arithmetic});
    QString parent = QStringLiteral("readiness");
    for (int level = 2; level <= levels; ++level) {
        const QString id = QStringLiteral("level%1").arg(level);
        m.nodes.append({id, {}, parent, 1, Aggregation::Arithmetic});
        parent = id;
    }
    ModelIndicator a;
    a.indicatorId = QStringLiteral("custom.a");
    a.parent = parent;
    a.goalpostLow = 0;
    a.goalpostHigh = 5;
    ModelIndicator c = a;
    c.indicatorId = QStringLiteral("custom.c");
    c.parent = QStringLiteral("risk");
    m.indicators = {a, c};
    return m;
}

bool compiles(const ScoringModel &m, QStringList *problems)
{
    CompiledModel compiled;
    return CompiledModel::compile(m, known, {QStringLiteral("readiness"), QStringLiteral("risk")},
                                  &compiled, problems);
}

} // namespace

void TestCompiledModel::extremeGoalpostsAreRefused_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // 1e308 - (-1e308) = 2e308 is beyond the largest double (about 1.8e308).
    QTest::newRow("whole double range") << -1e308 << 1e308;
    QTest::newRow("largest doubles")
        << -std::numeric_limits<double>::max() << std::numeric_limits<double>::max();
}

void TestCompiledModel::extremeGoalpostsAreRefused()
{
    QFETCH(double, low);
    QFETCH(double, high);
    ScoringModel m = validModel();
    m.indicators[0].goalpostLow = low;
    m.indicators[0].goalpostHigh = high;
    QStringList problems;
    QVERIFY(!compiles(m, &problems));
    QVERIFY2(
        problems.constFirst().startsWith(QLatin1String("Indicator \"custom.a\" has goalposts "))
            && problems.constFirst().endsWith(
                QLatin1String("too far apart to compute with; narrow them.")),
        qPrintable(problems.join(QLatin1Char('\n'))));
    // Half as far apart is fine: 0.5e308 - (-0.5e308) = 1e308 is a finite double.
    m.indicators[0].goalpostLow = -0.5e308;
    m.indicators[0].goalpostHigh = 0.5e308;
    QVERIFY2(compiles(m, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestCompiledModel::depthIsLimited_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("32 levels") << 32 << true;
    QTest::newRow("33 levels") << 33 << false;
    // Took 6.5 s to compile before the walk up the tree was made linear.
    QTest::newRow("1,600 levels") << 1600 << false;
    QTest::newRow("9,000 levels") << 9000 << false;
}

void TestCompiledModel::depthIsLimited()
{
    QFETCH(int, levels);
    QFETCH(bool, accepted);
    QStringList problems;
    QCOMPARE(compiles(chain(levels), &problems), accepted);
    if (!accepted)
        QCOMPARE(problems,
                 QStringList {QStringLiteral("Node \"level%1\" is nested %1 levels deep; a model "
                                             "may nest at most 32 levels, an index being the "
                                             "first.")
                                  .arg(levels)});
}

void TestCompiledModel::nodeCountIsLimited()
{
    // chain(n) has n nodes in the readiness chain, the risk index and two indicators: n + 3.
    QStringList problems;
    QVERIFY(!compiles(chain(9998), &problems)); // 10,001
    QCOMPARE(problems,
             QStringList {QStringLiteral("The model has 10001 nodes and indicators; at "
                                         "most 10000 are allowed.")});
    QVERIFY(!compiles(chain(9997), &problems)); // 10,000: only too deep
    QVERIFY2(problems.constFirst().contains(QLatin1String("levels deep")),
             qPrintable(problems.constFirst()));
}

void TestCompiledModel::cycleAtTheEndOfALongChain()
{
    // 5,000 nodes in a line whose last node's parent is the first: each node walked once.
    ScoringModel m = chain(20);
    const int length = 5000;
    for (int i = 0; i < length; ++i)
        m.nodes.append({QStringLiteral("c%1").arg(i),
                        {},
                        QStringLiteral("c%1").arg((i + 1) % length),
                        1,
                        Aggregation::Arithmetic});
    QStringList problems;
    QVERIFY(!compiles(m, &problems));
    const QStringList cycles = problems.filter(QLatin1String("form a cycle"));
    QCOMPARE(cycles.size(), 1); // reported once, not once for each of its nodes
    QVERIFY(cycles.constFirst().startsWith(QStringLiteral("The nodes \"c0\" → \"c1\" → ")));
    QVERIFY(cycles.constFirst().endsWith(QStringLiteral("\"c4999\" → \"c0\" form a cycle.")));
}
