#pragma once

#include "storage/jobstoretypes.h"

#include <QString>

namespace imapdesk {

// What the batch list's search box and check boxes ask for.
struct BatchSearch
{
    // Part of the label, a host, the default domain or a user of any job,
    // case-insensitive; a number ("12" or "#12") also matches that batch id.
    QString text;
    bool mineOnly = false;     // only batches the current user created
    bool showArchived = false; // archived batches too (they are hidden otherwise)

    bool operator==(const BatchSearch &other) const;
    bool operator!=(const BatchSearch &other) const { return !(*this == other); }
};

// The store filter for a search. The predicate runs in SQL (JobStore::listBatches)
// because only the database knows every job's users without loading thousands
// of jobs; the batch list re-reads the store on each change anyway.
// mineOnly with an unknown (empty) user cannot narrow anything down.
BatchFilter batchFilterFor(const BatchSearch &search, const QString &currentUser);

// The job list's search: whether text (trimmed, case-insensitive) is part of
// the source or the destination user. An empty text matches every job.
bool jobMatchesText(const QString &user1, const QString &user2, const QString &text);

} // namespace imapdesk
