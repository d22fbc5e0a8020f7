#pragma once

// The large history the GUI benchmarks of issue 4 read: batches of jobs in an
// SQLite database, most of them ended with statistics like a real run.

#include <QStringList>

namespace imapdesk {

class JobStore;

struct HistoryShape
{
    int jobs = 10000;
    int batches = 200;
    int biggest = 2000; // jobs of the biggest batch (the one in the middle)
    int running = 50;   // jobs of the biggest batch left running
};

// Reads --jobs, --batches and --biggest from arguments (pairs after argv[0]);
// other options are left to the caller.
HistoryShape parseHistoryShape(const QStringList &arguments);

// Fills store with shape: three quarters of the batches have ended (1 job in
// 20 failed), the others are half done, the biggest has shape.running jobs
// running. Every ended job has statistics like a real run (summary block,
// last errors). Returns the id of the biggest batch, 0 on failure.
qint64 buildHistory(JobStore &store, const HistoryShape &shape);

} // namespace imapdesk
