#pragma once

#include "enums.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Gtm {

/** One member of the customer's buying committee the plan must win over. */
struct BuyerPersona
{
    QString role;
    CommitteeRole committeeRole = CommitteeRole::EndUser;
    QString goals;
    QString objections;
    QString mustExplain; // what this person must be able to explain about the AI's decisions

    friend bool operator==(const BuyerPersona &a, const BuyerPersona &b)
    {
        return a.role == b.role && a.committeeRole == b.committeeRole && a.goals == b.goals
            && a.objections == b.objections && a.mustExplain == b.mustExplain;
    }
};

/** How strongly the product claims one of the nine AI-driven advantages, and the proof. */
struct ValueDriver
{
    static constexpr int MaximumStrength = 5;

    ValueDriverKind kind = ValueDriverKind::Cost;
    int strength = 0; // 0 (not claimed) to 5
    QString evidence;
    Framing framing = Framing::Opportunity;

    friend bool operator==(const ValueDriver &a, const ValueDriver &b)
    {
        return a.kind == b.kind && a.strength == b.strength && a.evidence == b.evidence
            && a.framing == b.framing;
    }
};

struct PricePoint
{
    QString tier;
    std::optional<double> price; // in US dollars
    QString unit; // "per user per month"

    friend bool operator==(const PricePoint &a, const PricePoint &b)
    {
        return a.tier == b.tier && a.price == b.price && a.unit == b.unit;
    }
};

struct PricingStrategy
{
    PricingModel model = PricingModel::PerSeat;
    QString rationale;
    QList<PricePoint> pricePoints;

    friend bool operator==(const PricingStrategy &a, const PricingStrategy &b)
    {
        return a.model == b.model && a.rationale == b.rationale && a.pricePoints == b.pricePoints;
    }
};

struct MarketingItem
{
    QString title;
    MarketingKind kind = MarketingKind::Content;
    QString timing; // free text: "Q1 2027", "ongoing"
    std::optional<double> budget; // US dollars
    QString notes;

    friend bool operator==(const MarketingItem &a, const MarketingItem &b)
    {
        return a.title == b.title && a.kind == b.kind && a.timing == b.timing
            && a.budget == b.budget && a.notes == b.notes;
    }
};

struct Channel
{
    ChannelKind kind = ChannelKind::Direct;
    QString name;
    std::optional<double> revenueSharePct; // planned share of revenue, 0–100
    QString notes;

    friend bool operator==(const Channel &a, const Channel &b)
    {
        return a.kind == b.kind && a.name == b.name && a.revenueSharePct == b.revenueSharePct
            && a.notes == b.notes;
    }
};

/**
 * When each wave of the recommendation is to start, as the plan writes it ("2027 Q1"): free
 * text, empty until decided.
 */
struct WaveQuarters
{
    QString goFirst;
    QString next;
    QString prepare;

    friend bool operator==(const WaveQuarters &a, const WaveQuarters &b)
    {
        return a.goFirst == b.goFirst && a.next == b.next && a.prepare == b.prepare;
    }
};

/** What the plan asks leadership for, beside the marketing items' budgets. */
struct PlanAsks
{
    QString people; // "two solution engineers, one legal-domain PM"
    std::optional<double> budgetUsd; // budget beyond marketing, US dollars; unset: none named
    QString decisions; // the decisions leadership must take

    friend bool operator==(const PlanAsks &a, const PlanAsks &b)
    {
        return a.people == b.people && a.budgetUsd == b.budgetUsd && a.decisions == b.decisions;
    }
};

/** The six components of a GTM strategy (METHOD.md). */
struct GtmPlan
{
    static constexpr int ValueDriverCount = 9;

    GtmPlan();

    QString targetMarket;
    QList<BuyerPersona> personas;
    std::array<ValueDriver, ValueDriverCount> valueDrivers; // one per ValueDriverKind, in order
    PricingStrategy pricing;
    QList<MarketingItem> marketing;
    QList<Channel> channels;
    /** The decision document's parts: when each wave starts, and what the plan asks for. */
    WaveQuarters targetQuarters;
    PlanAsks asks;

    ValueDriver &valueDriver(ValueDriverKind kind) { return valueDrivers[size_t(kind)]; }
    const ValueDriver &valueDriver(ValueDriverKind kind) const
    {
        return valueDrivers[size_t(kind)];
    }

    friend bool operator==(const GtmPlan &a, const GtmPlan &b)
    {
        return a.targetMarket == b.targetMarket && a.personas == b.personas
            && a.valueDrivers == b.valueDrivers && a.pricing == b.pricing
            && a.marketing == b.marketing && a.channels == b.channels
            && a.targetQuarters == b.targetQuarters && a.asks == b.asks;
    }
    friend bool operator!=(const GtmPlan &a, const GtmPlan &b) { return !(a == b); }
};

} // namespace Gtm
