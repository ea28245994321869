#include "language.h"

#include <QtGlobal>

namespace Gtm::Language {

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

} // namespace Gtm::Language
