#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace Gtm {

class FormBinder;
class ModelTreeModel;
class RecordTableModel;
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

signals:
    void message(const QString &text);

private:
    void updateProblems();
    void expandAll();

    WorkspaceDocument *m_document;
    ScoreBoard *m_scores;
    RecordTableModel *m_settings;
    FormBinder *m_binder;
    ModelTreeModel *m_treeModel;
    QTreeView *m_tree;
    QLabel *m_problems;
};

} // namespace Gtm
