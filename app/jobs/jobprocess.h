#pragma once

#include "imapsync/exitcodes.h"
#include "imapsync/imapsynccommand.h"
#include "jobs/jobstats.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace imapdesk {

// Everything one attempt of a job needs to run.
struct JobRunSpec
{
    qint64 jobId = 0;
    qint64 attemptId = 0;
    // Program, endpoints, passwords, options. logFile and pidFile are
    // ignored: JobProcess writes the log itself from the output (imapsync
    // gets --nolog) and keeps the pid file in runDirectory.
    ImapsyncJobSpec imapsync;
    QString logFile;      // absolute; created with its folder, appended to
    QString runDirectory; // private (0700) folder of this job: pid, abort and password files
    std::chrono::milliseconds abortGrace{5000};   // abort file -> SIGTERM
    std::chrono::milliseconds killTimeout{10000}; // SIGTERM -> SIGKILL
    int niceness = 0; // Unix: imapsync runs this much nicer (lower CPU priority) than we do
};

// How an attempt ended.
struct JobOutcome
{
    bool started = false;   // false: imapsync never ran (see failureMessage)
    QString failureMessage; // why it did not start, or why the log could not be written
    ProcessEnd end;         // meaningful when started; signal known on Unix only
    bool stopRequested = false;
    JobStats stats;      // final
    ExitVerdict verdict; // judged from end, stopRequested and stats.errorFolders
};

// One QObject per running imapsync (architecture.md habit 6): owns the
// QProcess, closes its stdin, has stdout and stderr merged, appended to the
// log file and parsed (by a JobOutput: on the shared output thread where the
// platform allows, so a flood costs this thread a few statistics snapshots a
// second), and stops it on request: abort file first (imapsync ends cleanly
// with exit 7 between two messages), then SIGTERM (not on Windows, where it
// does nothing useful to a console program), then a kill. Never blocks:
// everything is driven by signals and timers.
//
// finished() comes exactly once per object, always queued (never from inside
// start(), stop() or kill()), also when imapsync could not start. It may be
// deleted from any of its own signals.
class JobProcess final : public QObject
{
    Q_OBJECT

public:
    explicit JobProcess(JobRunSpec spec, QObject *parent = nullptr);
    // A process still running at destruction is killed and reaped in the
    // background; call stop() and wait for finished() to end it cleanly.
    ~JobProcess() override;

    const JobRunSpec &spec() const { return m_spec; }
    void start(); // once; a failure to start comes as finished() with started false
    // Graceful then forced; finished() follows, the verdict says cancelled.
    // Before start() the job ends without running; calling it again is harmless.
    void stop();
    void kill(); // like stop(), without the graceful steps
    bool isRunning() const;
    qint64 processId() const;      // while the child exists (also while starting), else 0
    const JobStats &stats() const; // the latest snapshot; the final ones once finished
    bool takeStatsChanged();       // true once after the statistics changed

signals:
    void started(qint64 processId);
    void outputReceived(); // stats() changed: at most every JobOutput::kSnapshotMs
    void finished(const imapdesk::JobOutcome &outcome);

private:
    struct Private;
    JobRunSpec m_spec;
    std::unique_ptr<Private> d;
};

} // namespace imapdesk

Q_DECLARE_METATYPE(imapdesk::JobOutcome)
