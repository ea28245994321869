#pragma once

#include <QStringList>

namespace Gtm {

class CompiledModel;
struct ScoringModel;
struct Workspace;

/**
 * Compiles a GTM scoring model (indices "readiness" and "risk") against the indicators of a
 * workspace. Returns false with one sentence a problem, naming the node at fault.
 */
bool compileGtmModel(const ScoringModel &model, const Workspace &workspace, CompiledModel *compiled,
                     QStringList *problems);

} // namespace Gtm
