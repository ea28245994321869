// libFuzzer target: a scoring model file (`gtm-workbench model --set`) read by ModelJson, written
// and read back, and compiled and scored against the sample workspace when it is sound.
#include "fuzzsupport.h"

#include "storage/jsonreader.h"
#include "storage/modeljson.h"

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
    if (parseError.error != QJsonParseError::NoError
        || !JsonReader::duplicateKeyText(bytes).isEmpty() || !document.isObject())
        return 0;

    ScoringModel model;
    QString error;
    if (!ModelJson::fromJson(document.object(), &model, &error)) {
        GTM_FUZZ_REQUIRE(!error.isEmpty());
        return 0;
    }
    // The file the program writes reads back as the same model.
    const QJsonDocument reread = QJsonDocument::fromJson(ModelJson::toBytes(model), &parseError);
    GTM_FUZZ_REQUIRE(parseError.error == QJsonParseError::NoError && reread.isObject());
    ScoringModel copy;
    GTM_FUZZ_REQUIRE(ModelJson::fromJson(reread.object(), &copy, &error));
    GTM_FUZZ_REQUIRE(copy == model);

    Workspace workspace = *GtmFuzz::sample;
    workspace.model = model;
    GtmFuzz::scoreWorkspace(workspace);
    return 0;
}
