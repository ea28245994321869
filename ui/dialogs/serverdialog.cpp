#include "serverdialog.h"

#include "domain/plural.h"

#include "storage/postgresworkspacestore.h"
#include "storage/serverlocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Gtm {

namespace {

const QLatin1String recentKey("team/recentServers");
constexpr int MaximumRecentServers = 8;

} // namespace

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QComboBox)
    , m_list(new QPushButton(tr("&List Workspaces")))
    , m_workspaces(new QListWidget)
    , m_workspace(new QLineEdit)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Open from Server"));
    m_server->setEditable(true);
    m_server->addItems(recentServers());
    m_server->setMinimumContentsLength(48);
    m_server->lineEdit()->setPlaceholderText(tr("postgresql://user@host:5432/database"));
    m_server->setToolTip(tr("The PostgreSQL database your team keeps workspaces in. A password "
                            "is asked for when the server wants one, and kept for this session "
                            "only."));
    m_workspaces->setAccessibleName(tr("Workspaces on the server"));
    m_workspace->setPlaceholderText(tr("Pick one above, or type its name"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_list);
    auto *form = new QFormLayout;
    form->addRow(tr("&Database:"), serverRow);
    form->addRow(tr("Workspaces:"), m_workspaces);
    form->addRow(tr("&Workspace:"), m_workspace);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        addRecentServer(m_server->currentText().trimmed());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QPushButton::clicked, this, &ServerDialog::listWorkspaces);
    connect(m_workspaces, &QListWidget::currentTextChanged, m_workspace, &QLineEdit::setText);
    connect(m_workspaces, &QListWidget::itemActivated, this, [this] {
        if (m_ok->isEnabled())
            m_ok->click();
    });
    connect(m_workspace, &QLineEdit::textChanged, this, &ServerDialog::updateOk);
    connect(m_server, &QComboBox::currentTextChanged, this, &ServerDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateOk();
    resize(640, 420);
}

QString ServerDialog::location() const
{
    QString error;
    const std::optional<ServerLocation> database
        = ServerLocation::parse(m_server->currentText().trimmed(), &error);
    return database ? database->withWorkspace(m_workspace->text().trimmed()).toString() : QString();
}

void ServerDialog::updateOk()
{
    QString error;
    const QString text = m_server->currentText().trimmed();
    const std::optional<ServerLocation> database
        = text.isEmpty() ? std::nullopt : ServerLocation::parse(text, &error);
    const QString name = m_workspace->text().trimmed();
    QString nameError;
    const bool nameOk = !name.isEmpty() && ServerLocation::isValidWorkspaceName(name, &nameError);
    m_list->setEnabled(database.has_value());
    m_ok->setEnabled(database.has_value() && nameOk);
    // The reason beside the fields, not in a box: the user is still typing.
    if (!text.isEmpty() && !database)
        m_message->setText(error);
    else if (!name.isEmpty() && !nameOk)
        m_message->setText(nameError);
    else
        m_message->clear();
}

void ServerDialog::listWorkspaces()
{
    QString error;
    const QString text = m_server->currentText().trimmed();
    const std::optional<ServerLocation> database = ServerLocation::parse(text, &error);
    if (!database)
        return;
    QStringList names;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    bool listed = PostgresWorkspaceStore::list(*database, &names, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!listed && ServerPasswords::isAskedFor(error) && askPassword(this, text, error)) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        listed = PostgresWorkspaceStore::list(*database, &names, &error);
        QGuiApplication::restoreOverrideCursor();
    }
    m_workspaces->clear();
    if (!listed) {
        m_message->setText(tr("Cannot list the workspaces: %1").arg(error));
        return;
    }
    m_workspaces->addItems(names);
    m_message->setText(names.isEmpty()
                           ? tr("There is no workspace in this database that you may read.")
                           : counted(names.size(), tr("%1 workspace you may read."),
                                     tr("%1 workspaces you may read.")));
    if (!names.isEmpty())
        m_workspaces->setCurrentRow(0);
    m_workspaces->setFocus();
}

QStringList ServerDialog::recentServers()
{
    return QSettings().value(recentKey).toStringList();
}

void ServerDialog::addRecentServer(const QString &location)
{
    QString error;
    const std::optional<ServerLocation> parsed = ServerLocation::parse(location, &error);
    if (!parsed)
        return;
    const QString database = parsed->withWorkspace(QString()).toString();
    QStringList servers = recentServers();
    servers.removeAll(database);
    servers.prepend(database);
    while (servers.size() > MaximumRecentServers)
        servers.removeLast();
    QSettings().setValue(recentKey, servers);
}

bool ServerDialog::askPassword(QWidget *parent, const QString &location, const QString &why)
{
    QString error;
    const std::optional<ServerLocation> parsed = ServerLocation::parse(location, &error);
    if (!parsed)
        return false;
    bool ok = false;
    const QString who = parsed->user.isEmpty() ? tr("your role") : parsed->user;
    const QString password = QInputDialog::getText(
        parent, tr("Password"),
        tr("%1\n\nThe server asks for the password of %2. It is kept for this session only.")
            .arg(why, who),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    ServerPasswords::remember(*parsed, password);
    return true;
}

} // namespace Gtm
