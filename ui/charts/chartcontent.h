#pragma once

#include "domain/vertical.h"

#include <QPalette>
#include <QStringList>

#include <memory>

class QChart;

namespace Gtm {

class ScoreBoard;
class ScoringResult;
class WorkspaceDocument;
struct Workspace;

/** What a chart is drawn from: the workspace and its current scores. Read during setInput()
 *  only; charts keep their own copy of what they show. */
struct ChartInput
{
    const Workspace *workspace = nullptr;
    const ScoringResult *result = nullptr; // nullptr while the scoring model has problems
    QStringList problems; // why there are no scores
    VerticalId current = 0; // the vertical selected in the editor
};

/** The input for the open workspace's current scores. */
ChartInput chartInput(const WorkspaceDocument *document, const ScoreBoard *scores,
                      VerticalId current);

/**
 * A chart of the workbench: a QChart that can take new scores, follow the palette and make a
 * copy of itself in the same state. The copy is what is rendered offscreen, at any size, to
 * PNG, SVG, the clipboard or a PDF page, so the picture a user exports is the one on screen.
 */
class ChartContent
{
public:
    virtual ~ChartContent() = default;

    virtual QChart *chart() = 0;
    virtual void setInput(const ChartInput &input) = 0;
    virtual void applyPalette(const QPalette &palette) = 0;
    /** A new chart showing the same data in the same palette; the caller owns it. */
    virtual std::unique_ptr<ChartContent> copy() const = 0;
    /** The copy an export draws (PNG, SVG, the clipboard): without what only marks the
     *  window's selection (the map's ring), so the picture is the same whichever vertical is
     *  selected. */
    virtual std::unique_ptr<ChartContent> copyForExport() const { return copy(); }
    /** A name for files and menus ("readiness-risk-map"). */
    virtual QString fileName() const = 0;
};

} // namespace Gtm
