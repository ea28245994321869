#include "provisionalvertical.h"

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "editors/indicatorfield.h"
#include "editors/modeleditor.h"
#include "editors/productworksheet.h"
#include "editors/recordtableeditor.h"
#include "editors/verticalworksheet.h"
#include "items/itemroles.h"
#include "items/modeltreemodel.h"
#include "items/verticallistmodel.h"
#include "mainwindow.h"
#include "panels/referencepanel.h"
#include "panels/scorepanel.h"
#include "panels/verticalnavigator.h"
#include "scoring/scoreboard.h"
#include "storage/sqliteworkspacestore.h"
#include "storage/workspacefiles.h"
#include "widgets/fieldmessage.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Gtm;

namespace {

/** Types into a widget as a user does: focus, then one key event per character. */
void typeInto(QWidget *widget, const QString &text, bool replace = true)
{
    widget->setFocus();
    if (replace)
        QTest::keySequence(widget, QKeySequence::SelectAll);
    QTest::keyClicks(widget, text);
}

/** Opens a cell's editor with F2, lets `act` work on it, and commits with Return. */
template<typename Act>
void editCell(QAbstractItemView *view, const QModelIndex &index, Act act)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY2(editor && editor != view, "no cell editor opened");
    act(editor);
    QPointer<QWidget> open = editor;
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(open.isNull() || !open->isVisible()); // the delegate commits on the next turn
}

void typeInCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    editCell(view, index, [&](QWidget *editor) {
        QTest::keySequence(editor, QKeySequence::SelectAll);
        QTest::keyClicks(editor, text);
    });
}

/** Moves a closed combo box down `steps` items with the keyboard. */
void comboDown(QWidget *combo, int steps)
{
    combo->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace

/**
 * The worksheets as a product manager uses them, through keyboard events only: a new vertical
 * and the product filled page by page, every edit undone back to the clean state and redone,
 * saved and reopened field for field; refusals shown; scores, references and the model editor.
 */
class TestWorksheets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fillEveryPageUndoRedoSaveReopen();
    void refusedInputIsVisibleAndChangesNothing();
    void refusalsShowBesideTheFieldWithoutMovingTheForm();
    void challengeFieldsClearBackToUnset();
    void decisionFieldsOnTheSample();
    void typingPastTheRangeKeepsTheOldValue();
    void typedNumbersFollowTheRegion_data();
    void typedNumbersFollowTheRegion();
    void marketSizeReadsInMyriadsInChinese();
    void refusedEditStaysWithItsVertical();
    void deletingTheShownVerticalShowsAnother();
    void renamingAFilteredVerticalKeepsItShown();
    void scorePanelFollowsEdits();
    void provisionalVerticalIsMarkedInListAndPanel();
    void referenceFigureGoesInWithItsSource();
    void modelEditorChangesScoresWithUndo();
    void thresholdAppliesWhenEditingFinishes();
    void addingAChallengeLeavesTheScores();
    void navigatorSortsFiltersAndMoves();
    void windowStateIsRemembered();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestWorksheets::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWorksheets::cleanup()
{
    if (m_window)
        m_window->document()->reset(Workspace(), QString(), false); // no "save changes?" on close
    m_window.reset();
}

void TestWorksheets::fillEveryPageUndoRedoSaveReopen()
{
    WorkspaceDocument *document = m_window->document();
    QCOMPARE(document->workspace(), Workspace());

    // --- Product & GTM plan ---------------------------------------------------------------
    m_window->showPage(MainWindow::ProductPage);
    ProductWorksheet *product = m_window->productWorksheet();
    product->tabs()->setCurrentIndex(0);
    typeInto(product->nameEdit(), QStringLiteral("Contract Copilot"));
    typeInto(product->pitchEdit(), QStringLiteral("Reads every contract"));
    comboDown(product->categoryCombo(), 7); // employee productivity → security & risk
    comboDown(product->modalityCombo(), 2); // text → multimodal
    typeInto(product->targetMarketEdit(), QStringLiteral("Banks in Europe"));

    product->tabs()->setCurrentIndex(1);
    QTableView *drivers = product->valueDrivers()->view();
    typeInCell(drivers, drivers->model()->index(1, ValueDriverField::Strength),
               QStringLiteral("4"));
    editCell(drivers, drivers->model()->index(1, ValueDriverField::Framing),
             [](QWidget *editor) { QTest::keyClick(editor, Qt::Key_Down); }); // → savings
    typeInCell(drivers, drivers->model()->index(1, ValueDriverField::Evidence),
               QStringLiteral("Deals close a week sooner"));

    product->tabs()->setCurrentIndex(2);
    QTest::mouseClick(product->personas()->findChildren<QToolButton *>().at(0),
                      Qt::LeftButton); // Add
    QWidget *personaEditor = QApplication::focusWidget();
    QVERIFY(personaEditor);
    QTest::keySequence(personaEditor, QKeySequence::SelectAll);
    QTest::keyClicks(personaEditor, QStringLiteral("General Counsel"));
    QTest::keyClick(personaEditor, Qt::Key_Return);
    QTableView *personas = product->personas()->view();
    QTRY_COMPARE(document->workspace().plan.personas.value(0).role,
                 QStringLiteral("General Counsel"));
    editCell(personas, personas->model()->index(0, PersonaField::CommitteeRole),
             [](QWidget *editor) {
                 QTest::keyClick(editor, Qt::Key_Down);
                 QTest::keyClick(editor, Qt::Key_Down);
             });
    typeInCell(personas, personas->model()->index(0, PersonaField::MustExplain),
               QStringLiteral("Why a clause was flagged"));

    product->tabs()->setCurrentIndex(3);
    comboDown(product->pricingModelCombo(), 1); // per seat → usage based
    product->pricePoints()->addRow();
    QWidget *tierEditor = QApplication::focusWidget();
    QTest::keySequence(tierEditor, QKeySequence::SelectAll);
    QTest::keyClicks(tierEditor, QStringLiteral("Team"));
    QTest::keyClick(tierEditor, Qt::Key_Return);
    QTableView *prices = product->pricePoints()->view();
    QTRY_COMPARE(document->workspace().plan.pricing.pricePoints.value(0).tier,
                 QStringLiteral("Team"));
    typeInCell(prices, prices->model()->index(0, PricePointField::Price), QStringLiteral("49.5"));

    product->tabs()->setCurrentIndex(4);
    product->marketing()->addRow();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTableView *marketing = product->marketing()->view();
    typeInCell(marketing, marketing->model()->index(0, MarketingField::Budget),
               QStringLiteral("12000"));

    product->tabs()->setCurrentIndex(5);
    product->channels()->addRow();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTableView *channels = product->channels()->view();
    typeInCell(channels, channels->model()->index(0, ChannelField::RevenueShare),
               QStringLiteral("100"));

    product->tabs()->setCurrentIndex(6);
    QCOMPARE(product->tabs()->tabText(6), QStringLiteral("Timing && asks"));
    // The marketing item's budget typed above, summed under the asks.
    QVERIFY(product->marketingTotal()->text().contains(QLatin1String(" over 1 item ")));
    typeInto(product->quarterEdit(PlanField::GoFirstQuarter), QStringLiteral("2027 Q1"));
    typeInto(product->quarterEdit(PlanField::NextQuarter), QStringLiteral("2027 Q3"));
    typeInto(product->quarterEdit(PlanField::PrepareQuarter), QStringLiteral("2028"));
    typeInto(product->askPeopleEdit(), QStringLiteral("Two engineers"));
    typeInto(product->askBudgetEdit(), QStringLiteral("250000"));
    QTest::keyClick(product->askBudgetEdit(), Qt::Key_Return); // a number applies when done
    QTRY_COMPARE(document->workspace().plan.asks.budgetUsd, std::optional<double>(250000));
    typeInto(product->askDecisionsEdit(), QStringLiteral("Approve the pilot"));

    // --- A new vertical, every page -----------------------------------------------------
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QWidget *nameEditor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(nameEditor));
    QTest::keySequence(nameEditor, QKeySequence::SelectAll);
    QTest::keyClicks(nameEditor, QStringLiteral("Banking"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(document->workspace().verticals.value(0).name, QStringLiteral("Banking"));
    const VerticalId banking = document->workspace().verticals.at(0).id;
    QCOMPARE(m_window->navigator()->current(), banking);

    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    QCOMPARE(sheet->vertical(), banking);
    typeInto(sheet->textEdit(VerticalField::Description), QStringLiteral("Retail banks"));
    // Every built-in indicator, each with its own value: i-th indicator gets (i mod 5) + 0.5.
    const QList<IndicatorDefinition> &builtIns = builtInIndicators();
    for (int i = 0; i < builtIns.size(); ++i) {
        const IndicatorDefinition &d = builtIns.at(i);
        IndicatorField *field = sheet->field(d.id);
        QVERIFY2(field, qPrintable(d.id));
        sheet->tabs()->setCurrentWidget(sheet->tabs()->widget(
            d.dimension == Dimension::Market             ? VerticalWorksheet::Overview
                : d.dimension == Dimension::Context      ? VerticalWorksheet::Context
                : d.dimension == Dimension::Capabilities ? VerticalWorksheet::Capabilities
                                                         : VerticalWorksheet::Consequences));
        typeInto(field->lineEdit(), QString::number((i % 5) + 0.5));
    }
    for (int textField : {int(VerticalField::ContextNotes), int(VerticalField::CapabilitiesNotes),
                          int(VerticalField::ConsequencesNotes), int(VerticalField::Winners),
                          int(VerticalField::Losers), int(VerticalField::Safeguards)}) {
        sheet->tabs()->setCurrentWidget(
            sheet->textEdit(textField)->parentWidget()->parentWidget()->parentWidget());
        typeInto(sheet->textEdit(textField),
                 Records::fieldName(Record::Vertical, textField) + QStringLiteral(" text"));
    }

    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Challenges);
    sheet->challenges()->addRow();
    QWidget *problemEditor = QApplication::focusWidget();
    QTest::keySequence(problemEditor, QKeySequence::SelectAll);
    QTest::keyClicks(problemEditor, QStringLiteral("Loan files take two weeks"));
    QTest::keyClick(problemEditor, Qt::Key_Return);
    QTableView *challenges = sheet->challenges()->view();
    QTRY_COMPARE(document->workspace().verticals.at(0).challenges.value(0).problem,
                 QStringLiteral("Loan files take two weeks"));
    // A new row's fields are unset: each combo box starts on its empty "—" choice.
    editCell(challenges, challenges->model()->index(0, ChallengeField::Stakeholder),
             [](QWidget *editor) {
                 QTest::keyClick(editor, Qt::Key_Down); // — → end user
                 QTest::keyClick(editor, Qt::Key_Down); // end user → champion
             });
    editCell(challenges, challenges->model()->index(0, ChallengeField::Framing),
             [](QWidget *editor) { QTest::keyClick(editor, Qt::Key_Down); }); // — → opportunity
    typeInCell(challenges, challenges->model()->index(0, ChallengeField::ExplainabilityNeed),
               QStringLiteral("5"));
    editCell(challenges, challenges->model()->index(0, ChallengeField::TechnologyFirst),
             [](QWidget *editor) { QTest::keyClick(editor, Qt::Key_Down); }); // — → yes
    // Once set, Space toggles its check box.
    challenges->setCurrentIndex(challenges->model()->index(0, ChallengeField::TechnologyFirst));
    QTest::keyClick(challenges, Qt::Key_Space);
    QTRY_COMPARE(document->workspace().verticals.at(0).challenges.value(0).technologyFirst,
                 std::optional<bool>(false));
    QTest::keyClick(challenges, Qt::Key_Space);
    QTRY_COMPARE(document->workspace().verticals.at(0).challenges.value(0).technologyFirst,
                 std::optional<bool>(true));
    typeInCell(challenges, challenges->model()->index(0, ChallengeField::PocMonths),
               QStringLiteral("9"));

    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Custom);
    sheet->customIndicators()->addRow();
    QWidget *customEditor = QApplication::focusWidget();
    QTest::keySequence(customEditor, QKeySequence::SelectAll);
    QTest::keyClicks(customEditor, QStringLiteral("Churn"));
    QTest::keyClick(customEditor, Qt::Key_Return);
    QTRY_COMPARE(document->workspace().customIndicators.value(0).name, QStringLiteral("Churn"));
    QTRY_VERIFY(sheet->field(QStringLiteral("custom.new_indicator")));
    typeInto(sheet->field(QStringLiteral("custom.new_indicator"))->lineEdit(),
             QStringLiteral("12"));

    // --- What that must have made, worked out from the keystrokes above -------------------
    Workspace expected;
    expected.product.name = QStringLiteral("Contract Copilot");
    expected.product.pitch = QStringLiteral("Reads every contract");
    expected.product.category = AiCategory::SecurityRisk;
    expected.product.modality = Modality::Multimodal;
    expected.plan.targetMarket = QStringLiteral("Banks in Europe");
    expected.plan.valueDriver(ValueDriverKind::Growth) = {
        ValueDriverKind::Growth, 4, QStringLiteral("Deals close a week sooner"), Framing::Savings};
    expected.plan.personas = {{QStringLiteral("General Counsel"),
                               CommitteeRole::BudgetApprover,
                               {},
                               {},
                               QStringLiteral("Why a clause was flagged")}};
    expected.plan.pricing.model = PricingModel::UsageBased;
    expected.plan.pricing.pricePoints
        = {{QStringLiteral("Team"), 49.5, QStringLiteral("per user per month")}};
    expected.plan.marketing
        = {{QStringLiteral("New activity"), MarketingKind::Content, {}, 12000.0, {}}};
    expected.plan.channels = {{ChannelKind::Direct, QStringLiteral("New channel"), 100.0, {}}};
    expected.plan.targetQuarters
        = {QStringLiteral("2027 Q1"), QStringLiteral("2027 Q3"), QStringLiteral("2028")};
    expected.plan.asks
        = {QStringLiteral("Two engineers"), 250000.0, QStringLiteral("Approve the pilot")};
    IndicatorDefinition churn;
    churn.id = QStringLiteral("custom.new_indicator");
    churn.name = QStringLiteral("Churn");
    expected.customIndicators = {churn};
    Vertical v;
    v.id = banking;
    v.name = QStringLiteral("Banking");
    v.description = QStringLiteral("Retail banks");
    v.contextNotes = QStringLiteral("Context notes text");
    v.capabilitiesNotes = QStringLiteral("Capabilities notes text");
    v.consequencesNotes = QStringLiteral("Consequences notes text");
    v.winners = QStringLiteral("Who wins text");
    v.losers = QStringLiteral("Who must reinvent themselves text");
    v.safeguards = QStringLiteral("Safeguards and mitigations text");
    for (int i = 0; i < builtIns.size(); ++i)
        v.values.insert(builtIns.at(i).id, {(i % 5) + 0.5, QString()});
    v.values.insert(QStringLiteral("custom.new_indicator"), {12, QString()});
    v.challenges = {{QStringLiteral("Loan files take two weeks"), CommitteeRole::Champion,
                     Framing::Opportunity, 5, true, 9.0}};
    expected.verticals = {v};

    const Workspace &actual = document->workspace();
    QCOMPARE(actual.product, expected.product);
    QCOMPARE(actual.plan.valueDrivers, expected.plan.valueDrivers);
    QCOMPARE(actual.plan.personas, expected.plan.personas);
    QCOMPARE(actual.plan.pricing, expected.plan.pricing);
    QCOMPARE(actual.plan.marketing, expected.plan.marketing);
    QCOMPARE(actual.plan.channels, expected.plan.channels);
    QCOMPARE(actual.plan.targetQuarters, expected.plan.targetQuarters);
    QCOMPARE(actual.plan.asks, expected.plan.asks);
    QCOMPARE(actual.customIndicators.size(), 1);
    QCOMPARE(actual.customIndicators.at(0).name, churn.name);
    expected.customIndicators = actual.customIndicators; // description and defaults of a new one
    QCOMPARE(actual.verticals.at(0).values, expected.verticals.at(0).values);
    QCOMPARE(actual.verticals.at(0), expected.verticals.at(0));
    QVERIFY(actual == expected);
    QVERIFY(m_window->isWindowModified());

    // --- Undo everything, back to the clean state; redo everything ------------------------
    QUndoStack *stack = document->undoStack();
    const int steps = stack->count();
    QVERIFY(steps > 20);
    // Typing one value is one step: far fewer steps than keystrokes.
    QVERIFY(steps < 80);
    while (stack->canUndo())
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(document->workspace() == Workspace());
    QVERIFY(!m_window->isWindowModified());
    while (stack->canRedo())
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QVERIFY(document->workspace() == expected);

    // --- Save and reopen: every field comes back ---------------------------------------------
    const QString path = m_dir.filePath(QStringLiteral("filled.gtmw"));
    QString error;
    QVERIFY(document->saveAs(path, &error));
    QVERIFY(!m_window->isWindowModified());
    Workspace reopened;
    QVERIFY(SqliteWorkspaceStore(path).load(reopened, &error));
    QVERIFY(reopened == expected);
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->productWorksheet()->nameEdit()->text(), QStringLiteral("Contract Copilot"));
}

void TestWorksheets::decisionFieldsOnTheSample()
{
    // Numbers as en_US writes them, whatever the machine's region.
    struct Region
    {
        const QLocale saved;
        Region() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }
        ~Region() { QLocale::setDefault(saved); }
    } region;
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const Workspace before = document->workspace();
    m_window->showPage(MainWindow::ProductPage);
    ProductWorksheet *product = m_window->productWorksheet();
    product->tabs()->setCurrentIndex(6);
    QCOMPARE(product->quarterEdit(PlanField::GoFirstQuarter)->text(), QStringLiteral("2027 Q1"));
    QCOMPARE(product->quarterEdit(PlanField::NextQuarter)->text(), QStringLiteral("2027 Q3"));
    QCOMPARE(product->quarterEdit(PlanField::PrepareQuarter)->text(), QStringLiteral("2028 Q1"));
    QCOMPARE(product->askBudgetEdit()->text(), QStringLiteral("450,000"));
    QCOMPARE(product->askPeopleEdit()->toPlainText(), before.plan.asks.people);
    QCOMPARE(product->askDecisionsEdit()->toPlainText(), before.plan.asks.decisions);
    // 65,000 + 70,000 + 30,000 + 180,000 + 120,000 + 85,000 + 40,000
    QCOMPARE(product->marketingTotal()->text(),
             QStringLiteral("Marketing budget: USD 590,000 over 7 items (Marketing tab)."));

    // A negative budget is refused where it is typed, and nothing changes.
    typeInto(product->askBudgetEdit(), QStringLiteral("-5"));
    QTest::keyClick(product->askBudgetEdit(), Qt::Key_Return);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Budget beyond marketing (USD) must be 0 or more."));
    QVERIFY(document->workspace() == before);
    QCOMPARE(product->askBudgetEdit()->text(), QStringLiteral("450,000"));
    // Cleared, it is unset (no budget named), and one undo brings it back.
    typeInto(product->askBudgetEdit(), QString());
    QTest::keyClick(product->askBudgetEdit(), Qt::Key_Backspace);
    QCOMPARE(product->askBudgetEdit()->text(), QString());
    QTest::keyClick(product->askBudgetEdit(), Qt::Key_Return);
    QTRY_COMPARE(document->workspace().plan.asks.budgetUsd, std::optional<double>());
    QCOMPARE(document->undoStack()->count(), 1);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(document->workspace().plan.asks.budgetUsd, std::optional<double>(450000));
    QCOMPARE(product->askBudgetEdit()->text(), QStringLiteral("450,000"));

    // Finance's safeguards on its Consequences page; typing there is one undo step.
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Consequences);
    QPlainTextEdit *safeguards = sheet->textEdit(VerticalField::Safeguards);
    QVERIFY(safeguards->isVisible());
    QCOMPARE(safeguards->toPlainText(), before.verticals.at(0).safeguards);
    typeInto(safeguards, QStringLiteral("Board review"));
    QCOMPARE(document->workspace().verticals.at(0).safeguards, QStringLiteral("Board review"));
    QCOMPARE(document->undoStack()->count(), 1);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(document->workspace() == before);
    QCOMPARE(safeguards->toPlainText(), before.verticals.at(0).safeguards);
}

/** The refusal shown beside `field`: the visible FieldMessage over it, or null. */
static FieldMessage *visibleMessageOf(QWidget *field)
{
    for (FieldMessage *message : field->window()->findChildren<FieldMessage *>()) {
        if (message->isVisible()
            && message->geometry().intersects(
                QRect(field->mapTo(field->window(), QPoint(0, 0)), field->size())
                    .adjusted(0, -40, 0, 40)))
            return message;
    }
    return nullptr;
}

void TestWorksheets::refusalsShowBesideTheFieldWithoutMovingTheForm()
{
    // A refused name appeared only in the status bar; an indicator's refusal was a line of the
    // form that pushed every field below it down, under the pointer, and the red outline
    // stayed after the text was valid again.
    m_window->openSample();
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Overview);
    QLineEdit *name = sheet->nameEdit();
    QVERIFY(visibleMessageOf(name) == nullptr);

    typeInto(name, QStringLiteral("Telecom"));
    FieldMessage *message = visibleMessageOf(name);
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("There is already a vertical named \"Telecom\"."));
    QCOMPARE(name->accessibleDescription(), message->text());
    const QColor normal = m_window->palette().color(QPalette::Base);
    QVERIFY(name->palette().color(QPalette::Base) != normal); // marked
    // Right under the field, not somewhere else on the page.
    const QPoint fieldBottom = name->mapTo(m_window.get(), QPoint(0, name->height()));
    QVERIFY(qAbs(message->geometry().top() - fieldBottom.y()) <= 4);
    // Valid again ("Telecom 2"): the message and the outline go at once, before leaving.
    QTest::keyClicks(name, QStringLiteral(" 2"));
    QVERIFY(visibleMessageOf(name) == nullptr);
    QCOMPARE(name->palette().color(QPalette::Base), normal);
    QVERIFY(name->accessibleDescription().isEmpty());
    // An empty name is refused the same way.
    typeInto(name, QString());
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(name->text().isEmpty());
    QVERIFY(visibleMessageOf(name));
    QTest::keyClick(name, Qt::Key_Tab); // leaving takes the refused edit back
    QVERIFY(visibleMessageOf(name) == nullptr);

    // An indicator's refusal does not move the fields below it.
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Context);
    IndicatorField *enthusiasm = sheet->field(QStringLiteral("context.ai_enthusiasm"));
    IndicatorField *realism = sheet->field(QStringLiteral("context.expectation_realism"));
    QVERIFY(enthusiasm && realism);
    const QPoint below = realism->mapTo(m_window.get(), QPoint(0, 0));
    typeInto(enthusiasm->lineEdit(), QStringLiteral("7"));
    QApplication::processEvents();
    QVERIFY(visibleMessageOf(enthusiasm->lineEdit()));
    QCOMPARE(realism->mapTo(m_window.get(), QPoint(0, 0)), below);
    typeInto(enthusiasm->lineEdit(), QStringLiteral("3"));
    QApplication::processEvents();
    QVERIFY(visibleMessageOf(enthusiasm->lineEdit()) == nullptr);
    QCOMPARE(enthusiasm->lineEdit()->palette().color(QPalette::Base), normal);
    QCOMPARE(realism->mapTo(m_window.get(), QPoint(0, 0)), below);
}

void TestWorksheets::challengeFieldsClearBackToUnset()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Challenges);
    QTableView *challenges = sheet->challenges()->view();
    const auto cell = [&](int field) {
        return challenges->model()->index(0, field);
    };
    // Finance's first challenge: legal & compliance, opportunity, need 5, not technology first.
    const auto up = [](int steps) {
        return [steps](QWidget *editor) {
            for (int i = 0; i < steps; ++i)
                QTest::keyClick(editor, Qt::Key_Up);
        };
    };
    editCell(challenges, cell(ChallengeField::Framing), up(1)); // opportunity → —
    editCell(challenges, cell(ChallengeField::Stakeholder), up(5)); // legal / compliance → —
    editCell(challenges, cell(ChallengeField::TechnologyFirst), up(2)); // no → yes → —
    editCell(challenges, cell(ChallengeField::ExplainabilityNeed), [](QWidget *editor) {
        QTest::keySequence(editor, QKeySequence::SelectAll);
        QTest::keyClick(editor, Qt::Key_Backspace); // an empty spin box
    });
    const Challenge &c = document->workspace().verticals.at(0).challenges.at(0);
    QCOMPARE(c.framing, std::optional<Framing>());
    QCOMPARE(c.stakeholder, std::optional<CommitteeRole>());
    QCOMPARE(c.technologyFirst, std::optional<bool>());
    QCOMPARE(c.explainabilityNeed, std::optional<int>());
    QCOMPARE(c.pocMonths, std::optional<double>(4)); // untouched
    // The cells are empty: no text, no check box.
    for (int field :
         {int(ChallengeField::Framing), int(ChallengeField::Stakeholder),
          int(ChallengeField::TechnologyFirst), int(ChallengeField::ExplainabilityNeed)})
        QCOMPARE(cell(field).data().toString(), QString());
    QVERIFY(!cell(ChallengeField::TechnologyFirst).data(Qt::CheckStateRole).isValid());
    QCOMPARE(document->undoStack()->count(), 4);
}

void TestWorksheets::refusedInputIsVisibleAndChangesNothing()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const Workspace before = document->workspace();
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Context);
    IndicatorField *enthusiasm = sheet->field(QStringLiteral("context.ai_enthusiasm"));
    QVERIFY(enthusiasm->isVisible());

    typeInto(enthusiasm->lineEdit(), QStringLiteral("7"));
    QCOMPARE(enthusiasm->message(),
             QStringLiteral("AI enthusiasm must be 0 to 5; the value stays 4.5."));
    QVERIFY(document->workspace() == before);
    QCOMPARE(document->undoStack()->count(), 0);
    // Leaving the field puts the stored value back.
    QTest::keyClick(enthusiasm->lineEdit(), Qt::Key_Tab);
    QCOMPARE(enthusiasm->lineEdit()->text(), QStringLiteral("4.5"));

    typeInto(enthusiasm->lineEdit(), QStringLiteral("lots"));
    QTest::keyClick(enthusiasm->lineEdit(), Qt::Key_Tab);
    QCOMPARE(enthusiasm->message(),
             QStringLiteral("\"lots\" is not a number; the value stays 4.5."));
    QCOMPARE(enthusiasm->lineEdit()->text(), QStringLiteral("4.5"));

    // A vertical may not take another's name.
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Overview);
    typeInto(sheet->nameEdit(), QStringLiteral("Telecom"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("There is already a vertical named \"Telecom\"."));
    QTest::keyClick(sheet->nameEdit(), Qt::Key_Tab);
    QCOMPARE(sheet->nameEdit()->text(), document->workspace().verticals.at(0).name);

    // A challenge's proof of concept cannot last 100 months.
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Challenges);
    QTableView *challenges = sheet->challenges()->view();
    typeInCell(challenges, challenges->model()->index(0, ChallengeField::PocMonths),
               QStringLiteral("100"));
    bool shown = false;
    for (QLabel *label : sheet->challenges()->findChildren<QLabel *>()) {
        shown = shown
            || (label->isVisible()
                && label->text().contains(QLatin1String("POC (months) must be 0 to 60.")));
    }
    QVERIFY(shown); // under the table, where the user is looking
    QVERIFY(document->workspace() == before);

    // A value driver's strength stops at 5: the editor refuses the keystroke "9", so the
    // sample's strength 3 for cost stays.
    m_window->showPage(MainWindow::ProductPage);
    ProductWorksheet *product = m_window->productWorksheet();
    product->tabs()->setCurrentIndex(1);
    QTableView *drivers = product->valueDrivers()->view();
    typeInCell(drivers, drivers->model()->index(0, ValueDriverField::Strength),
               QStringLiteral("9"));
    QCOMPARE(document->workspace().plan.valueDriver(ValueDriverKind::Cost).strength, 3);
    QVERIFY(document->workspace() == before);
}

void TestWorksheets::typingPastTheRangeKeepsTheOldValue()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const Workspace before = document->workspace();
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Context);
    IndicatorField *enthusiasm = sheet->field(QStringLiteral("context.ai_enthusiasm"));
    // "4" is a valid value on the way to "45", which is not: the value before the edit counts.
    typeInto(enthusiasm->lineEdit(), QStringLiteral("45"));
    QCOMPARE(enthusiasm->message(),
             QStringLiteral("AI enthusiasm must be 0 to 5; the value stays 4.5."));
    QTest::keyClick(enthusiasm->lineEdit(), Qt::Key_Tab);
    QCOMPARE(enthusiasm->lineEdit()->text(), QStringLiteral("4.5"));
    QVERIFY(document->workspace() == before);
    QCOMPARE(document->undoStack()->count(), 0); // nothing to undo: nothing happened
}

namespace {

/** The default locale (the window's region) for one test, put back after it. */
struct RegionScope
{
    explicit RegionScope(const QString &name) { QLocale::setDefault(QLocale(name)); }
    ~RegionScope() { QLocale::setDefault(saved); }
    const QLocale saved;
};

} // namespace

void TestWorksheets::typedNumbersFollowTheRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("stored"); // NaN: refused, the value stays
    QTest::newRow("de decimal comma") << "de_DE"
                                      << "4,5" << 4.5;
    QTest::newRow("de grouped") << "de_DE"
                                << "1.234,5" << 1234.5;
    QTest::newRow("de C form") << "de_DE"
                               << "4.5" << 4.5;
    QTest::newRow("de thousands, not decimals") << "de_DE"
                                                << "1.234" << 1234.0;
    QTest::newRow("fr decimal comma") << "fr_FR"
                                      << "0,75" << 0.75;
    QTest::newRow("en grouped") << "en_US"
                                << "1,234" << 1234.0;
    QTest::newRow("en comma is not 45") << "en_US"
                                        << "4,5" << qQNaN();
    QTest::newRow("de English form") << "de_DE"
                                     << "1,234.5" << qQNaN();
}

void TestWorksheets::typedNumbersFollowTheRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(double, stored);
    const RegionScope scope(region);
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const Workspace before = document->workspace();
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Overview);
    const QString id = QStringLiteral("market.size_usd_bn");
    IndicatorField *market = sheet->field(id);
    QVERIFY(market->isVisible());
    const VerticalId shown = document->workspace().verticals.at(0).id;
    const std::optional<double> old = before.vertical(shown)->value(id);
    QVERIFY(old);

    typeInto(market->lineEdit(), typed);
    QTest::keyClick(market->lineEdit(), Qt::Key_Tab);
    if (std::isnan(stored)) {
        // Refused by name, and the value before it is back, written as the region writes it.
        const QString was = QLocale(region).toString(*old, 'f', QLocale::FloatingPointShortest);
        QCOMPARE(market->message(),
                 QStringLiteral("\"%1\" is not a number; the value stays %2.").arg(typed, was));
        QCOMPARE(market->lineEdit()->text(), was);
        QVERIFY(document->workspace() == before);
    } else {
        QCOMPARE(document->workspace().vertical(shown)->value(id), stored);
        QCOMPARE(market->message(), QString());
    }
}

void TestWorksheets::marketSizeReadsInMyriadsInChinese()
{
    const RegionScope scope(QStringLiteral("zh_CN"));
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Overview);
    IndicatorField *market = sheet->field(QStringLiteral("market.size_usd_bn"));
    // Typed in the field's unit, billions of dollars; read beside it in 亿 (10⁸): 2.4 bn is
    // 24 亿, 0.35 bn 3.5 亿.
    typeInto(market->lineEdit(), QStringLiteral("2.4"));
    QTest::keyClick(market->lineEdit(), Qt::Key_Tab);
    QCOMPARE(market->readout(), QStringLiteral("24 亿美元"));
    typeInto(market->lineEdit(), QStringLiteral("0.35"));
    QTest::keyClick(market->lineEdit(), Qt::Key_Tab);
    QCOMPARE(market->readout(), QStringLiteral("3.5 亿美元"));
    QCOMPARE(document->workspace().verticals.at(0).value(QStringLiteral("market.size_usd_bn")),
             0.35);
    // Elsewhere the field and its unit say it all.
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    typeInto(market->lineEdit(), QStringLiteral("2.4"));
    QTest::keyClick(market->lineEdit(), Qt::Key_Tab);
    QCOMPARE(market->readout(), QString());
}

void TestWorksheets::refusedEditStaysWithItsVertical()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const Workspace before = document->workspace();
    const Vertical finance = before.verticals.at(0);
    const Vertical automotive = before.verticals.at(1);
    m_window->navigator()->select(finance.id);
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Overview);
    // A refused name, then another vertical chosen without leaving the field.
    typeInto(sheet->nameEdit(), QStringLiteral("Telecom"));
    m_window->navigator()->select(automotive.id);
    QCOMPARE(sheet->nameEdit()->text(), automotive.name);
    QCOMPARE(document->workspace().vertical(finance.id)->name, finance.name);
    QCOMPARE(document->workspace().vertical(automotive.id)->name, automotive.name);
    // The same for an indicator: a refused 7 in Automotive, then Finance chosen.
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Context);
    IndicatorField *enthusiasm = sheet->field(QStringLiteral("context.ai_enthusiasm"));
    typeInto(enthusiasm->lineEdit(), QStringLiteral("7"));
    m_window->navigator()->select(finance.id);
    QCOMPARE(enthusiasm->lineEdit()->text(), QStringLiteral("4.5")); // Finance's own value
    QVERIFY(enthusiasm->message().isEmpty());
    QVERIFY(document->workspace() == before);
}

void TestWorksheets::deletingTheShownVerticalShowsAnother()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const VerticalId finance = document->workspace().verticals.at(0).id;
    VerticalNavigator *navigator = m_window->navigator();
    navigator->select(finance);
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    navigator->view()->setFocus();
    QTest::keySequence(navigator->view(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QCOMPARE(document->workspace().verticals.size(), 11);
    const VerticalId shown = navigator->current();
    QVERIFY(shown != finance);
    const Vertical *current = document->workspace().vertical(shown);
    QVERIFY(current);
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Overview);
    QCOMPARE(sheet->nameEdit()->text(), current->name);
    // What the user types now goes into the vertical the worksheet shows.
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Context);
    typeInto(sheet->field(QStringLiteral("context.ai_enthusiasm"))->lineEdit(),
             QStringLiteral("1"));
    QCOMPARE(document->workspace().vertical(shown)->value(QStringLiteral("context.ai_enthusiasm")),
             1.0);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(document->workspace().verticals.size(), 12);
    QCOMPARE(document->workspace().verticals.at(0).id, finance);
}

void TestWorksheets::renamingAFilteredVerticalKeepsItShown()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const VerticalId finance = document->workspace().verticals.at(0).id;
    VerticalNavigator *navigator = m_window->navigator();
    typeInto(navigator->filter(), QStringLiteral("fin"));
    navigator->select(finance);
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Overview);
    // "Banking" no longer matches the filter; the vertical being edited stays in the list.
    typeInto(sheet->nameEdit(), QStringLiteral("Banking"));
    QCOMPARE(document->workspace().vertical(finance)->name, QStringLiteral("Banking"));
    QCOMPARE(navigator->current(), finance);
    QCOMPARE(sheet->nameEdit()->text(), QStringLiteral("Banking"));
    QCOMPARE(navigator->view()->model()->rowCount(), 1);
    QCOMPARE(navigator->view()->model()->index(0, 0).data().toString(), QStringLiteral("Banking"));
}

void TestWorksheets::scorePanelFollowsEdits()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    m_window->navigator()->select(document->workspace().verticals.at(0).id); // Finance
    ScorePanel *panel = m_window->scorePanel();
    QVERIFY(panel->readinessLabel()->text().startsWith(QLatin1String("87.8")));
    // Finance's data availability 4.5 → 0.5: (0.5 − 4.5) / 5 × its weight 0.5 × 2/8 = −10 points.
    m_window->showPage(MainWindow::VerticalPage);
    VerticalWorksheet *sheet = m_window->verticalWorksheet();
    sheet->tabs()->setCurrentIndex(VerticalWorksheet::Capabilities);
    typeInto(sheet->field(QStringLiteral("capabilities.data_availability"))->lineEdit(),
             QStringLiteral("0.5"));
    QVERIFY2(panel->readinessLabel()->text().startsWith(QLatin1String("77.8")),
             qPrintable(panel->readinessLabel()->text()));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(panel->readinessLabel()->text().startsWith(QLatin1String("87.8")));
    QVERIFY(panel->quadrantLabel()->text().contains(QLatin1String("Proceed with safeguards")));
}

void TestWorksheets::provisionalVerticalIsMarkedInListAndPanel()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const VerticalId gaming = TestWorkspaces::addProvisionalVertical(document);
    VerticalNavigator *navigator = m_window->navigator();
    navigator->select(gaming);
    // The list: the role, and the name in italics (the delegate adds "provisional").
    const QModelIndex item = navigator->view()->currentIndex();
    QCOMPARE(item.data().toString(), QStringLiteral("Gaming"));
    QVERIFY(item.data(ItemRoles::Provisional).toBool());
    QVERIFY(qvariant_cast<QFont>(item.data(Qt::FontRole)).italic());
    // The panel: coverage under each score (see addProvisionalVertical()), "Provisional" on risk.
    ScorePanel *panel = m_window->scorePanel();
    const auto plain = [](const QLabel *label) {
        return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    };
    QVERIFY(panel->readinessLabel()->text().startsWith(QLatin1String("80.0")));
    QCOMPARE(plain(panel->readinessCoverageLabel()),
             QStringLiteral("coverage 85 %: missing Value framed as opportunity, Stakeholder "
                            "views gathered"));
    QCOMPARE(plain(panel->riskCoverageLabel()),
             QStringLiteral("Provisional · coverage 20 %: missing Jobs at high risk of "
                            "automation, Jobs at risk of significant change, Safety & ethics "
                            "sensitivity and 5 more"));
    QCOMPARE(plain(panel->quadrantLabel()),
             QStringLiteral("Pursue now (provisional: complete the worksheets before deciding)"));
    // Finance has every value: full coverage, nothing provisional.
    navigator->select(document->workspace().verticals.at(0).id);
    QCOMPARE(plain(panel->readinessCoverageLabel()), QStringLiteral("coverage 100 %"));
    QCOMPARE(plain(panel->riskCoverageLabel()), QStringLiteral("coverage 100 %"));
    QCOMPARE(plain(panel->quadrantLabel()), QStringLiteral("Proceed with safeguards"));
    QVERIFY(!navigator->view()->currentIndex().data(ItemRoles::Provisional).toBool());
    // Undone, the values go and so does the coverage: nothing left of risk. The regulatory
    // burden (0.2 of risk) is now the heaviest missing.
    navigator->select(gaming);
    document->undoStack()->undo(); // the regulatory burden
    QCOMPARE(plain(panel->riskCoverageLabel()),
             QStringLiteral("Provisional · coverage 0 %: missing Regulatory burden, Jobs at high "
                            "risk of automation, Jobs at risk of significant change and 6 more"));
    QCOMPARE(panel->riskLabel()->text(), QStringLiteral("–"));
}

void TestWorksheets::referenceFigureGoesInWithItsSource()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const VerticalId construction = document->workspace().verticals.at(5).id;
    m_window->navigator()->select(construction);
    ReferencePanel *reference = m_window->referencePanel();
    QTreeWidgetItem *oecd = reference->tree()->topLevelItem(0)->child(0);
    QVERIFY(oecd->text(0).startsWith(QLatin1String("14 % of jobs")));
    reference->tree()->setCurrentItem(oecd);
    QVERIFY(reference->insertButton()->isEnabled());
    QCOMPARE(reference->insertButton()->text(),
             QStringLiteral("Insert into Jobs at high risk of automation"));
    QTest::mouseClick(reference->insertButton(), Qt::LeftButton);
    const IndicatorValue value
        = document->workspace()
              .vertical(construction)
              ->values.value(QStringLiteral("consequences.jobs_high_risk_pct"));
    QCOMPARE(value.value, 14.0);
    QCOMPARE(value.source,
             QStringLiteral("Nedelkoska & Quintini, OECD Social, Employment and Migration Working "
                            "Paper 202 (2018)"));
    // The worksheet shows where the value came from.
    m_window->showPage(MainWindow::VerticalPage);
    m_window->verticalWorksheet()->tabs()->setCurrentIndex(VerticalWorksheet::Consequences);
    IndicatorField *field
        = m_window->verticalWorksheet()->field(QStringLiteral("consequences.jobs_high_risk_pct"));
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("14"));

    bool sourceShown = false;
    for (QLabel *label : field->findChildren<QLabel *>())
        sourceShown = sourceShown
            || (label->isVisible()
                && label->text().startsWith(QLatin1String("Source: Nedelkoska")));
    QVERIFY(sourceShown);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(document->workspace()
                 .vertical(construction)
                 ->value(QStringLiteral("consequences.jobs_high_risk_pct")),
             22.0);
}

void TestWorksheets::modelEditorChangesScoresWithUndo()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    m_window->navigator()->select(document->workspace().verticals.at(0).id);
    m_window->showPage(MainWindow::ModelPage);
    ModelEditor *editor = m_window->modelEditor();
    ModelTreeModel *tree = editor->treeModel();
    // Context's weight 0.35 → 0: Finance's readiness becomes Capabilities and Challenges only,
    // (0.5 × 90 + 0.15 × 75) / 0.65 = 86.5 (Capabilities 90: all 4.5 of 5; Challenges 75:
    // opportunity 100 %, stakeholders 3 of 6 → 50 %).
    const QModelIndex context = tree->index(0, ModelTreeModel::Weight, tree->index(0, 0));
    QCOMPARE(context.siblingAtColumn(ModelTreeModel::Name).data().toString(),
             QStringLiteral("Context"));
    typeInCell(editor->tree(), context, QStringLiteral("0"));
    QCOMPARE(document->workspace().model.nodes.at(1).weight, 0.0);
    QVERIFY2(m_window->scorePanel()->readinessLabel()->text().startsWith(QLatin1String("86.5")),
             qPrintable(m_window->scorePanel()->readinessLabel()->text()));
    // A negative weight is refused and said so.
    typeInCell(editor->tree(), tree->index(0, ModelTreeModel::Weight, tree->index(0, 0)),
               QStringLiteral("-1"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("A weight must be a number, zero or more."));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(document->workspace().model == defaultScoringModel());
    QVERIFY(m_window->scorePanel()->readinessLabel()->text().startsWith(QLatin1String("87.8")));
    QVERIFY(editor->problems()->isHidden());
}

void TestWorksheets::thresholdAppliesWhenEditingFinishes()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    m_window->showPage(MainWindow::ModelPage);
    QLineEdit *readiness = nullptr;
    for (QLineEdit *edit : m_window->modelEditor()->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Readiness threshold"))
            readiness = edit;
    }
    QVERIFY(readiness);
    const int steps = document->undoStack()->count();
    // "150" is not applied as 1, then 15: nothing happens until Return, which refuses it.
    typeInto(readiness, QStringLiteral("150"));
    QCOMPARE(document->workspace().model.readinessThreshold, 50.0);
    QCOMPARE(document->undoStack()->count(), steps);
    QTest::keyClick(readiness, Qt::Key_Return);
    QCOMPARE(document->workspace().model.readinessThreshold, 50.0);
    QCOMPARE(document->undoStack()->count(), steps);
    QCOMPARE(readiness->text(), QStringLiteral("50"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("0 to 100")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // "65" is one undo step.
    typeInto(readiness, QStringLiteral("65"));
    QTest::keyClick(readiness, Qt::Key_Return);
    QCOMPARE(document->workspace().model.readinessThreshold, 65.0);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    // Escape takes typing back.
    typeInto(readiness, QStringLiteral("7"));
    QTest::keyClick(readiness, Qt::Key_Escape);
    QCOMPARE(readiness->text(), QStringLiteral("65"));
    QCOMPARE(document->workspace().model.readinessThreshold, 65.0);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(document->workspace().model.readinessThreshold, 50.0);
    QCOMPARE(readiness->text(), QStringLiteral("50"));
}

void TestWorksheets::addingAChallengeLeavesTheScores()
{
    // Pressing Add in the Challenges table makes a row that is not data yet: every field unset,
    // no derived indicator moved, so no score either (before, its defaults counted).
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    const Vertical finance = document->workspace().verticals.at(0);
    m_window->navigator()->select(finance.id);
    m_window->showPage(MainWindow::VerticalPage);
    const ScoreBoard *scores = m_window->scores();
    const double readiness = scores->readiness(finance.id);
    const double risk = scores->risk(finance.id);
    const auto quadrant = scores->quadrant(finance.id);
    m_window->verticalWorksheet()->challenges()->addRow();
    const Vertical after = *document->workspace().vertical(finance.id);
    QCOMPARE(after.challenges.size(), finance.challenges.size() + 1);
    const Challenge &added = after.challenges.constLast();
    QVERIFY(!added.stakeholder && !added.framing && !added.explainabilityNeed
            && !added.technologyFirst && !added.pocMonths);
    QCOMPARE(scores->readiness(finance.id), readiness);
    QCOMPARE(scores->risk(finance.id), risk);
    QCOMPARE(scores->quadrant(finance.id), quadrant);
    // Flagging it technology-first is data: none of Finance's N challenges is flagged, so the
    // flagged share goes from 0 to 1 / (N + 1), and the risk rises by that share of the
    // indicator's weight in risk (Challenges 0.3 × one of three = 0.1), times 100 points.
    QVERIFY(std::none_of(finance.challenges.cbegin(), finance.challenges.cend(),
                         [](const Challenge &c) { return c.technologyFirst.value_or(false); }));
    const FieldRef flag {Record::Challenge, finance.id, int(after.challenges.size()) - 1,
                         ChallengeField::TechnologyFirst};
    QString error;
    QVERIFY2(Commands::setField(document, flag, true, &error), qPrintable(error));
    const double share = 1.0 / double(finance.challenges.size() + 1);
    QVERIFY(qAbs(scores->risk(finance.id) - (risk + 0.1 * 100 * share)) < 1e-9);
}

void TestWorksheets::navigatorSortsFiltersAndMoves()
{
    m_window->openSample();
    WorkspaceDocument *document = m_window->document();
    VerticalNavigator *navigator = m_window->navigator();
    QAbstractItemModel *list = navigator->view()->model();
    navigator->setSort(VerticalNavigator::ByReadiness);
    // Highest readiness first, each row's score the one the score board holds for it.
    QCOMPARE(list->rowCount(), 12);
    ScoreBoard *scores = m_window->scores();
    double previous = 101;
    for (int row = 0; row < list->rowCount(); ++row) {
        const auto id
            = list->index(row, 0).data(VerticalListModel::VerticalIdRole).value<VerticalId>();
        const double readiness = scores->readiness(id);
        QVERIFY2(readiness <= previous, qPrintable(list->index(row, 0).data().toString()));
        previous = readiness;
    }
    // Finance (87.8, worked out in scorePanelFollowsEdits) is the readiest; the method's slow
    // adopters Healthcare, Construction, Travel and Education are all in the lower half.
    QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("Finance"));
    for (int row = 0; row < 6; ++row) {
        QVERIFY(!QStringLiteral("Healthcare,Construction,Travel,Education")
                     .split(QLatin1Char(','))
                     .contains(list->index(row, 0).data().toString()));
    }
    navigator->setSort(VerticalNavigator::ByName);
    QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("Automotive"));
    typeInto(navigator->filter(), QStringLiteral("tel"));
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("Telecom"));
    QVERIFY(!navigator->view()->dragEnabled()); // filtered: no reordering
    navigator->filter()->clear();
    navigator->setSort(VerticalNavigator::WorkspaceOrder);
    QVERIFY(navigator->view()->dragEnabled());
    // A drop of Finance below Automotive moves it, with undo.
    QMimeData *data = list->mimeData({list->index(0, 0)});
    list->dropMimeData(data, Qt::MoveAction, 2, 0, {});
    delete data;
    QCOMPARE(document->workspace().verticals.at(1).name, QStringLiteral("Finance"));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(document->workspace().verticals.at(0).name, QStringLiteral("Finance"));
    // Duplicate and delete from the keyboard.
    navigator->select(document->workspace().verticals.at(0).id);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QCOMPARE(document->workspace().verticals.at(1).name, QStringLiteral("Finance (copy)"));
    QCOMPARE(navigator->current(), document->workspace().verticals.at(1).id);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QCOMPARE(document->workspace().verticals.size(), 12);
}

void TestWorksheets::windowStateIsRemembered()
{
    m_window->navigator()->setSort(VerticalNavigator::ByRisk);
    m_window->findChild<QDockWidget *>(QStringLiteral("referenceDock"))->hide();
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->navigator()->sortCombo()->currentData().toInt(),
             int(VerticalNavigator::ByRisk));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("referenceDock"))->isHidden());
    m_window->findChild<QDockWidget *>(QStringLiteral("referenceDock"))->show();
    m_window->navigator()->setSort(VerticalNavigator::WorkspaceOrder);
    QVERIFY(m_window->close());
}

QTEST_MAIN(TestWorksheets)
#include "tst_worksheets.moc"
