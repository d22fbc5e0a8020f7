#pragma once

#include <QProcessEnvironment>
#include <QTextStream>

namespace imapdesk {

// Exit codes shared by every headless verb (documented in README.md).
enum CliExit : int {
    ExitOk = 0,
    ExitRejected = 1, // the verb ran, and some input was refused or some job did not succeed
    ExitUsage = 2,    // bad command line, unreadable file, unusable input
    ExitFailure = 3,  // the work could not be done: database, keychain, imapsync missing
};

// What a headless verb may touch: its output streams and the environment it
// was started with (passed in, so tests can run verbs in-process).
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QProcessEnvironment environment;
};

} // namespace imapdesk
