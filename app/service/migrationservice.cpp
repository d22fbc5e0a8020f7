#include "service/migrationservice.h"

#include "imapsync/imapsynclocator.h"
#include "imapsync/imapsyncprobe.h"
#include "imapsync/imapsyncversion.h"
#include "logs/logfilename.h"
#include "secrets/keychaincredentialstore.h"
#include "storage/database.h"
#include "storage/jobstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace imapdesk {

namespace {

// Views re-read at most this often, however many jobs change.
constexpr int CoalesceMs = 250;

} // namespace

// One batch being added: its passwords are written one after the other.
struct AddBatchWork
{
    BatchSpec spec;
    QList<Account> accounts;
    QList<NewJob> jobs;
    QList<CredentialRef> refs;
    std::function<void(const StoreResult<qint64> &)> done;
};

MigrationService::MigrationService(QObject *parent)
    : QObject(parent)
    , m_credentials(std::make_unique<KeychainCredentialStore>())
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &MigrationService::emitCoalesced);
}

MigrationService::~MigrationService()
{
    m_scheduler.reset(); // its processes go before the store they write to
}

bool MigrationService::open(const DatabaseLocation &location, const QString &dataDirectory,
                            QString *error, const QString &password)
{
    DatabaseOptions options;
    options.password = password;
    auto database = Database::open(location, error, options);
    if (!database)
        return false;
    m_scheduler.reset();
    m_store.reset();
    m_database = std::move(database);
    m_store = std::make_unique<JobStore>(*m_database);
    m_dataDirectory = dataDirectory;
    m_batchesChanged = true;
    m_coalesce.start();
    return true;
}

QString MigrationService::databaseName() const
{
    return m_database ? m_database->displayName() : QString();
}

void MigrationService::setCredentialStore(std::unique_ptr<CredentialStore> store)
{
    m_credentials = std::move(store);
}

void MigrationService::startRunner(const QString &configuredImapsync,
                                   const SchedulerSettings &limits)
{
    if (!m_store || m_scheduler)
        return;
    m_limits = limits;
    const ImapsyncLocation location = locateImapsync(
        configuredImapsync, QCoreApplication::applicationDirPath(), systemPathDirectories());
    if (!location.found()) {
        setRunnerState(RunnerState::Unavailable, location.error);
        return;
    }
    m_imapsyncProgram = location.program;
    setRunnerState(RunnerState::Starting, tr("Checking %1…").arg(location.program));
    probeImapsyncVersion(location.program, this, [this](const ImapsyncProbeResult &probe) {
        if (!probe.ok()) {
            setRunnerState(RunnerState::Unavailable, probe.error);
            return;
        }
        m_imapsyncVersion = probe.version.toString();
        createScheduler(m_limits, imapsyncSupportsNoDockerContext(probe.version));
    });
}

void MigrationService::createScheduler(const SchedulerSettings &limits, bool noDockerContext)
{
    SchedulerSettings settings = limits;
    settings.dataDirectory = m_dataDirectory;
    settings.imapsyncProgram = m_imapsyncProgram;
    settings.noDockerContext = noDockerContext;
    // imapsync waits on the network, mostly; when fifty copies of it do fill
    // the CPU, the window must still get it at once. The kernel shares the CPU
    // by weight and makes a thread that ran past its share wait in proportion:
    // at equal priority the GUI thread weighs as much as one of fifty children.
    settings.niceness = m_niceness;
    m_scheduler = std::make_unique<JobScheduler>(*m_store, *m_credentials, settings);
    connect(m_scheduler.get(), &JobScheduler::jobStarted, this, [this](qint64 jobId) {
        const auto job = m_store->job(jobId);
        touch(job.ok() ? job.value().batchId : 0);
    });
    connect(m_scheduler.get(), &JobScheduler::jobProgress, this, &MigrationService::jobProgress);
    connect(m_scheduler.get(), &JobScheduler::jobFinished, this, &MigrationService::onJobFinished);
    connect(m_scheduler.get(), &JobScheduler::problem, this, &MigrationService::problem);
    connect(m_scheduler.get(), &JobScheduler::stopped, this, [this] {
        setRunnerState(RunnerState::Stopped);
        m_scheduler.release()->deleteLater();
        emit runnerStopped();
    });
    m_scheduler->start();
    setRunnerState(RunnerState::Running,
                   tr("imapsync %1 at %2").arg(m_imapsyncVersion, m_imapsyncProgram));
}

void MigrationService::stopRunner()
{
    if (!m_scheduler) {
        setRunnerState(m_runnerState == RunnerState::Unavailable ? m_runnerState
                                                                 : RunnerState::Stopped);
        emit runnerStopped();
        return;
    }
    setRunnerState(RunnerState::Stopping, tr("Stopping running jobs…"));
    m_scheduler->stop();
}

int MigrationService::activeJobCount() const
{
    return m_scheduler ? m_scheduler->activeCount() : 0;
}

const JobStats *MigrationService::liveStats(qint64 jobId) const
{
    return m_scheduler ? m_scheduler->liveStats(jobId) : nullptr;
}

double MigrationService::throughput() const
{
    double total = 0;
    if (!m_scheduler)
        return total;
    for (qint64 jobId : m_scheduler->activeJobIds()) {
        if (const JobStats *stats = m_scheduler->liveStats(jobId))
            total += stats->bytesPerSecond;
    }
    return total;
}

void MigrationService::setLimits(int concurrency, int perHostLimit)
{
    m_limits.concurrency = concurrency;
    m_limits.perHostLimit = perHostLimit;
    if (m_scheduler)
        m_scheduler->setLimits(concurrency, perHostLimit);
}

void MigrationService::setForgetPasswordsOnSuccess(bool forget)
{
    m_limits.forgetPasswordsOnSuccess = forget;
    if (m_scheduler)
        m_scheduler->setForgetPasswordsOnSuccess(forget);
}

void MigrationService::providePasswords(qint64 jobId, const JobCredentials &credentials,
                                        std::function<void(const QString &problem)> done)
{
    const auto job = m_store->job(jobId);
    if (!job.ok()) {
        done(job.error());
        return;
    }
    CredentialRef ref = CredentialRef::fromString(m_store->databaseId(), job.value().credentialRef);
    if (ref.isNull()) {
        done(tr("Job %1 has no keychain entry to save its passwords under.").arg(jobId));
        return;
    }
    m_credentials->write(
        ref, credentials, this, [this, jobId, done](const CredentialStatus &saved) {
            if (!saved.ok()) {
                done(tr("Cannot save the passwords in the keychain: %1").arg(saved.message));
                return;
            }
            int count = 0;
            QString error;
            if (!retryJobs({jobId}, &count, &error)) {
                done(error);
                return;
            }
            done({});
        });
}

int MigrationService::applyRetention(int weeks, bool deleteThem, QString *error)
{
    if (weeks <= 0 || !m_store)
        return 0;
    BatchFilter filter;
    filter.archived = deleteThem ? BatchFilter::Archived::Include : BatchFilter::Archived::Exclude;
    filter.createdBefore =
        QDateTime::currentMSecsSinceEpoch() - qint64(weeks) * 7 * 24 * 3600 * 1000;
    const auto old = m_store->listBatches(filter);
    if (!old.ok()) {
        *error = old.error();
        return 0;
    }
    int handled = 0;
    for (const BatchSummary &batch : old.value()) {
        const JobCounts &counts = batch.counts;
        if (counts.queued + counts.waiting + counts.running > 0)
            continue; // only batches that have ended
        if (deleteThem)
            deleteBatch(batch.id, [](const QString &) {});
        else if (!setArchived(batch.id, true, error))
            return handled;
        ++handled;
    }
    return handled;
}

void MigrationService::setRunnerState(RunnerState state, const QString &message)
{
    m_runnerMessage = message;
    if (m_runnerState == state)
        return;
    m_runnerState = state;
    emit runnerStateChanged(state);
}

void MigrationService::onJobFinished(qint64 jobId, JobState state, const QString &summary)
{
    emit jobFinished(jobId, state, summary);
    const auto job = m_store->job(jobId);
    if (!job.ok())
        return;
    touch(job.value().batchId);
    const auto batch = m_store->batch(job.value().batchId);
    if (!batch.ok())
        return;
    const JobCounts &counts = batch.value().counts;
    if (counts.queued + counts.waiting + counts.running == 0)
        emit batchFinished(batch.value().id, counts.succeeded, counts.total - counts.succeeded);
}

void MigrationService::touch(qint64 batchId)
{
    m_batchesChanged = true;
    if (batchId > 0)
        m_changedBatches.insert(batchId);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void MigrationService::emitCoalesced()
{
    const QSet<qint64> batches = std::exchange(m_changedBatches, {});
    if (std::exchange(m_batchesChanged, false))
        emit batchesChanged();
    for (qint64 batchId : batches)
        emit jobsChanged(batchId);
}

void MigrationService::addBatch(const BatchSpec &spec, const QList<Account> &accounts,
                                std::function<void(const StoreResult<qint64> &)> done)
{
    auto work = std::make_shared<AddBatchWork>();
    work->spec = spec;
    work->accounts = accounts;
    work->done = std::move(done);
    writeCredentials(work);
}

void MigrationService::writeCredentials(const std::shared_ptr<AddBatchWork> &work)
{
    if (work->refs.size() == work->accounts.size()) {
        finishAdd(work);
        return;
    }
    const Account &account = work->accounts.at(work->refs.size());
    const CredentialRef ref = CredentialRef::generate(m_store->databaseId());
    m_credentials->write(
        ref, JobCredentials{account.password1, account.password2}, this,
        [this, work, ref, line = account.line](const CredentialStatus &status) {
            if (!status.ok()) {
                m_credentials->removeMany(work->refs, this, [](const CredentialStatus &) {});
                work->done(StoreError{
                    tr("Cannot save the passwords of line %1: %2").arg(line).arg(status.message)});
                return;
            }
            work->refs.append(ref);
            const Account &saved = work->accounts.at(work->refs.size() - 1);
            work->jobs.append(NewJob{saved.user1, saved.user2, ref.toString()});
            writeCredentials(work);
        });
}

void MigrationService::finishAdd(const std::shared_ptr<AddBatchWork> &work)
{
    const StoreResult<qint64> added = m_store->addBatch(work->spec, work->jobs);
    if (!added.ok())
        m_credentials->removeMany(work->refs, this, [](const CredentialStatus &) {});
    else
        touch(added.value());
    if (m_scheduler)
        m_scheduler->wakeUp();
    work->done(added);
}

bool MigrationService::cancelBatch(qint64 batchId, QString *error)
{
    const auto outcome = m_store->requestCancelBatch(batchId);
    if (!outcome.ok()) {
        *error = outcome.error();
        return false;
    }
    if (m_scheduler) {
        const auto jobs = m_store->jobsToStop(m_scheduler->runner().id);
        if (jobs.ok())
            m_scheduler->stopJobs(jobs.value());
    }
    touch(batchId);
    return true;
}

bool MigrationService::cancelJobs(const QList<qint64> &jobIds, QString *error)
{
    const auto outcome = m_store->requestCancelJobs(jobIds);
    if (!outcome.ok()) {
        *error = outcome.error();
        return false;
    }
    if (m_scheduler)
        m_scheduler->stopJobs(jobIds);
    for (qint64 jobId : jobIds) {
        const auto job = m_store->job(jobId);
        touch(job.ok() ? job.value().batchId : 0);
    }
    return true;
}

bool MigrationService::retryBatch(qint64 batchId, RetryMode mode, int *count, QString *error)
{
    const auto retried = m_store->retryJobs(batchId, mode);
    if (!retried.ok()) {
        *error = retried.error();
        return false;
    }
    *count = retried.value();
    touch(batchId);
    if (m_scheduler)
        m_scheduler->wakeUp();
    return true;
}

bool MigrationService::retryJobs(const QList<qint64> &jobIds, int *count, QString *error)
{
    *count = 0;
    for (qint64 jobId : jobIds) {
        const auto retried = m_store->retryJob(jobId);
        if (!retried.ok()) {
            *error = retried.error();
            return false;
        }
        *count += retried.value() ? 1 : 0;
        const auto job = m_store->job(jobId);
        touch(job.ok() ? job.value().batchId : 0);
    }
    if (m_scheduler)
        m_scheduler->wakeUp();
    return true;
}

bool MigrationService::setArchived(qint64 batchId, bool archived, QString *error)
{
    const auto changed = m_store->setArchived(batchId, archived);
    if (!changed.ok()) {
        *error = changed.error();
        return false;
    }
    touch(batchId);
    return true;
}

void MigrationService::deleteBatch(qint64 batchId, std::function<void(const QString &)> done)
{
    const auto jobs = m_store->jobs(batchId);
    const auto deleted = m_store->deleteBatch(batchId);
    if (!deleted.ok()) {
        done(deleted.error());
        return;
    }
    for (const QString &log : deleted.value().logPaths)
        QFile::remove(log);
    QDir(batchLogDirectory(m_dataDirectory, batchId)).removeRecursively();
    if (jobs.ok()) {
        for (const JobRecord &job : jobs.value()) {
            QDir(QDir(m_dataDirectory).filePath(QStringLiteral("run/job-%1").arg(job.id)))
                .removeRecursively();
        }
    }
    touch(0);
    QList<CredentialRef> refs;
    for (const QString &ref : deleted.value().credentialRefs)
        refs << CredentialRef::fromString(m_store->databaseId(), ref);
    m_credentials->removeMany(refs, this, [done](const CredentialStatus &status) {
        done(status.ok() ? QString()
                         : tr("The batch is deleted, but its saved passwords could not all be "
                              "removed from the keychain: %1")
                               .arg(status.message));
    });
}

} // namespace imapdesk
