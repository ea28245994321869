#include "modeleditor.h"

#include "commands/workspacecommands.h"
#include "dialogs/dialogfolder.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "formbinder.h"
#include "items/modeltreemodel.h"
#include "items/recordtablemodel.h"
#include "recorddelegate.h"
#include "scenariocompareview.h"
#include "scoring/modelcheck.h"
#include "scoring/scoreboard.h"
#include "storage/modeljson.h"
#include "widgets/flowlayout.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Gtm {

ModelEditor::ModelEditor(WorkspaceDocument *document, ScoreBoard *scores, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scores(scores)
    , m_settings(new RecordTableModel(document, Record::ModelSettings, this))
    , m_binder(new FormBinder(m_settings, this))
    , m_treeModel(new ModelTreeModel(document, this))
    , m_tree(new QTreeView)
    , m_problems(new QLabel)
    , m_scenarios(new QComboBox)
    , m_renameScenario(new QPushButton(tr("Ren&ame…")))
    , m_deleteScenario(new QPushButton(tr("De&lete Scenario")))
    , m_tabs(new QTabWidget)
    , m_compare(new ScenarioCompareView(document))
{
    connect(m_settings, &RecordTableModel::editRejected, m_binder, &FormBinder::noteRejection);
    connect(m_binder, &FormBinder::rejected, this, &ModelEditor::message);
    connect(m_treeModel, &ModelTreeModel::editRejected, this, &ModelEditor::message);

    auto *name = new QLineEdit;
    name->setAccessibleName(tr("Model name"));
    auto *missing = new QComboBox;
    missing->setAccessibleName(tr("Missing values"));
    auto *readiness = new QLineEdit;
    readiness->setAccessibleName(tr("Readiness threshold"));
    readiness->setMaximumWidth(80);
    auto *risk = new QLineEdit;
    risk->setAccessibleName(tr("Risk threshold"));
    risk->setMaximumWidth(80);
    // How the scores become a recommendation.
    const auto settingEdit = [](int field, const QString &toolTip) {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(Records::fieldName(Record::ModelSettings, field));
        edit->setToolTip(toolTip);
        edit->setMaximumWidth(80);
        return edit;
    };
    auto *coverage = settingEdit(ModelSettingsField::MinimumCoverage,
                                 tr("A score resting on less than this share of its index's "
                                    "weight is provisional."));
    auto *robust = settingEdit(ModelSettingsField::RobustShare,
                               tr("A quadrant call is robust when at least this share of the "
                                  "robustness runs makes it."));
    auto *goFirst = settingEdit(ModelSettingsField::GoFirstMax,
                                tr("At most this many verticals are recommended to go first."));
    m_binder->bind(name, ModelSettingsField::Name);
    m_binder->bind(missing, ModelSettingsField::MissingPolicy);
    m_binder->bindOnFinish(readiness, ModelSettingsField::ReadinessThreshold);
    m_binder->bindOnFinish(risk, ModelSettingsField::RiskThreshold);
    m_binder->bindOnFinish(coverage, ModelSettingsField::MinimumCoverage);
    m_binder->bindOnFinish(robust, ModelSettingsField::RobustShare);
    m_binder->bindOnFinish(goFirst, ModelSettingsField::GoFirstMax);
    m_binder->setRow(0);

    auto *form = new QFormLayout;
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("Model &name:"), name), name);
    form->addRow(label(tr("&Missing values:"), missing), missing);
    auto *thresholds = new FlowLayout;
    thresholds->setHorizontalSpacing(18);
    thresholds->addWidget(
        keptTogether({label(tr("Quadrant thresholds — &readiness:"), readiness), readiness}));
    thresholds->addWidget(keptTogether({label(tr("ris&k:"), risk), risk}));
    form->addRow(thresholds);
    auto *recommendation = new FlowLayout;
    recommendation->setHorizontalSpacing(18);
    const auto addSetting = [&](const QString &text, QLineEdit *edit) {
        QLabel *l = label(text, edit);
        l->setToolTip(edit->toolTip());
        recommendation->addWidget(keptTogether({l, edit}));
    };
    addSetting(tr("Minim&um coverage (%):"), coverage);
    addSetting(tr("Ro&bust share (%):"), robust);
    addSetting(tr("&Go first at most:"), goFirst);
    form->addRow(recommendation);

    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegate(new RecordDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAccessibleName(tr("Scoring model tree"));
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(ModelTreeModel::Name, 260);
    m_tree->setColumnWidth(ModelTreeModel::Weight, 60);
    m_tree->setColumnWidth(ModelTreeModel::Share, 62);
    m_tree->setColumnWidth(ModelTreeModel::Method, 120);
    m_tree->setColumnWidth(ModelTreeModel::Normalisation, 96);
    m_tree->setColumnWidth(ModelTreeModel::Low, 58);
    m_tree->setColumnWidth(ModelTreeModel::High, 58);
    m_tree->setColumnWidth(ModelTreeModel::Log, 40);
    m_tree->setColumnWidth(ModelTreeModel::Parent, 160);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, &ModelEditor::expandAll);
    expandAll();

    const auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    // Rows of buttons and settings wrap rather than widen the window.
    auto *buttons = new FlowLayout;
    buttons->addWidget(button(tr("Add &dimension"), &ModelEditor::addDimension));
    buttons->addWidget(button(tr("Add &indicator"), &ModelEditor::addIndicator));
    buttons->addWidget(button(tr("Rem&ove"), &ModelEditor::removeSelected));
    buttons->addWidget(button(tr("Im&port JSON…"), [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import Scoring Model"),
                                                          DialogFolder::start(this),
                                                          tr("Scoring models (*.json)"));
        if (file.isEmpty())
            return;
        DialogFolder::remember(file);
        importModel(file);
    }));
    buttons->addWidget(button(tr("E&xport JSON…"), [this] {
        QFileDialog dialog(this, tr("Export Scoring Model"), DialogFolder::start(this),
                           tr("Scoring models (*.json)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("json"));
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
            DialogFolder::remember(dialog.selectedFiles().constFirst());
            exportModel(dialog.selectedFiles().constFirst());
        }
    }));
    buttons->addWidget(button(tr("Reset &to default"), &ModelEditor::resetToDefault));

    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problems->setAccessibleName(tr("Problems of the scoring model"));
    connect(scores, &ScoreBoard::scoresChanged, this, &ModelEditor::updateProblems);

    auto *explanation = new QLabel(
        tr("Indicators feed dimensions, dimensions feed the two indices. Weights count relative to "
           "their siblings (the share column shows the result). Double-click a cell to change it; "
           "scores follow at once, and every change can be undone."));
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    // Which model is edited: the workspace's own, or one of its scenarios.
    m_scenarios->setAccessibleName(tr("Model shown"));
    m_scenarios->setMinimumContentsLength(24);
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_scenarios, &QComboBox::activated, this,
            [this](int index) { showScenario(m_scenarios->itemData(index).toLongLong()); });
    auto *newScenario = new QPushButton(tr("Ne&w Scenario…"));
    newScenario->setToolTip(tr("A named copy of the model shown, to vary and compare with the "
                               "workspace's model"));
    connect(newScenario, &QPushButton::clicked, this, [this] { addScenario(); });
    connect(m_renameScenario, &QPushButton::clicked, this, [this] { renameScenario(); });
    connect(m_deleteScenario, &QPushButton::clicked, this, &ModelEditor::deleteScenario);
    auto *scenarioBar = new FlowLayout;
    auto *shownLabel = new QLabel(tr("&Show the model of:"));
    shownLabel->setBuddy(m_scenarios);
    scenarioBar->addWidget(keptTogether({shownLabel, m_scenarios}));
    scenarioBar->addWidget(newScenario);
    scenarioBar->addWidget(m_renameScenario);
    scenarioBar->addWidget(m_deleteScenario);
    connect(document, &WorkspaceDocument::scenariosChanged, this, &ModelEditor::updateScenarios);
    connect(document, &WorkspaceDocument::scenarioModelChanged, this, [this](qint64 scenario) {
        if (scenario == shownScenario())
            updateProblems();
    });

    auto *editPage = new QWidget;
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->addLayout(form);
    editLayout->addWidget(explanation);
    editLayout->addWidget(m_tree, 1);
    editLayout->addWidget(m_problems);
    editLayout->addLayout(buttons);
    m_tabs->addTab(editPage, tr("Model"));
    m_tabs->addTab(m_compare, tr("Side b&y side with the workspace's model"));
    connect(m_compare, &ScenarioCompareView::verticalActivated, this,
            &ModelEditor::verticalActivated);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scenarioBar);
    layout->addWidget(m_tabs, 1);
    updateScenarios();
    updateProblems();
}

qint64 ModelEditor::shownScenario() const
{
    return m_treeModel->scenario();
}

void ModelEditor::showScenario(qint64 scenario)
{
    if (!Records::hasModel(m_document->workspace(), scenario))
        scenario = 0;
    m_treeModel->setScenario(scenario);
    m_settings->setVertical(scenario);
    m_binder->setRow(0);
    m_compare->setScenario(scenario);
    updateScenarios();
    updateProblems();
}

void ModelEditor::updateScenarios()
{
    const Workspace &workspace = m_document->workspace();
    // The scenario shown may have gone (undo of its creation): the models follow by themselves.
    const qint64 shown = shownScenario();
    if (m_settings->vertical() != shown) {
        m_settings->setVertical(shown);
        m_binder->setRow(0);
    }
    if (m_compare->scenario() != shown)
        m_compare->setScenario(shown);
    m_scenarios->clear();
    m_scenarios->addItem(tr("The workspace's model (baseline)"), qint64(0));
    for (const Scenario &scenario : workspace.scenarios)
        m_scenarios->addItem(tr("Scenario: %1").arg(scenario.name), scenario.id);
    m_scenarios->setCurrentIndex(std::max(0, m_scenarios->findData(shown)));
    m_renameScenario->setEnabled(shown != 0);
    m_deleteScenario->setEnabled(shown != 0);
    m_tabs->setTabEnabled(1, shown != 0);
    m_tabs->setTabToolTip(1,
                          shown != 0 ? tr("This scenario beside the workspace's model")
                                     : tr("Choose or make a scenario to compare it"));
}

qint64 ModelEditor::addScenario(const QString &presetName)
{
    const Workspace &workspace = m_document->workspace();
    Scenario scenario
        = Records::makeNew(workspace, Record::Scenario, shownScenario()).value<Scenario>();
    QString name = presetName;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("New Scenario"),
                                     tr("A copy of the model shown, named:"), QLineEdit::Normal,
                                     scenario.name, &ok);
        if (!ok)
            return 0;
    }
    scenario.name = name.trimmed();
    QString error;
    if (Commands::insertRecordData(m_document, Record::Scenario, 0, -1,
                                   QVariant::fromValue(scenario), &error)
        < 0) {
        emit message(error);
        return 0;
    }
    showScenario(scenario.id);
    emit message(
        tr("Scenario \"%1\" made: change its model here, then compare it.").arg(scenario.name));
    return scenario.id;
}

bool ModelEditor::renameScenario(const QString &presetName)
{
    const int row = m_document->workspace().indexOfScenario(shownScenario());
    if (row < 0)
        return false;
    QString name = presetName;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename Scenario"), tr("Name:"), QLineEdit::Normal,
                                     m_document->workspace().scenarios.at(row).name, &ok);
        if (!ok)
            return false;
    }
    QString error;
    if (!Commands::setField(m_document, FieldRef {Record::Scenario, 0, row, ScenarioField::Name},
                            name, &error)) {
        emit message(error);
        return false;
    }
    return true;
}

void ModelEditor::deleteScenario()
{
    const int row = m_document->workspace().indexOfScenario(shownScenario());
    if (row < 0)
        return;
    QString error;
    // Undo brings it back, so no question is asked.
    if (!Commands::removeRecord(m_document, Record::Scenario, 0, row, &error))
        emit message(error);
}

void ModelEditor::expandAll()
{
    m_tree->expandAll();
}

void ModelEditor::updateProblems()
{
    QStringList problems;
    if (shownScenario() == 0) {
        problems = m_scores->problems();
    } else {
        compileGtmModel(m_treeModel->model(), m_document->workspace(), nullptr, &problems);
        // A dimension being built is not a problem yet (the tree allows it as a step).
        problems.erase(std::remove_if(problems.begin(), problems.end(),
                                      [](const QString &problem) {
                                          return problem.contains(
                                              QLatin1String("has nothing below it"));
                                      }),
                       problems.end());
    }
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : tr("The model has problems; scores wait until they are "
                                 "solved: %1")
                                  .arg(problems.join(Language::sentenceSeparator())));
    m_problems->setVisible(!problems.isEmpty());
}

void ModelEditor::addDimension()
{
    const auto [record, row] = m_treeModel->recordOf(m_tree->currentIndex());
    const Workspace &workspace = m_document->workspace();
    const ScoringModel &model = m_treeModel->model();
    const qint64 owner = shownScenario();
    // Under the selected node (or the selected indicator's node), else under readiness.
    ModelNode node = Records::makeNew(workspace, Record::ModelNode, owner).value<ModelNode>();
    if (row >= 0)
        node.parent = record == Record::ModelNode ? model.nodes.at(row).id
                                                  : model.indicators.at(row).parent;
    QString error;
    const int added = Commands::insertRecordData(m_document, Record::ModelNode, owner, -1,
                                                 QVariant::fromValue(node), &error);
    if (added < 0) {
        emit message(error);
        return;
    }
    const QModelIndex index = m_treeModel->indexOf(Record::ModelNode, added);
    m_tree->setCurrentIndex(index);
    m_tree->edit(index);
}

void ModelEditor::addIndicator()
{
    const auto [record, row] = m_treeModel->recordOf(m_tree->currentIndex());
    const Workspace &workspace = m_document->workspace();
    const ScoringModel &model = m_treeModel->model();
    const qint64 owner = shownScenario();
    ModelIndicator indicator
        = Records::makeNew(workspace, Record::ModelIndicator, owner).value<ModelIndicator>();
    indicator.parent = QStringLiteral("readiness.context");
    if (row >= 0)
        indicator.parent = record == Record::ModelNode ? model.nodes.at(row).id
                                                       : model.indicators.at(row).parent;
    // The first indicator the model does not use yet, with its own range as goalposts.
    QSet<QString> used;
    for (const ModelIndicator &i : model.indicators)
        used.insert(i.indicatorId);
    for (const IndicatorDefinition &d : workspace.indicators() + derivedIndicators()) {
        if (!used.contains(d.id)) {
            indicator.indicatorId = d.id;
            if (d.minimum && d.maximum) {
                indicator.goalpostLow = *d.minimum;
                indicator.goalpostHigh = *d.maximum;
            }
            break;
        }
    }
    if (indicator.indicatorId.isEmpty()) {
        emit message(tr("Every indicator is in the model already."));
        return;
    }
    QString error;
    const int added = Commands::insertRecordData(m_document, Record::ModelIndicator, owner, -1,
                                                 QVariant::fromValue(indicator), &error);
    if (added < 0) {
        emit message(error);
        return;
    }
    const QModelIndex index = m_treeModel->indexOf(Record::ModelIndicator, added);
    m_tree->setCurrentIndex(index.siblingAtColumn(ModelTreeModel::Id));
    m_tree->edit(m_tree->currentIndex());
}

void ModelEditor::removeSelected()
{
    const auto [record, row] = m_treeModel->recordOf(m_tree->currentIndex());
    if (row < 0)
        return;
    QString error;
    if (!Commands::removeRecord(m_document, record, shownScenario(), row, &error))
        emit message(error);
}

bool ModelEditor::importModel(const QString &fileName)
{
    ScoringModel model;
    QString error;
    QStringList problems;
    if (!ModelJson::readFile(fileName, &model, &error)) {
        emit message(tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    if (!compileGtmModel(model, m_document->workspace(), nullptr, &problems)) {
        emit message(tr("%1: invalid scoring model: %2")
                         .arg(QDir::toNativeSeparators(fileName), problems.constFirst()));
        return false;
    }
    if (!Commands::replaceModel(m_document, shownScenario(), model, tr("Import scoring model"),
                                &error)) {
        emit message(error);
        return false;
    }
    emit message(tr("Scoring model \"%1\" imported.").arg(model.name));
    return true;
}

bool ModelEditor::exportModel(const QString &fileName)
{
    QString error;
    if (!ModelJson::writeFile(fileName, m_treeModel->model(), &error)) {
        emit message(tr("%1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    emit message(tr("Scoring model written to %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void ModelEditor::resetToDefault()
{
    QString error;
    if (!Commands::replaceModel(m_document, shownScenario(), defaultScoringModel(),
                                tr("Reset the scoring model"), &error))
        emit message(error);
}

} // namespace Gtm
