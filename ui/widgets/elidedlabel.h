#pragma once

#include <QLabel>

namespace Gtm {

/**
 * One line of plain text that never widens its window: a name of any length (a user may type
 * 300 characters) is elided to the width the layout gives it, with the whole text in the
 * tooltip when cut. Never interpreted as markup.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_text; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_text;
};

} // namespace Gtm
