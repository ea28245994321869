#include "preferencesdialog.h"

#include "domain/language.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace Gtm {

namespace {

constexpr int MaxAutosaveSeconds = 3600;

QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x35, 0x74, 0xc6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x90, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QPalette lightPalette()
{
    // Qt's own light colours, whatever the platform's theme.
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::ButtonText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QString regionName(const QLocale &locale)
{
    // In the region's own words, as a system's settings show them; the C locale (no language
    // set in the environment) has none, and is shown by its name.
    if (locale.nativeLanguageName().isEmpty() || locale.nativeTerritoryName().isEmpty())
        return locale.name();
    return QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName());
}

} // namespace

Preferences Preferences::load()
{
    QSettings settings;
    Preferences preferences;
    preferences.language
        = settings.value(QStringLiteral("preferences/language"), preferences.language).toString();
    if (preferences.language != QLatin1String("system")
        && !Language::available().contains(preferences.language))
        preferences.language = QStringLiteral("system");
    preferences.region
        = settings.value(QStringLiteral("preferences/region"), preferences.region).toString();
    if (preferences.region != QLatin1String("system")
        && QLocale(preferences.region).language() == QLocale::C)
        preferences.region = QStringLiteral("system");
    preferences.theme
        = settings.value(QStringLiteral("preferences/theme"), preferences.theme).toString();
    if (preferences.theme != QLatin1String("light") && preferences.theme != QLatin1String("dark"))
        preferences.theme = QStringLiteral("system");
    // The brief dialog starts from these, and remembers what was chosen there last.
    preferences.author = settings.value(QStringLiteral("brief/author")).toString();
    const int size = settings.value(QStringLiteral("brief/pageSize"), int(QPageSize::A4)).toInt();
    preferences.pageSize = size == int(QPageSize::Letter) ? QPageSize::Letter : QPageSize::A4;
    preferences.autosaveSeconds = std::clamp(
        settings.value(QStringLiteral("preferences/autosaveSeconds"), preferences.autosaveSeconds)
            .toInt(),
        0, MaxAutosaveSeconds);
    preferences.commitEachEdit
        = settings.value(QStringLiteral("team/commitEachEdit"), preferences.commitEachEdit)
              .toBool();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("preferences/language"), language);
    settings.setValue(QStringLiteral("preferences/region"), region);
    settings.setValue(QStringLiteral("preferences/theme"), theme);
    settings.setValue(QStringLiteral("brief/author"), author);
    settings.setValue(QStringLiteral("brief/pageSize"), int(pageSize));
    settings.setValue(QStringLiteral("preferences/autosaveSeconds"), autosaveSeconds);
    settings.setValue(QStringLiteral("team/commitEachEdit"), commitEachEdit);
}

QString Preferences::effectiveLanguage() const
{
    return language == QLatin1String("system") ? Language::fromEnvironment() : language;
}

QLocale Preferences::effectiveLocale() const
{
    return region == QLatin1String("system") ? QLocale::system() : QLocale(region);
}

void Preferences::rememberSystemPalette()
{
    systemPalette() = QApplication::palette();
}

QStringList Preferences::regions()
{
    return {QStringLiteral("en_US"), QStringLiteral("en_GB"), QStringLiteral("de_DE"),
            QStringLiteral("fr_FR"), QStringLiteral("es_ES"), QStringLiteral("it_IT"),
            QStringLiteral("nl_NL"), QStringLiteral("pt_BR"), QStringLiteral("ja_JP"),
            QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("zh_HK"),
            QStringLiteral("zh_SG")};
}

void Preferences::apply() const
{
    const QLocale locale = effectiveLocale();
    const bool regionChanged = locale != QLocale();
    QLocale::setDefault(locale);

    if (theme == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else if (theme == QLatin1String("light"))
        QApplication::setPalette(lightPalette());
    else
        QApplication::setPalette(systemPalette());

    Translations *translations = Translations::install();
    const bool languageChanged = translations->language() != effectiveLanguage();
    translations->setLanguage(effectiveLanguage()); // tells every window when it changes
    if (regionChanged && !languageChanged) {
        // Same words, other numbers: the windows write them anew.
        for (QWidget *window : QApplication::topLevelWidgets()) {
            QEvent event(QEvent::LocaleChange);
            QCoreApplication::sendEvent(window, &event);
        }
    }
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_region(new QComboBox)
    , m_theme(new QComboBox)
    , m_author(new QLineEdit)
    , m_pageSize(new QComboBox)
    , m_autosave(new QSpinBox)
    , m_commitEachEdit(new QCheckBox)
    , m_sample(new QLabel)
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                     | QDialogButtonBox::Apply))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("language"));
    m_region->setObjectName(QStringLiteral("region"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_author->setObjectName(QStringLiteral("author"));
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_autosave->setObjectName(QStringLiteral("autosave"));
    m_commitEachEdit->setObjectName(QStringLiteral("commitEachEdit"));
    m_autosave->setRange(0, MaxAutosaveSeconds);
    m_sample->setForegroundRole(QPalette::PlaceholderText);

    m_form->addRow(new QLabel, m_language);
    m_form->addRow(new QLabel, m_region);
    m_form->addRow(QString(), m_sample);
    m_form->addRow(new QLabel, m_theme);
    m_form->addRow(new QLabel, m_author);
    m_form->addRow(new QLabel, m_pageSize);
    m_form->addRow(new QLabel, m_autosave);
    m_form->addRow(QString(), m_commitEachEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_region, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateSample);

    retranslate();
    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.language = m_language->currentData().toString();
    preferences.region = m_region->currentData().toString();
    preferences.theme = m_theme->currentData().toString();
    preferences.author = m_author->text().trimmed();
    preferences.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    preferences.autosaveSeconds = m_autosave->value();
    preferences.commitEachEdit = m_commitEachEdit->isChecked();
    return preferences;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    const auto choose = [](QComboBox *combo, const QVariant &value) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    choose(m_language, preferences.language);
    choose(m_region, preferences.region);
    choose(m_theme, preferences.theme);
    m_author->setText(preferences.author);
    choose(m_pageSize, int(preferences.pageSize));
    m_autosave->setValue(preferences.autosaveSeconds);
    m_commitEachEdit->setChecked(preferences.commitEachEdit);
    updateSample();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    // The choices stay what they were; their words change.
    const Preferences shown = m_language->count() ? preferences() : Preferences();
    setWindowTitle(tr("Preferences"));

    const QString environment = Language::fromEnvironment();
    m_language->clear();
    m_language->addItem(tr("System (%1)")
                            .arg(environment == QLatin1String("zh_CN") ? QStringLiteral("简体中文")
                                                                       : QStringLiteral("English")),
                        QStringLiteral("system"));
    // Each language in its own words, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));

    m_region->clear();
    m_region->addItem(tr("System (%1)").arg(regionName(QLocale::system())),
                      QStringLiteral("system"));
    for (const QString &region : Preferences::regions())
        m_region->addItem(regionName(QLocale(region)), region);

    m_theme->clear();
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_pageSize->clear();
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_author->setPlaceholderText(tr("Who briefs are from"));

    const auto label = [this](QWidget *field, const QString &text) {
        auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(field));
        labelWidget->setText(text);
        labelWidget->setBuddy(field);
    };
    label(m_language, tr("&Language:"));
    label(m_region, tr("&Region:"));
    label(m_theme, tr("&Theme:"));
    label(m_author, tr("Brief &author:"));
    label(m_pageSize, tr("Brief &page size:"));
    label(m_autosave, tr("Recovery &data every:"));
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setToolTip(tr("Unsaved changes are written aside this often, so that after a "
                              "crash the next start can restore them. Off: never."));
    m_commitEachEdit->setText(tr("Write each edit to a team &server as it is made"));
    m_commitEachEdit->setToolTip(tr("Off: edits to a workspace on a server are written when you "
                                    "save, and colleagues' changes are merged then."));
    m_language->setToolTip(tr("The language of the window; a brief chooses its own."));
    m_region->setToolTip(tr("How numbers and dates are written in the window."));
    m_theme->setToolTip(tr("System: the platform's colours at start."));
    setPreferences(shown);
}

void PreferencesDialog::updateSample()
{
    const Preferences shown = preferences();
    const QLocale locale = shown.effectiveLocale();
    m_sample->setText(tr("Numbers: %1 · Dates: %2")
                          .arg(locale.toString(1234567.5, 'f', 1),
                               locale.toString(QDate(2026, 12, 31), QLocale::ShortFormat)));
}

void PreferencesDialog::apply()
{
    const Preferences chosen = preferences();
    chosen.save();
    chosen.apply();
    emit applied(chosen);
}

} // namespace Gtm
