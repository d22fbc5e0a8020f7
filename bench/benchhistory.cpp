#include "benchhistory.h"

#include "imapsync/exitcodes.h"
#include "storage/jobstore.h"

#include <algorithm>

namespace imapdesk {

namespace {

JobStats statsOf(int i, bool ended)
{
    JobStats stats;
    stats.messagesTotal = 2000 + i % 5000;
    stats.messagesCopied = ended ? stats.messagesTotal : stats.messagesTotal / 3;
    stats.bytesTotal = stats.messagesTotal * 48'000LL;
    stats.bytesCopied = stats.messagesCopied * 48'000LL;
    stats.messagesPerSecond = 12.5;
    stats.bytesPerSecond = 600'000;
    stats.etaSeconds = ended ? 0 : 1200;
    stats.currentFolder = QStringLiteral("INBOX/Archive/2023");
    stats.folderIndex = 3;
    stats.folderCount = 40;
    stats.lastErrors = {QStringLiteral("Err 1/3: could not append message 1234 in folder x")};
    for (int k = 0; ended && k < 15; ++k)
        stats.summary.insert(QStringLiteral("Statistic %1").arg(k), QString::number(i * k));
    return stats;
}

// Claims the next job of batchId; ends it unless it should keep running.
bool runJob(JobStore &store, qint64 batchId, int i, bool keepRunning)
{
    ClaimFilter filter;
    filter.batchId = batchId;
    const auto claimed = store.claimNextJob(RunnerIdentity::forThisProcess(), filter);
    if (!claimed.ok() || !claimed.value())
        return false;
    const ClaimedJob &job = *claimed.value();
    const QString log = QStringLiteral("/tmp/imapdesk-bench/job-%1.log").arg(job.jobId);
    if (!store.startedProcess(job.attemptId, 10000 + i, log).ok())
        return false;
    if (keepRunning)
        return store.updateAttemptStats(job.attemptId, statsOf(i, false)).ok();
    const int code = i % 20 == 7 ? 16 : 0;
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::exited(code), false, {});
    return store.finishAttempt(job.attemptId, statsOf(i, true), verdict).ok();
}

qint64 addBatch(JobStore &store, int index, int jobs, int *userNumber)
{
    NewBatch batch;
    batch.label = QStringLiteral("Customer %1 migration").arg(index);
    batch.source.host = QStringLiteral("imap%1.old.example").arg(index % 7);
    batch.destination.host = QStringLiteral("outlook.office365.com");
    batch.defaultDomain = QStringLiteral("customer%1.example").arg(index);
    batch.owner = index % 3 ? QStringLiteral("alice") : QStringLiteral("bob");
    QList<NewJob> list;
    for (int j = 0; j < jobs; ++j, ++*userNumber) {
        const QString user =
            QStringLiteral("user%1@customer%2.example").arg(*userNumber).arg(index);
        list << NewJob{user, user, QStringLiteral("ref-%1").arg(*userNumber)};
    }
    const auto added = store.addBatch(batch, list);
    return added.ok() ? added.value() : 0;
}

int batchSize(const HistoryShape &shape, int b)
{
    const int biggestIndex = shape.batches / 2;
    const int others = shape.batches - 1;
    const int rest = shape.jobs - shape.biggest;
    if (b == biggestIndex)
        return shape.biggest;
    const int k = b < biggestIndex ? b : b - 1;
    return rest / others + (k < rest % others ? 1 : 0);
}

} // namespace

HistoryShape parseHistoryShape(const QStringList &arguments)
{
    HistoryShape shape;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        const int value = arguments[i + 1].toInt();
        if (arguments[i] == QLatin1String("--jobs"))
            shape.jobs = value;
        else if (arguments[i] == QLatin1String("--batches"))
            shape.batches = value;
        else if (arguments[i] == QLatin1String("--biggest"))
            shape.biggest = value;
    }
    shape.batches = std::max(shape.batches, 1);
    shape.biggest = std::min(shape.biggest, shape.jobs - (shape.batches - 1));
    return shape;
}

qint64 buildHistory(JobStore &store, const HistoryShape &shape)
{
    const int biggestIndex = shape.batches / 2;
    int userNumber = 0;
    qint64 biggestId = 0;
    for (int b = 0; b < shape.batches; ++b) {
        const int size = batchSize(shape, b);
        const qint64 id = addBatch(store, b, size, &userNumber);
        if (id == 0)
            return 0;
        const bool ended = b < shape.batches * 3 / 4 && b != biggestIndex;
        const int toEnd = ended ? size : size * 3 / 5;
        for (int j = 0; j < toEnd; ++j) {
            if (!runJob(store, id, j, false))
                return 0;
        }
        for (int j = 0; b == biggestIndex && j < shape.running && toEnd + j < size; ++j) {
            if (!runJob(store, id, j, true))
                return 0;
        }
        if (b == biggestIndex)
            biggestId = id;
    }
    return biggestId;
}

} // namespace imapdesk
