#include "tableimport.h"

#include "csvtable.h"
#include "domain/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

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
    const QStringList old = before.validate();
    for (const QString &problem : after.validate()) {
        if (!old.contains(problem))
            return problem;
    }
    return {};
}

bool importTable(Workspace &target, const DataTable &table, ImportReport *report, QString *error)
{
    Workspace workspace = target;
    ImportReport done;

    // Map the headings.
    QHash<QString, QString> indicatorByName; // case-folded name or id -> id
    for (const IndicatorDefinition &definition : workspace.indicators()) {
        indicatorByName.insert(definition.id.toCaseFolded(), definition.id);
        indicatorByName.insert(definition.name.trimmed().toCaseFolded(), definition.id);
    }
    QHash<QString, const IndicatorDefinition *> derivedByName;
    for (const IndicatorDefinition &definition : derivedIndicators()) {
        derivedByName.insert(definition.id.toCaseFolded(), &definition);
        derivedByName.insert(definition.name.trimmed().toCaseFolded(), &definition);
    }
    QList<Column> columns;
    int nameColumn = -1;
    QHash<QString, QString> seenIndicator; // id -> heading that mapped to it
    for (int i = 0; i < table.headers.size(); ++i) {
        const QString heading = table.headers.at(i).trimmed();
        const QString folded = heading.toCaseFolded();
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
                // A custom indicator's id as another workspace exported it is taken as it is.
                id = heading.startsWith(QLatin1String("custom.")) && isValidIndicatorId(heading)
                    ? heading
                    : customIndicatorId(heading);
                if (!workspace.indicator(id)) {
                    IndicatorDefinition definition;
                    definition.id = id;
                    definition.name = heading;
                    definition.dimension = Dimension::Custom;
                    definition.description
                        = Text::tr("Imported from a table column headed \"%1\".").arg(heading);
                    workspace.customIndicators.append(definition);
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

    QHash<QString, int> rowOfName; // to refuse a vertical given twice
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList &cells = table.rows.at(r);
        const int rowNumber = table.rowNumbers.value(r, r + 1);
        const QString name = cells.value(nameColumn).toString().trimmed();
        if (name.isEmpty()) {
            *error = Text::tr("%1 %2: the vertical has no name")
                         .arg(table.rowWord, QString::number(rowNumber));
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

        int index = workspace.indexOfVerticalNamed(name);
        if (index < 0) {
            Vertical vertical;
            vertical.name = name;
            workspace.addVertical(vertical);
            index = int(workspace.verticals.size()) - 1;
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
            const IndicatorDefinition *definition = workspace.indicator(column.indicatorId);
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
