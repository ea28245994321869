// The import window's mapping step (ImportMapping): what each column of a table is taken for,
// and the table importTable() then reads.
#include "domain/workspace.h"
#include "storage/csvtable.h"
#include "storage/importmapping.h"
#include "storage/tableimport.h"

#include <QTest>

using namespace Gtm;

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void guessFollowsTheHeadings();
    void problemsAreNamed();
    void appliedMappingImports();
};

namespace {

QStringList headings(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result.append(QString::fromUtf8(name));
    return result;
}

ColumnMapping indicator(const char *id)
{
    return {ColumnMapping::Indicator, QString::fromLatin1(id)};
}

} // namespace

void TestImportMapping::guessFollowsTheHeadings()
{
    const Workspace workspace;
    const QList<ColumnMapping> mapping = ImportMapping::guess(
        workspace,
        headings({"Vertical", "description", "AI ENTHUSIASM", "capabilities.ai_talent",
                  "Churn rate", "Technology-first challenges", "name"}));
    QCOMPARE(mapping.size(), 7);
    QCOMPARE(mapping.at(0).kind, ColumnMapping::VerticalName);
    QCOMPARE(mapping.at(1).kind, ColumnMapping::Description);
    QCOMPARE(mapping.at(2), indicator("context.ai_enthusiasm")); // by name, any case
    QCOMPARE(mapping.at(3), indicator("capabilities.ai_talent")); // by id
    QCOMPARE(mapping.at(4).kind, ColumnMapping::NewIndicator);
    // Computed from the challenges: cannot be imported, so left out.
    QCOMPARE(mapping.at(5).kind, ColumnMapping::Ignore);
    // A second name column is no second name: a new indicator the user can leave out.
    QCOMPARE(mapping.at(6).kind, ColumnMapping::NewIndicator);
}

void TestImportMapping::problemsAreNamed()
{
    const Workspace workspace;
    const QStringList heads = headings({"Sector", "Appetite", "Enthusiasm"});
    QList<ColumnMapping> mapping {{ColumnMapping::NewIndicator, {}},
                                  indicator("context.ai_enthusiasm"),
                                  indicator("context.ai_enthusiasm")};
    QCOMPARE(ImportMapping::problem(workspace, heads, mapping),
             QStringLiteral("columns \"Appetite\" and \"Enthusiasm\" both go to AI enthusiasm; "
                            "leave one out"));
    mapping[2] = {ColumnMapping::Ignore, {}};
    QCOMPARE(ImportMapping::problem(workspace, heads, mapping),
             QStringLiteral("no column names the verticals; choose one as \"Vertical name\""));
    mapping[0] = {ColumnMapping::VerticalName, {}};
    QCOMPARE(ImportMapping::problem(workspace, heads, mapping), QString());
}

void TestImportMapping::appliedMappingImports()
{
    // A spreadsheet's own headings: "Sector" holds the names, "Appetite" is AI enthusiasm,
    // "Notes" is left out. Hand-worked: Finance gets 4.5, Retail (new) 2.
    DataTable table;
    table.headers = headings({"Sector", "Appetite", "Notes"});
    table.rows = {{QStringLiteral("Finance"), QStringLiteral("4.5"), QStringLiteral("call back")},
                  {QStringLiteral("Retail"), QStringLiteral("2"), QString()}};
    table.rowNumbers = {2, 3};
    table.rowWord = QStringLiteral("line");
    const QList<ColumnMapping> mapping {{ColumnMapping::VerticalName, {}},
                                        indicator("context.ai_enthusiasm"),
                                        {ColumnMapping::Ignore, {}}};
    const DataTable mapped = ImportMapping::apply(table, mapping);
    QCOMPARE(mapped.headers, headings({"vertical", "context.ai_enthusiasm"}));
    QCOMPARE(mapped.rows.at(0).size(), 2);
    QCOMPARE(mapped.rowNumbers, table.rowNumbers);

    Workspace workspace;
    Vertical finance;
    finance.name = QStringLiteral("Finance");
    workspace.addVertical(finance);
    ImportReport report;
    QString error;
    QVERIFY2(importTable(workspace, mapped, &report, &error), qPrintable(error));
    QCOMPARE(report.updatedVerticals, QStringList {QStringLiteral("Finance")});
    QCOMPARE(report.addedVerticals, QStringList {QStringLiteral("Retail")});
    QVERIFY(report.createdIndicators.isEmpty()); // "Notes" left out, not a new indicator
    QCOMPARE(workspace.verticals.at(0).values.value(QStringLiteral("context.ai_enthusiasm")).value,
             4.5);
    QCOMPARE(workspace.verticals.at(1).values.value(QStringLiteral("context.ai_enthusiasm")).value,
             2.0);
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
