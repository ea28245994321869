#include "names.h"

#include <QCoreApplication>

namespace Gtm::Names {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::Names)
};

enum class Kind { Fine, Control, ZeroWidth, Bidirectional };

Kind kindOf(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return Kind::Control;
    if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
        return Kind::ZeroWidth;
    if (c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069))
        return Kind::Bidirectional;
    return Kind::Fine;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString clean(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

QString key(const QString &name)
{
    // Case folding can decompose (U+0130 İ folds to i + combining dot): normalise again.
    return clean(name).toCaseFolded().normalized(QString::NormalizationForm_C);
}

QString problem(const QString &name)
{
    const QString text = clean(name);
    qsizetype position = 0;
    for (const char32_t c : text.toUcs4()) {
        ++position;
        switch (kindOf(c)) {
        case Kind::Fine:
            continue;
        case Kind::Control:
            return Text::tr("character %1 is the control character %2, which a name may not hold")
                .arg(position)
                .arg(codePoint(c));
        case Kind::ZeroWidth:
            return Text::tr("character %1 is the invisible character %2, which a name may not hold")
                .arg(position)
                .arg(codePoint(c));
        case Kind::Bidirectional:
            return Text::tr("character %1 is the bidirectional control %2, which a name may not "
                            "hold")
                .arg(position)
                .arg(codePoint(c));
        }
    }
    if (position > MaximumLength)
        return Text::tr("the name has %1 characters; a name may have at most %2")
            .arg(position)
            .arg(MaximumLength);
    return {};
}

QString textProblem(const QString &text)
{
    // Characters as a user counts them: a surrogate pair is one.
    if (text.size() <= MaximumTextLength)
        return {};
    const qsizetype characters = text.toUcs4().size();
    if (characters <= MaximumTextLength)
        return {};
    return Text::tr("the text has %1 characters; a text may have at most %2")
        .arg(characters)
        .arg(MaximumTextLength);
}

QString escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (kindOf(c) == Kind::Fine)
            result += QString::fromUcs4(&c, 1);
        else if (c < 0x100)
            result += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            result += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return result;
}

} // namespace Gtm::Names
