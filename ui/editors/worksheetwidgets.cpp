#include "worksheetwidgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>

namespace Gtm::WorksheetWidgets {

QLabel *explanation(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *richExplanation(const QString &text)
{
    QLabel *label = explanation(text);
    label->setTextFormat(Qt::RichText);
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QPlainTextEdit *textBox(const QString &accessibleName, int lines, int moreLines)
{
    auto *edit = new QPlainTextEdit;
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + moreLines) + 12);
    return edit;
}

QWidget *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(10);
    return form;
}

} // namespace Gtm::WorksheetWidgets
