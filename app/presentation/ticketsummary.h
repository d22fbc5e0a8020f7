#pragma once

#include "storage/jobstoretypes.h"

#include <QString>

namespace imapdesk {

// Plain text about one batch for a helpdesk ticket: what, where, counts,
// duration, and every account that did not succeed with its verdict. Never a
// password (the report holds none).
QString ticketSummary(const BatchReport &report, qint64 now);

} // namespace imapdesk
