#pragma once

#include "enums.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Gtm {

/** A stable identity for a vertical within its workspace (names can change, ids do not). */
using VerticalId = qint64;

/**
 * A concrete problem the product solves in a vertical, seen by one stakeholder. Every field but
 * the problem may be unset: a row that is not data yet adds nothing to the derived indicators.
 */
struct Challenge
{
    static constexpr int MaximumExplainabilityNeed = 5;
    static constexpr double MaximumPocMonths = 60;

    QString problem;
    std::optional<CommitteeRole> stakeholder;
    std::optional<Framing> framing;
    std::optional<int> explainabilityNeed; // 0–5: must the customer explain each decision?
    std::optional<bool> technologyFirst; // red flag: "data lake first, find a use case later"
    std::optional<double> pocMonths; // expected proof-of-concept length

    friend bool operator==(const Challenge &a, const Challenge &b)
    {
        return a.problem == b.problem && a.stakeholder == b.stakeholder && a.framing == b.framing
            && a.explainabilityNeed == b.explainabilityNeed
            && a.technologyFirst == b.technologyFirst && a.pocMonths == b.pocMonths;
    }
};

/** One indicator value with where it came from (a published figure, an interview, …). */
struct IndicatorValue
{
    double value = 0;
    QString source;

    friend bool operator==(const IndicatorValue &a, const IndicatorValue &b)
    {
        return a.value == b.value && a.source == b.source;
    }
    friend bool operator!=(const IndicatorValue &a, const IndicatorValue &b) { return !(a == b); }
};

/**
 * A candidate segment with its four dimensions. Every numeric field of its worksheets is an
 * indicator value keyed by indicator id; an absent key is a missing value, never a zero.
 */
struct Vertical
{
    VerticalId id = 0;
    QString name;
    QString description;
    QString contextNotes;
    QString capabilitiesNotes;
    QString consequencesNotes;
    QString winners;
    QString losers;
    /** The safeguards and mitigations planned for its risks (Consequences page). */
    QString safeguards;
    QList<Challenge> challenges;
    QMap<QString, IndicatorValue> values;

    std::optional<double> value(const QString &indicatorId) const
    {
        const auto it = values.constFind(indicatorId);
        if (it == values.constEnd())
            return std::nullopt;
        return it->value;
    }

    friend bool operator==(const Vertical &a, const Vertical &b)
    {
        return a.id == b.id && a.name == b.name && a.description == b.description
            && a.contextNotes == b.contextNotes && a.capabilitiesNotes == b.capabilitiesNotes
            && a.consequencesNotes == b.consequencesNotes && a.winners == b.winners
            && a.losers == b.losers && a.safeguards == b.safeguards && a.challenges == b.challenges
            && a.values == b.values;
    }
    friend bool operator!=(const Vertical &a, const Vertical &b) { return !(a == b); }
};

} // namespace Gtm
