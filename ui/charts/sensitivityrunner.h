#pragma once

#include "domain/vertical.h"
#include "scoring/sensitivity.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QTimer;
template<typename T>
class QFutureWatcher;

namespace Gtm {

struct Workspace;

/**
 * Runs the sensitivity analysis in the background, on copies of the model and the values, so
 * that edits go on while it runs: progress as it goes, cancel (the runs done so far still
 * arrive) and abandon (for scores that no longer are: nothing arrives). Whoever starts a run
 * says which verticals it was for, and gets them back with the result, so a result is never
 * shown against other rows.
 */
class SensitivityRunner : public QObject
{
    Q_OBJECT

public:
    /** What a run was started for, handed back with its result. */
    struct Job
    {
        QList<VerticalId> ids; // the verticals, row by row
        QStringList names;
        QStringList indexNames;
        int runs = 0;
        quint64 tag = 0; // the starter's own mark: which scores the run was for
    };

    /** A job for every vertical of `workspace`, scored with `model`. */
    static Job jobFor(const Workspace &workspace, const CompiledModel &model, quint64 tag = 0);

    explicit SensitivityRunner(QObject *parent = nullptr);
    /** Waits for the workers: they hold no pointer into the caller, but report here. */
    ~SensitivityRunner() override;

    /** Starts a run (abandoning one that is running). */
    void start(const CompiledModel &model, const IndicatorTable &table,
               const SensitivityAnalysis::Settings &settings, const Job &job);
    /** Stops the run early; finished() still comes, with the runs done (cancelled set). */
    void cancel();
    /** Stops the run and forgets it: finished() never comes for it. */
    void abandon();
    bool isRunning() const { return m_watcher != nullptr; }
    /** The job of the run in progress. */
    const Job &job() const { return m_job; }

signals:
    /** Every 50 ms while running: the runs done so far of `total`. */
    void progress(int done, int total);
    void finished(const Gtm::SensitivityAnalysis::Result &result,
                  const Gtm::SensitivityRunner::Job &job, double seconds);
    /** The run threw (most likely out of memory). */
    void failed(const QString &reason, const Gtm::SensitivityRunner::Job &job);

private:
    void workerFinished();

    QFutureWatcher<SensitivityAnalysis::Result> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_done;
    Job m_job;
    QElapsedTimer m_clock;
    QTimer *m_progressTimer;
    QList<QFutureWatcher<SensitivityAnalysis::Result> *> m_abandoned;
};

} // namespace Gtm
