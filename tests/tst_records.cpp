#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/indicator.h"
#include "scoring/indicatortable.h"
#include "storage/workspacefiles.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Gtm;

Q_DECLARE_METATYPE(Gtm::Record)
Q_DECLARE_METATYPE(Gtm::FieldType)

/**
 * Every kind of record through the one edit path the editors use: Commands::setField and the
 * list functions, each pushed as an undo command, undone and redone.
 */
class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void shortenTextsForPrint();
    void setFieldUndoRedo_data();
    void setFieldUndoRedo();
    void typingMergesIntoOneStep();
    void refusedEdits_data();
    void refusedEdits();
    void listRecordsInsertRemoveMove_data();
    void listRecordsInsertRemoveMove();
    void removingCustomIndicatorRestoresItsValuesOnUndo();
    void modelStructureGuards();
    void renamingNodeCarriesItsChildren();
    void duplicateAndMoveVertical();
    void newChallengeIsAllUnset();
    void unsetFieldsShowAsEmpty_data();
    void unsetFieldsShowAsEmpty();
    void customIndicatorOfAScenarioCannotBeRemoved();
    void undoStepsNameTheRecordAndField_data();
    void undoStepsNameTheRecordAndField();
    void undoStepOfAValueNamesItsVertical();

private:
    std::unique_ptr<WorkspaceDocument> m_document;
    VerticalId m_finance = 0;
};

void TestRecords::init()
{
    m_document = std::make_unique<WorkspaceDocument>();
    Workspace sample = WorkspaceFiles::sampleWorkspace();
    IndicatorDefinition nps;
    nps.id = QStringLiteral("custom.nps");
    nps.name = QStringLiteral("NPS");
    nps.minimum = -100;
    nps.maximum = 100;
    sample.customIndicators.append(nps);
    sample.verticals[0].values.insert(nps.id, {42, QString()});
    m_document->reset(sample, QString(), false);
    m_finance = m_document->workspace().verticals.at(0).id;
}

void TestRecords::setFieldUndoRedo_data()
{
    QTest::addColumn<Record>("record");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("product name") << Record::Product << 0 << int(ProductField::Name)
                                  << QVariant(QStringLiteral("ClauseLens 2"));
    QTest::newRow("product category") << Record::Product << 0 << int(ProductField::Category)
                                      << QVariant(int(AiCategory::SecurityRisk));
    QTest::newRow("modality") << Record::Product << 0 << int(ProductField::Modality)
                              << QVariant(int(Modality::Multimodal));
    QTest::newRow("target market") << Record::Plan << 0 << int(PlanField::TargetMarket)
                                   << QVariant(QStringLiteral("Law firms\nand banks"));
    QTest::newRow("pricing model") << Record::Plan << 0 << int(PlanField::PricingModel)
                                   << QVariant(int(PricingModel::OutcomeBased));
    QTest::newRow("driver strength")
        << Record::ValueDriver << 4 << int(ValueDriverField::Strength) << QVariant(1);
    QTest::newRow("driver framing") << Record::ValueDriver << 0 << int(ValueDriverField::Framing)
                                    << QVariant(int(Framing::Opportunity));
    QTest::newRow("persona role") << Record::Persona << 1 << int(PersonaField::Role)
                                  << QVariant(QStringLiteral("Deputy GC"));
    QTest::newRow("persona committee") << Record::Persona << 0 << int(PersonaField::CommitteeRole)
                                       << QVariant(int(CommitteeRole::ExecutiveSponsor));
    QTest::newRow("price") << Record::PricePoint << 0 << int(PricePointField::Price)
                           << QVariant(99.5);
    QTest::newRow("price on request")
        << Record::PricePoint << 0 << int(PricePointField::Price) << QVariant();
    QTest::newRow("marketing budget")
        << Record::MarketingItem << 2 << int(MarketingField::Budget) << QVariant(1234.0);
    QTest::newRow("channel share")
        << Record::Channel << 0 << int(ChannelField::RevenueShare) << QVariant(40.0);
    QTest::newRow("vertical name")
        << Record::Vertical << 0 << int(VerticalField::Name) << QVariant(QStringLiteral("Banking"));
    QTest::newRow("vertical winners") << Record::Vertical << 3 << int(VerticalField::Winners)
                                      << QVariant(QStringLiteral("Everyone"));
    QTest::newRow("vertical safeguards")
        << Record::Vertical << 0 << int(VerticalField::Safeguards)
        << QVariant(QStringLiteral("Board review of every model change"));
    QTest::newRow("safeguards cleared")
        << Record::Vertical << 2 << int(VerticalField::Safeguards) << QVariant(QString());
    QTest::newRow("go-first quarter") << Record::Plan << 0 << int(PlanField::GoFirstQuarter)
                                      << QVariant(QStringLiteral("2027 Q2"));
    QTest::newRow("next quarter") << Record::Plan << 0 << int(PlanField::NextQuarter)
                                  << QVariant(QStringLiteral("2028 Q1"));
    QTest::newRow("prepare quarter")
        << Record::Plan << 0 << int(PlanField::PrepareQuarter) << QVariant(QStringLiteral("later"));
    QTest::newRow("people asked for") << Record::Plan << 0 << int(PlanField::AskPeople)
                                      << QVariant(QStringLiteral("One more engineer"));
    QTest::newRow("budget beyond marketing")
        << Record::Plan << 0 << int(PlanField::AskBudget) << QVariant(1250000.5);
    QTest::newRow("budget beyond marketing unset")
        << Record::Plan << 0 << int(PlanField::AskBudget) << QVariant();
    QTest::newRow("decisions needed") << Record::Plan << 0 << int(PlanField::AskDecisions)
                                      << QVariant(QStringLiteral("Approve the EU region"));
    QTest::newRow("challenge problem") << Record::Challenge << 0 << int(ChallengeField::Problem)
                                       << QVariant(QStringLiteral("NDAs"));
    QTest::newRow("challenge technology first")
        << Record::Challenge << 1 << int(ChallengeField::TechnologyFirst) << QVariant(true);
    QTest::newRow("challenge POC")
        << Record::Challenge << 0 << int(ChallengeField::PocMonths) << QVariant(7.5);
    // Finance's first challenge: legal & compliance, opportunity, need 5, not technology first.
    QTest::newRow("challenge stakeholder")
        << Record::Challenge << 0 << int(ChallengeField::Stakeholder)
        << QVariant(int(CommitteeRole::Champion));
    QTest::newRow("challenge framing") << Record::Challenge << 0 << int(ChallengeField::Framing)
                                       << QVariant(int(Framing::Savings));
    QTest::newRow("challenge explainability")
        << Record::Challenge << 0 << int(ChallengeField::ExplainabilityNeed) << QVariant(2);
    QTest::newRow("challenge stakeholder unset")
        << Record::Challenge << 0 << int(ChallengeField::Stakeholder) << QVariant();
    QTest::newRow("challenge framing unset")
        << Record::Challenge << 0 << int(ChallengeField::Framing) << QVariant();
    QTest::newRow("challenge explainability unset")
        << Record::Challenge << 0 << int(ChallengeField::ExplainabilityNeed) << QVariant();
    QTest::newRow("challenge technology first unset")
        << Record::Challenge << 0 << int(ChallengeField::TechnologyFirst) << QVariant();
    QTest::newRow("challenge POC unset")
        << Record::Challenge << 1 << int(ChallengeField::PocMonths) << QVariant();
    QTest::newRow("custom indicator name")
        << Record::CustomIndicator << 0 << int(CustomIndicatorField::Name)
        << QVariant(QStringLiteral("Net promoter"));
    QTest::newRow("model threshold")
        << Record::ModelSettings << 0 << int(ModelSettingsField::ReadinessThreshold)
        << QVariant(62.5);
    QTest::newRow("minimum coverage")
        << Record::ModelSettings << 0 << int(ModelSettingsField::MinimumCoverage) << QVariant(82.5);
    QTest::newRow("robust share") << Record::ModelSettings << 0
                                  << int(ModelSettingsField::RobustShare) << QVariant(0.0);
    QTest::newRow("go first at most")
        << Record::ModelSettings << 0 << int(ModelSettingsField::GoFirstMax) << QVariant(1000);
    QTest::newRow("model missing policy")
        << Record::ModelSettings << 0 << int(ModelSettingsField::MissingPolicy)
        << QVariant(int(MissingPolicy::NoScore));
    QTest::newRow("node weight") << Record::ModelNode << 1 << int(ModelNodeField::Weight)
                                 << QVariant(0.6);
    QTest::newRow("node aggregation") << Record::ModelNode << 2 << int(ModelNodeField::Aggregation)
                                      << QVariant(int(Aggregation::Geometric));
    QTest::newRow("indicator polarity")
        << Record::ModelIndicator << 0 << int(ModelIndicatorField::Polarity)
        << QVariant(int(Polarity::Negative));
    QTest::newRow("indicator goalpost high")
        << Record::ModelIndicator << 0 << int(ModelIndicatorField::GoalpostHigh) << QVariant(4.0);
    QTest::newRow("indicator parent")
        << Record::ModelIndicator << 0 << int(ModelIndicatorField::Parent)
        << QVariant(QStringLiteral("readiness.capabilities"));
}

void TestRecords::setFieldUndoRedo()
{
    QFETCH(Record, record);
    QFETCH(int, row);
    QFETCH(int, field);
    QFETCH(QVariant, value);
    const FieldRef ref {record, record == Record::Challenge ? m_finance : 0, row, field};
    const QVariant before = Records::value(m_document->workspace(), ref);
    QVERIFY(before != value);
    const Workspace original = m_document->workspace();
    QSignalSpy changed(m_document.get(), &WorkspaceDocument::fieldChanged);

    QString error;
    QVERIFY2(Commands::setField(m_document.get(), ref, value, &error), qPrintable(error));
    QCOMPARE(Records::value(m_document->workspace(), ref), value);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<FieldRef>(), ref);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_document->isModified());

    m_document->undoStack()->undo();
    QCOMPARE(Records::value(m_document->workspace(), ref), before);
    QVERIFY(m_document->workspace() == original);
    QVERIFY(!m_document->isModified());
    m_document->undoStack()->redo();
    QCOMPARE(Records::value(m_document->workspace(), ref), value);
}

void TestRecords::typingMergesIntoOneStep()
{
    const FieldRef ref {Record::Product, 0, 0, ProductField::Pitch};
    QString error;
    QString text;
    for (const QChar c : QStringLiteral("Faster reviews")) {
        text += c;
        QVERIFY(Commands::setField(m_document.get(), ref, text, &error));
    }
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().product.pitch,
             WorkspaceFiles::sampleWorkspace().product.pitch);
}

void TestRecords::refusedEdits_data()
{
    QTest::addColumn<Record>("record");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("strength 6") << Record::ValueDriver << 0 << int(ValueDriverField::Strength)
                                << QVariant(6) << "Strength must be a whole number from 0 to 5.";
    QTest::newRow("strength 2.5") << Record::ValueDriver << 0 << int(ValueDriverField::Strength)
                                  << QVariant(2.5)
                                  << "Strength must be a whole number from 0 to 5.";
    QTest::newRow("driver kind") << Record::ValueDriver << 0 << int(ValueDriverField::Kind)
                                 << QVariant(3) << "Value driver cannot be changed.";
    QTest::newRow("negative price") << Record::PricePoint << 0 << int(PricePointField::Price)
                                    << QVariant(-1.0) << "Price (USD) must be 0 or more.";
    QTest::newRow("share over 100") << Record::Channel << 0 << int(ChannelField::RevenueShare)
                                    << QVariant(120.0) << "Revenue share (%) must be 0 to 100.";
    QTest::newRow("text as number")
        << Record::MarketingItem << 0 << int(MarketingField::Budget)
        << QVariant(QStringLiteral("lots")) << "Budget (USD) must be a number.";
    QTest::newRow("negative ask budget")
        << Record::Plan << 0 << int(PlanField::AskBudget) << QVariant(-1.0)
        << "Budget beyond marketing (USD) must be 0 or more.";
    QTest::newRow("ask budget as text")
        << Record::Plan << 0 << int(PlanField::AskBudget) << QVariant(QStringLiteral("a lot"))
        << "Budget beyond marketing (USD) must be a number.";
    QTest::newRow("duplicate vertical") << Record::Vertical << 0 << int(VerticalField::Name)
                                        << QVariant(QStringLiteral(" telecom "))
                                        << "There is already a vertical named \"telecom\".";
    QTest::newRow("empty vertical name") << Record::Vertical << 0 << int(VerticalField::Name)
                                         << QVariant(QString()) << "A vertical needs a name.";
    QTest::newRow("explainability 9")
        << Record::Challenge << 0 << int(ChallengeField::ExplainabilityNeed) << QVariant(9)
        << "Explainability need must be a whole number from 0 to 5.";
    QTest::newRow("POC 100 months") << Record::Challenge << 0 << int(ChallengeField::PocMonths)
                                    << QVariant(100.0) << "POC (months) must be 0 to 60.";
    QTest::newRow("unknown enum") << Record::Persona << 0 << int(PersonaField::CommitteeRole)
                                  << QVariant(42) << "Buying committee: unknown choice.";
    QTest::newRow("custom range excludes a value")
        << Record::CustomIndicator << 0 << int(CustomIndicatorField::Maximum) << QVariant(10.0)
        << "NPS of \"Finance\" is 42, outside that range.";
    QTest::newRow("threshold 101")
        << Record::ModelSettings << 0 << int(ModelSettingsField::RiskThreshold) << QVariant(101.0)
        << "Risk threshold must be 0 to 100.";
    QTest::newRow("minimum coverage 100.5")
        << Record::ModelSettings << 0 << int(ModelSettingsField::MinimumCoverage) << QVariant(100.5)
        << "Minimum coverage (%) must be 0 to 100.";
    QTest::newRow("minimum coverage as text")
        << Record::ModelSettings << 0 << int(ModelSettingsField::MinimumCoverage)
        << QVariant(QStringLiteral("most")) << "Minimum coverage (%) must be 0 to 100.";
    QTest::newRow("robust share -1")
        << Record::ModelSettings << 0 << int(ModelSettingsField::RobustShare) << QVariant(-1.0)
        << "Robust share (%) must be 0 to 100.";
    QTest::newRow("go first 0") << Record::ModelSettings << 0 << int(ModelSettingsField::GoFirstMax)
                                << QVariant(0)
                                << "Go first at most must be a whole number from 1 to 1000.";
    QTest::newRow("go first 1001")
        << Record::ModelSettings << 0 << int(ModelSettingsField::GoFirstMax) << QVariant(1001)
        << "Go first at most must be a whole number from 1 to 1000.";
    QTest::newRow("go first 2.5") << Record::ModelSettings << 0
                                  << int(ModelSettingsField::GoFirstMax) << QVariant(2.5)
                                  << "Go first at most must be a whole number from 1 to 1000.";
    QTest::newRow("go first unset")
        << Record::ModelSettings << 0 << int(ModelSettingsField::GoFirstMax) << QVariant()
        << "Go first at most must be a whole number from 1 to 1000.";
    QTest::newRow("unknown stakeholder")
        << Record::Challenge << 0 << int(ChallengeField::Stakeholder) << QVariant(42)
        << "Stakeholder: unknown choice.";
    QTest::newRow("unknown framing") << Record::Challenge << 0 << int(ChallengeField::Framing)
                                     << QVariant(2) << "Framing: unknown choice.";
    QTest::newRow("explainability 2.5")
        << Record::Challenge << 0 << int(ChallengeField::ExplainabilityNeed) << QVariant(2.5)
        << "Explainability need must be a whole number from 0 to 5.";
    QTest::newRow("explainability -1")
        << Record::Challenge << 0 << int(ChallengeField::ExplainabilityNeed) << QVariant(-1)
        << "Explainability need must be a whole number from 0 to 5.";
    QTest::newRow("negative weight")
        << Record::ModelNode << 1 << int(ModelNodeField::Weight) << QVariant(-0.5)
        << "A weight must be a number, zero or more.";
    QTest::newRow("goalposts crossed")
        << Record::ModelIndicator << 0 << int(ModelIndicatorField::GoalpostLow) << QVariant(5.0)
        << "Indicator \"context.ai_enthusiasm\" has goalposts 5 to 5; the low one must be below "
           "the high one.";
    QTest::newRow("cycle")
        << Record::ModelNode << 0 << int(ModelNodeField::Parent)
        << QVariant(QStringLiteral("readiness.context"))
        << QStringLiteral(
               "The nodes \"readiness\" → \"readiness.context\" → \"readiness\" form a cycle.");
    QTest::newRow("unknown indicator")
        << Record::ModelIndicator << 0 << int(ModelIndicatorField::Indicator)
        << QVariant(QStringLiteral("custom.nothing"))
        << "Indicator \"custom.nothing\" is not an indicator of this workspace.";
}

void TestRecords::refusedEdits()
{
    QFETCH(Record, record);
    QFETCH(int, row);
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    const Workspace before = m_document->workspace();
    QString error;
    QVERIFY(!Commands::setField(
        m_document.get(),
        FieldRef {record, record == Record::Challenge ? m_finance : 0, row, field}, value, &error));
    QCOMPARE(error, message);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(m_document->workspace() == before);
}

void TestRecords::listRecordsInsertRemoveMove_data()
{
    QTest::addColumn<Record>("record");
    QTest::newRow("personas") << Record::Persona;
    QTest::newRow("price points") << Record::PricePoint;
    QTest::newRow("marketing") << Record::MarketingItem;
    QTest::newRow("channels") << Record::Channel;
    QTest::newRow("challenges") << Record::Challenge;
    QTest::newRow("custom indicators") << Record::CustomIndicator;
    QTest::newRow("model indicators") << Record::ModelIndicator;
}

void TestRecords::listRecordsInsertRemoveMove()
{
    QFETCH(Record, record);
    const VerticalId vertical = record == Record::Challenge ? m_finance : 0;
    const Workspace original = m_document->workspace();
    const int count = Records::count(original, record, vertical);
    QSignalSpy inserted(m_document.get(), &WorkspaceDocument::recordsInserted);
    QString error;

    const int row = Commands::insertRecord(m_document.get(), record, vertical, 1, &error);
    QCOMPARE(row, 1);
    QCOMPARE(Records::count(m_document->workspace(), record, vertical), count + 1);
    QCOMPARE(inserted.count(), 1);
    const QVariant added = Records::take(m_document->workspace(), record, vertical, 1);

    QVERIFY(Commands::moveRecord(m_document.get(), record, vertical, 1, 0));
    QCOMPARE(Records::take(m_document->workspace(), record, vertical, 0), added);

    QVERIFY2(Commands::removeRecord(m_document.get(), record, vertical, 0, &error),
             qPrintable(error));
    QCOMPARE(Records::count(m_document->workspace(), record, vertical), count);

    QUndoStack *stack = m_document->undoStack();
    stack->undo(); // remove
    QCOMPARE(Records::take(m_document->workspace(), record, vertical, 0), added);
    stack->undo(); // move
    QCOMPARE(Records::take(m_document->workspace(), record, vertical, 1), added);
    stack->undo(); // insert
    QVERIFY(m_document->workspace() == original);
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(Records::count(m_document->workspace(), record, vertical), count);
}

void TestRecords::removingCustomIndicatorRestoresItsValuesOnUndo()
{
    const Workspace original = m_document->workspace();
    QString error;
    QVERIFY(Commands::removeRecord(m_document.get(), Record::CustomIndicator, 0, 0, &error));
    QVERIFY(!m_document->workspace().verticals.at(0).value(QStringLiteral("custom.nps")));
    m_document->undoStack()->undo();
    QVERIFY(m_document->workspace() == original);
    QCOMPARE(m_document->workspace().verticals.at(0).value(QStringLiteral("custom.nps")), 42.0);
}

void TestRecords::modelStructureGuards()
{
    QString error;
    // An index cannot go; a dimension with indicators cannot go either.
    QVERIFY(!Commands::removeRecord(m_document.get(), Record::ModelNode, 0, 0, &error));
    QCOMPARE(error,
             QStringLiteral(
                 "\"AI potential (readiness)\" is an index of the model and cannot be deleted."));
    QVERIFY(!Commands::removeRecord(m_document.get(), Record::ModelNode, 0, 1, &error));
    QCOMPARE(error,
             QStringLiteral("\"Context\" has indicators below it; delete or move them first."));
    // A custom indicator the model uses cannot be deleted.
    const int row = Commands::insertRecord(m_document.get(), Record::ModelIndicator, 0, -1, &error);
    QVERIFY(Commands::setField(
        m_document.get(), FieldRef {Record::ModelIndicator, 0, row, ModelIndicatorField::Indicator},
        QStringLiteral("custom.nps"), &error));
    QVERIFY(!Commands::removeRecord(m_document.get(), Record::CustomIndicator, 0, 0, &error));
    QCOMPARE(
        error,
        QStringLiteral("\"NPS\" is used by the scoring model; take it out of the model first."));
    // A new dimension may be empty while the model is being built.
    const int node = Commands::insertRecord(m_document.get(), Record::ModelNode, 0, -1, &error);
    QCOMPARE(m_document->workspace().model.nodes.at(node).id, QStringLiteral("dimension"));
    QCOMPARE(m_document->workspace().model.nodes.at(node).parent, QStringLiteral("readiness"));
}

void TestRecords::renamingNodeCarriesItsChildren()
{
    QString error;
    QVERIFY2(Commands::setField(m_document.get(),
                                FieldRef {Record::ModelNode, 0, 1, ModelNodeField::Id},
                                QStringLiteral("readiness.setting"), &error),
             qPrintable(error));
    QCOMPARE(m_document->workspace().model.indicators.at(0).parent,
             QStringLiteral("readiness.setting"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().model.indicators.at(0).parent,
             QStringLiteral("readiness.context"));
    QVERIFY(m_document->workspace().model == defaultScoringModel());
}

void TestRecords::duplicateAndMoveVertical()
{
    const Workspace original = m_document->workspace();
    const VerticalId copy = Commands::duplicateVertical(m_document.get(), m_finance);
    const Workspace &w = m_document->workspace();
    QCOMPARE(w.verticals.at(1).id, copy);
    QCOMPARE(w.verticals.at(1).name, QStringLiteral("Finance (copy)"));
    QCOMPARE(w.verticals.at(1).values, w.verticals.at(0).values);
    QCOMPARE(w.verticals.at(1).challenges, w.verticals.at(0).challenges);
    QSignalSpy moved(m_document.get(), &WorkspaceDocument::verticalMoved);
    QVERIFY(Commands::moveVertical(m_document.get(), 1, 5));
    QCOMPARE(w.verticals.at(5).id, copy);
    QCOMPARE(moved.count(), 1);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(m_document->workspace() == original);
}

void TestRecords::newChallengeIsAllUnset()
{
    const QStringList derived {QString::fromLatin1(IndicatorId::ExplainabilityNeed),
                               QString::fromLatin1(IndicatorId::TechnologyFirstShare),
                               QString::fromLatin1(IndicatorId::PocMonths),
                               QString::fromLatin1(IndicatorId::OpportunityShare),
                               QString::fromLatin1(IndicatorId::StakeholderCoverage)};
    const IndicatorTable before = IndicatorTable::fromWorkspace(m_document->workspace(), derived);
    QString error;
    const int row
        = Commands::insertRecord(m_document.get(), Record::Challenge, m_finance, -1, &error);
    QVERIFY2(row >= 0, qPrintable(error));
    const Challenge &added = m_document->workspace().verticals.at(0).challenges.at(row);
    QCOMPARE(added.problem, QStringLiteral("New challenge"));
    QCOMPARE(added.stakeholder, std::optional<CommitteeRole>());
    QCOMPARE(added.framing, std::optional<Framing>());
    QCOMPARE(added.explainabilityNeed, std::optional<int>());
    QCOMPARE(added.technologyFirst, std::optional<bool>());
    QCOMPARE(added.pocMonths, std::optional<double>());
    for (int field = ChallengeField::Stakeholder; field < ChallengeField::Count; ++field) {
        const FieldRef ref {Record::Challenge, m_finance, row, field};
        QVERIFY(!Records::value(m_document->workspace(), ref).isValid());
        QCOMPARE(Records::displayText(m_document->workspace(), ref), QString());
    }
    // Not data yet: no derived value of any vertical moves.
    const IndicatorTable after = IndicatorTable::fromWorkspace(m_document->workspace(), derived);
    QCOMPARE(after.values.size(), before.values.size());
    for (size_t i = 0; i < after.values.size(); ++i)
        QCOMPARE(after.values[i], before.values[i]);

    // Set (a 0 is a value), then cleared back to unset, and the clearing undone.
    const FieldRef need {Record::Challenge, m_finance, row, ChallengeField::ExplainabilityNeed};
    QVERIFY(Commands::setField(m_document.get(), need, 0, &error));
    QCOMPARE(m_document->workspace().verticals.at(0).challenges.at(row).explainabilityNeed,
             std::optional<int>(0));
    QCOMPARE(Records::displayText(m_document->workspace(), need), QStringLiteral("0"));
    // Another field in between, so the clearing is a step of its own rather than merged.
    QVERIFY(Commands::setField(
        m_document.get(), FieldRef {Record::Challenge, m_finance, row, ChallengeField::Problem},
        QStringLiteral("Audit trail"), &error));
    QVERIFY(Commands::setField(m_document.get(), need, QVariant(), &error));
    QCOMPARE(m_document->workspace().verticals.at(0).challenges.at(row).explainabilityNeed,
             std::optional<int>());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().verticals.at(0).challenges.at(row).explainabilityNeed,
             std::optional<int>(0));
}

void TestRecords::unsetFieldsShowAsEmpty_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QString>("shown");
    QTest::newRow("stakeholder") << int(ChallengeField::Stakeholder)
                                 << QVariant(int(CommitteeRole::ItSecurity))
                                 << FieldType::OptionalEnum << "IT / security";
    QTest::newRow("framing") << int(ChallengeField::Framing) << QVariant(int(Framing::Savings))
                             << FieldType::OptionalEnum << "Savings";
    QTest::newRow("explainability 0") << int(ChallengeField::ExplainabilityNeed) << QVariant(0)
                                      << FieldType::OptionalInteger << "0";
    QTest::newRow("technology first no") << int(ChallengeField::TechnologyFirst) << QVariant(false)
                                         << FieldType::OptionalBoolean << "No";
    QTest::newRow("technology first yes") << int(ChallengeField::TechnologyFirst) << QVariant(true)
                                          << FieldType::OptionalBoolean << "Yes";
}

void TestRecords::unsetFieldsShowAsEmpty()
{
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(FieldType, type);
    QFETCH(QString, shown);
    QCOMPARE(Records::fieldType(Record::Challenge, field), type);
    QVERIFY(isOptional(type));
    QString error;
    const int row
        = Commands::insertRecord(m_document.get(), Record::Challenge, m_finance, -1, &error);
    const FieldRef ref {Record::Challenge, m_finance, row, field};
    QCOMPARE(Records::check(m_document->workspace(), ref, QVariant()), QString());
    QCOMPARE(Records::displayText(m_document->workspace(), ref), QString());
    QVERIFY(Commands::setField(m_document.get(), ref, value, &error));
    QCOMPARE(Records::value(m_document->workspace(), ref), value);
    QCOMPARE(Records::displayText(m_document->workspace(), ref), shown);
    QVERIFY(Commands::setField(m_document.get(), ref, QVariant(), &error));
    QCOMPARE(Records::displayText(m_document->workspace(), ref), QString());
    Challenge fresh;
    fresh.problem = QStringLiteral("New challenge");
    QVERIFY(m_document->workspace().verticals.at(0).challenges.at(row) == fresh);
}

void TestRecords::customIndicatorOfAScenarioCannotBeRemoved()
{
    Workspace w = m_document->workspace();
    Scenario scenario {QStringLiteral("Churn matters"), w.model};
    ModelIndicator churn;
    churn.indicatorId = QStringLiteral("custom.nps");
    churn.parent = QStringLiteral("readiness.context");
    churn.goalpostLow = -100;
    churn.goalpostHigh = 100;
    scenario.model.indicators.append(churn);
    w.scenarios.append(scenario);
    m_document->reset(w, QString(), false);
    QString error;
    QVERIFY(!Commands::removeRecord(m_document.get(), Record::CustomIndicator, 0, 0, &error));
    QCOMPARE(error,
             QStringLiteral("\"NPS\" is used by the scenario \"Churn matters\"; take it out of "
                            "that scenario first."));
    QCOMPARE(m_document->workspace().customIndicators.size(), 1);
}

void TestRecords::shortenTextsForPrint()
{
    // Limits 10 (names) and 20 (notes): "Healthcare & Life" (17) keeps 9 characters and "…";
    // a note of 30 keeps 19, "…" and says 11 more; what fits stays; no value or id moves.
    Workspace w;
    Vertical v;
    v.name = QStringLiteral("Healthcare & Life");
    v.contextNotes = QStringLiteral("abcdefghij").repeated(3);
    v.capabilitiesNotes = QStringLiteral("short");
    v.values.insert(QStringLiteral("market.size_usd_bn"), IndicatorValue {2.5, QString()});
    const VerticalId id = w.addVertical(v);
    w.product.name = QStringLiteral("Tiny");
    QVERIFY(Records::shortenTexts(w, 10, 20) >= 2); // the default model's long names too
    const Vertical *shortened = w.vertical(id);
    QVERIFY(shortened);
    QCOMPARE(shortened->name, QStringLiteral("Healthcar") + QChar(0x2026));
    QCOMPARE(shortened->contextNotes,
             QStringLiteral("abcdefghijabcdefghi") + QChar(0x2026)
                 + QStringLiteral(" (11 more characters)"));
    QCOMPARE(shortened->capabilitiesNotes, QStringLiteral("short"));
    QCOMPARE(shortened->values.value(QStringLiteral("market.size_usd_bn")).value, 2.5);
    QCOMPARE(w.product.name, QStringLiteral("Tiny"));
}

void TestRecords::undoStepsNameTheRecordAndField_data()
{
    QTest::addColumn<int>("record");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("vertical name") << int(Record::Vertical) << 0 << int(VerticalField::Name)
                                   << QVariant(QStringLiteral("Banking"))
                                   << QStringLiteral("Change Vertical “Finance” · Name");
    QTest::newRow("challenge field, its case kept")
        << int(Record::Challenge) << 0 << int(ChallengeField::PocMonths) << QVariant(7.5)
        << QStringLiteral("Change Vertical “Finance” · Challenge 1 · POC (months)");
    QTest::newRow("product") << int(Record::Product) << 0 << int(ProductField::Pitch)
                             << QVariant(QStringLiteral("New pitch"))
                             << QStringLiteral("Change Product · Pitch");
}

void TestRecords::undoStepsNameTheRecordAndField()
{
    QFETCH(int, record);
    QFETCH(int, row);
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    const FieldRef ref {Record(record), Record(record) == Record::Challenge ? m_finance : 0, row,
                        field};
    QString error;
    QVERIFY2(Commands::setField(m_document.get(), ref, value, &error), qPrintable(error));
    QCOMPARE(m_document->undoStack()->undoText(), text);
}

void TestRecords::undoStepOfAValueNamesItsVertical()
{
    QString error;
    QVERIFY2(Commands::setIndicatorValue(m_document.get(), m_finance,
                                         QString::fromLatin1(IndicatorId::DataAvailability), 2.0,
                                         &error),
             qPrintable(error));
    QCOMPARE(m_document->undoStack()->undoText(),
             QStringLiteral("Change Data availability of “Finance”"));
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
