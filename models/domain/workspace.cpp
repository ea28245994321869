#include "workspace.h"

#include "names.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::Workspace)
};

/** Settings out of their range (a file edited with an SQLite client), with `owner` named. */
void recommendationProblems(const RecommendationSettings &settings, const QString &owner,
                            QStringList *problems)
{
    const auto percent = [](double value) {
        return std::isfinite(value) && value >= 0 && value <= 100;
    };
    if (!percent(settings.minimumCoverage))
        problems->append(Text::tr("%1 has the minimum coverage %2; it must be 0 to 100.")
                             .arg(owner, QString::number(settings.minimumCoverage)));
    if (!percent(settings.robustShare))
        problems->append(Text::tr("%1 has the robust share %2; it must be 0 to 100.")
                             .arg(owner, QString::number(settings.robustShare)));
    if (settings.goFirstMax < 1 || settings.goFirstMax > RecommendationSettings::MaximumGoFirst)
        problems->append(
            Text::tr("%1 lets %2 verticals go first; it must be a whole number from 1 to "
                     "%3.")
                .arg(owner, QString::number(settings.goFirstMax),
                     QString::number(RecommendationSettings::MaximumGoFirst)));
}

/** Values of unknown indicators or out of their indicator's range (infinity and NaN included). */
void valueProblems(const Vertical &vertical,
                   const QHash<QString, const IndicatorDefinition *> &definitions,
                   QStringList *problems)
{
    for (auto it = vertical.values.cbegin(); it != vertical.values.cend(); ++it) {
        const IndicatorDefinition *definition = definitions.value(it.key());
        if (!definition)
            problems->append(
                Text::tr("Vertical \"%1\" has a value for the unknown indicator \"%2\".")
                    .arg(vertical.name, it.key()));
        else if (!definition->accepts(it->value))
            problems->append(Text::tr("Vertical \"%1\": %2 is %3, outside its range (%4).")
                                 .arg(vertical.name, localizedName(definition->name),
                                      QString::number(it->value), definition->rangeText()));
    }
}

/** Indicators by id, as indicator() finds them: built-in first, then the first custom one. */
QHash<QString, const IndicatorDefinition *> definitionsById(const Workspace &workspace)
{
    QHash<QString, const IndicatorDefinition *> definitions;
    for (const IndicatorDefinition &definition : builtInIndicators())
        definitions.insert(definition.id, &definition);
    for (const IndicatorDefinition &definition : workspace.customIndicators) {
        if (!definitions.contains(definition.id))
            definitions.insert(definition.id, &definition);
    }
    return definitions;
}

} // namespace

GtmPlan::GtmPlan()
{
    for (size_t i = 0; i < valueDrivers.size(); ++i)
        valueDrivers[i].kind = ValueDriverKind(i);
}

QString normalizedVerticalName(const QString &name)
{
    return Names::key(name);
}

const IndicatorDefinition *Workspace::indicator(QStringView id) const
{
    if (const IndicatorDefinition *builtIn = builtInIndicator(id))
        return builtIn;
    for (const IndicatorDefinition &definition : customIndicators) {
        if (definition.id == id)
            return &definition;
    }
    return nullptr;
}

QList<IndicatorDefinition> Workspace::indicators() const
{
    return builtInIndicators() + customIndicators;
}

int Workspace::indexOfVertical(VerticalId id) const
{
    for (int i = 0; i < verticals.size(); ++i) {
        if (verticals.at(i).id == id)
            return i;
    }
    return -1;
}

int Workspace::indexOfVerticalNamed(const QString &name) const
{
    const QString wanted = normalizedVerticalName(name);
    for (int i = 0; i < verticals.size(); ++i) {
        if (normalizedVerticalName(verticals.at(i).name) == wanted)
            return i;
    }
    return -1;
}

int Workspace::indexOfScenarioNamed(const QString &name) const
{
    const QString wanted = normalizedVerticalName(name);
    for (int i = 0; i < scenarios.size(); ++i) {
        if (normalizedVerticalName(scenarios.at(i).name) == wanted)
            return i;
    }
    return -1;
}

int Workspace::indexOfScenario(qint64 id) const
{
    for (int i = 0; i < scenarios.size(); ++i) {
        if (scenarios.at(i).id == id)
            return i;
    }
    return -1;
}

qint64 Workspace::nextScenarioId() const
{
    qint64 last = lastScenarioId;
    for (const Scenario &scenario : scenarios)
        last = std::max(last, scenario.id);
    return last + 1;
}

void Workspace::identifyScenarios()
{
    for (Scenario &scenario : scenarios) {
        if (scenario.id == 0)
            scenario.id = nextScenarioId();
        lastScenarioId = std::max(lastScenarioId, scenario.id);
    }
}

Vertical *Workspace::vertical(VerticalId id)
{
    const int index = indexOfVertical(id);
    return index < 0 ? nullptr : &verticals[index];
}

const Vertical *Workspace::vertical(VerticalId id) const
{
    const int index = indexOfVertical(id);
    return index < 0 ? nullptr : &verticals.at(index);
}

VerticalId Workspace::nextVerticalId() const
{
    VerticalId highest = 0;
    for (const Vertical &v : verticals)
        highest = std::max(highest, v.id);
    return highest + 1;
}

VerticalId Workspace::addVertical(Vertical vertical)
{
    if (vertical.id <= 0 || indexOfVertical(vertical.id) >= 0)
        vertical.id = nextVerticalId();
    verticals.append(std::move(vertical));
    return verticals.constLast().id;
}

QStringList Workspace::valueProblems() const
{
    const QHash<QString, const IndicatorDefinition *> definitions = definitionsById(*this);
    QStringList problems;
    for (const Vertical &vertical : verticals)
        Gtm::valueProblems(vertical, definitions, &problems);
    return problems;
}

QStringList Workspace::validate() const
{
    QStringList problems;

    for (const ValueDriver &driver : plan.valueDrivers) {
        if (driver.strength < 0 || driver.strength > ValueDriver::MaximumStrength)
            problems.append(Text::tr("Value driver \"%1\" has strength %2; it must be 0 to %3.")
                                .arg(enumDisplayName(driver.kind))
                                .arg(driver.strength)
                                .arg(ValueDriver::MaximumStrength));
    }

    // A custom indicator named like a built-in one would take its CSV heading.
    QHash<QString, QString> builtInByName;
    for (const IndicatorDefinition &definition : builtInIndicators())
        builtInByName.insert(Names::key(definition.name), definition.id);
    QSet<QString> indicatorIds;
    for (const IndicatorDefinition &definition : customIndicators) {
        const QString nameProblem = Names::problem(definition.name);
        if (!nameProblem.isEmpty())
            problems.append(
                Text::tr("Custom indicator \"%1\": %2.").arg(definition.id, nameProblem));
        else if (builtInByName.contains(Names::key(definition.name)))
            problems.append(Text::tr("Custom indicator \"%1\" is named \"%2\" like the built-in "
                                     "indicator %3; give it another name.")
                                .arg(definition.id, Names::clean(definition.name),
                                     builtInByName.value(Names::key(definition.name))));
        const QString descriptionProblem = Names::textProblem(definition.description);
        if (!descriptionProblem.isEmpty())
            problems.append(Text::tr("Custom indicator \"%1\", description: %2.")
                                .arg(definition.id, descriptionProblem));
        if (!isValidIndicatorId(definition.id))
            problems.append(
                Text::tr("Custom indicator id \"%1\" is not valid; use lower-case letters, "
                         "digits, '_' and '.'.")
                    .arg(definition.id));
        else if (builtInIndicator(definition.id) || indicatorIds.contains(definition.id))
            problems.append(Text::tr("Indicator id \"%1\" is defined twice.").arg(definition.id));
        indicatorIds.insert(definition.id);
        if (definition.minimum && definition.maximum && *definition.minimum > *definition.maximum)
            problems.append(Text::tr("Custom indicator \"%1\" has a minimum above its maximum.")
                                .arg(definition.id));
    }

    // Indicators by id, looked up once for every value (a walk through the custom indicators
    // for each value is quadratic in a table of 40,000 columns).
    const QHash<QString, const IndicatorDefinition *> definitions = definitionsById(*this);

    QSet<QString> names;
    QSet<VerticalId> ids;
    for (const Vertical &vertical : verticals) {
        const QString name = normalizedVerticalName(vertical.name);
        if (name.isEmpty())
            problems.append(Text::tr("A vertical has no name."));
        else if (names.contains(name))
            problems.append(
                Text::tr("Two verticals are named \"%1\".").arg(vertical.name.trimmed()));
        names.insert(name);
        const QString nameProblem = Names::problem(vertical.name);
        if (!nameProblem.isEmpty())
            problems.append(Text::tr("Vertical \"%1\": %2.")
                                .arg(Names::escaped(vertical.name.trimmed()), nameProblem));
        const std::pair<const QString *, const char *> texts[] = {
            {&vertical.description, QT_TR_NOOP("description")},
            {&vertical.contextNotes, QT_TR_NOOP("context notes")},
            {&vertical.capabilitiesNotes, QT_TR_NOOP("capabilities notes")},
            {&vertical.consequencesNotes, QT_TR_NOOP("consequences notes")},
            {&vertical.winners, QT_TR_NOOP("winners")},
            {&vertical.losers, QT_TR_NOOP("losers")},
            {&vertical.safeguards, QT_TR_NOOP("safeguards")},
        };
        for (const auto &[text, field] : texts) {
            const QString textProblem = Names::textProblem(*text);
            if (!textProblem.isEmpty())
                problems.append(Text::tr("Vertical \"%1\", %2: %3.")
                                    .arg(Names::escaped(vertical.name.trimmed()), Text::tr(field),
                                         textProblem));
        }
        if (vertical.id <= 0 || ids.contains(vertical.id))
            problems.append(Text::tr("Vertical \"%1\" has no unique id.").arg(vertical.name));
        ids.insert(vertical.id);

        Gtm::valueProblems(vertical, definitions, &problems);
        for (int row = 0; row < vertical.challenges.size(); ++row) {
            const Challenge &challenge = vertical.challenges.at(row);
            const QString problemTextProblem = Names::textProblem(challenge.problem);
            if (!problemTextProblem.isEmpty())
                problems.append(
                    Text::tr("Vertical \"%1\", challenge %2: %3.")
                        .arg(vertical.name, QString::number(row + 1), problemTextProblem));
            if (challenge.explainabilityNeed
                && (*challenge.explainabilityNeed < 0
                    || *challenge.explainabilityNeed > Challenge::MaximumExplainabilityNeed))
                problems.append(
                    Text::tr("Vertical \"%1\", challenge %2: explainability need must be 0 "
                             "to %3.")
                        .arg(vertical.name, QString::number(row + 1),
                             QString::number(Challenge::MaximumExplainabilityNeed)));
            if (challenge.pocMonths
                && (!std::isfinite(*challenge.pocMonths) || *challenge.pocMonths < 0
                    || *challenge.pocMonths > Challenge::MaximumPocMonths))
                problems.append(
                    Text::tr("Vertical \"%1\", challenge %2: proof-of-concept length must "
                             "be 0 to %3 months.")
                        .arg(vertical.name, QString::number(row + 1),
                             QString::number(Challenge::MaximumPocMonths)));
        }
    }

    recommendationProblems(model.recommendation, Text::tr("The scoring model"), &problems);
    QSet<QString> scenarioNames;
    for (const Scenario &scenario : scenarios) {
        const QString name = normalizedVerticalName(scenario.name);
        if (name.isEmpty())
            problems.append(Text::tr("A scenario has no name."));
        else if (scenarioNames.contains(name))
            problems.append(
                Text::tr("Two scenarios are named \"%1\".").arg(scenario.name.trimmed()));
        scenarioNames.insert(name);
        const QString nameProblem = Names::problem(scenario.name);
        if (!nameProblem.isEmpty())
            problems.append(Text::tr("Scenario \"%1\": %2.")
                                .arg(Names::escaped(scenario.name.trimmed()), nameProblem));
        recommendationProblems(scenario.model.recommendation,
                               Text::tr("Scenario \"%1\"").arg(scenario.name.trimmed()), &problems);
    }
    return problems;
}

} // namespace Gtm
