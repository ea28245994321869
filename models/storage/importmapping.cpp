#include "importmapping.h"

#include "csvtable.h"
#include "domain/indicator.h"
#include "domain/names.h"
#include "domain/workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace Gtm::ImportMapping {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::ImportMapping)
};

} // namespace

QList<ColumnMapping> guess(const Workspace &workspace, const QStringList &headers)
{
    QHash<QString, QString> indicatorByName; // case-folded id or name (either language) -> id
    for (const IndicatorDefinition &definition : workspace.indicators()) {
        indicatorByName.insert(definition.id.toCaseFolded(), definition.id);
        indicatorByName.insert(Names::key(definition.name), definition.id);
        indicatorByName.insert(Names::key(definition.localized().name), definition.id);
    }
    QHash<QString, bool> derived;
    for (const IndicatorDefinition &definition : derivedIndicators()) {
        derived.insert(definition.id.toCaseFolded(), true);
        derived.insert(Names::key(definition.name), true);
    }
    QList<ColumnMapping> mapping;
    bool named = false;
    for (const QString &header : headers) {
        const QString folded = Names::key(header.trimmed());
        ColumnMapping column;
        if (!named && (folded == QLatin1String("vertical") || folded == QLatin1String("name"))) {
            column.kind = ColumnMapping::VerticalName;
            named = true;
        } else if (folded == QLatin1String("description")) {
            column.kind = ColumnMapping::Description;
        } else if (derived.contains(folded) || header.trimmed().isEmpty()) {
            column.kind = ColumnMapping::Ignore;
        } else if (const QString id = indicatorByName.value(folded); !id.isEmpty()) {
            column.kind = ColumnMapping::Indicator;
            column.indicatorId = id;
        } else {
            column.kind = ColumnMapping::NewIndicator;
        }
        mapping.append(column);
    }
    return mapping;
}

QString problem(const Workspace &workspace, const QStringList &headers,
                const QList<ColumnMapping> &mapping)
{
    int names = 0;
    QHash<QString, int> indicators;
    for (int i = 0; i < mapping.size(); ++i) {
        const ColumnMapping &column = mapping.at(i);
        const QString heading = headers.value(i);
        switch (column.kind) {
        case ColumnMapping::VerticalName:
            ++names;
            break;
        case ColumnMapping::Indicator: {
            if (indicators.contains(column.indicatorId)) {
                QString name = column.indicatorId;
                for (const IndicatorDefinition &definition : workspace.indicators()) {
                    if (definition.id == column.indicatorId)
                        name = definition.localized().name;
                }
                return Text::tr("columns \"%1\" and \"%2\" both go to %3; leave one out")
                    .arg(headers.value(indicators.value(column.indicatorId)), heading, name);
            }
            indicators.insert(column.indicatorId, i);
            break;
        }
        case ColumnMapping::NewIndicator:
            if (heading.trimmed().isEmpty())
                return Text::tr("column %1 has no heading to name a new indicator; leave it "
                                "out or choose an indicator")
                    .arg(i + 1);
            break;
        default:
            break;
        }
    }
    if (names == 0)
        return Text::tr("no column names the verticals; choose one as \"Vertical name\"");
    if (names > 1)
        return Text::tr("only one column may name the verticals");
    return {};
}

DataTable apply(const DataTable &table, const QList<ColumnMapping> &mapping)
{
    DataTable mapped;
    mapped.rowNumbers = table.rowNumbers;
    mapped.rowWord = table.rowWord;
    mapped.decimalCommaAllowed = table.decimalCommaAllowed;
    QList<int> kept;
    for (int i = 0; i < table.headers.size() && i < mapping.size(); ++i) {
        const ColumnMapping &column = mapping.at(i);
        switch (column.kind) {
        case ColumnMapping::Ignore:
            continue;
        case ColumnMapping::VerticalName:
            mapped.headers.append(QStringLiteral("vertical"));
            break;
        case ColumnMapping::Description:
            mapped.headers.append(QStringLiteral("description"));
            break;
        case ColumnMapping::Indicator:
            mapped.headers.append(column.indicatorId);
            break;
        case ColumnMapping::NewIndicator:
            mapped.headers.append(table.headers.at(i));
            break;
        }
        kept.append(i);
    }
    mapped.rows.reserve(table.rows.size());
    for (const QVariantList &row : table.rows) {
        QVariantList cells;
        cells.reserve(kept.size());
        for (int i : std::as_const(kept))
            cells.append(row.value(i));
        mapped.rows.append(cells);
    }
    return mapped;
}

} // namespace Gtm::ImportMapping
