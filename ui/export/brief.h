#pragma once

#include "briefoptions.h"
#include "domain/language.h"
#include "domain/workspace.h"
#include "pdfmetadata.h"
#include "pdfnavigation.h"
#include "scoring/compiledmodel.h"
#include "scoring/decisionsummary.h"
#include "scoring/indicatortable.h"
#include "scoring/sensitivity.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QMarginsF>
#include <QTextBlock>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

namespace Gtm {

class ChartContent;
struct DecisionSummary;
class PagedLayout;
class Recommendation;
class ScoringResult;

/**
 * The brief's language for as long as it lives, on this thread only: its texts, its numbers
 * and dates, and the charts' font. Nothing else changes, and no widget is told: a brief can be
 * written in Chinese while the window stays in English, and the other way round.
 */
class BriefLanguage
{
public:
    explicit BriefLanguage(const QString &language);
    ~BriefLanguage();
    BriefLanguage(const BriefLanguage &) = delete;
    BriefLanguage &operator=(const BriefLanguage &) = delete;

    /** The languages a brief can be written in. */
    static QStringList available();
    /** The font family the brief's text is set in for `language`. */
    static QString fontFamily(const QString &language);

private:
    LanguageScope m_scope;
    QString m_previousFamily;
};

/**
 * The GTM brief a product manager hands to leadership: a cover with the recommendation, a table
 * of contents, the executive summary, the product and its GTM plan, the charts (as vectors), a
 * profile page per vertical, and appendices on the scoring method and the reference figures.
 *
 * The brief is laid out once, in pixels of 1/96 inch, with design metrics, so the same pages
 * come out on a PDF writer at 1200 dpi and in a print preview on screen. Text and tables are
 * paginated by QTextDocument, which moves a line or a table row that would cross a page edge to
 * the next page; headings start new pages where a reader expects them.
 */
class Brief
{
    Q_DECLARE_TR_FUNCTIONS(Gtm::Brief)

public:
    /** A name or title longer than this is shortened in the brief ("…"). */
    static constexpr int MaximumTextLength = 200;
    /** A note longer than this is shortened in the brief, saying by how much. */
    static constexpr int MaximumLongTextLength = 6000;

    Brief(const Workspace &workspace, const BriefOptions &options);
    ~Brief();

    /**
     * Scores the verticals, runs the robustness analysis and lays the brief out. Fails, saying
     * why, for an unknown vertical name, no vertical to include, or a scoring model with
     * problems. Call with the brief's language active (BriefLanguage).
     */
    bool prepare(QString *error);

    /**
     * prepare() in steps, for a window that must stay responsive, none long: start() scores
     * and starts the robustness runs on threads of their own; buildSome() makes the body's
     * parts for about `milliseconds` (true when all are; false at once while the runs are not
     * done, unless `wait`); layoutSome() / layoutFor() lay out more of them (true when all
     * are); finish() paginates, finds the pages of the headings and makes the contents.
     */
    bool start(QString *error);
    /** The refusals of prepare() alone (unknown vertical, none, model problems), quickly. */
    bool check(QString *error);
    bool buildSome(int milliseconds, bool wait = false);
    int buildProgress() const;
    int partCount() const;
    bool layoutSome(int blocks);
    bool layoutFor(int milliseconds);
    void finish();
    int layoutProgress() const;
    int blockCount() const;

    int pageCount() const;
    /** The page in 1/96-inch pixels. */
    QSizeF pageSize() const { return m_pageSize; }
    /** Draws page `page` (from 0, the cover) with `painter` in 1/96-inch pixels. */
    void paintPage(QPainter *painter, int page) const;
    /** Draws every page on a paged device (a QPdfWriter or a QPrinter). */
    void print(QPagedPaintDevice *device) const;
    /** Writes the PDF; on failure says why and leaves `path` as it was. */
    bool writePdf(const QString &path, QString *error) const;
    /** The PDF as bytes, metadata included. */
    QByteArray pdf() const;
    /**
     * After prepare(), with the brief's language active: the brief's text and charts as a web
     * page, `directory`/index.html with a PNG per chart (chart-N.png, at 150 dpi and the size it
     * has in the PDF). The cover's texts, the decision summary, the contents and the body are
     * the same strings the PDF is typeset from; only the running header and footer of each page
     * are missing. For comparing with other typesetters (tests/bench); says why on failure.
     */
    bool writeHtml(const QString &directory, QString *error) const;
    /** Writes `pdf` to `path` through a temporary file, so a failure leaves `path` as it was. */
    static bool save(const QByteArray &pdf, const QString &path, QString *error);
    PdfMetadata metadata() const;

    /** The one-line recommendation on the cover. */
    const QString &recommendation() const { return m_recommendation; }
    /** Section and vertical headings with their page numbers (from 1), as in the contents. */
    QList<std::pair<QString, int>> contents() const;
    /** The PDF's outline (the contents' headings, nested as there), the contents' lines as
     *  links to their pages, and the brief's language. Points, pages from 0 (the cover). */
    PdfNavigation navigation() const;
    QString title() const;
    /** The charts drawn in the body, in order (made by buildSome()). */
    const std::vector<std::unique_ptr<ChartContent>> &charts() const { return m_charts; }

private:
    friend class BriefPdf;
    /** A profile's "why this score": the indicators that add most to each index. */
    struct DriverBars
    {
        struct Bar
        {
            QString label;
            double points = 0;
        };
        QString readinessTitle;
        QString riskTitle;
        QList<Bar> readiness;
        QList<Bar> risk;
    };
    struct Heading
    {
        int level = 1;
        QString text;
        int bodyPage = 0;
        qreal top = 0; // its first line's top, in pixels from the top of its page's text area
    };

    /** The body's parts in order, each made when asked (a section, a vertical's profile). */
    QList<std::function<QString()>> bodyParts();
    QString decisionSummaryHtml(const DecisionSummary &summary) const;
    void paintBars(QPainter *painter, const QRectF &rect, const DriverBars &bars) const;
    /** Keeps, of a workspace's decision summary, the verticals the brief includes. */
    void keepIncluded(DecisionSummary *summary) const;
    /** `text` in at most `limit` characters: whole sentences, else whole words and "…". */
    static QString abridged(const QString &text, int limit);
    /** The number of `source` among the notes of the reference appendix (added when new). */
    QString sourceNote(const QString &source) const;
    /** Pages from 0: the cover, the decision summary, the contents, the body. */
    int firstContentsPage() const { return 1 + m_summaryPages; }
    int firstBodyPage() const { return firstContentsPage() + m_contentsPages; }
    QString summaryHtml() const;
    QString planHtml() const;
    QString chartsHtml(int part);
    QString profileHtml(int row, bool newPage) const;
    QString methodHtml() const;
    QString referencesHtml() const;
    QString contentsHtml(bool withNumbers) const;
    QList<std::pair<int, QRectF>> contentsLineRects() const;
    QString chartMarker(std::unique_ptr<ChartContent> chart, qreal aspect);
    void insertCharts(QTextDocument *document) const;
    void setUpDocument(QTextDocument *document) const;
    /** The typesetter for a document of the brief's content, charts included. */
    std::unique_ptr<PagedLayout> pagedLayout(const QList<const QTextDocument *> &documents) const;
    void paintDocumentPage(QPainter *painter, const PagedLayout *layout, int page) const;
    void paintCover(QPainter *painter) const;
    void paintFrame(QPainter *painter, int page) const;
    QString scoreText(double score) const;
    QString quadrantName(int row) const;

    Workspace m_workspace;
    BriefOptions m_options;
    QList<int> m_rows; // the included verticals' rows
    mutable QStringList m_sourceNotes; // the values' sources, numbered as the profiles cite them
    mutable std::vector<DriverBars> m_bars; // made with the profiles, drawn as objects
    CompiledModel m_model;
    IndicatorTable m_table;
    std::unique_ptr<ScoringResult> m_result;
    SensitivityAnalysis::Result m_robustness;
    std::unique_ptr<Recommendation> m_decision;
    int m_readiness = -1;
    int m_risk = -1;
    QString m_recommendation;
    QSizeF m_pageSize;
    QMarginsF m_margins;
    QImage m_layoutDevice; // 96 dpi
    std::vector<std::unique_ptr<ChartContent>> m_charts;
    std::vector<qreal> m_chartAspects;
    /** What runs on threads of its own while the brief is made. */
    struct Runs
    {
        SensitivityAnalysis::Result robustness;
        QList<ScenarioGoFirst> scenarios;
    };
    std::future<Runs> m_robustnessRun;
    std::unique_ptr<QTextDocument> m_summary; // the decision summary, page 2
    QString m_summaryHtml, m_bodyHtml; // what they are made of, chart markers in place
    std::unique_ptr<PagedLayout> m_summaryLayout;
    int m_summaryPages = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<std::function<QString()>> m_pendingParts;
    int m_partsTotal = 0;
    std::vector<std::unique_ptr<QTextDocument>> m_parts; // the body, a document a part
    std::unique_ptr<QTextDocument> m_contents;
    std::unique_ptr<PagedLayout> m_bodyLayout;
    std::unique_ptr<PagedLayout> m_contentsLayout;
    QList<Heading> m_headings;
    int m_contentsPages = 0;
    int m_bodyPages = 0;
};

/** A brief's PDF, drawn a page at a time (paintNext()) so a window can stay responsive. */
class BriefPdf
{
public:
    explicit BriefPdf(const Brief &brief);
    ~BriefPdf();

    /** Draws the next page; true when every page is drawn. */
    bool paintNext();
    int pagesDone() const { return m_page; }
    /** Draws what is left and returns the PDF, metadata included. */
    QByteArray finish();

private:
    const Brief &m_brief;
    PdfMetadata m_metadata;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    int m_page = 0;
};

} // namespace Gtm
