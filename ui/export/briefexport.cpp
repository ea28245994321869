#include "briefexport.h"

#include "brief.h"

#include <QTimer>

#include <algorithm>
#include <ctime>

namespace Gtm {

namespace {
/** How long a step of building or laying out goes on, in milliseconds. */
constexpr int StepMilliseconds = 15;
} // namespace

BriefExport::BriefExport(const Workspace &workspace, const BriefOptions &options, Goal goal,
                         QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_options(options)
    , m_goal(goal)
{ }

BriefExport::~BriefExport()
{
    m_writer.reset(); // it draws the brief
    m_brief.reset();
}

void BriefExport::start()
{
    m_running = true;
    m_stage = 0;
    // Refusals are said in the program's language, not the brief's.
    QString error;
    if (!Brief(m_workspace, m_options).check(&error)) {
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    QTimer::singleShot(0, this, &BriefExport::step);
}

void BriefExport::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_writer.reset();
    emit finished(false, tr("Cancelled."));
}

void BriefExport::fail(const QString &error)
{
    m_running = false;
    m_writer.reset();
    emit finished(false, error);
}

void BriefExport::step()
{
    if (!m_running)
        return;
    // Each step is short, in this thread's own CPU time (what the window's event loop waits
    // for), whatever else the machine is doing.
    timespec before {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before);
    int percent = 0;
    bool done = false;
    int delay = 0; // waiting for the robustness runs: not spinning meanwhile
    QString error;
    {
        // The brief's language is on while its texts are made and drawn, and only then: the
        // progress reaches the window (which repaints) after it is off again.
        const BriefLanguage language(m_options.language);
        switch (m_stage) {
        case 0:
            m_brief = std::make_unique<Brief>(m_workspace, m_options);
            if (!m_brief->start(&error))
                break;
            m_stage = 1;
            percent = 2;
            break;
        case 1:
            if (m_brief->buildSome(StepMilliseconds)) {
                m_stage = 2;
            } else if (m_brief->partCount() == 0) {
                delay = 5;
            }
            percent = 2 + 28 * m_brief->buildProgress() / std::max(1, m_brief->partCount());
            break;
        case 2: {
            if (m_brief->layoutFor(StepMilliseconds))
                m_stage = 3;
            percent = 30 + 20 * m_brief->layoutProgress() / std::max(1, m_brief->blockCount());
            break;
        }
        case 3:
            m_brief->finish();
            if (m_goal == Goal::Layout) {
                done = true;
                break;
            }
            m_stage = 4;
            percent = 50;
            break;
        case 4:
            if (!m_writer)
                m_writer = std::make_unique<BriefPdf>(*m_brief);
            if (m_writer->paintNext()) {
                m_pdf = m_writer->finish();
                m_writer.reset();
                done = true;
                break;
            }
            percent = 50 + 50 * m_writer->pagesDone() / std::max(1, m_brief->pageCount());
            break;
        }
    }
    timespec after {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after);
    const double milliseconds
        = double(after.tv_sec - before.tv_sec) * 1e3 + double(after.tv_nsec - before.tv_nsec) / 1e6;
    m_longestStep = std::max(m_longestStep, milliseconds);
    m_stepsTime += milliseconds;
    ++m_stepCount;
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    if (done) {
        m_running = false;
        emit progress(100);
        emit finished(true, QString());
        return;
    }
    emit progress(percent);
    QTimer::singleShot(delay, this, &BriefExport::step);
}

} // namespace Gtm
