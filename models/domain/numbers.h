#pragma once

#include <QLocale>
#include <QString>

namespace Gtm {

/**
 * How a number the user types is read, and how a number is written back, in the locale of the
 * moment (Language::locale()). Files (CSV, JSON) are not typed: they keep the C form and do not
 * come here.
 */
namespace Numbers {

/**
 * The number `text` stands for, typed by someone whose region is `locale`; `*ok` tells whether
 * it is one. Spaces around it are ignored. The rule, in this order:
 *
 *  1. The locale's own form: an optional sign, digits with the locale's decimal separator
 *     ("4,5" in de_DE or fr_FR, "4.5" in en_US or zh_CN), and group separators only in the
 *     whole part, and only where they belong: groups of three digits after a first group of one
 *     to three ("1.234,5" in de_DE, "1,234" in en_US, "1 234,5" in fr_FR) or as the locale
 *     itself writes the number. A space, no-break space or narrow no-break space is taken for a
 *     locale that groups with one of them, "'" for one that groups with "’".
 *  2. Else the C form: an optional sign, digits, at most one "." and no group separator
 *     ("4.5" in de_DE). A text that reads as a grouped number in the locale was taken by 1
 *     ("1.234" in de_DE is 1234), so the C form only takes what the locale cannot mean.
 *  3. Else it is no number: "4,5" in en_US is refused, never read as 45, since "," groups
 *     thousands there and "4,5" is not a grouped number; "1,234.5" in de_DE is refused too.
 *
 * An exponent ("1e6") is taken in both forms. Infinity and NaN are not numbers.
 */
double parse(const QString &text, const QLocale &locale, bool *ok);

/**
 * `value` as the locale writes it, with as few digits as read back to the same double, group
 * separators, and never an exponent: 12500000 is "12,500,000" in en_US, "12.500.000" in de_DE.
 * parse() reads it back.
 */
QString format(double value, const QLocale &locale);

/** A number already written as a percentage ("70", "12.5") with its sign as the current
 *  language writes it: "70 %" in English, "70%" in Chinese. */
QString percent(const QString &number);

} // namespace Numbers

/**
 * Money amounts as readers of the locale's language write them. English (and every language
 * but Chinese): "USD 180,000", "USD 2.4 bn", numbers in the locale's form. Chinese
 * (QLocale::Chinese, any territory): 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²) with at most two
 * decimals, trailing zeros dropped: 180,000 USD is "18 万美元", 12,500,000 "1,250 万美元",
 * 2.4 billion "24 亿美元", 12 trillion "12 万亿美元"; below 10,000 the digits as the locale
 * writes them ("9,999 美元"). Traditional script (zh_TW, zh_HK) writes 萬 and 億.
 */
namespace Amounts {

/** What a stored amount counts. */
enum class Unit {
    Usd, ///< US dollars (prices, budgets)
    UsdBillion, ///< billions of US dollars (market sizes: the indicator's "USD bn")
};

/** True where amounts are written with 万 and 亿: the locale's language is Chinese. */
bool usesMyriads(const QLocale &locale);

/** The amount with its currency: "USD 2.4 bn" / "24 亿美元", "USD 180,000" / "18 万美元". */
QString money(double value, Unit unit, const QLocale &locale);

/**
 * The amount without its currency, for a column or field whose heading names it ("Price
 * (USD)"): "180,000" / "18 万". `decimals` fixes the decimals of the plain digits (-1: as
 * few as needed); 万, 亿 and 万亿 always take at most two.
 */
QString figure(double value, Unit unit, const QLocale &locale, int decimals = -1);

/**
 * A readout beside a field that is typed in `unit`: in Chinese the amount in 万/亿
 * ("24 亿美元" beside 2.4 十亿美元), elsewhere nothing (the field and its unit say it).
 */
QString readout(double value, Unit unit, const QLocale &locale);

/**
 * The unit of an indicator's values when they are money (`isMoney` true): the market size,
 * or any indicator whose unit is "USD bn" or "USD".
 */
Unit unitOfIndicator(const QString &indicatorId, const QString &unit, bool *isMoney);

} // namespace Amounts

} // namespace Gtm
