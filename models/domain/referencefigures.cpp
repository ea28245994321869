#include "domain/language.h"
#include "referencefigures.h"

#include "numbers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Gtm {

QString ReferenceFigure::valueText() const
{
    if (!value)
        return {};
    bool money = false;
    const Amounts::Unit amount = Amounts::unitOfIndicator(indicatorId, unit, &money);
    const QString number = money
        ? Amounts::money(*value, amount, Language::locale())
        : Language::locale().toString(*value, 'g', 12) + QLatin1Char(' ') + unit;
    return approximate ? QCoreApplication::translate("Gtm::ReferenceFigure", "about %1").arg(number)
                       : number;
}

QString ReferenceFigure::citation() const
{
    return QStringLiteral("%1 (%2)").arg(source, QString::number(year));
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
            list.append(f);
        }
        return list;
    }();
    return figures;
}

} // namespace Gtm
