#pragma once

// Reading a PDF back with tools that share no code with the program: qpdf (Debian's qpdf) and
// pypdf (python3-pypdf, through tests/read_pdf_navigation.py), both installed by
// packaging/install-deps.sh.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace PdfReadBack {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString &program, const QStringList &arguments)
{
    Run result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/** `qpdf --check`: the file's syntax, cross-reference tables and streams. Empty when it
 *  passes, else what qpdf said. */
inline QString qpdfCheck(const QString &pdf)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        return QStringLiteral("qpdf is not installed");
    const Run r = run(qpdf, {QStringLiteral("--check"), pdf});
    // 0: fine; 3: warnings, which qpdf gives for a file it had to repair.
    if (r.exitCode == 0 && r.err.isEmpty())
        return {};
    return QString::fromUtf8(r.out + r.err);
}

/** qpdf's view of the outline: a flat list, in order, of {title, level, page (from 0)}. */
inline QJsonArray qpdfOutline(const QString &pdf)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    const Run r
        = run(qpdf, {QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"), pdf});
    QJsonArray flat;
    const auto walk = [&flat](const QJsonArray &items, int level, const auto &self) -> void {
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            flat.append(QJsonObject {
                {QStringLiteral("title"), o.value(QStringLiteral("title"))},
                {QStringLiteral("level"), level},
                {QStringLiteral("page"), o.value(QStringLiteral("destpageposfrom1")).toInt() - 1}});
            self(o.value(QStringLiteral("kids")).toArray(), level + 1, self);
        }
    };
    walk(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("outlines")).toArray(), 0,
         walk);
    return flat;
}

/** tests/read_pdf_navigation.py's report: pages, lang, pageMode, outline, links, problems,
 *  catalogKeys, title; {"error": …} when pypdf cannot read the file. */
inline QJsonObject pypdfNavigation(const QString &pdf)
{
    const Run r
        = run(QStringLiteral(GTM_SYSTEM_PYTHON), {QStringLiteral(GTM_NAVIGATION_READER), pdf});
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    if (report.isEmpty())
        return {{QStringLiteral("error"), QString::fromUtf8(r.err)}};
    return report;
}

} // namespace PdfReadBack
