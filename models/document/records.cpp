#include "records.h"

#include "domain/language.h"
#include "domain/names.h"
#include "domain/numbers.h"
#include "domain/workspace.h"
#include "scoring/compiledmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Gtm {

bool isOptional(FieldType type)
{
    switch (type) {
    case FieldType::OptionalNumber:
    case FieldType::OptionalEnum:
    case FieldType::OptionalInteger:
    case FieldType::OptionalBoolean:
        return true;
    default:
        return false;
    }
}

} // namespace Gtm

namespace Gtm::Records {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::Records)
};

struct FieldInfo
{
    const char *name;
    FieldType type;
    bool editable = true;
};

// clang-format off
const FieldInfo productFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Product name"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Pitch"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "AI category"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Custom category"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Modality"), FieldType::Enum}};
const FieldInfo planFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Target market"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Pricing model"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Pricing rationale"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Go first: target quarter"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Next: target quarter"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Prepare: target quarter"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "People asked for"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Budget beyond marketing (USD)"), FieldType::OptionalNumber},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Decisions needed"), FieldType::LongText}};
const FieldInfo valueDriverFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Value driver"), FieldType::Enum, false},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Strength"), FieldType::Integer},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Framing"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Evidence"), FieldType::Text}};
const FieldInfo personaFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Role"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Buying committee"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Goals"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Objections"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Must be able to explain"), FieldType::Text}};
const FieldInfo pricePointFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Tier"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Price (USD)"), FieldType::OptionalNumber},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Unit"), FieldType::Text}};
const FieldInfo marketingFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Title"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Kind"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Timing"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Budget (USD)"), FieldType::OptionalNumber},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Notes"), FieldType::Text}};
const FieldInfo channelFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Kind"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Name"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Revenue share (%)"), FieldType::OptionalNumber},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Notes"), FieldType::Text}};
const FieldInfo verticalFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Name"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Description"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Context notes"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Capabilities notes"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Consequences notes"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Who wins"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Who must reinvent themselves"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Safeguards and mitigations"), FieldType::LongText}};
const FieldInfo challengeFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Problem"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Stakeholder"), FieldType::OptionalEnum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Framing"), FieldType::OptionalEnum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Explainability need"), FieldType::OptionalInteger},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Technology first"), FieldType::OptionalBoolean},
    {QT_TRANSLATE_NOOP("Gtm::Records", "POC (months)"), FieldType::OptionalNumber}};
const FieldInfo customIndicatorFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Id"), FieldType::Id, false},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Name"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Unit"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Minimum"), FieldType::OptionalNumber},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Maximum"), FieldType::OptionalNumber},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Description"), FieldType::Text}};
const FieldInfo modelSettingsFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Model name"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Description"), FieldType::LongText},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Missing values"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Readiness threshold"), FieldType::Number},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Risk threshold"), FieldType::Number},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Minimum coverage (%)"), FieldType::Number},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Robust share (%)"), FieldType::Number},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Go first at most"), FieldType::Integer}};
const FieldInfo scenarioFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Scenario name"), FieldType::Text}};
const FieldInfo modelNodeFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Id"), FieldType::Id},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Name"), FieldType::Text},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Parent"), FieldType::Id},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Weight"), FieldType::Number},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Aggregation"), FieldType::Enum}};
const FieldInfo modelIndicatorFields[] = {
    {QT_TRANSLATE_NOOP("Gtm::Records", "Indicator"), FieldType::Id},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Parent"), FieldType::Id},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Weight"), FieldType::Number},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Polarity"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Normalisation"), FieldType::Enum},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Goalpost low"), FieldType::OptionalNumber},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Goalpost high"), FieldType::OptionalNumber},
    {QT_TRANSLATE_NOOP("Gtm::Records", "Log transform"), FieldType::Boolean}};
// clang-format on

template<size_t N>
std::pair<const FieldInfo *, int> table(const FieldInfo (&fields)[N])
{
    return {fields, int(N)};
}

std::pair<const FieldInfo *, int> fieldsOf(Record record)
{
    switch (record) {
    case Record::Product:
        return table(productFields);
    case Record::Plan:
        return table(planFields);
    case Record::ValueDriver:
        return table(valueDriverFields);
    case Record::Persona:
        return table(personaFields);
    case Record::PricePoint:
        return table(pricePointFields);
    case Record::MarketingItem:
        return table(marketingFields);
    case Record::Channel:
        return table(channelFields);
    case Record::Vertical:
        return table(verticalFields);
    case Record::Challenge:
        return table(challengeFields);
    case Record::CustomIndicator:
        return table(customIndicatorFields);
    case Record::ModelSettings:
        return table(modelSettingsFields);
    case Record::ModelNode:
        return table(modelNodeFields);
    case Record::ModelIndicator:
        return table(modelIndicatorFields);
    case Record::Scenario:
        return table(scenarioFields);
    }
    return {nullptr, 0};
}

template<typename E>
QList<std::pair<int, QString>> choicesOf()
{
    QList<std::pair<int, QString>> choices;
    for (E value : enumValues<E>())
        choices.append({int(value), enumDisplayName(value)});
    return choices;
}

bool isUnset(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optional(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

template<typename E>
QVariant optionalEnum(const std::optional<E> &value)
{
    return value ? QVariant(int(*value)) : QVariant();
}

std::optional<double> toOptional(const QVariant &value)
{
    if (isUnset(value))
        return std::nullopt;
    return value.toDouble();
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (isUnset(value))
        return std::nullopt;
    return value.toInt();
}

std::optional<bool> toOptionalBool(const QVariant &value)
{
    if (isUnset(value))
        return std::nullopt;
    return value.toBool();
}

template<typename E>
std::optional<E> toOptionalEnum(const QVariant &value)
{
    if (isUnset(value))
        return std::nullopt;
    return E(value.toInt());
}

const QList<Challenge> &challengesOf(const Workspace &workspace, VerticalId vertical)
{
    static const QList<Challenge> none;
    const Vertical *v = workspace.vertical(vertical);
    return v ? v->challenges : none;
}

QList<Challenge> *challengesOf(Workspace &workspace, VerticalId vertical)
{
    Vertical *v = workspace.vertical(vertical);
    return v ? &v->challenges : nullptr;
}

/**
 * A value handed to the document: a double, or a string in the C form ("3.5") as setValue()
 * reads it. Text the user typed is read in the user's locale before it gets here, by the item
 * models (Numbers::parse), so that what is checked here is what setValue() stores.
 */
bool isNumber(const QVariant &value, double *out)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return false;
    *out = d;
    return true;
}

QString rangeMessage(Record record, int field, double low, double high)
{
    return Text::tr("%1 must be %2 to %3.")
        .arg(fieldName(record, field), Language::locale().toString(low),
             Language::locale().toString(high));
}

/** Checks an optional number in [low, high] (use ±infinity for no bound). */
QString checkOptional(Record record, int field, const QVariant &value, double low, double high)
{
    if (isUnset(value))
        return {};
    double d = 0;
    if (!isNumber(value, &d))
        return Text::tr("%1 must be a number.").arg(fieldName(record, field));
    if (d < low || d > high) {
        if (std::isinf(high))
            return Text::tr("%1 must be %2 or more.")
                .arg(fieldName(record, field), Language::locale().toString(low));
        return rangeMessage(record, field, low, high);
    }
    return {};
}

QString checkWholeNumber(Record record, int field, const QVariant &value, int low, int high)
{
    double d = 0;
    if (!isNumber(value, &d) || d != std::floor(d) || d < low || d > high)
        return Text::tr("%1 must be a whole number from %2 to %3.")
            .arg(fieldName(record, field), QString::number(low), QString::number(high));
    return {};
}

template<typename E>
QString checkEnum(Record record, int field, const QVariant &value)
{
    bool ok = false;
    const int i = value.toInt(&ok);
    if (!ok || !enumValues<E>().contains(E(i)))
        return Text::tr("%1: unknown choice.").arg(fieldName(record, field));
    return {};
}

/** The first problem of the model `changed` that `workspace`'s model did not have, if any:
 *  the workspace's own model, or scenario `scenario`'s. */
QString newModelProblem(const Workspace &workspace, const Workspace &changed, qint64 scenario)
{
    const QSet<QString> known = knownIndicatorIds(workspace.customIndicators);
    const QStringList required {QString::fromLatin1(ScoringModel::ReadinessId),
                                QString::fromLatin1(ScoringModel::RiskId)};
    QStringList before;
    QStringList after;
    CompiledModel::compile(modelOf(workspace, scenario), known, required, nullptr, &before);
    CompiledModel::compile(modelOf(changed, scenario), known, required, nullptr, &after);
    for (const QString &problem : std::as_const(after)) {
        // An empty dimension is a normal step while building a model; everything else is not.
        if (!before.contains(problem) && !problem.contains(QLatin1String("has nothing below it")))
            return problem;
    }
    return {};
}

/** Applies the edit to a copy and returns the first model problem it adds, if any. */
QString checkModelEdit(const Workspace &workspace, const FieldRef &ref, const QVariant &value)
{
    Workspace copy = workspace;
    setValue(copy, ref, value);
    return newModelProblem(workspace, copy, ref.vertical);
}

} // namespace

const ScoringModel &modelOf(const Workspace &workspace, qint64 scenario)
{
    if (scenario == 0)
        return workspace.model;
    const int index = workspace.indexOfScenario(scenario);
    if (index >= 0)
        return workspace.scenarios.at(index).model;
    static const ScoringModel none = [] {
        ScoringModel empty;
        empty.nodes.clear();
        empty.indicators.clear();
        return empty;
    }();
    return none;
}

ScoringModel &modelOf(Workspace &workspace, qint64 scenario)
{
    const int index = workspace.indexOfScenario(scenario);
    Q_ASSERT(scenario == 0 || index >= 0); // callers check hasModel() (through count()) first
    return scenario == 0 || index < 0 ? workspace.model : workspace.scenarios[index].model;
}

bool hasModel(const Workspace &workspace, qint64 scenario)
{
    return scenario == 0 || workspace.indexOfScenario(scenario) >= 0;
}

namespace {

/** A scoring model record addressed to a scenario that is not there (never the workspace's
 *  model instead). */
bool ownerMissing(const Workspace &workspace, Record record, VerticalId owner)
{
    const bool modelRecord = record == Record::ModelSettings || record == Record::ModelNode
        || record == Record::ModelIndicator;
    return modelRecord && !hasModel(workspace, owner);
}

} // namespace

int fieldCount(Record record)
{
    return fieldsOf(record).second;
}

FieldType fieldType(Record record, int field)
{
    const auto [fields, count] = fieldsOf(record);
    return field >= 0 && field < count ? fields[field].type : FieldType::Text;
}

QString fieldName(Record record, int field)
{
    const auto [fields, count] = fieldsOf(record);
    return field >= 0 && field < count
        ? QCoreApplication::translate("Gtm::Records", fields[field].name)
        : QString();
}

bool isEditable(Record record, int field)
{
    const auto [fields, count] = fieldsOf(record);
    return field >= 0 && field < count && fields[field].editable;
}

QList<std::pair<int, QString>> enumChoices(Record record, int field)
{
    switch (record) {
    case Record::Product:
        return field == ProductField::Category ? choicesOf<AiCategory>() : choicesOf<Modality>();
    case Record::Plan:
        return choicesOf<PricingModel>();
    case Record::ValueDriver:
        return field == ValueDriverField::Kind ? choicesOf<ValueDriverKind>()
                                               : choicesOf<Framing>();
    case Record::Persona:
        return choicesOf<CommitteeRole>();
    case Record::MarketingItem:
        return choicesOf<MarketingKind>();
    case Record::Channel:
        return choicesOf<ChannelKind>();
    case Record::Challenge:
        return field == ChallengeField::Stakeholder ? choicesOf<CommitteeRole>()
                                                    : choicesOf<Framing>();
    case Record::ModelSettings:
        return choicesOf<MissingPolicy>();
    case Record::ModelNode:
        return choicesOf<Aggregation>();
    case Record::ModelIndicator:
        return field == ModelIndicatorField::Polarity ? choicesOf<Polarity>()
                                                      : choicesOf<Normalisation>();
    default:
        return {};
    }
}

bool isList(Record record)
{
    switch (record) {
    case Record::Persona:
    case Record::PricePoint:
    case Record::MarketingItem:
    case Record::Channel:
    case Record::Challenge:
    case Record::CustomIndicator:
    case Record::ModelNode:
    case Record::ModelIndicator:
    case Record::Scenario:
        return true;
    default:
        return false;
    }
}

int count(const Workspace &w, Record record, VerticalId vertical)
{
    switch (record) {
    case Record::Product:
    case Record::Plan:
        return 1;
    case Record::ModelSettings:
        return hasModel(w, vertical) ? 1 : 0;
    case Record::Scenario:
        return int(w.scenarios.size());
    case Record::ValueDriver:
        return GtmPlan::ValueDriverCount;
    case Record::Persona:
        return int(w.plan.personas.size());
    case Record::PricePoint:
        return int(w.plan.pricing.pricePoints.size());
    case Record::MarketingItem:
        return int(w.plan.marketing.size());
    case Record::Channel:
        return int(w.plan.channels.size());
    case Record::Vertical:
        return int(w.verticals.size());
    case Record::Challenge:
        return int(challengesOf(w, vertical).size());
    case Record::CustomIndicator:
        return int(w.customIndicators.size());
    case Record::ModelNode:
        return int(modelOf(w, vertical).nodes.size());
    case Record::ModelIndicator:
        return int(modelOf(w, vertical).indicators.size());
    }
    return 0;
}

QVariant value(const Workspace &w, const FieldRef &ref)
{
    if (ref.row < 0 || ref.row >= count(w, ref.record, ref.vertical))
        return {};
    const int r = ref.row;
    switch (ref.record) {
    case Record::Product:
        switch (ref.field) {
        case ProductField::Name:
            return w.product.name;
        case ProductField::Pitch:
            return w.product.pitch;
        case ProductField::Category:
            return int(w.product.category);
        case ProductField::CustomCategory:
            return w.product.customCategory;
        case ProductField::Modality:
            return int(w.product.modality);
        }
        break;
    case Record::Plan:
        switch (ref.field) {
        case PlanField::TargetMarket:
            return w.plan.targetMarket;
        case PlanField::PricingModel:
            return int(w.plan.pricing.model);
        case PlanField::PricingRationale:
            return w.plan.pricing.rationale;
        case PlanField::GoFirstQuarter:
            return w.plan.targetQuarters.goFirst;
        case PlanField::NextQuarter:
            return w.plan.targetQuarters.next;
        case PlanField::PrepareQuarter:
            return w.plan.targetQuarters.prepare;
        case PlanField::AskPeople:
            return w.plan.asks.people;
        case PlanField::AskBudget:
            return optional(w.plan.asks.budgetUsd);
        case PlanField::AskDecisions:
            return w.plan.asks.decisions;
        }
        break;
    case Record::ValueDriver: {
        const ValueDriver &d = w.plan.valueDrivers[size_t(r)];
        switch (ref.field) {
        case ValueDriverField::Kind:
            return int(d.kind);
        case ValueDriverField::Strength:
            return d.strength;
        case ValueDriverField::Framing:
            return int(d.framing);
        case ValueDriverField::Evidence:
            return d.evidence;
        }
        break;
    }
    case Record::Persona: {
        const BuyerPersona &p = w.plan.personas.at(r);
        switch (ref.field) {
        case PersonaField::Role:
            return p.role;
        case PersonaField::CommitteeRole:
            return int(p.committeeRole);
        case PersonaField::Goals:
            return p.goals;
        case PersonaField::Objections:
            return p.objections;
        case PersonaField::MustExplain:
            return p.mustExplain;
        }
        break;
    }
    case Record::PricePoint: {
        const PricePoint &p = w.plan.pricing.pricePoints.at(r);
        switch (ref.field) {
        case PricePointField::Tier:
            return p.tier;
        case PricePointField::Price:
            return optional(p.price);
        case PricePointField::Unit:
            return p.unit;
        }
        break;
    }
    case Record::MarketingItem: {
        const MarketingItem &m = w.plan.marketing.at(r);
        switch (ref.field) {
        case MarketingField::Title:
            return m.title;
        case MarketingField::Kind:
            return int(m.kind);
        case MarketingField::Timing:
            return m.timing;
        case MarketingField::Budget:
            return optional(m.budget);
        case MarketingField::Notes:
            return m.notes;
        }
        break;
    }
    case Record::Channel: {
        const Channel &c = w.plan.channels.at(r);
        switch (ref.field) {
        case ChannelField::Kind:
            return int(c.kind);
        case ChannelField::Name:
            return c.name;
        case ChannelField::RevenueShare:
            return optional(c.revenueSharePct);
        case ChannelField::Notes:
            return c.notes;
        }
        break;
    }
    case Record::Vertical: {
        const Vertical &v = w.verticals.at(r);
        switch (ref.field) {
        case VerticalField::Name:
            return v.name;
        case VerticalField::Description:
            return v.description;
        case VerticalField::ContextNotes:
            return v.contextNotes;
        case VerticalField::CapabilitiesNotes:
            return v.capabilitiesNotes;
        case VerticalField::ConsequencesNotes:
            return v.consequencesNotes;
        case VerticalField::Winners:
            return v.winners;
        case VerticalField::Losers:
            return v.losers;
        case VerticalField::Safeguards:
            return v.safeguards;
        }
        break;
    }
    case Record::Challenge: {
        const Challenge &c = challengesOf(w, ref.vertical).at(r);
        switch (ref.field) {
        case ChallengeField::Problem:
            return c.problem;
        case ChallengeField::Stakeholder:
            return optionalEnum(c.stakeholder);
        case ChallengeField::Framing:
            return optionalEnum(c.framing);
        case ChallengeField::ExplainabilityNeed:
            return optional(c.explainabilityNeed);
        case ChallengeField::TechnologyFirst:
            return optional(c.technologyFirst);
        case ChallengeField::PocMonths:
            return optional(c.pocMonths);
        }
        break;
    }
    case Record::CustomIndicator: {
        const IndicatorDefinition &d = w.customIndicators.at(r);
        switch (ref.field) {
        case CustomIndicatorField::Id:
            return d.id;
        case CustomIndicatorField::Name:
            return d.name;
        case CustomIndicatorField::Unit:
            return d.unit;
        case CustomIndicatorField::Minimum:
            return optional(d.minimum);
        case CustomIndicatorField::Maximum:
            return optional(d.maximum);
        case CustomIndicatorField::Description:
            return d.description;
        }
        break;
    }
    case Record::ModelSettings:
        switch (ref.field) {
        case ModelSettingsField::Name:
            return modelOf(w, ref.vertical).name;
        case ModelSettingsField::Description:
            return modelOf(w, ref.vertical).description;
        case ModelSettingsField::MissingPolicy:
            return int(modelOf(w, ref.vertical).missingPolicy);
        case ModelSettingsField::ReadinessThreshold:
            return modelOf(w, ref.vertical).readinessThreshold;
        case ModelSettingsField::RiskThreshold:
            return modelOf(w, ref.vertical).riskThreshold;
        case ModelSettingsField::MinimumCoverage:
            return modelOf(w, ref.vertical).recommendation.minimumCoverage;
        case ModelSettingsField::RobustShare:
            return modelOf(w, ref.vertical).recommendation.robustShare;
        case ModelSettingsField::GoFirstMax:
            return modelOf(w, ref.vertical).recommendation.goFirstMax;
        }
        break;
    case Record::Scenario:
        return w.scenarios.at(r).name;
    case Record::ModelNode: {
        const ModelNode &n = modelOf(w, ref.vertical).nodes.at(r);
        switch (ref.field) {
        case ModelNodeField::Id:
            return n.id;
        case ModelNodeField::Name:
            return n.name;
        case ModelNodeField::Parent:
            return n.parent;
        case ModelNodeField::Weight:
            return n.weight;
        case ModelNodeField::Aggregation:
            return int(n.aggregation);
        }
        break;
    }
    case Record::ModelIndicator: {
        const ModelIndicator &i = modelOf(w, ref.vertical).indicators.at(r);
        switch (ref.field) {
        case ModelIndicatorField::Indicator:
            return i.indicatorId;
        case ModelIndicatorField::Parent:
            return i.parent;
        case ModelIndicatorField::Weight:
            return i.weight;
        case ModelIndicatorField::Polarity:
            return int(i.polarity);
        case ModelIndicatorField::Normalisation:
            return int(i.normalisation);
        case ModelIndicatorField::GoalpostLow:
            return optional(i.goalpostLow);
        case ModelIndicatorField::GoalpostHigh:
            return optional(i.goalpostHigh);
        case ModelIndicatorField::LogTransform:
            return i.logTransform;
        }
        break;
    }
    }
    return {};
}

namespace {

/** Names a program writes into a workspace in English and shows in the user's language. */
bool isProgramName(const FieldRef &ref)
{
    return (ref.record == Record::ModelSettings && ref.field == ModelSettingsField::Name)
        || (ref.record == Record::ModelNode && ref.field == ModelNodeField::Name);
}

} // namespace

QVariant shownValue(const Workspace &workspace, const FieldRef &ref)
{
    const QVariant v = value(workspace, ref);
    return isProgramName(ref) && v.typeId() == QMetaType::QString
        ? QVariant(localizedName(v.toString()))
        : v;
}

bool isShownValue(const Workspace &workspace, const FieldRef &ref, const QVariant &value)
{
    return isProgramName(ref) && value.typeId() == QMetaType::QString
        && value.toString() == shownValue(workspace, ref).toString()
        && value.toString() != Records::value(workspace, ref).toString();
}

int shortenTexts(Workspace &workspace, int textLimit, int longTextLimit)
{
    int shortened = 0;
    const auto shorten = [&](const FieldRef &ref) {
        const FieldType type = fieldType(ref.record, ref.field);
        if (type != FieldType::Text && type != FieldType::LongText)
            return;
        const QString text = value(workspace, ref).toString();
        const int limit = type == FieldType::Text ? textLimit : longTextLimit;
        if (text.size() <= limit)
            return;
        // Not inside a surrogate pair.
        int cut = std::max(1, limit - 1);
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        QString kept = text.left(cut) + QChar(0x2026);
        if (type == FieldType::LongText)
            kept += QLatin1Char(' ')
                + Text::tr("(%n more characters)", nullptr, int(text.size()) - cut);
        setValue(workspace, ref, kept);
        ++shortened;
    };
    const auto all = [&](Record record, VerticalId owner) {
        const int rows = count(workspace, record, owner);
        for (int row = 0; row < rows; ++row) {
            for (int field = 0; field < fieldCount(record); ++field)
                shorten(FieldRef {record, owner, row, field});
        }
    };
    for (Record record :
         {Record::Product, Record::Plan, Record::ValueDriver, Record::Persona, Record::PricePoint,
          Record::MarketingItem, Record::Channel, Record::Vertical, Record::CustomIndicator,
          Record::ModelSettings, Record::ModelNode})
        all(record, 0);
    for (const Vertical &vertical : workspace.verticals)
        all(Record::Challenge, vertical.id);
    return shortened;
}

QString displayText(const Workspace &workspace, const FieldRef &ref)
{
    const QVariant v = value(workspace, ref);
    if (isUnset(v))
        return {};
    switch (fieldType(ref.record, ref.field)) {
    case FieldType::Enum:
    case FieldType::OptionalEnum: {
        for (const auto &[key, name] : enumChoices(ref.record, ref.field)) {
            if (key == v.toInt())
                return name;
        }
        return {};
    }
    case FieldType::Number:
    case FieldType::OptionalNumber:
        // Prices and budgets under a "(USD)" heading: 18 万 in Chinese, 180,000 elsewhere.
        if ((ref.record == Record::PricePoint && ref.field == PricePointField::Price)
            || (ref.record == Record::MarketingItem && ref.field == MarketingField::Budget)
            || (ref.record == Record::Plan && ref.field == PlanField::AskBudget))
            return Amounts::figure(v.toDouble(), Amounts::Unit::Usd, Language::locale());
        return Numbers::format(v.toDouble(), Language::locale());
    case FieldType::Integer:
    case FieldType::OptionalInteger:
        return QString::number(v.toInt());
    case FieldType::Boolean:
    case FieldType::OptionalBoolean:
        return yesNo(v.toBool());
    default:
        return isProgramName(ref) ? localizedName(v.toString()) : v.toString();
    }
}

QString yesNo(bool value)
{
    return value ? Text::tr("Yes") : Text::tr("No");
}

QString check(const Workspace &w, const FieldRef &ref, const QVariant &value)
{
    if (ref.row < 0 || ref.row >= count(w, ref.record, ref.vertical))
        return Text::tr("There is no such row.");
    if (!isEditable(ref.record, ref.field))
        return Text::tr("%1 cannot be changed.").arg(fieldName(ref.record, ref.field));
    const Record record = ref.record;
    const int field = ref.field;
    constexpr double Infinity = std::numeric_limits<double>::infinity();
    switch (record) {
    case Record::Product:
        if (field == ProductField::Category)
            return checkEnum<AiCategory>(record, field, value);
        if (field == ProductField::Modality)
            return checkEnum<Modality>(record, field, value);
        return {};
    case Record::Plan:
        if (field == PlanField::PricingModel)
            return checkEnum<PricingModel>(record, field, value);
        if (field == PlanField::AskBudget)
            return checkOptional(record, field, value, 0, Infinity);
        return {};
    case Record::ValueDriver:
        if (field == ValueDriverField::Strength)
            return checkWholeNumber(record, field, value, 0, ValueDriver::MaximumStrength);
        if (field == ValueDriverField::Framing)
            return checkEnum<Framing>(record, field, value);
        return {};
    case Record::Persona:
        return field == PersonaField::CommitteeRole ? checkEnum<CommitteeRole>(record, field, value)
                                                    : QString();
    case Record::PricePoint:
        return field == PricePointField::Price ? checkOptional(record, field, value, 0, Infinity)
                                               : QString();
    case Record::MarketingItem:
        if (field == MarketingField::Kind)
            return checkEnum<MarketingKind>(record, field, value);
        if (field == MarketingField::Budget)
            return checkOptional(record, field, value, 0, Infinity);
        return {};
    case Record::Channel:
        if (field == ChannelField::Kind)
            return checkEnum<ChannelKind>(record, field, value);
        if (field == ChannelField::RevenueShare)
            return checkOptional(record, field, value, 0, 100);
        return {};
    case Record::Vertical:
        if (field == VerticalField::Name) {
            const QString name = Names::clean(value.toString());
            if (name.isEmpty())
                return Text::tr("A vertical needs a name.");
            if (const QString problem = Names::problem(name); !problem.isEmpty())
                return Text::tr("The name cannot be used: %1.").arg(problem);
            const int other = w.indexOfVerticalNamed(name);
            if (other >= 0 && other != ref.row)
                return Text::tr("There is already a vertical named \"%1\".").arg(name);
        }
        return {};
    case Record::Challenge:
        // Every field but the problem may be cleared back to unset.
        if (field != ChallengeField::Problem && isUnset(value))
            return {};
        switch (field) {
        case ChallengeField::Stakeholder:
            return checkEnum<CommitteeRole>(record, field, value);
        case ChallengeField::Framing:
            return checkEnum<Framing>(record, field, value);
        case ChallengeField::ExplainabilityNeed:
            return checkWholeNumber(record, field, value, 0, Challenge::MaximumExplainabilityNeed);
        case ChallengeField::PocMonths:
            return checkOptional(record, field, value, 0, Challenge::MaximumPocMonths);
        default:
            return {};
        }
    case Record::CustomIndicator: {
        if (field == CustomIndicatorField::Name && value.toString().trimmed().isEmpty())
            return Text::tr("An indicator needs a name.");
        if (field == CustomIndicatorField::Name) {
            if (const QString problem = Names::problem(value.toString()); !problem.isEmpty())
                return Text::tr("The name cannot be used: %1.").arg(problem);
            for (const IndicatorDefinition &builtIn : builtInIndicators()) {
                if (Names::key(builtIn.name) == Names::key(value.toString()))
                    return Text::tr("\"%1\" is a built-in indicator's name; give it another.")
                        .arg(Names::clean(value.toString()));
            }
        }
        if (field != CustomIndicatorField::Minimum && field != CustomIndicatorField::Maximum)
            return {};
        const QString problem = checkOptional(record, field, value, -Infinity, Infinity);
        if (!problem.isEmpty())
            return problem;
        IndicatorDefinition d = w.customIndicators.at(ref.row);
        (field == CustomIndicatorField::Minimum ? d.minimum : d.maximum) = toOptional(value);
        if (d.minimum && d.maximum && *d.minimum >= *d.maximum)
            return Text::tr("The minimum must be below the maximum.");
        for (const Vertical &v : w.verticals) {
            const auto it = v.values.constFind(d.id);
            if (it != v.values.constEnd() && !d.accepts(it->value))
                return Text::tr("%1 of \"%2\" is %3, outside that range.")
                    .arg(d.name, v.name, Language::locale().toString(it->value));
        }
        return {};
    }
    case Record::ModelSettings:
        if (field == ModelSettingsField::MissingPolicy)
            return checkEnum<MissingPolicy>(record, field, value);
        if (field == ModelSettingsField::ReadinessThreshold
            || field == ModelSettingsField::RiskThreshold
            || field == ModelSettingsField::MinimumCoverage
            || field == ModelSettingsField::RobustShare) {
            double d = 0;
            if (!isNumber(value, &d) || d < 0 || d > 100)
                return rangeMessage(record, field, 0, 100);
        }
        if (field == ModelSettingsField::GoFirstMax)
            return checkWholeNumber(record, field, value, 1,
                                    RecommendationSettings::MaximumGoFirst);
        return {};
    case Record::Scenario: {
        const QString name = Names::clean(value.toString());
        if (name.isEmpty())
            return Text::tr("A scenario needs a name.");
        if (const QString problem = Names::problem(name); !problem.isEmpty())
            return Text::tr("The name cannot be used: %1.").arg(problem);
        const int other = w.indexOfScenarioNamed(name);
        if (other >= 0 && other != ref.row)
            return Text::tr("There is already a scenario named \"%1\".").arg(name);
        return {};
    }
    case Record::ModelNode:
    case Record::ModelIndicator: {
        if ((record == Record::ModelNode && field == ModelNodeField::Aggregation))
            return checkEnum<Aggregation>(record, field, value);
        if (record == Record::ModelIndicator && field == ModelIndicatorField::Polarity)
            return checkEnum<Polarity>(record, field, value);
        if (record == Record::ModelIndicator && field == ModelIndicatorField::Normalisation)
            return checkEnum<Normalisation>(record, field, value);
        const bool weight = (record == Record::ModelNode && field == ModelNodeField::Weight)
            || (record == Record::ModelIndicator && field == ModelIndicatorField::Weight);
        if (weight) {
            double d = 0;
            if (!isNumber(value, &d) || d < 0)
                return Text::tr("A weight must be a number, zero or more.");
        }
        if (record == Record::ModelIndicator
            && (field == ModelIndicatorField::GoalpostLow
                || field == ModelIndicatorField::GoalpostHigh)) {
            const QString problem = checkOptional(record, field, value, -Infinity, Infinity);
            if (!problem.isEmpty())
                return problem;
        }
        return checkModelEdit(w, ref, value);
    }
    }
    return {};
}

void setValue(Workspace &w, const FieldRef &ref, const QVariant &value)
{
    if (ref.row < 0 || ref.row >= count(w, ref.record, ref.vertical))
        return;
    const int r = ref.row;
    const QString text = value.toString();
    const int number = value.toInt();
    switch (ref.record) {
    case Record::Product:
        switch (ref.field) {
        case ProductField::Name:
            w.product.name = text;
            break;
        case ProductField::Pitch:
            w.product.pitch = text;
            break;
        case ProductField::Category:
            w.product.category = AiCategory(number);
            break;
        case ProductField::CustomCategory:
            w.product.customCategory = text;
            break;
        case ProductField::Modality:
            w.product.modality = Modality(number);
            break;
        }
        break;
    case Record::Plan:
        switch (ref.field) {
        case PlanField::TargetMarket:
            w.plan.targetMarket = text;
            break;
        case PlanField::PricingModel:
            w.plan.pricing.model = PricingModel(number);
            break;
        case PlanField::PricingRationale:
            w.plan.pricing.rationale = text;
            break;
        case PlanField::GoFirstQuarter:
            w.plan.targetQuarters.goFirst = text;
            break;
        case PlanField::NextQuarter:
            w.plan.targetQuarters.next = text;
            break;
        case PlanField::PrepareQuarter:
            w.plan.targetQuarters.prepare = text;
            break;
        case PlanField::AskPeople:
            w.plan.asks.people = text;
            break;
        case PlanField::AskBudget:
            w.plan.asks.budgetUsd = toOptional(value);
            break;
        case PlanField::AskDecisions:
            w.plan.asks.decisions = text;
            break;
        }
        break;
    case Record::ValueDriver: {
        ValueDriver &d = w.plan.valueDrivers[size_t(r)];
        switch (ref.field) {
        case ValueDriverField::Strength:
            d.strength = number;
            break;
        case ValueDriverField::Framing:
            d.framing = Framing(number);
            break;
        case ValueDriverField::Evidence:
            d.evidence = text;
            break;
        }
        break;
    }
    case Record::Persona: {
        BuyerPersona &p = w.plan.personas[r];
        switch (ref.field) {
        case PersonaField::Role:
            p.role = text;
            break;
        case PersonaField::CommitteeRole:
            p.committeeRole = CommitteeRole(number);
            break;
        case PersonaField::Goals:
            p.goals = text;
            break;
        case PersonaField::Objections:
            p.objections = text;
            break;
        case PersonaField::MustExplain:
            p.mustExplain = text;
            break;
        }
        break;
    }
    case Record::PricePoint: {
        PricePoint &p = w.plan.pricing.pricePoints[r];
        switch (ref.field) {
        case PricePointField::Tier:
            p.tier = text;
            break;
        case PricePointField::Price:
            p.price = toOptional(value);
            break;
        case PricePointField::Unit:
            p.unit = text;
            break;
        }
        break;
    }
    case Record::MarketingItem: {
        MarketingItem &m = w.plan.marketing[r];
        switch (ref.field) {
        case MarketingField::Title:
            m.title = text;
            break;
        case MarketingField::Kind:
            m.kind = MarketingKind(number);
            break;
        case MarketingField::Timing:
            m.timing = text;
            break;
        case MarketingField::Budget:
            m.budget = toOptional(value);
            break;
        case MarketingField::Notes:
            m.notes = text;
            break;
        }
        break;
    }
    case Record::Channel: {
        Channel &c = w.plan.channels[r];
        switch (ref.field) {
        case ChannelField::Kind:
            c.kind = ChannelKind(number);
            break;
        case ChannelField::Name:
            c.name = text;
            break;
        case ChannelField::RevenueShare:
            c.revenueSharePct = toOptional(value);
            break;
        case ChannelField::Notes:
            c.notes = text;
            break;
        }
        break;
    }
    case Record::Vertical: {
        Vertical &v = w.verticals[r];
        switch (ref.field) {
        case VerticalField::Name:
            v.name = Names::clean(text);
            break;
        case VerticalField::Description:
            v.description = text;
            break;
        case VerticalField::ContextNotes:
            v.contextNotes = text;
            break;
        case VerticalField::CapabilitiesNotes:
            v.capabilitiesNotes = text;
            break;
        case VerticalField::ConsequencesNotes:
            v.consequencesNotes = text;
            break;
        case VerticalField::Winners:
            v.winners = text;
            break;
        case VerticalField::Losers:
            v.losers = text;
            break;
        case VerticalField::Safeguards:
            v.safeguards = text;
            break;
        }
        break;
    }
    case Record::Challenge: {
        Challenge &c = (*challengesOf(w, ref.vertical))[r];
        switch (ref.field) {
        case ChallengeField::Problem:
            c.problem = text;
            break;
        case ChallengeField::Stakeholder:
            c.stakeholder = toOptionalEnum<CommitteeRole>(value);
            break;
        case ChallengeField::Framing:
            c.framing = toOptionalEnum<Framing>(value);
            break;
        case ChallengeField::ExplainabilityNeed:
            c.explainabilityNeed = toOptionalInt(value);
            break;
        case ChallengeField::TechnologyFirst:
            c.technologyFirst = toOptionalBool(value);
            break;
        case ChallengeField::PocMonths:
            c.pocMonths = toOptional(value);
            break;
        }
        break;
    }
    case Record::CustomIndicator: {
        IndicatorDefinition &d = w.customIndicators[r];
        switch (ref.field) {
        case CustomIndicatorField::Name:
            d.name = Names::clean(text);
            break;
        case CustomIndicatorField::Unit:
            d.unit = text;
            break;
        case CustomIndicatorField::Minimum:
            d.minimum = toOptional(value);
            break;
        case CustomIndicatorField::Maximum:
            d.maximum = toOptional(value);
            break;
        case CustomIndicatorField::Description:
            d.description = text;
            break;
        }
        break;
    }
    case Record::ModelSettings:
        switch (ref.field) {
        case ModelSettingsField::Name:
            modelOf(w, ref.vertical).name = text;
            break;
        case ModelSettingsField::Description:
            modelOf(w, ref.vertical).description = text;
            break;
        case ModelSettingsField::MissingPolicy:
            modelOf(w, ref.vertical).missingPolicy = MissingPolicy(number);
            break;
        case ModelSettingsField::ReadinessThreshold:
            modelOf(w, ref.vertical).readinessThreshold = value.toDouble();
            break;
        case ModelSettingsField::RiskThreshold:
            modelOf(w, ref.vertical).riskThreshold = value.toDouble();
            break;
        case ModelSettingsField::MinimumCoverage:
            modelOf(w, ref.vertical).recommendation.minimumCoverage = value.toDouble();
            break;
        case ModelSettingsField::RobustShare:
            modelOf(w, ref.vertical).recommendation.robustShare = value.toDouble();
            break;
        case ModelSettingsField::GoFirstMax:
            modelOf(w, ref.vertical).recommendation.goFirstMax = number;
            break;
        }
        break;
    case Record::Scenario:
        w.scenarios[r].name = Names::clean(text);
        break;
    case Record::ModelNode: {
        ModelNode &n = modelOf(w, ref.vertical).nodes[r];
        switch (ref.field) {
        case ModelNodeField::Id: {
            // Children follow their parent's new id.
            const QString old = n.id;
            for (ModelNode &child : modelOf(w, ref.vertical).nodes) {
                if (child.parent == old)
                    child.parent = text;
            }
            for (ModelIndicator &child : modelOf(w, ref.vertical).indicators) {
                if (child.parent == old)
                    child.parent = text;
            }
            n.id = text;
            break;
        }
        case ModelNodeField::Name:
            n.name = text;
            break;
        case ModelNodeField::Parent:
            n.parent = text;
            break;
        case ModelNodeField::Weight:
            n.weight = value.toDouble();
            break;
        case ModelNodeField::Aggregation:
            n.aggregation = Aggregation(number);
            break;
        }
        break;
    }
    case Record::ModelIndicator: {
        ModelIndicator &i = modelOf(w, ref.vertical).indicators[r];
        switch (ref.field) {
        case ModelIndicatorField::Indicator:
            i.indicatorId = text;
            break;
        case ModelIndicatorField::Parent:
            i.parent = text;
            break;
        case ModelIndicatorField::Weight:
            i.weight = value.toDouble();
            break;
        case ModelIndicatorField::Polarity:
            i.polarity = Polarity(number);
            break;
        case ModelIndicatorField::Normalisation:
            i.normalisation = Normalisation(number);
            break;
        case ModelIndicatorField::GoalpostLow:
            i.goalpostLow = toOptional(value);
            break;
        case ModelIndicatorField::GoalpostHigh:
            i.goalpostHigh = toOptional(value);
            break;
        case ModelIndicatorField::LogTransform:
            i.logTransform = value.toBool();
            break;
        }
        break;
    }
    }
}

QVariant take(const Workspace &w, Record record, VerticalId vertical, int row)
{
    switch (record) {
    case Record::Persona:
        return QVariant::fromValue(w.plan.personas.at(row));
    case Record::PricePoint:
        return QVariant::fromValue(w.plan.pricing.pricePoints.at(row));
    case Record::MarketingItem:
        return QVariant::fromValue(w.plan.marketing.at(row));
    case Record::Channel:
        return QVariant::fromValue(w.plan.channels.at(row));
    case Record::Challenge:
        return QVariant::fromValue(challengesOf(w, vertical).at(row));
    case Record::CustomIndicator:
        return QVariant::fromValue(w.customIndicators.at(row));
    case Record::Scenario:
        return QVariant::fromValue(w.scenarios.at(row));
    case Record::ModelNode:
        return QVariant::fromValue(modelOf(w, vertical).nodes.at(row));
    case Record::ModelIndicator:
        return QVariant::fromValue(modelOf(w, vertical).indicators.at(row));
    default:
        return {};
    }
}

QVariant makeNew(const Workspace &w, Record record, VerticalId vertical)
{
    switch (record) {
    case Record::Persona:
        return QVariant::fromValue(
            BuyerPersona {Text::tr("New persona"), CommitteeRole::EndUser, {}, {}, {}});
    case Record::PricePoint:
        return QVariant::fromValue(
            PricePoint {Text::tr("New tier"), std::nullopt, Text::tr("per user per month")});
    case Record::MarketingItem:
        return QVariant::fromValue(
            MarketingItem {Text::tr("New activity"), MarketingKind::Content, {}, std::nullopt, {}});
    case Record::Channel:
        return QVariant::fromValue(
            Channel {ChannelKind::Direct, Text::tr("New channel"), std::nullopt, {}});
    case Record::Challenge: {
        // Only the problem: a row that is not data yet must not move any score.
        Challenge c;
        c.problem = Text::tr("New challenge");
        return QVariant::fromValue(c);
    }
    case Record::CustomIndicator: {
        IndicatorDefinition d;
        d.name = Text::tr("New indicator");
        d.id = customIndicatorId(d.name);
        for (int n = 2; w.indicator(d.id); ++n)
            d.id = customIndicatorId(QStringLiteral("%1 %2").arg(d.name).arg(n));
        return QVariant::fromValue(d);
    }
    case Record::Scenario: {
        // A copy of the model shown (`vertical`: the scenario's id, or 0 for the workspace's),
        // under a name no scenario has, with an id none has.
        Scenario scenario;
        scenario.model = modelOf(w, vertical);
        scenario.name = Text::tr("Scenario %1").arg(w.scenarios.size() + 1);
        for (int n = int(w.scenarios.size()) + 2; w.indexOfScenarioNamed(scenario.name) >= 0; ++n)
            scenario.name = Text::tr("Scenario %1").arg(n);
        scenario.id = w.nextScenarioId();
        return QVariant::fromValue(scenario);
    }
    case Record::ModelNode: {
        ModelNode n;
        n.id = QStringLiteral("dimension");
        QSet<QString> ids;
        for (const ModelNode &existing : modelOf(w, vertical).nodes)
            ids.insert(existing.id);
        for (int i = 2; ids.contains(n.id); ++i)
            n.id = QStringLiteral("dimension_%1").arg(i);
        n.name = Text::tr("New dimension");
        n.parent = QString::fromLatin1(ScoringModel::ReadinessId);
        return QVariant::fromValue(n);
    }
    case Record::ModelIndicator: {
        ModelIndicator i;
        i.parent = QString::fromLatin1(ScoringModel::ReadinessId);
        i.goalpostLow = 0;
        i.goalpostHigh = 5;
        return QVariant::fromValue(i);
    }
    default:
        return {};
    }
}

void insert(Workspace &w, Record record, VerticalId vertical, int row, const QVariant &data)
{
    if (ownerMissing(w, record, vertical))
        return;
    switch (record) {
    case Record::Persona:
        w.plan.personas.insert(row, data.value<BuyerPersona>());
        break;
    case Record::PricePoint:
        w.plan.pricing.pricePoints.insert(row, data.value<PricePoint>());
        break;
    case Record::MarketingItem:
        w.plan.marketing.insert(row, data.value<MarketingItem>());
        break;
    case Record::Channel:
        w.plan.channels.insert(row, data.value<Channel>());
        break;
    case Record::Challenge:
        if (QList<Challenge> *list = challengesOf(w, vertical))
            list->insert(row, data.value<Challenge>());
        break;
    case Record::CustomIndicator:
        w.customIndicators.insert(row, data.value<IndicatorDefinition>());
        break;
    case Record::Scenario:
        w.scenarios.insert(row, data.value<Scenario>());
        w.identifyScenarios();
        break;
    case Record::ModelNode:
        modelOf(w, vertical).nodes.insert(row, data.value<ModelNode>());
        break;
    case Record::ModelIndicator:
        modelOf(w, vertical).indicators.insert(row, data.value<ModelIndicator>());
        break;
    default:
        break;
    }
}

QString checkInsert(const Workspace &workspace, Record record, VerticalId vertical, int row,
                    const QVariant &data)
{
    if (ownerMissing(workspace, record, vertical))
        return Text::tr("There is no such scenario.");
    if (record == Record::Scenario) {
        const Scenario scenario = data.value<Scenario>();
        if (scenario.name.trimmed().isEmpty())
            return Text::tr("A scenario needs a name.");
        if (workspace.indexOfScenarioNamed(scenario.name) >= 0)
            return Text::tr("There is already a scenario named \"%1\".")
                .arg(scenario.name.trimmed());
        return {};
    }
    if (record != Record::ModelNode && record != Record::ModelIndicator)
        return {};
    // A blank indicator row is how the user starts one; it is completed in the editor.
    if (record == Record::ModelIndicator && data.value<ModelIndicator>().indicatorId.isEmpty())
        return {};
    Workspace copy = workspace;
    insert(copy, record, vertical, row, data);
    return newModelProblem(workspace, copy, vertical);
}

void remove(Workspace &w, Record record, VerticalId vertical, int row)
{
    if (ownerMissing(w, record, vertical))
        return;
    switch (record) {
    case Record::Persona:
        w.plan.personas.removeAt(row);
        break;
    case Record::PricePoint:
        w.plan.pricing.pricePoints.removeAt(row);
        break;
    case Record::MarketingItem:
        w.plan.marketing.removeAt(row);
        break;
    case Record::Channel:
        w.plan.channels.removeAt(row);
        break;
    case Record::Challenge:
        if (QList<Challenge> *list = challengesOf(w, vertical))
            list->removeAt(row);
        break;
    case Record::CustomIndicator: {
        const QString id = w.customIndicators.at(row).id;
        for (Vertical &v : w.verticals)
            v.values.remove(id);
        w.customIndicators.removeAt(row);
        break;
    }
    case Record::Scenario:
        w.scenarios.removeAt(row);
        break;
    case Record::ModelNode:
        modelOf(w, vertical).nodes.removeAt(row);
        break;
    case Record::ModelIndicator:
        modelOf(w, vertical).indicators.removeAt(row);
        break;
    default:
        break;
    }
}

void move(Workspace &w, Record record, VerticalId vertical, int from, int to)
{
    const QVariant data = take(w, record, vertical, from);
    if (record == Record::CustomIndicator) {
        // Removing a custom indicator drops its values; moving must not.
        w.customIndicators.move(from, to);
        return;
    }
    remove(w, record, vertical, from);
    insert(w, record, vertical, to, data);
}

} // namespace Gtm::Records
