#pragma once

#include "briefoptions.h"
#include "domain/workspace.h"

#include <QObject>

#include <memory>

namespace Gtm {

class Brief;
class BriefPdf;

/**
 * Makes a brief a step at a time on the event loop (scores, a part of the content, some
 * layout, a page), each step short (about 15 ms of work, the robustness runs on threads of
 * their own), so the window keeps painting and a Cancel button keeps working while a brief of
 * a hundred verticals is made.
 */
class BriefExport : public QObject
{
    Q_OBJECT

public:
    enum class Goal { Layout, Pdf };

    BriefExport(const Workspace &workspace, const BriefOptions &options, Goal goal,
                QObject *parent = nullptr);
    ~BriefExport() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    /** After finished(true): the laid-out brief (for a preview) and, for Goal::Pdf, the PDF. */
    Brief *brief() const { return m_brief.get(); }
    const QByteArray &pdf() const { return m_pdf; }
    const BriefOptions &options() const { return m_options; }
    /** The longest of its steps so far, in this thread's CPU time (milliseconds). */
    double longestStep() const { return m_longestStep; }
    /** All its steps so far, in this thread's CPU time (milliseconds), and how many. */
    double stepsTime() const { return m_stepsTime; }
    int stepCount() const { return m_stepCount; }

signals:
    /** From 0 to 100. */
    void progress(int percent);
    void finished(bool ok, const QString &error);

private:
    void step();
    void fail(const QString &error);

    Workspace m_workspace;
    BriefOptions m_options;
    Goal m_goal;
    std::unique_ptr<Brief> m_brief;
    std::unique_ptr<BriefPdf> m_writer;
    QByteArray m_pdf;
    int m_stage = 0;
    bool m_running = false;
    double m_longestStep = 0;
    double m_stepsTime = 0;
    int m_stepCount = 0;
};

} // namespace Gtm
