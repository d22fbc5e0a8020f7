#pragma once

#include "models/tablerows.h"
#include "storage/jobstoretypes.h"

namespace imapdesk {

// What a row of the job table shows (JobListModel::Column order) for job and
// the statistics to show for it (live or stored). Columns about an attempt stay
// empty while the job is queued or waiting, even when an earlier attempt ended.
// The time columns hold raw milliseconds only (-1: none): see isTimeColumn().
RowCells jobCells(const JobRecord &job, const JobStats &stats);

// Started and ended: their DisplayRole is formatted when asked for.
bool isTimeColumn(int column);

// The attempt the row's columns describe: the latest one, once it has started.
const AttemptRecord *shownAttempt(const JobRecord &job);

} // namespace imapdesk
