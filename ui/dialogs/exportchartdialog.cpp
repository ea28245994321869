#include "exportchartdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace Gtm {

ExportChartDialog::ExportChartDialog(QWidget *parent)
    : QDialog(parent)
    , m_width(new QSpinBox)
    , m_height(new QSpinBox)
    , m_scale(new QComboBox)
    , m_note(new QLabel)
{
    setWindowTitle(tr("Export Chart"));
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(100, 10000);
        spin->setSuffix(tr(" px"));
        spin->setSingleStep(100);
        connect(spin, &QSpinBox::valueChanged, this, &ExportChartDialog::updateNote);
    }
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    for (int scale = 1; scale <= 4; ++scale)
        m_scale->addItem(tr("%1×").arg(scale), scale);
    m_scale->setAccessibleName(tr("Scale"));
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportChartDialog::updateNote);
    m_note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setChartSize(QSize(1200, 760));
    updateNote();
}

QSize ExportChartDialog::chartSize() const
{
    return QSize(m_width->value(), m_height->value());
}

void ExportChartDialog::setChartSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

qreal ExportChartDialog::scale() const
{
    return m_scale->currentData().toReal();
}

void ExportChartDialog::setScale(qreal scale)
{
    const int index = m_scale->findData(int(std::lround(scale)));
    m_scale->setCurrentIndex(index < 0 ? 0 : index);
}

void ExportChartDialog::updateNote()
{
    const QSize size = chartSize();
    const qreal s = scale();
    m_note->setText(tr("Laid out as on a %1 × %2 screen and drawn at %3×; use 2× or more for "
                       "slides and print.")
                        .arg(int(size.width() / s))
                        .arg(int(size.height() / s))
                        .arg(s));
}

} // namespace Gtm
