#pragma once

#include "jobs/jobstate.h"
#include "jobs/jobstats.h"
#include "storage/jobstoretypes.h"

#include <QLocale>
#include <QString>

namespace imapdesk {

// How far a job has got, in [0, 1], or -1 while nothing tells (no total yet).
// imapsync's "messages left" wins over copied/total: on a delta pass nothing
// is copied yet the run advances. A succeeded job is complete.
double jobProgressFraction(JobState state, const JobStats &stats);

// How far a batch has got, in [0, 1], or -1 for a batch without jobs: the
// larger of the ended jobs' share and the messages copied over the messages
// known, scaled by the share of jobs started (jobs not started count as 0).
double batchProgressFraction(const BatchSummary &batch);

// "copied/total" messages of a job ("1,234/5,000"), or the count copied
// while the total is not known.
QString jobProgressText(const JobStats &stats, const QLocale &locale = QLocale());

// "3/50 jobs, 1,234/5,678 messages": jobs ended, then messages copied once
// any total is known.
QString batchProgressText(const BatchSummary &batch, const QLocale &locale = QLocale());

// Jobs ended (succeeded, failed, cancelled or interrupted).
int endedJobCount(const JobCounts &counts);

// "2 running, 5 queued, 40 succeeded, 3 failed": the non-zero counts, for a tooltip.
QString jobCountsText(const JobCounts &counts, const QLocale &locale = QLocale());

} // namespace imapdesk
