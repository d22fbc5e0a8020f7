#pragma once

#include "imapsync/exitcodes.h"
#include "imapsync/imapsynccommand.h"
#include "jobs/jobstate.h"
#include "jobs/jobstats.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imapdesk {

// One side of a batch: the server, without any user.
struct BatchEndpoint
{
    QString host;
    quint16 port = 0; // 0: the default of the security mode (993 or 143)
    Security security = Security::Ssl;
    ProviderPreset preset = ProviderPreset::None;
    // SHA-256 fingerprint (hex) of a certificate the user accepted in spite of
    // its problems (self-signed, another name): imapsync accepts exactly that
    // one. Empty: imapsync's own default.
    QString certificate;
};

// What a batch was asked to do: given when it is added, read back as it was.
struct BatchSpec
{
    QString label;
    BatchEndpoint source;
    BatchEndpoint destination;
    QString defaultDomain;
    QStringList extraArguments; // already validated (validateExtraArguments)
    bool dryRun = false;
    bool justLogin = false;
    QString owner;
    std::optional<qint64> afterBatchId; // start only after this batch has ended
};
using NewBatch = BatchSpec;

struct NewJob
{
    QString user1;
    QString user2;
    QString credentialRef; // key of the keychain entry; never a password
};

struct JobCounts
{
    int total = 0;
    int queued = 0;
    int waiting = 0;
    int running = 0;
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;
    int interrupted = 0;
    int needsPassword = 0;
};

// A batch as listed: its request, its jobs counted by state, and totals of
// the jobs' latest attempts (unknown totals count as 0).
struct BatchSummary
{
    qint64 id = 0;
    BatchSpec spec;
    qint64 createdAt = 0;
    std::optional<qint64> archivedAt;
    bool cancelRequested = false;
    JobCounts counts;
    JobState state = JobState::Queued; // deriveBatchState(counts)
    qint64 messagesCopied = 0;
    qint64 messagesTotal = 0;
    qint64 bytesCopied = 0;
    qint64 bytesTotal = 0;
    std::optional<qint64> firstStartedAt; // earliest attempt of any job
    std::optional<qint64> lastEndedAt;    // latest end of any attempt
};

// running > queued > waiting while any job is there, then needs password (the
// batch waits for the user); once all ended: failed > interrupted > cancelled >
// succeeded.
JobState deriveBatchState(const JobCounts &counts);

// First start to last end in milliseconds; to `now` while jobs are running;
// 0 before the first start.
qint64 batchDurationMs(const BatchSummary &batch, qint64 now);

// One run of a job: one imapsync process, or the failure to start one.
struct AttemptRecord
{
    qint64 id = 0;
    qint64 jobId = 0;
    int number = 0;                     // 1, 2, ... per job
    JobState state = JobState::Running; // running, succeeded, failed, cancelled, interrupted
    QString runnerId;
    QString runnerMachine;
    qint64 runnerPid = 0;
    qint64 imapsyncPid = 0; // 0 until the process started
    qint64 startedAt = 0;   // when the job was claimed
    std::optional<qint64> endedAt;
    std::optional<int> exitCode;
    std::optional<int> exitSignal;
    std::optional<ExitVerdict> verdict; // set when it ended (not when interrupted)
    QString logPath;
    JobStats stats; // the fields ImapDesk shows and reports
    std::optional<qint64> statsUpdatedAt;
};

struct JobRecord
{
    qint64 id = 0;
    qint64 batchId = 0;
    int position = 0; // FIFO order within the batch
    QString user1;
    QString user2;
    QString credentialRef;
    JobState state = JobState::Queued;
    int attempts = 0;
    QString runnerId; // while running
    std::optional<qint64> leaseUntil;
    bool cancelRequested = false;
    qint64 updatedAt = 0;
    std::optional<AttemptRecord> latestAttempt;
};

struct BatchFilter
{
    enum class Archived { Exclude, Only, Include };
    Archived archived = Archived::Exclude;
    QString owner; // empty: everyone's batches
    // Case-insensitive part of the label, a host, the default domain or a
    // user of any job; a number also matches the batch id.
    QString text;
    std::optional<qint64> createdBefore; // maintenance: batches older than N weeks
};

// Who runs jobs: one process (the GUI, `batch run`, a worker) on one machine.
struct RunnerIdentity
{
    QString id;      // unique: machine, pid and a random part
    QString machine; // QSysInfo::machineHostName()
    qint64 pid = 0;

    static RunnerIdentity forThisProcess();
};

struct ClaimFilter
{
    std::optional<qint64> batchId; // only jobs of this batch
    // Hosts at their per-host limit: jobs whose source or destination is one
    // of them are left for later (compared case-insensitively).
    QStringList busyHosts;
};

struct ClaimedJob
{
    qint64 jobId = 0;
    qint64 batchId = 0;
    qint64 attemptId = 0;
    int attemptNumber = 0;
    QString user1;
    QString user2;
    QString credentialRef;
    BatchSpec batch;
    qint64 leaseUntil = 0;
};

// An attempt recorded as running, with what is needed to decide whether its
// runner is gone (same machine and no such process, or an expired lease).
struct RunningAttempt
{
    qint64 attemptId = 0;
    qint64 jobId = 0;
    qint64 batchId = 0;
    QString runnerId;
    QString runnerMachine;
    qint64 runnerPid = 0;
    qint64 imapsyncPid = 0;
    std::optional<qint64> leaseUntil;
};

enum class RetryMode {
    Resume,     // cancelled and interrupted jobs: carry on where they stopped
    FailedOnly, // failed, cancelled and interrupted jobs
    All,        // every ended job: a delta pass over the whole batch
};

struct CancelOutcome
{
    int cancelled = 0;     // queued or waiting: cancelled at once
    int stopRequested = 0; // running: their runner stops them
};

// What the caller removes after deleting a batch.
struct DeletedBatch
{
    QStringList credentialRefs;
    QStringList logPaths;
};

struct DashboardTotals
{
    qint64 batches = 0;
    qint64 jobs = 0;
    qint64 accountsMigrated = 0; // succeeded jobs
    qint64 runTimeMs = 0;        // sum over batches of first start to last end
    qint64 processTimeMs = 0;    // sum of the durations of every ended attempt
};

struct BatchReport
{
    BatchSummary batch;
    QList<JobRecord> jobs; // with their latest attempts, in position order
};

} // namespace imapdesk
