#pragma once

#include "jobs/jobscheduler.h"

#include <QObject>

#include <memory>

namespace imapdesk {

class CredentialStore;
class JobStore;
struct CliContext;

// The foreground run behind `batch run --wait`: probes imapsync, runs the
// scheduler until nothing is left, prints one line per job start and end,
// and turns Ctrl-C into a graceful stop.
class BatchRunner final : public QObject
{
    Q_OBJECT

public:
    BatchRunner(CliContext &context, JobStore &store, CredentialStore &credentials,
                SchedulerSettings settings, QObject *parent = nullptr);
    ~BatchRunner() override;

    void start();
    int exitCode() const { return m_exitCode; }

signals:
    void done();

private:
    void versionKnown(bool noDockerContext);
    void jobStarted(qint64 jobId);
    void jobFinished(qint64 jobId, JobState state, const QString &summary);
    void interrupted(int count);
    void finish();
    QString describeJob(qint64 jobId) const;

    CliContext &m_context;
    JobStore &m_store;
    CredentialStore &m_credentials;
    SchedulerSettings m_settings;
    std::unique_ptr<JobScheduler> m_scheduler;
    int m_succeeded = 0;
    int m_notSucceeded = 0;
    bool m_interrupted = false;
    int m_exitCode = 0;
};

} // namespace imapdesk
