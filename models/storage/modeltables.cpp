#include "modeltables.h"

#include "domain/scoringmodel.h"
#include "jsonreader.h"
#include "modeljson.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Gtm::ModelTables {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::ModelTables)
};

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

bool isNumber(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int
        || type == QMetaType::ULongLong || type == QMetaType::UInt;
}

template<typename E>
bool keyed(const QVariant &stored, E *out, const char *column, QString *error)
{
    const std::optional<E> value = enumFromKey<E>(stored.toString());
    if (!value) {
        *error = Text::tr("the workspace holds an unknown value \"%1\" in %2")
                     .arg(stored.toString(), QLatin1String(column));
        return false;
    }
    *out = *value;
    return true;
}

} // namespace

bool write(QSqlDatabase &database, const ScoringModel &model, int version, QString *error)
{
    QSqlQuery query(database);
    const QString statement = version >= 4
        ? QStringLiteral("INSERT INTO scoring_model (id, name, description, missing_values,"
                         " readiness_threshold, risk_threshold, minimum_coverage, robust_share,"
                         " go_first_max) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral("INSERT INTO scoring_model (id, name, description, missing_values,"
                         " readiness_threshold, risk_threshold) VALUES (1, ?, ?, ?, ?, ?)");
    if (!query.prepare(statement)) {
        *error = sqlErrorText(query);
        return false;
    }
    query.bindValue(0, text(model.name));
    query.bindValue(1, text(model.description));
    query.bindValue(2, enumKey(model.missingPolicy));
    query.bindValue(3, model.readinessThreshold);
    query.bindValue(4, model.riskThreshold);
    if (version >= 4) {
        query.bindValue(5, model.recommendation.minimumCoverage);
        query.bindValue(6, model.recommendation.robustShare);
        query.bindValue(7, model.recommendation.goFirstMax);
    }
    if (!execute(query, error))
        return false;

    if (!query.prepare(QStringLiteral("INSERT INTO model_node (position, id, name, parent, weight,"
                                      " aggregation) VALUES (?, ?, ?, ?, ?, ?)"))) {
        *error = sqlErrorText(query);
        return false;
    }
    for (int i = 0; i < model.nodes.size(); ++i) {
        const ModelNode &node = model.nodes.at(i);
        query.bindValue(0, i);
        query.bindValue(1, text(node.id));
        query.bindValue(2, text(node.name));
        query.bindValue(3, node.parent.isEmpty() ? QVariant() : QVariant(node.parent));
        query.bindValue(4, node.weight);
        query.bindValue(5, enumKey(node.aggregation));
        if (!execute(query, error))
            return false;
    }

    if (!query.prepare(QStringLiteral("INSERT INTO model_indicator (position, indicator_id, parent,"
                                      " weight, polarity, normalisation, goalpost_low,"
                                      " goalpost_high, log_transform)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = sqlErrorText(query);
        return false;
    }
    for (int i = 0; i < model.indicators.size(); ++i) {
        const ModelIndicator &indicator = model.indicators.at(i);
        query.bindValue(0, i);
        query.bindValue(1, text(indicator.indicatorId));
        query.bindValue(2, text(indicator.parent));
        query.bindValue(3, indicator.weight);
        query.bindValue(4, enumKey(indicator.polarity));
        query.bindValue(5, enumKey(indicator.normalisation));
        query.bindValue(6, optionalValue(indicator.goalpostLow));
        query.bindValue(7, optionalValue(indicator.goalpostHigh));
        query.bindValue(8, indicator.logTransform ? 1 : 0);
        if (!execute(query, error))
            return false;
    }
    return true;
}

bool read(QSqlDatabase &database, ScoringModel *out, QString *error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral("SELECT name, description, missing_values, readiness_threshold,"
                                " risk_threshold, minimum_coverage, robust_share, go_first_max"
                                " FROM scoring_model"),
                 error))
        return false;
    if (!query.next())
        return true; // no model stored: keep the default
    ScoringModel model;
    model.name = query.value(0).toString();
    model.description = query.value(1).toString();
    if (!keyed(query.value(2), &model.missingPolicy, "scoring_model.missing_values", error))
        return false;
    if (!isNumber(query.value(3)) || !isNumber(query.value(4))) {
        *error = Text::tr("the workspace holds a threshold that is not a number in scoring_model");
        return false;
    }
    model.readinessThreshold = query.value(3).toDouble();
    model.riskThreshold = query.value(4).toDouble();
    if (!isNumber(query.value(5)) || !isNumber(query.value(6))) {
        *error = Text::tr(
            "the workspace holds a minimum coverage or robust share that is not a number "
            "in scoring_model");
        return false;
    }
    model.recommendation.minimumCoverage = query.value(5).toDouble();
    model.recommendation.robustShare = query.value(6).toDouble();
    const QVariant goFirst = query.value(7);
    // A whole number that fits an int; its range is the integrity check's to report.
    if (!isNumber(goFirst) || goFirst.toDouble() != std::floor(goFirst.toDouble())
        || std::abs(goFirst.toDouble()) > 1e9) {
        *error
            = Text::tr("the workspace holds \"%1\" in scoring_model.go_first_max, which is not a "
                       "whole number")
                  .arg(goFirst.toString());
        return false;
    }
    model.recommendation.goFirstMax = goFirst.toInt();

    model.nodes.clear();
    if (!execute(query,
                 QStringLiteral("SELECT id, name, parent, weight, aggregation FROM model_node"
                                " ORDER BY position"),
                 error))
        return false;
    while (query.next()) {
        ModelNode node;
        node.id = query.value(0).toString();
        node.name = query.value(1).toString();
        node.parent = query.value(2).toString();
        if (!isNumber(query.value(3))) {
            *error
                = Text::tr("the workspace holds \"%1\" in model_node.weight, which is not a number")
                      .arg(query.value(3).toString());
            return false;
        }
        node.weight = query.value(3).toDouble();
        if (!keyed(query.value(4), &node.aggregation, "model_node.aggregation", error))
            return false;
        model.nodes.append(node);
    }

    model.indicators.clear();
    if (!execute(query,
                 QStringLiteral("SELECT indicator_id, parent, weight, polarity, normalisation,"
                                " goalpost_low, goalpost_high, log_transform FROM model_indicator"
                                " ORDER BY position"),
                 error))
        return false;
    while (query.next()) {
        ModelIndicator indicator;
        indicator.indicatorId = query.value(0).toString();
        indicator.parent = query.value(1).toString();
        const QVariant weight = query.value(2);
        const QVariant low = query.value(5);
        const QVariant high = query.value(6);
        if (!isNumber(weight) || (!low.isNull() && !isNumber(low))
            || (!high.isNull() && !isNumber(high))) {
            *error = Text::tr("the workspace holds a weight or goalpost that is not a number in "
                              "model_indicator (indicator %1)")
                         .arg(indicator.indicatorId);
            return false;
        }
        indicator.weight = weight.toDouble();
        if (!keyed(query.value(3), &indicator.polarity, "model_indicator.polarity", error)
            || !keyed(query.value(4), &indicator.normalisation, "model_indicator.normalisation",
                      error))
            return false;
        if (!low.isNull())
            indicator.goalpostLow = low.toDouble();
        if (!high.isNull())
            indicator.goalpostHigh = high.toDouble();
        indicator.logTransform = query.value(7).toInt() != 0;
        model.indicators.append(indicator);
    }
    *out = model;
    return true;
}

bool writeScenarios(QSqlDatabase &database, const QList<Scenario> &scenarios, QString *error)
{
    QSqlQuery query(database);
    if (!query.prepare(
            QStringLiteral("INSERT INTO scenario (position, name, model) VALUES (?, ?, ?)"))) {
        *error = sqlErrorText(query);
        return false;
    }
    for (int i = 0; i < scenarios.size(); ++i) {
        const Scenario &scenario = scenarios.at(i);
        query.bindValue(0, i);
        query.bindValue(1, text(scenario.name));
        query.bindValue(
            2,
            QString::fromUtf8(
                QJsonDocument(ModelJson::toJson(scenario.model)).toJson(QJsonDocument::Compact)));
        if (!execute(query, error))
            return false;
    }
    return true;
}

bool readScenarios(QSqlDatabase &database, QList<Scenario> *out, QString *error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!execute(query, QStringLiteral("SELECT name, model FROM scenario ORDER BY position"),
                 error))
        return false;
    QList<Scenario> scenarios;
    while (query.next()) {
        Scenario scenario;
        scenario.name = query.value(0).toString();
        const QByteArray bytes = query.value(1).toString().toUtf8();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        QString problem;
        // Not "malformed", which would read as a damaged file: the file is sound, one cell is not.
        if (parseError.error != QJsonParseError::NoError)
            problem = Text::tr("not valid JSON: %1 at character %2")
                          .arg(parseError.errorString())
                          .arg(QString::fromUtf8(bytes.left(parseError.offset)).size() + 1);
        else if (!document.isObject())
            problem = Text::tr("a model is one JSON object");
        else if (const QString duplicate = JsonReader::duplicateKeyText(bytes);
                 !duplicate.isEmpty())
            problem = duplicate;
        else
            ModelJson::fromJson(document.object(), &scenario.model, &problem);
        if (!problem.isEmpty()) {
            *error
                = Text::tr("the workspace holds a scenario \"%1\" whose model cannot be read (%2)")
                      .arg(scenario.name, problem);
            return false;
        }
        scenarios.append(scenario);
    }
    *out = scenarios;
    return true;
}

} // namespace Gtm::ModelTables
