#include "referencefigures.h"
#include "domain/language.h"

#include "numbers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Gtm {

namespace {

QString translated(const ReferenceFigure &figure, const char *field, const QString &english)
{
    const QString text
        = figure.translations.value(Language::current()).value(QString::fromLatin1(field));
    return text.isEmpty() ? english : text;
}

} // namespace

QString ReferenceFigure::shownName() const
{
    return translated(*this, "name", name);
}

QString ReferenceFigure::shownSource() const
{
    return translated(*this, "source", source);
}

QString ReferenceFigure::valueText() const
{
    if (!value)
        return {};
    const QString format = translations.value(Language::current()).value(QStringLiteral("value"));
    bool money = false;
    const Amounts::Unit amount = Amounts::unitOfIndicator(indicatorId, unit, &money);
    const QString number = !format.isEmpty()
        ? format.arg(Language::locale().toString(*value, 'g', 12))
        : money ? Amounts::money(*value, amount, Language::locale())
                : Language::locale().toString(*value, 'g', 12) + QLatin1Char(' ') + unit;
    return approximate ? QCoreApplication::translate("Gtm::ReferenceFigure", "about %1").arg(number)
                       : number;
}

QString ReferenceFigure::citation() const
{
    return QStringLiteral("%1 (%2)").arg(source, QString::number(year));
}

QString ReferenceFigure::shownCitation() const
{
    return QCoreApplication::translate("Gtm::ReferenceFigure", "%1 (%2)")
        .arg(shownSource(), QString::number(year));
}

const QList<ReferenceFigure> &referenceFigures()
{
    static const QList<ReferenceFigure> figures = [] {
        QList<ReferenceFigure> list;
        QFile file(QStringLiteral(":/reference/figures.json"));
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray array = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QLatin1String("figures"))
                                     .toArray();
        for (const QJsonValue &entry : array) {
            const QJsonObject o = entry.toObject();
            ReferenceFigure f;
            f.id = o.value(QLatin1String("id")).toString();
            f.name = o.value(QLatin1String("name")).toString();
            if (o.value(QLatin1String("value")).isDouble())
                f.value = o.value(QLatin1String("value")).toDouble();
            f.approximate = o.value(QLatin1String("approximate")).toBool();
            f.unit = o.value(QLatin1String("unit")).toString();
            f.source = o.value(QLatin1String("source")).toString();
            f.year = o.value(QLatin1String("year")).toInt();
            f.indicatorId = o.value(QLatin1String("indicator")).toString();
            for (const QString &language : Language::available()) {
                const QJsonObject texts = o.value(language).toObject();
                for (auto it = texts.begin(); it != texts.end(); ++it)
                    f.translations[language].insert(it.key(), it.value().toString());
            }
            list.append(f);
        }
        return list;
    }();
    return figures;
}

} // namespace Gtm
