#include "language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QtGlobal>

#include <map>
#include <vector>

namespace Gtm {

namespace {

/** A LanguageScope's language and locale, on this thread. */
struct Scope
{
    bool active = false;
    QString language;
    QLocale locale;
};

Scope &threadScope()
{
    thread_local Scope scope;
    return scope;
}

QPointer<Translations> &installed()
{
    static QPointer<Translations> translations;
    return translations;
}

} // namespace

namespace Language {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString fromEnvironment()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                         : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString translationFile(const QString &language)
{
    if (language == QLatin1String("en") || !available().contains(language))
        return {};
    return QStringLiteral(":/i18n/gtm-workbench_%1.qm").arg(language);
}

QString current()
{
    const Scope &scope = threadScope();
    if (scope.active)
        return scope.language;
    const Translations *translations = installed();
    return translations ? translations->language() : QStringLiteral("en");
}

QLocale locale()
{
    const Scope &scope = threadScope();
    return scope.active ? scope.locale : QLocale();
}

QString sentenceSeparator()
{
    return current() == QLatin1String("zh_CN") ? QString() : QStringLiteral(" ");
}

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                              : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace Language

struct Translations::Private
{
    mutable QMutex mutex;
    QString language = QStringLiteral("en");
    // Loaded on first use and kept: a brief switches to its language for each of its steps.
    mutable std::map<QString, std::vector<std::unique_ptr<QTranslator>>> catalogs;
    mutable std::map<QString, bool> complete;

    /** The catalogs of `language`, loading them the first time; call with the mutex held. */
    const std::vector<std::unique_ptr<QTranslator>> &catalogsOf(const QString &language) const
    {
        auto found = catalogs.find(language);
        if (found != catalogs.end())
            return found->second;
        std::vector<std::unique_ptr<QTranslator>> loaded;
        auto program = std::make_unique<QTranslator>();
        const bool ok = program->load(Language::translationFile(language));
        complete[language] = ok;
        if (ok)
            loaded.push_back(std::move(program));
        // Qt's own texts: standard buttons, file dialogs, context menus of line edits.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(Language::localeOf(language), QStringLiteral("qt"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            loaded.push_back(std::move(qt));
        return catalogs.emplace(language, std::move(loaded)).first->second;
    }
};

Translations::Translations()
    : d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("gtmTranslations"));
}

Translations::~Translations() = default;

Translations *Translations::install()
{
    QPointer<Translations> &translations = installed();
    if (!translations && QCoreApplication::instance()) {
        translations = new Translations;
        translations->moveToThread(QCoreApplication::instance()->thread());
        translations->setParent(QCoreApplication::instance());
        QCoreApplication::installTranslator(translations);
    }
    return translations;
}

Translations *Translations::instance()
{
    return installed();
}

bool Translations::setLanguage(const QString &language)
{
    QString chosen = Language::available().contains(language) ? language : QStringLiteral("en");
    bool ok = true;
    {
        QMutexLocker locker(&d->mutex);
        if (chosen != QLatin1String("en")) {
            d->catalogsOf(chosen);
            if (!d->complete[chosen]) {
                chosen = QStringLiteral("en");
                ok = false;
            }
        }
        if (chosen == d->language)
            return ok;
        d->language = chosen;
    }
    if (QCoreApplication *application = QCoreApplication::instance()) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(application, &event);
    }
    return ok;
}

QString Translations::language() const
{
    QMutexLocker locker(&d->mutex);
    return d->language;
}

QString Translations::translate(const char *context, const char *sourceText,
                                const char *disambiguation, int n) const
{
    const Scope &scope = threadScope();
    QMutexLocker locker(&d->mutex);
    const QString &language = scope.active ? scope.language : d->language;
    if (language == QLatin1String("en"))
        return {}; // the source text, which is English
    for (const std::unique_ptr<QTranslator> &catalog : d->catalogsOf(language)) {
        const QString text = catalog->translate(context, sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    return {};
}

LanguageScope::LanguageScope(const QString &language)
{
    // The scope speaks through the program's translator: a program that set no language of
    // its own (a test, a tool) gets it here, in English.
    if (!installed() && QCoreApplication::instance())
        Translations::install();
    Scope &scope = threadScope();
    m_hadScope = scope.active;
    m_previousLanguage = scope.language;
    m_previousLocale = scope.locale;
    scope.active = true;
    scope.language = Language::available().contains(language) ? language : QStringLiteral("en");
    scope.locale = Language::localeOf(scope.language);
}

LanguageScope::~LanguageScope()
{
    Scope &scope = threadScope();
    scope.active = m_hadScope;
    scope.language = m_previousLanguage;
    scope.locale = m_previousLocale;
}

} // namespace Gtm
