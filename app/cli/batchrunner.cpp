#include "cli/batchrunner.h"

#include "cli/clicontext.h"
#include "imapsync/imapsyncprobe.h"
#include "imapsync/imapsyncversion.h"
#include "storage/jobstore.h"
#include "util/interrupthandler.h"

#include <QCoreApplication>

namespace imapdesk {

BatchRunner::BatchRunner(CliContext &context, JobStore &store, CredentialStore &credentials,
                         SchedulerSettings settings, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_store(store)
    , m_credentials(credentials)
    , m_settings(std::move(settings))
{
    auto *interrupts = new InterruptHandler(this);
    connect(interrupts, &InterruptHandler::interrupted, this, &BatchRunner::interrupted);
}

BatchRunner::~BatchRunner() = default;

void BatchRunner::start()
{
    probeImapsyncVersion(
        m_settings.imapsyncProgram, this, [this](const ImapsyncProbeResult &probe) {
            if (!probe.ok()) {
                m_context.err << probe.error << '\n';
                m_exitCode = ExitFailure;
                emit done();
                return;
            }
            if (!imapsyncReadsPasswordEnvironment(probe.version)) {
                m_context.err << tr("imapsync %1 is too old: ImapDesk needs 1.782 or newer, which "
                                    "reads passwords from the environment.")
                                     .arg(probe.version.toString())
                              << '\n';
                m_exitCode = ExitFailure;
                emit done();
                return;
            }
            versionKnown(imapsyncSupportsNoDockerContext(probe.version));
        });
}

void BatchRunner::versionKnown(bool noDockerContext)
{
    if (m_interrupted) {
        finish();
        return;
    }
    m_settings.noDockerContext = noDockerContext;
    m_scheduler = std::make_unique<JobScheduler>(m_store, m_credentials, m_settings);
    connect(m_scheduler.get(), &JobScheduler::jobStarted, this, &BatchRunner::jobStarted);
    connect(m_scheduler.get(), &JobScheduler::jobFinished, this, &BatchRunner::jobFinished);
    connect(m_scheduler.get(), &JobScheduler::problem, this, [this](const QString &message) {
        m_context.err << message << '\n';
        m_context.err.flush();
    });
    connect(m_scheduler.get(), &JobScheduler::idle, this, &BatchRunner::finish);
    connect(m_scheduler.get(), &JobScheduler::stopped, this, &BatchRunner::finish);
    m_scheduler->start();
}

void BatchRunner::jobStarted(qint64 jobId)
{
    m_context.out << tr("job %1 started: %2").arg(jobId).arg(describeJob(jobId)) << '\n';
    m_context.out.flush();
}

void BatchRunner::jobFinished(qint64 jobId, JobState state, const QString &summary)
{
    (state == JobState::Succeeded ? m_succeeded : m_notSucceeded)++;
    m_context.out
        << tr("job %1 %2: %3 (%4)").arg(jobId).arg(jobStateName(state), describeJob(jobId), summary)
        << '\n';
    if (state == JobState::NeedsPassword) {
        const auto job = m_store.job(jobId);
        if (job.ok())
            m_context.out << tr("  enter them with: imapdesk batch passwords %1 ACCOUNT_LIST")
                                 .arg(job.value().batchId)
                          << '\n';
    }
    m_context.out.flush();
}

void BatchRunner::interrupted(int count)
{
    m_interrupted = true;
    if (!m_scheduler) {
        return; // still probing: versionKnown() ends the run
    }
    if (count == 1) {
        m_context.err << tr("Stopping: running jobs end as cancelled, queued jobs stay queued "
                            "(run 'imapdesk batch run' again to continue).")
                      << '\n';
    }
    m_scheduler->stop();
}

void BatchRunner::finish()
{
    if (m_scheduler && m_scheduler->activeCount() > 0)
        return;
    m_context.out << tr("succeeded: %1, not succeeded: %2").arg(m_succeeded).arg(m_notSucceeded)
                  << '\n';
    m_exitCode = (m_notSucceeded > 0 || m_interrupted) ? ExitRejected : ExitOk;
    emit done();
}

QString BatchRunner::describeJob(qint64 jobId) const
{
    const auto job = m_store.job(jobId);
    if (!job.ok())
        return QString();
    return QStringLiteral("%1 -> %2").arg(job.value().user1, job.value().user2);
}

} // namespace imapdesk
