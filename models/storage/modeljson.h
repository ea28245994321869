#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Gtm {

struct ScoringModel;

/**
 * A scoring model as a JSON file (format "gtm-workbench-model", documented in the README): the
 * settings, then the nodes and the indicators as flat lists that name their parent. Reading
 * checks structure and types and names the JSON path at fault; whether the model makes sense
 * (known indicators, no cycles, goalposts in order) is CompiledModel::compile()'s job.
 */
namespace ModelJson {

/** 1: the model; 2: with the recommendation settings (minimumCoverage, recommendation). */
inline constexpr int FormatVersion = 2;
inline constexpr char FormatName[] = "gtm-workbench-model";

QJsonObject toJson(const ScoringModel &model);
QByteArray toBytes(const ScoringModel &model);
bool fromJson(const QJsonObject &json, ScoringModel *model, QString *error);

bool readFile(const QString &path, ScoringModel *model, QString *error);
/** Written to a temporary file and renamed into place. */
bool writeFile(const QString &path, const ScoringModel &model, QString *error);

} // namespace ModelJson
} // namespace Gtm
