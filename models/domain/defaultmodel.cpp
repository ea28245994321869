#include "indicator.h"
#include "scoringmodel.h"

#include <QCoreApplication>

namespace Gtm {

namespace {

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

/** Marked for lupdate under Gtm::DefaultModel, kept as the English source. */
QString source(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

ScoringModel defaultScoringModel()
{
    // The reasoning for every choice is in the README ("Scoring"). Goalposts rather than
    // min–max keep a vertical's score from moving when another vertical is edited. The names
    // are stored as their English source, whatever language the program runs in, and
    // translated where they are shown (localizedName()): a file keeps one spelling.
    ScoringModel model;
    model.name = source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "GTM default model"));
    model.description = source(
        QT_TRANSLATE_NOOP("Gtm::DefaultModel",
                          "AI potential from Context, Capabilities and Challenges; risk from "
                          "Consequences, Challenges and regulation. Goalposts normalisation, "
                          "weighted arithmetic means, missing values re-weighted."));
    model.missingPolicy = MissingPolicy::Reweight;
    model.readinessThreshold = 50;
    model.riskThreshold = 50;

    model.nodes = {
        node(ScoringModel::ReadinessId,
             source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "AI potential (readiness)")), "", 1),
        node("readiness.context", source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "Context")),
             ScoringModel::ReadinessId, 0.35),
        node("readiness.capabilities",
             source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "Capabilities")),
             ScoringModel::ReadinessId, 0.5),
        node("readiness.challenges", source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "Challenges")),
             ScoringModel::ReadinessId, 0.15),
        node(ScoringModel::RiskId, source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "Risk")), "", 1),
        node("risk.consequences", source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "Consequences")),
             ScoringModel::RiskId, 0.5),
        node("risk.challenges", source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "Challenges")),
             ScoringModel::RiskId, 0.3),
        node("risk.regulation", source(QT_TRANSLATE_NOOP("Gtm::DefaultModel", "Regulation")),
             ScoringModel::RiskId, 0.2),
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
