#include "imapsync/exitcodes.h"
#include "imapsync/imapsynclogparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <random>

using namespace imapdesk;

namespace {

// Expected values, read from the captures with grep and a one-off script using
// the regular expressions of imapsync-interface.md §7 (not with this parser).
// Final counts come from the "++++ Statistics" block when there is one, else
// from the progress lines; errors: imapsync's last word (Exiting line's
// nb_errors, else "Detected", else the listing), else the error lines seen.
struct Capture
{
    const char *name;
    qint64 copied;
    qint64 bytes;
    int exitCode; // -1: no "Exiting with return value" line
    const char *exitName;
    int errors;
    int folderIndex;
    int folderCount;
    qint64 wouldCopy; // --dry
    qint64 skipped;   // -1: no statistics block
    qint64 total;     // messages: Host1 Nb messages / ETA lines
    qint64 bytesTotal;
    qint64 left;
    qint64 eta;
    const char *version;
    qint64 pid;
    int lastErrors;
    int errorFolders;
};

const Capture kCaptures[] = {
    // name, copied, bytes, exit, name, errors, folder i/N, would copy, skipped,
    // total msgs, total bytes, left, eta s, version, pid, last errors, error folders
    {"01-full-sync", 343, 12351971, 0, "EX_OK", 0, 10, 10, 0, 0, 343, 12351971, 0, 0, "2.229",
     28385, 0, 0},
    {"02-incremental", 0, 0, 0, "EX_OK", 0, 10, 10, 0, 343, 343, 12351971, 0, 0, "2.229", 28399, 0,
     0},
    {"03-wrong-password-host1", 0, 0, 161, "EXIT_AUTHENTICATION_FAILURE_USER1", 1, 0, 0, 0, -1, -1,
     -1, -1, -1, "2.229", 28413, 1, 1},
    {"04-wrong-password-host2", 0, 0, 162, "EXIT_AUTHENTICATION_FAILURE_USER2", 1, 0, 0, 0, -1, -1,
     -1, -1, -1, "2.229", 28425, 1, 1},
    {"05a-connection-refused-host1", 0, 0, 101, "EXIT_CONNECTION_FAILURE_HOST1", 1, 0, 0, 0, -1, -1,
     -1, -1, -1, "2.229", 28437, 1, 1},
    {"05b-connection-refused-host2", 0, 0, 102, "EXIT_CONNECTION_FAILURE_HOST2", 1, 0, 0, 0, -1, -1,
     -1, -1, -1, "2.229", 28448, 1, 1},
    {"06-dry-run", 0, 0, 0, "EX_OK", 0, 10, 10, 343, 0, 343, 12351971, 192, 0, "2.229", 28459, 0,
     0},
    {"07-justlogin", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28473, 0, 0},
    {"08-justfolders", 0, 0, 0, "EX_OK", 0, 10, 10, 0, 0, -1, -1, -1, -1, "2.229", 28486, 0, 0},
    {"09a-ssl-both", 343, 12351971, 0, "EX_OK", 0, 10, 10, 0, 0, 343, 12351971, 0, 0, "2.229",
     28500, 0, 0},
    {"09b-ssl-verify-selfsigned", 0, 0, 101, "EXIT_CONNECTION_FAILURE_HOST1", 2, 0, 0, 0, -1, -1,
     -1, -1, -1, "2.229", 28514, 2, 2},
    {"09c-tls-both", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28525, 0, 0},
    {"09d-no-encryption", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28538, 0, 0},
    {"09e-ssl-to-plain-port", 0, 0, 101, "EXIT_CONNECTION_FAILURE_HOST1", 1, 0, 0, 0, -1, -1, -1,
     -1, -1, "2.229", 28551, 1, 1},
    {"10a-sigterm", 300, 101959382, 6, "EXIT_BY_SIGNAL", 1, 3, 3, 0, 0, 1525, 104587031, 1225, 15,
     "2.229", 28563, 1, 1},
    {"10b-sigint-once", 1525, 104587031, 0, "EX_OK", 0, 3, 3, 0, 0, 1525, 104587031, 0, 0, "2.229",
     28577, 0, 0},
    {"10c-sigint-twice", 403, 102196423, 6, "EXIT_BY_SIGNAL", 1, 3, 3, 0, 0, 1525, 104587031, 1122,
     10, "2.229", 28595, 1, 1},
    {"10d-sighup", 1525, 104587031, 0, "EX_OK", 0, 3, 3, 0, 0, 1525, 104587031, 0, 0, "2.229",
     28613, 0, 0},
    {"10e-sigquit", 300, 101959382, 6, "EXIT_BY_SIGNAL", 1, 3, 3, 0, 0, 1525, 104587031, 1225, 17,
     "2.229", 28627, 1, 1},
    {"10f-sigkill", 300, 101959382, -1, "", 0, 3, 3, 0, -1, 1525, 104587031, 1225, 20, "2.229",
     28641, 0, 0},
    {"10g-sigint-docker-context", 300, 101959382, 6, "EXIT_BY_SIGNAL", 1, 3, 3, 0, 0, 1525,
     104587031, 1225, 16, "2.229", 28654, 1, 1},
    {"10h-sigterm-at-startup", 0, 0, -1, "", 0, 0, 0, 0, -1, -1, -1, -1, -1, "", 0, 0, 0},
    {"10i-sigterm-during-sizing", 0, 0, 6, "EXIT_BY_SIGNAL", 1, 0, 0, 0, -1, -1, -1, -1, -1,
     "2.229", 28670, 1, 1},
    {"10j-abort-by-file", 300, 101959382, 7, "EXIT_BY_FILE", 0, 3, 3, 0, 0, 1525, 104587031, 1225,
     17, "2.229", 29494, 0, 0},
    {"10k-resume-after-abort", 1225, 2627649, 0, "EX_OK", 0, 3, 3, 0, 300, 1525, 104587031, 0, 0,
     "2.229", 29508, 0, 0},
    {"11-unresolvable-host", 0, 0, 101, "EXIT_CONNECTION_FAILURE_HOST1", 1, 0, 0, 0, -1, -1, -1, -1,
     -1, "2.229", 28697, 1, 1},
    {"11b-unresolvable-host2", 0, 0, 102, "EXIT_CONNECTION_FAILURE_HOST2", 1, 0, 0, 0, -1, -1, -1,
     -1, -1, "2.229", 28708, 1, 1},
    {"12a-passfile", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28719, 0, 0},
    {"12b-env-passwords", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28732, 0, 0},
    {"12c-passfile-missing", 0, 0, 66, "EX_NOINPUT", 1, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28745,
     1, 1},
    {"12d-no-password-no-tty", 0, 0, 161, "EXIT_AUTHENTICATION_FAILURE_USER1", 1, 0, 0, 0, -1, -1,
     -1, -1, -1, "2.229", 28754, 1, 1},
    {"12e-passfile-overrides-env", 0, 0, 161, "EXIT_AUTHENTICATION_FAILURE_USER1", 1, 0, 0, 0, -1,
     -1, -1, -1, -1, "2.229", 28766, 1, 1},
    {"12f-password-overrides-env", 0, 0, 161, "EXIT_AUTHENTICATION_FAILURE_USER1", 1, 0, 0, 0, -1,
     -1, -1, -1, -1, "2.229", 28778, 1, 1},
    {"12g-passfile-overrides-password", 0, 0, 161, "EXIT_AUTHENTICATION_FAILURE_USER1", 1, 0, 0, 0,
     -1, -1, -1, -1, -1, "2.229", 28790, 1, 1},
    {"12h-no-password-stdin-open", 0, 0, 6, "EXIT_BY_SIGNAL", 1, 0, 0, 0, -1, -1, -1, -1, -1,
     "2.229", 28802, 1, 1},
    {"12i-password-via-stdin", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28811, 0,
     0},
    {"12j-both-passwords-via-stdin", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229",
     28824, 0, 0},
    {"13a-logfile", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28837, 0, 0},
    {"13b-logdir", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28850, 0, 0},
    {"13c-logdir-and-logfile", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28863, 0,
     0},
    {"13d-nolog", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28915, 0, 0},
    {"13e-default-docker-context", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28928,
     0, 0},
    {"13f-logfile-absolute", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28876, 0,
     0},
    {"13g-logdir-empty-logfile-absolute", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229",
     28889, 0, 0},
    {"13h-logdir-absolute", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28902, 0, 0},
    {"14a-password-spaces-quotes", 28, 57036, 0, "EX_OK", 0, 2, 2, 0, 0, 28, 57036, 0, 0, "2.229",
     28941, 0, 0},
    {"14b-password-spaces-quotes-passfile", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1,
     "2.229", 28955, 0, 0},
    {"15-big-full-sync", 1525, 104587031, 0, "EX_OK", 0, 3, 3, 0, 0, 1525, 104587031, 0, 0, "2.229",
     28968, 0, 0},
    {"16a-unknown-option", 0, 0, -1, "", 1, 0, 0, 0, -1, -1, -1, -1, -1, "", 0, 1, 1},
    {"16b-missing-host1", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28988, 0, 0},
    {"16c-no-args", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 28997, 0, 0},
    {"16d-version", 0, 0, -1, "", 0, 0, 0, 0, -1, -1, -1, -1, -1, "", 0, 0, 0},
    {"16e-missing-user1", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 29011, 0, 0},
    {"17-overquota", 34, 66431, 113, "EXIT_OVERQUOTA", 16, 2, 2, 0, 0, 50, 99000, 0, 0, "2.229",
     29021, 5, 16},
    {"18a-folder-missing", 0, 0, 0, "EX_OK", 0, 0, 0, 0, 0, 0, 0, 0, 0, "2.229", 29035, 0, 0},
    {"18b-automap-exclude-include", 313, 12297483, 0, "EX_OK", 0, 5, 5, 0, 0, 313, 12297483, 0, 0,
     "2.229", 29049, 0, 0},
    {"18c-subfolder2", 0, 0, 0, "EX_OK", 0, 10, 10, 0, 0, -1, -1, -1, -1, "2.229", 29063, 0, 0},
    {"18d-maxbytespersecond", 343, 12351971, 0, "EX_OK", 0, 10, 10, 0, 0, 343, 12351971, 0, 0,
     "2.229", 29077, 0, 0},
    {"18e-delete2", 0, 0, 0, "EX_OK", 0, 10, 10, 0, 343, 343, 12351971, 0, 0, "2.229", 29093, 0, 0},
    {"18f-justfoldersizes", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, 343, 12351971, -1, -1, "2.229", 29107,
     0, 0},
    {"18g-german-locale", 28, 57036, 0, "EX_OK", 0, 2, 2, 0, 0, 28, 57036, 0, 0, "2.229", 29121, 0,
     0},
    {"18h-nofoldersizes", 28, 57036, 0, "EX_OK", 0, 2, 2, 0, 0, -1, -1, -1, -1, "2.229", 29135, 0,
     0},
    {"19a-pidfilelocking-conflict", 0, 0, 8, "EXIT_PID_FILE_ERROR", 0, 0, 0, 0, -1, -1, -1, -1, -1,
     "2.229", 29149, 1, 0},
    {"19b-pidfile-exists-no-locking", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229",
     29158, 0, 0},
    {"19c-custom-pidfile", 0, 0, 0, "EX_OK", 0, 0, 0, 0, -1, -1, -1, -1, -1, "2.229", 29171, 0, 0},
};

QByteArray capture(const QString &name)
{
    QFile file(QStringLiteral(IMAPDESK_TEST_FIXTURES "/imapsync-logs/") + name +
               QStringLiteral(".log"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read capture %s", qPrintable(file.fileName()));
    return file.readAll();
}

JobStats parseWhole(const QByteArray &bytes)
{
    ImapsyncLogParser parser;
    parser.feed(bytes);
    parser.finish();
    return parser.stats();
}

// Feeds bytes in random pieces of 1..maxChunk bytes.
JobStats parseChunked(const QByteArray &bytes, int maxChunk, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> length(1, maxChunk);
    ImapsyncLogParser parser;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype piece = std::min<qsizetype>(length(random), bytes.size() - at);
        parser.feed(bytes.constData() + at, piece);
        at += piece;
    }
    parser.finish();
    return parser.stats();
}

// The output up to (not including) the first line that starts with marker.
QByteArray before(const QByteArray &bytes, const QByteArray &marker)
{
    const qsizetype at = bytes.indexOf(QByteArray('\n' + marker));
    return at < 0 ? bytes : bytes.left(at + 1);
}

JobStats parsePrefix(const QString &name, const QByteArray &marker)
{
    return parseWhole(before(capture(name), marker));
}

void compareStats(const JobStats &actual, const JobStats &expected)
{
    QCOMPARE(actual.currentFolder, expected.currentFolder);
    QCOMPARE(actual.folderIndex, expected.folderIndex);
    QCOMPARE(actual.folderCount, expected.folderCount);
    QCOMPARE(actual.messagesCopied, expected.messagesCopied);
    QCOMPARE(actual.messagesSkipped, expected.messagesSkipped);
    QCOMPARE(actual.messagesTotal, expected.messagesTotal);
    QCOMPARE(actual.messagesLeft, expected.messagesLeft);
    QCOMPARE(actual.messagesWouldCopy, expected.messagesWouldCopy);
    QCOMPARE(actual.bytesCopied, expected.bytesCopied);
    QCOMPARE(actual.bytesTotal, expected.bytesTotal);
    QCOMPARE(actual.messagesPerSecond, expected.messagesPerSecond);
    QCOMPARE(actual.bytesPerSecond, expected.bytesPerSecond);
    QCOMPARE(actual.etaSeconds, expected.etaSeconds);
    QCOMPARE(actual.errorCount, expected.errorCount);
    QCOMPARE(actual.lastErrors, expected.lastErrors);
    QCOMPARE(actual.errorFolders, expected.errorFolders);
    QCOMPARE(actual.sawExitLine, expected.sawExitLine);
    QCOMPARE(actual.printedExitCode, expected.printedExitCode);
    QCOMPARE(actual.printedExitName, expected.printedExitName);
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.imapsyncVersion, expected.imapsyncVersion);
    QCOMPARE(actual.imapsyncPid, expected.imapsyncPid);
}

const QByteArray kCopiedTail =
    "   12.50 msgs/s  1.500 MiB/s 3.000 MiB copied ETA: Sunday 29 November "
    "2026-11-29 23:55:24 +0000 UTC  7 s  ";

} // namespace

class TestImapsyncLogParser final : public QObject
{
    Q_OBJECT

private slots:
    void everyCaptureHasExpectations();
    void captures_data();
    void captures();
    void chunked_data();
    void chunked();
    void crlfEchoLines();
    void carriageReturnProgress();
    void noTrailingNewline();
    void utf8CharacterSplitAcrossChunks();
    void copiedLineFigures();
    void germanLocale();
    void noEtaWithoutFolderSizes();
    void dryRun();
    void overquota();
    void appendErrorsOnlyInSpamFolders();
    void loginFailures_data();
    void loginFailures();
    void connectionFailures_data();
    void connectionFailures();
    void sigtermSequence();
    void abortByFile();
    void statisticsBlock();
    void folderErrorsFromOtherRuns();
    void changedFlag();
    void absurdlyLongLineIsCapped();
    void mangledLinesAreHarmless();
};

void TestImapsyncLogParser::everyCaptureHasExpectations()
{
    const QDir dir(QStringLiteral(IMAPDESK_TEST_FIXTURES "/imapsync-logs"));
    QStringList captured = dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    for (QString &name : captured)
        name.chop(4);
    QStringList expected;
    for (const Capture &row : kCaptures)
        expected << QString::fromLatin1(row.name);
    QCOMPARE(expected, captured);
    QCOMPARE(captured.size(), 65);
}

void TestImapsyncLogParser::captures_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(std::size(kCaptures)); ++i)
        QTest::newRow(kCaptures[i].name) << i;
}

void TestImapsyncLogParser::captures()
{
    QFETCH(int, row);
    const Capture &expected = kCaptures[row];
    const JobStats stats = parseWhole(capture(QString::fromLatin1(expected.name)));
    QCOMPARE(stats.messagesCopied, expected.copied);
    QCOMPARE(stats.bytesCopied, expected.bytes);
    QCOMPARE(stats.sawExitLine, expected.exitCode >= 0);
    QCOMPARE(stats.printedExitCode, expected.exitCode);
    QCOMPARE(stats.printedExitName, QString::fromLatin1(expected.exitName));
    QCOMPARE(stats.errorCount, expected.errors);
    QCOMPARE(stats.folderIndex, expected.folderIndex);
    QCOMPARE(stats.folderCount, expected.folderCount);
    QCOMPARE(stats.messagesWouldCopy, expected.wouldCopy);
    QCOMPARE(stats.messagesSkipped, expected.skipped);
    QCOMPARE(stats.messagesTotal, expected.total);
    QCOMPARE(stats.bytesTotal, expected.bytesTotal);
    QCOMPARE(stats.messagesLeft, expected.left);
    QCOMPARE(stats.etaSeconds, expected.eta);
    QCOMPARE(stats.imapsyncVersion, QString::fromLatin1(expected.version));
    QCOMPARE(stats.imapsyncPid, expected.pid);
    QCOMPARE(stats.lastErrors.size(), expected.lastErrors);
    QCOMPARE(stats.errorFolders.size(), expected.errorFolders);
    QCOMPARE(stats.summary.isEmpty(), expected.skipped < 0);
}

void TestImapsyncLogParser::chunked_data()
{
    captures_data();
}

void TestImapsyncLogParser::chunked()
{
    QFETCH(int, row);
    const QByteArray bytes = capture(QString::fromLatin1(kCaptures[row].name));
    const JobStats whole = parseWhole(bytes);
    for (const int maxChunk : {1, 7, 100, 4096, 65536}) {
        compareStats(parseChunked(bytes, maxChunk, unsigned(row * 31 + maxChunk)), whole);
        if (QTest::currentTestFailed()) {
            qWarning("differs when fed in pieces of 1..%d bytes", maxChunk);
            return;
        }
    }
}

void TestImapsyncLogParser::crlfEchoLines()
{
    const QByteArray bytes = capture(QStringLiteral("01-full-sync"));
    ImapsyncLogParser whole;
    whole.feed(bytes);
    QCOMPARE(whole.lineCount(), qint64(bytes.count('\n'))); // CRLF is one line end

    ImapsyncLogParser parser; // CR at the end of one chunk, its LF in the next
    parser.feed(QByteArray("Host1 banner: * OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n"
                           "PID is 42 my PPID is 1\r"));
    parser.feed(QByteArray("\nExiting with return value 0 (EX_OK: successful termination) "
                           "0/50 nb_errors/max_errors PID 42\r\n"));
    QCOMPARE(parser.lineCount(), 3);
    QCOMPARE(parser.stats().imapsyncPid, 42);
    QCOMPARE(parser.stats().printedExitName, QStringLiteral("EX_OK"));
    QCOMPARE(parser.stats().errorCount, 0);
}

void TestImapsyncLogParser::carriageReturnProgress()
{
    ImapsyncLogParser parser;
    parser.feed("msg INBOX/1 {100}   copied to INBOX/1" + kCopiedTail + "2/3 msgs left\r" +
                "msg INBOX/2 {200}   copied to INBOX/2" + kCopiedTail + "1/3 msgs left\r" +
                "msg INBOX/3 {300}   copied to INBOX/3" + kCopiedTail + "0/3 msgs left");
    QCOMPARE(parser.stats().messagesCopied, 2);
    QCOMPARE(parser.stats().messagesLeft, 1);
    parser.finish();
    const JobStats &stats = parser.stats();
    QCOMPARE(parser.lineCount(), 3);
    QCOMPARE(stats.messagesCopied, 3);
    QCOMPARE(stats.bytesCopied, 600);
    QCOMPARE(stats.messagesLeft, 0);
    QCOMPARE(stats.messagesTotal, 3);
    QCOMPARE(stats.etaSeconds, 7);
}

void TestImapsyncLogParser::noTrailingNewline()
{
    ImapsyncLogParser parser;
    parser.feed(QByteArray("PID is 7 my PPID is 1\nExiting with return value 113 "
                           "(EXIT_OVERQUOTA) 16/50 nb_errors/max_errors PID 7"));
    QVERIFY(!parser.stats().sawExitLine);
    parser.finish();
    parser.finish(); // nothing left: no second line
    QCOMPARE(parser.lineCount(), 2);
    QVERIFY(parser.stats().sawExitLine);
    QCOMPARE(parser.stats().printedExitCode, 113);
    QCOMPARE(parser.stats().printedExitName, QStringLiteral("EXIT_OVERQUOTA"));
    QCOMPARE(parser.stats().errorCount, 16);
}

void TestImapsyncLogParser::utf8CharacterSplitAcrossChunks()
{
    const QByteArray lines = "Folder    5/10 [Entw&APw-rfe] = [Entw\xC3\xBCrfe]         -> "
                             "[Entw&APw-rfe] = [Entw\xC3\xBCrfe]        \n"
                             "- msg Entw&APw-rfe/1 {10} could not append ( Subject:[Caf\xC3\xA9] ) "
                             "to folder Entw&APw-rfe: NO [OVERQUOTA]\n";
    for (qsizetype cut = lines.indexOf('\xC3') + 1; cut > 0; cut = lines.indexOf('\xC3', cut) + 1) {
        ImapsyncLogParser parser;
        parser.feed(lines.left(cut));
        parser.feed(lines.mid(cut));
        QCOMPARE(parser.stats().currentFolder, QStringLiteral("Entw\u00fcrfe"));
        QVERIFY(parser.stats().lastErrors.value(0).contains(QStringLiteral("Caf\u00e9")));
        QCOMPARE(parser.stats().errorFolders, QStringList{QStringLiteral("Entw&APw-rfe")});
    }
}

void TestImapsyncLogParser::copiedLineFigures()
{
    ImapsyncLogParser parser;
    // A folder whose name holds " {", "copied to" and digits.
    parser.feed("msg Odd {7} copied to/5 {1234}   copied to Odd/5" + kCopiedTail +
                "10/20 msgs left\n");
    QCOMPARE(parser.stats().messagesCopied, 1);
    QCOMPARE(parser.stats().bytesCopied, 1234);
    QCOMPARE(parser.stats().messagesPerSecond, 12.5);
    QCOMPARE(parser.stats().bytesPerSecond, 1.5 * 1024 * 1024);
    QCOMPARE(parser.stats().messagesLeft, 10);
    QCOMPARE(parser.stats().messagesTotal, 20);
    parser.feed(QByteArray("msg INBOX/9 {5000000000}  copied to INBOX/9   0.25 msgs/s  "
                           "2.000 GiB/s 4.657 GiB copied \n"));
    QCOMPARE(parser.stats().messagesCopied, 2);
    QCOMPARE(parser.stats().bytesCopied, 5000001234);
    QCOMPARE(parser.stats().messagesPerSecond, 0.25);
    QCOMPARE(parser.stats().bytesPerSecond, 2.0 * 1024 * 1024 * 1024);
    QCOMPARE(parser.stats().messagesLeft, 10); // no ETA on that line
    parser.feed(QByteArray("msg INBOX/10 {12} flags changed\nmsgs INBOX/1 {1} copied to x\n"));
    QCOMPARE(parser.stats().messagesCopied, 2);
}

void TestImapsyncLogParser::germanLocale()
{
    const JobStats running =
        parsePrefix(QStringLiteral("18g-german-locale"), "msg Entw&APw-rfe/3 ");
    QCOMPARE(running.messagesCopied, 2);
    QCOMPARE(running.messagesLeft, 26);
    QCOMPARE(running.messagesTotal, 28);
    QCOMPARE(running.etaSeconds, 1);
    QCOMPARE(running.messagesPerSecond, 52.04);
    QCOMPARE(running.bytesPerSecond, 90.340 * 1024);
    QCOMPARE(running.currentFolder, QStringLiteral("Entw\u00fcrfe"));
    const JobStats stats = parseWhole(capture(QStringLiteral("18g-german-locale")));
    QVERIFY(stats.summary.value(QStringLiteral("Transfer started on"))
                .startsWith(QStringLiteral("Sonntag 29 November 2026-11-29")));
    QCOMPARE(stats.messagesCopied, 28);
    QCOMPARE(stats.messagesLeft, 0);
}

void TestImapsyncLogParser::noEtaWithoutFolderSizes()
{
    const JobStats running = parsePrefix(QStringLiteral("18h-nofoldersizes"), "++++ End looping");
    QCOMPARE(running.messagesCopied, 28);
    QCOMPARE(running.messagesPerSecond, 161.90);
    QCOMPARE(running.bytesPerSecond, 322.063 * 1024);
    QCOMPARE(running.messagesTotal, -1);
    QCOMPARE(running.messagesLeft, -1);
    QCOMPARE(running.etaSeconds, -1);
    const JobStats stats = parseWhole(capture(QStringLiteral("18h-nofoldersizes")));
    QCOMPARE(stats.messagesPerSecond, 52.5); // the final average replaces the running one
    QCOMPARE(stats.bytesPerSecond, 104.4 * 1024);
    QCOMPARE(stats.bytesTotal, -1);
}

void TestImapsyncLogParser::dryRun()
{
    const JobStats running = parsePrefix(QStringLiteral("06-dry-run"), "++++ Statistics");
    QCOMPARE(running.messagesWouldCopy, 151); // only INBOX exists on host2
    QCOMPARE(running.messagesCopied, 0);
    QCOMPARE(running.bytesCopied, 0);
    QCOMPARE(running.messagesLeft, 192); // the folders not on host2 are never examined
    const JobStats stats = parseWhole(capture(QStringLiteral("06-dry-run")));
    QCOMPARE(stats.messagesWouldCopy, 343);
    QCOMPARE(stats.messagesCopied, 0);
    QCOMPARE(stats.summary.value(QStringLiteral("Messages transferred")),
             QStringLiteral("0 (could be 343 without dry mode)"));
}

void TestImapsyncLogParser::overquota()
{
    QStringList folders;
    for (int i = 0; i < 16; ++i)
        folders << (i < 6 ? QStringLiteral("INBOX") : QStringLiteral("Sent"));
    const JobStats running = parsePrefix(QStringLiteral("17-overquota"), "++++ End looping");
    QCOMPARE(running.errorCount, 16);
    QCOMPARE(running.errorFolders, folders);
    QCOMPARE(running.messagesCopied, 34);
    const JobStats stats = parseWhole(capture(QStringLiteral("17-overquota")));
    QCOMPARE(stats.errorCount, 16);
    QCOMPARE(stats.errorFolders, folders);
    QCOMPARE(stats.lastErrors.size(), 5);
    QVERIFY(stats.lastErrors.first().startsWith(
        QStringLiteral("- msg Sent/6 {3351} could not append ( Subject:")));
    QVERIFY(stats.lastErrors.last().startsWith(QStringLiteral("- msg Sent/10 {1475} could")));
    QVERIFY(stats.lastErrors.last().endsWith(
        QStringLiteral("NO [OVERQUOTA] Quota exceeded (mailbox for user is full) (0.001 + 0.000 "
                       "secs).")));
    QCOMPARE(stats.printedExitCode, 113);
    const ExitVerdict verdict =
        judgeImapsyncExit(ProcessEnd::exited(113), false, stats.errorFolders);
    QCOMPARE(verdict.state, JobVerdictState::Failed);
    QCOMPARE(verdict.category, ExitCategory::QuotaProblem);
}

void TestImapsyncLogParser::appendErrorsOnlyInSpamFolders()
{
    // 17 as if the server had refused those messages themselves (exit 114).
    QByteArray bytes = capture(QStringLiteral("17-overquota"));
    bytes.replace("INBOX", "Junk")
        .replace("Sent", "Spam")
        .replace("(EXIT_OVERQUOTA)", "(EXIT_ERR_APPEND)");
    const JobStats stats = parseWhole(bytes);
    QCOMPARE(stats.errorFolders.count(QStringLiteral("Junk")), 6);
    QCOMPARE(stats.errorFolders.count(QStringLiteral("Spam")), 10);
    const ExitVerdict verdict =
        judgeImapsyncExit(ProcessEnd::exited(114), false, stats.errorFolders);
    QVERIFY(verdict.spamOnly);
    QCOMPARE(verdict.state, JobVerdictState::Succeeded);
}

void TestImapsyncLogParser::loginFailures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    const QString refused =
        QStringLiteral(" failure: Error login on [127.0.0.1] with user [alice] auth [LOGIN]: 4 NO "
                       "[AUTHENTICATIONFAILED] Authentication failed.");
    QTest::newRow("03") << QStringLiteral("03-wrong-password-host1") << 161
                        << QStringLiteral("Host1") + refused;
    QTest::newRow("04") << QStringLiteral("04-wrong-password-host2") << 162
                        << QStringLiteral("Host2") + refused;
    QTest::newRow("12d") << QStringLiteral("12d-no-password-no-tty") << 161
                         << QStringLiteral("Host1 failure: Error login on [127.0.0.1] with user "
                                           "[alice] auth [LOGIN]: 3 OK Pre-login capabilities "
                                           "listed, post-login capabilities have more.");
    QTest::newRow("12e") << QStringLiteral("12e-passfile-overrides-env") << 161
                         << QStringLiteral("Host1") + refused;
}

void TestImapsyncLogParser::loginFailures()
{
    QFETCH(QString, name);
    QFETCH(int, code);
    QFETCH(QString, error);
    const JobStats running = parsePrefix(name, "++++ Listing");
    QCOMPARE(running.errorCount, 1);
    QCOMPARE(running.lastErrors, QStringList{error});
    QCOMPARE(running.errorFolders, QStringList{QString()});
    const JobStats stats = parseWhole(capture(name));
    QCOMPARE(stats.errorCount, 1);
    QCOMPARE(stats.lastErrors, QStringList{error});
    QCOMPARE(stats.errorFolders, QStringList{QString()});
    QCOMPARE(stats.printedExitCode, code);
    QVERIFY(stats.summary.isEmpty());
    QCOMPARE(judgeImapsyncExit(ProcessEnd::exited(code), false, stats.errorFolders).category,
             ExitCategory::CredentialsProblem);
}

void TestImapsyncLogParser::connectionFailures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("errors");
    const QString prefix = QStringLiteral(" failure: can not open imap connection on host");
    const QString local = QStringLiteral(" [127.0.0.1] with user [alice]: Unable to connect to "
                                         "127.0.0.1:");
    const QString verify = QStringLiteral(" SSL connect attempt failed error:0A000086:SSL "
                                          "routines::certificate verify failed");
    QTest::newRow("05a") << QStringLiteral("05a-connection-refused-host1") << 101
                         << QStringList{QStringLiteral("Host1") + prefix + QStringLiteral("1") +
                                        local + QStringLiteral("  Connection refused")};
    QTest::newRow("05b") << QStringLiteral("05b-connection-refused-host2") << 102
                         << QStringList{QStringLiteral("Host2") + prefix + QStringLiteral("2") +
                                        local + QStringLiteral("  Connection refused")};
    QTest::newRow("09b") << QStringLiteral("09b-ssl-verify-selfsigned") << 101
                         << QStringList{QStringLiteral("Host1") + prefix + QStringLiteral("1") +
                                            local + verify,
                                        QStringLiteral("Host2") + prefix + QStringLiteral("2") +
                                            local + verify};
    QTest::newRow("11b") << QStringLiteral("11b-unresolvable-host2") << 102
                         << QStringList{QStringLiteral(
                                "Host2 failure: can not open imap connection on host2 "
                                "[no-such-host.invalid] with user [alice]: Unable to connect "
                                "to no-such-host.invalid:  Invalid argument")};
}

void TestImapsyncLogParser::connectionFailures()
{
    QFETCH(QString, name);
    QFETCH(int, code);
    QFETCH(QStringList, errors);
    const JobStats running = parsePrefix(name, "++++ Listing");
    QCOMPARE(running.lastErrors, errors);
    QCOMPARE(running.errorCount, int(errors.size()));
    const JobStats stats = parseWhole(capture(name));
    QCOMPARE(stats.lastErrors, errors);
    QCOMPARE(stats.errorCount, int(errors.size()));
    QCOMPARE(stats.errorFolders, QStringList(errors.size(), QString()));
    QCOMPARE(stats.printedExitCode, code);
    QCOMPARE(judgeImapsyncExit(ProcessEnd::exited(code), false, stats.errorFolders).category,
             ExitCategory::ConnectionProblem);
}

void TestImapsyncLogParser::sigtermSequence()
{
    const QString signal =
        QStringLiteral("Got a signal TERM (my PID is 28563 my PPID is 28344). Asked to terminate");
    const JobStats running = parsePrefix(QStringLiteral("10a-sigterm"), "Exiting with");
    QCOMPARE(running.errorCount, 0); // "Detected 0 errors"
    QVERIFY(!running.sawExitLine);
    const JobStats stats = parseWhole(capture(QStringLiteral("10a-sigterm")));
    QVERIFY(stats.sawExitLine);
    QCOMPARE(stats.printedExitCode, 6);
    QCOMPARE(stats.printedExitName, QStringLiteral("EXIT_BY_SIGNAL"));
    QCOMPARE(stats.errorCount, 1); // imapsync counts the signal: "1/50 nb_errors"
    QCOMPARE(stats.lastErrors, QStringList{signal});
    QCOMPARE(stats.messagesCopied, 300);
    QCOMPARE(stats.bytesCopied, 101959382);
    QCOMPARE(stats.currentFolder, QStringLiteral("INBOX"));
    QCOMPARE(stats.summary.value(QStringLiteral("Final difference host2 - host1")),
             QStringLiteral("NA messages, NA bytes (NA)"));
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::killed(15), true, stats.errorFolders);
    QCOMPARE(verdict.state, JobVerdictState::Cancelled);
}

void TestImapsyncLogParser::abortByFile()
{
    const JobStats stats = parseWhole(capture(QStringLiteral("10j-abort-by-file")));
    QCOMPARE(stats.printedExitCode, 7);
    QCOMPARE(stats.printedExitName, QStringLiteral("EXIT_BY_FILE"));
    QCOMPARE(stats.errorCount, 0);
    QVERIFY(stats.lastErrors.isEmpty());
    QCOMPARE(stats.messagesCopied, 300);
    QCOMPARE(stats.messagesLeft, 1225);
    QCOMPARE(stats.summary.value(QStringLiteral("Messages found in host1 not in host2")),
             QStringLiteral("1225 messages"));
    QCOMPARE(judgeImapsyncExit(ProcessEnd::exited(7), true, stats.errorFolders).state,
             JobVerdictState::Cancelled);
}

void TestImapsyncLogParser::statisticsBlock()
{
    const JobStats stats = parseWhole(capture(QStringLiteral("01-full-sync")));
    QCOMPARE(stats.summary.size(), 28);
    QCOMPARE(stats.summary.value(QStringLiteral("Messages transferred")), QStringLiteral("343"));
    QCOMPARE(stats.summary.value(QStringLiteral("Messages void (noheader) on host1")),
             QStringLiteral("0"));
    QCOMPARE(stats.summary.value(QStringLiteral("CPU time and %cpu")),
             QStringLiteral("1.69 sec 80.0 %cpu 40.0 %allcpus"));
    QCOMPARE(stats.summary.value(QStringLiteral("Memory/biggest message ratio")),
             QStringLiteral("29.8"));
    QCOMPARE(stats.summary.value(QStringLiteral("Transfer ended on")),
             QStringLiteral("Sunday 29 November 2026-11-29 23:55:24 +0000 UTC"));
    QCOMPARE(stats.messagesPerSecond, 162.3);
    QCOMPARE(stats.bytesPerSecond, 5708.9 * 1024);
    QCOMPARE(stats.currentFolder, QStringLiteral("Trash"));
}

// Lines of real imapsync runs seen elsewhere (ERR_CREATE, ERR_SELECT, ERR_Host1_FETCH).
void TestImapsyncLogParser::folderErrorsFromOtherRuns()
{
    const QByteArray create = "Could not create folder [Acme ] from [INBOX.Acme ]: 584 NO "
                              "[ALREADYEXISTS] Mailbox 'Acme' already exists.";
    const QByteArray select =
        "Host2 folder Acme : Could not select: 586 NO [NONEXISTENT] Mailbox does not exist.";
    const QByteArray fetch = "- msg INBOX/16947 {0} S[22184] F[\\Seen] I[30-Dec-2025 01:56:35 "
                             "+0000] could not be fetched:";
    ImapsyncLogParser parser;
    parser.feed(create + '\n' + select + '\n' + fetch + '\n');
    const QStringList folders = {QStringLiteral("INBOX.Acme "), QStringLiteral("Acme "),
                                 QStringLiteral("INBOX")};
    QCOMPARE(parser.stats().errorCount, 3);
    QCOMPARE(parser.stats().errorFolders, folders);
    parser.feed("Detected 3 errors\n++++ Listing 3 errors encountered during the sync ( avoid "
                "this listing with --noerrorsdump ).\nErr 1/3: " +
                create + "\nErr 2/3: " + select + "\nErr 3/3: " + fetch +
                "\nThe most frequent error is ERR_CREATE. \nExiting with return value 116 "
                "(EXIT_ERR_CREATE) 3/50 nb_errors/max_errors PID 1\n");
    QCOMPARE(parser.stats().errorCount, 3);
    QCOMPARE(parser.stats().errorFolders, folders);
    QCOMPARE(parser.stats().lastErrors.size(), 3);

    ImapsyncLogParser unknown; // a kind the running lines do not know: the listing tells
    unknown.feed(QByteArray("Something new went wrong in [Junk]\n++++ Listing 1 errors "
                            "encountered\nErr 1/1: Something new went wrong in [Junk]\n"));
    QCOMPARE(unknown.stats().errorCount, 1);
    QCOMPARE(unknown.stats().lastErrors,
             QStringList{QStringLiteral("Something new went wrong in [Junk]")});
    QCOMPARE(unknown.stats().errorFolders, QStringList{QString()});
}

void TestImapsyncLogParser::changedFlag()
{
    ImapsyncLogParser parser;
    QVERIFY(!parser.takeChanged());
    parser.feed(QByteArray("Info: nothing to count\n"));
    QVERIFY(!parser.takeChanged());
    parser.feed(QByteArray("PID is 5 my PPID is 1\nmsg INBOX/1 {1"));
    QVERIFY(parser.takeChanged());
    QVERIFY(!parser.takeChanged());
    const quint64 revision = parser.revision();
    parser.feed(QByteArray("0}  copied to INBOX/1  1.0 msgs/s  0.010 KiB/s 0.010 KiB copied\n"));
    QVERIFY(parser.takeChanged());
    QVERIFY(parser.revision() > revision);
    QCOMPARE(parser.stats().bytesCopied, 10);
}

void TestImapsyncLogParser::absurdlyLongLineIsCapped()
{
    const QByteArray huge = "Host1 failure: " + QByteArray(1 << 20, 'x') + '\n';
    const QByteArray bytes = huge + "PID is 9 my PPID is 1\n";
    const JobStats whole = parseWhole(bytes);
    QCOMPARE(whole.lastErrors.value(0).size(), ImapsyncLogParser::kMaxLineBytes);
    QCOMPARE(whole.imapsyncPid, 9);
    compareStats(parseChunked(bytes, 4096, 1), whole);
}

// Pieces of real lines glued at random, and random bytes: nothing may throw
// (std::string_view::substr does past the end) or go negative.
void TestImapsyncLogParser::mangledLinesAreHarmless()
{
    QList<QByteArray> lines;
    for (const Capture &row : kCaptures)
        lines += capture(QString::fromLatin1(row.name)).split('\n');
    std::mt19937 random(20261129);
    auto pick = [&random](qsizetype size) {
        return qsizetype(std::uniform_int_distribution<qsizetype>(0, size)(random));
    };
    QByteArray mangled;
    for (int i = 0; i < 50000; ++i) {
        const QByteArray &line = lines.at(pick(lines.size() - 1));
        const qsizetype from = pick(line.size());
        mangled += line.mid(i % 2 ? 0 : from, pick(line.size())) + (i % 3 ? "\n" : "\r");
        if (i % 97 == 0)
            mangled += QByteArray(pick(64), char(pick(255)));
    }
    const JobStats stats = parseChunked(mangled, 300, 7);
    QVERIFY(stats.messagesCopied >= 0);
    QVERIFY(stats.bytesCopied >= 0);
    QVERIFY(stats.lastErrors.size() <= ImapsyncLogParser::kLastErrors);
    compareStats(parseWhole(mangled), stats);
}

QTEST_GUILESS_MAIN(TestImapsyncLogParser)
#include "tst_imapsynclogparser.moc"
