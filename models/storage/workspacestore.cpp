#include "workspacestore.h"

#include "postgresworkspacestore.h"
#include "serverlocation.h"
#include "sqliteworkspacestore.h"

namespace Gtm {

namespace {

/** A location that cannot be understood: every use says why, naming nothing else. */
class UnreadableLocation : public WorkspaceStore
{
public:
    UnreadableLocation(const QString &location, const QString &why)
        : m_location(location)
        , m_why(why)
    { }

    QString displayName() const override { return m_location; }
    bool exists() const override { return false; }
    bool load(Workspace &, QString *error) override { return fail(error); }
    bool save(const Workspace &, QString *error) override { return fail(error); }
    QStringList check() override { return {m_why}; }
    int formatVersion(QString *error) const override
    {
        if (error)
            *error = m_why;
        return -1;
    }
    bool lock(QString *error, LockHolder *) override { return fail(error); }
    void unlock() override { }
    bool holdsLock() const override { return false; }
    QByteArray revision() const override { return {}; }

private:
    bool fail(QString *error) const
    {
        *error = m_why;
        return false;
    }

    QString m_location;
    QString m_why;
};

} // namespace

std::unique_ptr<WorkspaceStore> WorkspaceStore::open(const QString &location)
{
    if (ServerLocation::isServerLocation(location)) {
        QString error;
        const std::optional<ServerLocation> server = ServerLocation::parse(location, &error);
        if (!server)
            return std::make_unique<UnreadableLocation>(location, error);
        return std::make_unique<PostgresWorkspaceStore>(*server);
    }
    return std::make_unique<SqliteWorkspaceStore>(location);
}

} // namespace Gtm
