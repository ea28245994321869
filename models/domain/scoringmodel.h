#pragma once

#include "enumkeys.h"

#include <QList>
#include <QString>

#include <optional>

namespace Gtm {

/** Whether a higher indicator value raises (positive) or lowers (negative) the index. */
enum class Polarity { Positive, Negative };

/** How raw values become comparable 0–1 values (OECD/JRC Handbook, 2008, section 5). */
enum class Normalisation {
    MinMax, // (x − min) / (max − min) over the verticals that have a value
    Goalposts, // (x − low) / (high − low) with fixed goalposts, clamped to 0–1
    ZScore, // z = (x − mean) / sd, reported on 0–1 as the normal distribution's Φ(z)
    Rank, // (rank − 1) / (n − 1), ties sharing their average rank
};

enum class Aggregation {
    Arithmetic, // Σ wᵢ yᵢ: compensatory
    Geometric, // Π yᵢ^wᵢ: a weak indicator cannot be fully made up for by a strong one
};

/** What to do when a vertical lacks a value the model uses. */
enum class MissingPolicy {
    Reweight, // leave it out and share its weight among the siblings that have data
    NoScore, // the vertical gets no score, and the reason says which values are missing
};

/** A dimension (or the index itself, when it has no parent) of a scoring model. */
struct ModelNode
{
    QString id;
    QString name;
    QString parent; // empty: this node is an index
    double weight = 1;
    Aggregation aggregation = Aggregation::Arithmetic;

    friend bool operator==(const ModelNode &a, const ModelNode &b)
    {
        return a.id == b.id && a.name == b.name && a.parent == b.parent && a.weight == b.weight
            && a.aggregation == b.aggregation;
    }
};

/** An indicator's place in a scoring model and how it is treated there. */
struct ModelIndicator
{
    QString indicatorId;
    QString parent;
    double weight = 1;
    Polarity polarity = Polarity::Positive;
    bool logTransform = false; // natural logarithm before normalisation (values must be > 0)
    Normalisation normalisation = Normalisation::Goalposts;
    std::optional<double> goalpostLow; // in the indicator's own unit
    std::optional<double> goalpostHigh;

    friend bool operator==(const ModelIndicator &a, const ModelIndicator &b)
    {
        return a.indicatorId == b.indicatorId && a.parent == b.parent && a.weight == b.weight
            && a.polarity == b.polarity && a.logTransform == b.logTransform
            && a.normalisation == b.normalisation && a.goalpostLow == b.goalpostLow
            && a.goalpostHigh == b.goalpostHigh;
    }
};

/**
 * How the scores become a recommendation (see Recommendation in models/scoring): which scores
 * rest on enough data, which calls hold across the robustness runs, how many verticals go first.
 */
struct RecommendationSettings
{
    /** A score resting on less than this share (%) of its index's weight is provisional. */
    double minimumCoverage = 70;
    /** A quadrant call is robust when at least this share (%) of the runs makes it. */
    double robustShare = 60;
    /** At most this many verticals go first; the other robust go calls come next. */
    int goFirstMax = 3;

    static constexpr int MaximumGoFirst = 1000;

    friend bool operator==(const RecommendationSettings &a, const RecommendationSettings &b)
    {
        return a.minimumCoverage == b.minimumCoverage && a.robustShare == b.robustShare
            && a.goFirstMax == b.goFirstMax;
    }
    friend bool operator!=(const RecommendationSettings &a, const RecommendationSettings &b)
    {
        return !(a == b);
    }
};

/**
 * A composite-indicator model: indices → dimensions → indicators (any depth), as a flat list of
 * nodes that name their parent, like the indicator metadata of the JRC's COINr. The GTM model has
 * two indices, "readiness" (AI potential) and "risk", and quadrant thresholds on both.
 */
struct ScoringModel
{
    static constexpr char ReadinessId[] = "readiness";
    static constexpr char RiskId[] = "risk";
    /** Levels of nodes a model may nest, an index being level 1 (the default model has 2). */
    static constexpr int MaximumDepth = 32;
    /** Nodes and indicators a model may have together. */
    static constexpr int MaximumNodes = 10000;

    QString name;
    QString description;
    MissingPolicy missingPolicy = MissingPolicy::Reweight;
    double readinessThreshold = 50; // 0–100
    double riskThreshold = 50; // 0–100
    RecommendationSettings recommendation;
    QList<ModelNode> nodes;
    QList<ModelIndicator> indicators;

    friend bool operator==(const ScoringModel &a, const ScoringModel &b)
    {
        return a.name == b.name && a.description == b.description
            && a.missingPolicy == b.missingPolicy && a.readinessThreshold == b.readinessThreshold
            && a.riskThreshold == b.riskThreshold && a.recommendation == b.recommendation
            && a.nodes == b.nodes && a.indicators == b.indicators;
    }
    friend bool operator!=(const ScoringModel &a, const ScoringModel &b) { return !(a == b); }
};

/**
 * A what-if variant of the workspace's scoring model (weights, thresholds, normalisation,
 * recommendation settings), kept beside the baseline and compared with it.
 */
struct Scenario
{
    QString name; // unique in a workspace, compared trimmed and without regard to case
    ScoringModel model;
    /** Identifies the scenario while the workspace is open (undo commands and editors refer to
     *  it); given on opening, not stored, and not part of equality. */
    qint64 id = 0;

    friend bool operator==(const Scenario &a, const Scenario &b)
    {
        return a.name == b.name && a.model == b.model;
    }
    friend bool operator!=(const Scenario &a, const Scenario &b) { return !(a == b); }
};

/** The model a new workspace starts with (see README, "Scoring"). */
ScoringModel defaultScoringModel();

/** Where a vertical falls by readiness and risk against the model's thresholds. */
enum class Quadrant {
    PursueNow, // ready, low risk
    ProceedWithSafeguards, // ready, high risk
    PrepareTheCustomer, // not yet ready, low risk
    Monitor, // not ready, high risk
};

// clang-format off
template<>
struct EnumTraits<Polarity>
{
    static constexpr const char *context = "Gtm::Polarity";
    static constexpr EnumEntry<Polarity> entries[] = {
        {Polarity::Positive, "positive", QT_TRANSLATE_NOOP("Gtm::Polarity", "Raises index")},
        {Polarity::Negative, "negative", QT_TRANSLATE_NOOP("Gtm::Polarity", "Lowers index")},
    };
};

template<>
struct EnumTraits<Normalisation>
{
    static constexpr const char *context = "Gtm::Normalisation";
    static constexpr EnumEntry<Normalisation> entries[] = {
        {Normalisation::MinMax, "min_max", QT_TRANSLATE_NOOP("Gtm::Normalisation", "Min–max")},
        {Normalisation::Goalposts, "goalposts", QT_TRANSLATE_NOOP("Gtm::Normalisation", "Goalposts")},
        {Normalisation::ZScore, "z_score", QT_TRANSLATE_NOOP("Gtm::Normalisation", "z-score")},
        {Normalisation::Rank, "rank", QT_TRANSLATE_NOOP("Gtm::Normalisation", "Rank")},
    };
};

template<>
struct EnumTraits<Aggregation>
{
    static constexpr const char *context = "Gtm::Aggregation";
    static constexpr EnumEntry<Aggregation> entries[] = {
        {Aggregation::Arithmetic, "arithmetic", QT_TRANSLATE_NOOP("Gtm::Aggregation", "Arithmetic mean")},
        {Aggregation::Geometric, "geometric", QT_TRANSLATE_NOOP("Gtm::Aggregation", "Geometric mean")},
    };
};

template<>
struct EnumTraits<MissingPolicy>
{
    static constexpr const char *context = "Gtm::MissingPolicy";
    static constexpr EnumEntry<MissingPolicy> entries[] = {
        {MissingPolicy::Reweight, "reweight", QT_TRANSLATE_NOOP("Gtm::MissingPolicy", "Leave out and re-weight the rest")},
        {MissingPolicy::NoScore, "no_score", QT_TRANSLATE_NOOP("Gtm::MissingPolicy", "No score, with the reason")},
    };
};

template<>
struct EnumTraits<Quadrant>
{
    static constexpr const char *context = "Gtm::Quadrant";
    static constexpr EnumEntry<Quadrant> entries[] = {
        {Quadrant::PursueNow, "pursue_now", QT_TRANSLATE_NOOP("Gtm::Quadrant", "Pursue now")},
        {Quadrant::ProceedWithSafeguards, "proceed_with_safeguards", QT_TRANSLATE_NOOP("Gtm::Quadrant", "Proceed with safeguards")},
        {Quadrant::PrepareTheCustomer, "prepare_the_customer", QT_TRANSLATE_NOOP("Gtm::Quadrant", "Prepare the customer")},
        {Quadrant::Monitor, "monitor", QT_TRANSLATE_NOOP("Gtm::Quadrant", "Monitor")},
    };
};
// clang-format on

} // namespace Gtm
