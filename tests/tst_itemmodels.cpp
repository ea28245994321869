#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "items/itemroles.h"
#include "items/modeltreemodel.h"
#include "items/recordtablemodel.h"
#include "items/verticallistmodel.h"
#include "scoring/scoreboard.h"
#include "storage/workspacefiles.h"

#include <QAbstractItemModelTester>
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
    void challengeModelFollowsItsVertical();
    void challengeCellsShowAndClearUnsetFields();
    void modelTreeMirrorsTheModel();
    void modelTreeEdits();
    void verticalListShowsScoresAndMoves();
    void scoreBoardFollowsEveryKindOfEdit();

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
                     Record::ModelNode, Record::ModelIndicator})
        QTest::newRow(qPrintable(QString::number(int(r)))) << r;
}

void TestItemModels::recordTableModelsStayConsistent()
{
    QFETCH(Record, record);
    RecordTableModel model(m_document.get(), record);
    const VerticalId finance = m_document->workspace().verticals.at(0).id;
    if (record == Record::Challenge)
        model.setVertical(finance);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), Records::count(m_document->workspace(), record, finance));
    QCOMPARE(model.columnCount(), Records::fieldCount(record));
    QString error;
    // Churn the workspace in every way the model must follow.
    if (Records::isList(record) && record != Record::ModelNode) {
        Commands::insertRecord(m_document.get(), record, record == Record::Challenge ? finance : 0,
                               0, &error);
        Commands::moveRecord(m_document.get(), record, record == Record::Challenge ? finance : 0, 0,
                             1);
        Commands::removeRecord(m_document.get(), record, record == Record::Challenge ? finance : 0,
                               1, &error);
    }
    Commands::addVertical(m_document.get(), 0);
    Commands::moveVertical(m_document.get(), 0, 3);
    Commands::renameVertical(m_document.get(), finance, QStringLiteral("Banking"), &error);
    m_document->undoStack()->setIndex(0);
    m_document->undoStack()->setIndex(m_document->undoStack()->count());
    Commands::replaceWorkspace(m_document.get(), WorkspaceFiles::sampleWorkspace(),
                               QStringLiteral("Import"));
    QCOMPARE(model.rowCount(), Records::count(m_document->workspace(), record, finance));
    // Every cell shows what the workspace holds.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const FieldRef ref {record, finance, row, column};
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

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
