#pragma once

#include <QString>
#include <QStringList>

namespace Gtm {

struct DataTable;
struct ImportReport;
struct Workspace;

/** File-level helpers shared by the command line and the GUI. */
namespace WorkspaceFiles {

/** The languages the sample workspace is written in: "en" and "zh_CN". */
QStringList sampleLanguages();

/**
 * The sample workspace shipped with the program (an AI contract-review assistant), in
 * `language` (one of sampleLanguages(); English for any other). Every language holds the same
 * plan and the same numbers, so it scores alike.
 */
Workspace sampleWorkspace(const QString &language = QStringLiteral("en"));

/**
 * Imports a CSV table, a JSON table (an array of row objects) or a JSON workspace document,
 * chosen by the file's extension (.csv, .json). All or nothing; `error` names the line or the
 * JSON path.
 */
bool importFile(Workspace &workspace, const QString &path, ImportReport *report, QString *error);

/**
 * Reads a CSV or JSON table without importing it, for a preview: its headings and cells. A JSON
 * workspace document is no table: `wholeWorkspace` says so, and importFile() takes it as it is.
 */
bool readTable(const QString &path, DataTable *table, bool *wholeWorkspace, QString *error);

/**
 * Exports to CSV (one row per vertical: its name and every indicator's value, headed by
 * indicator id) or to JSON (the whole workspace), chosen by extension. The file is written to a
 * temporary file and renamed into place, so a failure leaves an existing file as it was.
 */
bool exportFile(const Workspace &workspace, const QString &path, QString *error);

/** The CSV text exportFile() writes (UTF-8 with byte-order mark, CRLF line ends). */
QByteArray toCsv(const Workspace &workspace);

} // namespace WorkspaceFiles
} // namespace Gtm
