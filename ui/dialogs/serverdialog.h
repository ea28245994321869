#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Gtm {

/**
 * File ▸ Open from Server: a database (one of the recent ones, or typed as
 * postgresql://USER@HOST:PORT/DATABASE), the workspaces in it the user may read, and the one to
 * open. A password the server asks for is prompted for and kept for this session only.
 */
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);

    /** The workspace's location, postgresql://…?workspace=NAME. */
    QString location() const;

    /** Databases opened before, newest first (no passwords: locations never hold one). */
    static QStringList recentServers();
    static void addRecentServer(const QString &location);

    /** Asks for the password of the location's role and server, for this session; false when
     *  the user cancels. */
    static bool askPassword(QWidget *parent, const QString &location, const QString &why);

private:
    void listWorkspaces();
    void updateOk();

    QComboBox *m_server;
    QPushButton *m_list;
    QListWidget *m_workspaces;
    QLineEdit *m_workspace;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace Gtm
