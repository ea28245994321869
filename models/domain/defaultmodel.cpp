#include "indicator.h"
#include "scoringmodel.h"

#include <QCoreApplication>

namespace Gtm {

namespace {

/** The default model's texts, under one translation context (lupdate reads it from here). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::DefaultModel)
};

ModelIndicator scale(const char *id, const char *parent, double weight,
                     Polarity polarity = Polarity::Positive, double low = 0, double high = 5)
{
    ModelIndicator indicator;
    indicator.indicatorId = QString::fromLatin1(id);
    indicator.parent = QString::fromLatin1(parent);
    indicator.weight = weight;
    indicator.polarity = polarity;
    indicator.normalisation = Normalisation::Goalposts;
    indicator.goalpostLow = low;
    indicator.goalpostHigh = high;
    return indicator;
}

ModelNode node(const char *id, const QString &name, const char *parent, double weight)
{
    return ModelNode {QString::fromLatin1(id), name, QString::fromLatin1(parent), weight,
                      Aggregation::Arithmetic};
}

} // namespace

ScoringModel defaultScoringModel()
{
    // The reasoning for every choice is in the README ("Scoring"), from METHOD.md. Goalposts
    // rather than min–max keep a vertical's score from moving when another vertical is edited.
    ScoringModel model;
    model.name = Text::tr("GTM default model");
    model.description
        = Text::tr("AI potential from Context, Capabilities and Challenges; risk from "
                   "Consequences, Challenges and regulation. Goalposts normalisation, "
                   "weighted arithmetic means, missing values re-weighted.");
    model.missingPolicy = MissingPolicy::Reweight;
    model.readinessThreshold = 50;
    model.riskThreshold = 50;

    model.nodes = {
        node(ScoringModel::ReadinessId, Text::tr("AI potential (readiness)"), "", 1),
        node("readiness.context", Text::tr("Context"), ScoringModel::ReadinessId, 0.35),
        node("readiness.capabilities", Text::tr("Capabilities"), ScoringModel::ReadinessId, 0.5),
        node("readiness.challenges", Text::tr("Challenges"), ScoringModel::ReadinessId, 0.15),
        node(ScoringModel::RiskId, Text::tr("Risk"), "", 1),
        node("risk.consequences", Text::tr("Consequences"), ScoringModel::RiskId, 0.5),
        node("risk.challenges", Text::tr("Challenges"), ScoringModel::RiskId, 0.3),
        node("risk.regulation", Text::tr("Regulation"), ScoringModel::RiskId, 0.2),
    };

    using namespace IndicatorId;
    model.indicators = {
        scale(AiEnthusiasm, "readiness.context", 1),
        scale(ExpectationRealism, "readiness.context", 1),
        scale(StrategyMaturity, "readiness.context", 1),
        scale(ModalityFit, "readiness.context", 1),
        // Access to data, digital maturity and executive sponsorship drive the leader–laggard
        // gap (METHOD.md): twice the weight of the collection habit and AI talent.
        scale(DataAvailability, "readiness.capabilities", 2),
        scale(DataCollectionHabit, "readiness.capabilities", 1),
        scale(DigitalMaturity, "readiness.capabilities", 2),
        scale(ExecutiveSponsorship, "readiness.capabilities", 2),
        scale(AiTalent, "readiness.capabilities", 1),
        scale(OpportunityShare, "readiness.challenges", 1, Polarity::Positive, 0, 100),
        scale(StakeholderCoverage, "readiness.challenges", 1, Polarity::Positive, 0, 100),

        // 30% of jobs at high risk is about the worst OECD country (Slovakia 33%), 50% at risk
        // of significant change well above the 32% average.
        scale(JobsHighRiskPct, "risk.consequences", 1, Polarity::Positive, 0, 30),
        scale(JobsSignificantRiskPct, "risk.consequences", 1, Polarity::Positive, 0, 50),
        scale(SafetyEthicsSensitivity, "risk.consequences", 1),
        scale(LabourImpact, "risk.consequences", 1),
        scale(GovernanceScrutiny, "risk.consequences", 1),
        scale(ExplainabilityNeed, "risk.challenges", 1),
        scale(TechnologyFirstShare, "risk.challenges", 1, Polarity::Positive, 0, 100),
        scale(PocMonths, "risk.challenges", 1, Polarity::Positive, 1, 18),
        scale(RegulatoryBurden, "risk.regulation", 1),
    };
    return model;
}

} // namespace Gtm
