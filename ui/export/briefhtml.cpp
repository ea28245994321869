// Brief::writeHtml(): the brief's text and charts as a web page, for comparing typesetters.
// Kept apart from brief.cpp, which it only reads: the strings come from there.

#include "brief.h"

#include "storage/safefiles.h"

#include "charts/chartcontent.h"
#include "charts/chartrender.h"
#include "domain/language.h"
#include "domain/plural.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

namespace Gtm {

bool Brief::writeHtml(const QString &directory, QString *error) const
{
    // Only texts the brief already has, so the translations stay as they are.
    const QString indexPath = QDir(directory).filePath(QStringLiteral("index.html"));
    if (!m_bodyLayout) {
        *error = tr("Could not write \"%1\": %2")
                     .arg(QDir::toNativeSeparators(indexPath), QStringLiteral("prepare() first"));
        return false;
    }
    QDir().mkpath(directory); // if it cannot be made, writing into it says why
    const QDir dir(directory);

    // The charts, each as large as on the PDF's page (1/96-inch pixels), drawn at 150 dpi.
    constexpr qreal Scale = 150.0 / 96;
    const qreal textWidth = std::floor(m_pageSize.width() - m_margins.left() - m_margins.right());
    static const QRegularExpression marker(
        QStringLiteral("<a name=\"gtm-chart-(\\d+)\">chart</a>"));
    const auto withImages = [&](const QString &html, bool *ok) {
        QString result;
        qsizetype last = 0;
        for (auto it = marker.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const size_t index = match.captured(1).toULongLong();
            if (index >= m_charts.size())
                continue;
            const QSizeF size(textWidth, textWidth * m_chartAspects.at(index));
            const QString file = QStringLiteral("chart-%1.png").arg(index);
            if (!ChartRender::writePng(*m_charts.at(index), dir.filePath(file),
                                       (size * Scale).toSize(), Scale, error)) {
                *ok = false;
                return QString();
            }
            result += QStringView(html).mid(last, match.capturedStart() - last);
            result += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"\">")
                          .arg(file)
                          .arg(qRound(size.width()))
                          .arg(qRound(size.height()));
            last = match.capturedEnd();
        }
        result += QStringView(html).mid(last);
        return result;
    };
    bool ok = true;
    const QString summary = withImages(m_summaryHtml, &ok);
    const QString body = withImages(m_bodyHtml, &ok);
    if (!ok)
        return false;

    // The cover's texts, in the order paintCover() draws them.
    const auto html = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    const QString name
        = m_workspace.product.name.isEmpty() ? tr("Go-to-market brief") : m_workspace.product.name;
    QString cover
        = QStringLiteral("<p class=\"muted\"><b>%1</b></p>").arg(tr("GO-TO-MARKET BRIEF"));
    cover += QStringLiteral("<p style=\"font-size: 30pt\"><b>%1</b></p>").arg(html(name));
    if (!m_workspace.product.pitch.isEmpty())
        cover += QStringLiteral("<p class=\"muted\" style=\"font-size: 14pt\">%1</p>")
                     .arg(html(m_workspace.product.pitch));
    cover += QStringLiteral("<p style=\"color: #1b4f8a\"><b>%1</b></p>").arg(tr("Recommendation"));
    cover
        += QStringLiteral("<p style=\"font-size: 13pt\"><b>%1</b></p>").arg(html(m_recommendation));
    QStringList lines;
    lines.append(Language::locale().toString(m_options.date, QLocale::LongFormat));
    if (!m_options.author.isEmpty())
        lines.append(tr("Prepared by %1").arg(m_options.author));
    lines.append(counted(m_rows.size(), tr("%1 candidate vertical assessed"),
                         tr("%1 candidate verticals assessed")));
    cover += QStringLiteral("<p class=\"muted\">%1</p>").arg(html(lines.join(QLatin1Char('\n'))));

    // The decision summary, the contents and the body start pages, as in the PDF.
    const auto newPage = [](QString part) {
        if (part.startsWith(QLatin1String("<h1>")))
            part = QStringLiteral("<h1 style=\"page-break-before: always\">") + part.mid(4);
        return part;
    };
    // The brief's style sheet, font and page.
    QTextDocument styled;
    setUpDocument(&styled);
    const QFont font = styled.defaultFont();
    const auto mm = [](qreal pixels) {
        return QString::number(pixels / 96 * 25.4, 'f', 1);
    };
    const QSizeF paper = QPageSize(m_options.pageSize).size(QPageSize::Millimeter);
    const QString style
        = QStringLiteral("@page { size: %1mm %2mm; margin: %3mm %4mm %5mm %6mm; }"
                         "body { font-family: '%7'; font-size: %8pt; color: #1f2933; }"
                         "h1, h2, h3, table { font-family: '%7'; }")
              .arg(QString::number(paper.width()), QString::number(paper.height()),
                   mm(m_margins.top()), mm(m_margins.right()), mm(m_margins.bottom()),
                   mm(m_margins.left()), font.family())
              .arg(font.pointSizeF())
        + styled.defaultStyleSheet();
    const QString page
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                         "<title>%2</title><style>%3</style></head><body>\n%4\n%5\n%6\n%7\n"
                         "</body></html>\n")
              .arg(QString(m_options.language).replace(QLatin1Char('_'), QLatin1Char('-')),
                   title().toHtmlEscaped(), style, cover, newPage(summary),
                   newPage(m_contents ? contentsHtml(true) : QString()), newPage(body));

    QString why;
    if (!SafeFiles::writeFile(indexPath, page.toUtf8(), &why)) {
        *error = tr("Could not write \"%1\": %2").arg(QDir::toNativeSeparators(indexPath), why);
        return false;
    }
    return true;
}

} // namespace Gtm
