#include "postgresworkspacestore.h"

#include "domain/enumkeys.h"
#include "domain/plural.h"
#include "domain/workspace.h"
#include "schema.h"
#include "sqlconnection.h"
#include "sqliteworkspacestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <numeric>

namespace Gtm {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::PostgresWorkspaceStore)
};

const QLatin1String postgresDriver("QPSQL");

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

/** The tables of a workspace's content, in the order they are made (a table after those it refers
 *  to); the version and revision tables are not content. */
QStringList tableNames()
{
    static const QStringList names = [] {
        QStringList found;
        const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+)"));
        for (const QString &statement :
             Schema::createStatements()) { // not gtm_schema, gtm_revision
            const QRegularExpressionMatch match = create.match(statement);
            if (match.hasMatch())
                found.append(match.captured(1));
        }
        return found;
    }();
    return names;
}

/** The server's own words, on one line, without SQLite's tag (the shared helpers add it). */
QString serverWords(QString message)
{
    if (message.startsWith(QLatin1String("SQLite: ")))
        message = message.mid(8);
    message = message.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (message.startsWith(QLatin1String("ERROR:")))
        message = message.mid(6).trimmed();
    return QStringLiteral("PostgreSQL: ") + message;
}

/** The server's words, in a sentence that says what failed; rights named as the user knows them. */
QString serverMessage(const QString &message)
{
    if (message.contains(QLatin1String("permission denied")))
        return Text::tr("you may not change this workspace on the server (%1)")
            .arg(serverWords(message));
    return serverWords(message);
}

} // namespace

QStringList PostgresWorkspaceStore::createStatements()
{
    // The SQLite schema in PostgreSQL's types: 64-bit integers, double precision for REAL (which
    // is 32-bit there), no WITHOUT ROWID, and names compared as the program compares them (the
    // program refuses names equal after case folding; the server keeps them exact). The
    // indicator table gets the row number SQLite gives every table, so custom indicators keep
    // their order.
    //
    // Indicator values, the one big table (300,000 rows for 10,000 verticals), keep their
    // primary key but not their two references: checked row by row they took 2.4 s of a 3.4 s
    // save. The program writes them from its own verticals and indicators in the same
    // transaction, and `check` reports a value of an unknown indicator or vertical.
    QStringList statements;
    for (QString statement : Schema::createStatements()) {
        statement.replace(QLatin1String(" INTEGER"), QLatin1String(" BIGINT"))
            .replace(QLatin1String(" REAL"), QLatin1String(" DOUBLE PRECISION"))
            .replace(QLatin1String(" COLLATE NOCASE"), QString())
            .replace(QLatin1String(") WITHOUT ROWID"), QLatin1String(")"));
        if (statement.startsWith(QLatin1String("CREATE TABLE indicator (")))
            statement.replace(QLatin1String("CREATE TABLE indicator ("),
                              QLatin1String("CREATE TABLE indicator (\n    rowid BIGSERIAL,"));
        if (statement.startsWith(QLatin1String("CREATE TABLE indicator_value (")))
            statement
                .replace(QLatin1String(" REFERENCES vertical(id) ON DELETE CASCADE"), QString())
                .replace(QLatin1String("indicator_id TEXT NOT NULL REFERENCES indicator(id)"),
                         QLatin1String("indicator_id TEXT COLLATE \"C\" NOT NULL"));
        statements.append(statement);
    }
    statements.append(QStringLiteral("CREATE TABLE gtm_schema (version INTEGER NOT NULL,"
                                     " layout INTEGER NOT NULL DEFAULT %1)")
                          .arg(ServerLayout));
    statements.append(QStringLiteral(
        "CREATE TABLE gtm_revision (revision BIGINT NOT NULL, saved_by TEXT NOT NULL,"
        " saved_at TIMESTAMPTZ NOT NULL DEFAULT now())"));
    // Who changed which field when: `record` is the field's key (WorkspaceMerge), `place` the
    // field as the person who changed it read it, `before` and `after` its values as shown.
    statements.append(QStringLiteral(
        "CREATE TABLE gtm_audit (revision BIGINT NOT NULL, saved_by TEXT NOT NULL,"
        " saved_at TIMESTAMPTZ NOT NULL DEFAULT now(), record TEXT NOT NULL, place TEXT NOT NULL,"
        " before TEXT NOT NULL, after TEXT NOT NULL)"));
    statements.append(QStringLiteral("CREATE INDEX gtm_audit_by_revision ON gtm_audit (revision)"));
    return statements;
}

PostgresWorkspaceStore::PostgresWorkspaceStore(const ServerLocation &location)
    : m_location(location)
{ }

PostgresWorkspaceStore::~PostgresWorkspaceStore()
{
    unlock();
}

QString PostgresWorkspaceStore::displayName() const
{
    return m_location.toString();
}

QString PostgresWorkspaceStore::schema() const
{
    return m_location.workspace;
}

bool PostgresWorkspaceStore::connect(QString *error) const
{
    if (m_location.workspace.isEmpty()) {
        *error = Text::tr("the location names no workspace (…?workspace=NAME)");
        return false;
    }
    if (m_connection && m_connection->database().isOpen())
        return true;
    QString options = m_location.connectOptions();
    // Who holds a lock, as another session sees it in pg_stat_activity.
    const QString application = QStringLiteral("GTM Workbench (process %1 on %2)")
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QSysInfo::machineHostName());
    options += (options.isEmpty() ? QString() : QStringLiteral(";"))
        + QStringLiteral("application_name='%1'").arg(application);
    // The window commits on its own thread: a server that does not answer must not hold it
    // for libpq's default of waiting for ever. The user's own values, when given, stand.
    if (!m_location.options.contains(QStringLiteral("connect_timeout")))
        options += QStringLiteral(";connect_timeout=5");
    if (!m_location.options.contains(QStringLiteral("keepalives_idle")))
        options += QStringLiteral(";keepalives_idle=10;keepalives_interval=5;keepalives_count=3");
    m_connection = std::make_unique<SqlConnection>(postgresDriver, m_location.database, options);
    QSqlDatabase &db = m_connection->database();
    // Numbers as SQLite's driver gives them (qint64, double), which the shared reader expects:
    // QPSQL would give a positive BIGINT as an unsigned number.
    db.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    if (!m_location.host.isEmpty())
        db.setHostName(m_location.host);
    if (m_location.port > 0)
        db.setPort(m_location.port);
    if (!m_location.user.isEmpty())
        db.setUserName(m_location.user);
    const QString password = ServerPasswords::find(m_location); // typed in this session
    if (!password.isEmpty())
        db.setPassword(password);
    QString message;
    if (!m_connection->open(&message)) {
        m_connection.reset();
        *error = Text::tr("cannot reach the server (%1)").arg(message.simplified());
        return false;
    }
    return true;
}

bool PostgresWorkspaceStore::exists() const
{
    QString error;
    if (!connect(&error))
        return false;
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
    query.addBindValue(schema());
    return query.exec() && query.next();
}

int PostgresWorkspaceStore::formatVersion(QString *error) const
{
    QString message;
    if (!connect(&message)) {
        if (error)
            *error = message;
        return -1;
    }
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("SELECT version FROM %1.gtm_schema").arg(quoted(schema())))
        || !query.next()) {
        if (error) {
            const QString said = sqlErrorText(query);
            *error = said.contains(QLatin1String("permission denied"))
                ? Text::tr("you may not read this workspace on the server (%1)")
                      .arg(serverWords(said))
                : exists() ? Text::tr("not a GTM Workbench workspace (%1)").arg(serverWords(said))
                           : Text::tr("there is no workspace \"%1\" in the database").arg(schema());
        }
        return -1;
    }
    return query.value(0).toInt();
}

QByteArray PostgresWorkspaceStore::revision() const
{
    QString error;
    if (!connect(&error))
        return {};
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("SELECT revision FROM %1.gtm_revision").arg(quoted(schema())))
        || !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool PostgresWorkspaceStore::load(Workspace &workspace, QString *error)
{
    const int version = formatVersion(error);
    if (version < 0)
        return false;
    if (version != Schema::CurrentVersion) {
        *error = Text::tr("the workspace has file format %1 on the server; this version reads %2")
                     .arg(version)
                     .arg(Schema::CurrentVersion);
        return false;
    }
    if (!upgradeLayout(error))
        return false;
    QSqlDatabase &db = m_connection->database();
    QSqlQuery query(db);
    // One consistent view of every table, whatever others save meanwhile.
    if (!execute(query, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), error))
        return false;
    Workspace loaded;
    const bool ok
        = execute(query, QStringLiteral("SET LOCAL search_path TO %1").arg(quoted(schema())), error)
        && SqliteWorkspaceStore::readDatabase(*m_connection, loaded, error);
    QSqlQuery revision(db);
    const bool known = ok && revision.exec(QStringLiteral("SELECT revision FROM gtm_revision"))
        && revision.next();
    const qint64 revisionRead = known ? revision.value(0).toLongLong() : -1;
    query.exec(QStringLiteral("COMMIT"));
    if (!ok)
        return false;
    m_base = loaded;
    m_baseRevision = revisionRead;
    workspace = std::move(loaded);
    return true;
}

namespace {

/** Appends a text as an element of a PostgreSQL array literal: quoted, backslash and " escaped. */
void appendElement(QString &literal, const QString &value)
{
    literal += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            literal += QLatin1Char('\\');
        literal += c;
    }
    literal += QLatin1Char('"');
}

/** A PostgreSQL array literal of texts ({"a","b"}), for one unnest() INSERT of many rows. */
QString textArray(const QStringList &values)
{
    QString literal = QStringLiteral("{");
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += QLatin1Char(',');
        appendElement(literal, values.at(i));
    }
    return literal + QLatin1Char('}');
}

/**
 * Rows for one table, collected column by column as PostgreSQL array literals and inserted by
 * one `INSERT … SELECT * FROM unnest(…)`: 300,000 values in one statement instead of 300,000
 * (or 4,700 of 64 rows) round trips.
 */
class ArrayInsert
{
public:
    struct Column
    {
        const char *name;
        const char *type;
    };
    ArrayInsert(const char *table, std::initializer_list<Column> columns)
        : m_table(QLatin1String(table))
        , m_columns(columns)
        , m_values(int(columns.size()), QStringLiteral("{"))
    { }

    void text(int column, const QString &value) { appendElement(next(column), value); }
    void number(int column, double value) { next(column) += QString::number(value, 'g', 17); }
    void integer(int column, qint64 value) { next(column) += QString::number(value); }
    void null(int column) { next(column) += QLatin1String("NULL"); }
    template<typename T>
    void optionalKey(int column, const std::optional<T> &value)
    {
        value ? text(column, enumKey(*value)) : null(column);
    }

    bool run(QSqlDatabase &db, QString *error)
    {
        if (m_rows == 0)
            return true;
        QStringList names, arrays;
        for (const Column &column : m_columns) {
            names << QLatin1String(column.name);
            arrays << QStringLiteral("?::%1[]").arg(QLatin1String(column.type));
        }
        QSqlQuery query(db);
        if (!query.prepare(
                QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
                    .arg(m_table, names.join(QLatin1Char(',')), arrays.join(QLatin1Char(','))))) {
            *error = sqlErrorText(query);
            return false;
        }
        for (QString &values : m_values)
            query.addBindValue(values + QLatin1Char('}'));
        return execute(query, error);
    }

private:
    QString &next(int column)
    {
        QString &out = m_values[column];
        if (column == 0)
            ++m_rows;
        if (out.size() > 1)
            out += QLatin1Char(',');
        return out;
    }

    QString m_table;
    QList<Column> m_columns;
    QStringList m_values;
    int m_rows = 0;
};

/** The rows of the verticals at `indices` (their texts, challenges and values), three
 *  statements whatever their number. */
bool writeVerticals(QSqlDatabase &db, const Workspace &workspace, const QList<int> &indices,
                    QString *error)
{
    ArrayInsert verticals("vertical",
                          {{"id", "bigint"},
                           {"position", "bigint"},
                           {"name", "text"},
                           {"description", "text"},
                           {"context_notes", "text"},
                           {"capabilities_notes", "text"},
                           {"consequences_notes", "text"},
                           {"winners", "text"},
                           {"losers", "text"},
                           {"safeguards", "text"}});
    ArrayInsert challenges("challenge",
                           {{"vertical_id", "bigint"},
                            {"position", "bigint"},
                            {"problem", "text"},
                            {"stakeholder", "text"},
                            {"framing", "text"},
                            {"explainability_need", "bigint"},
                            {"technology_first", "bigint"},
                            {"poc_months", "double precision"}});
    ArrayInsert values("indicator_value",
                       {{"vertical_id", "bigint"},
                        {"indicator_id", "text"},
                        {"value", "double precision"},
                        {"source", "text"}});
    for (const int i : indices) {
        const Vertical &v = workspace.verticals.at(i);
        verticals.integer(0, v.id);
        verticals.integer(1, i);
        int column = 2;
        for (const QString *field : {&v.name, &v.description, &v.contextNotes, &v.capabilitiesNotes,
                                     &v.consequencesNotes, &v.winners, &v.losers, &v.safeguards})
            verticals.text(column++, *field);
        for (int row = 0; row < v.challenges.size(); ++row) {
            const Challenge &c = v.challenges.at(row);
            challenges.integer(0, v.id);
            challenges.integer(1, row);
            challenges.text(2, c.problem);
            challenges.optionalKey(3, c.stakeholder);
            challenges.optionalKey(4, c.framing);
            c.explainabilityNeed ? challenges.integer(5, *c.explainabilityNeed)
                                 : challenges.null(5);
            c.technologyFirst ? challenges.integer(6, *c.technologyFirst ? 1 : 0)
                              : challenges.null(6);
            c.pocMonths ? challenges.number(7, *c.pocMonths) : challenges.null(7);
        }
        for (auto it = v.values.cbegin(); it != v.values.cend(); ++it) {
            values.integer(0, v.id);
            values.text(1, it.key());
            values.number(2, it->value);
            values.text(3, it->source);
        }
    }
    return verticals.run(db, error) && challenges.run(db, error) && values.run(db, error);
}

bool rollback(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace

int PostgresWorkspaceStore::layout(QString *error) const
{
    QSqlQuery query(m_connection->database());
    // Layout 1 (the first server workspaces) had no such column.
    if (!execute(query,
                 QStringLiteral("SELECT count(*) FROM information_schema.columns"
                                " WHERE table_schema = '%1' AND table_name = 'gtm_schema'"
                                " AND column_name = 'layout'")
                     .arg(QString(schema()).replace(QLatin1Char('\''), QLatin1String("''"))),
                 error)
        || !query.next())
        return -1;
    if (query.value(0).toInt() == 0)
        return 1;
    if (!execute(query, QStringLiteral("SELECT layout FROM %1.gtm_schema").arg(quoted(schema())),
                 error)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<QStringList> PostgresWorkspaceStore::layoutUpgrades()
{
    return {
        // 1 → 2: the audit of who changed what; indicator values without their references.
        {
            QStringLiteral("CREATE TABLE gtm_audit (revision BIGINT NOT NULL,"
                           " saved_by TEXT NOT NULL, saved_at TIMESTAMPTZ NOT NULL DEFAULT now(),"
                           " record TEXT NOT NULL, place TEXT NOT NULL, before TEXT NOT NULL,"
                           " after TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX gtm_audit_by_revision ON gtm_audit (revision)"),
            QStringLiteral(
                "ALTER TABLE indicator_value DROP CONSTRAINT indicator_value_vertical_id_fkey,"
                " DROP CONSTRAINT indicator_value_indicator_id_fkey,"
                " ALTER COLUMN indicator_id TYPE TEXT COLLATE \"C\""),
            QStringLiteral("ALTER TABLE gtm_schema ADD COLUMN layout INTEGER NOT NULL DEFAULT 2"),
        },
    };
}

bool PostgresWorkspaceStore::upgradeLayout(QString *error)
{
    QString message;
    const int found = layout(&message);
    if (found < 0) {
        *error = serverMessage(message);
        return false;
    }
    if (found > ServerLayout) {
        *error = Text::tr("the workspace was laid out on the server by a newer GTM Workbench "
                          "(layout %1; this version knows %2)")
                     .arg(found)
                     .arg(ServerLayout);
        return false;
    }
    if (found == ServerLayout)
        return true;
    // Step by step, all in one transaction: the workspace is at one layout or the other.
    QSqlDatabase &db = m_connection->database();
    QSqlQuery query(db);
    bool ok = execute(query, QStringLiteral("BEGIN"), &message)
        && execute(query, QStringLiteral("SET LOCAL search_path TO %1").arg(quoted(schema())),
                   &message);
    const QList<QStringList> upgrades = layoutUpgrades();
    for (int step = found; ok && step < ServerLayout; ++step) {
        for (const QString &statement : upgrades.at(step - 1)) {
            if (!(ok = execute(query, statement, &message)))
                break;
        }
    }
    ok = ok && execute(query, QStringLiteral("COMMIT"), &message);
    if (ok)
        return true;
    rollback(db);
    *error = message.contains(QLatin1String("must be owner"))
            || message.contains(QLatin1String("permission denied"))
        ? Text::tr("the workspace was made by an earlier GTM Workbench; its owner opens it once "
                   "to bring it up to date")
        : Text::tr("cannot bring the workspace up to date (%1)").arg(serverWords(message));
    return false;
}

bool PostgresWorkspaceStore::createWorkspace(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    bool ok = execute(query, QStringLiteral("CREATE SCHEMA %1").arg(quoted(schema())), error)
        && execute(query, QStringLiteral("SET LOCAL search_path TO %1").arg(quoted(schema())),
                   error);
    for (const QString &statement : createStatements()) {
        if (!ok)
            break;
        ok = execute(query, statement, error);
    }
    return ok
        && execute(query,
                   QStringLiteral("INSERT INTO gtm_schema (version) VALUES (%1)")
                       .arg(Schema::CurrentVersion),
                   error)
        && execute(query,
                   QStringLiteral("INSERT INTO gtm_revision (revision, saved_by)"
                                  " VALUES (0, current_user)"),
                   error);
}

bool PostgresWorkspaceStore::writeAll(QSqlDatabase &db, const Workspace &workspace, QString *error)
{
    QSqlQuery query(db);
    const QStringList tables = tableNames();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!execute(query, QStringLiteral("DELETE FROM %1").arg(*it), error))
            return false;
    }
    QList<int> all(workspace.verticals.size());
    std::iota(all.begin(), all.end(), 0);
    return SqliteWorkspaceStore::writeContent(db, workspace, error, false)
        && writeVerticals(db, workspace, all, error);
}

bool PostgresWorkspaceStore::writeChanges(QSqlDatabase &db, const Workspace &stored,
                                          const Workspace &workspace, QString *error)
{
    // An edit changes one field of one vertical far more often than anything else: its rows
    // alone are rewritten then (a few statements, whatever the workspace's size).
    Workspace others = stored;
    others.verticals = workspace.verticals;
    bool onlyVerticals
        = others == workspace && stored.verticals.size() == workspace.verticals.size();
    QList<int> changed;
    for (int i = 0; onlyVerticals && i < workspace.verticals.size(); ++i) {
        const Vertical &before = stored.verticals.at(i);
        const Vertical &after = workspace.verticals.at(i);
        if (before.id != after.id)
            onlyVerticals = false;
        else if (!(before == after))
            changed << i;
    }
    if (!onlyVerticals)
        return writeAll(db, workspace, error);
    if (changed.isEmpty())
        return true;
    QStringList ids;
    for (const int i : qAsConst(changed))
        ids << QString::number(workspace.verticals.at(i).id);
    QSqlQuery query(db);
    // The changed verticals' rows go first, all of them, so that two verticals that swap names
    // never meet the unique name.
    // Values refer to their vertical without a foreign key (see createStatements()).
    return execute(query,
                   QStringLiteral("DELETE FROM indicator_value WHERE vertical_id IN (%1)")
                       .arg(ids.join(QLatin1Char(','))),
                   error)
        && execute(query,
                   QStringLiteral("DELETE FROM vertical WHERE id IN (%1)")
                       .arg(ids.join(QLatin1Char(','))),
                   error)
        && writeVerticals(db, workspace, changed, error);
}

bool PostgresWorkspaceStore::save(const Workspace &workspace, QString *error)
{
    QString message;
    if (!connect(&message)) {
        *error = Text::tr("cannot save: %1").arg(message);
        return false;
    }
    // After a read, saving is committing edits to what was read: a colleague's commit since is
    // merged, never overwritten.
    if (m_baseRevision >= 0) {
        TeamCommit outcome;
        if (!commit(workspace, {}, &outcome, error))
            return false;
        if (!outcome.conflicts.isEmpty()) {
            QStringList places;
            for (const MergeConflict &conflict : qAsConst(outcome.conflicts))
                places << conflict.where;
            *error = counted(places.size(),
                             Text::tr("cannot save: %1 field was changed by someone else since it "
                                      "was read (%2); nothing was written"),
                             Text::tr("cannot save: %1 fields were changed by someone else since "
                                      "they were read (%2); nothing was written"))
                         .arg(places.mid(0, 3).join(QStringLiteral("; ")));
            return false;
        }
        if (!outcome.problems.isEmpty()) {
            *error = Text::tr("cannot save: with the changes made meanwhile, %1; nothing was "
                              "written")
                         .arg(outcome.problems.first());
            return false;
        }
        return true;
    }
    // One writer at a time, as for files: the lock for the save when its caller holds none.
    const bool ownLock = !m_locked;
    if (ownLock && !lock(&message)) {
        *error = Text::tr("cannot save: %1").arg(message);
        return false;
    }
    QSqlDatabase &db = m_connection->database();
    QSqlQuery query(db);
    const bool fresh = !exists();
    if (!fresh) {
        // Replacing a workspace never read here would drop whatever is in it, colleagues' work
        // included: whoever changes one reads it first (and then commits, above).
        if (ownLock)
            unlock();
        *error = Text::tr("cannot save: there is already a workspace \"%1\" in the database; "
                          "open it to change it")
                     .arg(schema());
        return false;
    }
    bool ok = execute(query, QStringLiteral("BEGIN"), &message);
    ok = ok && createWorkspace(db, &message) && writeAll(db, workspace, &message);
    ok = ok
        && execute(query,
                   QStringLiteral("UPDATE gtm_revision SET revision = revision + 1,"
                                  " saved_by = current_user, saved_at = now()"
                                  " RETURNING revision"),
                   &message)
        && query.next();
    const qint64 revision = ok ? query.value(0).toLongLong() : -1;
    ok = ok && execute(query, QStringLiteral("COMMIT"), &message);
    if (!ok) {
        rollback(db);
        *error = Text::tr("cannot save (%1); the workspace on the server is unchanged")
                     .arg(serverMessage(message));
    } else {
        m_base = workspace;
        m_baseRevision = revision;
    }
    if (ownLock)
        unlock();
    return ok;
}

bool PostgresWorkspaceStore::commit(const Workspace &mine,
                                    const QHash<QString, WorkspaceMerge::Side> &resolutions,
                                    TeamCommit *outcome, QString *error)
{
    QString message;
    if (!connect(&message)) {
        *error = Text::tr("cannot save: %1").arg(message);
        return false;
    }
    QSqlDatabase &db = m_connection->database();
    QSqlQuery query(db);
    const auto fail = [&] {
        rollback(db);
        *error = Text::tr("cannot save (%1); the workspace on the server is unchanged")
                     .arg(serverMessage(message));
        return false;
    };
    // Commits follow each other: the revision row stays locked until this one ends, and each
    // statement after the lock sees every commit before it.
    if (!execute(query, QStringLiteral("BEGIN"), &message)
        || !execute(query, QStringLiteral("SET LOCAL search_path TO %1").arg(quoted(schema())),
                    &message)
        || !execute(query, QStringLiteral("SELECT revision FROM gtm_revision FOR UPDATE"),
                    &message))
        return fail();
    if (!query.next()) {
        message = Text::tr("the workspace has no revision");
        return fail();
    }
    const qint64 stored = query.value(0).toLongLong();
    Workspace theirs;
    if (stored == m_baseRevision) {
        theirs = m_base;
    } else if (!SqliteWorkspaceStore::readDatabase(*m_connection, theirs, &message)) {
        return fail();
    }
    WorkspaceMerge::Result merged = WorkspaceMerge::merge(m_base, mine, theirs, resolutions);
    *outcome = TeamCommit();
    outcome->conflicts = merged.conflicts;
    outcome->problems = merged.problems;
    outcome->colleagues = merged.colleagues;
    outcome->structureChanged = merged.structureChanged;
    outcome->revision = stored;
    if (!merged.conflicts.isEmpty() || !merged.problems.isEmpty()) {
        rollback(db);
        outcome->stored = std::move(theirs);
        return true;
    }
    if (merged.ours.isEmpty()) { // nothing of ours to write: we now rest on theirs
        rollback(db);
        m_base = theirs;
        m_baseRevision = stored;
        outcome->written = true;
        outcome->stored = std::move(merged.merged);
        return true;
    }
    QStringList records, places, before, after;
    for (const FieldChange &change : qAsConst(merged.ours)) {
        records << change.key;
        places << change.where;
        before << change.before;
        after << change.after;
    }
    const qint64 revision = stored + 1;
    QSqlQuery audit(db);
    if (!writeChanges(db, theirs, merged.merged, &message)
        || !execute(query,
                    QStringLiteral("UPDATE gtm_revision SET revision = %1, saved_by = current_user,"
                                   " saved_at = now()")
                        .arg(revision),
                    &message)
        || !audit.prepare(
            QStringLiteral(
                "INSERT INTO gtm_audit (revision, saved_by, record, place, before, after)"
                " SELECT %1, current_user, * FROM unnest(?::text[], ?::text[], ?::text[], "
                "?::text[])")
                .arg(revision)))
        return fail();
    audit.addBindValue(textArray(records));
    audit.addBindValue(textArray(places));
    audit.addBindValue(textArray(before));
    audit.addBindValue(textArray(after));
    QSqlQuery notify(db);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(channel());
    notify.addBindValue(QString::number(revision));
    if (!execute(audit, &message) || !execute(notify, &message)
        || !execute(query, QStringLiteral("COMMIT"), &message))
        return fail();
    m_base = merged.merged;
    m_baseRevision = revision;
    outcome->written = true;
    outcome->revision = revision;
    outcome->stored = std::move(merged.merged);
    return true;
}

bool PostgresWorkspaceStore::pull(Workspace *stored, bool *changed, QString *error)
{
    *changed = false;
    if (!connect(error))
        return false;
    QSqlDatabase &db = m_connection->database();
    QSqlQuery query(db);
    if (!execute(query,
                 QStringLiteral("SELECT revision FROM %1.gtm_revision").arg(quoted(schema())),
                 error)
        || !query.next())
        return false;
    if (query.value(0).toLongLong() == m_baseRevision)
        return true;
    if (m_baseRevision < 0) {
        Workspace loaded;
        if (!load(loaded, error))
            return false;
        *stored = loaded;
        *changed = true;
        return true;
    }
    // What changed since the base, from the audit: when it is fields of verticals alone (the
    // common case), those verticals are read and the rest is the base's. Anything else, and
    // the whole workspace is read.
    QString message;
    bool ok = execute(query, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                      &message)
        && execute(query, QStringLiteral("SET LOCAL search_path TO %1").arg(quoted(schema())),
                   &message)
        && execute(query, QStringLiteral("SELECT revision FROM gtm_revision"), &message)
        && query.next();
    const qint64 revision = ok ? query.value(0).toLongLong() : -1;
    QSqlQuery audit(db);
    ok = ok
        && execute(audit,
                   QStringLiteral("SELECT DISTINCT record FROM gtm_audit WHERE revision > %1")
                       .arg(m_baseRevision),
                   &message);
    static const QRegularExpression verticalField(
        QStringLiteral("^vertical/(\\d+)/(field|value|challenges)/"));
    QList<VerticalId> ids;
    bool partial = ok;
    while (ok && audit.next()) {
        const QRegularExpressionMatch match = verticalField.match(audit.value(0).toString());
        const VerticalId id = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (!id || !m_base.vertical(id)) {
            partial = false;
            break;
        }
        if (!ids.contains(id))
            ids << id;
    }
    Workspace loaded;
    if (ok && partial && !ids.isEmpty()) {
        QList<Vertical> verticals;
        ok = SqliteWorkspaceStore::readVerticals(db, &ids, &verticals, {}, &message);
        partial = ok && verticals.size() == ids.size();
        if (partial) {
            loaded = m_base;
            for (Vertical &vertical : verticals)
                *loaded.vertical(vertical.id) = std::move(vertical);
        }
    } else {
        partial = false;
    }
    if (ok && !partial)
        ok = SqliteWorkspaceStore::readDatabase(*m_connection, loaded, &message);
    ok = ok && execute(query, QStringLiteral("COMMIT"), &message);
    if (!ok) {
        rollback(db);
        *error = serverMessage(message);
        return false;
    }
    loaded.identifyScenarios();
    m_base = loaded;
    m_baseRevision = revision;
    *stored = std::move(loaded);
    *changed = true;
    return true;
}

QString PostgresWorkspaceStore::channel() const
{
    // A plain identifier whatever the workspace is called (LISTEN takes no parameter).
    const QByteArray digest = QCryptographicHash::hash(
        (m_location.database + QLatin1Char('/') + schema()).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("gtm_") + QString::fromLatin1(digest.toHex().left(24));
}

bool PostgresWorkspaceStore::listen(QString *error)
{
    if (!connect(error))
        return false;
    if (m_connection->database().driver()->subscribeToNotification(channel()))
        return true;
    *error = Text::tr("cannot follow colleagues' changes (%1)")
                 .arg(serverWords(sqlErrorText(m_connection->database().driver()->lastError())));
    return false;
}

QSqlDriver *PostgresWorkspaceStore::notifier() const
{
    return m_connection ? m_connection->database().driver() : nullptr;
}

bool PostgresWorkspaceStore::history(QList<AuditEntry> *entries, int limit, QString *error)
{
    entries->clear();
    if (!connect(error))
        return false;
    QSqlQuery query(m_connection->database());
    if (!execute(query,
                 QStringLiteral("SELECT revision, saved_by, saved_at, place, before, after"
                                " FROM %1.gtm_audit ORDER BY revision DESC, ctid DESC LIMIT %2")
                     .arg(quoted(schema()))
                     .arg(limit),
                 error))
        return false;
    while (query.next()) {
        entries->append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toDateTime(), query.value(3).toString(),
                         query.value(4).toString(), query.value(5).toString()});
    }
    return true;
}

bool PostgresWorkspaceStore::mayWrite() const
{
    QString error;
    if (!connect(&error))
        return false;
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT has_table_privilege(?, 'INSERT, DELETE')"
                                 " AND has_table_privilege(?, 'UPDATE')"));
    query.addBindValue(quoted(schema()) + QStringLiteral(".vertical"));
    query.addBindValue(quoted(schema()) + QStringLiteral(".gtm_revision"));
    return query.exec() && query.next() && query.value(0).toBool();
}

QStringList PostgresWorkspaceStore::check()
{
    Workspace workspace;
    QString error;
    if (!load(workspace, &error))
        return {error};
    QStringList problems = workspace.validate();
    // Values keep no references on the server (see createStatements()): rows left without
    // their vertical or indicator are looked for here.
    QSqlQuery query(m_connection->database());
    if (execute(query,
                QStringLiteral("SELECT"
                               " (SELECT count(*) FROM %1.indicator_value v WHERE NOT EXISTS"
                               " (SELECT 1 FROM %1.vertical x WHERE x.id = v.vertical_id)),"
                               " (SELECT count(*) FROM %1.indicator_value v WHERE NOT EXISTS"
                               " (SELECT 1 FROM %1.indicator i WHERE i.id = v.indicator_id))")
                    .arg(quoted(schema())),
                &error)
        && query.next()) {
        if (const int orphans = query.value(0).toInt())
            problems << counted(orphans, Text::tr("%1 indicator value belongs to no vertical"),
                                Text::tr("%1 indicator values belong to no vertical"));
        if (const int unknown = query.value(1).toInt())
            problems << counted(unknown, Text::tr("%1 indicator value is of no known indicator"),
                                Text::tr("%1 indicator values are of no known indicator"));
    } else {
        problems << serverMessage(error);
    }
    return problems;
}

bool PostgresWorkspaceStore::lock(QString *error, LockHolder *holder)
{
    if (m_locked)
        return true;
    if (!connect(error))
        return false;
    QSqlQuery query(m_connection->database());
    const QString key
        = QStringLiteral("gtm-workbench:") + m_location.database + QLatin1Char('/') + schema();
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(hashtextextended(?, 0))"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        *error = sqlErrorText(query);
        return false;
    }
    if (query.value(0).toBool()) {
        m_locked = true;
        return true;
    }
    // Who has it: the session holding that advisory lock.
    LockHolder found;
    QSqlQuery who(m_connection->database());
    who.prepare(QStringLiteral(
        "SELECT a.usename, a.application_name, a.client_hostname, a.backend_start, a.pid"
        " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted"
        " AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended(?, 0)"));
    who.addBindValue(key);
    if (who.exec() && who.next()) {
        found.user = who.value(0).toString();
        found.application = who.value(1).toString();
        found.host = who.value(2).toString();
        found.since = who.value(3).toDateTime();
    }
    if (holder)
        *holder = found;
    *error = Text::tr("it is being changed by %1; try again when that is done, or close it there")
                 .arg(found.describe());
    return false;
}

void PostgresWorkspaceStore::unlock()
{
    if (!m_locked || !m_connection)
        return;
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(hashtextextended(?, 0))"));
    query.addBindValue(QStringLiteral("gtm-workbench:") + m_location.database + QLatin1Char('/')
                       + schema());
    query.exec();
    m_locked = false;
}

bool PostgresWorkspaceStore::list(const ServerLocation &database, QStringList *workspaces,
                                  QString *error)
{
    PostgresWorkspaceStore probe(database.withWorkspace(QStringLiteral("list")));
    if (!probe.connect(error))
        return false;
    QSqlQuery query(probe.m_connection->database());
    // The schemas holding a workspace's version table that the user may read.
    if (!execute(query,
                 QStringLiteral("SELECT n.nspname FROM pg_namespace n"
                                " JOIN pg_class c ON c.relnamespace = n.oid"
                                " AND c.relname = 'gtm_schema'"
                                " WHERE has_schema_privilege(n.oid, 'USAGE')"
                                " AND has_table_privilege(c.oid, 'SELECT')"
                                " ORDER BY n.nspname"),
                 error))
        return false;
    workspaces->clear();
    while (query.next())
        workspaces->append(query.value(0).toString());
    return true;
}

} // namespace Gtm
