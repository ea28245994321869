#include "modeljson.h"

#include "safefiles.h"

#include "domain/scoringmodel.h"
#include "jsonreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Gtm::ModelJson {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::ModelJson)
};

using JsonWriting::key;
using JsonWriting::optionalJson;

constexpr double Unbounded = 1e300;

} // namespace

QJsonObject toJson(const ScoringModel &model)
{
    QJsonArray nodes;
    for (const ModelNode &node : model.nodes)
        nodes.append(QJsonObject {
            {key("id"), node.id},
            {key("name"), node.name},
            {key("parent"),
             node.parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(node.parent)},
            {key("weight"), node.weight},
            {key("aggregation"), enumKey(node.aggregation)}});
    QJsonArray indicators;
    for (const ModelIndicator &indicator : model.indicators) {
        QJsonObject object {{key("indicator"), indicator.indicatorId},
                            {key("parent"), indicator.parent},
                            {key("weight"), indicator.weight},
                            {key("polarity"), enumKey(indicator.polarity)},
                            {key("normalisation"), enumKey(indicator.normalisation)},
                            {key("logTransform"), indicator.logTransform}};
        if (indicator.goalpostLow || indicator.goalpostHigh)
            object.insert(key("goalposts"),
                          QJsonArray {optionalJson(indicator.goalpostLow),
                                      optionalJson(indicator.goalpostHigh)});
        indicators.append(object);
    }
    return {{key("format"), key(FormatName)},
            {key("formatVersion"), FormatVersion},
            {key("name"), model.name},
            {key("description"), model.description},
            {key("missingValues"), enumKey(model.missingPolicy)},
            {key("thresholds"),
             QJsonObject {{key("readiness"), model.readinessThreshold},
                          {key("risk"), model.riskThreshold}}},
            {key("minimumCoverage"), model.recommendation.minimumCoverage},
            {key("recommendation"),
             QJsonObject {{key("robustShare"), model.recommendation.robustShare},
                          {key("goFirstMax"), model.recommendation.goFirstMax}}},
            {key("nodes"), nodes},
            {key("indicators"), indicators}};
}

QByteArray toBytes(const ScoringModel &model)
{
    return QJsonDocument(toJson(model)).toJson(QJsonDocument::Indented);
}

bool fromJson(const QJsonObject &json, ScoringModel *out, QString *error)
{
    JsonReader r;
    if (!r.onlyKeys(json, QString(),
                    {"format", "formatVersion", "name", "description", "missingValues",
                     "thresholds", "minimumCoverage", "recommendation", "nodes", "indicators"})) {
        *error = r.error;
        return false;
    }
    const QJsonValue format = json.value(QLatin1String("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String(FormatName)) {
        *error
            = Text::tr("\"format\" is \"%1\", not \"%2\"").arg(format.toString(), key(FormatName));
        return false;
    }
    const QJsonValue version = json.value(QLatin1String("formatVersion"));
    if (version.isDouble() && version.toDouble() > FormatVersion) {
        *error = Text::tr("the model was written by a newer GTM Workbench (format version %1; this "
                          "version reads up to %2)")
                     .arg(QString::number(version.toDouble()), QString::number(FormatVersion));
        return false;
    }
    for (const char *required : {"nodes", "indicators"}) {
        if (!json.contains(QLatin1String(required))) {
            *error = Text::tr("\"%1\" is missing").arg(QLatin1String(required));
            return false;
        }
    }

    ScoringModel model;
    model.nodes.clear();
    model.indicators.clear();
    r.text(json, "name", QString(), &model.name);
    r.text(json, "description", QString(), &model.description);
    r.enumeration(json, "missingValues", QString(), &model.missingPolicy);
    if (json.contains(QLatin1String("thresholds"))) {
        QJsonObject thresholds;
        if (r.object(json.value(QLatin1String("thresholds")), key("thresholds"), &thresholds)
            && r.onlyKeys(thresholds, key("thresholds"), {"readiness", "risk"})) {
            std::optional<double> readiness = model.readinessThreshold;
            std::optional<double> risk = model.riskThreshold;
            r.number(thresholds, "readiness", key("thresholds"), &readiness, 0, 100);
            r.number(thresholds, "risk", key("thresholds"), &risk, 0, 100);
            if (!readiness || !risk)
                r.fail(key("thresholds"),
                       Text::tr("both thresholds must be numbers from 0 to 100"));
            else {
                model.readinessThreshold = *readiness;
                model.riskThreshold = *risk;
            }
        }
    }

    // Version 1 files have no recommendation settings: they keep the defaults.
    if (r.ok() && json.contains(QLatin1String("minimumCoverage"))) {
        std::optional<double> coverage;
        r.number(json, "minimumCoverage", QString(), &coverage, 0, 100);
        if (r.ok() && !coverage)
            r.fail(key("minimumCoverage"), Text::tr("expected a number from 0 to 100"));
        else if (coverage)
            model.recommendation.minimumCoverage = *coverage;
    }
    if (r.ok() && json.contains(QLatin1String("recommendation"))) {
        QJsonObject recommendation;
        const QString path = key("recommendation");
        if (r.object(json.value(QLatin1String("recommendation")), path, &recommendation)
            && r.onlyKeys(recommendation, path, {"robustShare", "goFirstMax"})) {
            std::optional<double> robust = model.recommendation.robustShare;
            r.number(recommendation, "robustShare", path, &robust, 0, 100);
            if (r.ok() && !robust)
                r.fail(JsonReader::at(path, "robustShare"),
                       Text::tr("expected a number from 0 to 100"));
            else if (robust)
                model.recommendation.robustShare = *robust;
            r.integer(recommendation, "goFirstMax", path, &model.recommendation.goFirstMax, 1,
                      RecommendationSettings::MaximumGoFirst);
        }
    }

    QJsonArray array;
    if (r.ok() && r.array(json.value(QLatin1String("nodes")), key("nodes"), &array)) {
        for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
            const QString path = JsonReader::at(key("nodes"), i);
            QJsonObject item;
            if (!r.object(array.at(i), path, &item)
                || !r.onlyKeys(item, path, {"id", "name", "parent", "weight", "aggregation"}))
                break;
            ModelNode node;
            r.text(item, "id", path, &node.id);
            if (node.id.trimmed().isEmpty())
                r.fail(JsonReader::at(path, "id"), Text::tr("every node needs an id"));
            r.text(item, "name", path, &node.name);
            r.text(item, "parent", path, &node.parent);
            std::optional<double> weight = node.weight;
            r.number(item, "weight", path, &weight, -Unbounded, Unbounded);
            node.weight = weight.value_or(1);
            r.enumeration(item, "aggregation", path, &node.aggregation);
            model.nodes.append(node);
        }
    }
    if (r.ok() && r.array(json.value(QLatin1String("indicators")), key("indicators"), &array)) {
        for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
            const QString path = JsonReader::at(key("indicators"), i);
            QJsonObject item;
            if (!r.object(array.at(i), path, &item)
                || !r.onlyKeys(item, path,
                               {"indicator", "parent", "weight", "polarity", "normalisation",
                                "goalposts", "logTransform"}))
                break;
            ModelIndicator indicator;
            r.text(item, "indicator", path, &indicator.indicatorId);
            if (indicator.indicatorId.isEmpty())
                r.fail(JsonReader::at(path, "indicator"),
                       Text::tr("every entry needs an indicator id"));
            r.text(item, "parent", path, &indicator.parent);
            std::optional<double> weight = indicator.weight;
            r.number(item, "weight", path, &weight, -Unbounded, Unbounded);
            indicator.weight = weight.value_or(1);
            r.enumeration(item, "polarity", path, &indicator.polarity);
            r.enumeration(item, "normalisation", path, &indicator.normalisation);
            r.boolean(item, "logTransform", path, &indicator.logTransform);
            if (item.contains(QLatin1String("goalposts"))) {
                // null stands for a goalpost not set (only an invalid model lacks one).
                const QJsonValue goalposts = item.value(QLatin1String("goalposts"));
                const QJsonArray pair = goalposts.toArray();
                const auto isGoalpost = [](const QJsonValue &v) {
                    return v.isDouble() || v.isNull();
                };
                if (!goalposts.isArray() || pair.size() != 2 || !isGoalpost(pair.at(0))
                    || !isGoalpost(pair.at(1)))
                    r.fail(JsonReader::at(path, "goalposts"),
                           Text::tr("expected two numbers, [low, high]"));
                else {
                    if (pair.at(0).isDouble())
                        indicator.goalpostLow = pair.at(0).toDouble();
                    if (pair.at(1).isDouble())
                        indicator.goalpostHigh = pair.at(1).toDouble();
                }
            }
            model.indicators.append(indicator);
        }
    }
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    *out = model;
    return true;
}

bool readFile(const QString &path, ScoringModel *model, QString *error)
{
    QByteArray bytes;
    if (!SafeFiles::readFile(path, SafeFiles::MaxInputBytes, &bytes, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = JsonReader::parseErrorText(bytes, parseError);
        return false;
    }
    if (const QString duplicate = JsonReader::duplicateKeyText(bytes); !duplicate.isEmpty()) {
        *error = duplicate;
        return false;
    }
    if (!document.isObject()) {
        *error = Text::tr("a model file holds one JSON object");
        return false;
    }
    return fromJson(document.object(), model, error);
}

bool writeFile(const QString &path, const ScoringModel &model, QString *error)
{
    return SafeFiles::writeFile(path, toBytes(model), error);
}

} // namespace Gtm::ModelJson
