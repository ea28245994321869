#pragma once

#include <QDate>
#include <QPageSize>
#include <QStringList>

namespace Gtm {

/** What goes into a GTM brief and how it is printed. */
struct BriefOptions
{
    enum Section {
        Summary = 0x01, // executive summary
        Plan = 0x02, // product, value proposition, personas, pricing, marketing, channels
        Charts = 0x04, // readiness × risk map, radar, robustness
        Profiles = 0x08, // a page per vertical
        Method = 0x10, // appendix: the scoring model
        References = 0x20, // appendix: the reference figures with their sources
        AllSections = 0x3f,
    };

    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    QPageSize::PageSizeId pageSize = QPageSize::A4; // A4 or Letter
    bool pdfA = false; // PDF/A-1b for archiving
    QStringList verticals; // names as the user typed them; empty: every vertical
    int sections = AllSections;
    QString author;
    QDate date; // invalid: today
    int robustnessRuns = 1000;
};

} // namespace Gtm
