#pragma once

#include <QDialog>
#include <QPageSize>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Gtm {

/**
 * The user's preferences, kept in QSettings: the window's language and region, its theme, and
 * the author and page size a new brief starts with.
 */
struct Preferences
{
    QString language = QStringLiteral("system"); // "system", "en" or "zh_CN"
    QString region = QStringLiteral("system"); // "system" or a locale name such as "de_DE"
    QString theme = QStringLiteral("system"); // "system", "light" or "dark"
    QString author;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    int autosaveSeconds = 30; // unsaved edits written for recovery this often; 0: never
    bool commitEachEdit = true; // a server workspace: each edit written as made, else on Save

    static Preferences load();
    void save() const;

    /** The language the window speaks: the chosen one, or the environment's for "system". */
    QString effectiveLanguage() const;
    /** How the window writes numbers and dates: the chosen region's, or the system's. */
    QLocale effectiveLocale() const;

    /**
     * Applies them to the running program at once: the region (QLocale's default), the theme
     * (the application's palette) and the language (which retranslates every window in
     * place). Call rememberSystemPalette() before the first call.
     */
    void apply() const;

    /** Keeps the platform's palette as it was at start, for the "system" theme. */
    static void rememberSystemPalette();
    /** The regions offered besides the system's, as locale names. */
    static QStringList regions();
};

/** Edit ▸ Preferences: language, region, theme, and the brief's author and page size. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *themeCombo() const { return m_theme; }
    QLineEdit *authorEdit() const { return m_author; }
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QSpinBox *autosaveSpin() const { return m_autosave; }
    QCheckBox *commitEachEditCheck() const { return m_commitEachEdit; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    /** OK or Apply saved and applied these. */
    void applied(const Gtm::Preferences &preferences);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSample();
    /** Saves and applies what the dialog shows. */
    void apply();

    QComboBox *m_language;
    QComboBox *m_region;
    QComboBox *m_theme;
    QLineEdit *m_author;
    QComboBox *m_pageSize;
    QSpinBox *m_autosave;
    QCheckBox *m_commitEachEdit;
    QLabel *m_sample;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace Gtm
