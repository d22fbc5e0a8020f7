#include "jobs/jobscheduler.h"

#include "logs/logfilename.h"
#include "secrets/credentialstore.h"
#include "storage/jobstore.h"
#include "util/processprobe.h"

#include <QDateTime>
#include <QDir>
#include <QTimer>

#include <utility>

namespace imapdesk {

namespace {

ImapEndpoint endpoint(const BatchEndpoint &side, const QString &user)
{
    ImapEndpoint result;
    result.host = side.host;
    result.port = side.port;
    result.security = side.security;
    result.preset = side.preset;
    result.certificate = side.certificate;
    result.user = user;
    return result;
}

// An attempt is orphaned when its runner ran on this machine and that
// process is gone (crash, kill, reboot). Other machines' runners are judged by
// their leases instead.
bool isOrphaned(const RunningAttempt &attempt, const RunnerIdentity &self)
{
    if (attempt.runnerId == self.id || attempt.runnerMachine != self.machine)
        return false;
    return attempt.runnerPid == self.pid || !isProcessAlive(attempt.runnerPid);
}

} // namespace

JobScheduler::JobScheduler(JobStore &store, CredentialStore &credentials,
                           SchedulerSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_settings(std::move(settings))
    , m_runner(RunnerIdentity::forThisProcess())
    , m_statsTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_statsTimer->setInterval(m_settings.statsInterval);
    m_pollTimer->setInterval(m_settings.pollInterval);
    connect(m_statsTimer, &QTimer::timeout, this, &JobScheduler::flushStats);
    connect(m_pollTimer, &QTimer::timeout, this, &JobScheduler::poll);
}

JobScheduler::~JobScheduler() = default; // JobProcess children kill what still runs

void JobScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    recoverInterrupted();
    m_statsTimer->start();
    m_pollTimer->start();
    fillSlots();
}

void JobScheduler::stop()
{
    m_stopping = true;
    for (const Active &active : std::as_const(m_active)) {
        if (active.process)
            active.process->stop();
    }
    checkFinished();
}

void JobScheduler::stopJobs(const QList<qint64> &jobIds)
{
    for (qint64 jobId : jobIds) {
        const auto it = m_active.constFind(jobId);
        if (it != m_active.cend() && it->process)
            it->process->stop();
    }
}

void JobScheduler::wakeUp()
{
    QTimer::singleShot(0, this, &JobScheduler::fillSlots);
}

void JobScheduler::setLimits(int concurrency, int perHostLimit)
{
    m_settings.concurrency = std::max(1, concurrency);
    m_settings.perHostLimit = std::max(0, perHostLimit);
    wakeUp();
}

const JobStats *JobScheduler::liveStats(qint64 jobId) const
{
    const auto it = m_active.constFind(jobId);
    return it != m_active.cend() && it->process ? &it->process->stats() : nullptr;
}

void JobScheduler::recoverInterrupted()
{
    const RunnerIdentity self = m_runner;
    const auto marked = m_store.markGoneInterrupted(
        [&self](const RunningAttempt &attempt) { return isOrphaned(attempt, self); });
    if (!marked.ok())
        report(tr("Could not recover jobs left running by a crash"), marked.error());
    const auto expired = m_store.recoverExpiredLeases();
    if (!expired.ok())
        report(tr("Could not recover jobs of runners that stopped answering"), expired.error());
}

void JobScheduler::fillSlots()
{
    // A claim can finish synchronously (a job that fails to start), which
    // calls back here: one loop at a time is enough.
    if (m_filling || !m_started)
        return;
    if (m_stopping) {
        checkFinished();
        return;
    }
    m_filling = true;
    const auto promoted = m_store.promoteWaitingJobs();
    if (!promoted.ok())
        report(tr("Could not start chained batches"), promoted.error());
    while (m_active.size() < m_settings.concurrency && claimOne()) {
    }
    m_filling = false;
    checkFinished();
}

bool JobScheduler::claimOne()
{
    ClaimFilter filter;
    filter.batchId = m_settings.batchId;
    filter.busyHosts = busyHosts();
    const auto claimed = m_store.claimNextJob(m_runner, filter);
    if (!claimed.ok()) {
        report(tr("Could not take the next job"), claimed.error());
        return false;
    }
    if (!claimed.value())
        return false;
    const ClaimedJob job = *claimed.value();
    m_active.insert(job.jobId, Active{job, nullptr});
    const qint64 jobId = job.jobId;
    m_credentials.read(CredentialRef::fromString(m_store.databaseId(), job.credentialRef), this,
                       [this, jobId](const CredentialReadResult &result) {
                           if (result.status.ok()) {
                               credentialsRead(jobId, result.credentials);
                               return;
                           }
                           const auto it = m_active.constFind(jobId);
                           if (it == m_active.cend())
                               return;
                           if (result.status.error == CredentialError::NotFound ||
                               result.status.error == CredentialError::Damaged)
                               needPassword(it->job, result.status.message);
                           else
                               failToStart(it->job, tr("The passwords of this account could not "
                                                       "be read: %1")
                                                        .arg(result.status.message));
                       });
    return true;
}

void JobScheduler::credentialsRead(qint64 jobId, const JobCredentials &credentials)
{
    auto it = m_active.find(jobId);
    if (it == m_active.end())
        return;
    auto *process = new JobProcess(runSpec(it->job, credentials), this);
    it->process = process;
    connect(process, &JobProcess::started, this, [this, jobId, process](qint64 pid) {
        const auto stored =
            m_store.startedProcess(process->spec().attemptId, pid, process->spec().logFile);
        if (!stored.ok())
            report(tr("Could not record the start of a job"), stored.error());
        emit jobStarted(jobId);
    });
    connect(process, &JobProcess::finished, this,
            [this, jobId](const JobOutcome &outcome) { processFinished(jobId, outcome); });
    process->start();
    if (m_stopping)
        process->stop(); // stopped while the keychain answered: ends as cancelled
}

JobRunSpec JobScheduler::runSpec(const ClaimedJob &job, const JobCredentials &credentials) const
{
    JobRunSpec spec;
    spec.jobId = job.jobId;
    spec.attemptId = job.attemptId;
    spec.abortGrace = m_settings.abortGrace;
    spec.killTimeout = m_settings.killTimeout;
    spec.niceness = m_settings.niceness;
    spec.imapsync.program = m_settings.imapsyncProgram;
    spec.imapsync.source = endpoint(job.batch.source, job.user1);
    spec.imapsync.destination = endpoint(job.batch.destination, job.user2);
    spec.imapsync.password1 = credentials.password1;
    spec.imapsync.password2 = credentials.password2;
    spec.imapsync.extraArguments = job.batch.extraArguments;
    spec.imapsync.dryRun = job.batch.dryRun;
    spec.imapsync.justLogin = job.batch.justLogin;
    spec.imapsync.noDockerContext = m_settings.noDockerContext;
    LogFileNameParts name;
    name.jobId = job.jobId;
    name.attempt = job.attemptNumber;
    name.started = QDateTime::currentDateTimeUtc();
    name.host1 = job.batch.source.host;
    name.user1 = job.user1;
    name.host2 = job.batch.destination.host;
    name.user2 = job.user2;
    spec.logFile = logFilePath(m_settings.dataDirectory, job.batchId, name);
    spec.runDirectory =
        QDir(m_settings.dataDirectory).filePath(QStringLiteral("run/job-%1").arg(job.jobId));
    return spec;
}

void JobScheduler::processFinished(qint64 jobId, const JobOutcome &outcome)
{
    const auto it = m_active.constFind(jobId);
    if (it == m_active.cend())
        return;
    if (!outcome.started) {
        failToStart(it->job, outcome.failureMessage);
        return;
    }
    const auto stored = m_store.finishAttempt(it->job.attemptId, outcome.stats, outcome.verdict);
    if (!stored.ok())
        report(tr("Could not record the end of a job"), stored.error());
    JobState state = JobState::Failed;
    if (outcome.verdict.state == JobVerdictState::Succeeded) {
        state = JobState::Succeeded;
        if (m_settings.forgetPasswordsOnSuccess)
            forgetPasswords(it->job);
    } else if (outcome.verdict.state == JobVerdictState::Cancelled)
        state = JobState::Cancelled;
    emit jobFinished(jobId, state, outcome.verdict.title);
    jobEnded(jobId);
}

// Another run of the job (a delta pass) then asks for them again.
void JobScheduler::forgetPasswords(const ClaimedJob &job)
{
    m_credentials.remove(CredentialRef::fromString(m_store.databaseId(), job.credentialRef), this,
                         [this](const CredentialStatus &status) {
                             if (!status.ok())
                                 report(tr("Could not remove the passwords of a job that "
                                           "succeeded from the keychain"),
                                        status.message);
                         });
}

// Deleted from the keychain, or added on another machine: the user is asked
// for them instead of the job failing.
void JobScheduler::needPassword(const ClaimedJob &job, const QString &detail)
{
    const QString message =
        tr("The passwords of this account are not in the keychain of this computer (%1). "
           "Enter them again to run the job.")
            .arg(detail);
    const auto stored = m_store.attemptNeedsPassword(job.attemptId, message);
    if (!stored.ok())
        report(tr("Could not record a job that failed to start"), stored.error());
    emit jobFinished(job.jobId, JobState::NeedsPassword, message);
    jobEnded(job.jobId);
}

void JobScheduler::failToStart(const ClaimedJob &job, const QString &message)
{
    const auto stored = m_store.failAttemptToStart(job.attemptId, message);
    if (!stored.ok())
        report(tr("Could not record a job that failed to start"), stored.error());
    emit jobFinished(job.jobId, JobState::Failed, message);
    jobEnded(job.jobId);
}

void JobScheduler::jobEnded(qint64 jobId)
{
    const Active active = m_active.take(jobId);
    if (active.process)
        active.process->deleteLater();
    // Let the finished() emission unwind before claiming the next job.
    QTimer::singleShot(0, this, &JobScheduler::fillSlots);
}

// One transaction for every job whose statistics changed: a commit per job
// per second is what fifty running jobs cannot afford.
void JobScheduler::flushStats()
{
    QList<AttemptStatsUpdate> updates;
    QList<qint64> jobIds;
    for (const Active &active : std::as_const(m_active)) {
        if (!active.process || !active.process->takeStatsChanged())
            continue;
        updates.append({active.job.attemptId, active.process->stats()});
        jobIds.append(active.job.jobId);
    }
    if (updates.isEmpty())
        return;
    const auto stored = m_store.updateAttemptStatsMany(updates);
    if (!stored.ok())
        report(tr("Could not save the progress of a job"), stored.error());
    for (qint64 jobId : std::as_const(jobIds))
        emit jobProgress(jobId);
}

void JobScheduler::poll()
{
    const auto beat = m_store.heartbeat(m_runner.id);
    if (!beat.ok())
        report(tr("Could not renew this runner's claims"), beat.error());
    const auto toStop = m_store.jobsToStop(m_runner.id);
    if (toStop.ok())
        stopJobs(toStop.value());
    else
        report(tr("Could not check for cancelled jobs"), toStop.error());
    fillSlots();
}

QStringList JobScheduler::busyHosts() const
{
    if (m_settings.perHostLimit <= 0)
        return {};
    QHash<QString, int> perHost;
    for (const Active &active : m_active) {
        const QString source = active.job.batch.source.host.toLower();
        const QString destination = active.job.batch.destination.host.toLower();
        ++perHost[source];
        if (destination != source)
            ++perHost[destination];
    }
    QStringList busy;
    for (auto it = perHost.cbegin(); it != perHost.cend(); ++it) {
        if (it.value() >= m_settings.perHostLimit)
            busy << it.key();
    }
    return busy;
}

void JobScheduler::report(const QString &what, const QString &error)
{
    emit problem(tr("%1: %2").arg(what, error));
}

void JobScheduler::checkFinished()
{
    if (!m_active.isEmpty() || m_filling)
        return;
    if (m_stopping) {
        // Every job's end queues a fillSlots(): stopped() must still come once.
        if (std::exchange(m_stopped, true))
            return;
        m_statsTimer->stop();
        m_pollTimer->stop();
        emit stopped();
    } else if (m_started) {
        emit idle();
    }
}

} // namespace imapdesk
