#include "sensitivityrunner.h"

#include "domain/workspace.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Gtm {

SensitivityRunner::Job SensitivityRunner::jobFor(const Workspace &workspace,
                                                 const CompiledModel &model, quint64 tag)
{
    Job job;
    job.tag = tag;
    job.ids.reserve(workspace.verticals.size());
    job.names.reserve(workspace.verticals.size());
    for (const Vertical &v : workspace.verticals) {
        job.ids.append(v.id);
        job.names.append(v.name);
    }
    for (int root : model.roots())
        job.indexNames.append(localizedName(model.nodes()[size_t(root)].name));
    return job;
}

SensitivityRunner::SensitivityRunner(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (isRunning())
            emit progress(m_done->load(), m_job.runs);
    });
}

SensitivityRunner::~SensitivityRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    for (auto *watcher : std::as_const(m_abandoned))
        watcher->waitForFinished();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void SensitivityRunner::start(const CompiledModel &model, const IndicatorTable &table,
                              const SensitivityAnalysis::Settings &settings, const Job &job)
{
    abandon();
    m_job = job;
    m_job.runs = settings.runs;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic_int>(0);
    m_watcher = new QFutureWatcher<SensitivityAnalysis::Result>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SensitivityRunner::workerFinished);
    m_clock.start();
    // The worker gets copies of the model and the values: edits go on while it runs.
    m_watcher->setFuture(
        QtConcurrent::run([model, table, settings, cancel = m_cancel, done = m_done] {
            return SensitivityAnalysis::run(
                model, table, settings, [done](int n) { done->store(n); }, cancel.get());
        }));
    m_progressTimer->start();
}

void SensitivityRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SensitivityRunner::abandon()
{
    if (!isRunning())
        return;
    m_cancel->store(true);
    auto *old = m_watcher;
    disconnect(old, nullptr, this, nullptr);
    m_abandoned.append(old);
    connect(old, &QFutureWatcherBase::finished, this, [this, old] {
        m_abandoned.removeAll(old);
        old->deleteLater();
    });
    m_watcher = nullptr;
    m_cancel.reset();
    m_done.reset();
    m_job = {};
    m_progressTimer->stop();
}

void SensitivityRunner::workerFinished()
{
    auto *watcher = m_watcher;
    const Job job = m_job;
    const double seconds = m_clock.elapsed() / 1000.0;
    m_watcher = nullptr;
    m_cancel.reset();
    m_done.reset();
    m_job = {};
    m_progressTimer->stop();
    watcher->deleteLater();
    SensitivityAnalysis::Result result;
    try {
        result = watcher->result();
    } catch (const std::exception &e) {
        emit failed(QString::fromLocal8Bit(e.what()), job);
        return;
    }
    emit finished(result, job, seconds);
}

} // namespace Gtm
