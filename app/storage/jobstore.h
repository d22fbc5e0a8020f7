#pragma once

#include "storage/jobstoretypes.h"
#include "storage/storeresult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace imapdesk {

class Database;

// One running attempt's statistics, for JobStore::updateAttemptStatsMany().
struct AttemptStatsUpdate
{
    qint64 attemptId = 0;
    JobStats stats;
};

// Batches, jobs and their attempts in the history database. Every write is
// one transaction: on failure nothing changes and the error carries the
// driver's message. Use it in the thread that opened the Database.
// The claim protocol is described in docs/storage.md.
class JobStore final
{
public:
    explicit JobStore(Database &database);

    // Namespaces the keychain entries of this database's jobs (CredentialRef).
    QString databaseId() const;

    // Milliseconds since the epoch, UTC; tests move time forward. Empty: the
    // system clock (the default).
    void setClock(std::function<qint64()> clock);
    // How long a claim stays valid without heartbeat() (default 60 s).
    void setLeaseDuration(qint64 milliseconds);

    // --- Batches and history
    // Adds the batch and its jobs (positions in list order). Jobs start
    // `waiting` when the batch is chained after one that has not ended,
    // `queued` otherwise. Returns the new batch id.
    StoreResult<qint64> addBatch(const NewBatch &batch, const QList<NewJob> &jobs);
    // In creation (id) order; the filter runs in SQL.
    StoreResult<QList<BatchSummary>> listBatches(const BatchFilter &filter = {});
    StoreResult<BatchSummary> batch(qint64 batchId);
    // Jobs of a batch in position order, each with its latest attempt, in one query.
    StoreResult<QList<JobRecord>> jobs(qint64 batchId);
    StoreResult<JobRecord> job(qint64 jobId);
    StoreResult<QList<AttemptRecord>> attempts(qint64 jobId); // by number
    StoreResult<DashboardTotals> dashboard();
    StoreResult<BatchReport> batchReport(qint64 batchId);
    StoreResult<bool> setArchived(qint64 batchId, bool archived); // false: no such batch
    // Refused while a job of the batch is running (cancel it first). Returns
    // what the caller removes: keychain entries and log files.
    StoreResult<DeletedBatch> deleteBatch(qint64 batchId);

    // --- Running
    // Moves the first eligible queued job to `running` for runner and records
    // its new attempt, atomically: two runners never get the same job. Empty
    // when nothing is eligible.
    StoreResult<std::optional<ClaimedJob>> claimNextJob(const RunnerIdentity &runner,
                                                        const ClaimFilter &filter = {});
    // Waiting jobs whose batch waits for one that has ended become queued.
    StoreResult<int> promoteWaitingJobs();
    StoreResult<bool> startedProcess(qint64 attemptId, qint64 pid, const QString &logPath);
    // One UPDATE; false when the attempt no longer runs.
    StoreResult<bool> updateAttemptStats(qint64 attemptId, const JobStats &stats);
    // The same for several attempts in one transaction (a runner's periodic
    // flush: one commit, not one per job). Returns how many still ran.
    StoreResult<int> updateAttemptStatsMany(const QList<AttemptStatsUpdate> &updates);
    // Ends the attempt and sets its job's state from the verdict. Returns false
    // when the job was no longer this attempt's (e.g. recovered as interrupted
    // meanwhile): the attempt is recorded, the job left alone.
    StoreResult<bool> finishAttempt(qint64 attemptId, const JobStats &stats,
                                    const ExitVerdict &verdict);
    StoreResult<bool> failAttemptToStart(qint64 attemptId, const QString &message);
    // The attempt could not start because the job's passwords are not in the
    // keychain: the job waits in needs_password until retryJob() after the
    // user entered them again.
    StoreResult<bool> attemptNeedsPassword(qint64 attemptId, const QString &message);
    // Renews the leases of runnerId's running jobs; returns how many it holds.
    StoreResult<int> heartbeat(const QString &runnerId);
    // runnerId's running jobs whose cancel was requested (by any process).
    StoreResult<QList<qint64>> jobsToStop(const QString &runnerId);

    // --- Cancel and retry
    StoreResult<CancelOutcome> requestCancelBatch(qint64 batchId);
    StoreResult<CancelOutcome> requestCancelJobs(const QList<qint64> &jobIds);
    // Ended jobs of the batch chosen by mode become queued again (waiting if
    // the batch still waits for another); attempts are kept.
    StoreResult<int> retryJobs(qint64 batchId, RetryMode mode);
    StoreResult<bool> retryJob(qint64 jobId); // false: the job has not ended

    // --- Crash recovery
    StoreResult<QList<RunningAttempt>> runningAttempts();
    // The attempts (if still running) and their jobs become interrupted; a job
    // whose cancel was requested becomes cancelled. Returns attempts changed.
    StoreResult<int> markAttemptsInterrupted(const QList<qint64> &attemptIds);
    StoreResult<int> markRunnersInterrupted(const QStringList &runnerIds);
    StoreResult<int> markGoneInterrupted(const std::function<bool(const RunningAttempt &)> &isGone);
    // Attempts whose lease has expired (their runner stopped sending heartbeats).
    StoreResult<int> recoverExpiredLeases();

private:
    qint64 now() const;
    StoreError failure(const QString &what, const QString &detail) const;
    bool initialJobState(const std::optional<qint64> &afterBatchId, JobState *state,
                         QString *error);
    bool insertJobs(qint64 batchId, const QList<NewJob> &jobs, JobState state, QString *error);
    bool claimInTransaction(const RunnerIdentity &runner, const ClaimFilter &filter,
                            std::optional<ClaimedJob> *claimed, QString *error);
    // jobState: the job's new state when not the verdict's ("needs_password").
    StoreResult<bool> finishAttempt(qint64 attemptId, const JobStats &stats,
                                    const ExitVerdict &verdict, const QString &jobState);
    bool endAttempt(qint64 attemptId, const JobStats &stats, const ExitVerdict &verdict,
                    bool *jobUpdated, QString *error, const QString &jobState = {});
    bool interruptAttempt(qint64 attemptId, int *changed, QString *error);
    bool writeAttemptStats(const QList<AttemptStatsUpdate> &updates, int *changed, QString *error);

    Database &m_db;
    std::function<qint64()> m_clock;
    qint64 m_leaseMs = 60000;
};

} // namespace imapdesk
