#pragma once

#include "enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace Gtm {

/**
 * What one numeric worksheet field measures: its stable id (the key in files and in scoring
 * models), name, dimension, unit, the range a value must lie in, and for 0–5 scales what the ends
 * of the scale mean. Built-in indicators come from the program; custom ones live in a workspace.
 */
struct IndicatorDefinition
{
    QString id;
    QString name;
    Dimension dimension = Dimension::Custom;
    QString unit;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString description;
    QString lowAnchor; // meaning of the minimum, for scales
    QString highAnchor; // meaning of the maximum, for scales
    bool builtIn = false;
    bool derived = false; // computed from the Challenges table, never stored or imported

    /** True for a finite value within [minimum, maximum]. */
    bool accepts(double value) const;
    /** "0 to 5", "at least 0" or "any number", for error messages. */
    QString rangeText() const;
    /**
     * The definition as shown in the current language: a built-in's name, unit, description and
     * scale anchors translated (they are kept as their English source); a custom one as it is.
     */
    IndicatorDefinition localized() const;

    friend bool operator==(const IndicatorDefinition &a, const IndicatorDefinition &b);
    friend bool operator!=(const IndicatorDefinition &a, const IndicatorDefinition &b)
    {
        return !(a == b);
    }
};

/**
 * A name the program wrote into a workspace (a built-in indicator's, a dimension of the default
 * model) in the language the program runs in, for briefs in another language; any other name
 * as it is.
 */
QString localizedName(const QString &name);

/** Well-known ids of the built-in indicators. */
namespace IndicatorId {
inline constexpr char AiEnthusiasm[] = "context.ai_enthusiasm";
inline constexpr char ExpectationRealism[] = "context.expectation_realism";
inline constexpr char StrategyMaturity[] = "context.strategy_maturity";
inline constexpr char ModalityFit[] = "context.modality_fit";
inline constexpr char DataAvailability[] = "capabilities.data_availability";
inline constexpr char DataCollectionHabit[] = "capabilities.data_collection_habit";
inline constexpr char DigitalMaturity[] = "capabilities.digital_maturity";
inline constexpr char ExecutiveSponsorship[] = "capabilities.executive_sponsorship";
inline constexpr char AiTalent[] = "capabilities.ai_talent";
inline constexpr char RegulatoryBurden[] = "capabilities.regulatory_burden";
inline constexpr char JobsHighRiskPct[] = "consequences.jobs_high_risk_pct";
inline constexpr char JobsSignificantRiskPct[] = "consequences.jobs_significant_risk_pct";
inline constexpr char SafetyEthicsSensitivity[] = "consequences.safety_ethics_sensitivity";
inline constexpr char LabourImpact[] = "consequences.labour_impact";
inline constexpr char GovernanceScrutiny[] = "consequences.governance_scrutiny";
inline constexpr char MarketSizeUsdBn[] = "market.size_usd_bn";
inline constexpr char MarketGrowthPct[] = "market.growth_pct";
inline constexpr char SalesCycleMonths[] = "market.sales_cycle_months";
// Derived from each vertical's Challenges table.
inline constexpr char ExplainabilityNeed[] = "challenges.explainability_need";
inline constexpr char TechnologyFirstShare[] = "challenges.technology_first_share";
inline constexpr char PocMonths[] = "challenges.poc_months";
inline constexpr char OpportunityShare[] = "challenges.opportunity_share";
inline constexpr char StakeholderCoverage[] = "challenges.stakeholder_coverage";
} // namespace IndicatorId

/** The built-in indicators, in worksheet order (names translated when first asked for). */
const QList<IndicatorDefinition> &builtInIndicators();

/** The built-in indicator with this id, or nullptr. */
const IndicatorDefinition *builtInIndicator(QStringView id);

/**
 * The indicators computed from a vertical's Challenges table (derived == true): the strongest
 * need for explainable decisions, the share of technology-first challenges, the mean
 * proof-of-concept length, the share framed as opportunity and the share of the six
 * buying-committee roles whose view was gathered. Missing when the table is empty.
 */
const QList<IndicatorDefinition> &derivedIndicators();
const IndicatorDefinition *derivedIndicator(QStringView id);

/**
 * The id a custom indicator gets from a column heading: "custom." and the heading in lower case
 * with every run of other characters than letters and digits made one underscore.
 */
QString customIndicatorId(const QString &heading);

/** True for ids made of lower-case letters, digits, '_' and '.', not starting or ending in '.'. */
bool isValidIndicatorId(const QString &id);

} // namespace Gtm
