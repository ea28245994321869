#include "recommendation.h"

#include "domain/indicator.h"
#include "domain/language.h"
#include "domain/workspace.h"
#include "modelcheck.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Gtm {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::Recommendation)
};

QString percent(double share)
{
    return Language::locale().toString(100.0 * share, 'f', 0);
}

QString coverage(double share)
{
    return Language::locale().toString(coveragePercent(share));
}

QString points(double score)
{
    return Language::locale().toString(score, 'f', 1);
}

/** "A", "A and B", "A, B and C". */
QString listed(QStringList names)
{
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return Text::tr("%1 and %2").arg(names.join(Text::tr(", ")), last);
}

/** At most four names, then how many more. */
QString shortList(const QStringList &names)
{
    if (names.size() <= 4)
        return names.join(Text::tr(", "));
    return Text::tr("%1 and %n more", nullptr, int(names.size() - 3))
        .arg(names.mid(0, 3).join(Text::tr(", ")));
}

} // namespace

SensitivityAnalysis::Settings recommendationRunSettings(int runs, quint64 seed)
{
    SensitivityAnalysis::Settings settings;
    settings.runs = runs;
    settings.seed = seed;
    return settings;
}

bool Decision::make(const Workspace &workspace, const ScoringModel &model,
                    const SensitivityAnalysis::Settings &settings, Decision *decision,
                    QStringList *problems, const std::atomic_bool *cancel)
{
    if (!compileGtmModel(model, workspace, &decision->model, problems))
        return false;
    decision->table = IndicatorTable::fromWorkspace(workspace, decision->model.columns());
    decision->scores = ScoringEngine::score(decision->model, decision->table);
    decision->runs
        = SensitivityAnalysis::run(decision->model, decision->table, settings, {}, cancel);
    decision->recommendation = Recommendation::compute(decision->scores, &decision->runs,
                                                       Recommendation::marketSizes(workspace));
    return true;
}

std::vector<double> Recommendation::marketSizes(const Workspace &workspace)
{
    std::vector<double> sizes;
    sizes.reserve(size_t(workspace.verticals.size()));
    for (const Vertical &vertical : workspace.verticals)
        sizes.push_back(vertical.value(QLatin1String(IndicatorId::MarketSizeUsdBn))
                            .value_or(std::numeric_limits<double>::quiet_NaN()));
    return sizes;
}

Recommendation Recommendation::compute(const ScoringResult &scores,
                                       const SensitivityAnalysis::Result *runs,
                                       const std::vector<double> &marketSizes)
{
    Recommendation recommendation;
    const CompiledModel &model = scores.model();
    const RecommendationSettings &settings = model.recommendation;
    const int readiness = model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
    const int risk = model.rootNamed(QString::fromLatin1(ScoringModel::RiskId));
    const int rows = scores.rowCount();
    const bool haveRuns
        = runs && runs->runs > 0 && runs->hasQuadrants && int(runs->quadrantShares.size()) == rows;
    recommendation.m_runs = haveRuns ? runs->runs : 0;
    recommendation.m_placements.resize(size_t(rows));
    const double minimum = settings.minimumCoverage / 100.0;
    const double robustShare = settings.robustShare / 100.0;
    const auto score = [&](int row, int root) {
        return root >= 0 ? scores.score(row, root) : std::numeric_limits<double>::quiet_NaN();
    };

    std::vector<int> goCalls;
    for (int row = 0; row < rows; ++row) {
        Placement &p = recommendation.m_placements[size_t(row)];
        p.baselineQuadrant = scores.quadrant(row);
        p.readinessCoverage = readiness >= 0 ? scores.coverage(row, readiness) : 0;
        p.riskCoverage = risk >= 0 ? scores.coverage(row, risk) : 0;
        p.provisional = scores.isProvisional(row);
        for (int root : {readiness, risk}) {
            if (root < 0)
                continue;
            for (const QString &indicator : scores.missingIndicators(row, root))
                p.missing.append(localizedName(indicator));
        }
        if (haveRuns) {
            const std::array<double, 4> &shares = runs->quadrantShares[size_t(row)];
            // The largest share; on a tie the baseline's quadrant, else the first in order.
            int best = -1;
            for (int q = 0; q < 4; ++q) {
                const bool tieWithBaseline = best >= 0 && shares[size_t(q)] == shares[size_t(best)]
                    && p.baselineQuadrant && int(*p.baselineQuadrant) == q;
                if (best < 0 || shares[size_t(q)] > shares[size_t(best)] || tieWithBaseline)
                    best = q;
            }
            if (shares[size_t(best)] > 0) {
                p.robustQuadrant = Quadrant(best);
                p.quadrantShare = shares[size_t(best)];
                p.robust = p.quadrantShare >= robustShare - 1e-9;
            }
        }

        QStringList reasons;
        if (p.provisional) {
            for (int root = 0; root < int(model.roots().size()); ++root) {
                const double c = scores.coverage(row, root);
                if (!std::isnan(c) && c >= minimum - 1e-9)
                    continue;
                const QString name
                    = localizedName(model.nodes()[size_t(model.roots()[size_t(root)])].name);
                QStringList missing;
                for (const QString &indicator : scores.missingIndicators(row, root))
                    missing.append(localizedName(indicator));
                reasons.append(Text::tr("Provisional: %1 rests on %2 % of its weight (missing %3); "
                                        "%4 % is needed.")
                                   .arg(name, coverage(std::isnan(c) ? 0 : c), shortList(missing),
                                        Language::locale().toString(settings.minimumCoverage)));
            }
            p.wave = Wave::Undecided;
        } else if (!p.baselineQuadrant) {
            for (int root : {readiness, risk}) {
                if (root >= 0 && std::isnan(scores.score(row, root)))
                    reasons.append(
                        Text::tr("No %1 score: %2.")
                            .arg(localizedName(
                                     model.nodes()[size_t(model.roots()[size_t(root)])].name),
                                 scores.noScoreReason(row, root)));
            }
            p.wave = Wave::Undecided;
        } else if (!haveRuns) {
            reasons.append(Text::tr("%1 at the baseline; the robustness runs are not done yet.")
                               .arg(enumDisplayName(*p.baselineQuadrant)));
            p.wave = Wave::Undecided;
        } else if (!p.robustQuadrant) {
            reasons.append(
                Text::tr("%1 at the baseline, but no robustness run gave it both scores.")
                    .arg(enumDisplayName(*p.baselineQuadrant)));
            p.wave = Wave::Undecided;
        } else if (!p.robust) {
            if (p.robustQuadrant == p.baselineQuadrant)
                reasons.append(
                    Text::tr("%1 at the baseline, but only %2 % of the runs agree; %3 % are "
                             "needed for a robust call.")
                        .arg(enumDisplayName(*p.baselineQuadrant), percent(p.quadrantShare),
                             percent(robustShare)));
            else
                reasons.append(
                    Text::tr("%1 at the baseline, but the runs are split: at most %2 % say "
                             "%3; %4 % are needed for a robust call.")
                        .arg(enumDisplayName(*p.baselineQuadrant), percent(p.quadrantShare),
                             enumDisplayName(*p.robustQuadrant), percent(robustShare)));
            p.wave = Wave::Undecided;
        } else {
            if (p.robustQuadrant == p.baselineQuadrant)
                reasons.append(
                    Text::tr("%1 in %2 % of the runs.")
                        .arg(enumDisplayName(*p.robustQuadrant), percent(p.quadrantShare)));
            else
                reasons.append(Text::tr("%1 at the baseline, but %2 % of the runs say %3.")
                                   .arg(enumDisplayName(*p.baselineQuadrant),
                                        percent(p.quadrantShare),
                                        enumDisplayName(*p.robustQuadrant)));
            switch (*p.robustQuadrant) {
            case Quadrant::PursueNow:
            case Quadrant::ProceedWithSafeguards:
                goCalls.push_back(row);
                break;
            case Quadrant::PrepareTheCustomer:
                p.wave = Wave::Prepare;
                reasons.append(Text::tr("Build the customer's readiness before selling."));
                break;
            case Quadrant::Monitor:
                p.wave = Wave::NotYet;
                reasons.append(
                    Text::tr("Not yet: revisit when its readiness rises or its risk falls."));
                break;
            }
        }
        p.reason = reasons.join(Language::sentenceSeparator());
    }

    // The go calls, readiest first, then the larger market, then the workspace's order.
    const auto market = [&](int row) {
        const double size = size_t(row) < marketSizes.size() ? marketSizes[size_t(row)] : NAN;
        return std::isnan(size) ? -1.0 : size;
    };
    std::stable_sort(goCalls.begin(), goCalls.end(), [&](int a, int b) {
        const double ra = score(a, readiness), rb = score(b, readiness);
        if (ra != rb)
            return ra > rb;
        return market(a) > market(b);
    });
    const int goFirst = std::min(int(goCalls.size()), settings.goFirstMax);
    for (int i = 0; i < int(goCalls.size()); ++i) {
        const int row = goCalls[size_t(i)];
        Placement &p = recommendation.m_placements[size_t(row)];
        const bool first = i < goFirst;
        p.wave = first ? Wave::GoFirst : Wave::Next;
        p.order = first ? i + 1 : i - goFirst + 1;
        QString reason = first
            ? Text::tr("Go first: place %1 of %2 by readiness (%3).")
                  .arg(p.order)
                  .arg(goFirst)
                  .arg(points(score(row, readiness)))
            : Text::tr("A go call, but go first is kept to the %n readiest (readiness %1).",
                       nullptr, settings.goFirstMax)
                  .arg(points(score(row, readiness)));
        if (*p.robustQuadrant == Quadrant::ProceedWithSafeguards && risk >= 0) {
            const QList<Contribution> parts = sortedContributions(scores, row, risk);
            for (const Contribution &part : parts) {
                if (part.points > 0 && p.safeguards.size() < 3)
                    p.safeguards.append(localizedName(part.name));
            }
            if (!p.safeguards.isEmpty())
                reason += QLatin1Char(' ')
                    + Text::tr("Safeguards for its highest risks: %1.").arg(listed(p.safeguards));
        }
        p.reason += QLatin1Char(' ') + reason;
    }
    // Prepare and not yet: readiest first, like the go calls.
    for (Wave wave : {Wave::Prepare, Wave::NotYet, Wave::Undecided}) {
        std::vector<int> members;
        for (int row = 0; row < rows; ++row) {
            if (recommendation.m_placements[size_t(row)].wave == wave)
                members.push_back(row);
        }
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            const double ra = score(a, readiness), rb = score(b, readiness);
            if (std::isnan(ra) != std::isnan(rb))
                return std::isnan(rb);
            if (ra != rb)
                return ra > rb;
            return market(a) > market(b);
        });
        for (size_t i = 0; i < members.size(); ++i)
            recommendation.m_placements[size_t(members[i])].order = int(i) + 1;
    }
    return recommendation;
}

QList<int> Recommendation::rowsIn(Wave wave) const
{
    QList<int> rows;
    for (int row = 0; row < int(m_placements.size()); ++row) {
        if (m_placements[size_t(row)].wave == wave)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_placements[size_t(a)].order < m_placements[size_t(b)].order;
    });
    return rows;
}

QString Recommendation::headline(const QStringList &names, const QList<int> &only) const
{
    const auto members = [&](Wave wave) {
        QStringList list;
        for (int row : rowsIn(wave)) {
            if (!only.isEmpty() && !only.contains(row))
                continue;
            QString name = names.value(row);
            if (wave == Wave::GoFirst
                && m_placements[size_t(row)].robustQuadrant == Quadrant::ProceedWithSafeguards)
                name = Text::tr("%1 (with safeguards)").arg(name);
            list.append(name);
        }
        return list;
    };
    if (m_placements.empty())
        return Text::tr(
            "No verticals yet: add the candidate segments and fill in their worksheets.");
    if (const QStringList list = members(Wave::GoFirst); !list.isEmpty())
        return Text::tr("Go first to %1.").arg(listed(list));
    if (const QStringList list = members(Wave::Next); !list.isEmpty())
        return Text::tr("Next, after the go-first verticals: %1.").arg(listed(list));
    if (const QStringList list = members(Wave::Prepare); !list.isEmpty())
        return Text::tr("No vertical is a robust go call yet: prepare %1, where the risk is low.")
            .arg(listed(list));
    if (const QStringList list = members(Wave::NotYet); !list.isEmpty())
        return Text::tr("No vertical is ready yet, and the risk is high: monitor %1.")
            .arg(listed(list));
    if (!hasRuns())
        return Text::tr("No recommendation until the robustness runs are done.");
    return Text::tr("No robust call yet: complete the worksheets of the undecided verticals.");
}

} // namespace Gtm
