#pragma once

#include "domain/vertical.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace Gtm {

class FormBinder;
class ModelTreeModel;
class RecordTableModel;
class ScenarioCompareView;
class ScoreBoard;
class WorkspaceDocument;

/**
 * The scoring model: its settings (name, missing values, quadrant thresholds, recommendation
 * settings) and its tree of indices, dimensions and indicators with weights, polarity,
 * normalisation, goalposts and aggregation, all editable with undo; problems shown as they
 * arise; import and export as JSON.
 * Scores elsewhere in the window follow every edit.
 */
class ModelEditor : public QWidget
{
    Q_OBJECT

public:
    ModelEditor(WorkspaceDocument *document, ScoreBoard *scores, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    ModelTreeModel *treeModel() const { return m_treeModel; }
    QLabel *problems() const { return m_problems; }

    void addDimension();
    void addIndicator();
    void removeSelected();
    bool importModel(const QString &fileName);
    bool exportModel(const QString &fileName);
    void resetToDefault();

    /** The scenario whose model is shown and edited (its id), 0 for the workspace's own. */
    qint64 shownScenario() const;
    void showScenario(qint64 scenario);
    /** Makes a scenario from the model shown, named `name` (asked for when empty), shows it
     *  and returns its id (0 when cancelled or refused). */
    qint64 addScenario(const QString &name = {});
    /** Renames the scenario shown (the name asked for when empty). */
    bool renameScenario(const QString &name = {});
    void deleteScenario();
    ScenarioCompareView *compareView() const { return m_compare; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void message(const QString &text);
    /** A vertical was double-clicked in the comparison. */
    void verticalActivated(Gtm::VerticalId vertical);

private:
    void updateProblems();
    void updateScenarios();
    void expandAll();

    WorkspaceDocument *m_document;
    ScoreBoard *m_scores;
    RecordTableModel *m_settings;
    FormBinder *m_binder;
    ModelTreeModel *m_treeModel;
    QTreeView *m_tree;
    QLabel *m_problems;
    QComboBox *m_scenarios;
    QPushButton *m_renameScenario;
    QPushButton *m_deleteScenario;
    QTabWidget *m_tabs;
    ScenarioCompareView *m_compare;
};

} // namespace Gtm
