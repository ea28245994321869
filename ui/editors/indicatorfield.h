#pragma once

#include "domain/indicator.h"

#include <QPointer>
#include <QVariant>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSlider;
class QToolButton;

namespace Gtm {

class FieldMessage;

/**
 * The editor of one indicator value: a number field (empty means "not known", never zero), its
 * unit, a slider for 0–5 scales with the meaning of both ends written under it, a button that
 * clears the value, the description on hover and on the "?" button, where the value came from,
 * and a visible message when the input is refused.
 */
class IndicatorField : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorField(const IndicatorDefinition &definition, QWidget *parent = nullptr);

    const IndicatorDefinition &definition() const { return m_definition; }
    QLineEdit *lineEdit() const { return m_edit; }
    QSlider *slider() const { return m_slider; }

    /** Shows a stored value (invalid: missing) and where it came from. */
    void setValue(const QVariant &value, const QString &source);
    /** The value when editing began (focus came in, or the field was given another row). */
    void startEditing(const QVariant &value);
    QVariant valueBeforeEditing() const { return m_valueBeforeEditing; }
    /** The text in the field was refused and has not been corrected. */
    bool isRefused() const { return m_refused; }

    /** Shows why the last input was refused; an empty message hides it. */
    void showMessage(const QString &message);
    QString message() const;
    /** The amount in 万/亿 beside a money field in Chinese ("24 亿美元"); empty otherwise. */
    QString readout() const;

signals:
    /** The user entered a value (invalid QVariant: cleared). */
    void edited(const QVariant &value);

private:
    void textEdited(const QString &text);
    void finishEditing();

    IndicatorDefinition m_definition;
    QLineEdit *m_edit;
    QSlider *m_slider = nullptr;
    QToolButton *m_clear;
    QLabel *m_source;
    QPointer<FieldMessage> m_message; // made when first needed, once the field is in its window
    QLabel *m_readout;
    QVariant m_value; // as stored
    QVariant m_valueBeforeEditing;
    bool m_refused = false;
    bool m_updating = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Gtm
