#include "decisionsummary.h"

#include "domain/language.h"
#include "domain/numbers.h"
#include "domain/plural.h"
#include "domain/workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::DecisionSummary)
};

/** A share 0–1 as a whole percentage with its sign: "91 %" / "91%". */
QString percent(double share)
{
    return Numbers::percent(Language::locale().toString(100.0 * share, 'f', 0));
}

/** A coverage 0–1 as everywhere else: rounded down. */
QString coverage(double share)
{
    return Numbers::percent(Language::locale().toString(coveragePercent(share)));
}

/** "A", "A and B", "A, B and C". */
QString listed(QStringList names)
{
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return Text::tr("%1 and %2").arg(names.join(Text::tr(", ")), last);
}

/** At most three names, then how many more. */
QString shortList(const QStringList &names)
{
    if (names.size() <= 4)
        return listed(names);
    return Text::tr("%1 and %n more", nullptr, int(names.size() - 3))
        .arg(names.mid(0, 3).join(Text::tr(", ")));
}

QString waveQuarter(const WaveQuarters &quarters, Wave wave)
{
    switch (wave) {
    case Wave::GoFirst:
        return quarters.goFirst.trimmed();
    case Wave::Next:
        return quarters.next.trimmed();
    case Wave::Prepare:
        return quarters.prepare.trimmed();
    default:
        return {};
    }
}

/** The (up to three) risk indicators that add most to `row`'s risk, as Recommendation names a
 *  go call's safeguards. */
QStringList topRisks(const ScoringResult &scores, int row)
{
    const int risk = scores.model().rootNamed(QString::fromLatin1(ScoringModel::RiskId));
    QStringList names;
    if (risk < 0)
        return names;
    for (const Contribution &part : sortedContributions(scores, row, risk)) {
        if (part.points > 0 && names.size() < 3)
            names.append(localizedName(part.name));
    }
    return names;
}

/** The hints a vertical's challenges give when it has no safeguards written down. */
QStringList challengeHints(const Vertical &vertical)
{
    QStringList hints;
    int need = -1;
    QString needProblem;
    QStringList technologyFirst;
    for (const Challenge &challenge : vertical.challenges) {
        if (challenge.explainabilityNeed && *challenge.explainabilityNeed > need) {
            need = *challenge.explainabilityNeed;
            needProblem = challenge.problem.trimmed();
        }
        if (challenge.technologyFirst.value_or(false))
            technologyFirst.append(challenge.problem.trimmed());
    }
    if (need >= DecisionSummary::HintExplainabilityNeed)
        hints.append(Text::tr("Explainability need %1 of %2 (\"%3\"): plan explanations the "
                              "customer can give for every decision.")
                         .arg(need)
                         .arg(Challenge::MaximumExplainabilityNeed)
                         .arg(needProblem));
    if (!technologyFirst.isEmpty())
        hints.append(Text::tr("Technology-first red flag (\"%1\"): agree a use case before the "
                              "data work, or expect a long proof of concept.")
                         .arg(technologyFirst.constFirst()));
    return hints;
}

DecisionSummary::Asks asksOf(const GtmPlan &plan)
{
    DecisionSummary::Asks asks;
    const QLocale locale = Language::locale();
    asks.marketingItems = int(plan.marketing.size());
    for (const MarketingItem &item : plan.marketing) {
        if (item.budget) {
            asks.marketingBudgetUsd += *item.budget;
            ++asks.marketingItemsWithBudget;
        }
    }
    for (const Channel &channel : plan.channels) {
        const QString name = channel.name.trimmed();
        asks.channels.append(name.isEmpty() ? enumDisplayName(channel.kind) : name);
    }
    asks.people = plan.asks.people.trimmed();
    asks.budgetBeyondMarketingUsd = plan.asks.budgetUsd;
    asks.decisions = plan.asks.decisions.trimmed();

    using Kind = DecisionSummary::Ask::Kind;
    const auto money = [&](double usd) {
        return Amounts::money(usd, Amounts::Unit::Usd, locale);
    };
    if (asks.marketingItemsWithBudget > 0)
        asks.lines.append(
            {Kind::MarketingBudget, Text::tr("Marketing budget"),
             Text::tr("%1 over %2")
                 .arg(money(asks.marketingBudgetUsd),
                      counted(asks.marketingItemsWithBudget, Text::tr("%1 marketing item"),
                              Text::tr("%1 marketing items")))});
    if (!asks.channels.isEmpty())
        asks.lines.append(
            {Kind::Channels, Text::tr("Channels"),
             Text::tr("%1: %2").arg(
                 counted(asks.channels.size(), Text::tr("%1 channel"), Text::tr("%1 channels")),
                 asks.channels.join(Text::tr("; ")))});
    if (!asks.people.isEmpty())
        asks.lines.append({Kind::People, Text::tr("People"), asks.people});
    if (asks.budgetBeyondMarketingUsd)
        asks.lines.append({Kind::BudgetBeyondMarketing, Text::tr("Budget beyond marketing"),
                           money(*asks.budgetBeyondMarketingUsd)});
    if (asks.budgetBeyondMarketingUsd && asks.marketingItemsWithBudget > 0)
        asks.lines.append({Kind::TotalBudget, Text::tr("Total budget"),
                           money(asks.marketingBudgetUsd + *asks.budgetBeyondMarketingUsd)});
    if (!asks.decisions.isEmpty())
        asks.lines.append({Kind::Decisions, Text::tr("Decisions needed"), asks.decisions});
    return asks;
}

} // namespace

const DecisionSummary::WaveEntry *DecisionSummary::wave(Wave wave) const
{
    for (const WaveEntry &entry : waves) {
        if (entry.wave == wave)
            return &entry;
    }
    return nullptr;
}

DecisionSummary DecisionSummary::make(const Workspace &workspace, const ScoringResult &scores,
                                      const Recommendation &recommendation,
                                      const QList<ScenarioGoFirst> &scenarios)
{
    DecisionSummary summary;
    const QLocale locale = Language::locale();
    const int rows
        = std::min(int(workspace.verticals.size()), int(recommendation.placements().size()));
    QStringList names;
    for (const Vertical &vertical : workspace.verticals)
        names.append(vertical.name);
    const std::vector<double> markets = Recommendation::marketSizes(workspace);
    const auto inRange = [&](const QList<int> &list) {
        QList<int> kept;
        for (int row : list) {
            if (row < rows)
                kept.append(row);
        }
        return kept;
    };

    summary.headline = recommendation.headline(names);

    // The waves, each with its verticals, market and quarter.
    for (Wave wave : {Wave::GoFirst, Wave::Next, Wave::Prepare, Wave::NotYet, Wave::Undecided}) {
        const QList<int> members = inRange(recommendation.rowsIn(wave));
        if (members.isEmpty())
            continue;
        WaveEntry entry;
        entry.wave = wave;
        entry.title = enumDisplayName(wave);
        for (int row : members) {
            entry.verticals.append(workspace.verticals.at(row).id);
            entry.names.append(names.at(row));
            const double size = markets[size_t(row)];
            if (std::isnan(size))
                ++entry.withoutMarketSize;
            else
                entry.marketSizeUsdBn += size;
        }
        const bool full = wave == Wave::GoFirst || wave == Wave::Next || wave == Wave::Prepare;
        QStringList parts {listed(entry.names)};
        if (full) {
            entry.targetQuarter = waveQuarter(workspace.plan.targetQuarters, wave);
            if (entry.withoutMarketSize < entry.verticals.size()) {
                // Shown to the millionth of a billion, so 2.4 + 1.9 + 0.8 never reads 5.0999….
                entry.marketText = Amounts::money(std::round(entry.marketSizeUsdBn * 1e6) / 1e6,
                                                  Amounts::Unit::UsdBillion, locale);
                parts.append(
                    entry.withoutMarketSize == 0
                        ? Text::tr("market %1").arg(entry.marketText)
                        : Text::tr("market %1 (%2 without a market size)")
                              .arg(entry.marketText,
                                   counted(entry.withoutMarketSize, Text::tr("%1 vertical"),
                                           Text::tr("%1 verticals"))));
            }
            parts.append(entry.targetQuarter.isEmpty()
                             ? Text::tr("no target quarter yet")
                             : Text::tr("target %1").arg(entry.targetQuarter));
        }
        entry.text = parts.join(QStringLiteral(" · "));
        summary.waves.append(entry);
    }

    // The reasons: the go-first verticals', strongest call first; at least three when the next
    // wave has more to give, at most five.
    const auto byStrength = [&](QList<int> list) {
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
            const double sa = recommendation.placement(a).quadrantShare;
            const double sb = recommendation.placement(b).quadrantShare;
            return sa > sb; // NaN never comes first: a go call has its share
        });
        return list;
    };
    QList<int> reasonRows = byStrength(inRange(recommendation.rowsIn(Wave::GoFirst)));
    if (reasonRows.size() < MinimumReasons) {
        const QList<int> next = byStrength(inRange(recommendation.rowsIn(Wave::Next)));
        reasonRows += next.mid(0, MinimumReasons - reasonRows.size());
    }
    reasonRows = reasonRows.mid(0, MaximumReasons);
    for (int row : reasonRows) {
        const Placement &p = recommendation.placement(row);
        Reason reason;
        reason.vertical = workspace.verticals.at(row).id;
        reason.name = names.at(row);
        reason.wave = p.wave;
        reason.share = p.quadrantShare;
        reason.text = Text::tr("%1: %2").arg(names.at(row), p.reason.trimmed());
        summary.reasons.append(reason);
    }

    summary.asks = asksOf(workspace.plan);

    // The go-first verticals' top risks and their mitigations.
    for (int row : inRange(recommendation.rowsIn(Wave::GoFirst))) {
        const Vertical &vertical = workspace.verticals.at(row);
        Risk risk;
        risk.vertical = vertical.id;
        risk.name = vertical.name;
        risk.risks = topRisks(scores, row);
        if (!vertical.safeguards.trimmed().isEmpty()) {
            risk.source = Risk::Mitigation::Safeguards;
            risk.mitigation = vertical.safeguards.trimmed();
        } else if (const QStringList hints = challengeHints(vertical); !hints.isEmpty()) {
            risk.source = Risk::Mitigation::ChallengeHints;
            risk.mitigation = Text::tr("No safeguards recorded; its challenges suggest: %1")
                                  .arg(hints.join(Language::sentenceSeparator()));
        } else {
            risk.source = Risk::Mitigation::None;
            risk.mitigation = Text::tr("No mitigation recorded.");
        }
        risk.text = risk.risks.isEmpty()
            ? Text::tr("%1 — no risk indicator adds to its risk: %2")
                  .arg(risk.name, risk.mitigation)
            : Text::tr("%1 — %2: %3").arg(risk.name, listed(risk.risks), risk.mitigation);
        summary.risks.append(risk);
    }

    // Assumptions and data gaps: provisional verticals, then fragile go calls.
    for (int row = 0; row < rows; ++row) {
        const Placement &p = recommendation.placement(row);
        if (!p.provisional)
            continue;
        Gap gap;
        gap.kind = Gap::Kind::Provisional;
        gap.vertical = workspace.verticals.at(row).id;
        gap.name = names.at(row);
        gap.wave = p.wave;
        gap.readinessCoverage = p.readinessCoverage;
        gap.riskCoverage = p.riskCoverage;
        gap.text = p.missing.isEmpty()
            ? Text::tr("%1 is provisional: readiness rests on %2 of its weight, risk on %3.")
                  .arg(gap.name, coverage(p.readinessCoverage), coverage(p.riskCoverage))
            : Text::tr("%1 is provisional: readiness rests on %2 of its weight, risk on %3; "
                       "missing %4.")
                  .arg(gap.name, coverage(p.readinessCoverage), coverage(p.riskCoverage),
                       shortList(p.missing));
        summary.gaps.append(gap);
    }
    for (Wave wave : {Wave::GoFirst, Wave::Next}) {
        for (int row : inRange(recommendation.rowsIn(wave))) {
            const Placement &p = recommendation.placement(row);
            if (!p.robustQuadrant || !(p.quadrantShare < FragileShare - 1e-9))
                continue;
            Gap gap;
            gap.kind = Gap::Kind::FragileCall;
            gap.vertical = workspace.verticals.at(row).id;
            gap.name = names.at(row);
            gap.wave = wave;
            gap.readinessCoverage = p.readinessCoverage;
            gap.riskCoverage = p.riskCoverage;
            gap.share = p.quadrantShare;
            gap.text = Text::tr("%1 (%2) is a fragile call: only %3 of the runs say %4; %5 "
                                "would make it firm.")
                           .arg(gap.name, enumDisplayName(wave), percent(p.quadrantShare),
                                enumDisplayName(*p.robustQuadrant), percent(FragileShare));
            summary.gaps.append(gap);
        }
    }

    // What would change the decision: the weakest go-first calls, then the scenarios.
    QList<int> weakest;
    for (int row : inRange(recommendation.rowsIn(Wave::GoFirst))) {
        const Placement &p = recommendation.placement(row);
        if (p.robustQuadrant && p.quadrantShare < 1.0 - 1e-9)
            weakest.append(row);
    }
    std::stable_sort(weakest.begin(), weakest.end(), [&](int a, int b) {
        return recommendation.placement(a).quadrantShare
            < recommendation.placement(b).quadrantShare;
    });
    for (int row : weakest.mid(0, WeakestCalls)) {
        const Placement &p = recommendation.placement(row);
        Change change;
        change.kind = Change::Kind::WeakCall;
        change.vertical = workspace.verticals.at(row).id;
        change.name = names.at(row);
        change.share = p.quadrantShare;
        change.text = Text::tr("%1: %2 in %3 of the robustness runs; the other %4 put it in "
                               "another quadrant.")
                          .arg(change.name, enumDisplayName(*p.robustQuadrant),
                               percent(p.quadrantShare), percent(1.0 - p.quadrantShare));
        summary.changes.append(change);
    }

    QList<VerticalId> baseline;
    for (int row : inRange(recommendation.rowsIn(Wave::GoFirst)))
        baseline.append(workspace.verticals.at(row).id);
    const QSet<VerticalId> baselineSet(baseline.cbegin(), baseline.cend());
    const auto nameOf = [&](VerticalId id) {
        const Vertical *vertical = workspace.vertical(id);
        return vertical ? vertical->name : QString();
    };
    for (const ScenarioGoFirst &scenario : scenarios) {
        Change change;
        change.kind = Change::Kind::Scenario;
        change.name = scenario.scenario;
        if (!scenario.problem.isEmpty()) {
            change.text = Text::tr("Scenario \"%1\" could not be scored: %2")
                              .arg(scenario.scenario, scenario.problem);
            summary.changes.append(change);
            continue;
        }
        const QSet<VerticalId> other(scenario.goFirst.cbegin(), scenario.goFirst.cend());
        for (VerticalId id : scenario.goFirst) {
            if (!baselineSet.contains(id))
                change.added.append(nameOf(id));
        }
        for (VerticalId id : baseline) {
            if (!other.contains(id))
                change.dropped.append(nameOf(id));
        }
        if (change.added.isEmpty() && change.dropped.isEmpty())
            continue;
        if (change.dropped.isEmpty())
            change.text = Text::tr("Scenario \"%1\" would also go first to %2.")
                              .arg(change.name, listed(change.added));
        else if (change.added.isEmpty())
            change.text = Text::tr("Scenario \"%1\" would not go first to %2.")
                              .arg(change.name, listed(change.dropped));
        else
            change.text = Text::tr("Scenario \"%1\" would go first to %2 instead of %3.")
                              .arg(change.name, listed(change.added), listed(change.dropped));
        summary.changes.append(change);
    }
    return summary;
}

QList<ScenarioGoFirst>
DecisionSummary::scenarioGoFirst(const Workspace &workspace,
                                 const SensitivityAnalysis::Settings &settings,
                                 const std::atomic_bool *cancel)
{
    QList<ScenarioGoFirst> result;
    for (const Scenario &scenario : workspace.scenarios) {
        ScenarioGoFirst entry;
        entry.scenario = scenario.name;
        Decision decision;
        QStringList problems;
        if (!Decision::make(workspace, scenario.model, settings, &decision, &problems, cancel)) {
            entry.problem = problems.value(0);
        } else {
            for (int row : decision.recommendation.rowsIn(Wave::GoFirst)) {
                if (row < workspace.verticals.size())
                    entry.goFirst.append(workspace.verticals.at(row).id);
            }
        }
        result.append(entry);
    }
    return result;
}

bool DecisionSummary::compute(const Workspace &workspace,
                              const SensitivityAnalysis::Settings &settings,
                              DecisionSummary *summary, QStringList *problems,
                              const std::atomic_bool *cancel)
{
    Decision baseline;
    if (!Decision::make(workspace, workspace.model, settings, &baseline, problems, cancel))
        return false;
    *summary = make(workspace, baseline.scores, baseline.recommendation,
                    scenarioGoFirst(workspace, settings, cancel));
    return true;
}

} // namespace Gtm
