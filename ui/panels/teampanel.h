#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace Gtm {

class WorkspaceDocument;

/**
 * The team's history of a server workspace, from its audit table: who changed which field,
 * when, from what to what, newest first. Follows every commit, here or by colleagues.
 */
class TeamPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPanel(WorkspaceDocument *document, QWidget *parent = nullptr);

    /** The entries shown, for tests: "who, when\nwhere: before → after". */
    QStringList lines() const;

    static constexpr int MaximumEntries = 200;

public slots:
    void refresh();

private:
    WorkspaceDocument *m_document;
    QLabel *m_note;
    QListWidget *m_entries;
};

} // namespace Gtm
