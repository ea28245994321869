#pragma once

#include <QString>

#include <algorithm>

namespace Gtm {

/**
 * Columns of text for a terminal, where a Chinese character takes two cells: widths are counted
 * in cells, not in characters, so a table in Chinese lines up as one in English does.
 */
namespace TextColumns {

/** The cells `text` takes in a terminal: two for East Asian wide and full-width characters
 *  (CJK ideographs, kana, hangul, full-width forms), one for the others. */
inline int width(const QString &text)
{
    int cells = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        cells += wide ? 2 : 1;
    }
    return cells;
}

/** `text` padded with blanks to `cells` on the right (left aligned) or on the left. */
inline QString padded(const QString &text, int cells, bool right = false)
{
    const QString blanks(std::max(0, cells - width(text)), QLatin1Char(' '));
    return right ? blanks + text : text + blanks;
}

} // namespace TextColumns
} // namespace Gtm
