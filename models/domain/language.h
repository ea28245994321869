#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace Gtm {

/**
 * The languages the program speaks, by the codes its translations and samples use ("en",
 * "zh_CN"), which one the user's environment asks for, and the one place that decides in which
 * language a text is looked up and a number is written.
 *
 * The program's language (the window's, or the command line's) is set on Translations; a brief
 * in another language is written inside a LanguageScope, which changes the language of its own
 * thread only, for as long as it lives, and tells no widget: the window keeps its language.
 */
namespace Language {

/** "en" and "zh_CN". */
QStringList available();

/**
 * The message language of the environment, looked up as gettext does: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set and not empty; a value starting with "zh" is "zh_CN",
 * anything else (or nothing) "en".
 */
QString fromEnvironment();

/** The program's translation of `language`, as embedded in the program (empty for "en"). */
QString translationFile(const QString &language);

/** The language texts are in now, on this thread: a LanguageScope's, or the program's. */
QString current();

/**
 * How numbers and dates are written now, on this thread: a LanguageScope's locale, or else
 * the program's (QLocale's default, which the window sets once from the user's region).
 */
QLocale locale();

/** What joins two sentences in the current language: a space, or nothing after a Chinese
 *  full stop. */
QString sentenceSeparator();

/** The locale a brief in `language` is written in: en_US or zh_CN. */
QLocale localeOf(const QString &language);

} // namespace Language

/**
 * The program's one translator, installed on the application once: it looks each text up in
 * the catalogs of the current language (the program's own and Qt's, for standard buttons and
 * dialogs). setLanguage() changes the program's language and sends QEvent::LanguageChange, so
 * widgets retranslate in place; a LanguageScope changes what it answers on one thread without
 * any event.
 */
class Translations : public QTranslator
{
public:
    /** Installs the program's translator on the application (once) and returns it; nullptr
     *  without an application. */
    static Translations *install();
    /** The installed translator, or nullptr before install(). */
    static Translations *instance();

    /**
     * Makes `language` the program's language (unknown codes are English). Sends
     * QEvent::LanguageChange to the application when it changes; false when its catalog cannot
     * be loaded (the language is then English).
     */
    bool setLanguage(const QString &language);
    QString language() const;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    Translations();
    ~Translations() override;
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * While it lives, texts are looked up and numbers written in `language` on this thread, and
 * only there: the brief, the command line's brief and tests use it. Scopes nest.
 */
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_previousLanguage;
    QLocale m_previousLocale;
    bool m_hadScope;
};

} // namespace Gtm
