// libFuzzer target: CSV bytes as a user's spreadsheet writes them, parsed (Csv::parse) and
// imported into the sample workspace (importTable), as `gtm-workbench import` does.
#include "fuzzsupport.h"

#include "storage/csvtable.h"
#include "storage/tableimport.h"

#include <cstddef>
#include <cstdint>
#include <utility>

using namespace Gtm;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    GtmFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    DataTable table;
    QString error;
    if (!Csv::parse(bytes, &table, &error)) {
        GTM_FUZZ_REQUIRE(!error.isEmpty());
        return 0;
    }
    GTM_FUZZ_REQUIRE(table.rowNumbers.size() == table.rows.size());
    for (const QVariantList &row : std::as_const(table.rows))
        GTM_FUZZ_REQUIRE(row.size() == table.headers.size());

    // All or nothing: a refused import leaves the workspace as it was.
    Workspace workspace = *GtmFuzz::sample;
    ImportReport report;
    if (!importTable(workspace, std::move(table), &report, &error)) {
        GTM_FUZZ_REQUIRE(!error.isEmpty());
        GTM_FUZZ_REQUIRE(workspace == *GtmFuzz::sample);
        return 0;
    }
    GtmFuzz::scoreWorkspace(workspace);
    // What the program exports, it reads back.
    DataTable exported;
    GTM_FUZZ_REQUIRE(Csv::parse(WorkspaceFiles::toCsv(workspace), &exported, &error));
    GTM_FUZZ_REQUIRE(exported.rows.size() == workspace.verticals.size());
    return 0;
}
