#pragma once

#include <QLabel>
#include <QPointer>

namespace Gtm {

/**
 * Why a field's input was refused, shown right under the field while the input stands and
 * gone as soon as it is valid again. It floats over the form instead of taking a row of it, so
 * showing it never moves the fields below (or the one under the pointer), and clicks pass
 * through it. The field's background is pale red meanwhile, and its accessible description
 * carries the message for screen readers.
 */
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    /** A message for `field`; lives in the field's parent and follows the field around. */
    explicit FieldMessage(QWidget *field);

    /** Shows `message` under the field; an empty message hides it and clears the mark. */
    void say(const QString &message);
    QString message() const { return m_message; }
    /** The message bubble of `field`, made on first use. */
    static FieldMessage *of(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QPointer<QWidget> m_field;
    QString m_message;
};

} // namespace Gtm
