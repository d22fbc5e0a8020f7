#pragma once

#include "accounts/account.h"
#include "secrets/jobcredentials.h"
#include "storage/jobstoretypes.h"

#include <QList>

namespace imapdesk {

// Which jobs: those waiting in needs_password, or every job of the batch (to
// refresh the saved passwords before a delta pass).
enum class PasswordScope { NeedsPassword, All };

// One job an account list gives passwords for.
struct PasswordMatch
{
    qint64 jobId = 0;
    JobState state = JobState::Queued;
    QString credentialRef; // the job's keychain key (CredentialRef::fromString)
    JobCredentials credentials;
    int line = 0; // of the account list
};

struct PasswordMatches
{
    QList<PasswordMatch> matches; // in the jobs' order
    QList<int> unmatchedLines;    // lines naming no job of the batch at all
    int linesOutOfScope = 0;      // lines naming only jobs the scope leaves alone
    int stillNeedPassword = 0;    // jobs in needs_password that no line names
};

// Pairs the lines of an account list (read again, e.g. the list the batch was
// added from) with the jobs of a batch: a line names a job when its user1 and
// user2 are the job's, compared case-insensitively like the list's duplicates.
// Nothing here touches the keychain or the store.
PasswordMatches matchPasswords(const QList<JobRecord> &jobs, const QList<Account> &accounts,
                               PasswordScope scope);

} // namespace imapdesk
