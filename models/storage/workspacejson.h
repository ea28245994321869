#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Gtm {

struct ImportReport;
struct Workspace;

/**
 * The workspace as a JSON document (format "gtm-workbench-workspace", documented in the README).
 * Enum values are the stable keys of domain/enums.h; an indicator value is a number, or an object
 * {"value": n, "source": "..."} when it has a source.
 */
namespace WorkspaceJson {

/** 1: without the scoring model; 2: with it ("model", as in a model file); 3: challenge fields
 *  may be null (unset), and the scenarios ("scenarios", each with its model); 4: the decision
 *  document's fields: a vertical's "safeguards", the plan's "targetQuarters" and "asks" (older
 *  documents have none, and are read as before: those fields stay as they are). */
inline constexpr int FormatVersion = 4;
inline constexpr char FormatName[] = "gtm-workbench-workspace";

QJsonObject toJson(const Workspace &workspace);
QByteArray toBytes(const Workspace &workspace);

/**
 * Applies a workspace document to `workspace`, all or nothing. Sections and fields present in
 * the document replace the workspace's; verticals are matched by name and added when new; a
 * vertical's "values" are merged (null removes a value) and its "challenges" replace the list; a
 * challenge's field that is absent or null is unset. "scenarios" replace the list; their names
 * must be unique and their models fit the workspace. Unknown keys, wrong types and out-of-range
 * values are refused with the JSON path named.
 */
bool apply(Workspace &workspace, const QJsonObject &document, ImportReport *report, QString *error);

} // namespace WorkspaceJson
} // namespace Gtm
