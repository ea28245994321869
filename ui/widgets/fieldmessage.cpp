#include "fieldmessage.h"

#include <QEvent>
#include <QPalette>

namespace Gtm {

namespace {
const char *const MessageProperty = "gtmFieldMessage";
const char *const MarkedProperty = "gtmFieldMarked";
} // namespace

FieldMessage::FieldMessage(QWidget *field)
    : QLabel(field->window())
    , m_field(field)
{
    setObjectName(QStringLiteral("fieldMessage"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // the message quotes what the user typed
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("Input refused"));
    setStyleSheet(
        QStringLiteral("QLabel#fieldMessage { color: #7b1d13; background: #fdecea; "
                       "border: 1px solid #c0392b; border-radius: 3px; padding: 2px 5px; }"));
    field->setProperty(MessageProperty, QVariant::fromValue<QObject *>(this));
    // It lives in the window, not the field: it goes when the field does (a page rebuilt in
    // another language).
    connect(field, &QObject::destroyed, this, &QObject::deleteLater);
    // The field moves when it or any of its containers does (a scrolled form, a resized dock).
    for (QWidget *widget = field; widget && !widget->isWindow(); widget = widget->parentWidget())
        widget->installEventFilter(this);
    hide();
}

FieldMessage *FieldMessage::of(QWidget *field)
{
    if (auto *existing
        = qobject_cast<FieldMessage *>(field->property(MessageProperty).value<QObject *>()))
        return existing;
    return new FieldMessage(field);
}

void FieldMessage::say(const QString &message)
{
    if (!m_field)
        return;
    m_message = message;
    setText(message);
    m_field->setAccessibleDescription(message);
    // The field's background turns pale red: a palette, not a style sheet border, so the field
    // keeps its size to the pixel and nothing around it moves.
    const bool marked = m_field->property(MarkedProperty).toBool();
    if (message.isEmpty() && marked) {
        m_field->setPalette(QPalette()); // back to the inherited palette
        m_field->setProperty(MarkedProperty, false);
    } else if (!message.isEmpty() && !marked) {
        QPalette palette = m_field->palette();
        palette.setColor(QPalette::Base, QColor(0xfd, 0xec, 0xea));
        palette.setColor(QPalette::Text, QColor(0x7b, 0x1d, 0x13));
        m_field->setPalette(palette);
        m_field->setProperty(MarkedProperty, true);
    }
    if (message.isEmpty()) {
        hide();
        return;
    }
    place();
    show();
    raise();
}

void FieldMessage::place()
{
    if (!m_field || !parentWidget())
        return;
    const QRect field(m_field->mapTo(parentWidget(), QPoint(0, 0)), m_field->size());
    // As wide as the field, at least 240 px, within the parent; under the field, or above it
    // when there is no room below.
    const int width = qMin(qMax(field.width(), 240), parentWidget()->width());
    const int left = qBound(0, field.left(), qMax(0, parentWidget()->width() - width));
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    int top = field.bottom() + 2;
    if (top + height > parentWidget()->height() && field.top() - height - 2 >= 0)
        top = field.top() - height - 2;
    setGeometry(left, top, width, height);
}

bool FieldMessage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched->isWidgetType()) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
            if (isVisible())
                place();
            break;
        case QEvent::Hide:
            if (watched == m_field)
                hide();
            break;
        case QEvent::Show:
            if (watched == m_field && !m_message.isEmpty()) {
                place();
                show();
                raise();
            }
            break;
        default:
            break;
        }
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace Gtm
