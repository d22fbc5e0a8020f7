#include "storage/jobstoretypes.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace imapdesk {

JobState deriveBatchState(const JobCounts &counts)
{
    if (counts.running > 0)
        return JobState::Running;
    if (counts.queued > 0)
        return JobState::Queued;
    if (counts.waiting > 0)
        return JobState::Waiting;
    if (counts.needsPassword > 0)
        return JobState::NeedsPassword;
    if (counts.failed > 0)
        return JobState::Failed;
    if (counts.interrupted > 0)
        return JobState::Interrupted;
    if (counts.cancelled > 0)
        return JobState::Cancelled;
    return JobState::Succeeded;
}

qint64 batchDurationMs(const BatchSummary &batch, qint64 now)
{
    if (!batch.firstStartedAt)
        return 0;
    const bool active = batch.counts.running > 0 || !batch.lastEndedAt;
    const qint64 end = active ? now : *batch.lastEndedAt;
    return std::max<qint64>(0, end - *batch.firstStartedAt);
}

RunnerIdentity RunnerIdentity::forThisProcess()
{
    RunnerIdentity runner;
    runner.machine = QSysInfo::machineHostName();
    runner.pid = QCoreApplication::applicationPid();
    // The random part tells a new process from an old one that had the same pid.
    const QString random = QUuid::createUuid().toString(QUuid::Id128).left(12);
    runner.id = QStringLiteral("%1:%2:%3").arg(runner.machine).arg(runner.pid).arg(random);
    return runner;
}

} // namespace imapdesk
