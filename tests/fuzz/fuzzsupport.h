// Shared by the libFuzzer targets of tests/fuzz (see README, "Fuzzing and sanitizers").
//
// Every target is deterministic and keeps no state between inputs: the sample workspace they
// start from is made once, read only and copied for each input; QCoreApplication exists once,
// for Qt SQL and the resources.
#pragma once

#include "domain/workspace.h"
#include "scoring/compiledmodel.h"
#include "scoring/indicatortable.h"
#include "scoring/modelcheck.h"
#include "scoring/recommendation.h"
#include "scoring/scoringengine.h"
#include "storage/workspacefiles.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace GtmFuzz {

/** A property of the code under test that does not hold: reported and stopped as a crash. */
#define GTM_FUZZ_REQUIRE(condition)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property does not hold: %s\n", __FILE__, __LINE__,        \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

/** Made in LLVMFuzzerInitialize, before any input. */
inline QCoreApplication *application = nullptr;
inline const Gtm::Workspace *sample = nullptr;

inline void initialize(int *argc, char ***argv)
{
    // Qt's warnings about refused input are expected; only crashes and sanitizer reports count.
    qputenv("QT_LOGGING_RULES", "*.warning=false");
    application = new QCoreApplication(*argc, *argv);
    sample = new Gtm::Workspace(Gtm::WorkspaceFiles::sampleWorkspace());
    if (sample->verticals.isEmpty()) {
        std::fprintf(stderr, "fuzz: the built-in sample workspace does not load\n");
        std::abort();
    }
}

/** Scores a workspace with its own model, when that model compiles, as the program would. */
inline void scoreWorkspace(const Gtm::Workspace &workspace)
{
    Gtm::CompiledModel compiled;
    QStringList problems;
    if (!Gtm::compileGtmModel(workspace.model, workspace, &compiled, &problems)) {
        GTM_FUZZ_REQUIRE(!problems.isEmpty());
        return;
    }
    const Gtm::IndicatorTable table
        = Gtm::IndicatorTable::fromWorkspace(workspace, compiled.columns());
    const Gtm::ScoringResult scores = Gtm::ScoringEngine::score(compiled, table);
    for (int row = 0; row < int(workspace.verticals.size()); ++row) {
        (void)scores.quadrant(row);
        (void)scores.isProvisional(row);
        for (int root = 0; root < int(compiled.roots().size()); ++root)
            (void)scores.missingIndicators(row, root);
    }
    const Gtm::Recommendation recommendation = Gtm::Recommendation::compute(
        scores, nullptr, Gtm::Recommendation::marketSizes(workspace));
    GTM_FUZZ_REQUIRE(recommendation.placements().size() == size_t(workspace.verticals.size()));
}

} // namespace GtmFuzz
