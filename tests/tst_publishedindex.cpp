#include "scoring/compiledmodel.h"
#include "scoring/scoringengine.h"

#include <QTest>

using namespace Gtm;

namespace {

const QString LifeExpectancy = QStringLiteral("custom.life_expectancy");
const QString ExpectedSchooling = QStringLiteral("custom.expected_schooling");
const QString MeanSchooling = QStringLiteral("custom.mean_schooling");
const QString Income = QStringLiteral("custom.gni_per_capita");

ModelIndicator goalposts(const QString &id, const QString &parent, double low, double high,
                         bool log = false)
{
    ModelIndicator i;
    i.indicatorId = id;
    i.parent = parent;
    i.normalisation = Normalisation::Goalposts;
    i.goalpostLow = low;
    i.goalpostHigh = high;
    i.logTransform = log;
    return i;
}

/**
 * The Human Development Index as UNDP's Human Development Report 2015, Technical note 1, defines
 * it: dimension indices from goalposts (life expectancy 20–85 years, expected schooling 0–18,
 * mean schooling 0–15, GNI per capita 100–75,000 2011 PPP $ on a log scale, values beyond the
 * goalposts capped), education the arithmetic mean of its two indices, the HDI the geometric mean
 * of the three dimension indices.
 */
CompiledModel hdiModel()
{
    ScoringModel model;
    model.nodes
        = {{QStringLiteral("hdi"), QStringLiteral("HDI"), {}, 1, Aggregation::Geometric},
           {QStringLiteral("health"), {}, QStringLiteral("hdi"), 1, Aggregation::Arithmetic},
           {QStringLiteral("education"), {}, QStringLiteral("hdi"), 1, Aggregation::Arithmetic},
           {QStringLiteral("income"), {}, QStringLiteral("hdi"), 1, Aggregation::Arithmetic}};
    model.indicators = {goalposts(LifeExpectancy, QStringLiteral("health"), 20, 85),
                        goalposts(ExpectedSchooling, QStringLiteral("education"), 0, 18),
                        goalposts(MeanSchooling, QStringLiteral("education"), 0, 15),
                        goalposts(Income, QStringLiteral("income"), 100, 75000, true)};
    CompiledModel compiled;
    QStringList problems;
    if (!CompiledModel::compile(model, {LifeExpectancy, ExpectedSchooling, MeanSchooling, Income},
                                {}, &compiled, &problems))
        qFatal("HDI model: %s", qPrintable(problems.join(QLatin1Char(' '))));
    return compiled;
}

double hdi(const CompiledModel &model, double le, double eys, double mys, double gni)
{
    IndicatorTable table
        = IndicatorTable::empty({LifeExpectancy, ExpectedSchooling, MeanSchooling, Income}, 1);
    table.setValue(0, 0, le);
    table.setValue(0, 1, eys);
    table.setValue(0, 2, mys);
    table.setValue(0, 3, gni);
    return ScoringEngine::score(model, table).score(0, 0) / 100.0;
}

} // namespace

/**
 * A published composite index reproduced from its inputs: the HDI 2014 of the 24 countries at the
 * top of UNDP's Human Development Report 2015, Table 1 (hdr.undp.org/en/composite/HDI, as
 * archived on 2016-05-15). The table gives the inputs rounded (one decimal, GNI to the dollar)
 * and the HDI to three decimals, so the test computes the HDI for the lowest and the highest true
 * inputs that round to the published ones (the HDI rises with every input) and requires the
 * published value to lie in that interval, widened by its own rounding of ±0.0005.
 */
class TestPublishedIndex : public QObject
{
    Q_OBJECT

private slots:
    void humanDevelopmentIndex2014_data();
    void humanDevelopmentIndex2014();
    void formulaCheckedByHand();
};

void TestPublishedIndex::humanDevelopmentIndex2014_data()
{
    QTest::addColumn<double>("published");
    QTest::addColumn<double>("lifeExpectancy");
    QTest::addColumn<double>("expectedSchooling");
    QTest::addColumn<double>("meanSchooling");
    QTest::addColumn<double>("gni");
    // HDI, life expectancy, expected years of schooling, mean years of schooling, GNI per capita
    QTest::newRow("Norway") << 0.944 << 81.6 << 17.5 << 12.6 << 64992.0;
    QTest::newRow("Australia") << 0.935 << 82.4 << 20.2 << 13.0
                               << 42261.0; // schooling capped at 18
    QTest::newRow("Switzerland") << 0.930 << 83.0 << 15.8 << 12.8 << 56431.0;
    QTest::newRow("Denmark") << 0.923 << 80.2 << 18.7 << 12.7 << 44025.0;
    QTest::newRow("Netherlands") << 0.922 << 81.6 << 17.9 << 11.9 << 45435.0;
    QTest::newRow("Germany") << 0.916 << 80.9 << 16.5 << 13.1 << 43919.0;
    QTest::newRow("Ireland") << 0.916 << 80.9 << 18.6 << 12.2 << 39568.0;
    QTest::newRow("United States") << 0.915 << 79.1 << 16.5 << 12.9 << 52947.0;
    QTest::newRow("Canada") << 0.913 << 82.0 << 15.9 << 13.0 << 42155.0;
    QTest::newRow("New Zealand") << 0.913 << 81.8 << 19.2 << 12.5 << 32689.0;
    QTest::newRow("Singapore") << 0.912 << 83.0 << 15.4 << 10.6
                               << 76628.0; // income capped at 75,000
    QTest::newRow("Hong Kong, China (SAR)") << 0.910 << 84.0 << 15.6 << 11.2 << 53959.0;
    QTest::newRow("Liechtenstein") << 0.908 << 80.0 << 15.0 << 11.8 << 79851.0;
    QTest::newRow("Sweden") << 0.907 << 82.2 << 15.8 << 12.1 << 45636.0;
    QTest::newRow("United Kingdom") << 0.907 << 80.7 << 16.2 << 13.1 << 39267.0;
    QTest::newRow("Iceland") << 0.899 << 82.6 << 19.0 << 10.6 << 35182.0;
    QTest::newRow("Korea (Republic of)") << 0.898 << 81.9 << 16.9 << 11.9 << 33890.0;
    QTest::newRow("Israel") << 0.894 << 82.4 << 16.0 << 12.5 << 30676.0;
    QTest::newRow("Luxembourg") << 0.892 << 81.7 << 13.9 << 11.7 << 58711.0;
    QTest::newRow("Japan") << 0.891 << 83.5 << 15.3 << 11.5 << 36927.0;
    QTest::newRow("Belgium") << 0.890 << 80.8 << 16.3 << 11.3 << 41187.0;
    QTest::newRow("France") << 0.888 << 82.2 << 16.0 << 11.1 << 38056.0;
    QTest::newRow("Austria") << 0.885 << 81.4 << 15.7 << 10.8 << 43869.0;
    QTest::newRow("Finland") << 0.883 << 80.8 << 17.1 << 10.3 << 38695.0;
}

void TestPublishedIndex::humanDevelopmentIndex2014()
{
    QFETCH(double, published);
    QFETCH(double, lifeExpectancy);
    QFETCH(double, expectedSchooling);
    QFETCH(double, meanSchooling);
    QFETCH(double, gni);
    const CompiledModel model = hdiModel();
    const double low = hdi(model, lifeExpectancy - 0.05, expectedSchooling - 0.05,
                           meanSchooling - 0.05, gni - 0.5);
    const double high = hdi(model, lifeExpectancy + 0.05, expectedSchooling + 0.05,
                            meanSchooling + 0.05, gni + 0.5);
    QVERIFY2(low - 0.0005 <= published && published <= high + 0.0005,
             qPrintable(QStringLiteral("published %1 outside [%2, %3]")
                            .arg(published)
                            .arg(low, 0, 'f', 5)
                            .arg(high, 0, 'f', 5)));
}

void TestPublishedIndex::formulaCheckedByHand()
{
    // Norway from the table's inputs, by the formula with a calculator:
    // health (81.6 − 20) / 65 = 0.947692; education (17.5/18 + 12.6/15) / 2 = 0.906111;
    // income (ln 64992 − ln 100) / (ln 75000 − ln 100) = 0.978365;
    // HDI = (0.947692 · 0.906111 · 0.978365)^(1/3) = 0.943590
    QVERIFY(qAbs(hdi(hdiModel(), 81.6, 17.5, 12.6, 64992) - 0.94358987) < 1e-6);
    // Singapore's income (76,628) is capped at the 75,000 goalpost: index 1.
    // HDI = (0.969231 · 0.781111 · 1)^(1/3) = 0.911409
    QVERIFY(qAbs(hdi(hdiModel(), 83.0, 15.4, 10.6, 76628) - 0.91140905) < 1e-6);
}

QTEST_GUILESS_MAIN(TestPublishedIndex)
#include "tst_publishedindex.moc"
