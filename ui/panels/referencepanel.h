#pragma once

#include "domain/vertical.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace Gtm {

class WorkspaceDocument;

/**
 * The reference figures of the method with their sources. Those that fit a worksheet field
 * (the OECD automation shares, …) can be put into the selected vertical's worksheet with one
 * action; the value keeps its source, which the worksheet and the brief then show.
 */
class ReferencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReferencePanel(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setVertical(VerticalId vertical);
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *insertButton() const { return m_insert; }
    /** Inserts the current figure into the current vertical; false with a message if it can't. */
    bool insertCurrent();

signals:
    void message(const QString &text);

private:
    void rebuild();
    void updateButton();

    WorkspaceDocument *m_document;
    VerticalId m_vertical = 0;
    QTreeWidget *m_tree;
    QPushButton *m_insert;
};

} // namespace Gtm
