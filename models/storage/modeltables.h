#pragma once

#include <QString>

class QSqlDatabase;

namespace Gtm {

struct ScoringModel;

/** The scoring model's three tables in a workspace database (schema version 3 and later). */
namespace ModelTables {

/** Writes `model` into empty model tables of schema `version` (3: no recommendation settings). */
bool write(QSqlDatabase &database, const ScoringModel &model, int version, QString *error);
/** Reads the model; with no scoring_model row, leaves `model` as it is (the default). */
bool read(QSqlDatabase &database, ScoringModel *model, QString *error);

} // namespace ModelTables
} // namespace Gtm
