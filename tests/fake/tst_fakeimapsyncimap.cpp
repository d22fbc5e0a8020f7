// fake-imapsync's real IMAP mode (FAKE_IMAPSYNC_IMAP=1) against two private Dovecot
// servers, and the DovecotServer test helper itself. host1 uses "." as separator and host2
// "/", like the lab the captures come from.
#include "dovecotserver.h"
#include "fakeprocess.h"
#include "section7.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace ImapDeskTest;

namespace {

const QString kAlicePassword = QStringLiteral("alice pw \"quoted\" ü");
const QString kBobPassword = QStringLiteral("bob-pw");
const QStringList kFolders{QStringLiteral("INBOX"), QStringLiteral("Sent"),
                           QStringLiteral("Archive/2022"), QStringLiteral("Entwürfe")};
constexpr int kSeeded = 40;

qint64 masterPid(const DovecotServer &server)
{
    QFile file(server.directory() + QStringLiteral("/run/master.pid"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}

// Gone, or a zombie nobody reaped yet (PID 1 of a container may not reap).
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (::kill(pid_t(pid), 0) != 0 || !stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray fields = stat.readAll();
    return fields.mid(fields.lastIndexOf(')') + 2, 1) == "Z";
}

} // namespace

class TestFakeImapsyncImap final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helperCountsSeededMessages();
    void firstRunCopiesEverything();
    void secondRunCopiesNothing();
    void wrongPassword_data();
    void wrongPassword();
    void connectionRefused();
    void encryption_data();
    void encryption();
    void dryRunWritesNothing();
    void abortThenResume();
    void overQuota();
    void stopLeavesNothingRunning();

private:
    QStringList arguments(const QString &user1, const QString &user2,
                          const QStringList &extra = {}) const;
    QStringList environment(const QString &password1, const QString &password2,
                            const QStringList &extra = {}) const;
    FakeResult sync(const QString &user1, const QString &user2, const QStringList &extra = {});

    DovecotServer m_host1{QStringLiteral(".")};
    DovecotServer m_host2{QStringLiteral("/")};
    QTemporaryDir m_dir;
};

void TestFakeImapsyncImap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_host1.start(), qPrintable(m_host1.errorString()));
    QVERIFY2(m_host2.start(), qPrintable(m_host2.errorString()));
    for (const QString &user : {QStringLiteral("alice"), QStringLiteral("carol")})
        QVERIFY2(m_host1.addUser(user, kAlicePassword), qPrintable(m_host1.errorString()));
    for (const QString &user :
         {QStringLiteral("bob"), QStringLiteral("dave"), QStringLiteral("erin")})
        QVERIFY2(m_host2.addUser(user, kBobPassword), qPrintable(m_host2.errorString()));
    QVERIFY2(m_host1.seed(QStringLiteral("alice"), kSeeded, kFolders),
             qPrintable(m_host1.errorString()));
    QVERIFY(m_host1.seed(QStringLiteral("carol"), 30));
}

QStringList TestFakeImapsyncImap::arguments(const QString &user1, const QString &user2,
                                            const QStringList &extra) const
{
    return QStringList{QStringLiteral("--nodockercontext"),
                       QStringLiteral("--host1"),
                       m_host1.host(),
                       QStringLiteral("--port1"),
                       QString::number(m_host1.port()),
                       QStringLiteral("--user1"),
                       user1,
                       QStringLiteral("--host2"),
                       m_host2.host(),
                       QStringLiteral("--port2"),
                       QString::number(m_host2.port()),
                       QStringLiteral("--user2"),
                       user2,
                       QStringLiteral("--pidfile"),
                       m_dir.filePath(QStringLiteral("job.pid")),
                       QStringLiteral("--nolog")} +
           extra;
}

QStringList TestFakeImapsyncImap::environment(const QString &password1, const QString &password2,
                                              const QStringList &extra) const
{
    return QStringList{QStringLiteral("FAKE_IMAPSYNC_IMAP=1"),
                       QStringLiteral("IMAPSYNC_PASSWORD1=") + password1,
                       QStringLiteral("IMAPSYNC_PASSWORD2=") + password2} +
           extra;
}

FakeResult TestFakeImapsyncImap::sync(const QString &user1, const QString &user2,
                                      const QStringList &extra)
{
    return runFake(arguments(user1, user2, extra), environment(kAlicePassword, kBobPassword));
}

void TestFakeImapsyncImap::helperCountsSeededMessages()
{
    const QMap<QString, int> counts =
        m_host1.countMessages(QStringLiteral("alice"), kAlicePassword);
    QCOMPARE(counts.value(QStringLiteral("INBOX")), 10);
    QCOMPARE(counts.value(QStringLiteral("Archive.2022")), 10);
    QCOMPARE(counts.value(QStringLiteral("Entw&APw-rfe")), 10);
    QCOMPARE(m_host1.totalMessages(QStringLiteral("alice"), kAlicePassword), kSeeded);
    QCOMPARE(m_host1.totalMessages(QStringLiteral("alice"), QStringLiteral("wrong")), -1);
    QVERIFY(!m_host1.errorString().isEmpty());
}

void TestFakeImapsyncImap::firstRunCopiesEverything()
{
    const FakeResult run = sync(QStringLiteral("alice"), QStringLiteral("bob"));
    QCOMPARE(run.exitCode, 0);
    const OutputCheck check = checkOutput(run.out);
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QCOMPARE(check.copiedLines, kSeeded);
    QCOMPARE(check.transferred(), qint64(kSeeded));
    QCOMPARE(check.bytesTransferred(), check.copiedBytes);
    QVERIFY(check.contains(QStringLiteral("Folder     1/4 [Archive.2022]                      -> "
                                          "[Archive/2022]                     ")));
    const QMap<QString, int> counts = m_host2.countMessages(QStringLiteral("bob"), kBobPassword);
    QCOMPARE(counts.value(QStringLiteral("Archive/2022")), 10);
    QCOMPARE(counts.value(QStringLiteral("Entw&APw-rfe")), 10);
    QCOMPARE(m_host2.totalMessages(QStringLiteral("bob"), kBobPassword), kSeeded);
}

void TestFakeImapsyncImap::secondRunCopiesNothing()
{
    const FakeResult run = sync(QStringLiteral("alice"), QStringLiteral("bob"));
    QCOMPARE(run.exitCode, 0);
    const OutputCheck check = checkOutput(run.out);
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QCOMPARE(check.copiedLines, 0);
    QCOMPARE(check.transferred(), qint64(0));
    QCOMPARE(check.statistics.value(QStringLiteral("Messages skipped")), QString::number(kSeeded));
    QVERIFY(
        check.contains(QStringLiteral("The sync looks good, all %1 identified messages in host1 "
                                      "are on host2.")
                           .arg(kSeeded)));
    QCOMPARE(m_host2.totalMessages(QStringLiteral("bob"), kBobPassword), kSeeded);
}

void TestFakeImapsyncImap::wrongPassword_data()
{
    QTest::addColumn<int>("side");
    QTest::newRow("03 host1") << 1;
    QTest::newRow("04 host2") << 2;
}

void TestFakeImapsyncImap::wrongPassword()
{
    QFETCH(int, side);
    const QString wrong = QStringLiteral("not the password");
    const FakeResult run = runFake(
        arguments(QStringLiteral("alice"), QStringLiteral("bob"), {QStringLiteral("--justlogin")}),
        environment(side == 1 ? wrong : kAlicePassword, side == 2 ? wrong : kBobPassword));
    QCOMPARE(run.exitCode, 160 + side);
    const OutputCheck check = checkOutput(run.out);
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QCOMPARE(check.exitingCode, 160 + side);
    QVERIFY(run.out.contains(QStringLiteral("Host%1 failure: Error login on [127.0.0.1] with user ")
                                 .arg(side)
                                 .toUtf8()));
    QVERIFY(run.out.contains("NO [AUTHENTICATIONFAILED] Authentication failed."));
    QVERIFY(!run.out.contains(wrong.toUtf8()));
}

void TestFakeImapsyncImap::connectionRefused()
{
    QStringList args =
        arguments(QStringLiteral("alice"), QStringLiteral("bob"), {QStringLiteral("--justlogin")});
    args[args.indexOf(QStringLiteral("--port1")) + 1] = QStringLiteral("1"); // nothing listens
    const FakeResult run = runFake(args, environment(kAlicePassword, kBobPassword));
    QCOMPARE(run.exitCode, 101);
    QVERIFY(run.out.contains("Unable to connect to 127.0.0.1:  Connection refused"));
    QVERIFY(checkOutput(run.out).mismatches.isEmpty());
}

void TestFakeImapsyncImap::encryption_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("sslPorts");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("times");
    QTest::newRow("01 automatic STARTTLS")
        << QStringList{} << false << 0 << QByteArray("going to ssl because STARTTLS") << 2;
    QTest::newRow("09a ssl") << QStringList{QStringLiteral("--ssl1"), QStringLiteral("--ssl2")}
                             << true << 0 << QByteArray("converted to SSL") << 0;
    QTest::newRow("09c tls") << QStringList{QStringLiteral("--tls1"), QStringLiteral("--tls2")}
                             << false << 0 << QByteArray("Socket successfully converted to SSL")
                             << 2;
    QTest::newRow("09d notls") << QStringList{QStringLiteral("--notls1"),
                                              QStringLiteral("--notls2")}
                               << false << 0 << QByteArray("converted to SSL") << 0;
    QTest::newRow("09e ssl to plain port") << QStringList{QStringLiteral("--ssl1")} << false << 101
                                           << QByteArray("SSL routines::wrong version number") << 2;
}

void TestFakeImapsyncImap::encryption()
{
    QFETCH(QStringList, options);
    QFETCH(bool, sslPorts);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expected);
    QFETCH(int, times);
    QStringList args = arguments(QStringLiteral("alice"), QStringLiteral("bob"),
                                 options + QStringList{QStringLiteral("--justlogin")});
    if (sslPorts) {
        args[args.indexOf(QStringLiteral("--port1")) + 1] = QString::number(m_host1.sslPort());
        args[args.indexOf(QStringLiteral("--port2")) + 1] = QString::number(m_host2.sslPort());
    }
    const FakeResult run = runFake(args, environment(kAlicePassword, kBobPassword));
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(int(run.out.count(expected)), times);
    QVERIFY(checkOutput(run.out).mismatches.isEmpty());
}

// 06: folders missing on host2 are not simulated, nothing is written.
void TestFakeImapsyncImap::dryRunWritesNothing()
{
    const FakeResult run =
        sync(QStringLiteral("alice"), QStringLiteral("erin"), {QStringLiteral("--dry")});
    QCOMPARE(run.exitCode, 0);
    const OutputCheck check = checkOutput(run.out);
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QCOMPARE(check.dryLines, 10); // INBOX exists on host2, the other folders do not
    QCOMPARE(check.couldBe(), qint64(kSeeded));
    QCOMPARE(m_host2.totalMessages(QStringLiteral("erin"), kBobPassword), 0);
}

// 10j then 10k against real servers: what reached host2 stays, the next run copies the rest.
void TestFakeImapsyncImap::abortThenResume()
{
    FakeProcess fake;
    fake.setEnv(
        environment(kAlicePassword, kBobPassword, {QStringLiteral("FAKE_IMAPSYNC_DELAY=0.05")}));
    fake.start(arguments(QStringLiteral("carol"), QStringLiteral("dave")));
    QVERIFY(fake.waitForOutput("msg INBOX/3 "));
    QFile abort(m_dir.filePath(QStringLiteral("job.pidabort")) + QString::number(fake.pid()));
    QVERIFY(abort.open(QIODevice::WriteOnly));
    abort.close();
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitCode(), 7);
    const int copied = checkOutput(fake.standardOutput()).copiedLines;
    QVERIFY(copied > 0 && copied < 30);
    QCOMPARE(m_host2.totalMessages(QStringLiteral("dave"), kBobPassword), copied);
    const FakeResult rest = sync(QStringLiteral("carol"), QStringLiteral("dave"));
    QCOMPARE(rest.exitCode, 0);
    const OutputCheck check = checkOutput(rest.out);
    QCOMPARE(check.transferred(), qint64(30 - copied));
    QCOMPARE(check.statistics.value(QStringLiteral("Messages skipped")), QString::number(copied));
    QCOMPARE(m_host2.totalMessages(QStringLiteral("dave"), kBobPassword), 30);
}

// 17: a real OVERQUOTA refusal on APPEND ends the run with 113.
void TestFakeImapsyncImap::overQuota()
{
    DovecotServer full(QStringLiteral("/"));
    full.setQuota(QStringLiteral("24K"));
    QVERIFY2(full.start(), qPrintable(full.errorString()));
    QVERIFY(full.addUser(QStringLiteral("frank"), kBobPassword));
    QStringList args = arguments(QStringLiteral("alice"), QStringLiteral("frank"));
    args[args.indexOf(QStringLiteral("--port2")) + 1] = QString::number(full.port());
    const FakeResult run = runFake(args, environment(kAlicePassword, kBobPassword));
    QCOMPARE(run.exitCode, 113);
    const OutputCheck check = checkOutput(run.out);
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QVERIFY(check.appendFailures > 0);
    QCOMPARE(check.appendFailures + check.copiedLines, kSeeded);
    QVERIFY(
        check.contains(QStringLiteral("The most frequent error is ERR_OVERQUOTA. The destination "
                                      "mailbox is 100% full, get free space on it and then "
                                      "resume the sync.")));
    QCOMPARE(full.totalMessages(QStringLiteral("frank"), kBobPassword), check.copiedLines);
}

void TestFakeImapsyncImap::stopLeavesNothingRunning()
{
    const qint64 pid1 = masterPid(m_host1);
    const qint64 pid2 = masterPid(m_host2);
    QVERIFY(pid1 > 0 && pid2 > 0);
    m_host1.stop();
    m_host2.stop();
    QVERIFY(!m_host1.isRunning());
    QVERIFY(processGone(pid1));
    QVERIFY(processGone(pid2));
}

QTEST_GUILESS_MAIN(TestFakeImapsyncImap)
#include "tst_fakeimapsyncimap.moc"
