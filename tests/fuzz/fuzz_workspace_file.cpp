// libFuzzer target: the bytes of a workspace file (`*.gtmw`), opened as the program opens one
// (WorkspaceStore::open(path), load(), formatVersion(), check()), from a file of its own.
#include "fuzzsupport.h"

#include "storage/workspacestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Gtm;

namespace {
QTemporaryDir *folder = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    GtmFuzz::initialize(argc, argv);
    folder = new QTemporaryDir;
    GTM_FUZZ_REQUIRE(folder->isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A folder of its own for each input: nothing a load leaves behind reaches the next one.
    const QString dir = folder->filePath(QStringLiteral("input"));
    GTM_FUZZ_REQUIRE(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/fuzz.gtmw");
    {
        QFile file(path);
        GTM_FUZZ_REQUIRE(file.open(QIODevice::WriteOnly));
        GTM_FUZZ_REQUIRE(file.write(reinterpret_cast<const char *>(data), qint64(size))
                         == qint64(size));
    }
    {
        const std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(path);
        QString error;
        (void)store->formatVersion(&error);
        Workspace workspace;
        if (store->load(workspace, &error)) {
            (void)workspace.validate();
            GtmFuzz::scoreWorkspace(workspace);
        } else {
            GTM_FUZZ_REQUIRE(!error.isEmpty());
            GTM_FUZZ_REQUIRE(workspace == Workspace());
        }
        (void)store->check();
    }
    // Loading never writes: the file is as it was.
    {
        QFile file(path);
        GTM_FUZZ_REQUIRE(file.open(QIODevice::ReadOnly));
        GTM_FUZZ_REQUIRE(file.readAll()
                         == QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    }
    GTM_FUZZ_REQUIRE(QDir(dir).removeRecursively());
    return 0;
}
