#pragma once

#include <QString>

namespace imapdesk {

// Life of a job (product.md §1). Stored as the lower-case name.
enum class JobState {
    Queued,        // waiting for a free slot
    Waiting,       // its batch starts after another batch ends
    Running,       // claimed by a runner, imapsync started or starting
    Succeeded,     // imapsync ended well (exit verdict)
    Failed,        // imapsync ended with an error, or could not start
    Cancelled,     // stopped at the user's request, or never started because of it
    Interrupted,   // recorded as running, but its runner vanished (crash, reboot)
    NeedsPassword, // its passwords are not in the keychain (deleted, another
                   // machine): waits for the user to enter them again
};

QString jobStateName(JobState state);                        // "queued", ...
bool jobStateFromName(const QString &name, JobState *state); // false for unknown names
bool isFinalJobState(JobState state);        // succeeded, failed, cancelled, interrupted
QString jobStateDisplayName(JobState state); // translated, for people

} // namespace imapdesk
