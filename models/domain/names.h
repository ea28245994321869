#pragma once

#include <QString>

namespace Gtm::Names {

/** The longest name of a vertical, scenario or custom indicator, in characters. */
constexpr int MaximumLength = 200;
/** The longest text field (a description, notes, a challenge), in characters. */
constexpr int MaximumTextLength = 100000;

/** A name as it is stored: without surrounding blanks, in Unicode normalisation form C, so that
 *  "Café" typed with a combining accent and "Café" with a composed é are the same text. */
QString clean(const QString &name);

/** What two names are the same under: trimmed, NFC and case-folded ("CAFÉ" = "café"). */
QString key(const QString &name);

/**
 * Why `name` cannot be a name, or an empty string: a control character (C0, DEL, C1), a
 * zero-width character (U+200B–U+200D, U+2060, U+FEFF) or a bidirectional control (U+200E,
 * U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), named with its 1-based position in
 * characters; or more than MaximumLength characters. Letters of every script are welcome.
 */
QString problem(const QString &name);

/** Why `text` cannot be a text field (more than MaximumTextLength characters), or empty. */
QString textProblem(const QString &text);

/** `text` for a terminal: control and bidirectional characters as \x1b or \u202e, so that
 *  a name can neither move the cursor nor reorder the line it is printed on. */
QString escaped(const QString &text);

} // namespace Gtm::Names
