#include "document/records.h"
#include "document/workspacemerge.h"
#include "domain/indicator.h"

#include <QTest>

using namespace Gtm;
using Side = WorkspaceMerge::Side;

/**
 * Three-way merge of two people's edits to one workspace, case by case, each worked out by hand:
 * what merges silently, what is a conflict, and that a conflict never loses either version.
 */
class TestWorkspaceMerge : public QObject
{
    Q_OBJECT

private slots:
    void fieldEdits_data();
    void fieldEdits();
    void resolutionTakesMyVersion();
    void conflictShowsBothVersions();
    void deletedHereChangedThere();
    void deletedHereUnchangedThere();
    void verticalsAddedOnBothSidesAreKept();
    void listsGrowingOnOneSideMerge();
    void listsGrowingOnBothSidesConflict();
    void myOrderSurvivesTheirFieldEdit();
    void scenarioSettingsMerge();
    void changesListsWhatDiffers();
    void mergedNamesMustStayUnique();

private:
    static Workspace base();
};

Workspace TestWorkspaceMerge::base()
{
    Workspace w;
    w.product.name = QStringLiteral("Acme Assist");
    Vertical banking;
    banking.id = 1;
    banking.name = QStringLiteral("Banking");
    banking.values.insert(QLatin1String(IndicatorId::DataAvailability), {3, QString()});
    Vertical retail;
    retail.id = 2;
    retail.name = QStringLiteral("Retail");
    w.verticals = {banking, retail};
    BuyerPersona cfo;
    cfo.role = QStringLiteral("CFO");
    w.plan.personas = {cfo};
    Scenario cautious;
    cautious.name = QStringLiteral("Cautious");
    cautious.model = w.model;
    w.scenarios = {cautious};
    w.identifyScenarios();
    return w;
}

void TestWorkspaceMerge::fieldEdits_data()
{
    QTest::addColumn<FieldRef>("mineRef");
    QTest::addColumn<QVariant>("mineValue");
    QTest::addColumn<FieldRef>("theirsRef");
    QTest::addColumn<QVariant>("theirsValue");
    QTest::addColumn<bool>("conflict");

    const FieldRef productName {Record::Product, 0, 0, ProductField::Name};
    const FieldRef pitch {Record::Product, 0, 0, ProductField::Pitch};
    const FieldRef bankingDescription {Record::Vertical, 0, 0, VerticalField::Description};
    const FieldRef bankingName {Record::Vertical, 0, 0, VerticalField::Name};
    const FieldRef retailDescription {Record::Vertical, 0, 1, VerticalField::Description};
    const FieldRef personaGoals {Record::Persona, 0, 0, PersonaField::Goals};
    const FieldRef personaRole {Record::Persona, 0, 0, PersonaField::Role};
    const FieldRef threshold {Record::ModelSettings, 0, 0, ModelSettingsField::ReadinessThreshold};
    const FieldRef riskThreshold {Record::ModelSettings, 0, 0, ModelSettingsField::RiskThreshold};

    QTest::newRow("different verticals")
        << bankingDescription << QVariant(QStringLiteral("Regulated")) << retailDescription
        << QVariant(QStringLiteral("Seasonal")) << false;
    QTest::newRow("one vertical, different fields")
        << bankingName << QVariant(QStringLiteral("Banking & insurance")) << bankingDescription
        << QVariant(QStringLiteral("Regulated")) << false;
    QTest::newRow("one product, different fields")
        << productName << QVariant(QStringLiteral("Acme Copilot")) << pitch
        << QVariant(QStringLiteral("Answers in seconds")) << false;
    QTest::newRow("one persona, different fields")
        << personaGoals << QVariant(QStringLiteral("Lower cost")) << personaRole
        << QVariant(QStringLiteral("Chief financial officer")) << false;
    QTest::newRow("model settings, different fields")
        << threshold << QVariant(60.0) << riskThreshold << QVariant(40.0) << false;
    QTest::newRow("same field, same new value")
        << bankingDescription << QVariant(QStringLiteral("Regulated")) << bankingDescription
        << QVariant(QStringLiteral("Regulated")) << false;
    QTest::newRow("same field, different values")
        << bankingDescription << QVariant(QStringLiteral("Regulated")) << bankingDescription
        << QVariant(QStringLiteral("Heavily regulated")) << true;
    QTest::newRow("same setting, different values")
        << threshold << QVariant(60.0) << threshold << QVariant(55.0) << true;
}

void TestWorkspaceMerge::fieldEdits()
{
    QFETCH(FieldRef, mineRef);
    QFETCH(QVariant, mineValue);
    QFETCH(FieldRef, theirsRef);
    QFETCH(QVariant, theirsValue);
    QFETCH(bool, conflict);

    const Workspace b = base();
    Workspace mine = b;
    Workspace theirs = b;
    Records::setValue(mine, mineRef, mineValue);
    Records::setValue(theirs, theirsRef, theirsValue);

    const WorkspaceMerge::Result result = WorkspaceMerge::merge(b, mine, theirs);
    QCOMPARE(result.conflicts.size(), conflict ? 1 : 0);
    // Theirs is always kept; ours too unless it is the conflicting field.
    QCOMPARE(Records::value(result.merged, theirsRef), theirsValue);
    if (!conflict)
        QCOMPARE(Records::value(result.merged, mineRef), mineValue);
    QCOMPARE(result.ours.isEmpty(), conflict || mineValue == theirsValue);
    QCOMPARE(result.colleagues.size(), 1);
    QVERIFY(result.problems.isEmpty());
}

void TestWorkspaceMerge::resolutionTakesMyVersion()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    mine.verticals[0].values[QLatin1String(IndicatorId::DataAvailability)].value = 4;
    theirs.verticals[0].values[QLatin1String(IndicatorId::DataAvailability)].value = 2;

    const auto first = WorkspaceMerge::merge(b, mine, theirs);
    QCOMPARE(first.conflicts.size(), 1);
    const QString key = first.conflicts.first().key;
    QCOMPARE(key, QStringLiteral("vertical/1/value/capabilities.data_availability"));
    QCOMPARE(*first.merged.verticals[0].value(QLatin1String(IndicatorId::DataAvailability)), 2.0);

    const auto mineWins = WorkspaceMerge::merge(b, mine, theirs, {{key, Side::Mine}});
    QVERIFY(mineWins.conflicts.isEmpty());
    QCOMPARE(*mineWins.merged.verticals[0].value(QLatin1String(IndicatorId::DataAvailability)),
             4.0);
    QCOMPARE(mineWins.ours.size(), 1);

    const auto theirsWin = WorkspaceMerge::merge(b, mine, theirs, {{key, Side::Theirs}});
    QVERIFY(theirsWin.conflicts.isEmpty());
    QCOMPARE(theirsWin.merged, theirs);
    QVERIFY(theirsWin.ours.isEmpty());
}

void TestWorkspaceMerge::conflictShowsBothVersions()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    mine.verticals[1].description = QStringLiteral("Stores and e-commerce");
    theirs.verticals[1].description = QStringLiteral("Grocery chains");
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QCOMPARE(result.conflicts.size(), 1);
    const MergeConflict &c = result.conflicts.first();
    QCOMPARE(c.key, QStringLiteral("vertical/2/field/%1").arg(VerticalField::Description));
    QVERIFY2(c.where.contains(QStringLiteral("Retail")), qPrintable(c.where));
    QCOMPARE(c.mine, QStringLiteral("Stores and e-commerce"));
    QCOMPARE(c.theirs, QStringLiteral("Grocery chains"));
    QCOMPARE(c.base, QStringLiteral("(empty)"));
}

void TestWorkspaceMerge::deletedHereChangedThere()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    mine.verticals.removeAt(1);
    theirs.verticals[1].description = QStringLiteral("Grocery chains");
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QCOMPARE(result.conflicts.size(), 1);
    QCOMPARE(result.conflicts.first().key, QStringLiteral("vertical/2"));
    QCOMPARE(result.conflicts.first().mine, QStringLiteral("(deleted)"));
    // Until the user decides, the colleague's vertical stays.
    QCOMPARE(result.merged.verticals.size(), 2);

    const auto deleted
        = WorkspaceMerge::merge(b, mine, theirs, {{QStringLiteral("vertical/2"), Side::Mine}});
    QCOMPARE(deleted.merged.verticals.size(), 1);
    QCOMPARE(deleted.merged.verticals.first().name, QStringLiteral("Banking"));
}

void TestWorkspaceMerge::deletedHereUnchangedThere()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    mine.verticals.removeAt(1);
    theirs.product.pitch = QStringLiteral("Answers in seconds");
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.merged.verticals.size(), 1);
    QCOMPARE(result.merged.product.pitch, QStringLiteral("Answers in seconds"));
}

void TestWorkspaceMerge::verticalsAddedOnBothSidesAreKept()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    Vertical energy;
    energy.name = QStringLiteral("Energy");
    Vertical health;
    health.name = QStringLiteral("Healthcare");
    // Both sides give the next free id, 3, to their new vertical.
    QCOMPARE(mine.addVertical(energy), 3);
    QCOMPARE(theirs.addVertical(health), 3);
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.merged.verticals.size(), 4);
    QCOMPARE(result.merged.verticals.at(2).name, QStringLiteral("Healthcare"));
    QCOMPARE(result.merged.verticals.at(2).id, 3);
    QCOMPARE(result.merged.verticals.at(3).name, QStringLiteral("Energy"));
    QCOMPARE(result.merged.verticals.at(3).id, 4);
    QVERIFY(result.structureChanged);
}

void TestWorkspaceMerge::listsGrowingOnOneSideMerge()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    BuyerPersona cio;
    cio.role = QStringLiteral("CIO");
    mine.plan.personas << cio;
    theirs.product.pitch = QStringLiteral("Answers in seconds");
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.merged.plan.personas.size(), 2);
    QCOMPARE(result.merged.plan.personas.at(1).role, QStringLiteral("CIO"));
    QCOMPARE(result.merged.product.pitch, QStringLiteral("Answers in seconds"));

    // A colleague edited a row of the list we added to: taking our list whole would undo their
    // edit without a word, so it is a conflict.
    theirs.plan.personas[0].goals = QStringLiteral("Lower cost");
    const auto edited = WorkspaceMerge::merge(b, mine, theirs);
    QCOMPARE(edited.conflicts.size(), 1);
    QCOMPARE(edited.merged.plan.personas, theirs.plan.personas);
}

void TestWorkspaceMerge::listsGrowingOnBothSidesConflict()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    BuyerPersona cio, ciso;
    cio.role = QStringLiteral("CIO");
    ciso.role = QStringLiteral("CISO");
    mine.plan.personas << cio;
    theirs.plan.personas << ciso;
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QCOMPARE(result.conflicts.size(), 1);
    QCOMPARE(result.conflicts.first().mine, QStringLiteral("CFO; CIO"));
    QCOMPARE(result.conflicts.first().theirs, QStringLiteral("CFO; CISO"));
    QCOMPARE(result.merged.plan.personas, theirs.plan.personas);
}

void TestWorkspaceMerge::myOrderSurvivesTheirFieldEdit()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    mine.verticals.move(1, 0);
    theirs.verticals[0].description = QStringLiteral("Regulated");
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.merged.verticals.at(0).name, QStringLiteral("Retail"));
    QCOMPARE(result.merged.verticals.at(1).name, QStringLiteral("Banking"));
    QCOMPARE(result.merged.verticals.at(1).description, QStringLiteral("Regulated"));
    // Moving verticals is a change of ours to write, like a field's.
    QCOMPARE(result.ours.size(), 1);
    QCOMPARE(result.ours.first().key, QStringLiteral("order/verticals"));
    QCOMPARE(result.ours.first().before, QStringLiteral("Banking, Retail"));
    QCOMPARE(result.ours.first().after, QStringLiteral("Retail, Banking"));
}

void TestWorkspaceMerge::scenarioSettingsMerge()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    // The two sides know the scenario under different ids (ids live in one window only).
    theirs.scenarios[0].id = 41;
    mine.scenarios[0].model.readinessThreshold = 65;
    theirs.scenarios[0].model.riskThreshold = 35;
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.merged.scenarios.size(), 1);
    QCOMPARE(result.merged.scenarios.at(0).model.readinessThreshold, 65.0);
    QCOMPARE(result.merged.scenarios.at(0).model.riskThreshold, 35.0);
    QCOMPARE(result.merged.scenarios.at(0).id, mine.scenarios.at(0).id);
}

void TestWorkspaceMerge::changesListsWhatDiffers()
{
    const Workspace before = base();
    Workspace after = before;
    after.product.name = QStringLiteral("Acme Copilot");
    after.verticals[1].values.insert(QLatin1String(IndicatorId::DataAvailability), {4, QString()});
    const QList<FieldChange> changes = WorkspaceMerge::changes(before, after);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).before, QStringLiteral("Acme Assist"));
    QCOMPARE(changes.at(0).after, QStringLiteral("Acme Copilot"));
    QCOMPARE(changes.at(1).key, QStringLiteral("vertical/2/value/capabilities.data_availability"));
    QCOMPARE(changes.at(1).before, QStringLiteral("(no value)"));
    QCOMPARE(changes.at(1).after, QStringLiteral("4"));
    QVERIFY(WorkspaceMerge::changes(before, before).isEmpty());
}

void TestWorkspaceMerge::mergedNamesMustStayUnique()
{
    const Workspace b = base();
    Workspace mine = b, theirs = b;
    mine.verticals[0].name = QStringLiteral("Energy");
    theirs.verticals[1].name = QStringLiteral("Energy");
    const auto result = WorkspaceMerge::merge(b, mine, theirs);
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.problems.size(), 1);
}

QTEST_GUILESS_MAIN(TestWorkspaceMerge)
#include "tst_workspacemerge.moc"
