#include "servicefixture.h"

#include "util/applicationpaths.h"

#include <QSignalSpy>

namespace imapdesk::test {

QString letters(int number)
{
    QString text;
    for (; number > 0; number = (number - 1) / 26)
        text.prepend(QChar(u'a' + (number - 1) % 26));
    return text;
}

ServiceFixture::~ServiceFixture() = default;

bool ServiceFixture::open(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    DatabaseLocation location;
    if (!DatabaseLocation::parse(defaultDatabaseFile(data), location, *error))
        return false;
    m_service = std::make_unique<MigrationService>();
    QSignalSpy opened(m_service.get(), &MigrationService::batchesChanged);
    if (!m_service->open(location, data, error))
        return false;
    store().setClock([this] { return m_now; });
    // The service announces the new history once; let it pass before the test.
    if (!opened.wait(2000)) {
        *error = QStringLiteral("no batchesChanged() after open()");
        return false;
    }
    return true;
}

qint64 ServiceFixture::addBatch(const QString &label, int jobs, const QString &owner,
                                const std::function<void(NewBatch &)> &adjust,
                                const QString &prefix)
{
    NewBatch batch;
    batch.label = label;
    batch.source.host = QStringLiteral("imap.old.example");
    batch.destination.host = QStringLiteral("imap.new.example");
    batch.owner = owner;
    if (adjust)
        adjust(batch);
    QList<NewJob> list;
    for (int i = 1; i <= jobs; ++i) {
        const QString user = QStringLiteral("%1%2@example.com").arg(prefix, letters(i));
        list.append({user, user, QStringLiteral("ref-%1-%2").arg(label).arg(i)});
    }
    const auto added = store().addBatch(batch, list);
    if (!added.ok())
        qWarning("addBatch: %s", qPrintable(added.error()));
    return added.ok() ? added.value() : 0;
}

ClaimedJob ServiceFixture::start(qint64 batchId)
{
    ClaimFilter filter;
    filter.batchId = batchId;
    const RunnerIdentity runner{QStringLiteral("test-runner"), QStringLiteral("test"), 4242};
    const auto claimed = store().claimNextJob(runner, filter);
    if (!claimed.ok() || !claimed.value()) {
        qWarning("nothing to claim in batch %lld", batchId);
        return {};
    }
    const ClaimedJob job = *claimed.value();
    store().startedProcess(job.attemptId, 5000 + job.jobId,
                           m_dir.filePath(QStringLiteral("job-%1.log").arg(job.jobId)));
    return job;
}

void ServiceFixture::finish(const ClaimedJob &job, int exitCode, const JobStats &stats)
{
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::exited(exitCode), false, {});
    if (!store().finishAttempt(job.attemptId, stats, verdict).ok())
        qWarning("finishAttempt failed");
}

QList<qint64> ServiceFixture::jobIds(qint64 batchId)
{
    QList<qint64> ids;
    for (const JobRecord &job : store().jobs(batchId).value())
        ids << job.id;
    return ids;
}

JobStats progressStats(qint64 copied, qint64 total)
{
    JobStats stats;
    stats.messagesCopied = copied;
    stats.messagesTotal = total;
    stats.bytesCopied = copied * 1024;
    stats.bytesTotal = total * 1024;
    stats.bytesPerSecond = 2048;
    stats.messagesPerSecond = 2;
    stats.etaSeconds = total - copied;
    return stats;
}

} // namespace imapdesk::test
