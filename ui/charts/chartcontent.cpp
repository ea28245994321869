#include "chartcontent.h"

#include "document/workspacedocument.h"
#include "scoring/scoreboard.h"

namespace Gtm {

ChartInput chartInput(const WorkspaceDocument *document, const ScoreBoard *scores,
                      VerticalId current)
{
    ChartInput input;
    input.workspace = &document->workspace();
    input.result = scores->result();
    input.problems = scores->problems();
    input.current = current;
    return input;
}

} // namespace Gtm
