#include "recommendationview.h"

#include "document/records.h"
#include "document/workspacedocument.h"
#include "domain/language.h"
#include "editors/formbinder.h"
#include "items/recordtablemodel.h"
#include "scoring/scoreboard.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gtm {

namespace {

/**
 * Wraps every cell at its column's width and gives it the height that needs (a tree view asks
 * for a cell's size without saying how wide it is), and draws a wave's row across the table:
 * its name in bold, what the wave means after it.
 */
class WaveDelegate : public QStyledItemDelegate
{
public:
    explicit WaveDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    static constexpr int Pad = 6;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.parent().isValid()) {
            // The row spans the table, right of the wave's branch arrow.
            const Layout layout
                = waveLayout(option, index, m_view->header()->length() - m_view->indentation());
            return QSize(layout.width, layout.height);
        }
        QStyleOptionViewItem sized = option;
        int width = m_view->header()->sectionSize(index.column());
        if (index.column() == 0) // a vertical sits under its wave's branch
            width -= 2 * m_view->indentation();
        sized.rect = QRect(0, 0, std::max(40, width), 1);
        QSize size = QStyledItemDelegate::sizeHint(sized, index);
        size.setHeight(size.height() + Pad); // air between the verticals' reasons
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.parent().isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const Layout layout = waveLayout(option, index, option.rect.width());
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->translate(option.rect.topLeft());
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(layout.titleFont);
        painter->drawText(layout.title, Qt::AlignLeft | Qt::AlignTop, layout.titleText);
        painter->setPen(
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->setFont(layout.textFont);
        painter->drawText(layout.text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          layout.textText);
        painter->restore();
    }

private:
    struct Layout
    {
        QFont titleFont;
        QFont textFont;
        QString titleText;
        QString textText;
        QRect title;
        QRect text;
        int width = 0;
        int height = 0;
    };

    /** The wave's name, then what it means, wrapped in what is left of `width`. */
    Layout waveLayout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
    {
        Layout l;
        l.titleFont = option.font;
        l.titleFont.setBold(true);
        l.textFont = option.font;
        l.textFont.setItalic(true);
        l.titleText = index.siblingAtColumn(RecommendationModel::VerticalColumn).data().toString();
        l.textText = index.siblingAtColumn(RecommendationModel::ReasonColumn).data().toString();
        const QFontMetrics titleMetrics(l.titleFont);
        const int left = Pad; // the branch arrow is drawn left of the row
        const int titleWidth = titleMetrics.horizontalAdvance(l.titleText);
        l.title = QRect(left, Pad + 2, titleWidth + 1, titleMetrics.height());
        const int textLeft = l.title.right() + 16;
        const int textWidth = std::max(120, width - textLeft - Pad);
        l.text = QFontMetrics(l.textFont)
                     .boundingRect(QRect(textLeft, Pad + 2, textWidth, 10000),
                                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l.textText);
        l.width = textLeft + textWidth + Pad;
        l.height = std::max(l.title.bottom(), l.text.bottom()) + Pad + 2;
        return l;
    }

    QTreeView *m_view;
};

} // namespace

RecommendationView::RecommendationView(WorkspaceDocument *document, ScoreBoard *scores,
                                       QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scores(scores)
    , m_model(new RecommendationModel(document, scores, this))
    , m_view(new QTreeView)
    , m_headline(new QLabel)
    , m_rules(new QLabel)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_planModel(new RecordTableModel(document, Record::Plan, this))
    , m_planBinder(new FormBinder(m_planModel, this))
    , m_runner(new SensitivityRunner(this))
    , m_rerun(new QTimer(this))
{
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.35);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText); // names are the user's text
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("Recommendation"));
    m_rules->setWordWrap(true);
    m_rules->setTextFormat(Qt::PlainText);
    m_rules->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Robustness runs"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m runs"));
    m_progress->hide();

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Waves of the recommendation"));
    m_view->setItemDelegate(new WaveDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(50);
    const QFontMetrics metrics(font());
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    // Narrow columns for the numbers (longer texts wrap), the rest for the reasons.
    header->resizeSection(RecommendationModel::VerticalColumn,
                          2 * m_view->indentation() + width(QStringLiteral("Energy & Utilities")));
    header->resizeSection(RecommendationModel::ReadinessColumn, width(tr("Readiness")));
    header->resizeSection(RecommendationModel::RiskColumn, width(QStringLiteral("100.0")));
    header->resizeSection(RecommendationModel::QuadrantColumn, width(tr("Quadrant in the runs")));
    header->resizeSection(RecommendationModel::CoverageColumn, width(tr("Data coverage")));
    // Wider or narrower columns wrap the reasons anew.
    connect(header, &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const VerticalId id
                    = current.data(RecommendationModel::VerticalIdRole).value<VerticalId>();
                if (id && !m_following) {
                    m_current = id;
                    emit verticalClicked(id);
                }
            });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const VerticalId id
            = index.data(RecommendationModel::VerticalIdRole).value<VerticalId>())
            emit verticalActivated(id);
    });
    connect(m_view, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_collapsed.insert(index.row()); });
    connect(m_view, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_collapsed.remove(index.row()); });
    // Waves open as verticals arrive in them, unless the user closed them. Nothing here may lay
    // the tree out at once after a change of the model (spanning a row does): the tree would then
    // measure every row the model reports changed, rather than those it paints.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        spanWaves();
        expandWaves();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecommendationView::expandWaves);
    // A vertical in sight stays in sight when the waves are rearranged under it (once the tree
    // is laid out again).
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_keepInSight = current.isValid()
            && m_view->viewport()->rect().intersects(m_view->visualRect(current));
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_keepInSight)
            return;
        m_keepInSight = false;
        QTimer::singleShot(0, this, [this] {
            if (m_view->currentIndex().isValid())
                m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::PositionAtCenter);
        });
    });
    connect(m_model, &RecommendationModel::recommendationChanged, this,
            &RecommendationView::recommendationChanged);

    m_rerun->setSingleShot(true);
    m_rerun->setInterval(RerunDelayMs);
    connect(m_rerun, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_runner->isRunning())
            runNow();
        // A run under way finishes first; runsDone() starts the next one.
    });
    connect(m_runner, &SensitivityRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &SensitivityRunner::finished, this, &RecommendationView::runsDone);
    connect(m_runner, &SensitivityRunner::failed, this, [this](const QString &reason) {
        m_failure = tr("The robustness runs failed: %1").arg(reason);
        updateStatus();
    });
    connect(document, &WorkspaceDocument::workspaceAboutToBeReset, this, [this] {
        // The model refuses the last workspace's runs anyway; stop working on them.
        m_runner->abandon();
        m_failure.clear();
    });

    // When each wave starts: the plan's target quarters, shown in the waves' headings.
    connect(m_planModel, &RecordTableModel::editRejected, m_planBinder, &FormBinder::noteRejection);
    auto *quarterRow = new QHBoxLayout;
    quarterRow->setContentsMargins(0, 0, 0, 0);
    auto *quarterTitle = new QLabel(tr("Target quarter:"));
    quarterRow->addWidget(quarterTitle);
    const std::pair<int, QString> waves[] = {
        {PlanField::GoFirstQuarter, tr("&Go first")},
        {PlanField::NextQuarter, tr("Ne&xt")},
        {PlanField::PrepareQuarter, tr("Prepa&re")},
    };
    for (const auto &[field, label] : waves) {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(Records::fieldName(Record::Plan, field));
        edit->setPlaceholderText(tr("e.g. %1").arg(tr("2027 Q1")));
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2027 Q1 – Q2")) + 24);
        auto *buddy = new QLabel(label);
        buddy->setBuddy(edit);
        quarterRow->addSpacing(8);
        quarterRow->addWidget(buddy);
        quarterRow->addWidget(edit);
        m_planBinder->bind(edit, field);
        m_quarters.insert(field, edit);
    }
    quarterRow->addStretch(1);
    m_planBinder->setRow(0);
    connect(document, &WorkspaceDocument::workspaceReset, this,
            [this] { m_planBinder->setRow(0); });

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addWidget(m_headline);
    layout->addWidget(m_rules);
    layout->addLayout(quarterRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
    spanWaves();
    expandWaves();
    m_model->setLive(false); // until shown
    recommendationChanged();
}

QLineEdit *RecommendationView::quarterEdit(int planField) const
{
    return m_quarters.value(planField);
}

RecommendationView::~RecommendationView() = default; // the runner waits for its worker

void RecommendationView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Hidden, the waves need not follow each edit: they catch up when shown.
    m_model->setLive(false);
}

void RecommendationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setLive(true);
    // The vertical chosen while the view was hidden comes into sight.
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::PositionAtCenter);
    if (!m_model->runsAreCurrent() && !m_runner->isRunning())
        runNow();
}

void RecommendationView::runNow()
{
    m_rerun->stop();
    m_failure.clear();
    if (!m_scores->result()) {
        m_runner->abandon();
        updateStatus();
        return;
    }
    const SensitivityAnalysis::Settings settings = recommendationRunSettings();
    const qint64 verticals = std::max<qint64>(1, m_document->workspace().verticals.size());
    const qint64 indices = std::max<qint64>(1, qint64(m_scores->model().roots().size()));
    if (SensitivityAnalysis::rankCells(settings.runs, verticals, indices)
        > SensitivityAnalysis::MaximumRankCells) {
        m_failure = tr("%1 runs over %2 verticals would need more than 1 GB: no robust calls.")
                        .arg(Language::locale().toString(settings.runs),
                             Language::locale().toString(verticals));
        updateStatus();
        return;
    }
    m_running = m_model->ticket();
    m_runner->start(
        m_scores->model(), m_scores->table(), settings,
        SensitivityRunner::jobFor(m_document->workspace(), m_scores->model(), m_running.scores));
    m_progress->setRange(0, settings.runs);
    m_progress->setValue(0);
    updateStatus();
}

void RecommendationView::runsDone(const SensitivityAnalysis::Result &result,
                                  const SensitivityRunner::Job &job, double seconds)
{
    // Only the last run started reports (an abandoned one never does): the ticket is its own.
    Q_ASSERT(job.ids == m_running.ids && job.tag == m_running.scores);
    Q_UNUSED(job);
    m_lastSeconds = seconds;
    m_model->setRuns(result, m_running);
    if (!m_model->runsAreCurrent() && isVisible() && !m_rerun->isActive())
        runNow(); // edits came in meanwhile and the pause is over
    updateStatus();
    emit runsFinished();
}

void RecommendationView::recommendationChanged()
{
    m_headline->setText(m_model->headline());
    m_rules->setText(m_model->rules());
    if (!m_model->runsAreCurrent() && isVisible())
        m_rerun->start();
    updateStatus();
}

void RecommendationView::updateStatus()
{
    const bool running = m_runner->isRunning();
    m_progress->setVisible(running);
    // While the waves rest on other scores than those shown, the headline says so by its colour.
    m_headline->setForegroundRole(m_model->runsAreCurrent() ? QPalette::WindowText
                                                            : QPalette::PlaceholderText);
    if (!m_scores->result()) {
        m_status->setText(tr("No recommendation: the scoring model has problems."));
        return;
    }
    if (!m_failure.isEmpty()) {
        m_status->setText(m_failure);
        return;
    }
    const QString runs = Language::locale().toString(recommendationRunSettings().runs);
    if (m_model->runsAreCurrent())
        m_status->setText(tr("%1 robustness runs of the current scores, in %2 s.")
                              .arg(runs, Language::locale().toString(m_lastSeconds, 'f', 2)));
    else if (!m_model->recommendation().hasRuns())
        m_status->setText(tr("Running the %1 robustness runs behind the waves…").arg(runs));
    else
        m_status->setText(tr("Updating: the quadrant shares and waves are of the runs before "
                             "the last edit until %1 new runs are done…")
                              .arg(runs));
}

void RecommendationView::spanWaves()
{
    // A wave's row spans the table: its name, then what it means. The waves are always there, so
    // this holds until the model is reset.
    for (int wave = 0; wave < RecommendationModel::WaveCount; ++wave)
        m_view->setFirstColumnSpanned(wave, QModelIndex(), true);
}

void RecommendationView::expandWaves()
{
    for (int wave = 0; wave < RecommendationModel::WaveCount; ++wave) {
        if (!m_collapsed.contains(wave))
            m_view->expand(m_model->index(wave, 0));
    }
}

void RecommendationView::setCurrentVertical(VerticalId vertical)
{
    m_current = vertical;
    const QModelIndex index = m_model->indexOfVertical(vertical);
    if (!index.isValid() || m_view->currentIndex().siblingAtColumn(0) == index)
        return;
    // The view keeps its current row through the model's changes by itself; this is for a
    // vertical chosen elsewhere, which should come into sight.
    m_following = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_following = false;
}

} // namespace Gtm
