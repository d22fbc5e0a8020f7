#pragma once

#include "accounts/account.h"
#include "jobs/jobscheduler.h"
#include "storage/databaselocation.h"
#include "storage/jobstoretypes.h"
#include "storage/storeresult.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace imapdesk {

class CredentialStore;
struct AddBatchWork;
class Database;
class JobStore;

// Everything the desktop application does with batches, in one object the
// widgets and models talk to (they never open a database or a process): the
// history, the keychain, and this process's runner (a JobScheduler that runs
// every queued job, like `imapdesk batch run`). Changes are announced with
// coalesced signals so that views re-read at most a few times a second.
class MigrationService final : public QObject
{
    Q_OBJECT

public:
    enum class RunnerState { Stopped, Starting, Running, Stopping, Unavailable };
    Q_ENUM(RunnerState)

    explicit MigrationService(QObject *parent = nullptr);
    ~MigrationService() override;

    // Opens the history database; false with a message for the user.
    // password: PostgreSQL's from the keychain, or empty for libpq's own.
    bool open(const DatabaseLocation &location, const QString &dataDirectory, QString *error,
              const QString &password = {});
    bool isOpen() const { return m_store != nullptr; }
    QString dataDirectory() const { return m_dataDirectory; }
    QString databaseName() const;
    JobStore &store() { return *m_store; }
    CredentialStore &credentials() { return *m_credentials; }
    // Replaces the credential store, e.g. by a session-only one when the
    // system keyring is unavailable. Must not be null.
    void setCredentialStore(std::unique_ptr<CredentialStore> store);

    // --- The runner of this process
    // Locates imapsync (configured path, next to the application, PATH),
    // probes its version, then starts claiming jobs. runnerStateChanged()
    // and runnerMessage() tell how it went.
    void startRunner(const QString &configuredImapsync, const SchedulerSettings &limits);
    // Graceful stop of every running job; runnerStopped() when none is left.
    void stopRunner();
    RunnerState runnerState() const { return m_runnerState; }
    QString runnerMessage() const { return m_runnerMessage; }
    QString imapsyncProgram() const { return m_imapsyncProgram; }
    QString imapsyncVersion() const { return m_imapsyncVersion; }
    int activeJobCount() const;
    const JobStats *liveStats(qint64 jobId) const; // this runner's running jobs only
    // Sum of imapsync's current rates over this runner's jobs, bytes/s.
    double throughput() const;
    void setLimits(int concurrency, int perHostLimit);
    // Settings::forgetPasswordsOnSuccess, for this runner and the next ones.
    void setForgetPasswordsOnSuccess(bool forget);
    // How much lower imapsync's CPU priority is than the window's (Unix), for
    // runners started from now on; kImapsyncNiceness by default.
    static constexpr int kImapsyncNiceness = 10;
    void setImapsyncNiceness(int niceness) { m_niceness = niceness; }

    // --- What a technician does. Each returns false with a message in *error.
    // Saves the passwords in the keychain, then the batch; done() gets the
    // new id or the reason nothing was added (passwords already written are
    // removed again).
    void addBatch(const BatchSpec &spec, const QList<Account> &accounts,
                  std::function<void(const StoreResult<qint64> &)> done);
    bool cancelBatch(qint64 batchId, QString *error);
    bool cancelJobs(const QList<qint64> &jobIds, QString *error);
    bool retryBatch(qint64 batchId, RetryMode mode, int *count, QString *error);
    bool retryJobs(const QList<qint64> &jobIds, int *count, QString *error);
    bool setArchived(qint64 batchId, bool archived, QString *error);
    // For a job in needs_password: saves the passwords the user entered again
    // under the job's keychain key and queues the job. done() gets an empty
    // string or what went wrong.
    void providePasswords(qint64 jobId, const JobCredentials &credentials,
                          std::function<void(const QString &problem)> done);
    // Removes the batch, its logs and run folders, then its keychain entries;
    // done() gets an empty string or what went wrong.
    void deleteBatch(qint64 batchId, std::function<void(const QString &problem)> done);
    // Pymap's periodic clean-up: ended batches created more than `weeks`
    // weeks ago are archived, or deleted with their logs and passwords.
    // Returns how many were handled; 0 weeks does nothing.
    int applyRetention(int weeks, bool deleteThem, QString *error);

signals:
    void batchesChanged();            // list, counts or totals may differ: re-read
    void jobsChanged(qint64 batchId); // jobs of that batch changed state
    void jobProgress(qint64 jobId);   // live statistics of a running job (coalesced)
    void jobFinished(qint64 jobId, imapdesk::JobState state, const QString &summary);
    void batchFinished(qint64 batchId, int succeeded, int notSucceeded);
    void runnerStateChanged(imapdesk::MigrationService::RunnerState state);
    void runnerStopped();
    void problem(const QString &message); // store or keychain failures while running

private:
    void setRunnerState(RunnerState state, const QString &message = {});
    void createScheduler(const SchedulerSettings &limits, bool noDockerContext);
    void onJobFinished(qint64 jobId, JobState state, const QString &summary);
    void touch(qint64 batchId);
    void emitCoalesced();
    void writeCredentials(const std::shared_ptr<AddBatchWork> &work);
    void finishAdd(const std::shared_ptr<AddBatchWork> &work);

    QString m_dataDirectory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<JobScheduler> m_scheduler;
    RunnerState m_runnerState = RunnerState::Stopped;
    QString m_runnerMessage;
    QString m_imapsyncProgram;
    QString m_imapsyncVersion;
    SchedulerSettings m_limits; // what the next scheduler starts with
    QTimer m_coalesce;          // batches/jobs changes, a few per second at most
    QSet<qint64> m_changedBatches;
    bool m_batchesChanged = false;
    int m_niceness = kImapsyncNiceness;
};

} // namespace imapdesk
