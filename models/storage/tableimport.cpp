#include "tableimport.h"

#include "csvtable.h"
#include "domain/names.h"
#include "domain/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <utility>

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::TableImport)
};

enum class ColumnRole { Name, Description, Indicator };

struct Column
{
    ColumnRole role = ColumnRole::Indicator;
    QString indicatorId;
};

bool isMissingMarker(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t.isEmpty() || t == QLatin1String("n/a") || t == QLatin1String("na")
        || t == QLatin1String("-") || t == QStringLiteral("\u2014");
}

/** Parses a cell as a number; `missing` when it is empty or a not-available marker. */
bool parseNumber(const QVariant &cell, bool decimalCommaAllowed, double *value, bool *missing)
{
    *missing = false;
    if (cell.isNull()) {
        *missing = true;
        return true;
    }
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int
        || cell.typeId() == QMetaType::LongLong) {
        *value = cell.toDouble();
        return std::isfinite(*value);
    }
    QString text = cell.toString().trimmed();
    if (isMissingMarker(text)) {
        *missing = true;
        return true;
    }
    if (text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    if (decimalCommaAllowed && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    *value = text.toDouble(&ok); // C locale: '.' decimal point, no group separators
    return ok && std::isfinite(*value);
}

} // namespace

QString firstNewProblem(const Workspace &before, const Workspace &after)
{
    // A set: a workspace with many problems must not make the comparison quadratic.
    const QStringList oldList = before.validate();
    const QSet<QString> old(oldList.cbegin(), oldList.cend());
    for (const QString &problem : after.validate()) {
        if (!old.contains(problem))
            return problem;
    }
    return {};
}

bool importTable(Workspace &target, const DataTable &table, ImportReport *report, QString *error)
{
    return importTable(target, DataTable(table), report, error);
}

bool importTable(Workspace &target, DataTable &&table, ImportReport *report, QString *error)
{
    Workspace workspace = target;
    ImportReport done;

    // Map the headings.
    QHash<QString, QString> indicatorByName; // case-folded name or id -> id
    for (const IndicatorDefinition &definition : workspace.indicators()) {
        indicatorByName.insert(definition.id.toCaseFolded(), definition.id);
        indicatorByName.insert(Names::key(definition.name), definition.id);
    }
    QHash<QString, const IndicatorDefinition *> derivedByName;
    for (const IndicatorDefinition &definition : derivedIndicators()) {
        derivedByName.insert(definition.id.toCaseFolded(), &definition);
        derivedByName.insert(Names::key(definition.name), &definition);
    }
    // Custom indicators by id, so that neither a column nor a cell looks through the list
    // (40,000 new columns would otherwise take 40,000² comparisons).
    QSet<QString> customIds;
    for (const IndicatorDefinition &definition : std::as_const(workspace.customIndicators))
        customIds.insert(definition.id);
    QList<Column> columns;
    columns.reserve(table.headers.size());
    int nameColumn = -1;
    QHash<QString, QString> seenIndicator; // id -> heading that mapped to it
    for (int i = 0; i < table.headers.size(); ++i) {
        const QString heading = table.headers.at(i).trimmed();
        const QString folded = Names::key(heading);
        Column column;
        if (heading.isEmpty()) {
            *error = Text::tr("column %1 has no heading").arg(i + 1);
            return false;
        }
        if (folded == QLatin1String("vertical") || folded == QLatin1String("name")) {
            if (nameColumn >= 0) {
                *error = Text::tr("two columns name the vertical (\"%1\" and \"%2\")")
                             .arg(table.headers.at(nameColumn), heading);
                return false;
            }
            column.role = ColumnRole::Name;
            nameColumn = i;
        } else if (folded == QLatin1String("description")) {
            column.role = ColumnRole::Description;
        } else if (const IndicatorDefinition *derived = derivedByName.value(folded)) {
            *error
                = Text::tr("column \"%1\" is %2, which is computed from each vertical's challenges "
                           "and cannot be imported")
                      .arg(heading, derived->name);
            return false;
        } else {
            QString id = indicatorByName.value(folded);
            if (id.isEmpty()) {
                if (const QString problem = Names::problem(heading); !problem.isEmpty()) {
                    *error = Text::tr("column %1: %2").arg(i + 1).arg(problem);
                    return false;
                }
                // A custom indicator's id as another workspace exported it is taken as it is.
                id = heading.startsWith(QLatin1String("custom.")) && isValidIndicatorId(heading)
                    ? heading
                    : customIndicatorId(heading);
                if (!builtInIndicator(id) && !customIds.contains(id)) {
                    IndicatorDefinition definition;
                    definition.id = id;
                    definition.name = Names::clean(heading);
                    definition.dimension = Dimension::Custom;
                    definition.description
                        = Text::tr("Imported from a table column headed \"%1\".").arg(heading);
                    workspace.customIndicators.append(definition);
                    customIds.insert(id);
                    done.createdIndicators.append(QStringLiteral("%1 (%2)").arg(id, heading));
                }
                indicatorByName.insert(folded, id);
            }
            if (seenIndicator.contains(id)) {
                *error = Text::tr("columns \"%1\" and \"%2\" are the same indicator (%3)")
                             .arg(seenIndicator.value(id), heading, id);
                return false;
            }
            seenIndicator.insert(id, heading);
            column.indicatorId = id;
        }
        columns.append(column);
    }
    if (nameColumn < 0) {
        *error = Text::tr("no column names the verticals; head one column \"vertical\"");
        return false;
    }

    // Each column's definition, looked up once: the list of custom indicators no longer grows.
    QHash<QString, const IndicatorDefinition *> customById;
    for (const IndicatorDefinition &definition : std::as_const(workspace.customIndicators))
        customById.insert(definition.id, &definition);
    QList<const IndicatorDefinition *> definitions(columns.size(), nullptr);
    for (int c = 0; c < columns.size(); ++c) {
        const QString &id = columns.at(c).indicatorId;
        if (columns.at(c).role == ColumnRole::Indicator) {
            const IndicatorDefinition *builtIn = builtInIndicator(id);
            definitions[c] = builtIn ? builtIn : customById.value(id);
        }
    }

    // The workspace's verticals by name, and the next free id, kept up to date as rows add
    // verticals: a lookup or an id per row would make the import quadratic.
    QHash<QString, int> indexOfName;
    indexOfName.reserve(workspace.verticals.size() + table.rows.size());
    for (int i = int(workspace.verticals.size()) - 1; i >= 0; --i)
        indexOfName.insert(normalizedVerticalName(workspace.verticals.at(i).name), i);
    VerticalId nextId = workspace.nextVerticalId();
    workspace.verticals.reserve(workspace.verticals.size() + table.rows.size());

    QHash<QString, int> rowOfName; // to refuse a vertical given twice
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList cells = std::exchange(table.rows[r], QVariantList());
        const int rowNumber = table.rowNumbers.value(r, r + 1);
        const QString name = Names::clean(cells.value(nameColumn).toString());
        if (name.isEmpty()) {
            *error = Text::tr("%1 %2: the vertical has no name")
                         .arg(table.rowWord, QString::number(rowNumber));
            return false;
        }
        if (const QString problem = Names::problem(name); !problem.isEmpty()) {
            *error = Text::tr("%1 %2: %3").arg(table.rowWord, QString::number(rowNumber), problem);
            return false;
        }
        const QString key = normalizedVerticalName(name);
        if (rowOfName.contains(key)) {
            *error = Text::tr("%1 %2: \"%3\" was already given on %1 %4")
                         .arg(table.rowWord, QString::number(rowNumber), name,
                              QString::number(rowOfName.value(key)));
            return false;
        }
        rowOfName.insert(key, rowNumber);

        int index = indexOfName.value(key, -1);
        if (index < 0) {
            Vertical vertical;
            vertical.id = nextId++;
            vertical.name = name;
            workspace.verticals.append(std::move(vertical));
            index = int(workspace.verticals.size()) - 1;
            indexOfName.insert(key, index);
            done.addedVerticals.append(name);
        } else {
            done.updatedVerticals.append(workspace.verticals.at(index).name);
        }
        Vertical &vertical = workspace.verticals[index];

        for (int c = 0; c < columns.size(); ++c) {
            const Column &column = columns.at(c);
            const QVariant cell = cells.value(c);
            if (column.role == ColumnRole::Description) {
                if (!cell.isNull())
                    vertical.description = cell.toString();
                continue;
            }
            if (column.role != ColumnRole::Indicator)
                continue;
            double value = 0;
            bool missing = false;
            if (!parseNumber(cell, table.decimalCommaAllowed, &value, &missing)) {
                *error = Text::tr("%1 %2, column \"%3\": \"%4\" is not a number")
                             .arg(table.rowWord, QString::number(rowNumber),
                                  table.headers.at(c).trimmed(), cell.toString());
                return false;
            }
            if (missing)
                continue;
            const IndicatorDefinition *definition = definitions.at(c);
            if (!definition->accepts(value)) {
                *error = Text::tr("%1 %2, column \"%3\": %4 is outside the allowed range (%5)")
                             .arg(table.rowWord, QString::number(rowNumber),
                                  table.headers.at(c).trimmed(), Csv::formatNumber(value),
                                  definition->rangeText());
                return false;
            }
            IndicatorValue &stored = vertical.values[column.indicatorId];
            if (stored.value != value)
                stored.source.clear(); // a new figure no longer comes from the old source
            stored.value = value;
            ++done.valuesSet;
        }
    }

    const QString problem = firstNewProblem(target, workspace);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    target = std::move(workspace);
    if (report)
        *report = done;
    return true;
}

} // namespace Gtm
