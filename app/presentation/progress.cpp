#include "presentation/progress.h"

#include "presentation/formatting.h"

#include <QCoreApplication>

#include <algorithm>

namespace imapdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Progress)
};

double clampFraction(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

} // namespace

double jobProgressFraction(JobState state, const JobStats &stats)
{
    if (state == JobState::Succeeded)
        return 1;
    if (stats.messagesTotal <= 0)
        return -1;
    const double total = double(stats.messagesTotal);
    if (stats.messagesLeft >= 0)
        return clampFraction((total - double(stats.messagesLeft)) / total);
    const qint64 skipped = std::max<qint64>(0, stats.messagesSkipped);
    return clampFraction(double(stats.messagesCopied + skipped) / total);
}

int endedJobCount(const JobCounts &counts)
{
    return counts.succeeded + counts.failed + counts.cancelled + counts.interrupted;
}

double batchProgressFraction(const BatchSummary &batch)
{
    const JobCounts &counts = batch.counts;
    if (counts.total <= 0)
        return -1;
    const double total = double(counts.total);
    const double ended = endedJobCount(counts) / total;
    if (batch.messagesTotal <= 0)
        return clampFraction(ended);
    const double started = (counts.total - counts.queued - counts.waiting) / total;
    const double copied = double(batch.messagesCopied) / double(batch.messagesTotal);
    return clampFraction(std::max(ended, started * clampFraction(copied)));
}

QString jobProgressText(const JobStats &stats, const QLocale &locale)
{
    return formatRatio(stats.messagesCopied, stats.messagesTotal, locale);
}

QString batchProgressText(const BatchSummary &batch, const QLocale &locale)
{
    const QString jobs = formatRatio(endedJobCount(batch.counts), batch.counts.total, locale);
    if (batch.messagesTotal <= 0)
        //: Jobs ended out of all jobs of a batch ("3/50")
        return Tr::tr("%1 jobs").arg(jobs);
    //: Jobs ended, then messages copied, of a batch ("3/50", "1,234/5,678")
    return Tr::tr("%1 jobs, %2 messages")
        .arg(jobs, formatRatio(batch.messagesCopied, batch.messagesTotal, locale));
}

QString jobCountsText(const JobCounts &counts, const QLocale &locale)
{
    const std::pair<int, JobState> parts[] = {{counts.running, JobState::Running},
                                              {counts.queued, JobState::Queued},
                                              {counts.waiting, JobState::Waiting},
                                              {counts.succeeded, JobState::Succeeded},
                                              {counts.failed, JobState::Failed},
                                              {counts.cancelled, JobState::Cancelled},
                                              {counts.interrupted, JobState::Interrupted},
                                              {counts.needsPassword, JobState::NeedsPassword}};
    QStringList texts;
    for (const auto &[count, state] : parts) {
        if (count > 0)
            //: A number of jobs and their state ("5 Succeeded")
            texts << Tr::tr("%1 %2").arg(locale.toString(count), jobStateDisplayName(state));
    }
    return texts.join(QLatin1String(", "));
}

} // namespace imapdesk
