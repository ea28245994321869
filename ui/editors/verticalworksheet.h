#pragma once

#include "domain/indicator.h"
#include "domain/vertical.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace Gtm {

class ElidedLabel;

class FormBinder;
class IndicatorField;
class RecordTableEditor;
class RecordTableModel;
class VerticalTableModel;
class WorkspaceDocument;

/**
 * One vertical's worksheets, a page per dimension: Overview (name, description, market facts),
 * Context, Challenges (a table of challenges), Capabilities, Consequences, and Custom indicators.
 * Every field is bound to the workspace's item models; edits are undo commands.
 */
class VerticalWorksheet : public QWidget
{
    Q_OBJECT

public:
    enum Page { Overview, Context, Challenges, Capabilities, Consequences, Custom };

    VerticalWorksheet(WorkspaceDocument *document, VerticalTableModel *values,
                      QWidget *parent = nullptr);

    void setVertical(VerticalId vertical);
    VerticalId vertical() const { return m_vertical; }

    QTabWidget *tabs() const { return m_tabs; }
    /** The editor of a built-in or custom indicator, or nullptr. */
    IndicatorField *field(const QString &indicatorId) const { return m_fields.value(indicatorId); }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *textEdit(int verticalField) const;
    RecordTableEditor *challenges() const { return m_challenges; }
    RecordTableEditor *customIndicators() const { return m_customDefinitions; }
    QLabel *derivedSummary() const { return m_derived; }

signals:
    void rejected(const QString &message);

private:
    QWidget *indicatorPage(Dimension dimension, const QString &explanation, int notesField,
                           const QList<int> &extraFields = {});
    QWidget *overviewPage();
    QWidget *challengesPage();
    QWidget *customPage();
    IndicatorField *addField(QFormLayout *form, const IndicatorDefinition &definition);
    void rebuildCustomFields();
    void updateDerived();

    WorkspaceDocument *m_document;
    VerticalTableModel *m_values;
    RecordTableModel *m_texts;
    RecordTableModel *m_challengeModel;
    FormBinder *m_valueBinder;
    FormBinder *m_textBinder;
    VerticalId m_vertical = 0;
    QTabWidget *m_tabs;
    QLineEdit *m_name = nullptr;
    QHash<int, QPlainTextEdit *> m_textEdits;
    QHash<QString, IndicatorField *> m_fields;
    RecordTableEditor *m_challenges = nullptr;
    RecordTableEditor *m_customDefinitions = nullptr;
    QFormLayout *m_customForm = nullptr;
    QWidget *m_customValues = nullptr;
    QLabel *m_derived = nullptr;
    ElidedLabel *m_title = nullptr;
};

} // namespace Gtm
