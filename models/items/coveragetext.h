#pragma once

#include <QString>

namespace Gtm {

class ScoringResult;

/**
 * How much of a vertical's scores rests on values actually present, in the words the window
 * shows wherever a score is: the vertical list, the score panel, the all-verticals table and the
 * recommendation. One place, so they all say it the same way.
 */
namespace CoverageText {

/** A share 0–1 as a whole percentage, rounded down so that "70 %" never hides 69.6 %
 *  below a 70 % minimum: "45 %". */
QString percent(double share);

/** "coverage 45 %: missing Data availability, AI talent and 3 more", or "coverage 100 %". */
QString ofIndex(const ScoringResult &result, int row, int root);

/** The index's name as the window shows it ("Risk"). */
QString indexName(const ScoringResult &result, int root);

/**
 * Why the vertical's scores are provisional, one line per index below the model's minimum:
 * "Provisional: Risk rests on 20 % of its weight (missing …)"; empty when it is not.
 */
QString provisionalNote(const ScoringResult &result, int row);

/** "45 % / 100 %": the readiness and the risk index's coverage side by side. */
QString shares(const ScoringResult &result, int row);

} // namespace CoverageText

} // namespace Gtm
