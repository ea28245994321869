#include "indicatorfield.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "widgets/fieldmessage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSlider>
#include <QToolButton>
#include <QToolTip>

#include <cmath>

namespace Gtm {

namespace {

bool isScale(const IndicatorDefinition &d)
{
    return d.minimum && d.maximum && *d.minimum == 0 && *d.maximum == 5;
}

QString formatted(double value)
{
    return Numbers::format(value, Language::locale());
}

/** The value typed, as the user's region writes numbers (Numbers::parse). */
double typedValue(const QString &text, bool *ok)
{
    return Numbers::parse(text, Language::locale(), ok);
}

} // namespace

IndicatorField::IndicatorField(const IndicatorDefinition &given, QWidget *parent)
    : QWidget(parent)
    , m_definition(given.localized())
    , m_edit(new QLineEdit)
    , m_clear(new QToolButton)
    , m_source(new QLabel)
    , m_readout(new QLabel)
{
    const IndicatorDefinition &definition = m_definition; // in the window's language
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);

    m_edit->setPlaceholderText(tr("not set"));
    m_edit->setMaximumWidth(90);
    m_edit->setMinimumWidth(70);
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setAccessibleName(definition.name);
    m_edit->setAccessibleDescription(definition.description);
    const QString tip
        = QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p>")
              .arg(definition.name.toHtmlEscaped(), definition.rangeText().toHtmlEscaped(),
                   definition.description.toHtmlEscaped());
    m_edit->setToolTip(tip);
    m_edit->setWhatsThis(tip);
    connect(m_edit, &QLineEdit::textEdited, this, &IndicatorField::textEdited);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::editingFinished, this, &IndicatorField::finishEditing);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_edit);
    auto *unit = new QLabel(definition.unit);
    unit->setMinimumWidth(70);
    row->addWidget(unit);
    m_readout->setForegroundRole(QPalette::PlaceholderText);
    m_readout->hide();
    row->addWidget(m_readout);

    if (isScale(definition)) {
        // Halves from 0 to 5: slider positions 0–10.
        m_slider = new QSlider(Qt::Horizontal);
        m_slider->setRange(0, 10);
        m_slider->setPageStep(2);
        m_slider->setTickPosition(QSlider::TicksBelow);
        m_slider->setTickInterval(2);
        m_slider->setFixedWidth(240);
        m_slider->setAccessibleName(tr("%1 slider").arg(definition.name));
        m_slider->setToolTip(tip);
        connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
            if (m_updating)
                return;
            m_edit->setText(formatted(position / 2.0));
            showMessage({});
            emit edited(position / 2.0);
        });
        row->addWidget(m_slider);
    }

    m_clear->setText(QStringLiteral("×"));
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Clear: the value is not known (missing, which is not zero)"));
    m_clear->setAccessibleName(tr("Clear %1").arg(definition.name));
    m_clear->setFocusPolicy(Qt::TabFocus);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_edit->clear();
        showMessage({});
        emit edited(QVariant());
    });
    row->addWidget(m_clear);

    auto *info = new QToolButton;
    info->setText(QStringLiteral("?"));
    info->setAutoRaise(true);
    info->setToolTip(tr("What does this mean?"));
    info->setAccessibleName(tr("What does %1 mean?").arg(definition.name));
    info->setFocusPolicy(Qt::TabFocus);
    connect(info, &QToolButton::clicked, this, [this, info, tip] {
        QToolTip::showText(info->mapToGlobal(QPoint(0, info->height())), tip, info);
    });
    row->addWidget(info);
    row->addStretch(1);
    layout->addLayout(row, 0, 0);

    int line = 1;
    if (isScale(definition)
        && (!definition.lowAnchor.isEmpty() || !definition.highAnchor.isEmpty())) {
        auto *anchors
            = new QLabel(tr("0 = %1 · 5 = %2").arg(definition.lowAnchor, definition.highAnchor));
        anchors->setWordWrap(true);
        anchors->setForegroundRole(QPalette::PlaceholderText);
        QFont small = anchors->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        anchors->setFont(small);
        layout->addWidget(anchors, line++, 0);
    }
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    QFont italic = m_source->font();
    italic.setItalic(true);
    italic.setPointSizeF(italic.pointSizeF() * 0.9);
    m_source->setFont(italic);
    m_source->hide();
    layout->addWidget(m_source, line++, 0);
}

void IndicatorField::setValue(const QVariant &value, const QString &source)
{
    m_value = value;
    m_updating = true;
    const bool present = value.isValid() && !value.isNull();
    // Leave the user's unfinished text alone unless the stored value really differs.
    const QString text = present ? formatted(value.toDouble()) : QString();
    bool same = false;
    const double typed = typedValue(m_edit->text(), &same);
    if (!(m_edit->hasFocus() && present && same && typed == value.toDouble()))
        m_edit->setText(text);
    if (m_slider) {
        m_slider->setValue(present ? int(std::lround(value.toDouble() * 2)) : 0);
        m_slider->setEnabled(true);
        m_slider->setProperty("missing", !present);
    }
    m_clear->setEnabled(present);
    bool money = false;
    const Amounts::Unit unit = Amounts::unitOfIndicator(m_definition.id, m_definition.unit, &money);
    const QString readout = money && present
        ? Amounts::readout(value.toDouble(), unit, Language::locale())
        : QString();
    m_readout->setText(readout);
    m_readout->setVisible(!readout.isEmpty());
    m_source->setVisible(present && !source.isEmpty());
    m_source->setText(tr("Source: %1").arg(source));
    m_updating = false;
}

void IndicatorField::startEditing(const QVariant &value)
{
    m_valueBeforeEditing = value;
    m_refused = false;
    showMessage({});
}

bool IndicatorField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn)
        startEditing(m_value);
    return QWidget::eventFilter(watched, event);
}

void IndicatorField::showMessage(const QString &message)
{
    // Under the field, over the form: the fields below stay where they are.
    if (message.isEmpty() && !m_message)
        return;
    if (!m_message)
        m_message = FieldMessage::of(m_edit);
    m_message->say(message);
}

QString IndicatorField::readout() const
{
    return m_readout->isHidden() ? QString() : m_readout->text();
}

QString IndicatorField::message() const
{
    return m_message ? m_message->message() : QString();
}

void IndicatorField::textEdited(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        showMessage({});
        emit edited(QVariant());
        return;
    }
    bool ok = false;
    const double value = typedValue(trimmed, &ok);
    if (!ok) {
        // "4." or "-" on the way to a number: say so only if it stays like that.
        return;
    }
    if (!m_definition.accepts(value)) {
        // Typing "45" over 4.5 saved "4" on the way: the whole edit is refused, so say what
        // the value was before it, and take it back when the user leaves the field.
        m_refused = true;
        showMessage(tr("%1 must be %2; the value stays %3.")
                        .arg(m_definition.name, m_definition.rangeText(),
                             m_valueBeforeEditing.isValid()
                                 ? formatted(m_valueBeforeEditing.toDouble())
                                 : tr("not set")));
        return;
    }
    m_refused = false;
    showMessage({});
    emit edited(value);
}

void IndicatorField::finishEditing()
{
    // Whatever is not a valid value when the user leaves the field goes back to the value it
    // had before this edit, accepted prefixes included ("4" on the way to a refused "45").
    const QString trimmed = m_edit->text().trimmed();
    bool ok = trimmed.isEmpty();
    if (!ok)
        typedValue(trimmed, &ok);
    const QString before = m_valueBeforeEditing.isValid()
        ? formatted(m_valueBeforeEditing.toDouble())
        : tr("not set");
    if (!ok) {
        m_refused = true;
        showMessage(tr("\"%1\" is not a number; the value stays %2.").arg(trimmed, before));
    }
    if (!m_refused)
        return;
    m_refused = false;
    if (m_value != m_valueBeforeEditing)
        emit edited(m_valueBeforeEditing);
    m_updating = true;
    m_edit->setText(m_valueBeforeEditing.isValid() ? before : QString());
    m_updating = false;
    m_valueBeforeEditing = m_value; // the message stays until the next edit
}

} // namespace Gtm
