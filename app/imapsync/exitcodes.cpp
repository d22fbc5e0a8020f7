#include "imapsync/exitcodes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <csignal>
#include <utility>

namespace imapdesk {

namespace {

struct CatalogueEntry
{
    int code;
    const char *name;
    ExitCategory category;
    const char *title;
    const char *explanation;
};

// imapsync-interface.md §8; names as imapsync 2.229 prints them (%EXIT_TXT).
const CatalogueEntry kCatalogue[] = {
    {0, "EX_OK", ExitCategory::Success, QT_TRANSLATE_NOOP("Imapsync", "Success"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync finished without any error. After a dry run nothing was "
                       "copied; after a credentials check both logins worked.")},
    {1, "EXIT_CATCH_ALL", ExitCategory::InternalError,
     QT_TRANSLATE_NOOP("Imapsync", "Unclassified error"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync met an error it could not classify. The end of the log lists "
                       "the errors (\"Err\" lines) and the most frequent one; fix the cause and "
                       "retry: imapsync continues where it stopped.")},
    {6, "EXIT_BY_SIGNAL", ExitCategory::Cancelled,
     QT_TRANSLATE_NOOP("Imapsync", "Stopped by a signal"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync was told to stop by a signal (TERM, QUIT or INT) before the "
                       "end. Messages already copied stay on the destination; retry the job to "
                       "copy the rest.")},
    {7, "EXIT_BY_FILE", ExitCategory::Cancelled,
     QT_TRANSLATE_NOOP("Imapsync", "Stopped by abort file"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync found its abort file and stopped cleanly between two messages. "
                       "Messages already copied stay on the destination; retry the job to copy "
                       "the rest.")},
    {8, "EXIT_PID_FILE_ERROR", ExitCategory::ConfigurationProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Pid file in use"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync refused to start because its pid file exists and names a "
                       "running process (--pidfilelocking). Another imapsync may be migrating "
                       "this mailbox: let it finish or stop it, then retry.")},
    {10, "EXIT_CONNECTION_FAILURE", ExitCategory::ConnectionProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Connection failed"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync could not connect, or reconnect after an interruption, to one "
                       "of the servers. Check that both servers are reachable from this "
                       "computer (name, port, firewall, VPN), then retry.")},
    {12, "EXIT_TLS_FAILURE", ExitCategory::ConnectionProblem,
     QT_TRANSLATE_NOOP("Imapsync", "STARTTLS failed"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "The STARTTLS negotiation with a server failed. Check the security mode "
                       "of the host (SSL on port 993, STARTTLS on 143, or none) and that the "
                       "server supports it.")},
    {16, "EXIT_AUTHENTICATION_FAILURE", ExitCategory::CredentialsProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Authentication failed"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "A server refused the authentication method: pre-authentication, an "
                       "XOAUTH2 token, or an administrator (master user) login. Check the "
                       "authentication options, the token or the administrator account.")},
    {21, "EXIT_SUBFOLDER1_NO_EXISTS", ExitCategory::ConfigurationProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Source subfolder missing"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "The folder given with --subfolder1 does not exist on the source server. "
                       "Check its exact name (case and hierarchy separator) in the extra "
                       "arguments of the batch.")},
    {64, "EX_USAGE", ExitCategory::ConfigurationProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Command line refused"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync refused its command line and did nothing. Most likely an extra "
                       "argument of the batch is unknown to the installed imapsync, misspelt, "
                       "misses its value, or conflicts with another option; the first lines of "
                       "the log name it (\"Unknown option\", \"Found N extra arguments\").")},
    {66, "EX_NOINPUT", ExitCategory::LocalProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Password file missing"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync could not read the password file prepared for this job (it was "
                       "deleted or is not readable). Retry the job; if it happens again, check "
                       "the free space and permissions of the ImapDesk data folder.")},
    {69, "EX_UNAVAILABLE", ExitCategory::LocalProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Computer overloaded"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync refused to run because the computer was too loaded (normally "
                       "only in its web mode). Run fewer jobs at the same time and retry.")},
    {70, "EX_SOFTWARE", ExitCategory::InternalError,
     QT_TRANSLATE_NOOP("Imapsync", "imapsync internal error"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync hit an internal limitation, for example --uidexpunge2 without "
                       "support in its Mail::IMAPClient module. Update imapsync and its Perl "
                       "modules, or remove the option from the extra arguments.")},
    {101, "EXIT_CONNECTION_FAILURE_HOST1", ExitCategory::ConnectionProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Source server unreachable"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync could not connect to the source server: the name does not "
                       "resolve, nothing answers on that port, a firewall blocks it, or the TLS "
                       "handshake failed (security mode wrong for the port, or certificate "
                       "refused). Check the host, port and security mode of the source.")},
    {102, "EXIT_CONNECTION_FAILURE_HOST2", ExitCategory::ConnectionProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Destination server unreachable"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync could not connect to the destination server: the name does not "
                       "resolve, nothing answers on that port, a firewall blocks it, or the TLS "
                       "handshake failed (security mode wrong for the port, or certificate "
                       "refused). Check the host, port and security mode of the destination. "
                       "(imapsync's own hint wrongly says \"host1\" here.)")},
    {111, "EXIT_WITH_ERRORS", ExitCategory::TransferErrors,
     QT_TRANSLATE_NOOP("Imapsync", "Finished with errors"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync went through the mailbox but some operations failed; the end "
                       "of the log lists them (\"Err\" lines). Retry: imapsync only copies what "
                       "is still missing.")},
    {112, "EXIT_WITH_ERRORS_MAX", ExitCategory::TransferErrors,
     QT_TRANSLATE_NOOP("Imapsync", "Too many errors"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync stopped after too many errors (--errorsmax, 50 by default). "
                       "Look at the first errors in the log, fix their cause, then retry.")},
    {113, "EXIT_OVERQUOTA", ExitCategory::QuotaProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Destination mailbox full"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "The destination mailbox is over its quota: the server refused messages "
                       "(OVERQUOTA). Ask the destination administrator to raise the quota or "
                       "make room, then retry to copy the remaining messages.")},
    {114, "EXIT_ERR_APPEND", ExitCategory::TransferErrors,
     QT_TRANSLATE_NOOP("Imapsync", "Messages refused by destination"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "The destination server refused to store some messages (APPEND failed), "
                       "often because they are too big or malformed. The log names them; "
                       "consider --maxsize or ask the destination administrator, then retry.")},
    {115, "EXIT_ERR_FETCH", ExitCategory::TransferErrors,
     QT_TRANSLATE_NOOP("Imapsync", "Messages unreadable on source"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "Some messages could not be read from the source server (FETCH failed), "
                       "often damaged messages or a server timeout. Retry; if the same messages "
                       "fail again they are probably damaged on the source.")},
    {116, "EXIT_ERR_CREATE", ExitCategory::TransferErrors,
     QT_TRANSLATE_NOOP("Imapsync", "Folder creation failed"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "The destination server refused to create some folders (forbidden "
                       "characters, reserved name, hierarchy too deep). The log names them; "
                       "--automap, --regextrans2 or --exclude can map or skip them.")},
    {117, "EXIT_ERR_SELECT", ExitCategory::TransferErrors,
     QT_TRANSLATE_NOOP("Imapsync", "Folder could not be opened"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "Some folders could not be opened (SELECT failed), often special or "
                       "non-selectable folders, or missing rights. The log names them; exclude "
                       "them with --exclude or check the permissions, then retry.")},
    {118, "EXIT_TRANSFER_EXCEEDED", ExitCategory::Incomplete,
     QT_TRANSLATE_NOOP("Imapsync", "Transfer limit reached"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync stopped on purpose after transferring the amount set with "
                       "--exitwhenover (for provider daily limits). Run the job again later to "
                       "continue.")},
    {119, "EXIT_ERR_APPEND_VIRUS", ExitCategory::TransferErrors,
     QT_TRANSLATE_NOOP("Imapsync", "Messages refused as viruses"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "The destination refused some messages because its antivirus flagged "
                       "them; they were not copied. Agree with the mailbox owner whether that "
                       "is acceptable.")},
    {120, "EXIT_ERR_FLAGS", ExitCategory::TransferErrors,
     QT_TRANSLATE_NOOP("Imapsync", "Flags not set"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "Some message flags (read, answered, keywords) could not be set on the "
                       "destination; the messages themselves were copied. --filterbuggyflags or "
                       "--regexflag can drop the flags the server refuses.")},
    {161, "EXIT_AUTHENTICATION_FAILURE_USER1", ExitCategory::CredentialsProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Source login refused"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "The source server refused the login of user1: check the password, "
                       "whether IMAP is enabled for this mailbox, and whether the provider "
                       "requires an app password or OAuth2.")},
    {162, "EXIT_AUTHENTICATION_FAILURE_USER2", ExitCategory::CredentialsProblem,
     QT_TRANSLATE_NOOP("Imapsync", "Destination login refused"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "The destination server refused the login of user2: check the password, "
                       "whether the mailbox exists and IMAP is enabled for it, and whether the "
                       "provider requires an app password or OAuth2.")},
    {254, "EXIT_TESTS_FAILED", ExitCategory::InternalError,
     QT_TRANSLATE_NOOP("Imapsync", "Self-tests failed"),
     QT_TRANSLATE_NOOP("Imapsync",
                       "imapsync ran its self-tests (--tests) instead of a migration and some "
                       "failed. Remove the test options from the extra arguments.")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Imapsync", text);
}

ExitCodeInfo infoOf(const CatalogueEntry &entry)
{
    return {entry.code,
            QString::fromLatin1(entry.name),
            entry.category,
            translated(entry.title),
            translated(entry.explanation),
            true};
}

ExitCodeInfo undocumented(int code)
{
    ExitCodeInfo info;
    info.code = code;
    if (code == 255) { // a Perl die/croak without errno
        info.title = translated(QT_TRANSLATE_NOOP("Imapsync", "Perl error"));
        info.explanation = translated(QT_TRANSLATE_NOOP(
            "Imapsync", "imapsync stopped on an unexpected Perl error. The last lines of the log "
                        "show it, often a missing Perl module or an imapsync bug; update "
                        "imapsync and retry."));
        return info;
    }
    info.title = QCoreApplication::translate("Imapsync", "Unexpected exit code %1").arg(code);
    info.explanation =
        QCoreApplication::translate(
            "Imapsync", "imapsync ended with exit code %1, which it does not document (a "
                        "Perl error usually exits with a system error number). The last "
                        "lines of the log show what happened; retry the job.")
            .arg(code);
    return info;
}

QString signalName(int signal)
{
#ifdef Q_OS_UNIX
    static const QList<std::pair<int, const char *>> names = {
        {SIGHUP, "SIGHUP"},   {SIGINT, "SIGINT"},   {SIGQUIT, "SIGQUIT"}, {SIGABRT, "SIGABRT"},
        {SIGKILL, "SIGKILL"}, {SIGSEGV, "SIGSEGV"}, {SIGPIPE, "SIGPIPE"}, {SIGTERM, "SIGTERM"},
        {SIGBUS, "SIGBUS"},   {SIGUSR1, "SIGUSR1"}, {SIGUSR2, "SIGUSR2"}};
    for (const auto &[number, name] : names) {
        if (number == signal) {
            return QString::fromLatin1(name);
        }
    }
#endif
    return signal > 0 ? QCoreApplication::translate("Imapsync", "signal %1").arg(signal)
                      : QCoreApplication::translate("Imapsync", "a signal");
}

ExitVerdict verdictOf(const ExitCodeInfo &info, JobVerdictState state)
{
    ExitVerdict verdict;
    verdict.state = state;
    verdict.category = info.category;
    verdict.code = info.code;
    verdict.name = info.name;
    verdict.title = info.title;
    verdict.explanation = info.explanation;
    return verdict;
}

ExitVerdict cancelledVerdict(int code, int signal)
{
    ExitVerdict verdict;
    verdict.state = JobVerdictState::Cancelled;
    verdict.category = ExitCategory::Cancelled;
    verdict.code = code;
    verdict.signal = signal;
    verdict.name = code >= 0 ? describeExitCode(code).name : QString();
    verdict.title = translated(QT_TRANSLATE_NOOP("Imapsync", "Cancelled"));
    verdict.explanation = translated(QT_TRANSLATE_NOOP(
        "Imapsync", "Stopped on request before the end. Messages already copied stay on the "
                    "destination; retry the job to copy the rest (imapsync skips what is "
                    "already there)."));
    return verdict;
}

ExitVerdict killedVerdict(int signal)
{
    ExitVerdict verdict;
    verdict.category = ExitCategory::Killed;
    verdict.signal = signal;
    verdict.title = translated(QT_TRANSLATE_NOOP("Imapsync", "Killed"));
    verdict.explanation =
        QCoreApplication::translate(
            "Imapsync", "imapsync was killed by %1 that ImapDesk did not send: the computer may "
                        "have run out of memory (the system then sends SIGKILL), been shutting "
                        "down, or someone ended the process. Retry the job: imapsync continues "
                        "where it stopped.")
            .arg(signalName(signal));
    return verdict;
}

ExitVerdict signalledVerdict(const ExitCodeInfo &info)
{
    ExitVerdict verdict = verdictOf(info, JobVerdictState::Failed);
    verdict.category = ExitCategory::Killed; // a signal nobody in ImapDesk sent
    return verdict;
}

// Exit 7 is only ever caused by an abort file, so it is a cancel even when
// ImapDesk did not create it (someone ran "imapsync --abort" on this pid file).
ExitVerdict abortFileVerdict(bool stopRequested)
{
    if (stopRequested) {
        return cancelledVerdict(7, 0);
    }
    ExitVerdict verdict = verdictOf(describeExitCode(7), JobVerdictState::Cancelled);
    verdict.explanation = translated(QT_TRANSLATE_NOOP(
        "Imapsync", "imapsync stopped cleanly because it found its abort file, which ImapDesk "
                    "did not create (someone ran \"imapsync --abort\"?). Messages already "
                    "copied stay on the destination; retry the job to copy the rest."));
    return verdict;
}

ExitVerdict spamOnlyVerdict(const ExitCodeInfo &info, qsizetype errors)
{
    ExitVerdict verdict = verdictOf(info, JobVerdictState::Succeeded);
    verdict.spamOnly = true;
    verdict.title = translated(QT_TRANSLATE_NOOP("Imapsync", "Transfer OK, spam not synced"));
    verdict.explanation =
        QCoreApplication::translate(
            "Imapsync",
            "Everything was copied except some messages of the spam/junk folder (%n error(s), "
            "all there; imapsync ended with %1). Spam folders often hold malformed messages "
            "that servers refuse; usually nothing needs to be done.",
            nullptr, int(errors))
            .arg(info.name);
    return verdict;
}

bool allInSpamFolders(const QStringList &folders)
{
    return !folders.isEmpty() && std::all_of(folders.cbegin(), folders.cend(), isSpamFolder);
}

// IMAP modified UTF-7 (RFC 3501 §5.1.3): "Courrier ind&AOk-sirable".
QString decodeModifiedUtf7(const QString &name)
{
    QString decoded;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const qsizetype end =
            name.at(i) == QLatin1Char('&') ? name.indexOf(QLatin1Char('-'), i + 1) : -1;
        if (end < 0) {
            decoded += name.at(i);
            continue;
        }
        QByteArray base64 = name.mid(i + 1, end - i - 1).toLatin1();
        const QByteArray utf16 = QByteArray::fromBase64(base64.replace(',', '/'));
        for (qsizetype j = 0; j + 1 < utf16.size(); j += 2) {
            decoded += QChar(char16_t((uchar(utf16.at(j)) << 8) | uchar(utf16.at(j + 1))));
        }
        decoded += end == i + 1 ? QStringLiteral("&") : QString(); // "&-" is "&"
        i = end;
    }
    return decoded;
}

// Spam folder names of common servers and providers, in several languages.
const QSet<QString> &spamFolderNames()
{
    static const QSet<QString> names = [] {
        const char *const utf8[] = {"Junk",
                                    "Spam",
                                    "Junk E-mail",
                                    "Junk Email",
                                    "Junk-E-Mail",
                                    "Junk Mail",
                                    "Junk-Mail",
                                    "Bulk",
                                    "Bulk Mail",
                                    "SpamBox",
                                    "Courrier indésirable",
                                    "Pourriel",
                                    "Indésirables",
                                    "Spamverdacht",
                                    "Unerwünscht",
                                    "Posta indesiderata",
                                    "Correo no deseado",
                                    "Ongewenste e-mail",
                                    "Lixo Eletrônico",
                                    "Skräppost",
                                    "Uønsket e-post",
                                    "Uønsket post",
                                    "Roskaposti",
                                    "Wiadomości-śmieci",
                                    "Nevyžádaná pošta",
                                    "Спам",
                                    "Нежелательная почта"};
        QSet<QString> set;
        for (const char *name : utf8) {
            set.insert(QString::fromUtf8(name).toCaseFolded());
        }
        return set;
    }();
    return names;
}

} // namespace

QList<int> documentedExitCodes()
{
    QList<int> codes;
    for (const CatalogueEntry &entry : kCatalogue) {
        codes.append(entry.code);
    }
    return codes;
}

ExitCodeInfo describeExitCode(int code)
{
    for (const CatalogueEntry &entry : kCatalogue) {
        if (entry.code == code) {
            return infoOf(entry);
        }
    }
    return undocumented(code);
}

ExitVerdict judgeImapsyncExit(const ProcessEnd &end, bool stopRequested,
                              const QStringList &errorFolders)
{
    if (end.killedBySignal) {
        // On SIGTERM imapsync prints "Exiting with return value 6" and then dies by
        // the signal (interface doc §9): a cancel when ImapDesk sent it.
        return stopRequested ? cancelledVerdict(-1, end.signal) : killedVerdict(end.signal);
    }
    const int code = end.exitCode;
    if (code == 7) {
        return abortFileVerdict(stopRequested);
    }
    const ExitCodeInfo info = describeExitCode(code);
    if (code == 6) { // normally a death by signal; seen as an exit code in odd contexts
        return stopRequested ? cancelledVerdict(code, 0) : signalledVerdict(info);
    }
    if (code == 0) {
        return verdictOf(info, JobVerdictState::Succeeded);
    }
    if (info.category == ExitCategory::TransferErrors && allInSpamFolders(errorFolders)) {
        return spamOnlyVerdict(info, errorFolders.size());
    }
    return verdictOf(info, JobVerdictState::Failed);
}

bool isSpamFolder(const QString &folder)
{
    static const QRegularExpression separators(QStringLiteral("[/.\\\\]"));
    const QString decoded = decodeModifiedUtf7(folder);
    QStringList parts = decoded.split(separators);
    parts.append(decoded); // names that contain a separator character themselves
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return spamFolderNames().contains(part.trimmed().toCaseFolded());
    });
}

} // namespace imapdesk
