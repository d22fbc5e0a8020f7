#pragma once

#include "imapsync/providerpreset.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace imapdesk {

// How to reach one IMAP server. imapsync would otherwise probe port 993 and
// upgrade to STARTTLS by itself (interface doc §5), so the mode is always explicit.
enum class Security { Ssl, StartTls, None };

struct ImapEndpoint
{
    QString host;
    quint16 port = 0; // 0: 993 with Ssl, 143 otherwise
    Security security = Security::Ssl;
    QString user;
    ProviderPreset preset = ProviderPreset::None;
    // SHA-256 (hex) of the one certificate to accept (the user accepted it in
    // the pre-flight check): imapsync verifies, pinned to it.
    QString certificate;
};

// Everything one imapsync run needs. Passwords travel in the child environment,
// or in the given password files, never in the arguments.
struct ImapsyncJobSpec
{
    QString program; // the imapsync executable
    ImapEndpoint source;
    ImapEndpoint destination;
    QString password1;
    QString password2;
    // Absolute paths of private files holding a password on their first line,
    // written by the caller. Needed when needsPassfile() says so; when set, that
    // side's password is read from the file and its environment variable is unset.
    QString passfile1;
    QString passfile2;
    QStringList extraArguments; // checked again with validateExtraArguments()
    bool dryRun = false;
    bool justLogin = false;
    QString logFile;             // absolute; empty: --nolog (ImapDesk writes the log from stdout)
    QString pidFile;             // absolute, one per job: the default one is shared by all runs
    bool noDockerContext = true; // the installed imapsync knows --nodockercontext
};

// Start it with stdin closed (QProcess::setStandardInputFile(QProcess::nullDevice())):
// with an open pipe imapsync would wait for ever at a password prompt if one were
// missing (interface doc §2). Read both stdout and stderr.
struct ImapsyncCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
};

struct ImapsyncCommandResult
{
    std::optional<ImapsyncCommand> command;
    QString error; // why no command was built; never contains a password

    bool ok() const { return command.has_value(); }
};

// Builds the program, arguments and environment of one imapsync run. No shell
// is involved: the arguments go to QProcess as they are.
ImapsyncCommandResult buildImapsyncCommand(
    const ImapsyncJobSpec &spec,
    const QProcessEnvironment &baseEnvironment = QProcessEnvironment::systemEnvironment());

// imapsync ignores an empty password or "0" given in the environment (Perl's
// truth test, interface doc §4); such a password must come from a password file.
bool needsPassfile(const QString &password);

// The port imapsync will use for endpoint.
quint16 effectivePort(const ImapEndpoint &endpoint);

// The command for people and exports: password variables shown as
// IMAPSYNC_PASSWORD1=MASKED, arguments quoted for a POSIX shell (display only).
QString displayCommandLine(const ImapsyncCommand &command);

// The file whose creation makes the imapsync run with this pid file and PID stop
// cleanly between two messages with exit code 7 (interface doc §9).
QString imapsyncAbortFile(const QString &pidFile, qint64 pid);

// One argument quoted for a POSIX shell, unchanged when nothing needs quoting.
QString shellQuoted(const QString &argument);

} // namespace imapdesk
