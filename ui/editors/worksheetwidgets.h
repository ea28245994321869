#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace Gtm {

/** The small widgets the worksheets are built from, alike on every page. */
namespace WorksheetWidgets {

/** A paragraph that says what a page or field is for, in the palette's quieter text colour. */
QLabel *explanation(const QString &text);
/** The same, for text with markup (links, emphasis). */
QLabel *richExplanation(const QString &text);
/** A label whose mnemonic moves the focus to `buddy`. */
QLabel *buddyLabel(const QString &text, QWidget *buddy);
/** A text box of `lines` lines to begin with, growing by at most `moreLines` as typed into. */
QPlainTextEdit *textBox(const QString &accessibleName, int lines, int moreLines);
/** `content` in a frameless scroll area that resizes it. */
QWidget *scrolling(QWidget *content);
/** A form whose fields take the width, labels right-aligned at the top of their field. */
QFormLayout *newForm();

} // namespace WorksheetWidgets

} // namespace Gtm
