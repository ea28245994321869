#include "verticalworksheet.h"

#include "document/workspacedocument.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "formbinder.h"
#include "indicatorfield.h"
#include "items/recordtablemodel.h"
#include "items/verticaltablemodel.h"
#include "recordtableeditor.h"
#include "scoring/indicatortable.h"
#include "widgets/elidedlabel.h"
#include "worksheetwidgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Gtm {

using namespace WorksheetWidgets;

VerticalWorksheet::VerticalWorksheet(WorkspaceDocument *document, VerticalTableModel *values,
                                     QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_values(values)
    , m_texts(new RecordTableModel(document, Record::Vertical, this))
    , m_challengeModel(new RecordTableModel(document, Record::Challenge, this))
    , m_valueBinder(new FormBinder(values, this))
    , m_textBinder(new FormBinder(m_texts, this))
    , m_tabs(new QTabWidget)
{
    connect(values, &VerticalTableModel::editRejected, m_valueBinder, &FormBinder::noteRejection);
    connect(m_texts, &RecordTableModel::editRejected, m_textBinder, &FormBinder::noteRejection);
    connect(m_valueBinder, &FormBinder::rejected, this, &VerticalWorksheet::rejected);
    connect(m_textBinder, &FormBinder::rejected, this, &VerticalWorksheet::rejected);

    m_title = new ElidedLabel; // a 300-character name must not widen the window
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overviewPage(), tr("Overview"));
    m_tabs->addTab(
        indicatorPage(
            Dimension::Context,
            tr("<b>Context</b> — where is this vertical in its overall AI strategy? How "
               "enthusiastic is it about AI compared with others, and where do its buyers "
               "sit between the data scientists' equations and the media's general-AI "
               "fantasies? Knowing what the target expects from machine learning shortens "
               "the GTM cycle."),
            VerticalField::ContextNotes),
        tr("Context"));
    m_tabs->addTab(challengesPage(), tr("Challenges"));
    m_tabs->addTab(
        indicatorPage(
            Dimension::Capabilities,
            tr("<b>Capabilities</b> — can the customer adopt AI? The gap between leaders and "
               "laggards is driven by access to data, digital maturity and executive "
               "sponsorship. Does the customer have relevant data, and the habit of "
               "collecting the data needed to train models? Frontier sectors: finance, "
               "automotive, technology, telecom; slower adopters: healthcare, construction, "
               "travel, education."),
            VerticalField::CapabilitiesNotes),
        tr("Capabilities"));
    m_tabs->addTab(
        indicatorPage(
            Dimension::Consequences,
            tr("<b>Consequences</b> — the long-term effects of this vertical joining the AI "
               "ecosystem: safety and ethics, labour, social governance. Low-skill jobs are "
               "at higher risk (14 % of jobs across 32 OECD countries are highly "
               "automatable, 32 % at risk of significant change). Products that augment the "
               "customer's workforce are adopted more readily."),
            VerticalField::ConsequencesNotes,
            {VerticalField::Winners, VerticalField::Losers, VerticalField::Safeguards}),
        tr("Consequences"));
    m_tabs->addTab(customPage(), tr("Custom indicators"));
    m_textEdits.value(VerticalField::Safeguards)
        ->setPlaceholderText(tr("How its highest risks are kept in check: human review, "
                                "explainable outputs, a pilot under supervision… The decision "
                                "summary sets this beside the vertical's top risks."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    const auto refreshTitle = [this] {
        const Vertical *v = m_document->workspace().vertical(m_vertical);
        m_title->setFullText(v ? v->name : tr("No vertical selected"));
    };
    connect(document, &WorkspaceDocument::fieldChanged, this, [refreshTitle](const FieldRef &ref) {
        if (ref.record == Record::Vertical && ref.field == VerticalField::Name)
            refreshTitle();
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        if (!m_document->workspace().vertical(m_vertical))
            setVertical(0);
        else
            setVertical(m_vertical);
    });
    // Rows shift when verticals come, go or move: find this vertical's row again by its id, so
    // the fields never show (or edit) a neighbour.
    const auto reresolve = [this] {
        setVertical(m_document->workspace().vertical(m_vertical) ? m_vertical : 0);
    };
    connect(document, &WorkspaceDocument::verticalRemoved, this, reresolve);
    connect(document, &WorkspaceDocument::verticalInserted, this, reresolve);
    connect(document, &WorkspaceDocument::verticalMoved, this, reresolve);
    connect(document, &WorkspaceDocument::indicatorsChanged, this,
            [this] { rebuildCustomFields(); });
    connect(m_challengeModel, &QAbstractItemModel::dataChanged, this,
            &VerticalWorksheet::updateDerived);
    connect(m_challengeModel, &QAbstractItemModel::modelReset, this,
            &VerticalWorksheet::updateDerived);
    connect(m_challengeModel, &QAbstractItemModel::rowsInserted, this,
            &VerticalWorksheet::updateDerived);
    connect(m_challengeModel, &QAbstractItemModel::rowsRemoved, this,
            &VerticalWorksheet::updateDerived);
    setVertical(0);
}

IndicatorField *VerticalWorksheet::addField(QFormLayout *form, const IndicatorDefinition &given)
{
    const IndicatorDefinition definition = given.localized();
    auto *field = new IndicatorField(definition);
    // '&' in a name ("Safety & ethics") is text, not a mnemonic.
    auto *label = new QLabel(
        tr("%1:").arg(QString(definition.name).replace(QLatin1Char('&'), QLatin1String("&&"))));
    label->setBuddy(field->lineEdit());
    label->setToolTip(definition.description);
    form->addRow(label, field);
    m_fields.insert(definition.id, field);
    m_valueBinder->bind(field, m_values->columnOfIndicator(definition.id),
                        VerticalTableModel::ValueRole, VerticalTableModel::SourceRole);
    return field;
}

QWidget *VerticalWorksheet::overviewPage()
{
    auto *content = new QWidget;
    auto *form = newForm();
    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Vertical name"));
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    m_textBinder->bind(m_name, VerticalField::Name);
    auto *description = textBox(tr("Description"), 3, 4);
    auto *descriptionLabel = new QLabel(tr("&Description:"));
    descriptionLabel->setBuddy(description);
    form->addRow(descriptionLabel, description);
    m_textEdits.insert(VerticalField::Description, description);
    m_textBinder->bind(description, VerticalField::Description);

    auto *market = new QLabel(tr("<b>Market facts</b> — the size of the prize: they size the "
                                 "vertical's bubble on the readiness × risk map."));
    market->setWordWrap(true);
    form->addRow(market);
    for (const IndicatorDefinition &definition : builtInIndicators()) {
        if (definition.dimension == Dimension::Market)
            addField(form, definition);
    }
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addStretch(1);
    return scrolling(content);
}

QWidget *VerticalWorksheet::indicatorPage(Dimension dimension, const QString &text, int notesField,
                                          const QList<int> &extraFields)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(richExplanation(text));
    auto *form = newForm();
    for (const IndicatorDefinition &definition : builtInIndicators()) {
        if (definition.dimension == dimension)
            addField(form, definition);
    }
    for (int field : QList<int> {notesField} + extraFields) {
        auto *edit = textBox(Records::fieldName(Record::Vertical, field), 3, 4);
        auto *label = new QLabel(Records::fieldName(Record::Vertical, field) + QLatin1Char(':'));
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_textEdits.insert(field, edit);
        m_textBinder->bind(edit, field);
    }
    layout->addLayout(form);
    layout->addStretch(1);
    return scrolling(content);
}

QWidget *VerticalWorksheet::challengesPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(richExplanation(tr(
        "<b>Challenges</b> — which specific problems will AI solve here? Gather the view of every "
        "party, from product users to the budget approver. Tell the value as opportunity rather "
        "than savings, and rate how much each decision must be explained (why a loan was "
        "refused, a candidate rejected). Flag <i>technology first</i> when the customer wants a "
        "data lake first and a use case later: the proof of concept will be very long. Leave a "
        "field empty until you know it: an empty field counts for nothing.")));
    m_challenges = new RecordTableEditor(m_challengeModel, tr("Challenges"));
    m_challenges->setColumnStretch(ChallengeField::Problem);
    m_challenges->setWrapping(true);
    m_challenges->view()->setColumnWidth(ChallengeField::Stakeholder, 135);
    m_challenges->view()->setColumnWidth(ChallengeField::Framing, 95);
    m_challenges->view()->setColumnWidth(ChallengeField::ExplainabilityNeed, 130);
    m_challenges->view()->setColumnWidth(ChallengeField::TechnologyFirst, 120);
    m_challenges->view()->setColumnWidth(ChallengeField::PocMonths, 95);
    layout->addWidget(m_challenges, 1);
    m_derived = new QLabel;
    m_derived->setWordWrap(true);
    m_derived->setAccessibleName(tr("What the challenges add up to"));
    layout->addWidget(m_derived);
    return page;
}

QWidget *VerticalWorksheet::customPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(richExplanation(
        tr("Indicators of your own, for this workspace: define them here (or import a table with "
           "a new column), give each vertical its value below, and add them to the scoring model "
           "to score with them.")));
    auto *definitions = new RecordTableModel(m_document, Record::CustomIndicator, this);
    m_customDefinitions = new RecordTableEditor(definitions, tr("Custom indicators"));
    m_customDefinitions->view()->setColumnWidth(0, 170);
    m_customDefinitions->view()->setColumnWidth(1, 170);
    m_customDefinitions->view()->setMaximumHeight(190);
    layout->addWidget(m_customDefinitions);
    m_customValues = new QWidget;
    m_customForm = newForm();
    m_customValues->setLayout(m_customForm);
    layout->addWidget(scrolling(m_customValues), 1);
    rebuildCustomFields();
    return page;
}

void VerticalWorksheet::rebuildCustomFields()
{
    if (!m_customForm)
        return;
    // Drop the old custom fields and make one per custom indicator.
    for (auto it = m_fields.begin(); it != m_fields.end();) {
        if (!builtInIndicator(it.key())) {
            m_customForm->removeRow(it.value()); // deletes the field and its label
            it = m_fields.erase(it);
        } else {
            ++it;
        }
    }
    QWidget *previous = m_customDefinitions ? m_customDefinitions->view() : nullptr;
    for (const IndicatorDefinition &definition : m_document->workspace().customIndicators) {
        IndicatorField *field = addField(m_customForm, definition);
        // New fields would otherwise come last in the window's Tab order.
        if (previous)
            setTabOrder(previous, field->lineEdit());
        previous = field->lineEdit();
    }
    m_valueBinder->setRow(m_document->workspace().indexOfVertical(m_vertical));
}

QPlainTextEdit *VerticalWorksheet::textEdit(int verticalField) const
{
    return m_textEdits.value(verticalField);
}

void VerticalWorksheet::setVertical(VerticalId vertical)
{
    const Workspace &workspace = m_document->workspace();
    m_vertical = workspace.vertical(vertical) ? vertical : 0;
    const int row = workspace.indexOfVertical(m_vertical);
    m_valueBinder->setRow(row);
    m_textBinder->setRow(row);
    m_challengeModel->setVertical(m_vertical);
    const Vertical *v = workspace.vertical(m_vertical);
    m_title->setFullText(v ? v->name : tr("No vertical selected: add one or pick one in the list"));
    m_tabs->setEnabled(v != nullptr);
    updateDerived();
}

void VerticalWorksheet::updateDerived()
{
    const Vertical *v = m_document->workspace().vertical(m_vertical);
    if (!v || v->challenges.isEmpty()) {
        m_derived->setText(tr("No challenges yet: the Challenges signals of the scores are missing "
                              "for this vertical."));
        return;
    }
    Workspace one;
    one.verticals = {*v};
    QStringList ids;
    for (const IndicatorDefinition &d : derivedIndicators())
        ids.append(d.id);
    const IndicatorTable table = IndicatorTable::fromWorkspace(one, ids);
    QStringList parts;
    for (int c = 0; c < ids.size(); ++c) {
        const IndicatorDefinition *d = derivedIndicator(ids.at(c));
        const double value = table.value(0, c);
        parts.append(QStringLiteral("%1: <b>%2</b>")
                         .arg(localizedName(d->name).toHtmlEscaped(),
                              std::isnan(value) ? tr("not known")
                                  : d->unit.startsWith(QLatin1Char('%'))
                                  ? Numbers::percent(Language::locale().toString(value, 'f', 0))
                                  : Language::locale().toString(value, 'f', 1)));
    }
    QString text = tr("What the challenges add up to — ") + parts.join(QStringLiteral(" · "));
    bool technologyFirst = false;
    for (const Challenge &c : v->challenges)
        technologyFirst = technologyFirst || c.technologyFirst.value_or(false);
    if (technologyFirst)
        text += QStringLiteral("<br><span style=\"color:#b9770e\">")
            + tr("⚠ A technology-first challenge: expect a very long proof of concept.")
            + QStringLiteral("</span>");
    m_derived->setText(text);
}

} // namespace Gtm
