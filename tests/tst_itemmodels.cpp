#include "provisionalvertical.h"
#include "testworkspaces.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "items/itemroles.h"
#include "items/modeltreemodel.h"
#include "items/recommendationmodel.h"
#include "items/recordtablemodel.h"
#include "items/verticallistmodel.h"
#include "items/verticaltablemodel.h"
#include "scoring/scoreboard.h"
#include "storage/workspacefiles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Gtm;

Q_DECLARE_METATYPE(Gtm::Record)

/**
 * The item models behind the editors, each under QAbstractItemModelTester while the workspace
 * is edited, undone, redone and replaced, and the data they show against the workspace.
 */
class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordTableModelsStayConsistent_data();
    void recordTableModelsStayConsistent();
    void recordTableModelEditsThroughCommands();
    void pricesAreTypedAndShownInTheRegion_data();
    void pricesAreTypedAndShownInTheRegion();
    void challengeModelFollowsItsVertical();
    void challengeCellsShowAndClearUnsetFields();
    void modelTreeMirrorsTheModel();
    void modelTreeEdits();
    void verticalListShowsScoresAndMoves();
    void verticalListMarksProvisionalVerticals();
    void verticalTableShowsCoverageAndLeavesMissingCellsEmpty();
    void scoreBoardFollowsEveryKindOfEdit();
    void recommendationWavesOfFourVerticals();
    void recommendationRunsStayWithTheirVerticals();
    void recommendationOfTheSampleWithAProvisionalVertical();
    void recommendationNotLiveCatchesUp();

private:
    std::unique_ptr<WorkspaceDocument> m_document;
};

void TestItemModels::init()
{
    m_document = std::make_unique<WorkspaceDocument>();
    m_document->reset(WorkspaceFiles::sampleWorkspace(), QString(), false);
}

void TestItemModels::recordTableModelsStayConsistent_data()
{
    QTest::addColumn<Record>("record");
    for (Record r : {Record::Product, Record::Plan, Record::ValueDriver, Record::Persona,
                     Record::PricePoint, Record::MarketingItem, Record::Channel, Record::Vertical,
                     Record::Challenge, Record::CustomIndicator, Record::ModelSettings,
                     Record::ModelNode, Record::ModelIndicator, Record::Scenario})
        QTest::newRow(qPrintable(QString::number(int(r)))) << r;
}

void TestItemModels::recordTableModelsStayConsistent()
{
    QFETCH(Record, record);
    RecordTableModel model(m_document.get(), record);
    const VerticalId finance = m_document->workspace().verticals.at(0).id;
    // Challenges belong to a vertical; everything else here to the workspace (0).
    const VerticalId owner = record == Record::Challenge ? finance : 0;
    model.setVertical(owner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), Records::count(m_document->workspace(), record, owner));
    QCOMPARE(model.columnCount(), Records::fieldCount(record));
    QString error;
    // Churn the workspace in every way the model must follow.
    if (Records::isList(record) && record != Record::ModelNode) {
        Commands::insertRecord(m_document.get(), record, owner, 0, &error);
        Commands::moveRecord(m_document.get(), record, owner, 0, 1);
        Commands::removeRecord(m_document.get(), record, owner, 1, &error);
    }
    Commands::addVertical(m_document.get(), 0);
    Commands::moveVertical(m_document.get(), 0, 3);
    Commands::renameVertical(m_document.get(), finance, QStringLiteral("Banking"), &error);
    m_document->undoStack()->setIndex(0);
    m_document->undoStack()->setIndex(m_document->undoStack()->count());
    Commands::replaceWorkspace(m_document.get(), WorkspaceFiles::sampleWorkspace(),
                               QStringLiteral("Import"));
    QCOMPARE(model.rowCount(), Records::count(m_document->workspace(), record, owner));
    // Every cell shows what the workspace holds.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const FieldRef ref {record, owner, row, column};
            QCOMPARE(model.index(row, column).data(Qt::EditRole),
                     Records::value(m_document->workspace(), ref));
            if (Records::fieldType(record, column) != FieldType::Boolean)
                QCOMPARE(model.index(row, column).data().toString(),
                         Records::displayText(m_document->workspace(), ref));
        }
    }
}

void TestItemModels::recordTableModelEditsThroughCommands()
{
    RecordTableModel personas(m_document.get(), Record::Persona);
    QAbstractItemModelTester tester(&personas,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&personas, &QAbstractItemModel::dataChanged);
    QVERIFY(
        personas.setData(personas.index(0, PersonaField::Role), QStringLiteral("Chief counsel")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), personas.index(0, PersonaField::Role));
    QCOMPARE(m_document->workspace().plan.personas.at(0).role, QStringLiteral("Chief counsel"));
    QCOMPARE(m_document->undoStack()->count(), 1);

    // Enum cells offer their choices and take the value.
    const QVariantList choices
        = personas.index(0, PersonaField::CommitteeRole).data(ItemRoles::Choices).toList();
    QCOMPARE(choices.size(), 6);
    QCOMPARE(choices.at(2).toList().at(1).toString(), QStringLiteral("Budget approver"));
    QVERIFY(personas.setData(personas.index(0, PersonaField::CommitteeRole),
                             int(CommitteeRole::ItSecurity)));
    QCOMPARE(personas.index(0, PersonaField::CommitteeRole).data().toString(),
             QStringLiteral("IT / security"));

    // Numbers from text in the user's locale; refusals are reported.
    RecordTableModel prices(m_document.get(), Record::PricePoint);
    QSignalSpy rejected(&prices, &RecordTableModel::editRejected);
    QVERIFY(prices.setData(prices.index(0, PricePointField::Price), QStringLiteral("99.5")));
    QCOMPARE(m_document->workspace().plan.pricing.pricePoints.at(0).price,
             std::optional<double>(99.5));
    QVERIFY(prices.setData(prices.index(0, PricePointField::Price), QString())); // on request
    QCOMPARE(m_document->workspace().plan.pricing.pricePoints.at(0).price, std::optional<double>());
    QVERIFY(!prices.setData(prices.index(0, PricePointField::Price), QStringLiteral("cheap")));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(),
             QStringLiteral("Price (USD): \"cheap\" is not a number."));

    // Booleans through the check state.
    RecordTableModel challenges(m_document.get(), Record::Challenge);
    challenges.setVertical(m_document->workspace().verticals.at(0).id);
    QVERIFY(challenges.flags(challenges.index(0, ChallengeField::TechnologyFirst))
            & Qt::ItemIsUserCheckable);
    QVERIFY(challenges.setData(challenges.index(0, ChallengeField::TechnologyFirst), Qt::Checked,
                               Qt::CheckStateRole));
    QCOMPARE(m_document->workspace().verticals.at(0).challenges.at(0).technologyFirst,
             std::optional<bool>(true));

    // Rows: insert, move, remove, each one undo step.
    const int before = personas.rowCount();
    QVERIFY(personas.insertRows(1, 1));
    QCOMPARE(personas.rowCount(), before + 1);
    QVERIFY(personas.moveRows({}, 1, 1, {}, 0));
    QCOMPARE(personas.index(0, PersonaField::Role).data().toString(),
             QStringLiteral("New persona"));
    QVERIFY(personas.removeRows(0, 1));
    QCOMPARE(personas.rowCount(), before);
    // The value drivers are fixed: no rows come or go.
    RecordTableModel drivers(m_document.get(), Record::ValueDriver);
    QVERIFY(!drivers.insertRows(0, 1));
    QVERIFY(!(drivers.flags(drivers.index(0, ValueDriverField::Kind)) & Qt::ItemIsEditable));
}

void TestItemModels::pricesAreTypedAndShownInTheRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("stored"); // NaN: refused
    QTest::addColumn<QString>("shown");
    QTest::newRow("de comma") << "de_DE"
                              << "4,5" << 4.5 << "4,5";
    QTest::newRow("de grouped") << "de_DE"
                                << "180.000" << 180000.0 << "180.000";
    QTest::newRow("en grouped") << "en_US"
                                << "12,500,000" << 12500000.0 << "12,500,000";
    // Round amounts as people write them: 70,000, never "7e+04" (the shortest form of 70000
    // in the 'g' format).
    QTest::newRow("en round") << "en_US"
                              << "70000" << 70000.0 << "70,000";
    QTest::newRow("en round million") << "en_US"
                                      << "1000000" << 1000000.0 << "1,000,000";
    QTest::newRow("de round") << "de_DE"
                              << "30000" << 30000.0 << "30.000";
    QTest::newRow("en comma refused") << "en_US"
                                      << "4,5" << qQNaN() << QString();
    // Under "价格（美元）": 万 = 10⁴, so 180,000 is 18 万 and 12,500,000 is 1,250 万.
    QTest::newRow("zh 18 万") << "zh_CN"
                              << "180,000" << 180000.0 << "18 万";
    QTest::newRow("zh 1,250 万") << "zh_CN"
                                 << "12500000" << 12500000.0 << "1,250 万";
    QTest::newRow("zh below 万") << "zh_CN"
                                 << "9999" << 9999.0 << "9,999";
}

void TestItemModels::pricesAreTypedAndShownInTheRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(double, stored);
    QFETCH(QString, shown);
    const QLocale saved;
    QLocale::setDefault(QLocale(region));
    RecordTableModel prices(m_document.get(), Record::PricePoint);
    QAbstractItemModelTester tester(&prices,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy rejected(&prices, &RecordTableModel::editRejected);
    const std::optional<double> before
        = m_document->workspace().plan.pricing.pricePoints.at(0).price;
    const bool ok = prices.setData(prices.index(0, PricePointField::Price), typed);
    const QString display = prices.index(0, PricePointField::Price).data().toString();
    QLocale::setDefault(saved);
    const std::optional<double> after
        = m_document->workspace().plan.pricing.pricePoints.at(0).price;
    if (std::isnan(stored)) {
        QVERIFY(!ok);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toString(),
                 QStringLiteral("Price (USD): \"%1\" is not a number.").arg(typed));
        QCOMPARE(after, before);
    } else {
        QVERIFY(ok);
        QCOMPARE(after, std::optional<double>(stored));
        QCOMPARE(display, shown);
    }
}

void TestItemModels::challengeCellsShowAndClearUnsetFields()
{
    RecordTableModel challenges(m_document.get(), Record::Challenge);
    QAbstractItemModelTester tester(&challenges,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    challenges.setVertical(m_document->workspace().verticals.at(0).id);
    QVERIFY(challenges.insertRows(challenges.rowCount(), 1));
    const int row = challenges.rowCount() - 1;
    const auto cell = [&](int field) {
        return challenges.index(row, field);
    };

    // A new row: empty cells, no check box, nothing to count.
    for (int field = ChallengeField::Stakeholder; field < ChallengeField::Count; ++field) {
        QCOMPARE(cell(field).data().toString(), QString());
        QVERIFY(!cell(field).data(Qt::EditRole).isValid());
    }
    QVERIFY(!cell(ChallengeField::TechnologyFirst).data(Qt::CheckStateRole).isValid());
    QCOMPARE(cell(ChallengeField::Stakeholder).data(ItemRoles::Type).toInt(),
             int(FieldType::OptionalEnum));
    QCOMPARE(cell(ChallengeField::Stakeholder).data(ItemRoles::Choices).toList().size(), 6);
    // The boolean: checkable once set, and editable with a choice, so it can be unset again.
    const Qt::ItemFlags flags = challenges.flags(cell(ChallengeField::TechnologyFirst));
    QVERIFY(flags & Qt::ItemIsUserCheckable);
    QVERIFY(flags & Qt::ItemIsEditable);
    const QVariantList yesNo
        = cell(ChallengeField::TechnologyFirst).data(ItemRoles::Choices).toList();
    QCOMPARE(yesNo.size(), 2);
    QCOMPARE(yesNo.at(0).toList(), QVariantList({true, QStringLiteral("Yes")}));
    QCOMPARE(yesNo.at(1).toList(), QVariantList({false, QStringLiteral("No")}));

    QVERIFY(challenges.setData(cell(ChallengeField::TechnologyFirst), false));
    QCOMPARE(cell(ChallengeField::TechnologyFirst).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(cell(ChallengeField::TechnologyFirst).data().toString(), QStringLiteral("No"));
    QVERIFY(challenges.setData(cell(ChallengeField::TechnologyFirst), QVariant()));
    QVERIFY(!cell(ChallengeField::TechnologyFirst).data(Qt::CheckStateRole).isValid());

    // A whole number from text, and empty text unsets it again.
    QVERIFY(challenges.setData(cell(ChallengeField::ExplainabilityNeed), QStringLiteral("0")));
    QCOMPARE(cell(ChallengeField::ExplainabilityNeed).data().toString(), QStringLiteral("0"));
    QVERIFY(challenges.setData(cell(ChallengeField::ExplainabilityNeed), QStringLiteral(" ")));
    QVERIFY(!cell(ChallengeField::ExplainabilityNeed).data(Qt::EditRole).isValid());

    QVERIFY(challenges.setData(cell(ChallengeField::Framing), int(Framing::Savings)));
    QCOMPARE(cell(ChallengeField::Framing).data().toString(), QStringLiteral("Savings"));
    QVERIFY(challenges.setData(cell(ChallengeField::Framing), QVariant()));
    QCOMPARE(cell(ChallengeField::Framing).data().toString(), QString());
    Challenge fresh;
    fresh.problem = QStringLiteral("New challenge");
    QVERIFY(m_document->workspace().verticals.at(0).challenges.at(row) == fresh);
}

void TestItemModels::challengeModelFollowsItsVertical()
{
    RecordTableModel challenges(m_document.get(), Record::Challenge);
    QAbstractItemModelTester tester(&challenges,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(challenges.rowCount(), 0); // no vertical yet
    const Vertical healthcare = m_document->workspace().verticals.at(4);
    challenges.setVertical(healthcare.id);
    QCOMPARE(challenges.rowCount(), healthcare.challenges.size());
    // Another vertical's challenges do not disturb this model.
    QString error;
    Commands::insertRecord(m_document.get(), Record::Challenge,
                           m_document->workspace().verticals.at(0).id, 0, &error);
    QCOMPARE(challenges.rowCount(), healthcare.challenges.size());
    Commands::removeVertical(m_document.get(), healthcare.id);
    QCOMPARE(challenges.rowCount(), 0);
    QCOMPARE(challenges.vertical(), VerticalId(0));
    m_document->undoStack()->undo();
    challenges.setVertical(healthcare.id);
    QCOMPARE(challenges.rowCount(), healthcare.challenges.size());
}

void TestItemModels::modelTreeMirrorsTheModel()
{
    ModelTreeModel tree(m_document.get());
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ScoringModel &model = m_document->workspace().model;
    QCOMPARE(tree.rowCount(), 2); // readiness and risk
    const QModelIndex readiness = tree.index(0, 0);
    QCOMPARE(readiness.data().toString(), QStringLiteral("AI potential (readiness)"));
    QCOMPARE(tree.rowCount(readiness), 3);
    const QModelIndex capabilities = tree.index(1, 0, readiness);
    QCOMPARE(capabilities.data().toString(), QStringLiteral("Capabilities"));
    QCOMPARE(tree.rowCount(capabilities), 5);
    // Data availability: weight 2 of 2+1+2+2+1 = 8 → 25 %.
    const QModelIndex data = tree.index(0, 0, capabilities);
    QCOMPARE(data.data().toString(), QStringLiteral("Data availability"));
    QCOMPARE(data.siblingAtColumn(ModelTreeModel::Share).data(Qt::EditRole).toDouble(), 25.0);
    QCOMPARE(data.siblingAtColumn(ModelTreeModel::Low).data(Qt::EditRole).toDouble(), 0.0);
    QCOMPARE(data.siblingAtColumn(ModelTreeModel::High).data(Qt::EditRole).toDouble(), 5.0);
    QCOMPARE(tree.parent(data), capabilities);
    const auto [record, row] = tree.recordOf(data);
    QCOMPARE(record, Record::ModelIndicator);
    QCOMPARE(model.indicators.at(row).indicatorId,
             QStringLiteral("capabilities.data_availability"));
    // Every indicator of the model appears once.
    int leaves = 0;
    for (int r = 0; r < tree.rowCount(); ++r)
        for (int d = 0; d < tree.rowCount(tree.index(r, 0)); ++d)
            leaves += tree.rowCount(tree.index(d, 0, tree.index(r, 0)));
    QCOMPARE(leaves, model.indicators.size());
}

void TestItemModels::modelTreeEdits()
{
    ModelTreeModel tree(m_document.get());
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy rejected(&tree, &ModelTreeModel::editRejected);
    const QModelIndex context = tree.index(0, 0, tree.index(0, 0));
    QVERIFY(tree.setData(context.siblingAtColumn(ModelTreeModel::Weight), QStringLiteral("0.7")));
    QCOMPARE(m_document->workspace().model.nodes.at(1).weight, 0.7);
    // Context 0.7 of 0.7 + 0.5 + 0.15 = 1.35.
    QVERIFY(qAbs(context.siblingAtColumn(ModelTreeModel::Share).data(Qt::EditRole).toDouble()
                 - 70.0 / 1.35)
            < 1e-9);
    QVERIFY(!tree.setData(context.siblingAtColumn(ModelTreeModel::Weight), QStringLiteral("-2")));
    QCOMPARE(rejected.count(), 1);
    // An indicator moved to another dimension: the tree is rebuilt around it.
    const QModelIndex enthusiasm = tree.index(0, 0, context);
    QVERIFY(tree.setData(enthusiasm.siblingAtColumn(ModelTreeModel::Parent),
                         QStringLiteral("readiness.capabilities")));
    QCOMPARE(tree.rowCount(tree.index(0, 0, tree.index(0, 0))), 3);
    QCOMPARE(tree.rowCount(tree.index(1, 0, tree.index(0, 0))), 6);
    // An index keeps its parent and id.
    QVERIFY(!(tree.flags(tree.index(0, ModelTreeModel::Parent)) & Qt::ItemIsEditable));
    m_document->undoStack()->setIndex(0);
    QVERIFY(m_document->workspace().model == defaultScoringModel());
}

void TestItemModels::verticalListShowsScoresAndMoves()
{
    ScoreBoard scores(m_document.get());
    VerticalListModel list(m_document.get(), &scores);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list.rowCount(), 12);
    // Finance's readiness from the CLI's table: 87.75.
    QVERIFY(qAbs(list.index(0).data(VerticalListModel::ReadinessRole).toDouble() - 87.75) < 1e-9);
    QCOMPARE(list.index(0).data(VerticalListModel::ReadinessRankRole).toInt(), 1);
    QCOMPARE(list.index(0).data(VerticalListModel::QuadrantRole).toInt(),
             int(Quadrant::ProceedWithSafeguards));
    QVERIFY(list.setData(list.index(0), QStringLiteral("Banking")));
    QCOMPARE(m_document->workspace().verticals.at(0).name, QStringLiteral("Banking"));
    QVERIFY(!list.setData(list.index(0), QStringLiteral("Telecom")));
    // Drag Finance below Technology: it lands third.
    std::unique_ptr<QMimeData> data(list.mimeData({list.index(0)}));
    list.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {});
    QCOMPARE(m_document->workspace().verticals.at(2).name, QStringLiteral("Banking"));
    QCOMPARE(list.index(2).data(VerticalListModel::PositionRole).toInt(), 2);
}

void TestItemModels::verticalListMarksProvisionalVerticals()
{
    ScoreBoard scores(m_document.get());
    VerticalListModel list(m_document.get(), &scores);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The sample's verticals have every value: none is provisional.
    for (int row = 0; row < list.rowCount(); ++row)
        QCOMPARE(list.index(row).data(ItemRoles::Provisional).toBool(), false);
    QVERIFY(!list.index(0).data(Qt::FontRole).isValid());

    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    const VerticalId gaming = TestWorkspaces::addProvisionalVertical(m_document.get());
    const QModelIndex index = list.indexOfVertical(gaming);
    QCOMPARE(index.row(), 12);
    QVERIFY(index.data(ItemRoles::Provisional).toBool());
    QVERIFY(qvariant_cast<QFont>(index.data(Qt::FontRole)).italic());
    QVERIFY(changed.last().at(2).value<QList<int>>().contains(ItemRoles::Provisional));
    // Risk rests on the regulatory burden alone: 20 % of its weight (see
    // addProvisionalVertical()); the eight missing weigh 0.1 each, so they come in model order.
    QCOMPARE(index.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Readiness 80.0 · risk 20.0 · Pursue now\n"
                            "Provisional: Risk rests on 20 % of its weight (missing Jobs at high "
                            "risk of automation, Jobs at risk of significant change, Safety & "
                            "ethics sensitivity and 5 more)."));

    // With the five Consequences values risk rests on 0.2 + 0.5 = 70 %: the minimum, so no
    // longer provisional.
    QString error;
    for (const char *indicator : {IndicatorId::JobsHighRiskPct, IndicatorId::JobsSignificantRiskPct,
                                  IndicatorId::SafetyEthicsSensitivity, IndicatorId::LabourImpact,
                                  IndicatorId::GovernanceScrutiny}) {
        QVERIFY(list.index(12).data(ItemRoles::Provisional).toBool());
        QVERIFY(Commands::setIndicatorValue(m_document.get(), gaming,
                                            QString::fromLatin1(indicator), 1, &error));
    }
    QCOMPARE(list.index(12).data(ItemRoles::Provisional).toBool(), false);
    QVERIFY(!list.index(12).data(Qt::FontRole).isValid());
    QVERIFY(
        !list.index(12).data(Qt::ToolTipRole).toString().contains(QLatin1String("Provisional")));
    m_document->undoStack()->undo();
    QVERIFY(list.index(12).data(ItemRoles::Provisional).toBool());
}

void TestItemModels::verticalTableShowsCoverageAndLeavesMissingCellsEmpty()
{
    ScoreBoard scores(m_document.get());
    VerticalTableModel table(m_document.get(), &scores);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto cell = [&table](int row, int column) {
        return table.index(row, column);
    };
    const int coverage = VerticalTableModel::CoverageColumn;
    QCOMPARE(table.headerData(coverage, Qt::Horizontal).toString(),
             QStringLiteral("Data coverage\n(readiness / risk)"));
    QCOMPARE(cell(0, coverage).data().toString(), QStringLiteral("100 % / 100 %"));
    QCOMPARE(cell(0, coverage).data(VerticalTableModel::SortRole).toDouble(), 1.0);
    QCOMPARE(cell(0, coverage).data(ItemRoles::Provisional).toBool(), false);
    QVERIFY(!(table.flags(cell(0, coverage)) & Qt::ItemIsEditable));
    QVERIFY(!table.setData(cell(0, coverage), QStringLiteral("50")));

    const VerticalId gaming = TestWorkspaces::addProvisionalVertical(m_document.get());
    const int row = table.indexOfVertical(gaming).row();
    QCOMPARE(cell(row, coverage).data().toString(), QStringLiteral("85 % / 20 % provisional"));
    QVERIFY(qAbs(cell(row, coverage).data(VerticalTableModel::SortRole).toDouble() - 0.2) < 1e-9);
    QVERIFY(cell(row, VerticalTableModel::NameColumn).data(ItemRoles::Provisional).toBool());
    QVERIFY(qvariant_cast<QFont>(cell(row, 0).data(Qt::FontRole)).italic());
    QCOMPARE(cell(row, coverage).data(Qt::ToolTipRole).toString(),
             QStringLiteral("AI potential (readiness): coverage 85 %: missing Value framed as "
                            "opportunity, Stakeholder views gathered\n"
                            "Risk: coverage 20 %: missing Jobs at high risk of automation, Jobs "
                            "at risk of significant change, Safety & ethics sensitivity and 5 "
                            "more\n"
                            "Provisional: Risk rests on 20 % of its weight (missing Jobs at high "
                            "risk of automation, Jobs at risk of significant change, Safety & "
                            "ethics sensitivity and 5 more)."));
    // Its missing values are empty cells, never "0"; those it has show as typed.
    for (const char *missing :
         {IndicatorId::JobsHighRiskPct, IndicatorId::LabourImpact, IndicatorId::MarketSizeUsdBn}) {
        const QModelIndex index = cell(row, table.columnOfIndicator(QString::fromLatin1(missing)));
        QVERIFY2(!index.data(Qt::DisplayRole).isValid(), missing);
        QCOMPARE(index.data(Qt::EditRole).toString(), QString());
        QVERIFY(!index.data(VerticalTableModel::ValueRole).isValid());
    }
    QCOMPARE(cell(row, table.columnOfIndicator(QString::fromLatin1(IndicatorId::RegulatoryBurden)))
                 .data()
                 .toString(),
             QStringLiteral("1"));
    // Clearing its last risk value leaves no risk score, and risk resting on nothing.
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), gaming,
                                        QString::fromLatin1(IndicatorId::RegulatoryBurden),
                                        std::nullopt, &error));
    QCOMPARE(cell(row, coverage).data().toString(), QStringLiteral("85 % / 0 % provisional"));
    QVERIFY(!cell(row, table.columnOfIndicator(QString::fromLatin1(IndicatorId::RegulatoryBurden)))
                 .data()
                 .isValid());
    m_document->undoStack()->setIndex(0);
    QCOMPARE(table.rowCount(), 12);
}

void TestItemModels::scoreBoardFollowsEveryKindOfEdit()
{
    ScoreBoard scores(m_document.get());
    QSignalSpy changed(&scores, &ScoreBoard::scoresChanged);
    const VerticalId finance = m_document->workspace().verticals.at(0).id;
    QVERIFY(qAbs(scores.readiness(finance) - 87.75) < 1e-9);
    QString error;
    // An indicator value: data availability 4.5 → 2.5 takes 2/5 × 0.5 × 2/8 = 5 points.
    Commands::setIndicatorValue(m_document.get(), finance,
                                QStringLiteral("capabilities.data_availability"), 2.5, &error);
    QVERIFY(qAbs(scores.readiness(finance) - 82.75) < 1e-9);
    // A challenge: Finance's 3 challenges cover 3 of the 6 roles; one more role covers 4 of 6,
    // and stakeholder coverage 50 → 66.7 % adds 16.7 % × 0.5 × 0.15 = 1.25 points.
    const int row
        = Commands::insertRecord(m_document.get(), Record::Challenge, finance, -1, &error);
    Commands::setField(m_document.get(),
                       FieldRef {Record::Challenge, finance, row, ChallengeField::Stakeholder},
                       int(CommitteeRole::ItSecurity), &error);
    QVERIFY2(qAbs(scores.readiness(finance) - 84.0) < 1e-9,
             qPrintable(QString::number(scores.readiness(finance))));
    // The model: readiness threshold 85 moves Finance out of the ready half.
    Commands::setField(
        m_document.get(),
        FieldRef {Record::ModelSettings, 0, 0, ModelSettingsField::ReadinessThreshold}, 85.0,
        &error);
    QCOMPARE(scores.quadrant(finance), std::optional<Quadrant>(Quadrant::Monitor));
    QVERIFY(changed.count() >= 4);
    // An invalid model leaves no scores and says why.
    Commands::insertRecord(m_document.get(), Record::ModelNode, 0, -1, &error);
    QVERIFY(!scores.result());
    QCOMPARE(scores.problems(),
             QStringList {QStringLiteral("Node \"dimension\" has nothing below it.")});
    QVERIFY(std::isnan(scores.readiness(finance)));
    m_document->undoStack()->undo();
    QVERIFY(scores.result());
}

namespace {

/** The names in each wave of the model, in order. */
QList<QStringList> waves(const RecommendationModel &model)
{
    QList<QStringList> result;
    for (int wave = 0; wave < RecommendationModel::WaveCount; ++wave) {
        QStringList names;
        const QModelIndex parent = model.index(wave, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            names.append(model.index(row, 0, parent).data().toString());
        result.append(names);
    }
    return result;
}

QString cell(const RecommendationModel &model, VerticalId id, int column)
{
    return model.indexOfVertical(id, column).data().toString();
}

/** Runs for the current scores, as the window makes them, handed to the model. */
void runFor(RecommendationModel &model, const ScoreBoard &scores)
{
    const RecommendationModel::RunTicket ticket = model.ticket();
    QVERIFY(model.setRuns(
        SensitivityAnalysis::run(scores.model(), scores.table(), recommendationRunSettings()),
        ticket));
}

} // namespace

void TestItemModels::recommendationWavesOfFourVerticals()
{
    // TestWorkspaces::fourVerticals(): Alpha (readiness 90, risk 10), Bravo (10, 90), Charlie
    // (60, 60), Delta (40, 40). Each is above, or below, both thresholds on both indicators of
    // an index in every normalisation a run draws (goalposts, min-max, z-score, rank over the
    // four), so no run moves any of them: Alpha pursue now, Charlie proceed with safeguards,
    // Delta prepare the customer, Bravo monitor, each in 100 % of the runs. Both go calls are
    // within the three that go first, the readier first.
    m_document->reset(TestWorkspaces::fourVerticals(), QString(), false);
    ScoreBoard scores(m_document.get());
    RecommendationModel model(m_document.get(), &scores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto id = [this](int row) {
        return m_document->workspace().verticals.at(row).id;
    };
    const VerticalId alpha = id(0), bravo = id(1), charlie = id(2), delta = id(3);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(RecommendationModel::ColumnCount));

    // No runs yet: scores, coverage and the reason are there; every vertical waits, undecided.
    QVERIFY(!model.runsAreCurrent());
    QCOMPARE(waves(model).at(int(Wave::Undecided)),
             QStringList({QStringLiteral("Alpha"), QStringLiteral("Charlie"),
                          QStringLiteral("Delta"), QStringLiteral("Bravo")}));
    QCOMPARE(model.headline(),
             QStringLiteral("No recommendation until the robustness runs are done."));
    QCOMPARE(cell(model, alpha, RecommendationModel::ReadinessColumn), QStringLiteral("90.0"));
    QCOMPARE(cell(model, alpha, RecommendationModel::RiskColumn), QStringLiteral("10.0"));
    QCOMPARE(cell(model, alpha, RecommendationModel::CoverageColumn),
             QStringLiteral("100 % / 100 %"));
    QCOMPARE(cell(model, alpha, RecommendationModel::QuadrantColumn), QStringLiteral("updating…"));
    QVERIFY(model.indexOfVertical(alpha).data(RecommendationModel::UpdatingRole).toBool());

    runFor(model, scores);
    QVERIFY(model.runsAreCurrent());
    QCOMPARE(waves(model),
             (QList<QStringList> {{QStringLiteral("Alpha"), QStringLiteral("Charlie")},
                                  {},
                                  {QStringLiteral("Delta")},
                                  {QStringLiteral("Bravo")},
                                  {}}));
    QCOMPARE(model.verticalsIn(Wave::GoFirst), (QList<VerticalId> {alpha, charlie}));
    QCOMPARE(model.headline(), QStringLiteral("Go first to Alpha and Charlie (with safeguards)."));
    QCOMPARE(model.waveIndex(Wave::GoFirst).data().toString(), QStringLiteral("Go first (2)"));
    QCOMPARE(model.waveIndex(Wave::Next).data().toString(), QStringLiteral("Next (none)"));
    // The plan's target quarter beside its wave, once set.
    Workspace planned = m_document->workspace();
    planned.plan.targetQuarters.goFirst = QStringLiteral(" 2027 Q1 ");
    m_document->reset(planned, QString(), false);
    runFor(model, scores);
    QCOMPARE(model.waveIndex(Wave::GoFirst).data().toString(),
             QStringLiteral("Go first (2) · target 2027 Q1"));
    QCOMPARE(model.waveIndex(Wave::Next).data().toString(), QStringLiteral("Next (none)"));
    QCOMPARE(cell(model, alpha, RecommendationModel::QuadrantColumn),
             QStringLiteral("Pursue now, 100 %"));
    QCOMPARE(cell(model, charlie, RecommendationModel::QuadrantColumn),
             QStringLiteral("Proceed with safeguards, 100 %"));
    QCOMPARE(cell(model, delta, RecommendationModel::QuadrantColumn),
             QStringLiteral("Prepare the customer, 100 %"));
    QCOMPARE(cell(model, bravo, RecommendationModel::QuadrantColumn),
             QStringLiteral("Monitor, 100 %"));
    QCOMPARE(model.indexOfVertical(bravo).data(RecommendationModel::QuadrantShareRole).toDouble(),
             1.0);
    QCOMPARE(model.indexOfVertical(bravo).data(RecommendationModel::WaveRole).toInt(),
             int(Wave::NotYet));
    QVERIFY(!model.indexOfVertical(alpha).data(RecommendationModel::UpdatingRole).toBool());
    QCOMPARE(cell(model, alpha, RecommendationModel::ReasonColumn),
             QStringLiteral("Pursue now in 100 % of the runs. Go first: place 1 of 2 by readiness "
                            "(90.0)."));
    // Charlie's safeguards: its only risk indicators, the larger part first (3/5 of each).
    QVERIFY(cell(model, charlie, RecommendationModel::ReasonColumn)
                .endsWith(QLatin1String("Safeguards for its highest risks: Safety & ethics "
                                        "sensitivity and Regulatory burden.")));

    // An edit: the scores follow at once, the shares are marked until runs of it arrive.
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), alpha,
                                        QString::fromLatin1(IndicatorId::AiEnthusiasm), 5, &error));
    QCOMPARE(cell(model, alpha, RecommendationModel::ReadinessColumn), QStringLiteral("100.0"));
    QVERIFY(!model.runsAreCurrent());
    QCOMPARE(cell(model, alpha, RecommendationModel::QuadrantColumn),
             QStringLiteral("Pursue now, 100 % (updating…)"));
    QVERIFY(model.indexOfVertical(alpha, RecommendationModel::QuadrantColumn)
                .data(Qt::ForegroundRole)
                .isValid());
    QCOMPARE(model.verticalsIn(Wave::GoFirst), (QList<VerticalId> {alpha, charlie}));
    runFor(model, scores);
    QVERIFY(model.runsAreCurrent());
    QCOMPARE(cell(model, alpha, RecommendationModel::QuadrantColumn),
             QStringLiteral("Pursue now, 100 %"));

    // Charlie's readiness 3 → 1 on both indicators: 20, below the threshold; the runs say
    // monitor (risk 60 stays). It moves from Go first to Not yet, readier than Bravo.
    QVERIFY(Commands::setIndicatorValue(m_document.get(), charlie,
                                        QString::fromLatin1(IndicatorId::AiEnthusiasm), 1, &error));
    QVERIFY(Commands::setIndicatorValue(
        m_document.get(), charlie, QString::fromLatin1(IndicatorId::DataAvailability), 1, &error));
    runFor(model, scores);
    QCOMPARE(waves(model),
             (QList<QStringList> {{QStringLiteral("Alpha")},
                                  {},
                                  {QStringLiteral("Delta")},
                                  {QStringLiteral("Charlie"), QStringLiteral("Bravo")},
                                  {}}));
    QCOMPARE(model.headline(), QStringLiteral("Go first to Alpha."));
    m_document->undoStack()->setIndex(0);
    runFor(model, scores);
    QCOMPARE(model.verticalsIn(Wave::GoFirst), (QList<VerticalId> {alpha, charlie}));
}

void TestItemModels::recommendationRunsStayWithTheirVerticals()
{
    m_document->reset(TestWorkspaces::fourVerticals(), QString(), false);
    ScoreBoard scores(m_document.get());
    RecommendationModel model(m_document.get(), &scores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto id = [this](const char *name) {
        const Workspace &w = m_document->workspace();
        return w.verticals.at(w.indexOfVerticalNamed(QString::fromLatin1(name))).id;
    };
    const VerticalId alpha = id("Alpha"), bravo = id("Bravo");
    // Runs started for the four, and while they run, Alpha moves to the end and Bravo goes.
    const RecommendationModel::RunTicket ticket = model.ticket();
    const SensitivityAnalysis::Result runs
        = SensitivityAnalysis::run(scores.model(), scores.table(), recommendationRunSettings());
    QString error;
    QVERIFY(Commands::moveVertical(m_document.get(), 0, 3));
    Commands::removeVertical(m_document.get(), bravo);
    // The runs arrive: each vertical gets its own share, whatever its row now.
    QVERIFY(model.setRuns(runs, ticket));
    QVERIFY(!model.runsAreCurrent());
    QCOMPARE(cell(model, alpha, RecommendationModel::QuadrantColumn),
             QStringLiteral("Pursue now, 100 % (updating…)"));
    QCOMPARE(waves(model),
             (QList<QStringList> {{QStringLiteral("Alpha"), QStringLiteral("Charlie")},
                                  {},
                                  {QStringLiteral("Delta")},
                                  {},
                                  {}}));

    // A new vertical the runs did not include: empty, so provisional, undecided without runs;
    // the others keep theirs.
    const VerticalId empty = Commands::addVertical(m_document.get());
    QCOMPARE(model.verticalsIn(Wave::Undecided), QList<VerticalId> {empty});
    QCOMPARE(model.verticalsIn(Wave::GoFirst), (QList<VerticalId> {alpha, id("Charlie")}));
    QCOMPARE(cell(model, empty, RecommendationModel::QuadrantColumn), QStringLiteral("updating…"));
    QVERIFY(model.indexOfVertical(empty).data(ItemRoles::Provisional).toBool());
    // A copy of Alpha is not provisional: a call on it needs runs, and until they come every
    // vertical waits with it rather than be shown against runs of other verticals. Alpha and
    // its copy have the highest readiness and the lowest risk values, so every run (whatever
    // the normalisation over these five) puts both in "pursue now".
    const VerticalId copy = Commands::duplicateVertical(m_document.get(), alpha);
    QCOMPARE(model.verticalsIn(Wave::GoFirst), QList<VerticalId> {});
    QCOMPARE(model.verticalsIn(Wave::Undecided).size(), 5);
    QCOMPARE(model.headline(),
             QStringLiteral("No recommendation until the robustness runs are done."));
    runFor(model, scores);
    QCOMPARE(model.verticalsIn(Wave::GoFirst), (QList<VerticalId> {alpha, copy}));
    QCOMPARE(cell(model, copy, RecommendationModel::VerticalColumn),
             QStringLiteral("Alpha (copy)"));

    // Runs of a workspace that is gone are refused: the next one may reuse the ids.
    const RecommendationModel::RunTicket old = model.ticket();
    m_document->reset(TestWorkspaces::fourVerticals(), QString(), false);
    QVERIFY(!model.setRuns(runs, old));
    QCOMPARE(model.verticalsIn(Wave::Undecided).size(), 4);
    QVERIFY(!model.runsAreCurrent());
}

void TestItemModels::recommendationOfTheSampleWithAProvisionalVertical()
{
    ScoreBoard scores(m_document.get());
    RecommendationModel model(m_document.get(), &scores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const VerticalId gaming = TestWorkspaces::addProvisionalVertical(m_document.get());
    runFor(model, scores);
    // The window's waves are the command line's and the brief's: the same computation.
    Decision decision;
    QStringList problems;
    QVERIFY(Decision::make(m_document->workspace(), m_document->workspace().model,
                           recommendationRunSettings(), &decision, &problems));
    for (Wave wave : enumValues<Wave>()) {
        QList<VerticalId> expected;
        for (int row : decision.recommendation.rowsIn(wave))
            expected.append(m_document->workspace().verticals.at(row).id);
        QCOMPARE(model.verticalsIn(wave), expected);
    }
    // Gaming is the third readiest (80) and pursue now at the baseline, but provisional: it is
    // undecided, and says why.
    QVERIFY(model.verticalsIn(Wave::Undecided).contains(gaming));
    QVERIFY(!model.verticalsIn(Wave::GoFirst).contains(gaming));
    const QModelIndex index = model.indexOfVertical(gaming);
    QVERIFY(index.data(ItemRoles::Provisional).toBool());
    QCOMPARE(cell(model, gaming, RecommendationModel::CoverageColumn),
             QStringLiteral("85 % / 20 % provisional"));
    QVERIFY(cell(model, gaming, RecommendationModel::ReasonColumn)
                .startsWith(QLatin1String("Provisional: Risk rests on 20 % of its weight")));
    QCOMPARE(model.headline(),
             QStringLiteral("Go first to Finance (with safeguards), Technology and Telecom."));
    // Its five Consequences values filled in: risk rests on 0.2 + 0.5 = 70 %, the minimum, so
    // no longer provisional, and as ready as it is, it goes first once the runs say so.
    QString error;
    for (const char *indicator : {IndicatorId::JobsHighRiskPct, IndicatorId::JobsSignificantRiskPct,
                                  IndicatorId::SafetyEthicsSensitivity, IndicatorId::LabourImpact,
                                  IndicatorId::GovernanceScrutiny})
        QVERIFY(Commands::setIndicatorValue(m_document.get(), gaming,
                                            QString::fromLatin1(indicator), 1, &error));
    QVERIFY(!model.indexOfVertical(gaming).data(ItemRoles::Provisional).toBool());
    runFor(model, scores);
    QVERIFY(model.verticalsIn(Wave::GoFirst).contains(gaming));
}

void TestItemModels::recommendationNotLiveCatchesUp()
{
    m_document->reset(TestWorkspaces::fourVerticals(), QString(), false);
    ScoreBoard scores(m_document.get());
    RecommendationModel model(m_document.get(), &scores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runFor(model, scores);
    const VerticalId alpha = m_document->workspace().verticals.at(0).id;
    // Not live (its view hidden): edits and runs are noted, not shown, and nothing is signalled.
    model.setLive(false);
    QSignalSpy changed(&model, &RecommendationModel::recommendationChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY(Commands::setIndicatorValue(m_document.get(), alpha,
                                        QString::fromLatin1(IndicatorId::AiEnthusiasm), 0, &error));
    QCOMPARE(cell(model, alpha, RecommendationModel::ReadinessColumn), QStringLiteral("90.0"));
    QVERIFY(!model.runsAreCurrent());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(data.count(), 0);
    // A vertical removed meanwhile stays in what it shows until then.
    const Vertical bravo = m_document->workspace().verticals.at(1);
    Commands::removeVertical(m_document.get(), bravo.id);
    QCOMPARE(model.rowCount(model.waveIndex(Wave::NotYet)), 1); // not yet caught up
    // Live again: readiness (0 + 100) / 2 = 50, the waves without Bravo.
    model.setLive(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, alpha, RecommendationModel::ReadinessColumn), QStringLiteral("50.0"));
    QVERIFY(!model.indexOfVertical(bravo.id).isValid());
    QCOMPARE(model.rowCount(model.waveIndex(Wave::NotYet)), 0);
    // A replaced workspace is followed even when not live: no row of the last one stays.
    model.setLive(false);
    m_document->reset(Workspace(), QString(), false);
    QCOMPARE(model.rowCount(model.waveIndex(Wave::Undecided)), 0);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
