#include "chartspage.h"

#include "chartcontent.h"
#include "chartview.h"
#include "document/workspacedocument.h"
#include "domain/enumkeys.h"
#include "domain/indicator.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "items/coveragetext.h"
#include "mapchart.h"
#include "radarchart.h"
#include "recommendationview.h"
#include "robustnesscharts.h"
#include "scoring/scoreboard.h"
#include "sensitivityrunner.h"
#include "whychart.h"

#include "widgets/flowlayout.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Gtm {

namespace {

QString number(double value)
{
    return Language::locale().toString(value, 'f', 1);
}

} // namespace

ChartsPage::ChartsPage(WorkspaceDocument *document, ScoreBoard *scores, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scores(scores)
    , m_tabs(new QTabWidget)
    , m_map(new MapChart)
    , m_radar(new RadarChart)
    , m_radarChoices(new QListWidget)
    , m_radarNote(new QLabel)
    , m_why(new WhyChart)
    , m_whyMode(new QComboBox)
    , m_whyIndex(new QComboBox)
    , m_ranks(new RankIntervalChart)
    , m_shares(new QuadrantShareChart)
    , m_runs(new QSpinBox)
    , m_spread(new QDoubleSpinBox)
    , m_robustnessIndex(new QComboBox)
    , m_robustnessChart(new QComboBox)
    , m_robustnessCharts(new QStackedWidget)
    , m_run(new QPushButton(tr("&Run Again")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_rerun(new QTimer(this))
    , m_runner(new SensitivityRunner(this))
    , m_recommendation(new RecommendationView(document, scores))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Charts"));
    m_tabs->addTab(mapTab(), tr("Readiness × risk map"));
    m_tabs->addTab(radarTab(), tr("Radar comparison"));
    m_tabs->addTab(whyTab(), tr("Why this score"));
    m_tabs->addTab(robustnessTab(), tr("Robustness"));
    m_tabs->addTab(m_recommendation, tr("Recommendation"));
    // Choosing a vertical in the waves does what a click on its bubble does.
    connect(m_recommendation, &RecommendationView::verticalClicked, this,
            &ChartsPage::verticalClicked);
    connect(m_recommendation, &RecommendationView::verticalActivated, this,
            &ChartsPage::verticalActivated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_scores, &ScoreBoard::scoresChanged, this, &ChartsPage::scoresChanged);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, [this] {
        // Another workspace: nothing of the last one's analysis may show up here.
        m_radarChosen.clear();
        abandonRun();
        clearRobustness(QString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        refreshTab(tab);
        if (tab == RobustnessTab && m_sensitivityStale && !isRunning())
            runSensitivity();
    });
    // After an edit, the robustness analysis runs again once the user pauses.
    m_rerun->setSingleShot(true);
    m_rerun->setInterval(600);
    connect(m_rerun, &QTimer::timeout, this, [this] {
        if (m_tabs->currentIndex() == RobustnessTab && isVisible())
            runSensitivity();
    });
    connect(m_runner, &SensitivityRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &SensitivityRunner::finished, this, &ChartsPage::sensitivityFinished);
    connect(m_runner, &SensitivityRunner::failed, this, [this](const QString &reason) {
        // Out of memory in the worker, most likely: say so, keep the window.
        showIdle();
        clearRobustness(tr("The robustness analysis failed: %1").arg(reason));
    });
}

ChartsPage::~ChartsPage() = default; // the runners wait for their workers

QWidget *ChartsPage::mapTab()
{
    m_mapView = new ChartView(m_map);
    m_mapView->setAccessibleName(tr("Readiness and risk map"));
    m_mapView->setToolTipProvider(
        [this](const QPointF &position) { return mapToolTip(m_map->verticalAt(position)); });
    connect(m_mapView, &ChartView::clicked, this, [this](const QPointF &position) {
        if (const VerticalId id = m_map->verticalAt(position))
            emit verticalClicked(id);
    });
    connect(m_mapView, &ChartView::doubleClicked, this, [this](const QPointF &position) {
        if (const VerticalId id = m_map->verticalAt(position))
            emit verticalActivated(id);
    });
    return m_mapView;
}

QWidget *ChartsPage::radarTab()
{
    m_radarView = new ChartView(m_radar);
    m_radarView->setAccessibleName(tr("Radar comparison"));
    m_radarChoices->setAccessibleName(tr("Verticals to compare"));
    m_radarChoices->setUniformItemSizes(true);
    connect(m_radarChoices, &QListWidget::itemChanged, this, &ChartsPage::radarItemChanged);
    m_radarNote->setWordWrap(true);
    auto *label = new QLabel(tr("Com&pare two to six:"));
    label->setBuddy(m_radarChoices);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    sideLayout->addWidget(label);
    sideLayout->addWidget(m_radarChoices, 1);
    sideLayout->addWidget(m_radarNote);
    auto *splitter = new QSplitter;
    splitter->addWidget(side);
    splitter->addWidget(m_radarView);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    return splitter;
}

QWidget *ChartsPage::whyTab()
{
    m_whyView = new ChartView(m_why);
    m_whyView->setAccessibleName(tr("Why this score"));
    m_whyMode->addItem(tr("The selected vertical"), int(WhyData::Mode::Selected));
    m_whyMode->addItem(tr("All verticals, stacked"), int(WhyData::Mode::All));
    m_whyMode->setAccessibleName(tr("Show"));
    m_whyIndex->addItem(tr("Readiness"));
    m_whyIndex->addItem(tr("Risk"));
    m_whyIndex->setAccessibleName(tr("Index"));
    m_whyIndex->setEnabled(false);
    const auto changed = [this] {
        const auto mode = WhyData::Mode(m_whyMode->currentData().toInt());
        m_whyIndex->setEnabled(mode == WhyData::Mode::All);
        m_why->setMode(mode, m_whyIndex->currentIndex());
        m_dirty[WhyTab] = true;
        refreshTab(WhyTab);
    };
    connect(m_whyMode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_whyIndex, &QComboBox::currentIndexChanged, this, changed);
    auto *showLabel = new QLabel(tr("Sho&w:"));
    showLabel->setBuddy(m_whyMode);
    auto *indexLabel = new QLabel(tr("&Index:"));
    indexLabel->setBuddy(m_whyIndex);
    auto *options = new QHBoxLayout;
    options->setContentsMargins(6, 6, 6, 0);
    options->addWidget(showLabel);
    options->addWidget(m_whyMode);
    options->addSpacing(12);
    options->addWidget(indexLabel);
    options->addWidget(m_whyIndex);
    options->addStretch(1);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_whyView, 1);
    return page;
}

QWidget *ChartsPage::robustnessTab()
{
    m_ranksView = new ChartView(m_ranks);
    m_ranksView->setAccessibleName(tr("Rank intervals"));
    m_sharesView = new ChartView(m_shares);
    m_sharesView->setAccessibleName(tr("Quadrant shares"));
    m_robustnessIndex->addItem(tr("Readiness"));
    m_robustnessIndex->addItem(tr("Risk"));
    m_robustnessIndex->setAccessibleName(tr("Index"));
    connect(m_robustnessIndex, &QComboBox::currentIndexChanged, this, &ChartsPage::showRobustness);
    m_runs->setRange(100, 100000);
    m_runs->setSingleStep(500);
    m_runs->setValue(1000);
    m_runs->setGroupSeparatorShown(true);
    m_runs->setAccessibleName(tr("Runs"));
    m_runs->setToolTip(tr("How many times the scores are computed with perturbed weights and "
                          "another normalisation."));
    m_spread->setRange(0, 95);
    m_spread->setDecimals(0);
    m_spread->setSingleStep(5);
    m_spread->setValue(25);
    m_spread->setSuffix(tr(" %"));
    m_spread->setPrefix(tr("± "));
    m_spread->setAccessibleName(tr("Weight spread"));
    m_spread->setToolTip(tr("Each weight of the model is drawn within this share of its value."));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    connect(m_run, &QPushButton::clicked, this, &ChartsPage::runSensitivity);
    connect(m_cancel, &QPushButton::clicked, this, &ChartsPage::cancelSensitivity);
    const auto labelFor = [](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    m_robustnessChart->addItem(tr("Rank intervals"));
    m_robustnessChart->addItem(tr("Quadrant shares"));
    m_robustnessChart->setAccessibleName(tr("Chart"));
    connect(m_robustnessChart, &QComboBox::currentIndexChanged, m_robustnessCharts,
            &QStackedWidget::setCurrentIndex);
    // The options wrap onto a second row rather than widen the window; the progress of a run
    // shows beside its status line.
    auto *options = new FlowLayout;
    options->setContentsMargins(6, 6, 6, 0);
    options->setHorizontalSpacing(12);
    options->addWidget(
        keptTogether({labelFor(tr("Dis&play:"), m_robustnessChart), m_robustnessChart}));
    options->addWidget(
        keptTogether({labelFor(tr("I&ndex:"), m_robustnessIndex), m_robustnessIndex}));
    options->addWidget(keptTogether({labelFor(tr("R&uns:"), m_runs), m_runs}));
    options->addWidget(keptTogether({labelFor(tr("&Weights within:"), m_spread), m_spread}));
    options->addWidget(m_run);
    auto *status = new QHBoxLayout;
    status->setContentsMargins(6, 0, 6, 0);
    status->addWidget(m_status, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    // One chart at a time: each needs the height to give every vertical a readable row.
    m_robustnessCharts->addWidget(m_ranksView);
    m_robustnessCharts->addWidget(m_sharesView);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addLayout(status);
    layout->addWidget(m_robustnessCharts, 1);
    return page;
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshTab(m_tabs->currentIndex());
    if (m_tabs->currentIndex() == RobustnessTab && m_sensitivityStale && !isRunning())
        runSensitivity();
}

void ChartsPage::setCurrentVertical(VerticalId vertical)
{
    if (m_current == vertical)
        return;
    m_current = vertical;
    m_map->setCurrent(vertical); // a ring moves: cheap, so at once
    m_recommendation->setCurrentVertical(vertical);
    if (m_why->mode() == WhyData::Mode::Selected) {
        m_dirty[WhyTab] = true;
        if (isVisible() && m_tabs->currentIndex() == WhyTab)
            refreshTab(WhyTab);
    }
}

void ChartsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QList<ChartView *> ChartsPage::visibleViews() const
{
    switch (m_tabs->currentIndex()) {
    case MapTab:
        return {m_mapView};
    case RadarTab:
        return {m_radarView};
    case WhyTab:
        return {m_whyView};
    case RobustnessTab:
        return {m_robustnessChart->currentIndex() == 0 ? m_ranksView : m_sharesView};
    case RecommendationTab:
        break; // a table, not a chart: it follows the scores by itself
    }
    return {};
}

void ChartsPage::scoresChanged()
{
    m_dirty.fill(true);
    m_sensitivityStale = true;
    if (!isVisible() || m_tabs->currentIndex() != RobustnessTab)
        abandonRun(); // its scores are gone; it runs again when the tab is shown
    if (!isVisible())
        return; // drawn when shown: see refreshTab() through showEvent
    refreshTab(m_tabs->currentIndex());
    if (m_tabs->currentIndex() == RobustnessTab)
        m_rerun->start();
}

void ChartsPage::refreshTab(int tab)
{
    if (tab < 0 || tab >= int(m_dirty.size()) || !m_dirty[size_t(tab)])
        return;
    m_dirty[size_t(tab)] = false;
    const ChartInput input = chartInput(m_document, m_scores, m_current);
    switch (tab) {
    case MapTab:
        m_map->setInput(input);
        // Smooth edges cost 50 ms a repaint with a thousand bubbles, which is more than an edit
        // may take to reach the map; crowded maps are drawn without them on screen (exports
        // always have them).
        m_mapView->setRenderHint(QPainter::Antialiasing,
                                 m_map->data().points.size() <= SmoothBubblesUpTo);
        break;
    case RadarTab:
        rebuildRadarChoices();
        m_radar->setChosen(m_radarChosen);
        m_radar->setInput(input);
        showRadarNote();
        break;
    case WhyTab: {
        if (const ScoringResult *result = m_scores->result()) {
            const CompiledModel &model = result->model();
            m_whyIndex->setItemText(
                0,
                localizedName(
                    model.nodes()[size_t(model.roots()[size_t(m_scores->readinessRoot())])].name));
            m_whyIndex->setItemText(
                1,
                localizedName(
                    model.nodes()[size_t(model.roots()[size_t(m_scores->riskRoot())])].name));
        }
        m_why->setInput(input);
        break;
    }
    case RobustnessTab:
        showRobustness();
        break;
    case RecommendationTab:
        break;
    }
}

void ChartsPage::rebuildRadarChoices()
{
    const QList<Vertical> &verticals = m_document->workspace().verticals;
    // Chosen verticals that are gone drop out; a first look gets a sensible choice.
    m_radarChosen.removeIf([this](VerticalId id) { return !m_document->workspace().vertical(id); });
    if (m_radarChosen.isEmpty())
        defaultRadarChoice();
    bool same = m_radarChoices->count() == verticals.size();
    for (int i = 0; same && i < verticals.size(); ++i) {
        const QListWidgetItem *item = m_radarChoices->item(i);
        same = item->data(Qt::UserRole).value<VerticalId>() == verticals.at(i).id
            && item->text() == verticals.at(i).name
            && (item->checkState() == Qt::Checked) == m_radarChosen.contains(verticals.at(i).id);
    }
    if (same)
        return;
    const QSignalBlocker blocker(m_radarChoices);
    m_radarChoices->clear();
    for (const Vertical &v : verticals) {
        auto *item = new QListWidgetItem(v.name, m_radarChoices);
        item->setData(Qt::UserRole, QVariant::fromValue(v.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_radarChosen.contains(v.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ChartsPage::defaultRadarChoice()
{
    // The selected vertical and the readiest others, four in all.
    const QList<Vertical> &verticals = m_document->workspace().verticals;
    if (m_document->workspace().vertical(m_current))
        m_radarChosen.append(m_current);
    QList<VerticalId> others;
    for (const Vertical &v : verticals) {
        if (v.id != m_current && !std::isnan(m_scores->readiness(v.id)))
            others.append(v.id);
    }
    std::stable_sort(others.begin(), others.end(), [this](VerticalId a, VerticalId b) {
        return m_scores->readiness(a) > m_scores->readiness(b);
    });
    for (VerticalId id : std::as_const(others)) {
        if (m_radarChosen.size() >= 4)
            break;
        m_radarChosen.append(id);
    }
}

void ChartsPage::radarItemChanged(QListWidgetItem *item)
{
    const auto id = item->data(Qt::UserRole).value<VerticalId>();
    if (item->checkState() == Qt::Checked) {
        if (m_radarChosen.size() >= RadarChart::MaximumVerticals) {
            const QSignalBlocker blocker(m_radarChoices);
            item->setCheckState(Qt::Unchecked);
            m_radarNote->setText(
                tr("At most %1 verticals: uncheck one first.").arg(RadarChart::MaximumVerticals));
            return;
        }
        if (!m_radarChosen.contains(id))
            m_radarChosen.append(id);
    } else {
        m_radarChosen.removeAll(id);
    }
    m_radar->setChosen(m_radarChosen);
    m_radar->setInput(chartInput(m_document, m_scores, m_current));
    showRadarNote();
}

void ChartsPage::showRadarNote()
{
    for (const RadarLine &line : m_radar->data().lines) {
        if (std::any_of(line.values.cbegin(), line.values.cend(),
                        [](double v) { return std::isnan(v); })) {
            m_radarNote->setText(
                tr("A break in an outline is a score the vertical does not have."));
            return;
        }
    }
    m_radarNote->clear();
}

QString ChartsPage::mapToolTip(VerticalId vertical) const
{
    const Vertical *v = m_document->workspace().vertical(vertical);
    const ScoringResult *result = m_scores->result();
    const int row = m_scores->rowOf(vertical);
    if (!v || !result || row < 0)
        return {};
    const CompiledModel &model = result->model();
    QStringList lines {QStringLiteral("<b>%1</b>").arg(v->name.toHtmlEscaped())};
    for (int root : {m_scores->readinessRoot(), m_scores->riskRoot()}) {
        const QString name = localizedName(model.nodes()[size_t(model.roots()[size_t(root)])].name);
        int ranked = 0; // of the verticals with this score
        for (int r = 0; r < result->rowCount(); ++r)
            ranked += result->rank(r, root) > 0 ? 1 : 0;
        lines.append(tr("%1: %2 (rank %3 of %4)")
                         .arg(name.toHtmlEscaped(), number(result->score(row, root)),
                              QString::number(result->rank(row, root)), QString::number(ranked)));
    }
    if (const std::optional<Quadrant> quadrant = result->quadrant(row))
        lines.append(tr("Quadrant: %1").arg(enumDisplayName(*quadrant)));
    if (result->isProvisional(row)) {
        QString note = CoverageText::provisionalNote(*result, row).toHtmlEscaped();
        lines.append(QStringLiteral("<i>%1</i>")
                         .arg(note.replace(QLatin1Char('\n'), QLatin1String("<br>"))));
    }
    if (const std::optional<double> market
        = v->value(QString::fromLatin1(IndicatorId::MarketSizeUsdBn)))
        lines.append(
            tr("Market size: %1")
                .arg(Amounts::money(*market, Amounts::Unit::UsdBillion, Language::locale())));
    else
        lines.append(tr("Market size: not given"));
    for (int root : {m_scores->readinessRoot(), m_scores->riskRoot()}) {
        const QList<Contribution> parts = sortedContributions(*result, row, root);
        QStringList top;
        for (int i = 0; i < std::min<qsizetype>(3, parts.size()); ++i)
            top.append(QStringLiteral("%1 %2").arg(localizedName(parts.at(i).name).toHtmlEscaped(),
                                                   number(parts.at(i).points)));
        if (!top.isEmpty()) {
            lines.append(
                tr("Adds most to %1: %2")
                    .arg(localizedName(model.nodes()[size_t(model.roots()[size_t(root)])].name)
                             .toHtmlEscaped(),
                         top.join(QStringLiteral(", "))));
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

bool ChartsPage::isRunning() const
{
    return m_runner->isRunning();
}

void ChartsPage::abandonRun()
{
    // The running analysis is for scores that no longer are: let it finish unheard.
    m_runner->abandon();
    showIdle();
}

void ChartsPage::showIdle()
{
    m_progress->hide();
    m_cancel->hide();
    m_run->setEnabled(true);
}

void ChartsPage::clearRobustness(const QString &status)
{
    m_result = {};
    m_resultIds.clear();
    m_resultNames.clear();
    m_resultIndexNames.clear();
    m_status->setText(status);
    showRobustness();
}

void ChartsPage::runSensitivity()
{
    m_rerun->stop();
    abandonRun();
    m_sensitivityStale = false;
    if (!m_scores->result()) {
        clearRobustness(tr("No robustness analysis: the scoring model has problems."));
        return;
    }
    SensitivityAnalysis::Settings settings;
    settings.runs = m_runs->value();
    const qint64 verticals = std::max<qint64>(1, m_document->workspace().verticals.size());
    const qint64 indices = std::max<qint64>(1, qint64(m_scores->model().roots().size()));
    if (SensitivityAnalysis::rankCells(settings.runs, verticals, indices)
        > SensitivityAnalysis::MaximumRankCells) {
        clearRobustness(
            tr("%1 runs over %2 verticals would need more than 1 GB; choose fewer runs.")
                .arg(Language::locale().toString(settings.runs),
                     Language::locale().toString(verticals)));
        return;
    }
    settings.weightSpread = m_spread->value() / 100.0;
    m_runner->start(m_scores->model(), m_scores->table(), settings,
                    SensitivityRunner::jobFor(m_document->workspace(), m_scores->model()));
    m_progress->setRange(0, settings.runs);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_run->setEnabled(false);
    m_status->setText(tr("Running %1 scorings with perturbed weights and normalisations…")
                          .arg(Language::locale().toString(settings.runs)));
}

void ChartsPage::cancelSensitivity()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ChartsPage::sensitivityFinished(const SensitivityAnalysis::Result &result,
                                     const SensitivityRunner::Job &job, double seconds)
{
    showIdle();
    m_result = result;
    m_resultIds = job.ids;
    m_resultNames = job.names;
    m_resultIndexNames = job.indexNames;
    if (m_result.cancelled) {
        m_status->setText(tr("Cancelled after %1 of %2 runs (%3 s); the charts show those runs.")
                              .arg(Language::locale().toString(m_result.runs),
                                   Language::locale().toString(job.runs),
                                   Language::locale().toString(seconds, 'f', 2)));
    } else {
        m_status->setText(
            tr("%1 runs in %2 s: each weight drawn within ±%3 % of its value, and one of the "
               "model's own, min–max, z-score or rank normalisation per run (OECD/JRC "
               "Handbook, 2008).")
                .arg(Language::locale().toString(m_result.runs),
                     Language::locale().toString(seconds, 'f', 2),
                     Language::locale().toString(m_spread->value(), 'f', 0)));
    }
    m_dirty[RobustnessTab] = true;
    refreshTab(RobustnessTab);
}

void ChartsPage::showRobustness()
{
    m_dirty[RobustnessTab] = false;
    const int wanted = m_robustnessIndex->currentIndex() == 1 ? 1 : 0;
    const char *id = wanted == 1 ? ScoringModel::RiskId : ScoringModel::ReadinessId;
    const int index = int(m_result.indexIds.indexOf(QString::fromLatin1(id)));
    const QString name = index >= 0 && index < m_resultIndexNames.size()
        ? m_resultIndexNames.at(index)
        : m_robustnessIndex->currentText();
    const RobustnessData data = robustnessData(m_result, m_resultIds, m_resultNames, index, name);
    m_ranks->setData(data);
    m_shares->setData(data);
}

} // namespace Gtm
