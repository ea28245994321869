#include "schema.h"

#include "domain/indicator.h"
#include "domain/scoringmodel.h"
#include "modeltables.h"
#include "sqlconnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <iterator>

namespace Gtm::Schema {

namespace {

// The scoring model's settings as version 3 stored them.
QString scoringModelV3Statement()
{
    return QStringLiteral("CREATE TABLE scoring_model ("
                          "\n    id INTEGER PRIMARY KEY CHECK (id = 1),"
                          "\n    name TEXT NOT NULL DEFAULT '',"
                          "\n    description TEXT NOT NULL DEFAULT '',"
                          "\n    missing_values TEXT NOT NULL,"
                          "\n    readiness_threshold REAL NOT NULL,"
                          "\n    risk_threshold REAL NOT NULL\n)");
}

// Version 4 adds the recommendation settings at the end, as the upgrade's ALTER TABLE does.
QString scoringModelStatement()
{
    return QStringLiteral("CREATE TABLE scoring_model ("
                          "\n    id INTEGER PRIMARY KEY CHECK (id = 1),"
                          "\n    name TEXT NOT NULL DEFAULT '',"
                          "\n    description TEXT NOT NULL DEFAULT '',"
                          "\n    missing_values TEXT NOT NULL,"
                          "\n    readiness_threshold REAL NOT NULL,"
                          "\n    risk_threshold REAL NOT NULL,"
                          "\n    minimum_coverage REAL NOT NULL DEFAULT 70,"
                          "\n    robust_share REAL NOT NULL DEFAULT 60,"
                          "\n    go_first_max INTEGER NOT NULL DEFAULT 3\n)");
}

// The model's nodes and indicators, unchanged since version 3.
QStringList modelStructureStatements()
{
    return {
        QStringLiteral("CREATE TABLE model_node ("
                       "\n    position INTEGER PRIMARY KEY,"
                       "\n    id TEXT NOT NULL UNIQUE,"
                       "\n    name TEXT NOT NULL DEFAULT '',"
                       "\n    parent TEXT,"
                       "\n    weight REAL NOT NULL,"
                       "\n    aggregation TEXT NOT NULL\n)"),
        QStringLiteral("CREATE TABLE model_indicator ("
                       "\n    position INTEGER PRIMARY KEY,"
                       "\n    indicator_id TEXT NOT NULL,"
                       "\n    parent TEXT NOT NULL,"
                       "\n    weight REAL NOT NULL,"
                       "\n    polarity TEXT NOT NULL,"
                       "\n    normalisation TEXT NOT NULL,"
                       "\n    goalpost_low REAL,"
                       "\n    goalpost_high REAL,"
                       "\n    log_transform INTEGER NOT NULL CHECK (log_transform IN (0, 1))\n)"),
    };
}

// Added in version 4: each scenario's model as a compact model-file JSON document.
QString scenarioStatement()
{
    return QStringLiteral("CREATE TABLE scenario ("
                          "\n    position INTEGER PRIMARY KEY,"
                          "\n    name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                          "\n    model TEXT NOT NULL\n)");
}

// Since version 4 every field of a challenge but its problem may be NULL, which is unset.
QString challengeStatement(const QString &table)
{
    return QStringLiteral(
               "CREATE TABLE %1 ("
               "\n    vertical_id INTEGER NOT NULL REFERENCES vertical(id) ON DELETE CASCADE,"
               "\n    position INTEGER NOT NULL,"
               "\n    problem TEXT NOT NULL DEFAULT '',"
               "\n    stakeholder TEXT,"
               "\n    framing TEXT,"
               "\n    explainability_need INTEGER CHECK (explainability_need BETWEEN 0 AND 5),"
               "\n    technology_first INTEGER CHECK (technology_first IN (0, 1)),"
               "\n    poc_months REAL,"
               "\n    PRIMARY KEY (vertical_id, position)\n)")
        .arg(table);
}

} // namespace

QStringList createStatements()
{
    // Enum values are stored as the stable keys of domain/enums.h, so the file reads well in any
    // SQLite client. Lists keep their order in `position`.
    return QStringList {
               QStringLiteral("CREATE TABLE workspace_info ("
                              "\n    key TEXT PRIMARY KEY NOT NULL,"
                              "\n    value TEXT NOT NULL\n)"),
               QStringLiteral("CREATE TABLE product ("
                              "\n    id INTEGER PRIMARY KEY CHECK (id = 1),"
                              "\n    name TEXT NOT NULL DEFAULT '',"
                              "\n    pitch TEXT NOT NULL DEFAULT '',"
                              "\n    category TEXT NOT NULL,"
                              "\n    custom_category TEXT NOT NULL DEFAULT '',"
                              "\n    modality TEXT NOT NULL,"
                              "\n    target_market TEXT NOT NULL DEFAULT '',"
                              "\n    pricing_model TEXT NOT NULL,"
                              "\n    pricing_rationale TEXT NOT NULL DEFAULT '',"
                              // version 5, at the end as the upgrade's ALTER TABLE adds them
                              "\n    go_first_quarter TEXT NOT NULL DEFAULT '',"
                              "\n    next_quarter TEXT NOT NULL DEFAULT '',"
                              "\n    prepare_quarter TEXT NOT NULL DEFAULT '',"
                              "\n    ask_people TEXT NOT NULL DEFAULT '',"
                              "\n    ask_budget_usd REAL CHECK (ask_budget_usd >= 0),"
                              "\n    ask_decisions TEXT NOT NULL DEFAULT ''\n)"),
               QStringLiteral("CREATE TABLE persona ("
                              "\n    position INTEGER PRIMARY KEY,"
                              "\n    role TEXT NOT NULL DEFAULT '',"
                              "\n    committee_role TEXT NOT NULL,"
                              "\n    goals TEXT NOT NULL DEFAULT '',"
                              "\n    objections TEXT NOT NULL DEFAULT '',"
                              "\n    must_explain TEXT NOT NULL DEFAULT ''\n)"),
               QStringLiteral("CREATE TABLE value_driver ("
                              "\n    driver TEXT PRIMARY KEY NOT NULL,"
                              "\n    strength INTEGER NOT NULL CHECK (strength BETWEEN 0 AND 5),"
                              "\n    evidence TEXT NOT NULL DEFAULT '',"
                              "\n    framing TEXT NOT NULL\n)"),
               QStringLiteral("CREATE TABLE price_point ("
                              "\n    position INTEGER PRIMARY KEY,"
                              "\n    tier TEXT NOT NULL DEFAULT '',"
                              "\n    price REAL,"
                              "\n    unit TEXT NOT NULL DEFAULT ''\n)"),
               QStringLiteral("CREATE TABLE marketing_item ("
                              "\n    position INTEGER PRIMARY KEY,"
                              "\n    title TEXT NOT NULL DEFAULT '',"
                              "\n    kind TEXT NOT NULL,"
                              "\n    timing TEXT NOT NULL DEFAULT '',"
                              "\n    budget REAL,"
                              "\n    notes TEXT NOT NULL DEFAULT ''\n)"),
               QStringLiteral("CREATE TABLE channel ("
                              "\n    position INTEGER PRIMARY KEY,"
                              "\n    kind TEXT NOT NULL,"
                              "\n    name TEXT NOT NULL DEFAULT '',"
                              "\n    revenue_share_pct REAL,"
                              "\n    notes TEXT NOT NULL DEFAULT ''\n)"),
               QStringLiteral("CREATE TABLE indicator ("
                              "\n    id TEXT PRIMARY KEY NOT NULL,"
                              "\n    name TEXT NOT NULL,"
                              "\n    dimension TEXT NOT NULL,"
                              "\n    unit TEXT NOT NULL DEFAULT '',"
                              "\n    min_value REAL,"
                              "\n    max_value REAL,"
                              "\n    description TEXT NOT NULL DEFAULT '',"
                              "\n    low_anchor TEXT NOT NULL DEFAULT '',"
                              "\n    high_anchor TEXT NOT NULL DEFAULT '',"
                              "\n    built_in INTEGER NOT NULL DEFAULT 0\n)"),
               QStringLiteral("CREATE TABLE vertical ("
                              "\n    id INTEGER PRIMARY KEY,"
                              "\n    position INTEGER NOT NULL,"
                              "\n    name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                              "\n    description TEXT NOT NULL DEFAULT '',"
                              "\n    context_notes TEXT NOT NULL DEFAULT '',"
                              "\n    capabilities_notes TEXT NOT NULL DEFAULT '',"
                              "\n    consequences_notes TEXT NOT NULL DEFAULT '',"
                              "\n    winners TEXT NOT NULL DEFAULT '',"
                              "\n    losers TEXT NOT NULL DEFAULT '',"
                              "\n    safeguards TEXT NOT NULL DEFAULT ''\n)"),
               challengeStatement(QStringLiteral("challenge")),
               QStringLiteral(
                   "CREATE TABLE indicator_value ("
                   "\n    vertical_id INTEGER NOT NULL REFERENCES vertical(id) ON DELETE CASCADE,"
                   "\n    indicator_id TEXT NOT NULL REFERENCES indicator(id),"
                   "\n    value REAL NOT NULL,"
                   "\n    source TEXT NOT NULL DEFAULT '',"
                   "\n    PRIMARY KEY (vertical_id, indicator_id)\n) WITHOUT ROWID"),
               scoringModelStatement(),
           }
    + modelStructureStatements() + QStringList {scenarioStatement()};
}

namespace {

bool runAll(QSqlDatabase &database, const QStringList &statements, QString *error)
{
    QSqlQuery query(database);
    for (const QString &statement : statements) {
        if (!execute(query, statement, error))
            return false;
    }
    return true;
}

// Version 1 kept a vertical's market facts in three columns of `vertical`. Version 2 makes them
// indicator values like every other numeric field (so they can be scored, imported and sourced)
// and gives every indicator value a source.
bool migrate1to2(QSqlDatabase &database, QString *error)
{
    if (!runAll(database,
                {QStringLiteral("ALTER TABLE indicator_value"
                                " ADD COLUMN source TEXT NOT NULL DEFAULT ''")},
                error))
        return false;

    QSqlQuery query(database);
    if (!query.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO indicator (id, name, dimension, unit, min_value, max_value,"
            " description, low_anchor, high_anchor, built_in) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', "
            "1)"))) {
        if (error)
            *error = sqlErrorText(query);
        return false;
    }
    const char *marketIds[] = {IndicatorId::MarketSizeUsdBn, IndicatorId::MarketGrowthPct,
                               IndicatorId::SalesCycleMonths};
    const char *marketColumns[] = {"market_size_usd_bn", "market_growth_pct", "sales_cycle_months"};
    for (const char *id : marketIds) {
        const IndicatorDefinition *definition = builtInIndicator(QString::fromLatin1(id));
        query.bindValue(0, definition->id);
        query.bindValue(1, definition->name);
        query.bindValue(2, enumKey(definition->dimension));
        query.bindValue(3, definition->unit);
        query.bindValue(4, definition->minimum ? QVariant(*definition->minimum) : QVariant());
        query.bindValue(5, definition->maximum ? QVariant(*definition->maximum) : QVariant());
        query.bindValue(6, definition->description);
        if (!execute(query, error))
            return false;
    }

    QStringList statements;
    for (size_t i = 0; i < std::size(marketIds); ++i) {
        statements.append(QStringLiteral("INSERT INTO indicator_value (vertical_id, indicator_id,"
                                         " value, source) SELECT id, '%1', %2, '' FROM vertical"
                                         " WHERE %2 IS NOT NULL")
                              .arg(QLatin1String(marketIds[i]), QLatin1String(marketColumns[i])));
    }
    // SQLite's documented way to drop columns everywhere: build the new table, copy, swap.
    statements << QStringLiteral("CREATE TABLE vertical_v2 ("
                                 " id INTEGER PRIMARY KEY,"
                                 " position INTEGER NOT NULL,"
                                 " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                                 " description TEXT NOT NULL DEFAULT '',"
                                 " context_notes TEXT NOT NULL DEFAULT '',"
                                 " capabilities_notes TEXT NOT NULL DEFAULT '',"
                                 " consequences_notes TEXT NOT NULL DEFAULT '',"
                                 " winners TEXT NOT NULL DEFAULT '',"
                                 " losers TEXT NOT NULL DEFAULT '')")
               << QStringLiteral("INSERT INTO vertical_v2 SELECT id, position, name, description,"
                                 " context_notes, capabilities_notes, consequences_notes,"
                                 " winners, losers FROM vertical")
               << QStringLiteral("DROP TABLE vertical")
               << QStringLiteral("ALTER TABLE vertical_v2 RENAME TO vertical");
    return runAll(database, statements, error);
}

// Version 3 stores the scoring model; a workspace from before gets the default model, which is
// what the program scored it with until then.
bool migrate2to3(QSqlDatabase &database, QString *error)
{
    return runAll(database, QStringList {scoringModelV3Statement()} + modelStructureStatements(),
                  error)
        && ModelTables::write(database, defaultScoringModel(), 3, error);
}

// Version 4: a new challenge row is no data yet, so its fields may be NULL (unset); the rows a
// user typed keep their values, which were all set. SQLite cannot drop NOT NULL in place: build
// the new table, copy, swap. The model gains its recommendation settings (the defaults, which
// the program used until then) and the workspace its scenarios (none yet).
bool migrate3to4(QSqlDatabase &database, QString *error)
{
    return runAll(
        database,
        {challengeStatement(QStringLiteral("challenge_v4")),
         QStringLiteral("INSERT INTO challenge_v4 (vertical_id, position, problem, stakeholder,"
                        " framing, explainability_need, technology_first, poc_months)"
                        " SELECT vertical_id, position, problem, stakeholder, framing,"
                        " explainability_need, technology_first, poc_months FROM challenge"),
         QStringLiteral("DROP TABLE challenge"),
         QStringLiteral("ALTER TABLE challenge_v4 RENAME TO challenge"),
         QStringLiteral("ALTER TABLE scoring_model"
                        " ADD COLUMN minimum_coverage REAL NOT NULL DEFAULT 70"),
         QStringLiteral(
             "ALTER TABLE scoring_model ADD COLUMN robust_share REAL NOT NULL DEFAULT 60"),
         QStringLiteral("ALTER TABLE scoring_model"
                        " ADD COLUMN go_first_max INTEGER NOT NULL DEFAULT 3"),
         scenarioStatement()},
        error);
}

// Version 5: the decision document's fields, empty in older files (nothing was decided there):
// each vertical's safeguards, the plan's target quarter per wave and its asks.
bool migrate4to5(QSqlDatabase &database, QString *error)
{
    return runAll(
        database,
        {QStringLiteral("ALTER TABLE vertical ADD COLUMN safeguards TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE product ADD COLUMN go_first_quarter TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE product ADD COLUMN next_quarter TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE product ADD COLUMN prepare_quarter TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE product ADD COLUMN ask_people TEXT NOT NULL DEFAULT ''"),
         QStringLiteral(
             "ALTER TABLE product ADD COLUMN ask_budget_usd REAL CHECK (ask_budget_usd >= 0)"),
         QStringLiteral("ALTER TABLE product ADD COLUMN ask_decisions TEXT NOT NULL DEFAULT ''")},
        error);
}

struct Migration
{
    int toVersion;
    std::function<bool(QSqlDatabase &, QString *)> apply;
};

const Migration migrations[] = {
    {2, migrate1to2},
    {3, migrate2to3},
    {4, migrate3to4},
    {5, migrate4to5},
};

} // namespace

bool migrate(QSqlDatabase &database, int fromVersion, QString *error)
{
    if (fromVersion >= CurrentVersion)
        return true;
    QSqlQuery query(database);
    // Foreign keys stay off while tables are rebuilt, as SQLite's ALTER TABLE notes require.
    if (!execute(query, QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    if (!database.transaction()) {
        if (error)
            *error = sqlErrorText(database.lastError());
        return false;
    }
    for (const Migration &migration : migrations) {
        if (migration.toVersion <= fromVersion)
            continue;
        if (!migration.apply(database, error)) {
            database.rollback();
            return false;
        }
    }
    if (!execute(query, QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion), error)) {
        database.rollback();
        return false;
    }
    if (!database.commit()) {
        if (error)
            *error = sqlErrorText(database.lastError());
        database.rollback();
        return false;
    }
    return true;
}

} // namespace Gtm::Schema
