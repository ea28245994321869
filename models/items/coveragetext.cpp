#include "coveragetext.h"

#include "domain/indicator.h"
#include "domain/language.h"
#include "scoring/scoringengine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace Gtm::CoverageText {

namespace {

// Text::tr() puts this file's texts in the context that lupdate records and the program
// looks up; a free tr() helper would be recorded under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::CoverageText)
};

/** At most four names, then how many more. */
QString shortList(const QStringList &names)
{
    if (names.size() <= 4)
        return names.join(Text::tr(", "));
    return Text::tr("%1 and %n more", nullptr, int(names.size() - 3))
        .arg(names.mid(0, 3).join(Text::tr(", ")));
}

QStringList missingNames(const ScoringResult &result, int row, int root)
{
    QStringList names;
    for (const QString &name : result.missingIndicators(row, root))
        names.append(localizedName(name));
    return names;
}

bool belowMinimum(const ScoringResult &result, int row, int root)
{
    const double c = result.coverage(row, root);
    // The same tolerance as ScoringResult::isProvisional().
    return std::isnan(c) || c < result.model().recommendation.minimumCoverage / 100.0 - 1e-9;
}

} // namespace

QString percent(double share)
{
    if (std::isnan(share))
        return QStringLiteral("–");
    return Text::tr("%1 %").arg(Language::locale().toString(coveragePercent(share)));
}

QString indexName(const ScoringResult &result, int root)
{
    const CompiledModel &model = result.model();
    return localizedName(model.nodes()[size_t(model.roots()[size_t(root)])].name);
}

QString ofIndex(const ScoringResult &result, int row, int root)
{
    const QStringList missing = missingNames(result, row, root);
    const QString coverage = percent(result.coverage(row, root));
    if (missing.isEmpty())
        return Text::tr("coverage %1").arg(coverage);
    return Text::tr("coverage %1: missing %2").arg(coverage, shortList(missing));
}

QString provisionalNote(const ScoringResult &result, int row)
{
    QStringList lines;
    for (int root = 0; root < int(result.model().roots().size()); ++root) {
        if (!belowMinimum(result, row, root))
            continue;
        const QStringList missing = missingNames(result, row, root);
        const double c = result.coverage(row, root);
        lines.append(
            Text::tr("Provisional: %1 rests on %2 of its weight (missing %3).")
                .arg(indexName(result, root), percent(std::isnan(c) ? 0 : c), shortList(missing)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString shares(const ScoringResult &result, int row)
{
    const CompiledModel &model = result.model();
    QStringList parts;
    for (const char *id : {ScoringModel::ReadinessId, ScoringModel::RiskId}) {
        const int root = model.rootNamed(QString::fromLatin1(id));
        if (root >= 0)
            parts.append(percent(result.coverage(row, root)));
    }
    return parts.join(Text::tr(" / "));
}

} // namespace Gtm::CoverageText
