#include "teampanel.h"

#include "document/workspacedocument.h"
#include "domain/language.h"
#include "storage/postgresworkspacestore.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Gtm {

TeamPanel::TeamPanel(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_note(new QLabel)
    , m_entries(new QListWidget)
{
    m_note->setWordWrap(true);
    // Two lines an entry, wrapped: the dock is narrow, and a field's name and values are long.
    m_entries->setWordWrap(true);
    m_entries->setTextElideMode(Qt::ElideNone);
    m_entries->setResizeMode(QListView::Adjust);
    m_entries->setAlternatingRowColors(true);
    m_entries->setAccessibleName(tr("Team changes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_entries, 1);

    connect(document, &WorkspaceDocument::committed, this, &TeamPanel::refresh);
    connect(document, &WorkspaceDocument::colleaguesChanged, this, &TeamPanel::refresh);
    connect(document, &WorkspaceDocument::fileNameChanged, this, &TeamPanel::refresh);
    connect(document, &WorkspaceDocument::workspaceReset, this, &TeamPanel::refresh);
    refresh();
}

void TeamPanel::refresh()
{
    m_entries->clear();
    if (!m_document->isShared()) {
        m_note->setText(tr("Who changed what appears here for a workspace on a team server "
                           "(File ▸ Open from Server)."));
        m_entries->hide();
        return;
    }
    m_entries->show();
    QList<AuditEntry> entries;
    QString error;
    if (!m_document->teamHistory(&entries, MaximumEntries, &error)) {
        m_note->setText(tr("Cannot read the team's changes: %1").arg(error));
        return;
    }
    m_note->setText(entries.isEmpty() ? tr("Team changes: none yet.")
                                      : tr("Team changes, newest first:"));
    const QLocale locale = Language::locale();
    for (const AuditEntry &entry : qAsConst(entries)) {
        const QString text
            = tr("%1, %2\n%3: %4 → %5")
                  .arg(entry.user, locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                       entry.where, entry.before, entry.after);
        auto *item = new QListWidgetItem(text, m_entries);
        item->setToolTip(text);
    }
}

QStringList TeamPanel::lines() const
{
    QStringList shown;
    for (int i = 0; i < m_entries->count(); ++i)
        shown << m_entries->item(i)->text();
    return shown;
}

} // namespace Gtm
