#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Gtm {

/** The size of an exported chart: width and height in pixels, and the scale it is drawn at. */
class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportChartDialog(QWidget *parent = nullptr);

    QSize chartSize() const;
    void setChartSize(const QSize &size);
    qreal scale() const;
    void setScale(qreal scale);

private:
    void updateNote();

    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLabel *m_note;
};

} // namespace Gtm
