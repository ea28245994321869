#include "workspacefiles.h"

#include "safefiles.h"

#include "csvtable.h"
#include "domain/workspace.h"
#include "jsonreader.h"
#include "tableimport.h"
#include "workspacejson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace Gtm::WorkspaceFiles {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::WorkspaceFiles)
};

enum class Format { Unknown, Csv, Json };

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return Format::Unknown;
}

bool jsonTable(const QJsonArray &array, DataTable *table, QString *error)
{
    table->rowWord = Text::tr("row");
    QSet<QString> headers; // a set: 40,000 keys must not be compared with each other
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = Text::tr("row %1: expected an object such as {\"vertical\": \"Finance\", "
                              "\"capabilities.data_availability\": 4}")
                         .arg(i + 1);
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!headers.contains(it.key())) {
                headers.insert(it.key());
                table->headers.append(it.key());
            }
        }
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QVariantList row;
        for (const QString &header : std::as_const(table->headers)) {
            const QJsonValue value = object.value(header);
            if (value.isDouble()) {
                row.append(value.toDouble());
            } else if (value.isString()) {
                row.append(value.toString());
            } else if (value.isNull() || value.isUndefined()) {
                row.append(QVariant());
            } else {
                *error = Text::tr("row %1, \"%2\": expected a number, text or null")
                             .arg(i + 1)
                             .arg(header);
                return false;
            }
        }
        table->rows.append(row);
        table->rowNumbers.append(int(i + 1));
    }
    return true;
}

} // namespace

QStringList sampleLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

Workspace sampleWorkspace(const QString &language)
{
    QFile file(language == QLatin1String("zh_CN")
                   ? QStringLiteral(":/sample/contract-review.zh_CN.json")
                   : QStringLiteral(":/sample/contract-review.json"));
    Workspace workspace;
    QString error;
    // The sample is part of the program; tests check that it loads.
    if (!file.open(QIODevice::ReadOnly)
        || !WorkspaceJson::apply(workspace, QJsonDocument::fromJson(file.readAll()).object(),
                                 nullptr, &error))
        qWarning("The built-in sample workspace does not load: %s", qPrintable(error));
    return workspace;
}

namespace {

/**
 * Reads a file to import: a table (CSV, or a JSON array of row objects) into `table`, or a JSON
 * workspace document into `object` (`isWorkspace` then true).
 */
bool readInput(const QString &path, DataTable *table, QJsonObject *object, bool *isWorkspace,
               QString *error)
{
    *isWorkspace = false;
    const Format format = formatOf(path);
    if (format == Format::Unknown) {
        *error = Text::tr("unknown table format; use a .csv or .json file");
        return false;
    }
    QByteArray bytes;
    if (!SafeFiles::readFile(path, SafeFiles::MaxInputBytes, &bytes, error))
        return false;
    if (format == Format::Csv)
        return Csv::parse(bytes, table, error);

    QJsonParseError parseError;
    // Tolerate a byte-order mark, which some editors write.
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = JsonReader::parseErrorText(json, parseError);
        return false;
    }
    if (const QString duplicate = JsonReader::duplicateKeyText(json); !duplicate.isEmpty()) {
        *error = duplicate;
        return false;
    }
    if (document.isArray())
        return jsonTable(document.array(), table, error);
    *object = document.object();
    *isWorkspace = true;
    return true;
}

} // namespace

bool readTable(const QString &path, DataTable *table, bool *wholeWorkspace, QString *error)
{
    QJsonObject workspace; // not a table: importFile() takes it as it is
    return readInput(path, table, &workspace, wholeWorkspace, error);
}

bool importFile(Workspace &workspace, const QString &path, ImportReport *report, QString *error)
{
    DataTable table;
    QJsonObject object;
    bool isWorkspace = false;
    if (!readInput(path, &table, &object, &isWorkspace, error))
        return false;
    return isWorkspace ? WorkspaceJson::apply(workspace, object, report, error)
                       : importTable(workspace, std::move(table), report, error);
}

QByteArray toCsv(const Workspace &workspace)
{
    const QList<IndicatorDefinition> indicators = workspace.indicators();
    QString text;
    text.append(QChar(QChar::ByteOrderMark)); // so spreadsheets take the file as UTF-8
    QStringList fields {QStringLiteral("vertical")};
    for (const IndicatorDefinition &definition : indicators)
        fields.append(Csv::quoteField(definition.id));
    text.append(fields.join(QLatin1Char(',')) + QLatin1String("\r\n"));
    for (const Vertical &vertical : workspace.verticals) {
        fields = {Csv::quoteField(Csv::neutralised(vertical.name))};
        for (const IndicatorDefinition &definition : indicators) {
            const auto it = vertical.values.constFind(definition.id);
            fields.append(it == vertical.values.constEnd() ? QString()
                                                           : Csv::formatNumber(it->value));
        }
        text.append(fields.join(QLatin1Char(',')) + QLatin1String("\r\n"));
    }
    return text.toUtf8();
}

bool exportFile(const Workspace &workspace, const QString &path, QString *error)
{
    const Format format = formatOf(path);
    if (format == Format::Unknown) {
        *error = Text::tr("unknown export format; use a .csv or .json file name");
        return false;
    }
    // A number that is not finite has no text another program reads back (CSV would say "inf",
    // JSON null); such a value (written into the file by another program) is not written.
    for (const Vertical &vertical : workspace.verticals) {
        for (auto it = vertical.values.cbegin(); it != vertical.values.cend(); ++it) {
            if (!std::isfinite(it->value)) {
                *error = Text::tr("vertical \"%1\": %2 is %3, not a number that can be written; "
                                  "correct it first")
                             .arg(vertical.name, it.key(), QString::number(it->value));
                return false;
            }
        }
    }
    // Refused before the work of making the text, when it could not be written there anyway.
    if (SafeFiles::outputTarget(path, error).isEmpty())
        return false;
    const QByteArray bytes
        = format == Format::Csv ? toCsv(workspace) : WorkspaceJson::toBytes(workspace);
    return SafeFiles::writeFile(path, bytes, error);
}

} // namespace Gtm::WorkspaceFiles
