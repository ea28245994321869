// libFuzzer target: a workspace JSON document (`gtm-workbench import` of a .json file) applied
// to the sample workspace (WorkspaceJson::apply), then written and read back.
#include "fuzzsupport.h"

#include "storage/jsonreader.h"
#include "storage/tableimport.h"
#include "storage/workspacejson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

using namespace Gtm;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    GtmFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        GTM_FUZZ_REQUIRE(!JsonReader::parseErrorText(bytes, parseError).isEmpty());
        return 0;
    }
    if (!JsonReader::duplicateKeyText(bytes).isEmpty() || !document.isObject())
        return 0;

    Workspace workspace = *GtmFuzz::sample;
    ImportReport report;
    QString error;
    if (!WorkspaceJson::apply(workspace, document.object(), &report, &error)) {
        GTM_FUZZ_REQUIRE(!error.isEmpty());
        GTM_FUZZ_REQUIRE(workspace == *GtmFuzz::sample);
        return 0;
    }
    (void)workspace.validate();
    GtmFuzz::scoreWorkspace(workspace);

    // The document the program writes reads back as the same workspace.
    const QByteArray written = WorkspaceJson::toBytes(workspace);
    const QJsonDocument reread = QJsonDocument::fromJson(written, &parseError);
    GTM_FUZZ_REQUIRE(parseError.error == QJsonParseError::NoError && reread.isObject());
    Workspace copy;
    GTM_FUZZ_REQUIRE(WorkspaceJson::apply(copy, reread.object(), nullptr, &error));
    GTM_FUZZ_REQUIRE(copy == workspace);
    return 0;
}
