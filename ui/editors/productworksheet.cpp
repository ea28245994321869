#include "productworksheet.h"

#include "document/workspacedocument.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "domain/plural.h"
#include "formbinder.h"
#include "items/recordtablemodel.h"
#include "recordtableeditor.h"
#include "worksheetwidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Gtm {

using namespace WorksheetWidgets;

ProductWorksheet::ProductWorksheet(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_productModel(new RecordTableModel(document, Record::Product, this))
    , m_planModel(new RecordTableModel(document, Record::Plan, this))
    , m_productBinder(new FormBinder(m_productModel, this))
    , m_planBinder(new FormBinder(m_planModel, this))
    , m_tabs(new QTabWidget)
{
    for (RecordTableModel *model : {m_productModel, m_planModel})
        connect(model, &RecordTableModel::editRejected, this, &ProductWorksheet::rejected);
    connect(m_productModel, &RecordTableModel::editRejected, m_productBinder,
            &FormBinder::noteRejection);
    connect(m_planModel, &RecordTableModel::editRejected, m_planBinder, &FormBinder::noteRejection);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(productPage(), tr("Product && market"));
    m_tabs->addTab(valuePage(), tr("Value proposition"));

    auto *personaModel = new RecordTableModel(document, Record::Persona, this);
    m_personas = new RecordTableEditor(personaModel, tr("Buyer personas"));
    m_personas->setWrapping(true);
    auto *personaPage = new QWidget;
    auto *personaLayout = new QVBoxLayout(personaPage);
    personaLayout->addWidget(explanation(
        tr("Everyone who has a say in buying, from the people who will use the product to the "
           "budget approver. The champion inside the customer must be able to explain what the AI "
           "decides: write down what each persona must be able to explain.")));
    personaLayout->addWidget(m_personas, 1);
    m_personas->view()->setColumnWidth(PersonaField::Role, 150);
    m_personas->view()->setColumnWidth(PersonaField::CommitteeRole, 130);
    m_personas->setStretchColumns(
        {PersonaField::Goals, PersonaField::Objections, PersonaField::MustExplain});
    m_tabs->addTab(personaPage, tr("Buyer personas"));

    m_tabs->addTab(pricingPage(), tr("Pricing"));

    auto *marketingModel = new RecordTableModel(document, Record::MarketingItem, this);
    m_marketing = new RecordTableEditor(marketingModel, tr("Marketing and promotion plan"));
    m_marketing->setWrapping(true);
    m_marketing->view()->setColumnWidth(MarketingField::Title, 220);
    m_marketing->view()->setColumnWidth(MarketingField::Kind, 150);
    m_marketing->view()->setColumnWidth(MarketingField::Timing, 90);
    m_marketing->view()->setColumnWidth(MarketingField::Budget, 100);
    m_marketing->setStretchColumns({MarketingField::Notes});
    auto *marketingPage = new QWidget;
    auto *marketingLayout = new QVBoxLayout(marketingPage);
    marketingLayout->addWidget(
        explanation(tr("The marketing and promotion plan: what, when and at what cost.")));
    marketingLayout->addWidget(m_marketing, 1);
    m_tabs->addTab(marketingPage, tr("Marketing"));

    auto *channelModel = new RecordTableModel(document, Record::Channel, this);
    m_channels = new RecordTableEditor(channelModel, tr("Channels"));
    m_channels->setWrapping(true);
    m_channels->view()->setColumnWidth(ChannelField::Kind, 140);
    m_channels->view()->setColumnWidth(ChannelField::Name, 220);
    m_channels->view()->setColumnWidth(ChannelField::RevenueShare, 130);
    m_channels->setStretchColumns({ChannelField::Notes});
    m_channelShares = new QLabel;
    auto *channelPage = new QWidget;
    auto *channelLayout = new QVBoxLayout(channelPage);
    channelLayout->addWidget(
        explanation(tr("How the product reaches customers: direct sales, partners, "
                       "marketplaces, OEM, and the share of revenue each should bring.")));
    channelLayout->addWidget(m_channels, 1);
    channelLayout->addWidget(m_channelShares);
    m_tabs->addTab(channelPage, tr("Channels"));
    m_tabs->addTab(asksPage(), tr("Timing && asks"));
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(marketingModel, signal, this, &ProductWorksheet::updateMarketingTotal);
    connect(marketingModel, &QAbstractItemModel::dataChanged, this,
            &ProductWorksheet::updateMarketingTotal);
    connect(marketingModel, &QAbstractItemModel::modelReset, this,
            &ProductWorksheet::updateMarketingTotal);
    connect(channelModel, &QAbstractItemModel::dataChanged, this,
            &ProductWorksheet::updateChannelShares);
    connect(channelModel, &QAbstractItemModel::rowsInserted, this,
            &ProductWorksheet::updateChannelShares);
    connect(channelModel, &QAbstractItemModel::rowsRemoved, this,
            &ProductWorksheet::updateChannelShares);
    connect(channelModel, &QAbstractItemModel::modelReset, this,
            &ProductWorksheet::updateChannelShares);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_productBinder->setRow(0);
    m_planBinder->setRow(0);
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        m_productBinder->setRow(0);
        m_planBinder->setRow(0);
    });
    updateFramingWarning();
    updateChannelShares();
    updateMarketingTotal();
}

QWidget *ProductWorksheet::productPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Product name"));
    m_pitch = new QLineEdit;
    m_pitch->setAccessibleName(tr("One-line pitch"));
    m_category = new QComboBox;
    m_category->setAccessibleName(tr("AI category"));
    m_customCategory = new QLineEdit;
    m_customCategory->setAccessibleName(tr("Custom category"));
    m_customCategory->setPlaceholderText(tr("when the category is Custom"));
    m_modality = new QComboBox;
    m_modality->setAccessibleName(tr("Modality"));
    m_targetMarket = textBox(tr("Target market"), 6, 6);

    form->addRow(buddyLabel(tr("Product &name:"), m_name), m_name);
    form->addRow(buddyLabel(tr("P&itch:"), m_pitch), m_pitch);
    form->addRow(buddyLabel(tr("AI c&ategory:"), m_category), m_category);
    form->addRow(buddyLabel(tr("C&ustom category:"), m_customCategory), m_customCategory);
    form->addRow(buddyLabel(tr("M&odality:"), m_modality), m_modality);
    form->addRow(buddyLabel(tr("&Target market:"), m_targetMarket), m_targetMarket);

    m_productBinder->bind(m_name, ProductField::Name);
    m_productBinder->bind(m_pitch, ProductField::Pitch);
    m_productBinder->bind(m_category, ProductField::Category);
    m_productBinder->bind(m_customCategory, ProductField::CustomCategory);
    m_productBinder->bind(m_modality, ProductField::Modality);
    m_planBinder->bind(m_targetMarket, PlanField::TargetMarket);
    const auto updateCustom = [this] {
        m_customCategory->setEnabled(m_category->currentData().toInt() == int(AiCategory::Custom));
    };
    connect(m_productModel, &QAbstractItemModel::dataChanged, this, updateCustom);
    connect(m_productModel, &QAbstractItemModel::modelReset, this, updateCustom);
    m_customCategory->setEnabled(m_category->currentData().toInt() == int(AiCategory::Custom));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("What the product is and who it is for. The enterprise world is mostly non-visual: say "
           "which kind of data the product works on, and which market it targets first.")));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *ProductWorksheet::valuePage()
{
    auto *model = new RecordTableModel(m_document, Record::ValueDriver, this);
    m_drivers = new RecordTableEditor(model, tr("Value drivers"));
    m_drivers->setFixedRows(true);
    m_drivers->setWrapping(true);
    m_drivers->view()->setColumnWidth(ValueDriverField::Kind, 180);
    m_drivers->view()->setColumnWidth(ValueDriverField::Strength, 75);
    m_drivers->view()->setColumnWidth(ValueDriverField::Framing, 105);
    m_drivers->setStretchColumns({ValueDriverField::Evidence});
    m_framingWarning = new QLabel;
    m_framingWarning->setWordWrap(true);
    m_framingWarning->setStyleSheet(QStringLiteral("color: #b9770e; font-weight: 600;"));
    m_framingWarning->setAccessibleName(tr("Framing warning"));
    connect(model, &QAbstractItemModel::dataChanged, this, &ProductWorksheet::updateFramingWarning);
    connect(model, &QAbstractItemModel::modelReset, this, &ProductWorksheet::updateFramingWarning);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("Which AI-driven advantage does the product bring? Rate each of the nine value drivers "
           "from 0 (not claimed) to 5, give the evidence, and say whether the value is told as an "
           "opportunity (better decisions, revenue not lost to delay, no brand damage) or as "
           "savings. Buyers are won by opportunity.")));
    layout->addWidget(m_drivers, 1);
    layout->addWidget(m_framingWarning);
    return page;
}

QWidget *ProductWorksheet::pricingPage()
{
    auto *page = new QWidget;
    m_pricingModel = new QComboBox;
    m_pricingModel->setAccessibleName(tr("Pricing model"));
    m_pricingRationale = textBox(tr("Pricing rationale"), 3, 6);
    m_planBinder->bind(m_pricingModel, PlanField::PricingModel);
    m_planBinder->bind(m_pricingRationale, PlanField::PricingRationale);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(buddyLabel(tr("Pricing &model:"), m_pricingModel), m_pricingModel);
    form->addRow(buddyLabel(tr("R&ationale:"), m_pricingRationale), m_pricingRationale);

    auto *model = new RecordTableModel(m_document, Record::PricePoint, this);
    m_pricePoints = new RecordTableEditor(model, tr("Price points"));
    m_pricePoints->view()->setColumnWidth(PricePointField::Tier, 200);
    m_pricePoints->view()->setColumnWidth(PricePointField::Price, 120);
    m_pricePoints->setStretchColumns({PricePointField::Unit});

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    auto *pricePointsLabel = new QLabel(tr("&Price points:"));
    pricePointsLabel->setBuddy(m_pricePoints->view());
    layout->addWidget(pricePointsLabel);
    layout->addWidget(m_pricePoints, 1);
    return page;
}

QWidget *ProductWorksheet::asksPage()
{
    auto *content = new QWidget;
    auto *form = newForm();

    auto *timing = new QLabel(tr("<b>When each wave starts</b> — the quarter the plan targets for "
                                 "the verticals the recommendation puts in each wave."));
    timing->setWordWrap(true);
    form->addRow(timing);
    const std::pair<int, QString> waves[] = {
        {PlanField::GoFirstQuarter, tr("&Go first:")},
        {PlanField::NextQuarter, tr("Ne&xt:")},
        {PlanField::PrepareQuarter, tr("Prepa&re:")},
    };
    for (const auto &[field, label] : waves) {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(Records::fieldName(Record::Plan, field));
        edit->setPlaceholderText(tr("e.g. %1").arg(tr("2027 Q1")));
        m_planBinder->bind(edit, field);
        m_quarters.insert(field, edit);
        form->addRow(buddyLabel(label, edit), edit);
    }

    auto *asks = new QLabel(tr("<b>Asks</b> — what the plan needs from leadership besides the "
                               "marketing budget: people, money and decisions."));
    asks->setWordWrap(true);
    form->addRow(asks);
    m_askPeople = textBox(Records::fieldName(Record::Plan, PlanField::AskPeople), 3, 4);
    m_askPeople->setPlaceholderText(tr("Who the plan needs: roles, how many, from when."));
    m_askBudget = new QLineEdit;
    m_askBudget->setAccessibleName(Records::fieldName(Record::Plan, PlanField::AskBudget));
    m_askBudget->setPlaceholderText(tr("in US dollars; empty: none"));
    m_askDecisions = textBox(Records::fieldName(Record::Plan, PlanField::AskDecisions), 3, 4);
    m_askDecisions->setPlaceholderText(tr("The decisions leadership must take, one a line."));
    m_planBinder->bind(m_askPeople, PlanField::AskPeople);
    m_planBinder->bindOnFinish(m_askBudget, PlanField::AskBudget);
    m_planBinder->bind(m_askDecisions, PlanField::AskDecisions);
    m_marketingTotal = new QLabel;
    m_marketingTotal->setWordWrap(true);
    m_marketingTotal->setAccessibleName(tr("Marketing budget"));
    form->addRow(buddyLabel(tr("&People:"), m_askPeople), m_askPeople);
    form->addRow(buddyLabel(tr("&Budget beyond marketing (USD):"), m_askBudget), m_askBudget);
    form->addRow(QString(), m_marketingTotal);
    form->addRow(buddyLabel(tr("&Decisions needed:"), m_askDecisions), m_askDecisions);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(explanation(
        tr("The decision document's last parts: when the plan moves, and what it asks for. The "
           "decision summary lists them beside the recommendation.")));
    layout->addLayout(form);
    layout->addStretch(1);
    return scrolling(content);
}

void ProductWorksheet::updateMarketingTotal()
{
    double total = 0;
    int items = 0;
    for (const MarketingItem &item : m_document->workspace().plan.marketing) {
        if (item.budget) {
            total += *item.budget;
            ++items;
        }
    }
    m_marketingTotal->setText(
        items == 0 ? tr("The marketing items have no budget yet (Marketing tab).")
                   : tr("Marketing budget: %1 over %2 (Marketing tab).")
                         .arg(Amounts::money(total, Amounts::Unit::Usd, Language::locale()),
                              counted(items, tr("%1 item"), tr("%1 items"))));
}

void ProductWorksheet::updateFramingWarning()
{
    const GtmPlan &plan = m_document->workspace().plan;
    int claimed = 0;
    int opportunity = 0;
    for (const ValueDriver &driver : plan.valueDrivers) {
        if (driver.strength > 0) {
            ++claimed;
            opportunity += driver.framing == Framing::Opportunity ? 1 : 0;
        }
    }
    const bool warn = claimed > 0 && opportunity == 0;
    m_framingWarning->setText(
        warn ? tr("⚠ Every value driver you claim is framed as savings. Articulate value as "
                  "opportunity — more accurate and consistent decisions, revenue not lost to a "
                  "six-month delay, no brand damage from wrong decisions — rather than savings.")
             : QString());
    m_framingWarning->setVisible(warn);
}

void ProductWorksheet::updateChannelShares()
{
    double total = 0;
    bool any = false;
    for (const Channel &channel : m_document->workspace().plan.channels) {
        if (channel.revenueSharePct) {
            total += *channel.revenueSharePct;
            any = true;
        }
    }
    if (!any) {
        m_channelShares->clear();
        return;
    }
    const bool exact = std::abs(total - 100.0) < 1e-6;
    m_channelShares->setText(exact ? tr("Revenue shares add up to 100 %.")
                                   : tr("Revenue shares add up to %1 %, not 100 %.")
                                         .arg(Language::locale().toString(total, 'g', 6)));
    m_channelShares->setStyleSheet(exact ? QString() : QStringLiteral("color: #b9770e;"));
}

} // namespace Gtm
