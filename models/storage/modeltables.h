#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

namespace Gtm {

struct Scenario;
struct ScoringModel;

/**
 * The scoring model's tables in a workspace database (schema version 3 and later), and the
 * scenarios' table (version 4), which keeps each scenario's model as model-file JSON.
 */
namespace ModelTables {

/** Writes `model` into empty model tables of schema `version` (3: no recommendation settings). */
bool write(QSqlDatabase &database, const ScoringModel &model, int version, QString *error);
/** Reads the model; with no scoring_model row, leaves `model` as it is (the default). */
bool read(QSqlDatabase &database, ScoringModel *model, QString *error);

/** Writes the scenarios, in order, into the empty scenario table. */
bool writeScenarios(QSqlDatabase &database, const QList<Scenario> &scenarios, QString *error);
/** Reads the scenarios; a model that is not a readable model file is an error naming the
 *  scenario. Whether the model fits the workspace's indicators is for the integrity check. */
bool readScenarios(QSqlDatabase &database, QList<Scenario> *scenarios, QString *error);

} // namespace ModelTables
} // namespace Gtm
