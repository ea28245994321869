#include "workspacejson.h"

#include "domain/names.h"
#include "domain/workspace.h"
#include "jsonreader.h"
#include "modeljson.h"
#include "scoring/modelcheck.h"
#include "tableimport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace Gtm::WorkspaceJson {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::WorkspaceJson)
};

using JsonWriting::key;
using JsonWriting::optionalJson;
using JsonWriting::optionalKeyJson;

QJsonObject challengeToJson(const Challenge &c)
{
    return {{key("problem"), c.problem},
            {key("stakeholder"), optionalKeyJson(c.stakeholder)},
            {key("framing"), optionalKeyJson(c.framing)},
            {key("explainabilityNeed"), optionalJson(c.explainabilityNeed)},
            {key("technologyFirst"), optionalJson(c.technologyFirst)},
            {key("pocMonths"), optionalJson(c.pocMonths)}};
}

QJsonObject verticalToJson(const Vertical &v)
{
    QJsonObject values;
    for (auto it = v.values.cbegin(); it != v.values.cend(); ++it) {
        if (it->source.isEmpty())
            values.insert(it.key(), it->value);
        else
            values.insert(it.key(),
                          QJsonObject {{key("value"), it->value}, {key("source"), it->source}});
    }
    QJsonArray challenges;
    for (const Challenge &c : v.challenges)
        challenges.append(challengeToJson(c));
    return {{key("name"), v.name},
            {key("description"), v.description},
            {key("contextNotes"), v.contextNotes},
            {key("capabilitiesNotes"), v.capabilitiesNotes},
            {key("consequencesNotes"), v.consequencesNotes},
            {key("winners"), v.winners},
            {key("losers"), v.losers},
            {key("safeguards"), v.safeguards},
            {key("values"), values},
            {key("challenges"), challenges}};
}

constexpr double Unbounded = 1e300;

template<typename T, typename ReadItem>
void readList(JsonReader &reader, const QJsonObject &o, const char *name, const QString &path,
              QList<T> *out, ReadItem readItem)
{
    const auto it = o.find(QLatin1String(name));
    if (it == o.end())
        return;
    const QString listPath = JsonReader::at(path, name);
    QJsonArray array;
    if (!reader.array(*it, listPath, &array))
        return;
    QList<T> items;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        QJsonObject itemObject;
        const QString itemPath = JsonReader::at(listPath, i);
        if (!reader.object(array.at(i), itemPath, &itemObject))
            return;
        T item;
        readItem(itemObject, itemPath, &item);
        items.append(item);
    }
    if (reader.ok())
        *out = items;
}

void readProduct(JsonReader &r, const QJsonObject &o, const QString &path, Product *product)
{
    if (!r.onlyKeys(o, path, {"name", "pitch", "category", "customCategory", "modality"}))
        return;
    r.text(o, "name", path, &product->name);
    r.text(o, "pitch", path, &product->pitch);
    r.enumeration(o, "category", path, &product->category);
    r.text(o, "customCategory", path, &product->customCategory);
    r.enumeration(o, "modality", path, &product->modality);
}

void readPlan(JsonReader &r, const QJsonObject &o, const QString &path, GtmPlan *plan)
{
    if (!r.onlyKeys(o, path,
                    {"targetMarket", "personas", "valueDrivers", "pricing", "marketing", "channels",
                     "targetQuarters", "asks"}))
        return;
    r.text(o, "targetMarket", path, &plan->targetMarket);
    readList(r, o, "personas", path, &plan->personas,
             [&r](const QJsonObject &item, const QString &itemPath, BuyerPersona *persona) {
                 if (!r.onlyKeys(item, itemPath,
                                 {"role", "committeeRole", "goals", "objections", "mustExplain"}))
                     return;
                 r.text(item, "role", itemPath, &persona->role);
                 r.enumeration(item, "committeeRole", itemPath, &persona->committeeRole);
                 r.text(item, "goals", itemPath, &persona->goals);
                 r.text(item, "objections", itemPath, &persona->objections);
                 r.text(item, "mustExplain", itemPath, &persona->mustExplain);
             });

    if (o.contains(QLatin1String("valueDrivers"))) {
        const QString listPath = JsonReader::at(path, "valueDrivers");
        QJsonArray array;
        if (!r.array(o.value(QLatin1String("valueDrivers")), listPath, &array))
            return;
        for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
            const QString itemPath = JsonReader::at(listPath, i);
            QJsonObject item;
            if (!r.object(array.at(i), itemPath, &item)
                || !r.onlyKeys(item, itemPath, {"driver", "strength", "evidence", "framing"}))
                return;
            if (!item.contains(QLatin1String("driver"))) {
                r.fail(itemPath, Text::tr("\"driver\" is missing"));
                return;
            }
            ValueDriverKind kind = ValueDriverKind::Cost;
            r.enumeration(item, "driver", itemPath, &kind);
            ValueDriver &driver = plan->valueDriver(kind);
            r.integer(item, "strength", itemPath, &driver.strength, 0,
                      ValueDriver::MaximumStrength);
            r.text(item, "evidence", itemPath, &driver.evidence);
            r.enumeration(item, "framing", itemPath, &driver.framing);
        }
    }

    if (o.contains(QLatin1String("pricing"))) {
        const QString pricingPath = JsonReader::at(path, "pricing");
        QJsonObject pricing;
        if (!r.object(o.value(QLatin1String("pricing")), pricingPath, &pricing)
            || !r.onlyKeys(pricing, pricingPath, {"model", "rationale", "pricePoints"}))
            return;
        r.enumeration(pricing, "model", pricingPath, &plan->pricing.model);
        r.text(pricing, "rationale", pricingPath, &plan->pricing.rationale);
        readList(r, pricing, "pricePoints", pricingPath, &plan->pricing.pricePoints,
                 [&r](const QJsonObject &item, const QString &itemPath, PricePoint *point) {
                     if (!r.onlyKeys(item, itemPath, {"tier", "price", "unit"}))
                         return;
                     r.text(item, "tier", itemPath, &point->tier);
                     r.number(item, "price", itemPath, &point->price, 0, Unbounded);
                     r.text(item, "unit", itemPath, &point->unit);
                 });
    }

    readList(r, o, "marketing", path, &plan->marketing,
             [&r](const QJsonObject &item, const QString &itemPath, MarketingItem *marketing) {
                 if (!r.onlyKeys(item, itemPath, {"title", "kind", "timing", "budget", "notes"}))
                     return;
                 r.text(item, "title", itemPath, &marketing->title);
                 r.enumeration(item, "kind", itemPath, &marketing->kind);
                 r.text(item, "timing", itemPath, &marketing->timing);
                 r.number(item, "budget", itemPath, &marketing->budget, 0, Unbounded);
                 r.text(item, "notes", itemPath, &marketing->notes);
             });
    readList(r, o, "channels", path, &plan->channels,
             [&r](const QJsonObject &item, const QString &itemPath, Channel *channel) {
                 if (!r.onlyKeys(item, itemPath, {"kind", "name", "revenueSharePct", "notes"}))
                     return;
                 r.enumeration(item, "kind", itemPath, &channel->kind);
                 r.text(item, "name", itemPath, &channel->name);
                 r.number(item, "revenueSharePct", itemPath, &channel->revenueSharePct, 0, 100);
                 r.text(item, "notes", itemPath, &channel->notes);
             });

    if (r.ok() && o.contains(QLatin1String("targetQuarters"))) {
        const QString quartersPath = JsonReader::at(path, "targetQuarters");
        QJsonObject quarters;
        if (!r.object(o.value(QLatin1String("targetQuarters")), quartersPath, &quarters)
            || !r.onlyKeys(quarters, quartersPath, {"goFirst", "next", "prepare"}))
            return;
        r.text(quarters, "goFirst", quartersPath, &plan->targetQuarters.goFirst);
        r.text(quarters, "next", quartersPath, &plan->targetQuarters.next);
        r.text(quarters, "prepare", quartersPath, &plan->targetQuarters.prepare);
    }
    if (r.ok() && o.contains(QLatin1String("asks"))) {
        const QString asksPath = JsonReader::at(path, "asks");
        QJsonObject asks;
        if (!r.object(o.value(QLatin1String("asks")), asksPath, &asks)
            || !r.onlyKeys(asks, asksPath, {"people", "budgetUsd", "decisions"}))
            return;
        r.text(asks, "people", asksPath, &plan->asks.people);
        r.number(asks, "budgetUsd", asksPath, &plan->asks.budgetUsd, 0, Unbounded);
        r.text(asks, "decisions", asksPath, &plan->asks.decisions);
    }
}

void readIndicators(JsonReader &r, const QJsonArray &array, const QString &path,
                    Workspace *workspace, ImportReport *report)
{
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString itemPath = JsonReader::at(path, i);
        QJsonObject item;
        if (!r.object(array.at(i), itemPath, &item)
            || !r.onlyKeys(item, itemPath,
                           {"id", "name", "dimension", "unit", "min", "max", "description",
                            "lowAnchor", "highAnchor"}))
            return;
        IndicatorDefinition definition;
        r.text(item, "id", itemPath, &definition.id);
        if (builtInIndicator(definition.id)) {
            r.fail(JsonReader::at(itemPath, "id"),
                   Text::tr("\"%1\" is a built-in indicator and cannot be redefined")
                       .arg(definition.id));
            return;
        }
        // The prefix keeps custom ids apart from any built-in id a later version adds.
        if (!definition.id.startsWith(QLatin1String("custom."))
            || !isValidIndicatorId(definition.id)) {
            r.fail(
                JsonReader::at(itemPath, "id"),
                Text::tr("\"%1\" is not a valid custom indicator id; use \"custom.\" followed by "
                         "lower-case letters, digits and '_'")
                    .arg(definition.id));
            return;
        }
        auto existing
            = std::find_if(workspace->customIndicators.begin(), workspace->customIndicators.end(),
                           [&](const IndicatorDefinition &d) { return d.id == definition.id; });
        if (existing != workspace->customIndicators.end())
            definition = *existing;
        definition.dimension = Dimension::Custom;
        r.text(item, "name", itemPath, &definition.name);
        r.enumeration(item, "dimension", itemPath, &definition.dimension);
        r.text(item, "unit", itemPath, &definition.unit);
        r.number(item, "min", itemPath, &definition.minimum, -Unbounded, Unbounded);
        r.number(item, "max", itemPath, &definition.maximum, -Unbounded, Unbounded);
        r.text(item, "description", itemPath, &definition.description);
        r.text(item, "lowAnchor", itemPath, &definition.lowAnchor);
        r.text(item, "highAnchor", itemPath, &definition.highAnchor);
        definition.name = Names::clean(definition.name);
        if (definition.name.isEmpty())
            definition.name = definition.id;
        if (const QString problem = Names::problem(definition.name); !problem.isEmpty()) {
            r.fail(JsonReader::at(itemPath, "name"), problem);
            return;
        }
        for (const IndicatorDefinition &builtIn : builtInIndicators()) {
            // It would take the built-in's CSV heading.
            if (Names::key(builtIn.name) == Names::key(definition.name)) {
                r.fail(JsonReader::at(itemPath, "name"),
                       Text::tr("\"%1\" is the name of the built-in indicator %2")
                           .arg(definition.name, builtIn.id));
                return;
            }
        }
        if (definition.minimum && definition.maximum && *definition.minimum > *definition.maximum) {
            r.fail(itemPath, Text::tr("\"min\" is above \"max\""));
            return;
        }
        if (existing != workspace->customIndicators.end()) {
            *existing = definition;
        } else {
            workspace->customIndicators.append(definition);
            if (report)
                report->createdIndicators.append(
                    QStringLiteral("%1 (%2)").arg(definition.id, definition.name));
        }
    }
}

void readValues(JsonReader &r, const QJsonObject &values, const QString &path,
                const Workspace &workspace, Vertical *vertical, ImportReport *report)
{
    for (auto it = values.begin(); it != values.end() && r.ok(); ++it) {
        const QString valuePath = QStringLiteral("%1.\"%2\"").arg(path, it.key());
        const IndicatorDefinition *definition = workspace.indicator(it.key());
        if (!definition) {
            r.fail(valuePath,
                   Text::tr("unknown indicator; define custom indicators under \"indicators\""));
            return;
        }
        if (it->isNull()) {
            if (vertical->values.remove(definition->id) && report)
                ++report->valuesCleared;
            continue;
        }
        IndicatorValue value;
        if (it->isObject()) {
            const QJsonObject object = it->toObject();
            if (!r.onlyKeys(object, valuePath, {"value", "source"}))
                return;
            const QJsonValue number = object.value(QLatin1String("value"));
            if (!number.isDouble()) {
                r.fail(JsonReader::at(valuePath, "value"), Text::tr("expected a number"));
                return;
            }
            value.value = number.toDouble();
            r.text(object, "source", valuePath, &value.source);
        } else if (it->isDouble()) {
            value.value = it->toDouble();
        } else {
            r.fail(valuePath,
                   Text::tr("expected a number, null, or {\"value\": number, \"source\": text}"));
            return;
        }
        if (!definition->accepts(value.value)) {
            r.fail(valuePath,
                   Text::tr("%1 is outside the allowed range (%2)")
                       .arg(value.value)
                       .arg(definition->rangeText()));
            return;
        }
        vertical->values.insert(definition->id, value);
        if (report)
            ++report->valuesSet;
    }
}

void readVertical(JsonReader &r, const QJsonObject &o, const QString &path, bool legacyChallenges,
                  Workspace *workspace, ImportReport *report)
{
    if (!r.onlyKeys(o, path,
                    {"name", "description", "contextNotes", "capabilitiesNotes",
                     "consequencesNotes", "winners", "losers", "safeguards", "values",
                     "challenges"}))
        return;
    QString name;
    r.text(o, "name", path, &name);
    if (name.trimmed().isEmpty()) {
        r.fail(JsonReader::at(path, "name"), Text::tr("every vertical needs a name"));
        return;
    }
    if (const QString problem = Names::problem(name); !problem.isEmpty()) {
        r.fail(JsonReader::at(path, "name"), problem);
        return;
    }
    int index = workspace->indexOfVerticalNamed(name);
    Vertical vertical;
    if (index >= 0)
        vertical = workspace->verticals.at(index);
    if (index < 0)
        vertical.name
            = Names::clean(name); // a matched vertical keeps its spelling, as in CSV imports
    r.text(o, "description", path, &vertical.description);
    r.text(o, "contextNotes", path, &vertical.contextNotes);
    r.text(o, "capabilitiesNotes", path, &vertical.capabilitiesNotes);
    r.text(o, "consequencesNotes", path, &vertical.consequencesNotes);
    r.text(o, "winners", path, &vertical.winners);
    r.text(o, "losers", path, &vertical.losers);
    r.text(o, "safeguards", path, &vertical.safeguards);
    if (o.contains(QLatin1String("values"))) {
        QJsonObject values;
        if (r.object(o.value(QLatin1String("values")), JsonReader::at(path, "values"), &values))
            readValues(r, values, JsonReader::at(path, "values"), *workspace, &vertical, report);
    }
    readList(r, o, "challenges", path, &vertical.challenges,
             [&r, legacyChallenges](const QJsonObject &item, const QString &itemPath,
                                    Challenge *challenge) {
                 if (!r.onlyKeys(item, itemPath,
                                 {"problem", "stakeholder", "framing", "explainabilityNeed",
                                  "technologyFirst", "pocMonths"}))
                     return;
                 // Before format 3 every challenge field had a value, and 0.1.0 filled in
                 // those a file left out: such a file means them as it meant them then.
                 if (legacyChallenges) {
                     challenge->stakeholder = CommitteeRole::EndUser;
                     challenge->framing = Framing::Opportunity;
                     challenge->explainabilityNeed = 0;
                     challenge->technologyFirst = false;
                 }
                 // From format 3 an absent or null field is unset: it adds nothing to the scores.
                 r.text(item, "problem", itemPath, &challenge->problem);
                 r.optionalEnumeration(item, "stakeholder", itemPath, &challenge->stakeholder);
                 r.optionalEnumeration(item, "framing", itemPath, &challenge->framing);
                 r.optionalInteger(item, "explainabilityNeed", itemPath,
                                   &challenge->explainabilityNeed, 0,
                                   Challenge::MaximumExplainabilityNeed);
                 r.optionalBoolean(item, "technologyFirst", itemPath, &challenge->technologyFirst);
                 r.number(item, "pocMonths", itemPath, &challenge->pocMonths, 0,
                          Challenge::MaximumPocMonths);
             });
    if (!r.ok())
        return;
    if (index >= 0) {
        workspace->verticals[index] = vertical;
        if (report)
            report->updatedVerticals.append(vertical.name);
    } else {
        workspace->addVertical(vertical);
        if (report)
            report->addedVerticals.append(vertical.name);
    }
}

/**
 * The document's scenarios, which replace the workspace's: each a unique name and a model file
 * object. Whether each model fits the workspace's indicators is checked once everything else is
 * read (a custom indicator may come in the same document).
 */
void readScenarios(JsonReader &r, const QJsonArray &array, const QString &path,
                   QList<Scenario> *scenarios)
{
    QList<Scenario> read;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString itemPath = JsonReader::at(path, i);
        QJsonObject item;
        if (!r.object(array.at(i), itemPath, &item)
            || !r.onlyKeys(item, itemPath, {"name", "model"}))
            return;
        Scenario scenario;
        r.text(item, "name", itemPath, &scenario.name);
        scenario.name = Names::clean(scenario.name);
        const QString namePath = JsonReader::at(itemPath, "name");
        if (!r.ok())
            return;
        if (scenario.name.isEmpty()) {
            r.fail(namePath, Text::tr("every scenario needs a name"));
            return;
        }
        if (const QString problem = Names::problem(scenario.name); !problem.isEmpty()) {
            r.fail(namePath, problem);
            return;
        }
        const QString normalized = normalizedVerticalName(scenario.name);
        if (seen.contains(normalized)) {
            r.fail(namePath, Text::tr("\"%1\" appears twice").arg(scenario.name));
            return;
        }
        seen.insert(normalized);
        const QString modelPath = JsonReader::at(itemPath, "model");
        if (!item.contains(QLatin1String("model"))) {
            r.fail(itemPath, Text::tr("\"model\" is missing"));
            return;
        }
        QJsonObject model;
        QString message;
        if (!r.object(item.value(QLatin1String("model")), modelPath, &model))
            return;
        if (!ModelJson::fromJson(model, &scenario.model, &message)) {
            r.fail(modelPath, message);
            return;
        }
        read.append(scenario);
    }
    if (r.ok())
        *scenarios = read;
}

} // namespace

QJsonObject toJson(const Workspace &workspace)
{
    const Product &product = workspace.product;
    const GtmPlan &plan = workspace.plan;

    QJsonArray personas;
    for (const BuyerPersona &p : plan.personas)
        personas.append(QJsonObject {{key("role"), p.role},
                                     {key("committeeRole"), enumKey(p.committeeRole)},
                                     {key("goals"), p.goals},
                                     {key("objections"), p.objections},
                                     {key("mustExplain"), p.mustExplain}});
    QJsonArray drivers;
    for (const ValueDriver &d : plan.valueDrivers)
        drivers.append(QJsonObject {{key("driver"), enumKey(d.kind)},
                                    {key("strength"), d.strength},
                                    {key("evidence"), d.evidence},
                                    {key("framing"), enumKey(d.framing)}});
    QJsonArray pricePoints;
    for (const PricePoint &p : plan.pricing.pricePoints)
        pricePoints.append(QJsonObject {
            {key("tier"), p.tier}, {key("price"), optionalJson(p.price)}, {key("unit"), p.unit}});
    QJsonArray marketing;
    for (const MarketingItem &m : plan.marketing)
        marketing.append(QJsonObject {{key("title"), m.title},
                                      {key("kind"), enumKey(m.kind)},
                                      {key("timing"), m.timing},
                                      {key("budget"), optionalJson(m.budget)},
                                      {key("notes"), m.notes}});
    QJsonArray channels;
    for (const Channel &c : plan.channels)
        channels.append(QJsonObject {{key("kind"), enumKey(c.kind)},
                                     {key("name"), c.name},
                                     {key("revenueSharePct"), optionalJson(c.revenueSharePct)},
                                     {key("notes"), c.notes}});
    QJsonArray indicators;
    for (const IndicatorDefinition &d : workspace.customIndicators)
        indicators.append(QJsonObject {{key("id"), d.id},
                                       {key("name"), d.name},
                                       {key("dimension"), enumKey(d.dimension)},
                                       {key("unit"), d.unit},
                                       {key("min"), optionalJson(d.minimum)},
                                       {key("max"), optionalJson(d.maximum)},
                                       {key("description"), d.description},
                                       {key("lowAnchor"), d.lowAnchor},
                                       {key("highAnchor"), d.highAnchor}});
    QJsonArray verticals;
    for (const Vertical &v : workspace.verticals)
        verticals.append(verticalToJson(v));
    QJsonArray scenarios;
    for (const Scenario &scenario : workspace.scenarios)
        scenarios.append(QJsonObject {{key("name"), scenario.name},
                                      {key("model"), ModelJson::toJson(scenario.model)}});

    return {
        {key("format"), key(FormatName)},
        {key("formatVersion"), FormatVersion},
        {key("product"),
         QJsonObject {{key("name"), product.name},
                      {key("pitch"), product.pitch},
                      {key("category"), enumKey(product.category)},
                      {key("customCategory"), product.customCategory},
                      {key("modality"), enumKey(product.modality)}}},
        {key("plan"),
         QJsonObject {{key("targetMarket"), plan.targetMarket},
                      {key("personas"), personas},
                      {key("valueDrivers"), drivers},
                      {key("pricing"),
                       QJsonObject {{key("model"), enumKey(plan.pricing.model)},
                                    {key("rationale"), plan.pricing.rationale},
                                    {key("pricePoints"), pricePoints}}},
                      {key("marketing"), marketing},
                      {key("channels"), channels},
                      {key("targetQuarters"),
                       QJsonObject {{key("goFirst"), plan.targetQuarters.goFirst},
                                    {key("next"), plan.targetQuarters.next},
                                    {key("prepare"), plan.targetQuarters.prepare}}},
                      {key("asks"),
                       QJsonObject {{key("people"), plan.asks.people},
                                    {key("budgetUsd"), optionalJson(plan.asks.budgetUsd)},
                                    {key("decisions"), plan.asks.decisions}}}}},
        {key("indicators"), indicators},
        {key("verticals"), verticals},
        {key("model"), ModelJson::toJson(workspace.model)},
        {key("scenarios"), scenarios},
    };
}

QByteArray toBytes(const Workspace &workspace)
{
    return QJsonDocument(toJson(workspace)).toJson(QJsonDocument::Indented);
}

bool apply(Workspace &target, const QJsonObject &document, ImportReport *report, QString *error)
{
    JsonReader r;
    Workspace workspace = target;
    ImportReport done;

    if (!r.onlyKeys(document, QString(),
                    {"format", "formatVersion", "product", "plan", "indicators", "verticals",
                     "model", "scenarios"})) {
        *error = r.error;
        return false;
    }
    const QJsonValue format = document.value(QLatin1String("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String(FormatName)) {
        *error
            = Text::tr("\"format\" is \"%1\", not \"%2\"").arg(format.toString(), key(FormatName));
        return false;
    }
    const QJsonValue version = document.value(QLatin1String("formatVersion"));
    const bool legacyChallenges = version.isDouble() && version.toDouble() < 3;
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toDouble() < 1) {
            *error = Text::tr("formatVersion: expected a whole number from 1");
            return false;
        }
        if (version.toDouble() > FormatVersion) {
            *error
                = Text::tr("the JSON was written by a newer GTM Workbench (format version %1; this "
                           "version reads up to %2)")
                      .arg(version.toDouble())
                      .arg(FormatVersion);
            return false;
        }
    }

    QJsonObject section;
    if (document.contains(QLatin1String("product"))
        && r.object(document.value(QLatin1String("product")), key("product"), &section))
        readProduct(r, section, key("product"), &workspace.product);
    if (r.ok() && document.contains(QLatin1String("plan"))
        && r.object(document.value(QLatin1String("plan")), key("plan"), &section))
        readPlan(r, section, key("plan"), &workspace.plan);

    QJsonArray array;
    if (r.ok() && document.contains(QLatin1String("indicators"))
        && r.array(document.value(QLatin1String("indicators")), key("indicators"), &array))
        readIndicators(r, array, key("indicators"), &workspace, &done);

    if (r.ok() && document.contains(QLatin1String("verticals"))
        && r.array(document.value(QLatin1String("verticals")), key("verticals"), &array)) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
            const QString path = JsonReader::at(key("verticals"), i);
            QJsonObject object;
            if (!r.object(array.at(i), path, &object))
                break;
            const QString name
                = normalizedVerticalName(object.value(QLatin1String("name")).toString());
            if (!name.isEmpty() && seen.contains(name)) {
                r.fail(path,
                       Text::tr("\"%1\" appears twice")
                           .arg(object.value(QLatin1String("name")).toString()));
                break;
            }
            seen.insert(name);
            readVertical(r, object, path, legacyChallenges, &workspace, &done);
        }
    }

    if (r.ok() && document.contains(QLatin1String("model"))) {
        QJsonObject object;
        QString message;
        if (r.object(document.value(QLatin1String("model")), key("model"), &object)) {
            if (!ModelJson::fromJson(object, &workspace.model, &message))
                r.fail(key("model"), message);
        }
    }
    if (r.ok() && document.contains(QLatin1String("model"))) {
        QStringList problems;
        if (!compileGtmModel(workspace.model, workspace, nullptr, &problems))
            r.fail(key("model"), problems.constFirst());
    }
    if (r.ok() && document.contains(QLatin1String("scenarios"))
        && r.array(document.value(QLatin1String("scenarios")), key("scenarios"), &array)) {
        readScenarios(r, array, key("scenarios"), &workspace.scenarios);
        for (qsizetype i = 0; i < workspace.scenarios.size() && r.ok(); ++i) {
            QStringList problems;
            if (!compileGtmModel(workspace.scenarios.at(i).model, workspace, nullptr, &problems))
                r.fail(JsonReader::at(JsonReader::at(key("scenarios"), i), "model"),
                       problems.constFirst());
        }
    }

    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    // e.g. a narrowed custom indicator range that values already stored no longer fit
    const QString problem = firstNewProblem(target, workspace);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    target = std::move(workspace);
    if (report)
        *report = done;
    return true;
}

} // namespace Gtm::WorkspaceJson
