#include "brief.h"

#include "storage/safefiles.h"

#include "charts/chartcontent.h"
#include "charts/chartrender.h"
#include "charts/chartstyle.h"
#include "charts/mapchart.h"
#include "charts/radarchart.h"
#include "charts/robustnesscharts.h"
#include "document/records.h"
#include "domain/enumkeys.h"
#include "domain/indicator.h"
#include "domain/language.h"
#include "domain/numbers.h"
#include "domain/plural.h"
#include "domain/referencefigures.h"
#include "pagedlayout.h"
#include "pdfmetadata.h"
#include "scoring/decisionsummary.h"
#include "scoring/modelcheck.h"
#include "scoring/recommendation.h"
#include "scoring/scoringengine.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>

#include <algorithm>
#include <cmath>

namespace Gtm {

namespace {

constexpr qreal Dpi = 96;
constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
/** A profile's "why this score" bars: drawn straight with QPainter, light enough for 100. */
constexpr int BarsObjectType = QTextFormat::UserObject + 2;
/** The bars' height per row and for each column's title, in pixels of 1/96 inch. */
constexpr qreal BarRow = 15;
constexpr qreal BarTitle = 18;
const QColor Ink(0x1f, 0x29, 0x33);
const QColor Accent(0x1b, 0x4f, 0x8a);
const QColor Muted(0x5f, 0x6b, 0x78);
const QColor Rule(0xc9, 0xd3, 0xde);

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * Dpi;
}

QString esc(const QString &text)
{
    // What the user typed is text, never markup; line breaks are kept.
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

/** A translation of a text the program wrote into the workspace (a default model's names). */
QString localized(const char *context, const QString &text)
{
    return QCoreApplication::translate(context, text.toUtf8().constData());
}

QString indicatorName(const QString &name)
{
    return localizedName(name);
}

QString nodeName(const QString &name)
{
    return localizedName(name);
}

/**
 * The contents' links: entry i's line, at rects[i] (its page, and its rectangle in points from
 * that page's top-left), goes to where entry i points. Whatever typesets the contents only has
 * to measure where its lines are.
 */
QList<PdfNavigation::Link> contentsLinks(const QList<PdfNavigation::Entry> &entries,
                                         const QList<std::pair<int, QRectF>> &rects)
{
    QList<PdfNavigation::Link> links;
    for (qsizetype i = 0; i < std::min(entries.size(), rects.size()); ++i)
        links.append({rects.at(i).first, rects.at(i).second, entries.at(i).page, entries.at(i).y});
    return links;
}

/** The light palette charts are printed in, whatever the desktop's. */
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Ink);
    palette.setColor(QPalette::WindowText, Ink);
    return palette;
}

/** Charts for PDF/A have no transparency, while the brief is laid out or drawn. */
class OpaqueCharts
{
public:
    explicit OpaqueCharts(bool opaque)
        : m_previous(ChartStyle::isOpaque())
    {
        ChartStyle::setOpaque(opaque);
    }
    ~OpaqueCharts() { ChartStyle::setOpaque(m_previous); }

private:
    bool m_previous;
};

} // namespace

BriefLanguage::BriefLanguage(const QString &language)
    : m_scope(language)
    , m_previousFamily(ChartStyle::fontFamily())
{
    ChartStyle::setFontFamily(fontFamily(language));
}

BriefLanguage::~BriefLanguage()
{
    ChartStyle::setFontFamily(m_previousFamily);
}

QStringList BriefLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString BriefLanguage::fontFamily(const QString &language)
{
    // WenQuanYi Micro Hei's glyphs come back out of the PDF as the same characters
    // (Noto Sans CJK maps some to Kangxi radicals); DejaVu Sans covers the Latin scripts.
    return language == QLatin1String("zh_CN") ? QStringLiteral("WenQuanYi Micro Hei")
                                              : QStringLiteral("DejaVu Sans");
}

Brief::Brief(const Workspace &workspace, const BriefOptions &options)
    : m_workspace(workspace)
    , m_options(options)
    , m_layoutDevice(1, 1, QImage::Format_RGB32)
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
    m_layoutDevice.setDotsPerMeterX(qRound(Dpi / 0.0254));
    m_layoutDevice.setDotsPerMeterY(qRound(Dpi / 0.0254));
    const QPageSize page(m_options.pageSize);
    m_pageSize = page.size(QPageSize::Inch) * Dpi;
    m_margins = QMarginsF(mm(20), mm(22), mm(20), mm(20));
}

Brief::~Brief()
{
    // The layouts read the documents; they go first. A robustness run still going stops.
    m_bodyLayout.reset();
    m_summaryLayout.reset();
    m_contentsLayout.reset();
    if (m_cancel)
        m_cancel->store(true);
    if (m_robustnessRun.valid())
        m_robustnessRun.wait();
}

QString Brief::title() const
{
    // A product without a name yet: the document's own name, not a placeholder.
    return m_workspace.product.name.isEmpty()
        ? tr("Go-to-market brief")
        : tr("%1: go-to-market brief").arg(m_workspace.product.name);
}

QString Brief::scoreText(double score) const
{
    return std::isnan(score) ? QStringLiteral("–") : Language::locale().toString(score, 'f', 1);
}

QString Brief::quadrantName(int row) const
{
    const std::optional<Quadrant> q = m_result->quadrant(row);
    return q ? enumDisplayName(*q) : tr("none (a score is missing)");
}

bool Brief::prepare(QString *error)
{
    if (!start(error))
        return false;
    buildSome(std::numeric_limits<int>::max(), true);
    while (!layoutSome(1000)) { }
    finish();
    return true;
}

bool Brief::check(QString *error)
{
    // Which verticals, by name as the user typed them.
    m_rows.clear();
    if (m_options.verticals.isEmpty()) {
        for (int row = 0; row < m_workspace.verticals.size(); ++row)
            m_rows.append(row);
    } else {
        for (const QString &name : std::as_const(m_options.verticals)) {
            const int row = m_workspace.indexOfVerticalNamed(name);
            if (row < 0) {
                *error = tr("There is no vertical named \"%1\".").arg(name.trimmed());
                return false;
            }
            if (!m_rows.contains(row))
                m_rows.append(row);
        }
    }
    if (m_rows.isEmpty()) {
        *error = tr("The workspace has no verticals, so there is nothing to brief.");
        return false;
    }
    QStringList problems;
    if (!compileGtmModel(m_workspace.model, m_workspace, &m_model, &problems)) {
        *error = tr("The scoring model has problems, so there are no scores to brief: %1")
                     .arg(problems.join(Language::sentenceSeparator()));
        return false;
    }
    return true;
}

bool Brief::start(QString *error)
{
    const OpaqueCharts opaque(m_options.pdfA);
    if (!check(error))
        return false;
    // What a page cannot hold is shortened, visibly: a brief of any workspace stays a few
    // hundred pages and a bounded amount of memory.
    Records::shortenTexts(m_workspace, MaximumTextLength, MaximumLongTextLength);
    m_readiness = m_model.rootNamed(QString::fromLatin1(ScoringModel::ReadinessId));
    m_risk = m_model.rootNamed(QString::fromLatin1(ScoringModel::RiskId));
    m_table = IndicatorTable::fromWorkspace(m_workspace, m_model.columns());
    m_result = std::make_unique<ScoringResult>(ScoringEngine::score(m_model, m_table));
    m_decision.reset();
    m_charts.clear();
    m_chartAspects.clear();
    m_bodyLayout.reset();
    m_summaryLayout.reset();
    m_summary.reset();
    m_contentsLayout.reset();
    m_parts.clear();
    m_sourceNotes.clear();
    m_bars.clear();
    m_pendingParts.clear();
    m_summaryHtml.clear();
    m_bodyHtml.clear();
    // The robustness runs on threads of their own: the thread that makes the brief (a
    // window's) goes on meanwhile.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const SensitivityAnalysis::Settings settings
        = recommendationRunSettings(std::max(1, m_options.robustnessRuns));
    // The scenarios' go-first waves too, for "what would change the decision".
    const bool scenarios = m_options.sections & BriefOptions::Summary;
    m_robustnessRun = std::async(
        std::launch::async,
        [model = m_model, table = m_table, settings, cancel = m_cancel,
         workspace = scenarios ? m_workspace : Workspace()] {
            Runs runs;
            runs.robustness = SensitivityAnalysis::run(model, table, settings, {}, cancel.get());
            if (!workspace.scenarios.empty())
                runs.scenarios
                    = DecisionSummary::scenarioGoFirst(workspace, settings, cancel.get());
            return runs;
        });
    return true;
}

bool Brief::buildSome(int milliseconds, bool wait)
{
    const OpaqueCharts opaque(m_options.pdfA);
    QElapsedTimer clock;
    clock.start();
    if (!m_decision) {
        if (!m_robustnessRun.valid())
            return false;
        if (!wait && m_robustnessRun.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            return false;
        Runs runs = m_robustnessRun.get();
        m_robustness = std::move(runs.robustness);
        m_decision = std::make_unique<Recommendation>(Recommendation::compute(
            *m_result, &m_robustness, Recommendation::marketSizes(m_workspace)));
        if (m_options.sections & BriefOptions::Summary) {
            DecisionSummary summary
                = DecisionSummary::make(m_workspace, *m_result, *m_decision, runs.scenarios);
            if (m_rows.size() < int(m_workspace.verticals.size()))
                keepIncluded(&summary);
            m_summary = std::make_unique<QTextDocument>();
            setUpDocument(m_summary.get());
            m_summaryHtml = decisionSummaryHtml(summary);
            m_summary->setHtml(m_summaryHtml);
        }
        QStringList names;
        for (const Vertical &vertical : m_workspace.verticals)
            names.append(vertical.name);
        m_recommendation = m_decision->headline(names, m_rows);
        m_pendingParts = bodyParts();
        m_partsTotal = int(m_pendingParts.size());
    }
    // The body a part at a time (a section, a vertical's profile), each its own document.
    while (!m_pendingParts.isEmpty()) {
        QString html = m_pendingParts.takeFirst()();
        if (html.isEmpty())
            continue;
        // Every section after the first starts a page.
        if (!m_parts.empty() && html.startsWith(QLatin1String("<h1>")))
            html = QStringLiteral("<h1 style=\"page-break-before: always\">") + html.mid(4);
        auto part = std::make_unique<QTextDocument>();
        setUpDocument(part.get());
        part->setHtml(html);
        m_bodyHtml += html;
        insertCharts(part.get());
        m_parts.push_back(std::move(part));
        if (clock.elapsed() >= milliseconds && !m_pendingParts.isEmpty())
            return false;
    }
    if (m_parts.empty()) {
        auto part = std::make_unique<QTextDocument>();
        setUpDocument(part.get());
        part->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No section was chosen.")));
        m_parts.push_back(std::move(part));
    }
    QList<const QTextDocument *> documents;
    for (const auto &part : m_parts)
        documents.append(part.get());
    m_bodyLayout = pagedLayout(documents);
    return true;
}

int Brief::buildProgress() const
{
    return m_partsTotal - int(m_pendingParts.size());
}

int Brief::partCount() const
{
    return m_partsTotal;
}

std::unique_ptr<PagedLayout> Brief::pagedLayout(const QList<const QTextDocument *> &documents) const
{
    const QSizeF page(std::floor(m_pageSize.width() - m_margins.left() - m_margins.right()),
                      std::floor(m_pageSize.height() - m_margins.top() - m_margins.bottom()));
    const auto *charts = &m_charts;
    const auto *aspects = &m_chartAspects;
    return std::make_unique<PagedLayout>(
        documents, page, const_cast<QImage *>(&m_layoutDevice),
        [this, aspects](const QTextFormat &format, qreal width) {
            const size_t index = size_t(format.intProperty(ChartIndexProperty));
            if (format.objectType() == BarsObjectType) {
                if (index >= m_bars.size())
                    return QSizeF();
                const DriverBars &bars = m_bars.at(index);
                const qsizetype rows = std::max(bars.readiness.size(), bars.risk.size());
                return QSizeF(width, BarTitle + BarRow * qreal(std::max<qsizetype>(1, rows)) + 4);
            }
            if (index >= aspects->size())
                return QSizeF();
            return QSizeF(width, width * aspects->at(index));
        },
        [this, charts](QPainter *painter, const QRectF &rect, const QTextFormat &format) {
            const size_t index = size_t(format.intProperty(ChartIndexProperty));
            if (format.objectType() == BarsObjectType) {
                if (index < m_bars.size())
                    paintBars(painter, rect, m_bars.at(index));
                return;
            }
            if (index < charts->size())
                ChartRender::render(charts->at(index)->chart(), painter, rect);
        });
}

bool Brief::layoutSome(int blocks)
{
    const OpaqueCharts opaque(m_options.pdfA);
    return m_bodyLayout->measureSome(blocks);
}

bool Brief::layoutFor(int milliseconds)
{
    const OpaqueCharts opaque(m_options.pdfA);
    return m_bodyLayout->measureFor(milliseconds);
}

int Brief::layoutProgress() const
{
    return m_bodyLayout ? m_bodyLayout->itemsMeasured() : 0;
}

int Brief::blockCount() const
{
    return m_bodyLayout ? m_bodyLayout->itemCount() : 0;
}

void Brief::finish()
{
    const OpaqueCharts opaque(m_options.pdfA);
    m_summaryPages = 0;
    if (m_summary) {
        m_summaryLayout = pagedLayout({m_summary.get()});
        m_summaryLayout->layout();
        m_summaryPages = m_summaryLayout->pageCount();
    }
    m_bodyLayout->layout();
    m_bodyPages = m_bodyLayout->pageCount();
    m_headings.clear();
    for (const PagedLayout::Heading &heading : m_bodyLayout->headings())
        m_headings.append({heading.level, heading.text, heading.page, heading.y});
    m_contents = std::make_unique<QTextDocument>();
    setUpDocument(m_contents.get());
    m_contents->setHtml(contentsHtml(false));
    m_contentsLayout = pagedLayout({m_contents.get()});
    m_contentsLayout->layout();
    m_contentsPages = m_contentsLayout->pageCount();
    // With the page numbers, which take no more room than the blanks.
    m_contentsLayout.reset();
    m_contents->setHtml(contentsHtml(true));
    m_contentsLayout = pagedLayout({m_contents.get()});
    m_contentsLayout->layout();
    m_contentsPages = std::max(m_contentsPages, m_contentsLayout->pageCount());
}

void Brief::setUpDocument(QTextDocument *document) const
{
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    QFont font(BriefLanguage::fontFamily(m_options.language));
    font.setPointSizeF(9.5);
    document->setDefaultFont(ChartStyle::plainLetters(font));
    // Whole pixels: the layout works in 1/64 pixel, and a page edge that falls between two of
    // those puts a line that starts a page a fraction above its top.
    document->setPageSize(
        QSizeF(std::floor(m_pageSize.width() - m_margins.left() - m_margins.right()),
               std::floor(m_pageSize.height() - m_margins.top() - m_margins.bottom())));
    document->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 17pt; font-weight: 600; color: #1b4f8a; margin-top: 0px; "
        "margin-bottom: 10px; }"
        "h2 { font-size: 13pt; font-weight: 600; color: #1b4f8a; margin-top: 12px; "
        "margin-bottom: 6px; }"
        "h3 { font-size: 10.5pt; font-weight: 600; color: #1f2933; margin-top: 10px; "
        "margin-bottom: 4px; }"
        "p { margin-top: 0px; margin-bottom: 6px; }"
        "table { border-collapse: collapse; margin-bottom: 8px; }"
        "th { background-color: #e8eef5; font-weight: 600; border: 1px solid #c9d3de; "
        "padding: 3px; font-size: 8.5pt; }"
        "td { border: 1px solid #c9d3de; padding: 3px; font-size: 8.5pt; }"
        ".muted { color: #5f6b78; }"
        ".caption { color: #5f6b78; font-size: 8.5pt; }"
        ".num { text-align: right; }"
        ".lead { font-size: 11pt; }"
        ".warn { color: #8a4b00; }"));
}

int Brief::pageCount() const
{
    return firstBodyPage() + m_bodyPages;
}

QList<std::pair<QString, int>> Brief::contents() const
{
    QList<std::pair<QString, int>> entries;
    if (m_summary)
        entries.append({tr("Decision summary"), 2});
    for (const Heading &heading : m_headings)
        entries.append({heading.text, firstBodyPage() + 1 + heading.bodyPage});
    return entries;
}

PdfNavigation Brief::navigation() const
{
    // Pixels of 1/96 inch on the page to points.
    constexpr qreal points = 72 / Dpi;
    PdfNavigation nav;
    if (m_summary)
        nav.outline.append(
            {tr("Decision summary"), 0, 1, std::max<qreal>(0, m_margins.top() - mm(4)) * points});
    for (const Heading &heading : m_headings) {
        // A little room above the heading, as a reader scrolled to it would want.
        nav.outline.append({heading.text, heading.level - 1, firstBodyPage() + heading.bodyPage,
                            std::max<qreal>(0, m_margins.top() + heading.top - mm(4)) * points});
    }
    QList<std::pair<int, QRectF>> rects = contentsLineRects();
    for (auto &[page, rect] : rects)
        rect = QRectF(rect.topLeft() * points, rect.size() * points);
    nav.links = contentsLinks(nav.outline, rects);
    const QLocale locale(m_options.language);
    nav.language = QLocale::languageToCode(locale.language()) + QLatin1Char('-')
        + QLocale::territoryToCode(locale.territory());
    return nav;
}

QList<std::pair<int, QRectF>> Brief::contentsLineRects() const
{
    // Each heading's row of the contents table, from the left of its title to the right of its
    // page number, on the page of the brief it falls on (the contents start on page 1).
    QList<std::pair<int, QRectF>> rects;
    for (int page = 0; page < m_contentsLayout->pageCount(); ++page) {
        for (const PagedLayout::Box &box : m_contentsLayout->boxes(page)) {
            if (box.kind == PagedLayout::Box::Row && !box.repeatedHeader)
                rects.append({firstContentsPage() + page,
                              box.rect.translated(m_margins.left(), m_margins.top())});
        }
    }
    return rects;
}

void Brief::keepIncluded(DecisionSummary *summary) const
{
    // A brief of some verticals: its summary speaks of them, with the cover's headline; what
    // scenarios would change stays (it is about the decision as a whole).
    QSet<VerticalId> included;
    for (int row : m_rows)
        included.insert(m_workspace.verticals.at(row).id);
    summary->headline = m_recommendation;
    for (DecisionSummary::WaveEntry &wave : summary->waves) {
        QList<VerticalId> verticals;
        QStringList names;
        double market = 0;
        bool anyMarket = false;
        for (int i = 0; i < wave.verticals.size(); ++i) {
            if (!included.contains(wave.verticals.at(i)))
                continue;
            verticals.append(wave.verticals.at(i));
            names.append(wave.names.value(i));
            const Vertical *v = m_workspace.vertical(wave.verticals.at(i));
            if (const std::optional<double> size
                = v ? v->value(QString::fromLatin1(IndicatorId::MarketSizeUsdBn)) : std::nullopt) {
                market += *size;
                anyMarket = true;
            }
        }
        wave.verticals = verticals;
        wave.names = names;
        wave.marketSizeUsdBn = market;
        if (!wave.marketText.isEmpty())
            wave.marketText = anyMarket
                ? Amounts::money(market, Amounts::Unit::UsdBillion, Language::locale())
                : QString();
    }
    summary->waves.removeIf(
        [](const DecisionSummary::WaveEntry &w) { return w.verticals.isEmpty(); });
    const auto outside = [&included](VerticalId id) {
        return id != 0 && !included.contains(id);
    };
    summary->reasons.removeIf(
        [&](const DecisionSummary::Reason &r) { return outside(r.vertical); });
    summary->risks.removeIf([&](const DecisionSummary::Risk &r) { return outside(r.vertical); });
    summary->gaps.removeIf([&](const DecisionSummary::Gap &g) { return outside(g.vertical); });
    summary->changes.removeIf([&](const DecisionSummary::Change &c) {
        return c.kind == DecisionSummary::Change::Kind::WeakCall && outside(c.vertical);
    });
}

QString Brief::decisionSummaryHtml(const DecisionSummary &summary) const
{
    // One page a VP reads in a minute: the decision, the plan, why, the asks, the risks, what
    // rests on thin data and what would change it. Parts with nothing to say are left out.
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Decision summary"));
    html += QStringLiteral("<p class=\"lead\"><b>%1</b></p>").arg(esc(summary.headline));
    if (!summary.waves.isEmpty()) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead>"
                               "<tr><th width=\"16%\">%1</th><th>%2</th><th width=\"17%\">%3</th>"
                               "<th width=\"14%\">%4</th></tr></thead>")
                    .arg(tr("Wave"), tr("Verticals"), tr("Market"), tr("Target"));
        for (const DecisionSummary::WaveEntry &wave : summary.waves)
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td class=\"num\">%3</td>"
                                   "<td>%4</td></tr>")
                        .arg(esc(wave.title), esc(wave.names.join(tr(", "))), esc(wave.marketText),
                             esc(wave.targetQuarter));
        html += QStringLiteral("</table>");
    }
    const auto bullets = [&html](const QString &heading, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        html += QStringLiteral("<h3>%1</h3>").arg(esc(heading));
        for (const QString &line : lines)
            html += QStringLiteral("<p style=\"margin-left: 12px; text-indent: -10px\">"
                                   "\u2022 %1</p>")
                        .arg(esc(line));
    };
    QStringList reasons;
    for (const DecisionSummary::Reason &reason : summary.reasons)
        reasons.append(reason.text);
    bullets(tr("Why"), reasons);
    if (!summary.asks.lines.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("What we ask for"));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        for (const DecisionSummary::Ask &ask : summary.asks.lines)
            html += QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(ask.label), esc(ask.value));
        html += QStringLiteral("</table>");
    }
    QStringList risks;
    for (const DecisionSummary::Risk &risk : summary.risks)
        risks.append(risk.text);
    bullets(tr("Top risks and how they are kept in check"), risks);
    QStringList gaps;
    for (const DecisionSummary::Gap &gap : summary.gaps)
        gaps.append(gap.text);
    bullets(tr("Assumptions and data gaps"), gaps);
    QStringList changes;
    for (const DecisionSummary::Change &change : summary.changes)
        changes.append(change.text);
    bullets(tr("What would change the decision"), changes);
    return html;
}

QList<std::function<QString()>> Brief::bodyParts()
{
    QList<std::function<QString()>> parts;
    if (m_options.sections & BriefOptions::Summary)
        parts.append([this] { return summaryHtml(); });
    if (m_options.sections & BriefOptions::Plan)
        parts.append([this] { return planHtml(); });
    if (m_options.sections & BriefOptions::Charts)
        for (int part = 0; part < 3; ++part)
            parts.append([this, part] { return chartsHtml(part); });
    if (m_options.sections & BriefOptions::Profiles) {
        parts.append([this] {
            return QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(tr("Vertical profiles"),
                     tr("One page per vertical: its scores and what drives them, then its four "
                        "dimensions as the product team filled them in."));
        });
        for (int i = 0; i < m_rows.size(); ++i)
            parts.append([this, i] { return profileHtml(m_rows.at(i), i > 0); });
    }
    if (m_options.sections & BriefOptions::Method)
        parts.append([this] { return methodHtml(); });
    if (m_options.sections & BriefOptions::References)
        parts.append([this] { return referencesHtml(); });
    return parts;
}

QString Brief::summaryHtml() const
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Executive summary"));
    html += QStringLiteral("<p class=\"lead\"><b>%1</b></p>").arg(esc(m_recommendation));
    // In the reader's words: how many verticals, how they are scored; the model's name and
    // the tool's counts are the appendix's business.
    const int count = int(m_workspace.verticals.size());
    const QString which = count == 1 ? tr("The one candidate vertical is in this brief.")
        : m_rows.size() == count
        ? tr("All %1 candidate verticals are in this brief.").arg(count)
        : tr("%1 of the %2 candidate verticals are in this brief.").arg(m_rows.size()).arg(count);
    html += QStringLiteral("<p>%1</p>")
                .arg(which + Language::sentenceSeparator()
                     + tr("Each is scored 0–100 for AI potential (readiness) and for risk; a call "
                          "counts as robust when it holds across %1 rescorings with the weights "
                          "and methods varied.")
                           .arg(Language::locale().toString(m_robustness.runs)));
    // The verticals in the recommendation's order: a heading row per wave, then its verticals
    // in their places.
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                "<th width=\"15%\">%1</th><th width=\"13%\">%2</th><th width=\"11%\">%3</th>"
                "<th width=\"15%\">%4</th><th width=\"11%\">%5</th><th width=\"35%\">%6</th>"
                "</tr></thead>")
                .arg(tr("Vertical"), tr("Readiness (rank)"), tr("Risk (rank)"),
                     tr("Quadrant in the runs"), tr("Data"), tr("Why"));
    for (Wave wave : enumValues<Wave>()) {
        QList<int> rows;
        for (int row : m_decision->rowsIn(wave)) {
            if (m_rows.contains(row))
                rows.append(row);
        }
        if (rows.isEmpty())
            continue;
        html += QStringLiteral("<tr><td colspan=\"6\" style=\"background-color: #f3f6f9\"><b>%1"
                               "</b></td></tr>")
                    .arg(esc(enumDisplayName(wave)));
        for (int row : std::as_const(rows)) {
            const Vertical &v = m_workspace.verticals.at(row);
            const Placement &p = m_decision->placement(row);
            const auto scored = [&](int root) {
                const int rank = m_result->rank(row, root);
                return rank > 0 ? tr("%1 (%2)", "a score and its rank")
                                      .arg(scoreText(m_result->score(row, root)))
                                      .arg(rank)
                                : scoreText(m_result->score(row, root));
            };
            // Percentages as the language writes them ("91 %", "91%"), kept on one line.
            const auto percent = [](double value) {
                return Numbers::percent(Language::locale().toString(value, 'f', 0))
                    .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
            };
            const QString quadrant = p.robustQuadrant
                ? tr("%1, %2").arg(esc(enumDisplayName(*p.robustQuadrant)),
                                   percent(100 * p.quadrantShare))
                : QStringLiteral("–");
            QString coverage = p.readinessCoverage >= 1 && p.riskCoverage >= 1
                ? percent(100)
                : QStringLiteral("%1&nbsp;/ %2")
                      .arg(percent(coveragePercent(p.readinessCoverage)),
                           percent(coveragePercent(p.riskCoverage)));
            if (p.provisional)
                coverage
                    += QStringLiteral("<br/><span class=\"warn\">%1</span>").arg(tr("provisional"));
            html += QStringLiteral("<tr><td><b>%1</b></td><td class=\"num\">%2</td><td "
                                   "class=\"num\">%3</td><td>%4</td><td class=\"num\">%5</td>"
                                   "<td>%6</td></tr>")
                        .arg(esc(v.name), scored(m_readiness), scored(m_risk), quadrant, coverage,
                             esc(p.reason));
        }
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"caption\">%1</p>")
                .arg(tr("Rank: of the scores, among all %1 verticals. Quadrant in the runs: the "
                        "quadrant most of the %2 robustness runs put the vertical in, and how "
                        "often; a call is robust from %3 %. Data: the share of the readiness and "
                        "of the risk index's weight that rests on values present; "
                        "below %4 % a score is provisional and never goes first. Go first: the "
                        "%5 readiest robust go calls.")
                         .arg(count)
                         .arg(Language::locale().toString(m_robustness.runs))
                         .arg(Language::locale().toString(m_model.recommendation.robustShare))
                         .arg(Language::locale().toString(m_model.recommendation.minimumCoverage))
                         .arg(m_model.recommendation.goFirstMax));
    // Value framing, as METHOD.md asks: opportunity, not only savings.
    int claimed = 0;
    int opportunity = 0;
    for (const ValueDriver &driver : m_workspace.plan.valueDrivers) {
        if (driver.strength > 0) {
            ++claimed;
            opportunity += driver.framing == Framing::Opportunity ? 1 : 0;
        }
    }
    if (claimed > 0) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The product's value rests on %1 of the nine value drivers; %2 of "
                            "them are framed as an opportunity rather than as savings.")
                             .arg(claimed)
                             .arg(opportunity));
        if (opportunity == 0)
            html += QStringLiteral("<p class=\"warn\">%1</p>")
                        .arg(tr("Every claimed value is framed as savings: customers adopt AI "
                                "for the opportunity it opens, so lead with that."));
    }
    return html;
}

QString Brief::planHtml() const
{
    const Product &product = m_workspace.product;
    const GtmPlan &plan = m_workspace.plan;
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Product and go-to-market plan"));
    const QString category
        = product.category == AiCategory::Custom && !product.customCategory.isEmpty()
        ? product.customCategory
        : enumDisplayName(product.category);
    // Only what was filled in: no dash between nothing and nothing.
    if (!product.name.isEmpty() || !product.pitch.isEmpty())
        html += QStringLiteral("<p class=\"lead\"><b>%1</b>%2</p>")
                    .arg(esc(product.name),
                         product.pitch.isEmpty()
                             ? QString()
                             : (product.name.isEmpty() ? QString() : QStringLiteral(" — "))
                                 + esc(product.pitch));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Category: %1. Modality: %2.")
                         .arg(esc(category), esc(enumDisplayName(product.modality))));
    if (!plan.targetMarket.isEmpty())
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(tr("Target market"), esc(plan.targetMarket));

    QString drivers;
    for (const ValueDriver &driver : plan.valueDrivers) {
        if (driver.strength == 0 && driver.evidence.isEmpty())
            continue;
        drivers += QStringLiteral(
                       "<tr><td>%1</td><td class=\"num\">%2 / 5</td><td>%3</td><td>%4</td></tr>")
                       .arg(esc(enumDisplayName(driver.kind)))
                       .arg(driver.strength)
                       .arg(esc(enumDisplayName(driver.framing)), esc(driver.evidence));
    }
    if (!drivers.isEmpty()) // a table without rows says nothing
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Value proposition"))
            + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                             "<th>%1</th><th>%2</th><th>%3</th><th width=\"55%\">%4</th></tr>"
                             "</thead>")
                  .arg(tr("Value driver"), tr("Strength"), tr("Framed as"), tr("Evidence"))
            + drivers + QStringLiteral("</table>");

    if (!plan.personas.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Buyer personas"));
        html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                    "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
                    .arg(tr("Role"), tr("In the buying committee"), tr("Goals"), tr("Objections"),
                         tr("Must be able to explain"));
        for (const BuyerPersona &p : plan.personas) {
            html += QStringLiteral(
                        "<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(p.role), esc(enumDisplayName(p.committeeRole)), esc(p.goals),
                             esc(p.objections), esc(p.mustExplain));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Pricing"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Model: %1.").arg(esc(enumDisplayName(plan.pricing.model))));
    if (!plan.pricing.rationale.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(plan.pricing.rationale));
    if (!plan.pricing.pricePoints.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><thead><tr><th>%1</th>"
                               "<th>%2</th><th>%3</th></tr></thead>")
                    .arg(tr("Tier"), tr("Price (USD)"), tr("Per"));
        for (const PricePoint &p : plan.pricing.pricePoints) {
            html += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td>%3</td></tr>")
                        .arg(esc(p.tier),
                             // Cents only where a price has them: 180,000, not 180,000.00.
                             p.price
                                 ? Amounts::figure(*p.price, Amounts::Unit::Usd, Language::locale(),
                                                   std::floor(*p.price) == *p.price ? 0 : 2)
                                 : QStringLiteral("–"),
                             esc(p.unit));
        }
        html += QStringLiteral("</table>");
    }

    if (!plan.marketing.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Marketing and promotion"));
        html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                    "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
                    .arg(tr("Item"), tr("Kind"), tr("When"), tr("Budget (USD)"), tr("Notes"));
        for (const MarketingItem &m : plan.marketing) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td "
                                   "class=\"num\">%4</td><td>%5</td></tr>")
                        .arg(esc(m.title), esc(enumDisplayName(m.kind)), esc(m.timing),
                             m.budget ? Amounts::figure(*m.budget, Amounts::Unit::Usd,
                                                        Language::locale(), 0)
                                      : QStringLiteral("–"),
                             esc(m.notes));
        }
        html += QStringLiteral("</table>");
    }

    if (!plan.channels.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Channels"));
        html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                    "<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead>")
                    .arg(tr("Channel"), tr("Kind"), tr("Share of revenue"), tr("Notes"));
        for (const Channel &c : plan.channels) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td class=\"num\">%3</td>"
                                   "<td>%4</td></tr>")
                        .arg(esc(c.name), esc(enumDisplayName(c.kind)),
                             c.revenueSharePct ? Numbers::percent(
                                 Language::locale().toString(*c.revenueSharePct, 'f', 0))
                                               : QStringLiteral("–"),
                             esc(c.notes));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString Brief::chartMarker(std::unique_ptr<ChartContent> chart, qreal aspect)
{
    const int index = int(m_charts.size());
    chart->applyPalette(printPalette());
    m_charts.push_back(std::move(chart));
    m_chartAspects.push_back(aspect);
    // An anchor marks the place: what the user typed is escaped, so it cannot make one.
    return QStringLiteral("<p align=\"center\"><a name=\"gtm-chart-%1\">chart</a></p>").arg(index);
}

QString Brief::chartsHtml(int part)
{
    // In three parts (the map, the radar, robustness), each made in a step of its own.
    QString html = part == 0 ? QStringLiteral("<h1>%1</h1>").arg(tr("Charts")) : QString();
    ChartInput input;
    input.workspace = &m_workspace;
    input.result = m_result.get();
    QList<VerticalId> included;
    for (int row : std::as_const(m_rows))
        included.append(m_workspace.verticals.at(row).id);

    switch (part) {
    case 0: {
        // The map: every included vertical, scored among all of the workspace's.
        auto map = std::make_unique<MapChart>();
        map->setPrintMode(true);
        MapData data = mapData(input);
        data.points.removeIf([&included](const MapPoint &p) { return !included.contains(p.id); });
        map->setData(data);
        // Many bubbles are numbered: the key to the numbers goes under the map, in columns.
        QStringList key;
        for (VerticalId id : map->numberOrder()) {
            const Vertical *vertical = m_workspace.vertical(id);
            key.append(QStringLiteral("<b>%1</b>&nbsp;%2")
                           .arg(key.size() + 1)
                           .arg(vertical ? esc(vertical->name) : QString()));
        }
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Readiness against risk"));
        html += chartMarker(std::move(map), key.isEmpty() ? 0.72 : 0.8);
        html
            += QStringLiteral("<p class=\"caption\">%1</p>")
                   .arg(tr("Each bubble is a vertical; its area is the vertical's market size. The "
                           "dashed lines are the model's thresholds (readiness %1, risk %2).")
                            .arg(Language::locale().toString(m_model.readinessThreshold),
                                 Language::locale().toString(m_model.riskThreshold)));
        if (!key.isEmpty()) {
            constexpr int columns = 4;
            const int rows = int((key.size() + columns - 1) / columns);
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" "
                                   "class=\"caption\">");
            for (int r = 0; r < rows; ++r) {
                html += QStringLiteral("<tr>");
                for (int c = 0; c < columns; ++c) {
                    const int i = c * rows + r; // down the columns, as a reader counts
                    html += QStringLiteral("<td width=\"25%\"><small>%1</small></td>")
                                .arg(key.value(i));
                }
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }

        return html;
    }
    case 1: {
        // The radar compares what the brief is about: the verticals chosen for it when they are
        // few enough to tell apart, else the recommendation's go-first wave.
        QList<int> rows;
        QString heading;
        QString why;
        const auto names = [this](const QList<int> &list) {
            QStringList result;
            for (int row : list)
                result.append(esc(m_workspace.verticals.at(row).name));
            return Language::locale().createSeparatedList(result);
        };
        if (!m_options.verticals.isEmpty() && m_rows.size() < RadarChart::MaximumVerticals) {
            rows = m_rows;
            heading = tr("The chosen verticals compared");
            why = tr("The verticals chosen for this brief: %1.").arg(names(rows));
        } else {
            QList<int> goFirst;
            for (int row : m_decision->rowsIn(Wave::GoFirst)) {
                if (m_rows.contains(row))
                    goFirst.append(row);
            }
            if (goFirst.size() >= RadarChart::MinimumVerticals) {
                rows = goFirst.mid(0, RadarChart::MaximumVerticals);
                heading = tr("The go-first wave compared");
                why = goFirst.size() > rows.size()
                    ? tr("The recommendation's go-first wave, the first %1 of its %2 verticals: "
                         "%3.")
                          .arg(rows.size())
                          .arg(goFirst.size())
                          .arg(names(rows))
                    : tr("The recommendation's go-first wave, the verticals to take to market "
                         "first: %1.")
                          .arg(names(rows));
            } else {
                // Too few to go first: the first in the recommendation's order, wave by wave.
                for (Wave wave : enumValues<Wave>()) {
                    for (int row : m_decision->rowsIn(wave)) {
                        if (m_rows.contains(row) && rows.size() < RadarChart::MaximumVerticals - 1)
                            rows.append(row);
                    }
                }
                heading = tr("The first verticals of the recommendation compared");
                why = tr("The go-first wave has fewer than two verticals, so these are the first "
                         "%1 in the recommendation's order: %2.")
                          .arg(rows.size())
                          .arg(names(rows));
            }
        }
        QList<VerticalId> chosen;
        for (int row : std::as_const(rows))
            chosen.append(m_workspace.verticals.at(row).id);
        auto radar = std::make_unique<RadarChart>();
        radar->setPrintMode(true);
        radar->setChosen(chosen);
        radar->setInput(input);
        html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(heading);
        html += QStringLiteral("<p>%1</p>").arg(why);
        html += chartMarker(std::move(radar), 0.8);
        html += QStringLiteral("<p class=\"caption\">%1</p>")
                    .arg(tr(
                        "Each axis is an index or one of its dimensions, 0 at the centre and 100 "
                        "at the rim. On the risk axes, further out is riskier."));

        return html;
    }
    default:
        break;
    }
    // Robustness: the included verticals' ranks and quadrant shares.
    QList<VerticalId> ids;
    QStringList names;
    for (const Vertical &v : m_workspace.verticals) {
        ids.append(v.id);
        names.append(v.name);
    }
    const int readinessIndex
        = int(m_robustness.indexIds.indexOf(QString::fromLatin1(ScoringModel::ReadinessId)));
    RobustnessData robust = robustnessData(
        m_robustness, ids, names, readinessIndex,
        nodeName(m_model.nodes()[size_t(m_model.roots()[size_t(m_readiness)])].name), -1);
    robust.rows.removeIf([&included](const RobustnessRow &r) { return !included.contains(r.id); });
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(tr("How robust the ranking is"));
    // Every included vertical, over as many charts as it takes for the rows to stay readable.
    const QList<RobustnessData> parts = robustnessParts(robust);
    for (const RobustnessData &part : parts) {
        // Tall enough for a readable row per vertical; a dozen verticals put both charts on a
        // page.
        const qreal rowsAspect = std::clamp(0.2 + 0.035 * part.rows.size(), 0.45, 1.25);
        auto ranks = std::make_unique<RankIntervalChart>();
        ranks->setData(part);
        html += chartMarker(std::move(ranks), rowsAspect);
        auto shares = std::make_unique<QuadrantShareChart>();
        shares->setData(part);
        html += chartMarker(std::move(shares), rowsAspect);
    }
    html += QStringLiteral("<p class=\"caption\">%1</p>")
                .arg(tr("%1 scorings, each with every weight drawn within ±25 % of its value and "
                        "one of four normalisations (OECD/JRC Handbook on Constructing Composite "
                        "Indicators, 2008).")
                         .arg(Language::locale().toString(m_robustness.runs)));
    return html;
}

void Brief::insertCharts(QTextDocument *document) const
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList anchors = fragment.charFormat().anchorNames();
            if (anchors.size() != 1)
                continue;
            const bool bars = anchors.first().startsWith(QLatin1String("gtm-bars-"));
            if (!bars && !anchors.first().startsWith(QLatin1String("gtm-chart-")))
                continue;
            bool ok = false;
            const int index = anchors.first().mid(bars ? 9 : 10).toInt(&ok);
            if (!ok || index < 0 || size_t(index) >= (bars ? m_bars.size() : m_charts.size()))
                continue;
            // The name marks a position; the chart takes the whole of its paragraph.
            QTextCursor cursor(document);
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            QTextCharFormat format;
            format.setObjectType(bars ? BarsObjectType : ChartObjectType);
            format.setProperty(ChartIndexProperty, index);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
            break; // the block changed: on to the next one
        }
    }
}

void Brief::paintBars(QPainter *painter, const QRectF &rect, const DriverBars &bars) const
{
    // Two columns, readiness and risk: each indicator's name, a bar as long as its points
    // (against the largest of the two columns) and the points.
    painter->save();
    QFont font(BriefLanguage::fontFamily(m_options.language));
    font.setPixelSize(qRound(8.5 * Dpi / 72));
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // plain letters, no ligatures
    QFont bold = font;
    bold.setBold(true);
    double largest = 0;
    for (const QList<DriverBars::Bar> *list : {&bars.readiness, &bars.risk})
        for (const DriverBars::Bar &bar : *list)
            largest = std::max(largest, bar.points);
    const qreal gap = 16;
    const qreal column = (rect.width() - gap) / 2;
    const auto drawColumn = [&](qreal left, const QString &title,
                                const QList<DriverBars::Bar> &list, const QColor &colour) {
        painter->setFont(bold);
        painter->setPen(Ink);
        painter->drawText(QRectF(left, rect.top(), column, BarTitle),
                          Qt::AlignLeft | Qt::AlignVCenter, title);
        painter->setFont(font);
        const QFontMetricsF metrics(font, painter->device());
        const qreal labelWidth = column * 0.56;
        const qreal valueWidth = metrics.horizontalAdvance(QStringLiteral("000.0")) + 4;
        const qreal barWidth = column - labelWidth - valueWidth - 6;
        for (int i = 0; i < list.size(); ++i) {
            const qreal y = rect.top() + BarTitle + i * BarRow;
            const DriverBars::Bar &bar = list.at(i);
            painter->setPen(Ink);
            painter->drawText(QRectF(left, y, labelWidth - 4, BarRow),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 4));
            const qreal length = largest > 0 ? barWidth * std::max(0.0, bar.points) / largest : 0;
            painter->fillRect(
                QRectF(left + labelWidth, y + 3, std::max<qreal>(length, 0.5), BarRow - 6), colour);
            painter->drawText(QRectF(left + labelWidth + length + 4, y, valueWidth, BarRow),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              Language::locale().toString(bar.points, 'f', 1));
        }
    };
    drawColumn(rect.left(), bars.readinessTitle, bars.readiness, ChartStyle::readinessColor(false));
    drawColumn(rect.left() + column + gap, bars.riskTitle, bars.risk, ChartStyle::riskColor(false));
    painter->restore();
}

QString Brief::profileHtml(int row, bool newPage) const
{
    const Vertical &v = m_workspace.verticals.at(row);
    const int count = int(m_workspace.verticals.size());
    // Each vertical on a page of its own; the first under the section's introduction.
    QString html
        = QStringLiteral("<h2%1>%2</h2>")
              .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                   esc(v.name));
    if (!v.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(abridged(v.description, 420)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                           "<th>%1</th><th>%2</th><th>%3</th></tr><tr><td class=\"lead\"><b>%4</b> "
                           "<span class=\"muted\">%5</span></td><td class=\"lead\"><b>%6</b> "
                           "<span class=\"muted\">%7</span></td><td class=\"lead\"><b>%8</b></td>"
                           "</tr></table>")
                .arg(esc(nodeName(
                         m_model.nodes()[size_t(m_model.roots()[size_t(m_readiness)])].name)),
                     esc(nodeName(m_model.nodes()[size_t(m_model.roots()[size_t(m_risk)])].name)),
                     tr("Quadrant"), scoreText(m_result->score(row, m_readiness)),
                     tr("rank %1 of %2").arg(m_result->rank(row, m_readiness)).arg(count),
                     scoreText(m_result->score(row, m_risk)),
                     tr("rank %1 of %2").arg(m_result->rank(row, m_risk)).arg(count),
                     esc(quadrantName(row)));
    // Its place in the recommendation, and the data behind it.
    const Placement &placement = m_decision->placement(row);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Recommendation: %1.").arg(esc(enumDisplayName(placement.wave))),
                     esc(placement.reason));
    html
        += QStringLiteral("<p%1>%2</p>")
               .arg(
                   placement.provisional ? QStringLiteral(" class=\"warn\"") : QString(),
                   tr("Data coverage: readiness %1 %, risk %2 % of the index's weight.")
                           .arg(
                               Language::locale().toString(
                                   coveragePercent(placement.readinessCoverage)),
                               Language::locale().toString(coveragePercent(placement.riskCoverage)))
                       + (placement.missing.isEmpty() ? QString()
                                                      : Language::sentenceSeparator()
                                  + tr("Missing: %1.").arg(esc(placement.missing.join(tr(", "))))));
    // What drives the scores.
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What drives the scores"));
    // As bars, the points each indicator adds to its index (the window's "why this score").
    DriverBars bars;
    bars.readinessTitle = tr("Adds most to readiness");
    bars.riskTitle = tr("Adds most to risk");
    for (const Contribution &c : sortedContributions(*m_result, row, m_readiness).mid(0, 5))
        bars.readiness.append({indicatorName(c.name), c.points});
    for (const Contribution &c : sortedContributions(*m_result, row, m_risk).mid(0, 5))
        bars.risk.append({indicatorName(c.name), c.points});
    m_bars.push_back(bars);
    html += QStringLiteral("<p><a name=\"gtm-bars-%1\">bars</a></p>").arg(m_bars.size() - 1);

    // The four dimensions and the market, each in a row: its values, then the team's words,
    // shortened to what a page holds. Values taken from a published figure carry a note number;
    // the notes are listed once each in the reference appendix.
    const auto values = [&](Dimension dimension) {
        QStringList parts;
        const QList<IndicatorDefinition> all = m_workspace.indicators();
        for (const IndicatorDefinition &d : all) {
            if (d.dimension != dimension)
                continue;
            const std::optional<double> value = v.value(d.id);
            if (!value)
                continue;
            const IndicatorValue stored = v.values.value(d.id);
            bool money = false;
            const Amounts::Unit amount = Amounts::unitOfIndicator(d.id, d.unit, &money);
            QString shown;
            if (money) {
                shown = Amounts::money(*value, amount, Language::locale());
            } else {
                shown = Language::locale().toString(*value, 'g', 6);
                const QString unit = localized("Gtm::Indicator", d.unit);
                if (unit.startsWith(QLatin1Char('%')) || unit.contains(QLatin1Char('%')))
                    shown = Numbers::percent(shown);
                else if (!d.unit.isEmpty() && d.unit != QStringLiteral("0–5 scale"))
                    shown += QLatin1Char(' ') + unit;
            }
            QString part
                = QStringLiteral("%1 <b>%2</b>").arg(esc(indicatorName(d.name)), esc(shown));
            if (!stored.source.isEmpty())
                part += QStringLiteral("<sup>%1</sup>").arg(sourceNote(stored.source));
            parts.append(part);
        }
        return parts.join(QStringLiteral(" · "));
    };
    const auto dimensionRow = [&](const QString &name, const QString &cells, const QString &words) {
        if (cells.isEmpty() && words.isEmpty())
            return QString();
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
            .arg(esc(name), cells, words);
    };
    QString rows;
    rows += dimensionRow(enumDisplayName(Dimension::Context), values(Dimension::Context),
                         esc(abridged(v.contextNotes, 260)));
    {
        // The challenges: how many, the red flags, the two that weigh most.
        QStringList facts;
        int flagged = 0;
        int mustExplain = 0;
        for (const Challenge &c : v.challenges) {
            flagged += c.technologyFirst && *c.technologyFirst ? 1 : 0;
            mustExplain = std::max(mustExplain, c.explainabilityNeed.value_or(0));
        }
        if (!v.challenges.isEmpty()) {
            facts.append(counted(v.challenges.size(), tr("%1 challenge"), tr("%1 challenges")));
            facts.append(tr("must explain up to <b>%1</b> of 5").arg(mustExplain));
            if (flagged > 0)
                facts.append(tr("<b>%1</b> technology first (red flag)").arg(flagged));
        }
        QList<Challenge> sorted = v.challenges;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Challenge &x, const Challenge &y) {
            return x.explainabilityNeed.value_or(0) > y.explainabilityNeed.value_or(0);
        });
        QStringList problems;
        for (int i = 0; i < std::min<qsizetype>(2, sorted.size()); ++i)
            problems.append(esc(abridged(sorted.at(i).problem, 130)));
        rows += dimensionRow(enumDisplayName(Dimension::Challenges),
                             facts.isEmpty() ? tr("No challenges recorded yet.")
                                             : facts.join(QStringLiteral(" · ")),
                             problems.join(QStringLiteral("<br>")));
    }
    rows += dimensionRow(enumDisplayName(Dimension::Capabilities), values(Dimension::Capabilities),
                         esc(abridged(v.capabilitiesNotes, 260)));
    QString consequences = esc(abridged(v.consequencesNotes, 200));
    if (!v.winners.isEmpty())
        consequences += QStringLiteral("<br><b>%1</b> %2")
                            .arg(tr("Who wins:"), esc(abridged(v.winners, 120)));
    if (!v.losers.isEmpty())
        consequences += QStringLiteral("<br><b>%1</b> %2")
                            .arg(tr("Who loses:"), esc(abridged(v.losers, 120)));
    rows += dimensionRow(enumDisplayName(Dimension::Consequences), values(Dimension::Consequences),
                         consequences);
    rows += dimensionRow(enumDisplayName(Dimension::Market), values(Dimension::Market), QString());
    rows += dimensionRow(tr("Other indicators"), values(Dimension::Custom), QString());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("The four dimensions"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                           "<th width=\"15%\">%1</th><th width=\"42%\">%2</th>"
                           "<th width=\"43%\">%3</th></tr></thead>%4</table>")
                .arg(tr("Dimension"), tr("Values"), tr("In the team's words"), rows);
    return html;
}

QString Brief::abridged(const QString &text, int limit)
{
    // Whole sentences while they fit, else the words that fit, and "…".
    const QString plain = text.simplified();
    if (plain.size() <= limit)
        return plain;
    int end = -1;
    for (int i = 0; i < limit; ++i) {
        const QChar c = plain.at(i);
        if ((c == QLatin1Char('.') && (i + 1 == plain.size() || plain.at(i + 1).isSpace()))
            || c == QChar(0x3002) || c == QChar(0xff1b) || c == QLatin1Char(';'))
            end = i + 1;
    }
    if (end > limit / 3)
        return plain.left(end);
    int space = plain.lastIndexOf(QLatin1Char(' '), limit - 1);
    if (space < limit / 2)
        space = limit - 1;
    return plain.left(space).trimmed() + QChar(0x2026);
}

QString Brief::sourceNote(const QString &source) const
{
    int index = int(m_sourceNotes.indexOf(source));
    if (index < 0) {
        m_sourceNotes.append(source);
        index = int(m_sourceNotes.size()) - 1;
    }
    return QString::number(index + 1);
}

QString Brief::methodHtml() const
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Appendix: how the scores are made"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The scores come from the model \"%1\", a composite indicator built as the "
                        "OECD/JRC Handbook on Constructing Composite Indicators (2008) describes: "
                        "each indicator is normalised to 0–1 (goalposts, min–max, z-score or "
                        "rank), weighted, and aggregated up its index's tree by a weighted "
                        "arithmetic or geometric mean; the index is reported 0–100. A missing "
                        "value is never read as zero: %2")
                         .arg(esc(localizedName(m_workspace.model.name)),
                              m_model.missingPolicy() == MissingPolicy::Reweight
                                  ? tr("it is left out and its weight shared among its siblings.")
                                  : tr("a vertical missing one gets no score.")));
    html
        += QStringLiteral("<p>%1</p>")
               .arg(tr("A vertical is ready at a readiness of %1 or more and risky at a risk of %2 "
                       "or more, which gives the four quadrants.")
                        .arg(Language::locale().toString(m_model.readinessThreshold),
                             Language::locale().toString(m_model.riskThreshold)));
    const auto &nodes = m_model.nodes();
    for (int root : m_model.roots()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(nodeName(nodes[size_t(root)].name)));
        html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                    "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
                    .arg(tr("Dimension or indicator"), tr("Share of its parent"),
                         tr("Share of the index"), tr("Normalisation"), tr("Direction"));
        // Depth-first, children in the model's order.
        std::vector<std::pair<int, int>> stack {{root, 0}};
        while (!stack.empty()) {
            const auto [node, depth] = stack.back();
            stack.pop_back();
            const CompiledModel::Node &n = nodes[size_t(node)];
            for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
                stack.push_back({*it, depth + 1});
            if (node == root)
                continue;
            double share = 1;
            for (int p = node; p != root && p >= 0; p = nodes[size_t(p)].parent)
                share *= nodes[size_t(p)].share;
            QString normalisation;
            QString direction;
            if (n.leaf >= 0) {
                const CompiledModel::Leaf &leaf = m_model.leaves()[size_t(n.leaf)];
                normalisation = enumDisplayName(leaf.normalisation);
                if (leaf.normalisation == Normalisation::Goalposts) {
                    normalisation += QStringLiteral(" %1–%2").arg(
                        Language::locale().toString(leaf.logTransform ? std::exp(leaf.goalpostLow)
                                                                      : leaf.goalpostLow,
                                                    'g', 4),
                        Language::locale().toString(leaf.logTransform ? std::exp(leaf.goalpostHigh)
                                                                      : leaf.goalpostHigh,
                                                    'g', 4));
                }
                if (leaf.logTransform)
                    normalisation += tr(", of the logarithm");
                direction = enumDisplayName(leaf.polarity);
            } else {
                normalisation = enumDisplayName(n.aggregation);
            }
            const QString indent
                = QString(QStringLiteral("&nbsp;&nbsp;&nbsp;")).repeated(depth - 1);
            const QString name = n.leaf >= 0
                ? esc(indicatorName(n.name))
                : QStringLiteral("<b>%1</b>").arg(esc(nodeName(n.name)));
            html += QStringLiteral(
                        "<tr><td>%1%2</td><td class=\"num\">%3 %</td><td class=\"num\">%4 "
                        "%</td><td>%5</td><td>%6</td></tr>")
                        .arg(indent, name, Language::locale().toString(100 * n.share, 'f', 1),
                             Language::locale().toString(100 * share, 'f', 1), esc(normalisation),
                             esc(direction));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p class=\"caption\">%1</p>")
                .arg(tr("For a dimension, the last column but one is how its children are "
                        "aggregated. Shares are the weights after normalising siblings to 1."));
    return html;
}

QString Brief::referencesHtml() const
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Appendix: reference figures"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The published figures the method rests on, with their sources. Values in "
                        "the worksheets that were taken from them carry the source too."));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                           "<th>%1</th><th>%2</th><th width=\"40%\">%3</th></tr></thead>")
                .arg(tr("Figure"), tr("Value"), tr("Source"));
    for (const ReferenceFigure &f : referenceFigures()) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(f.shownName()), esc(f.valueText()), esc(f.shownCitation()));
    }
    html += QStringLiteral("</table>");
    if (!m_sourceNotes.isEmpty()) {
        // The sources of the worksheets' values, each once, numbered as the profiles cite them.
        // Notes that open with the same published figure (up to the first semicolon) are
        // listed under it, each with only what is its own, so the figure is printed once.
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Sources of the worksheets' values"));
        const auto leadOf = [](const QString &note) {
            const qsizetype ascii = note.indexOf(QLatin1String("; "));
            const qsizetype wide = note.indexOf(QChar(0xFF1B)); // ；
            const qsizetype at = ascii < 0 ? wide : wide < 0 ? ascii : std::min(ascii, wide);
            return at <= 0 ? QString() : note.left(at).trimmed();
        };
        QStringList leads;
        QHash<QString, QList<int>> members;
        for (int i = 0; i < m_sourceNotes.size(); ++i) {
            QString lead = leadOf(m_sourceNotes.at(i));
            if (lead.isEmpty())
                lead = m_sourceNotes.at(i);
            if (!members.contains(lead))
                leads.append(lead);
            members[lead].append(i);
        }
        const QString item = QStringLiteral("<p style=\"margin-left: 18px; text-indent: -18px\">"
                                            "<b>%1</b>&nbsp;&nbsp;%2</p>");
        for (const QString &lead : std::as_const(leads)) {
            const QList<int> &notes = members.value(lead);
            if (notes.size() == 1) {
                html += item.arg(notes.first() + 1).arg(esc(m_sourceNotes.at(notes.first())));
                continue;
            }
            html += QStringLiteral("<p>%1%2</p>").arg(esc(lead), tr(":"));
            for (int i : notes) {
                const QString rest = m_sourceNotes.at(i).mid(lead.size()).trimmed();
                html += QStringLiteral("<p style=\"margin-left: 36px; text-indent: -18px\">"
                                       "<b>%1</b>&nbsp;&nbsp;%2</p>")
                            .arg(i + 1)
                            .arg(esc(rest.mid(1).trimmed())); // after the semicolon
            }
        }
    }
    return html;
}

QString Brief::contentsHtml(bool withNumbers) const
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Contents"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                           "style=\"border: none\">");
    QList<Heading> headings = m_headings;
    if (m_summary)
        headings.prepend({1, tr("Decision summary"), -1, 0});
    for (const Heading &heading : std::as_const(headings)) {
        const int number = heading.bodyPage < 0 ? 2 : firstBodyPage() + 1 + heading.bodyPage;
        const QString page = withNumbers ? QString::number(number) : QStringLiteral("000");
        const QString cell = QStringLiteral("border: none; padding-top: %1px; padding-left: %2px;")
                                 .arg(heading.level == 1 ? 6 : 1)
                                 .arg(heading.level == 1 ? 0 : 18);
        html
            += QStringLiteral("<tr><td style=\"%1\">%2</td><td class=\"num\" style=\"border: none; "
                              "padding-top: %3px;\">%4</td></tr>")
                   .arg(cell,
                        heading.level == 1
                            ? QStringLiteral("<b>%1</b>").arg(heading.text.toHtmlEscaped())
                            : heading.text.toHtmlEscaped(),
                        QString::number(heading.level == 1 ? 6 : 1), page);
    }
    html += QStringLiteral("</table>");
    return html;
}

void Brief::paintDocumentPage(QPainter *painter, const PagedLayout *layout, int page) const
{
    // Each line is drawn once, whole, on its page: nothing to clip.
    painter->save();
    painter->translate(m_margins.left(), m_margins.top());
    painter->setPen(Ink);
    layout->paint(painter, page);
    painter->restore();
}

void Brief::paintFrame(QPainter *painter, int page) const
{
    // The running header (product name, document) and the page number, on every page but the
    // cover.
    painter->save();
    QFont font(BriefLanguage::fontFamily(m_options.language));
    font.setPixelSize(qRound(8 * Dpi / 72));
    painter->setFont(ChartStyle::plainLetters(font));
    painter->setPen(Muted);
    const qreal left = m_margins.left();
    const qreal right = m_pageSize.width() - m_margins.right();
    const qreal headerY = m_margins.top() - mm(9);
    const QRectF header(left, headerY, right - left, mm(5));
    const QString label = tr("Go-to-market brief");
    const QFontMetricsF metrics(painter->font());
    const QString name = m_workspace.product.name;
    // A long product name gives way to the label on the right.
    painter->drawText(
        header, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(name, Qt::ElideRight,
                           header.width() - metrics.horizontalAdvance(label) - mm(8)));
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, label);
    painter->setPen(QPen(Rule, 0.8));
    painter->drawLine(QPointF(left, headerY + mm(6)), QPointF(right, headerY + mm(6)));
    painter->setPen(Muted);
    const QRectF footer(left, m_pageSize.height() - m_margins.bottom() + mm(6), right - left,
                        mm(5));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                      Language::locale().toString(m_options.date, QLocale::LongFormat));
    painter->restore();
}

void Brief::paintCover(QPainter *painter) const
{
    painter->save();
    const QString family = BriefLanguage::fontFamily(m_options.language);
    const auto font = [&family](qreal points, bool bold) {
        QFont f(family);
        f.setPixelSize(qRound(points * Dpi / 72));
        f.setBold(bold);
        return ChartStyle::plainLetters(f);
    };
    const qreal left = mm(25);
    const qreal width = m_pageSize.width() - 2 * left;
    painter->fillRect(QRectF(0, 0, m_pageSize.width(), mm(12)), Accent);
    qreal y = mm(60);
    painter->setPen(Muted);
    painter->setFont(font(11, true));
    painter->drawText(QRectF(left, y, width, mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                      tr("GO-TO-MARKET BRIEF"));
    y += mm(12);
    // Text the user typed can be long: each block gets a height it may take, and its type
    // shrinks, then its end is cut with an ellipsis, to fit; nothing runs into the next.
    const auto fit = [&](const QString &text, qreal points, qreal smallest, bool bold,
                         qreal maxHeight, qreal boxWidth) {
        const QRectF room(0, 0, boxWidth, 10 * maxHeight);
        QFont f = font(points, bold);
        for (; points > smallest; points -= 1) {
            f = font(points, bold);
            painter->setFont(f);
            if (painter->boundingRect(room, Qt::AlignLeft | Qt::TextWordWrap, text).height()
                <= maxHeight)
                return std::make_pair(f, text);
        }
        f = font(smallest, bold);
        painter->setFont(f);
        QString cut = text;
        while (cut.size() > 1
               && painter->boundingRect(room, Qt::AlignLeft | Qt::TextWordWrap, cut + QChar(0x2026))
                       .height()
                   > maxHeight)
            cut.chop(std::max<qsizetype>(1, cut.size() / 20));
        return std::make_pair(f, cut.trimmed() + QChar(0x2026));
    };
    const auto drawFitted
        = [&](const std::pair<QFont, QString> &fitted, qreal top, qreal boxLeft, qreal boxWidth) {
              painter->setFont(fitted.first);
              QRectF bounds;
              painter->drawText(QRectF(boxLeft, top, boxWidth, mm(200)),
                                Qt::AlignLeft | Qt::TextWordWrap, fitted.second, &bounds);
              return bounds.bottom();
          };
    const QString name
        = m_workspace.product.name.isEmpty() ? tr("Go-to-market brief") : m_workspace.product.name;
    painter->setPen(Ink);
    y = drawFitted(fit(name, 30, 16, true, mm(30), width), y, left, width) + mm(5);
    if (!m_workspace.product.pitch.isEmpty()) {
        painter->setPen(Muted);
        y = drawFitted(fit(m_workspace.product.pitch, 14, 9, false, mm(45), width), y, left, width)
            + mm(12);
    }
    // The recommendation, in a box that ends above the date and author lines.
    const qreal inner = width - mm(16);
    const auto recommendation
        = fit(m_recommendation, 13, 9, true, m_pageSize.height() - mm(62) - y - mm(22), inner);
    painter->setFont(recommendation.first);
    const QRectF measure = painter->boundingRect(
        QRectF(0, 0, inner, mm(200)), Qt::AlignLeft | Qt::TextWordWrap, recommendation.second);
    const QRectF box(left, y, width, measure.height() + mm(22));
    painter->fillRect(box, QColor(0xe8, 0xef, 0xf7));
    painter->fillRect(QRectF(left, y, mm(2), box.height()), Accent);
    painter->setPen(Accent);
    painter->setFont(font(9, true));
    painter->drawText(QRectF(left + mm(8), y + mm(5), inner, mm(6)),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Recommendation"));
    painter->setPen(Ink);
    drawFitted(recommendation, y + mm(13), left + mm(8), inner);
    // Who, when, from what.
    painter->setFont(font(10, false));
    painter->setPen(Muted);
    QStringList lines;
    lines.append(Language::locale().toString(m_options.date, QLocale::LongFormat));
    if (!m_options.author.isEmpty())
        lines.append(tr("Prepared by %1").arg(m_options.author));
    lines.append(counted(m_rows.size(), tr("%1 candidate vertical assessed"),
                         tr("%1 candidate verticals assessed")));
    painter->drawText(QRectF(left, m_pageSize.height() - mm(55), width, mm(30)),
                      Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                      lines.join(QLatin1Char('\n')));
    painter->setPen(QPen(Rule, 0.8));
    painter->drawLine(QPointF(left, m_pageSize.height() - mm(20)),
                      QPointF(left + width, m_pageSize.height() - mm(20)));
    // The program that made it is in the PDF's properties, not in front of leadership.
    painter->restore();
}

void Brief::paintPage(QPainter *painter, int page) const
{
    painter->fillRect(QRectF(QPointF(0, 0), m_pageSize), Qt::white);
    if (page == 0) {
        paintCover(painter);
        return;
    }
    if (page < firstContentsPage())
        paintDocumentPage(painter, m_summaryLayout.get(), page - 1);
    else if (page < firstBodyPage())
        paintDocumentPage(painter, m_contentsLayout.get(), page - firstContentsPage());
    else
        paintDocumentPage(painter, m_bodyLayout.get(), page - firstBodyPage());
    paintFrame(painter, page);
}

void Brief::print(QPagedPaintDevice *device) const
{
    const OpaqueCharts opaque(m_options.pdfA);
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = device->logicalDpiX() / Dpi;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.scale(scale, device->logicalDpiY() / Dpi);
        paintPage(&painter, page);
        painter.restore();
    }
}

PdfMetadata Brief::metadata() const
{
    PdfMetadata metadata;
    metadata.title = title();
    metadata.author = m_options.author;
    metadata.subject = m_recommendation;
    metadata.keywords = tr("go-to-market, AI readiness, risk, verticals");
    metadata.creator
        = QStringLiteral("GTM Workbench %1").arg(QCoreApplication::applicationVersion());
    metadata.producer
        = QStringLiteral("Qt %1 (GTM Workbench)").arg(QString::fromLatin1(qVersion()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    metadata.created = QDateTime(
        now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    metadata.pdfA = m_options.pdfA;
    return metadata;
}

BriefPdf::BriefPdf(const Brief &brief)
    : m_brief(brief)
    , m_metadata(brief.metadata())
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setPageSize(QPageSize(brief.m_options.pageSize));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setTitle(m_metadata.title);
    m_writer->setCreator(m_metadata.creator);
    if (brief.m_options.pdfA)
        m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    m_writer->setDocumentXmpMetadata(PdfMetadataWriter::xmp(m_metadata));
    m_painter = std::make_unique<QPainter>(m_writer.get());
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
}

BriefPdf::~BriefPdf() = default;

bool BriefPdf::paintNext()
{
    const int count = m_brief.pageCount();
    if (m_page >= count)
        return true;
    const OpaqueCharts opaque(m_brief.m_options.pdfA);
    if (m_page > 0)
        m_writer->newPage();
    m_painter->save();
    m_painter->scale(m_writer->logicalDpiX() / Dpi, m_writer->logicalDpiY() / Dpi);
    m_brief.paintPage(m_painter.get(), m_page);
    m_painter->restore();
    ++m_page;
    return m_page >= count;
}

QByteArray BriefPdf::finish()
{
    while (!paintNext()) { }
    m_painter->end();
    m_painter.reset();
    m_writer.reset();
    QByteArray bytes = m_buffer.data();
    PdfMetadataWriter::addInfo(&bytes, m_metadata);
    QString error;
    if (!PdfNavigationWriter::add(&bytes, m_brief.navigation(), &error))
        qWarning("%s", qPrintable(error));
    return bytes;
}

QByteArray Brief::pdf() const
{
    BriefPdf pdf(*this);
    return pdf.finish();
}

bool Brief::save(const QByteArray &pdf, const QString &path, QString *error)
{
    // Never over a device, FIFO or read-only file; through a link, into the file it names.
    QString why;
    if (!SafeFiles::writeFile(path, pdf, &why)) {
        *error = tr("Could not write \"%1\": %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    return true;
}

bool Brief::writePdf(const QString &path, QString *error) const
{
    QString why;
    // Refused before the work of making it, when it could not be written there anyway.
    if (SafeFiles::outputTarget(path, &why).isEmpty()) {
        *error = tr("Could not write \"%1\": %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    return save(pdf(), path, error);
}

} // namespace Gtm
