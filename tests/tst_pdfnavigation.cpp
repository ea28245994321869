#include "export/pdfmetadata.h"
#include "export/pdfnavigation.h"
#include "pdfreadback.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Gtm;

namespace {

/** Three A4 pages made by QPdfWriter, "Page 1" … "Page 3" on them. */
QByteArray threePages(bool pdfA = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(QStringLiteral("Three pages"));
        if (pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QPainter painter(&writer);
        for (int page = 0; page < 3; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(1000, 1000), QStringLiteral("Page %1").arg(page + 1));
        }
    }
    return buffer.data();
}

/** Hand-chosen: two chapters, the first with two sections, the second of which has one below
 *  it; a title in Chinese and one with PDF's string delimiters. */
PdfNavigation sample()
{
    PdfNavigation nav;
    nav.outline = {{QStringLiteral("One"), 0, 0, 100},
                   {QStringLiteral("One (a) \\ b"), 1, 1, 200},
                   {QStringLiteral("概况"), 1, 2, 50},
                   {QStringLiteral("Deep"), 2, 2, 300},
                   {QStringLiteral("Two"), 0, 2, 0}};
    nav.links = {{0, QRectF(72, 72, 200, 20), 2, 300}, {1, QRectF(72, 400, 100, 10), 0, 0}};
    nav.language = QStringLiteral("zh-CN");
    return nav;
}

QString save(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QJsonObject entry(const QString &title, int level, int page, double top)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("level"), level},
            {QStringLiteral("page"), page},
            {QStringLiteral("top"), top}};
}

} // namespace

/** PdfNavigationWriter on small PDFs, read back with qpdf and pypdf. */
class TestPdfNavigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outlineLinksAndLanguage();
    void afterTheInfoAndTwice();
    void pdfAKeepsItsCatalog();
    void refusesWhatItCannotRead();

private:
    QTemporaryDir m_dir;
};

void TestPdfNavigation::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
             "qpdf (packaging/install-deps.sh installs it)");
    const QJsonObject probe = PdfReadBack::pypdfNavigation(QStringLiteral("/nonexistent.pdf"));
    QVERIFY2(!probe.value(QStringLiteral("error")).toString().contains(QLatin1String("pypdf")),
             "python3-pypdf (packaging/install-deps.sh installs it)");
}

void TestPdfNavigation::outlineLinksAndLanguage()
{
    QByteArray pdf = threePages();
    const QByteArray original = pdf;
    QString error;
    QVERIFY2(PdfNavigationWriter::add(&pdf, sample(), &error), qPrintable(error));
    QVERIFY(pdf.startsWith(original)); // an incremental update: what was there stays
    const QString path = save(m_dir, QStringLiteral("three.pdf"), pdf);
    QCOMPARE(PdfReadBack::qpdfCheck(path), QString());

    const QJsonObject report = PdfReadBack::pypdfNavigation(path);
    QVERIFY2(!report.contains(QStringLiteral("error")),
             qPrintable(report.value(QStringLiteral("error")).toString()));
    QCOMPARE(report.value(QStringLiteral("problems")).toArray(), QJsonArray());
    QCOMPARE(report.value(QStringLiteral("pages")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("lang")).toString(), QStringLiteral("zh-CN"));
    QCOMPARE(report.value(QStringLiteral("pageMode")).toString(), QStringLiteral("/UseOutlines"));
    // A4 is 842 points high; tops are from the page top, as given.
    const QJsonArray expected {
        entry(QStringLiteral("One"), 0, 0, 100), entry(QStringLiteral("One (a) \\ b"), 1, 1, 200),
        entry(QStringLiteral("概况"), 1, 2, 50), entry(QStringLiteral("Deep"), 2, 2, 300),
        entry(QStringLiteral("Two"), 0, 2, 0)};
    QCOMPARE(report.value(QStringLiteral("outline")).toArray(), expected);

    const QJsonArray links = report.value(QStringLiteral("links")).toArray();
    QCOMPARE(links.size(), 2);
    const QJsonObject first = links.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("page")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("targetPage")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("targetTop")).toDouble(), 300.0);
    // x 72…272, 72…92 from the top: 750…770 from the bottom.
    QCOMPARE(first.value(QStringLiteral("rect")).toArray(), (QJsonArray {72, 750, 272, 770}));
    QCOMPARE(first.value(QStringLiteral("flags")).toInt(), 4); // printed, as PDF/A asks
    QCOMPARE(first.value(QStringLiteral("border")).toArray(), (QJsonArray {0, 0, 0}));
    const QJsonObject second = links.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(second.value(QStringLiteral("targetPage")).toInt(), 0);

    // qpdf reads the same tree.
    QJsonArray qpdfExpected;
    for (const QJsonValue &e : expected) {
        QJsonObject o = e.toObject();
        o.remove(QStringLiteral("top"));
        qpdfExpected.append(o);
    }
    QCOMPARE(PdfReadBack::qpdfOutline(path), qpdfExpected);
}

void TestPdfNavigation::afterTheInfoAndTwice()
{
    // As the brief does it: the Info dictionary's update first, then this one; and a second
    // navigation update on top adds its links to those already there.
    QByteArray pdf = threePages();
    PdfMetadata metadata;
    metadata.title = QStringLiteral("Navigated");
    metadata.creator = QStringLiteral("tst_pdfnavigation");
    metadata.producer = QStringLiteral("Qt");
    metadata.created = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(PdfMetadataWriter::addInfo(&pdf, metadata));
    QString error;
    QVERIFY2(PdfNavigationWriter::add(&pdf, sample(), &error), qPrintable(error));
    PdfNavigation more;
    more.links = {{0, QRectF(72, 300, 50, 10), 1, 0}};
    QVERIFY2(PdfNavigationWriter::add(&pdf, more, &error), qPrintable(error));
    const QString path = save(m_dir, QStringLiteral("twice.pdf"), pdf);
    QCOMPARE(PdfReadBack::qpdfCheck(path), QString());
    const QJsonObject report = PdfReadBack::pypdfNavigation(path);
    QCOMPARE(report.value(QStringLiteral("title")).toString(), QStringLiteral("Navigated"));
    QCOMPARE(report.value(QStringLiteral("outline")).toArray().size(), 5);
    QCOMPARE(report.value(QStringLiteral("lang")).toString(), QStringLiteral("zh-CN"));
    int onFirstPage = 0;
    for (const QJsonValue &link : report.value(QStringLiteral("links")).toArray())
        onFirstPage += link.toObject().value(QStringLiteral("page")).toInt() == 0 ? 1 : 0;
    QCOMPARE(onFirstPage, 2);
    // pdfinfo still finds the Info dictionary through the newest trailer.
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    QVERIFY(QString::fromUtf8(PdfReadBack::run(pdfinfo, {path}).out)
                .contains(QLatin1String("Creator:         tst_pdfnavigation")));
}

void TestPdfNavigation::pdfAKeepsItsCatalog()
{
    QByteArray pdf = threePages(true);
    QString error;
    QVERIFY2(PdfNavigationWriter::add(&pdf, sample(), &error), qPrintable(error));
    const QString path = save(m_dir, QStringLiteral("pdfa.pdf"), pdf);
    QCOMPARE(PdfReadBack::qpdfCheck(path), QString());
    const QJsonObject report = PdfReadBack::pypdfNavigation(path);
    const QJsonArray keys = report.value(QStringLiteral("catalogKeys")).toArray();
    for (const char *key :
         {"/Type", "/Pages", "/Metadata", "/OutputIntents", "/Outlines", "/PageMode", "/Lang"})
        QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
}

void TestPdfNavigation::refusesWhatItCannotRead()
{
    QString error;
    const auto refused = [&error](QByteArray pdf, const PdfNavigation &nav) {
        const QByteArray before = pdf;
        error.clear();
        const bool added = PdfNavigationWriter::add(&pdf, nav, &error);
        return !added && pdf == before && !error.isEmpty();
    };
    QVERIFY(refused(QByteArray("not a PDF at all"), sample()));
    QVERIFY(refused(threePages().left(2000), sample())); // cut short: no trailer

    // An entry or a link for a page the PDF does not have.
    PdfNavigation beyond;
    beyond.outline = {{QStringLiteral("Four"), 0, 3, 0}};
    QVERIFY(refused(threePages(), beyond));
    QVERIFY(error.contains(QLatin1String("page 4 of 3")));
    beyond.outline.clear();
    beyond.links = {{0, QRectF(0, 0, 10, 10), -1, 0}};
    QVERIFY(refused(threePages(), beyond));

    // Compressed cross-reference streams and object streams, as qpdf writes them.
    const QString plain = save(m_dir, QStringLiteral("plain.pdf"), threePages());
    const QString compressed = m_dir.filePath(QStringLiteral("compressed.pdf"));
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    QCOMPARE(
        PdfReadBack::run(qpdf, {QStringLiteral("--object-streams=generate"), plain, compressed})
            .exitCode,
        0);
    QFile file(compressed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(refused(file.readAll(), sample()));
    QVERIFY2(error.contains(QLatin1String("cross-reference stream")), qPrintable(error));

    // A cross-reference table that points beside its objects.
    QByteArray shifted = threePages();
    shifted.insert(shifted.indexOf("1 0 obj"), "          ");
    QVERIFY(refused(shifted, sample()));
}

QTEST_MAIN(TestPdfNavigation)
#include "tst_pdfnavigation.moc"
