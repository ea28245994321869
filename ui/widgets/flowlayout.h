#pragma once

#include <QLayout>
#include <QList>

#include <initializer_list>

namespace Gtm {

/**
 * A row of controls that wraps onto further rows when the window is narrower than the row: a
 * bar of buttons or options never sets the window's minimum width beyond its widest control.
 * Items keep their size hints and their order, left to right, then top to bottom (mirrored in
 * right-to-left languages).
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    /** The gap between items of a row (the style's by default); spacing() is between rows. */
    void setHorizontalSpacing(int spacing) { m_horizontalSpacing = spacing; }

private:
    /** Lays the items out in `rect` (only measures when `apply` is false); returns the height. */
    int arrange(const QRect &rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing = -1;
};

/** Widgets that wrap as one (a label and its field): a row of its own inside a FlowLayout. */
QWidget *keptTogether(std::initializer_list<QWidget *> widgets);

} // namespace Gtm
