#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace imapdesk {

// What kind of problem an imapsync exit code points to, for grouping and icons.
enum class ExitCategory {
    Success,
    Cancelled,
    CredentialsProblem,
    ConnectionProblem,
    QuotaProblem,
    TransferErrors,
    Incomplete,           // stopped on purpose before the end (--exitwhenover)
    ConfigurationProblem, // imapsync's command line or options
    LocalProblem,         // on the computer running imapsync
    InternalError,        // imapsync itself, or an exit code nobody documented
    Killed                // died by a signal nobody in ImapDesk sent
};

// One exit code of imapsync 2.229 (imapsync-interface.md §8), or an undocumented one.
struct ExitCodeInfo
{
    int code = 0;
    QString name; // as imapsync prints it: "EX_OK", "EXIT_BY_FILE"; empty if none
    ExitCategory category = ExitCategory::InternalError;
    QString title;       // short, for a table column (translated)
    QString explanation; // for a helpdesk technician: what happened, what to do (translated)
    bool documented = false;
};

// Every exit code imapsync 2.229 defines, in increasing order.
QList<int> documentedExitCodes();

// The catalogue entry of code; an undocumented code gets a generic explanation.
ExitCodeInfo describeExitCode(int code);

// How the imapsync process ended, as QProcess reports it.
struct ProcessEnd
{
    bool killedBySignal = false; // QProcess::CrashExit
    int exitCode = 0;            // when it exited
    int signal = 0;              // when killed, if known (0 = unknown)

    static ProcessEnd exited(int code) { return {false, code, 0}; }
    static ProcessEnd killed(int signalNumber = 0) { return {true, -1, signalNumber}; }
};

enum class JobVerdictState { Succeeded, Failed, Cancelled };

struct ExitVerdict
{
    JobVerdictState state = JobVerdictState::Failed;
    ExitCategory category = ExitCategory::InternalError;
    int code = -1;  // the exit code; -1 when the process died by a signal
    int signal = 0; // the signal that ended it, when known
    QString name;   // imapsync's name of the code, empty for signals and unknown codes
    QString title;
    QString explanation;
    bool spamOnly = false; // success with a warning: only spam/junk folders had errors
};

// Judges a finished run. stopRequested: ImapDesk asked it to stop (abort file,
// then SIGTERM, then SIGKILL), so a death by signal or exit 7 means "cancelled".
// errorFolders: folders named by the run's errors ("" for an error outside any
// folder); when every error was in a spam/junk folder the transfer counts as
// done ("Transfer OK, spam not synced").
ExitVerdict judgeImapsyncExit(const ProcessEnd &end, bool stopRequested,
                              const QStringList &errorFolders);

// Whether folder is a spam/junk folder (Junk, Spam, "Junk E-mail", "[Gmail]/Spam",
// "Courrier indésirable", ...): any level of the path, any separator (/ . \),
// any case, names in IMAP modified UTF-7 too.
bool isSpamFolder(const QString &folder);

} // namespace imapdesk
