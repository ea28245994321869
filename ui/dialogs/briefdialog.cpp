#include "briefdialog.h"

#include "domain/language.h"
#include "domain/workspace.h"
#include "export/brief.h"
#include "export/briefexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Gtm {

BriefDialog::BriefDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_verticals(new QListWidget)
    , m_language(new QComboBox)
    , m_pageSize(new QComboBox)
    , m_pdfA(new QCheckBox(tr("PDF/&A-1b, for archiving")))
    , m_author(new QLineEdit)
{
    setWindowTitle(tr("Export GTM Brief"));
    // The verticals, all ticked to begin with.
    m_verticals->setAccessibleName(tr("Verticals in the brief"));
    for (const Vertical &v : workspace.verticals) {
        auto *item = new QListWidgetItem(v.name, m_verticals);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_verticals, &QListWidget::itemChanged, this, &BriefDialog::updateAcceptable);
    auto *all = new QPushButton(tr("A&ll"));
    auto *none = new QPushButton(tr("N&one"));
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_verticals->count(); ++i)
            m_verticals->item(i)->setCheckState(state);
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    auto *verticalButtons = new QHBoxLayout;
    verticalButtons->addWidget(all);
    verticalButtons->addWidget(none);
    verticalButtons->addStretch(1);
    auto *verticalBox = new QGroupBox(tr("&Verticals"));
    auto *verticalLayout = new QVBoxLayout(verticalBox);
    verticalLayout->addWidget(m_verticals);
    verticalLayout->addLayout(verticalButtons);

    const std::pair<BriefOptions::Section, QString> sections[] = {
        {BriefOptions::Summary, tr("&Executive summary")},
        {BriefOptions::Plan, tr("&Product and GTM plan")},
        {BriefOptions::Charts, tr("C&harts (map, radar, robustness)")},
        {BriefOptions::Profiles, tr("A page per ve&rtical")},
        {BriefOptions::Method, tr("Appendix: scoring &method")},
        {BriefOptions::References, tr("Appendix: re&ference figures")},
    };
    auto *sectionBox = new QGroupBox(tr("Sections"));
    auto *sectionLayout = new QVBoxLayout(sectionBox);
    for (const auto &[section, text] : sections) {
        auto *box = new QCheckBox(text);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &BriefDialog::updateAcceptable);
        sectionLayout->addWidget(box);
        m_sections.append({section, box});
    }
    sectionLayout->addStretch(1);

    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_author->setPlaceholderText(tr("Who the brief is from"));
    auto *form = new QFormLayout;
    form->addRow(tr("La&nguage:"), m_language);
    form->addRow(tr("Page si&ze:"), m_pageSize);
    form->addRow(tr("A&uthor:"), m_author);
    form->addRow(QString(), m_pdfA);
    m_pdfA->setToolTip(tr("PDF/A-1b for long-term archiving: fonts embedded, no transparency."));

    auto *columns = new QHBoxLayout;
    columns->addWidget(verticalBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(sectionBox);
    right->addLayout(form);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox;
    m_preview = buttons->addButton(tr("Previe&w…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_preview, &QPushButton::clicked, this, &BriefDialog::preview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    setOptions(savedOptions());
    resize(640, 460);
}

QCheckBox *BriefDialog::section(BriefOptions::Section section) const
{
    for (const auto &[s, box] : m_sections) {
        if (s == section)
            return box;
    }
    return nullptr;
}

BriefOptions BriefDialog::options() const
{
    BriefOptions options;
    options.language = m_language->currentData().toString();
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.pdfA = m_pdfA->isChecked();
    options.author = m_author->text().trimmed();
    options.sections = 0;
    for (const auto &[section, box] : m_sections) {
        if (box->isChecked())
            options.sections |= section;
    }
    bool everyOne = true;
    for (int i = 0; i < m_verticals->count(); ++i) {
        if (m_verticals->item(i)->checkState() == Qt::Checked)
            options.verticals.append(m_verticals->item(i)->text());
        else
            everyOne = false;
    }
    if (everyOne)
        options.verticals.clear(); // every vertical, including ones added later
    return options;
}

void BriefDialog::setOptions(const BriefOptions &options)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(options.language)));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(options.pageSize))));
    m_pdfA->setChecked(options.pdfA);
    m_author->setText(options.author);
    for (const auto &[section, box] : m_sections)
        box->setChecked(options.sections & section);
    updateAcceptable();
}

void BriefDialog::updateAcceptable()
{
    bool anyVertical = false;
    for (int i = 0; i < m_verticals->count(); ++i)
        anyVertical = anyVertical || m_verticals->item(i)->checkState() == Qt::Checked;
    bool anySection = false;
    for (const auto &[section, box] : m_sections)
        anySection = anySection || box->isChecked();
    const bool ok = anyVertical && anySection;
    m_save->setEnabled(ok);
    m_preview->setEnabled(ok);
}

void BriefDialog::preview()
{
    const BriefOptions chosen = options();
    BriefExport job(m_workspace, chosen, BriefExport::Goal::Layout);
    QProgressDialog progress(tr("Laying the brief out…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString failure;
    bool done = false;
    connect(&job, &BriefExport::progress, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &job, &BriefExport::cancel);
    connect(&job, &BriefExport::finished, this, [&](bool ok, const QString &error) {
        done = ok;
        failure = error;
        progress.reset();
    });
    job.start();
    while (job.isRunning())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!done) {
        if (!progress.wasCanceled())
            QMessageBox::warning(this, windowTitle(), failure);
        return;
    }
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageSize(QPageSize(chosen.pageSize));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Brief Preview"));
    dialog.resize(900, 800);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&job](QPrinter *target) {
        const BriefLanguage language(job.options().language);
        job.brief()->print(target);
    });
    dialog.exec();
}

BriefOptions BriefDialog::savedOptions()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("brief"));
    BriefOptions options;
    // A first brief is in the window's language; later ones in the language chosen last.
    options.language = settings.value(QStringLiteral("language"), Language::current()).toString();
    options.pageSize = QPageSize::PageSizeId(
        settings.value(QStringLiteral("pageSize"), int(options.pageSize)).toInt());
    options.pdfA = settings.value(QStringLiteral("pdfA"), false).toBool();
    options.author = settings.value(QStringLiteral("author")).toString();
    options.sections
        = settings.value(QStringLiteral("sections"), int(BriefOptions::AllSections)).toInt();
    return options;
}

void BriefDialog::saveOptions(const BriefOptions &options)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("brief"));
    settings.setValue(QStringLiteral("language"), options.language);
    settings.setValue(QStringLiteral("pageSize"), int(options.pageSize));
    settings.setValue(QStringLiteral("pdfA"), options.pdfA);
    settings.setValue(QStringLiteral("author"), options.author);
    settings.setValue(QStringLiteral("sections"), options.sections);
}

} // namespace Gtm
