#pragma once

#include "gtmplan.h"
#include "indicator.h"
#include "product.h"
#include "scoringmodel.h"
#include "vertical.h"

#include <QList>
#include <QStringList>

namespace Gtm {

/** One product's GTM plan: the whole document, as plain data. */
struct Workspace
{
    Product product;
    GtmPlan plan;
    QList<IndicatorDefinition> customIndicators;
    QList<Vertical> verticals;
    ScoringModel model = defaultScoringModel();
    QList<Scenario> scenarios; // what-if variants of `model`, in the order they were made
    /** The highest scenario id given while the workspace is open, so that an id is never given
     *  twice (an editor or an undo step that refers to a deleted scenario must not find another
     *  one). Not stored, not part of equality. */
    qint64 lastScenarioId = 0;

    /** A built-in or custom indicator by id, or nullptr. */
    const IndicatorDefinition *indicator(QStringView id) const;
    /** Built-in indicators in worksheet order, then the custom ones. */
    QList<IndicatorDefinition> indicators() const;

    int indexOfVertical(VerticalId id) const;
    /** Names are compared trimmed and without regard to case, as imports match them. */
    int indexOfVerticalNamed(const QString &name) const;
    Vertical *vertical(VerticalId id);
    const Vertical *vertical(VerticalId id) const;

    /** The scenario of that name (trimmed, any case), or -1. */
    int indexOfScenarioNamed(const QString &name) const;
    /** The scenario with that id, or -1. */
    int indexOfScenario(qint64 id) const;
    /** Gives every scenario without an id (0) one never given before: on opening, on import. */
    void identifyScenarios();
    /** An id never given before to a scenario of this workspace. */
    qint64 nextScenarioId() const;

    /** An id no vertical has yet. */
    VerticalId nextVerticalId() const;
    /** Appends a vertical, giving it a fresh id when it has none; returns the id. */
    VerticalId addVertical(Vertical vertical);

    /**
     * What is wrong with the data, one sentence a problem: empty or duplicate vertical names,
     * values out of their indicator's range or of unknown indicators, out-of-range strengths,
     * invalid custom indicators. Empty when all is well.
     */
    QStringList validate() const;
    /** The problems of validate() with the values scores are made of: values of unknown
     *  indicators or out of their range (a file another program wrote). */
    QStringList valueProblems() const;

    friend bool operator==(const Workspace &a, const Workspace &b)
    {
        return a.product == b.product && a.plan == b.plan
            && a.customIndicators == b.customIndicators && a.verticals == b.verticals
            && a.model == b.model && a.scenarios == b.scenarios;
    }
    friend bool operator!=(const Workspace &a, const Workspace &b) { return !(a == b); }
};

/** Vertical names are unique in a workspace regardless of case and surrounding blanks. */
QString normalizedVerticalName(const QString &name);

} // namespace Gtm
