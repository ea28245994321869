#include "modelcheck.h"

#include "compiledmodel.h"
#include "domain/workspace.h"

namespace Gtm {

bool compileGtmModel(const ScoringModel &model, const Workspace &workspace, CompiledModel *compiled,
                     QStringList *problems)
{
    return CompiledModel::compile(
        model, knownIndicatorIds(workspace.customIndicators),
        {QString::fromLatin1(ScoringModel::ReadinessId), QString::fromLatin1(ScoringModel::RiskId)},
        compiled, problems, indicatorNames(workspace.customIndicators));
}

} // namespace Gtm
