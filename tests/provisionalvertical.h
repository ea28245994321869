#pragma once

#include "commands/workspacecommands.h"
#include "document/workspacedocument.h"
#include "domain/indicator.h"

namespace Gtm::TestWorkspaces {

/**
 * Adds "Gaming" at the end of the workspace through the document's commands (so with undo),
 * with only Context and Capabilities values: every one of them 4, except a regulatory burden
 * of 1. Under the default model (minimum coverage 70 %):
 *
 * - readiness rests on Context (0.35) and Capabilities (0.5) of its weight: 85 %, the two
 *   Challenges indicators (0.075 each) missing; both dimensions score 4/5, so readiness is 80;
 * - risk rests on the regulatory burden alone (Regulation, 0.2): 20 %, the five Consequences
 *   and three Challenges indicators (0.1 each) missing; risk is 1/5 = 20;
 *
 * so the vertical is "pursue now" at the baseline, but provisional.
 */
inline VerticalId addProvisionalVertical(WorkspaceDocument *document)
{
    QString error;
    const VerticalId id = Commands::addVertical(document);
    Commands::renameVertical(document, id, QStringLiteral("Gaming"), &error);
    for (const char *indicator :
         {IndicatorId::AiEnthusiasm, IndicatorId::ExpectationRealism, IndicatorId::StrategyMaturity,
          IndicatorId::ModalityFit, IndicatorId::DataAvailability, IndicatorId::DataCollectionHabit,
          IndicatorId::DigitalMaturity, IndicatorId::ExecutiveSponsorship, IndicatorId::AiTalent})
        Commands::setIndicatorValue(document, id, QString::fromLatin1(indicator), 4, &error);
    Commands::setIndicatorValue(document, id, QString::fromLatin1(IndicatorId::RegulatoryBurden), 1,
                                &error);
    return id;
}

} // namespace Gtm::TestWorkspaces
