#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace Gtm {

class FormBinder;
class RecordTableEditor;
class RecordTableModel;
class WorkspaceDocument;

/**
 * The product and its GTM plan: product, target market, the nine value drivers (warning when
 * value is told only as savings), buyer personas, pricing, marketing, channels, and the
 * decision's timing and asks (the target quarter of each wave; people, budget and decisions).
 */
class ProductWorksheet : public QWidget
{
    Q_OBJECT

public:
    explicit ProductWorksheet(WorkspaceDocument *document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pitchEdit() const { return m_pitch; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *modalityCombo() const { return m_modality; }
    QPlainTextEdit *targetMarketEdit() const { return m_targetMarket; }
    QComboBox *pricingModelCombo() const { return m_pricingModel; }
    RecordTableEditor *valueDrivers() const { return m_drivers; }
    RecordTableEditor *personas() const { return m_personas; }
    RecordTableEditor *pricePoints() const { return m_pricePoints; }
    RecordTableEditor *marketing() const { return m_marketing; }
    RecordTableEditor *channels() const { return m_channels; }
    /** The target quarter of a wave (Go first, Next, Prepare). */
    QLineEdit *quarterEdit(int planField) const { return m_quarters.value(planField); }
    QPlainTextEdit *askPeopleEdit() const { return m_askPeople; }
    QLineEdit *askBudgetEdit() const { return m_askBudget; }
    QPlainTextEdit *askDecisionsEdit() const { return m_askDecisions; }
    /** What the marketing items' budgets add up to, under the asks. */
    QLabel *marketingTotal() const { return m_marketingTotal; }
    /** The warning shown when every claimed value driver is framed as savings. */
    QLabel *framingWarning() const { return m_framingWarning; }

signals:
    void rejected(const QString &message);

private:
    QWidget *productPage();
    QWidget *valuePage();
    QWidget *pricingPage();
    QWidget *asksPage();
    void updateMarketingTotal();
    void updateFramingWarning();
    void updateChannelShares();

    WorkspaceDocument *m_document;
    RecordTableModel *m_productModel;
    RecordTableModel *m_planModel;
    FormBinder *m_productBinder;
    FormBinder *m_planBinder;
    QTabWidget *m_tabs;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pitch = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_customCategory = nullptr;
    QComboBox *m_modality = nullptr;
    QPlainTextEdit *m_targetMarket = nullptr;
    QComboBox *m_pricingModel = nullptr;
    QPlainTextEdit *m_pricingRationale = nullptr;
    RecordTableEditor *m_drivers = nullptr;
    RecordTableEditor *m_personas = nullptr;
    RecordTableEditor *m_pricePoints = nullptr;
    RecordTableEditor *m_marketing = nullptr;
    RecordTableEditor *m_channels = nullptr;
    QLabel *m_framingWarning = nullptr;
    QLabel *m_channelShares = nullptr;
    QHash<int, QLineEdit *> m_quarters;
    QPlainTextEdit *m_askPeople = nullptr;
    QLineEdit *m_askBudget = nullptr;
    QPlainTextEdit *m_askDecisions = nullptr;
    QLabel *m_marketingTotal = nullptr;
};

} // namespace Gtm
