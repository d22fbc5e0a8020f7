#pragma once

#include "jobs/jobprocess.h"
#include "storage/jobstoretypes.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <optional>

class QTimer;

namespace imapdesk {

class CredentialStore;
class JobStore;
struct JobCredentials;

struct SchedulerSettings
{
    int concurrency = 4;           // imapsync processes at once (Pymap ran 5 per batch)
    int perHostLimit = 0;          // per source or destination host; 0: no limit
    std::optional<qint64> batchId; // only this batch's jobs
    QString dataDirectory;         // logs/ and run/ live here
    QString imapsyncProgram;       // absolute, located beforehand
    bool noDockerContext = true;   // the installed imapsync knows --nodockercontext
    std::chrono::milliseconds abortGrace{5000};
    std::chrono::milliseconds killTimeout{10000};
    std::chrono::milliseconds statsInterval{1000}; // database writes per running job, at most
    std::chrono::milliseconds pollInterval{2000};  // heartbeat, cancels from elsewhere, new jobs
    int niceness = 0; // Unix: imapsync's CPU priority this much below ours (JobRunSpec)
    bool forgetPasswordsOnSuccess = false; // a job that succeeded leaves the keychain
};

// Claims queued jobs from the store and runs one JobProcess per job within
// the concurrency limits (product.md §4): FIFO within a batch, batches in
// creation order, chained batches once the batch they wait for has ended.
// Statistics reach the store at most once per statsInterval per job, and the
// final values once at the end. Cancels asked by other processes (the CLI,
// another desktop) are picked up by polling the store. Never blocks.
class JobScheduler final : public QObject
{
    Q_OBJECT

public:
    JobScheduler(JobStore &store, CredentialStore &credentials, SchedulerSettings settings,
                 QObject *parent = nullptr);
    ~JobScheduler() override;

    const RunnerIdentity &runner() const { return m_runner; }

    // Marks jobs whose runner is gone as interrupted, then starts claiming.
    void start();
    // No more claims; running jobs stop gracefully (abort file, SIGTERM, kill)
    // and end as cancelled. stopped() follows once no process is left.
    void stop();
    // Stops these jobs if this runner runs them (after the store recorded the
    // cancel request, so queued ones never start).
    void stopJobs(const QList<qint64> &jobIds);
    // Claims at once instead of at the next poll, after this process queued
    // jobs (a new batch, a retry).
    void wakeUp();
    // New limits take effect at the next claim; running jobs are not stopped.
    void setLimits(int concurrency, int perHostLimit);
    void setForgetPasswordsOnSuccess(bool forget) { m_settings.forgetPasswordsOnSuccess = forget; }
    QList<qint64> activeJobIds() const { return m_active.keys(); }

    bool isStopping() const { return m_stopping; }
    int activeCount() const { return int(m_active.size()); }
    // Live statistics of a job this runner is running, or nullptr.
    const JobStats *liveStats(qint64 jobId) const;

signals:
    void jobStarted(qint64 jobId);
    void jobProgress(qint64 jobId); // coalesced: at most once per statsInterval
    void jobFinished(qint64 jobId, imapdesk::JobState state, const QString &summary);
    void idle();                          // nothing runs and nothing eligible is left
    void stopped();                       // after stop(): every process has ended; once
    void problem(const QString &message); // store or keychain failures, for the user

private:
    struct Active
    {
        ClaimedJob job;
        JobProcess *process = nullptr; // null while the credentials are read
    };

    void recoverInterrupted();
    void fillSlots();
    bool claimOne();
    void credentialsRead(qint64 jobId, const JobCredentials &credentials);
    JobRunSpec runSpec(const ClaimedJob &job, const JobCredentials &credentials) const;
    void processFinished(qint64 jobId, const JobOutcome &outcome);
    void forgetPasswords(const ClaimedJob &job);
    void needPassword(const ClaimedJob &job, const QString &detail);
    void failToStart(const ClaimedJob &job, const QString &message);
    void jobEnded(qint64 jobId);
    void flushStats();
    void poll();
    QStringList busyHosts() const;
    void report(const QString &what, const QString &error);
    void checkFinished();

    JobStore &m_store;
    CredentialStore &m_credentials;
    SchedulerSettings m_settings;
    RunnerIdentity m_runner;
    QHash<qint64, Active> m_active; // by job id
    QTimer *m_statsTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    bool m_started = false;
    bool m_stopping = false;
    bool m_stopped = false; // stopped() was emitted
    bool m_filling = false;
};

} // namespace imapdesk
