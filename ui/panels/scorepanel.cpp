#include "scorepanel.h"

#include "charts/chartstyle.h"
#include "domain/indicator.h"
#include "domain/language.h"

#include "document/workspacedocument.h"
#include "items/coveragetext.h"
#include "scoring/scoreboard.h"
#include "widgets/elidedlabel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Gtm {

namespace {

QLabel *bigNumber()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ScorePanel::ScorePanel(WorkspaceDocument *document, ScoreBoard *scores, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scores(scores)
    , m_name(new ElidedLabel) // one line, elided: a long name must not widen the dock
    , m_readiness(bigNumber())
    , m_readinessBar(new QProgressBar)
    , m_risk(bigNumber())
    , m_riskBar(new QProgressBar)
    , m_readinessCoverage(new QLabel)
    , m_riskCoverage(new QLabel)
    , m_quadrant(new QLabel)
    , m_note(new QLabel)
    , m_contributions(new QTreeWidget)
{
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    for (QProgressBar *bar : {m_readinessBar, m_riskBar}) {
        bar->setRange(0, 1000);
        bar->setTextVisible(false);
        bar->setMaximumHeight(8);
    }
    m_readiness->setAccessibleName(tr("Readiness score"));
    m_risk->setAccessibleName(tr("Risk score"));
    for (QLabel *coverage : {m_readinessCoverage, m_riskCoverage}) {
        coverage->setWordWrap(true);
        coverage->setTextFormat(Qt::RichText);
    }
    m_readinessCoverage->setAccessibleName(tr("Readiness data coverage"));
    m_riskCoverage->setAccessibleName(tr("Risk data coverage"));
    m_quadrant->setAccessibleName(tr("Quadrant"));
    m_quadrant->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("AI potential (readiness)")), 0, 0, 1, 2);
    grid->addWidget(m_readiness, 1, 0);
    grid->addWidget(m_readinessBar, 2, 0, 1, 2);
    grid->addWidget(m_readinessCoverage, 3, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Risk")), 4, 0, 1, 2);
    grid->addWidget(m_risk, 5, 0);
    grid->addWidget(m_riskBar, 6, 0, 1, 2);
    grid->addWidget(m_riskCoverage, 7, 0, 1, 2);
    grid->setRowMinimumHeight(4, 24); // air between the two indices

    m_contributions->setColumnCount(2);
    m_contributions->setHeaderLabels({tr("What adds most"), tr("Points")});
    m_contributions->setRootIsDecorated(true);
    m_contributions->setAccessibleName(tr("Top contributions"));
    m_contributions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contributions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_contributions->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(grid);
    layout->addWidget(m_quadrant);
    layout->addWidget(m_contributions, 1);
    layout->addWidget(m_note);

    connect(scores, &ScoreBoard::scoresChanged, this, &ScorePanel::refresh);
    connect(document, &WorkspaceDocument::fieldChanged, this, [this](const FieldRef &ref) {
        if (ref.record == Record::Vertical)
            refresh();
    });
    refresh();
}

void ScorePanel::setVertical(VerticalId vertical)
{
    m_vertical = vertical;
    refresh();
}

void ScorePanel::refresh()
{
    const Workspace &workspace = m_document->workspace();
    const Vertical *vertical = workspace.vertical(m_vertical);
    m_contributions->clear();
    m_name->setFullText(vertical ? vertical->name : tr("No vertical selected"));
    const ScoringResult *result = m_scores->result();
    if (!result) {
        m_readiness->setText(QStringLiteral("–"));
        m_risk->setText(QStringLiteral("–"));
        m_readinessBar->setValue(0);
        m_riskBar->setValue(0);
        m_readinessCoverage->clear();
        m_riskCoverage->clear();
        m_quadrant->clear();
        m_note->setText(tr("The scoring model has problems, so there are no scores: %1")
                            .arg(m_scores->problems().join(QLatin1Char(' '))));
        return;
    }
    const int row = vertical ? m_scores->rowOf(m_vertical) : -1;
    if (row < 0) {
        m_readiness->setText(QStringLiteral("–"));
        m_risk->setText(QStringLiteral("–"));
        m_readinessBar->setValue(0);
        m_riskBar->setValue(0);
        m_readinessCoverage->clear();
        m_riskCoverage->clear();
        m_quadrant->clear();
        m_note->clear();
        return;
    }
    const int count = int(workspace.verticals.size());
    const auto show = [&](int root, QLabel *label, QProgressBar *bar) {
        const double score = result->score(row, root);
        if (std::isnan(score)) {
            label->setText(QStringLiteral("–"));
            label->setToolTip(result->noScoreReason(row, root));
            bar->setValue(0);
            return;
        }
        label->setText(
            tr("%1 <span style=\"font-size:small; font-weight:normal\">rank %2 of %3</span>")
                .arg(Language::locale().toString(score, 'f', 1))
                .arg(result->rank(row, root))
                .arg(count));
        label->setToolTip({});
        bar->setValue(int(std::lround(score * 10)));
    };
    show(m_scores->readinessRoot(), m_readiness, m_readinessBar);
    show(m_scores->riskRoot(), m_risk, m_riskBar);

    const bool dark = ChartStyle::isDark(palette());
    const double minimum = result->model().recommendation.minimumCoverage / 100.0;
    const auto showCoverage = [&](int root, QLabel *label) {
        const double coverage = result->coverage(row, root);
        QString text = CoverageText::ofIndex(*result, row, root).toHtmlEscaped();
        if (std::isnan(coverage) || coverage < minimum - 1e-9) {
            text = tr("<span style=\"color:%1; font-weight:600\">Provisional</span> · %2")
                       .arg(ChartStyle::provisionalColor(dark).name(), text);
            label->setToolTip(tr("Below the model's minimum of %1 of the index's weight: the "
                                 "score is shown, but no decision rests on it.")
                                  .arg(CoverageText::percent(minimum)));
        } else {
            label->setToolTip(tr("The share of the index's weight that rests on values present."));
        }
        label->setText(text);
    };
    showCoverage(m_scores->readinessRoot(), m_readinessCoverage);
    showCoverage(m_scores->riskRoot(), m_riskCoverage);

    const std::optional<Quadrant> quadrant = result->quadrant(row);
    QString quadrantText = quadrant
        ? QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
              .arg(ChartStyle::quadrantColor(*quadrant, dark).name(),
                   enumDisplayName(*quadrant).toHtmlEscaped())
        : tr("No quadrant: a score is missing");
    if (result->isProvisional(row))
        quadrantText += QLatin1Char(' ')
            + tr("<span style=\"color:%1\">(provisional: complete the worksheets before "
                 "deciding)</span>")
                  .arg(ChartStyle::provisionalColor(dark).name());
    m_quadrant->setText(quadrantText);

    QStringList reasons;
    const CompiledModel &model = result->model();
    for (int root : {m_scores->readinessRoot(), m_scores->riskRoot()}) {
        const QString reason = result->noScoreReason(row, root);
        if (!reason.isEmpty())
            reasons.append(QStringLiteral("%1: %2").arg(
                localizedName(model.nodes()[size_t(model.roots()[size_t(root)])].name), reason));
        auto *top = new QTreeWidgetItem(
            m_contributions,
            {localizedName(model.nodes()[size_t(model.roots()[size_t(root)])].name)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        const QList<Contribution> parts = sortedContributions(*result, row, root);
        for (int i = 0; i < std::min<qsizetype>(5, parts.size()); ++i) {
            auto *item
                = new QTreeWidgetItem(top,
                                      {localizedName(parts.at(i).name),
                                       Language::locale().toString(parts.at(i).points, 'f', 1)});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        top->setExpanded(true);
    }
    m_note->setText(reasons.join(QLatin1Char('\n')));
}

} // namespace Gtm
