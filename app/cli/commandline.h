#pragma once

#include <QStringList>

namespace imapdesk {

struct CliContext;

// True when the arguments ask for a headless run (a verb, --help or
// --version); otherwise the desktop application starts.
bool isHeadlessInvocation(const QStringList &arguments);

// Runs one headless invocation (arguments[0] is the program) and returns the
// process exit code (see CliExit).
int runCommandLine(const QStringList &arguments, CliContext &context);

} // namespace imapdesk
