// Which imapsync output lines the log view highlights as errors: lines taken
// from the real captures in tests/fixtures/imapsync-logs.

#include "logs/logerrorlines.h"

#include <QDir>
#include <QFile>
#include <QTest>

using imapdesk::isImapsyncErrorLine;

namespace {

const QString Captures = QStringLiteral(IMAPDESK_TEST_FIXTURES "/imapsync-logs");

QStringList captureLines(const QString &name)
{
    QFile file(QDir(Captures).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

int errorLineCount(const QStringList &lines)
{
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [](const QString &line) { return isImapsyncErrorLine(line); }));
}

} // namespace

class TestLogErrorLines final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void captures_data();
    void captures();
};

void TestLogErrorLines::classify_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("error");

    const auto row = [](const char *name, const char *line, bool error) {
        QTest::newRow(name) << QString::fromUtf8(line) << error;
    };
    // 03-wrong-password-host1
    row("host1 failure",
        "Host1 failure: Error login on [127.0.0.1] with user [alice] auth [LOGIN]: 4 NO "
        "[AUTHENTICATIONFAILED] Authentication failed.",
        true);
    row("failed login", "Host1: failed login on [127.0.0.1] with user [alice] auth [LOGIN]", true);
    row("err listing",
        "Err 1/1: Host1 failure: Error login on [127.0.0.1] with user [alice] auth [LOGIN]: 4 NO "
        "[AUTHENTICATIONFAILED] Authentication failed.",
        true);
    row("most frequent error",
        "The most frequent error is ERR_AUTHENTICATION_FAILURE_USER1. Check the credentials for "
        "alice.",
        true);
    row("exit 161",
        "Exiting with return value 161 (EXIT_AUTHENTICATION_FAILURE_USER1) 1/50 "
        "nb_errors/max_errors PID 28413",
        true);
    row("listing header",
        "++++ Listing 1 errors encountered during the sync ( avoid this listing with "
        "--noerrorsdump ).",
        false);
    row("host2 success login",
        "Host2: success login on [127.0.0.1] with user [alice] auth [LOGIN] or [LOGIN]", false);
    // 05b-connection-refused-host2, 09b-ssl-verify-selfsigned
    row("host2 failure",
        "Host2 failure: can not open imap connection on host2 [127.0.0.1] with user [alice]: "
        "Unable to connect to 127.0.0.1:  Connection refused",
        true);
    row("err 2/2",
        "Err 2/2: Host2 failure: can not open imap connection on host2 [127.0.0.1] with user "
        "[alice]: Unable to connect to 127.0.0.1: SSL connect attempt failed "
        "error:0A000086:SSL routines::certificate verify failed ",
        true);
    row("fatal ssl error",
        "DEBUG: .../IO/Socket/SSL.pm:853: fatal SSL error: SSL connect attempt failed "
        "error:0A000086:SSL routines::certificate verify failed",
        true);
    row("exit 102",
        "Exiting with return value 102 (EXIT_CONNECTION_FAILURE_HOST2) 1/50 nb_errors/max_errors "
        "PID 28448",
        true);
    // 12c-passfile-missing
    row("failure",
        "Failure: file from parameter --passfile1 does-not-exist.txt does not exist or is not "
        "readable",
        true);
    row("exit 66",
        "Exiting with return value 66 (EX_NOINPUT: cannot open input) 1/50 nb_errors/max_errors "
        "PID 28745",
        true);
    // 16a-unknown-option
    row("unknown option", "Unknown option: hots1", true);
    row("extra arguments", "Found 1 extra arguments : [127.0.0.1]", false);
    // 17-overquota
    row("could not append",
        "- msg Sent/9 {1154} could not append ( Subject:[Review contract migration agenda draft "
        "update], Date:[\"01-Mar-2022 05:32:31 +0000\"], Size:[1154], Flags:[\\Seen] ) to folder "
        "Sent: Error sending '74 APPEND Sent (\\Seen) \"01-Mar-2022 05:32:31 +0000\" {1154}': 74 "
        "NO [OVERQUOTA] Quota exceeded (mailbox for user is full) (0.001 + 0.000 secs).",
        true);
    row("err 16/16",
        "Err 16/16: - msg Sent/10 {1475} could not append ( Subject:[=?UTF-8?B?Q2Fmw6kgZm9sZGVy"
        "IGNvbnRyYWN0IG5hw692ZSBtYWlsYm94IGludm9pY2U=?=], Date:[\"30-Dec-2024 12:58:19 +0000\"], "
        "Size:[1475], Flags:[\\Seen] ) to folder Sent: Error sending '75 APPEND Sent (\\Seen) "
        "\"30-Dec-2024 12:58:19 +0000\" {1475}': 75 NO [OVERQUOTA] Quota exceeded (mailbox for "
        "user is full) (0.001 + 0.000 secs).",
        true);
    row("detected 16 errors", "Detected 16 errors", true);
    row("exit 113",
        "Exiting with return value 113 (EXIT_OVERQUOTA) 16/50 nb_errors/max_errors PID 29021",
        true);
    row("quota line",
        "Host2: Quota current storage is 0 bytes. Limit is 65536 bytes. So 0.00 % full", false);
    row("sync not finished",
        "The sync is not finished, there are 16 among 50 identified messages in host1 that are "
        "not on host2.",
        false);
    // 10a-sigterm
    row("exit by signal",
        "Exiting with return value 6 (EXIT_BY_SIGNAL) 1/50 nb_errors/max_errors PID 28563", true);
    row("got a signal", "Got a signal TERM (my PID is 28563 my PPID is 28344). Asked to terminate",
        false);
    // 01-full-sync
    row("detected 0 errors", "Detected 0 errors", false);
    row("exit 0",
        "Exiting with return value 0 (EX_OK: successful termination) 0/50 nb_errors/max_errors "
        "PID 28390",
        false);
    row("copied",
        "msg INBOX/9 {2238}                   copied to INBOX/9                 41.63 msgs/s  "
        "85.402 KiB/s 17.869 KiB copied ETA: Sunday 29 November 2026-11-29 23:55:27 +0000 UTC  "
        "8 s  334/343 msgs left",
        false);
    row("resync info",
        "Info: will resync flags for already transferred messages. Use --noresyncflags to not "
        "resync flags.",
        false);
    row("no quota", "Read: \t7 OK No quota (0.001 + 0.000 secs).", false);
    row("folder warning",
        "Host1: warning! ignoring folder NoSuchFolder because it is not in host1 whole folders "
        "list.",
        false);
    row("errorsmax option",
        "/usr/bin/imapsync --host1 127.0.0.1 --user1 alice --errorsmax 50 --noerrorsdump", false);
    row("empty", "", false);
    // Shapes the rules must not over-read.
    row("err without numbers", "Err here: something", false);
    row("lowercase error word", "something went wrong: error while reading", true);
    row("errors only in plural", "3 errors so far", false);
}

void TestLogErrorLines::classify()
{
    QFETCH(QString, line);
    QFETCH(bool, error);
    QCOMPARE(isImapsyncErrorLine(line), error);
}

// Whole captures: how many lines each one highlights.
void TestLogErrorLines::captures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("errorLines");

    QTest::newRow("full sync") << QStringLiteral("01-full-sync.log") << 0;
    QTest::newRow("incremental") << QStringLiteral("02-incremental.log") << 0;
    QTest::newRow("big full sync") << QStringLiteral("15-big-full-sync.log") << 0;
    QTest::newRow("sigint once") << QStringLiteral("10b-sigint-once.log") << 0;
    // Host1 failure, failed login, Err 1/1, most frequent, Exiting 161.
    QTest::newRow("wrong password") << QStringLiteral("03-wrong-password-host1.log") << 5;
    // 16 "- msg" lines, 16 "Err" lines, Detected 16, most frequent, Exiting 113.
    QTest::newRow("overquota") << QStringLiteral("17-overquota.log") << 35;
    QTest::newRow("sigterm") << QStringLiteral("10a-sigterm.log") << 1;
}

void TestLogErrorLines::captures()
{
    QFETCH(QString, file);
    QFETCH(int, errorLines);
    const QStringList lines = captureLines(file);
    QVERIFY2(!lines.isEmpty(), qPrintable(file));
    QCOMPARE(errorLineCount(lines), errorLines);
}

QTEST_GUILESS_MAIN(TestLogErrorLines)
#include "tst_logerrorlines.moc"
