#include "numbers.h"

#include "indicator.h"

#include <QCoreApplication>

#include <cmath>

namespace Gtm {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

bool isSpaceSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

/** The text with the locale's own digits (if not 0–9) written as 0–9. */
QString asciiDigits(const QString &text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() != 1 || zero == QLatin1String("0"))
        return text;
    QString out = text;
    const char16_t first = zero.at(0).unicode();
    for (QChar &c : out) {
        if (c.unicode() >= first && c.unicode() <= first + 9)
            c = QChar(u'0' + (c.unicode() - first));
    }
    return out;
}

/**
 * Splits "-1.234,5e3" into its sign ("-" or empty), mantissa and exponent ("e3" as C, or empty);
 * false when the sign or exponent is malformed.
 */
bool splitSignAndExponent(QString text, const QLocale &locale, QString *sign, QString *mantissa,
                          QString *exponent)
{
    sign->clear();
    exponent->clear();
    const QString minus = locale.negativeSign();
    const QString plus = locale.positiveSign();
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        *sign = QStringLiteral("-");
        text.remove(0, 1);
    } else if (!minus.isEmpty() && text.startsWith(minus)) {
        *sign = QStringLiteral("-");
        text.remove(0, minus.size());
    } else if (text.startsWith(QLatin1Char('+'))) {
        text.remove(0, 1);
    } else if (!plus.isEmpty() && text.startsWith(plus)) {
        text.remove(0, plus.size());
    }
    const qsizetype e
        = std::max(text.lastIndexOf(QLatin1Char('e')), text.lastIndexOf(QLatin1Char('E')));
    if (e >= 0) {
        QString power = text.mid(e + 1);
        text.truncate(e);
        QString powerSign;
        if (power.startsWith(QLatin1Char('-')) || power.startsWith(QLatin1Char('+'))) {
            powerSign = power.left(1);
            power.remove(0, 1);
        }
        if (power.isEmpty() || !allDigits(power))
            return false;
        *exponent = QStringLiteral("e") + powerSign + power;
    }
    *mantissa = text;
    return !text.isEmpty();
}

/** Whether `whole` ("1.234.567") is grouped as the rule says: 1–3 digits, then groups of 3. */
bool groupedInThrees(const QString &whole, const QString &group)
{
    const QStringList groups = whole.split(group);
    for (int i = 0; i < groups.size(); ++i) {
        const QString &g = groups.at(i);
        if (!allDigits(g) || g.isEmpty() || g.size() > 3 || (i > 0 && g.size() != 3))
            return false;
    }
    return true;
}

/** The mantissa in the locale's form as C ("1.234,5" in de_DE → "1234.5"), or empty. */
QString localeMantissa(QString text, const QLocale &locale)
{
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    if (decimal.isEmpty() || text.count(decimal) > 1)
        return {};
    // What people type for the separators some locales write with characters not on keyboards.
    if (group.size() == 1 && isSpaceSeparator(group.at(0))) {
        for (QChar &c : text) {
            if (isSpaceSeparator(c))
                c = group.at(0);
        }
    } else if (group == QStringLiteral("\u2019")) {
        text.replace(QLatin1Char('\''), group.at(0));
    }
    const qsizetype point = text.indexOf(decimal);
    QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + decimal.size());
    if (!allDigits(fraction))
        return {};
    if (!group.isEmpty() && whole.contains(group)) {
        if (locale.numberOptions() & QLocale::RejectGroupSeparator)
            return {};
        const QString digits = QString(whole).remove(group);
        bool small = false;
        const qlonglong n = digits.size() <= 18 ? digits.toLongLong(&small) : 0;
        const bool asWritten = small && allDigits(digits) && locale.toString(n) == whole;
        if (!asWritten && !groupedInThrees(whole, group))
            return {};
        whole = digits;
    }
    if (!allDigits(whole) || whole.size() + fraction.size() == 0)
        return {};
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

/** The mantissa in the C form ("4.5": digits and at most one point), or empty. */
QString cMantissa(const QString &text)
{
    if (text.count(QLatin1Char('.')) > 1)
        return {};
    const QString digits = QString(text).remove(QLatin1Char('.'));
    if (digits.isEmpty() || !allDigits(digits))
        return {};
    return text;
}

double inDollars(double value, Amounts::Unit unit)
{
    return unit == Amounts::Unit::UsdBillion ? value * 1e9 : value;
}

double roundedTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

struct Myriads
{
    QString number; ///< "1,250", with its sign
    QString word; ///< "万", "亿", "万亿", or empty below 10,000
};

/** `dollars` in 万/亿/万亿 as Chinese readers write them. */
Myriads myriads(double dollars, const QLocale &locale, int decimals)
{
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript;
    const QString wan = traditional ? QStringLiteral("萬") : QStringLiteral("万");
    const QString yi = traditional ? QStringLiteral("億") : QStringLiteral("亿");
    const struct
    {
        double factor;
        QString word;
    } scales[] = {{1.0, QString()}, {1e4, wan}, {1e8, yi}, {1e12, wan + yi}};
    const int last = int(std::size(scales)) - 1;
    const double size = std::fabs(dollars);
    int level = 0;
    while (level < last && size >= scales[level + 1].factor)
        ++level;
    for (;; ++level) {
        const double scaled = size / scales[level].factor;
        const bool plain = level == 0;
        const double shown
            = plain ? (decimals < 0 ? scaled : roundedTo(scaled, decimals)) : roundedTo(scaled, 2);
        // 9,999.999 with no decimals is "1 万", 99,999,999 in 万 is "1 亿".
        if (level < last && shown >= 10000)
            continue;
        QString number = plain && decimals >= 0
            ? locale.toString(shown, 'f', decimals)
            : locale.toString(shown, 'f', QLocale::FloatingPointShortest);
        if (dollars < 0 && shown != 0)
            number.prepend(locale.negativeSign());
        return {number, scales[level].word};
    }
}

} // namespace

namespace Numbers {

QString percent(const QString &number)
{
    return QCoreApplication::translate("Gtm::Numbers", "%1 %").arg(number);
}

double parse(const QString &text, const QLocale &locale, bool *ok)
{
    bool parsed = false;
    double value = 0;
    QString sign, mantissa, exponent;
    if (splitSignAndExponent(asciiDigits(text.trimmed(), locale), locale, &sign, &mantissa,
                             &exponent)) {
        QString c = localeMantissa(mantissa, locale);
        if (c.isEmpty())
            c = cMantissa(mantissa);
        if (!c.isEmpty()) {
            value = QLocale::c().toDouble(sign + c + exponent, &parsed);
            parsed = parsed && std::isfinite(value);
        }
    }
    if (ok)
        *ok = parsed;
    return parsed ? value : 0.0;
}

QString format(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace Numbers

namespace Amounts {

bool usesMyriads(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QString figure(double value, Unit unit, const QLocale &locale, int decimals)
{
    if (usesMyriads(locale)) {
        const Myriads m = myriads(inDollars(value, unit), locale, decimals);
        return m.word.isEmpty() ? m.number : m.number + QLatin1Char(' ') + m.word;
    }
    return decimals < 0 ? Numbers::format(value, locale) : locale.toString(value, 'f', decimals);
}

QString money(double value, Unit unit, const QLocale &locale)
{
    if (usesMyriads(locale)) {
        const Myriads m = myriads(inDollars(value, unit), locale, -1);
        // "24 亿美元", "9,999 美元": the scale word and the currency are written together.
        return m.word.isEmpty() ? m.number + QStringLiteral(" 美元")
                                : m.number + QLatin1Char(' ') + m.word + QStringLiteral("美元");
    }
    const QString number = Numbers::format(value, locale);
    return unit == Unit::UsdBillion
        ? QCoreApplication::translate("Gtm::Amounts", "USD %1 bn").arg(number)
        : QCoreApplication::translate("Gtm::Amounts", "USD %1").arg(number);
}

QString readout(double value, Unit unit, const QLocale &locale)
{
    return usesMyriads(locale) ? money(value, unit, locale) : QString();
}

Unit unitOfIndicator(const QString &indicatorId, const QString &unit, bool *isMoney)
{
    const QString u = unit.trimmed();
    if (indicatorId == QLatin1String(IndicatorId::MarketSizeUsdBn)
        || u == QLatin1String("USD bn")) {
        *isMoney = true;
        return Unit::UsdBillion;
    }
    *isMoney = u == QLatin1String("USD");
    return Unit::Usd;
}

} // namespace Amounts

} // namespace Gtm
