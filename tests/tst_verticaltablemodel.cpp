#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "items/verticaltablemodel.h"
#include "scoring/scoreboard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Gtm;

namespace {

Workspace twoVerticals()
{
    Workspace w;
    Vertical a;
    a.name = QStringLiteral("Finance");
    a.values.insert(QStringLiteral("context.ai_enthusiasm"), {4.5, QStringLiteral("Survey 2026")});
    w.addVertical(a);
    Vertical b;
    b.name = QStringLiteral("Travel");
    w.addVertical(b);
    IndicatorDefinition custom;
    custom.id = QStringLiteral("custom.nps");
    custom.name = QStringLiteral("NPS");
    w.customIndicators.append(custom);
    return w;
}

} // namespace

class TestVerticalTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shape();
    void missingValuesAreEmptyNotZero();
    void setDataPushesAnUndoCommand();
    void undoReportsTheChangedCell();
    void refusedEditsAreReported_data();
    void refusedEditsAreReported();
    void renameThroughColumnZero();
    void numbersFollowTheUserLocale();
    void typedTextIsReadInTheRegion_data();
    void typedTextIsReadInTheRegion();
    void marketSizeInMyriadsInChinese_data();
    void marketSizeInMyriadsInChinese();
    void editingWithoutChangeKeepsValueAndSource();
    void rowsFollowAddRemoveAndReset();
    void scoreColumnsShowTheScores();

private:
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<VerticalTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestVerticalTableModel::init()
{
    m_document = std::make_unique<WorkspaceDocument>();
    m_document->reset(twoVerticals(), QString(), false);
    m_model = std::make_unique<VerticalTableModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestVerticalTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
}

void TestVerticalTableModel::shape()
{
    QCOMPARE(m_model->rowCount(), 2);
    // Name, readiness, risk, quadrant, data coverage, the built-in indicators, NPS.
    QCOMPARE(m_model->columnCount(), int(builtInIndicators().size()) + 6);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Vertical"));
    QCOMPARE(m_model->headerData(VerticalTableModel::ReadinessColumn, Qt::Horizontal).toString(),
             QStringLiteral("Readiness\n(0–100)"));
    QCOMPARE(m_model->headerData(VerticalTableModel::QuadrantColumn, Qt::Horizontal).toString(),
             QStringLiteral("Quadrant"));
    QCOMPARE(m_model->headerData(VerticalTableModel::CoverageColumn, Qt::Horizontal).toString(),
             QStringLiteral("Data coverage\n(readiness / risk)"));
    // Each indicator's unit under its name.
    QCOMPARE(
        m_model->headerData(VerticalTableModel::FirstIndicatorColumn, Qt::Horizontal).toString(),
        QStringLiteral("AI enthusiasm\n(0–5 scale)"));
    // Without scores the score and coverage columns are empty.
    for (int column = VerticalTableModel::ReadinessColumn;
         column <= VerticalTableModel::CoverageColumn; ++column)
        QVERIFY(!m_model->data(m_model->index(0, column)).isValid());
    QCOMPARE(m_model
                 ->headerData(m_model->columnCount() - 1, Qt::Horizontal,
                              VerticalTableModel::IndicatorIdRole)
                 .toString(),
             QStringLiteral("custom.nps"));
    QCOMPARE(m_model->data(m_model->index(1, 0)).toString(), QStringLiteral("Travel"));
}

void TestVerticalTableModel::missingValuesAreEmptyNotZero()
{
    const int column = m_model->columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));
    QCOMPARE(m_model->data(m_model->index(0, column), Qt::EditRole).toString(),
             QStringLiteral("4.5"));
    QCOMPARE(m_model->data(m_model->index(0, column), VerticalTableModel::SortRole).toDouble(),
             4.5);
    QCOMPARE(m_model->data(m_model->index(0, column), VerticalTableModel::SourceRole).toString(),
             QStringLiteral("Survey 2026"));
    QVERIFY(m_model->data(m_model->index(0, column), Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Survey 2026")));
    QCOMPARE(m_model->data(m_model->index(1, column), Qt::EditRole).toString(), QString());
    QVERIFY(!m_model->data(m_model->index(1, column), Qt::DisplayRole).isValid());
}

void TestVerticalTableModel::setDataPushesAnUndoCommand()
{
    const int column = m_model->columnOfIndicator(QStringLiteral("capabilities.ai_talent"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(1, column), QStringLiteral("3.5")));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(
        m_document->workspace().verticals.at(1).value(QStringLiteral("capabilities.ai_talent")),
        3.5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(1, column));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(1, column));

    // An empty entry clears the value: missing again.
    QVERIFY(m_model->setData(m_model->index(1, column), QString()));
    QVERIFY(
        !m_document->workspace().verticals.at(1).value(QStringLiteral("capabilities.ai_talent")));
}

void TestVerticalTableModel::undoReportsTheChangedCell()
{
    const int column = m_model->columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));
    QVERIFY(m_model->setData(m_model->index(0, column), 2.0));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_document->undoStack()->undo();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, column));
    QCOMPARE(m_model->data(m_model->index(0, column), Qt::EditRole).toString(),
             QStringLiteral("4.5"));
}

void TestVerticalTableModel::refusedEditsAreReported_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("above scale") << "context.ai_enthusiasm" << QVariant(6.0)
                                 << "AI enthusiasm must be 0 to 5.";
    QTest::newRow("negative percent")
        << "consequences.jobs_high_risk_pct" << QVariant(QStringLiteral("-1"))
        << "Jobs at high risk of automation must be 0 to 100.";
    QTest::newRow("not a number") << "context.ai_enthusiasm" << QVariant(QStringLiteral("lots"))
                                  << "\"lots\" is not a number.";
}

void TestVerticalTableModel::refusedEditsAreReported()
{
    QFETCH(QString, indicator);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    QSignalSpy rejected(m_model.get(), &VerticalTableModel::editRejected);
    QVERIFY(!m_model->setData(m_model->index(0, m_model->columnOfIndicator(indicator)), value));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), message);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(m_document->workspace() == twoVerticals());
}

void TestVerticalTableModel::numbersFollowTheUserLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const int column = m_model->columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));
    QCOMPARE(m_model->data(m_model->index(0, column)).toString(), QStringLiteral("4,5"));
    QVERIFY(m_model->setData(m_model->index(1, column), QStringLiteral("3,5")));
    QVERIFY(m_model->setData(m_model->index(0, column), QStringLiteral("2.5"))); // C form too
    QLocale::setDefault(saved);
    QCOMPARE(m_document->workspace().verticals.at(1).value(QStringLiteral("context.ai_enthusiasm")),
             3.5);
    QCOMPARE(m_document->workspace().verticals.at(0).value(QStringLiteral("context.ai_enthusiasm")),
             2.5);
}

void TestVerticalTableModel::typedTextIsReadInTheRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("stored"); // NaN: refused
    QTest::newRow("de comma") << "de_DE"
                              << "4,5" << 4.5;
    QTest::newRow("de grouped") << "de_DE"
                                << "1.234,5" << 1234.5;
    QTest::newRow("de C form") << "de_DE"
                               << "0.5" << 0.5;
    QTest::newRow("fr space") << "fr_FR"
                              << "1 234,5" << 1234.5;
    QTest::newRow("en grouped") << "en_US"
                                << "12,000" << 12000.0;
    QTest::newRow("en comma refused") << "en_US"
                                      << "4,5" << qQNaN();
    QTest::newRow("zh comma refused") << "zh_CN"
                                      << "4,5" << qQNaN();
}

void TestVerticalTableModel::typedTextIsReadInTheRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, text);
    QFETCH(double, stored);
    const QLocale saved;
    QLocale::setDefault(QLocale(region));
    const int column = m_model->columnOfIndicator(QStringLiteral("market.size_usd_bn"));
    QSignalSpy rejected(m_model.get(), &VerticalTableModel::editRejected);
    const bool ok = m_model->setData(m_model->index(1, column), text);
    QLocale::setDefault(saved);
    const std::optional<double> value
        = m_document->workspace().verticals.at(1).value(QStringLiteral("market.size_usd_bn"));
    if (std::isnan(stored)) {
        QVERIFY(!ok);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toString(),
                 QStringLiteral("\"%1\" is not a number.").arg(text));
        QVERIFY(!value);
    } else {
        QVERIFY(ok);
        QCOMPARE(value, stored);
    }
}

void TestVerticalTableModel::marketSizeInMyriadsInChinese_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<double>("billions");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("edited"); // the editor's text, in billions
    QTest::newRow("zh 2.4 bn") << "zh_CN" << 2.4 << "24 亿美元"
                               << "2.4";
    QTest::newRow("zh 0.012 bn") << "zh_CN" << 0.012 << "1,200 万美元"
                                 << "0.012";
    QTest::newRow("zh 1,250 bn") << "zh_CN" << 1250.0 << "1.25 万亿美元"
                                 << "1,250";
    QTest::newRow("en 2.4 bn") << "en_US" << 2.4 << "2.4"
                               << "2.4";
    QTest::newRow("de 1,250 bn") << "de_DE" << 1250.0 << "1.250"
                                 << "1.250";
}

void TestVerticalTableModel::marketSizeInMyriadsInChinese()
{
    QFETCH(QString, region);
    QFETCH(double, billions);
    QFETCH(QString, shown);
    QFETCH(QString, edited);
    const int column = m_model->columnOfIndicator(QStringLiteral("market.size_usd_bn"));
    QVERIFY(m_model->setData(m_model->index(1, column), billions));
    const QLocale saved;
    QLocale::setDefault(QLocale(region));
    const QString display = m_model->index(1, column).data().toString();
    const QString edit = m_model->index(1, column).data(Qt::EditRole).toString();
    // The editor's text reads back to the same value.
    QVERIFY(m_model->setData(m_model->index(1, column), edit));
    QLocale::setDefault(saved);
    QCOMPARE(display, shown);
    QCOMPARE(edit, edited);
    QCOMPARE(m_document->workspace().verticals.at(1).value(QStringLiteral("market.size_usd_bn")),
             billions);
}

void TestVerticalTableModel::editingWithoutChangeKeepsValueAndSource()
{
    // Opening an editor and leaving it commits the edit text: it must read back exactly.
    const int column = m_model->columnOfIndicator(QStringLiteral("context.ai_enthusiasm"));
    QString error;
    const double third = 4.0 / 3.0;
    m_document->reset(twoVerticals(), QString(), false);
    Workspace w = twoVerticals();
    w.verticals[0].values.insert(QStringLiteral("context.ai_enthusiasm"),
                                 {third, QStringLiteral("Survey")});
    m_document->reset(w, QString(), false);
    const QVariant text = m_model->data(m_model->index(0, column), Qt::EditRole);
    QVERIFY(m_model->setData(m_model->index(0, column), text));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->workspace()
                 .verticals.at(0)
                 .values.value(QStringLiteral("context.ai_enthusiasm"))
                 .source,
             QStringLiteral("Survey"));
}

void TestVerticalTableModel::renameThroughColumnZero()
{
    QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("Banking")));
    QCOMPARE(m_model->data(m_model->index(0, 0)).toString(), QStringLiteral("Banking"));
    QSignalSpy rejected(m_model.get(), &VerticalTableModel::editRejected);
    QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("travel")));
    QCOMPARE(rejected.count(), 1);
}

void TestVerticalTableModel::rowsFollowAddRemoveAndReset()
{
    Commands::addVertical(m_document.get(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->data(m_model->index(1, 0)).toString(), QStringLiteral("New vertical"));
    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 2);
    Commands::removeVertical(m_document.get(), m_document->workspace().verticals.at(0).id);
    QCOMPARE(m_model->rowCount(), 1);
    Workspace bigger = twoVerticals();
    IndicatorDefinition extra;
    extra.id = QStringLiteral("custom.extra");
    extra.name = QStringLiteral("Extra");
    bigger.customIndicators.append(extra);
    Commands::replaceWorkspace(m_document.get(), bigger, QStringLiteral("Import"));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnOfIndicator(QStringLiteral("custom.extra")),
             m_model->columnCount() - 1);
}

void TestVerticalTableModel::scoreColumnsShowTheScores()
{
    // Worked by hand with the default model: every readiness indicator on a 0–5 scale with
    // goalposts 0 and 5, arithmetic means, missing values left out and the rest re-weighted.
    // All at 2.5 → every present indicator normalises to 0.5 → readiness 50.0; all at 5 → 100.0.
    // No risk value at all: no risk score, so no quadrant.
    Workspace w;
    const char *readiness[]
        = {"context.ai_enthusiasm",          "context.expectation_realism",
           "context.strategy_maturity",      "context.modality_fit",
           "capabilities.data_availability", "capabilities.data_collection_habit",
           "capabilities.digital_maturity",  "capabilities.executive_sponsorship",
           "capabilities.ai_talent"};
    for (const double value : {2.5, 5.0}) {
        Vertical v;
        v.name = value == 5.0 ? QStringLiteral("Top") : QStringLiteral("Middle");
        for (const char *id : readiness)
            v.values.insert(QString::fromLatin1(id), {value, QString()});
        w.addVertical(v);
    }
    m_document->reset(w, QString(), false);
    ScoreBoard scores(m_document.get());
    VerticalTableModel table(m_document.get(), &scores);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto cell = [&table](int row, int column, int role = Qt::DisplayRole) {
        return table.index(row, column).data(role);
    };
    QCOMPARE(cell(0, VerticalTableModel::ReadinessColumn).toString(), QStringLiteral("50.0"));
    QCOMPARE(cell(1, VerticalTableModel::ReadinessColumn).toString(), QStringLiteral("100.0"));
    QCOMPARE(cell(0, VerticalTableModel::ReadinessColumn, VerticalTableModel::SortRole).toDouble(),
             50.0);
    QVERIFY(!cell(0, VerticalTableModel::RiskColumn).isValid());
    QVERIFY(!cell(0, VerticalTableModel::RiskColumn, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!cell(0, VerticalTableModel::QuadrantColumn).isValid());
    // Computed: not editable, and an edit is refused without touching the workspace.
    const QModelIndex score = table.index(0, VerticalTableModel::ReadinessColumn);
    QVERIFY(!(table.flags(score) & Qt::ItemIsEditable));
    QVERIFY(!table.setData(score, QStringLiteral("90")));
    QCOMPARE(m_document->undoStack()->count(), 0);

    // With a risk score the quadrant follows: every Consequences indicator and the regulatory
    // burden at their maximum (at or past the goalposts) is risk 100, above the default
    // threshold of 50, with readiness 100 above its 50: proceed with safeguards.
    QString error;
    const VerticalId top = m_document->workspace().verticals.at(1).id;
    for (const IndicatorDefinition &definition : builtInIndicators()) {
        if (!definition.id.startsWith(QLatin1String("consequences."))
            && definition.id != QLatin1String("capabilities.regulatory_burden"))
            continue;
        QVERIFY2(definition.maximum, qPrintable(definition.id));
        QVERIFY2(Commands::setIndicatorValue(m_document.get(), top, definition.id,
                                             definition.maximum, &error),
                 qPrintable(error));
    }
    QCOMPARE(cell(1, VerticalTableModel::RiskColumn).toString(), QStringLiteral("100.0"));
    QCOMPARE(cell(1, VerticalTableModel::QuadrantColumn).toString(),
             QStringLiteral("Proceed with safeguards"));
}

QTEST_GUILESS_MAIN(TestVerticalTableModel)
#include "tst_verticaltablemodel.moc"
