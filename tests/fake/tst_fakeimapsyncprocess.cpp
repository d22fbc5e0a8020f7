// fake-imapsync as a process a supervisor controls, as imapsync-interface.md sections
// 2, 4 and 9 describe it: passwords (never on the command line; env, passfile, prompt),
// signals, the abort file, SIGKILL-only mode, hang, pid file. Waits on output, never sleeps.
#include "fakeprocess.h"
#include "section7.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>
#include <signal.h>
#include <unistd.h>

using namespace ImapDeskTest;

namespace {

// A PID that certainly names no process any more: one of a child that has been reaped.
qint64 deadPid()
{
    QProcess done;
    done.start(QStringLiteral("true"), {});
    done.waitForFinished();
    return done.processId() > 0 ? done.processId() : 999999;
}

} // namespace

class TestFakeImapsyncProcess final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passwordArgumentsRefused_data();
    void passwordArgumentsRefused();
    void passwordSources_data();
    void passwordSources();
    void passwordsFromPrompt();
    void promptOnOpenStdinBlocks();
    void terminatingSignals_data();
    void terminatingSignals();
    void continuingSignals_data();
    void continuingSignals();
    void abortFileExitsSeven();
    void ignoreTermNeedsKill();
    void hangUntilSignalled();
    void pidFileLifecycle();
    void existingPidFile_data();
    void existingPidFile();

private:
    void startPaced(FakeProcess &fake, const QStringList &env = {});

    std::unique_ptr<FakeJob> m_job;
};

void TestFakeImapsyncProcess::init()
{
    m_job = std::make_unique<FakeJob>();
    QVERIFY(m_job->isValid());
}

// A run slow enough (16 messages, 30 ms each) for a test to act in the middle of it.
void TestFakeImapsyncProcess::startPaced(FakeProcess &fake, const QStringList &env)
{
    fake.setEnv(m_job->environment(QStringList{QStringLiteral("FAKE_IMAPSYNC_DELAY=0.03"),
                                               QStringLiteral("FAKE_IMAPSYNC_MESSAGES=16")} +
                                   env));
    fake.start(m_job->arguments());
    QVERIFY2(fake.waitForOutput(" copied to Drafts/2 "),
             fake.standardOutput().right(2000).constData());
}

void TestFakeImapsyncProcess::passwordArgumentsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    const QString secret = QStringLiteral("leaked-secret");
    QTest::newRow("--password1 x") << QStringList{QStringLiteral("--password1"), secret};
    QTest::newRow("--password2=x") << QStringList{QStringLiteral("--password2=") + secret};
    QTest::newRow("-password1 x") << QStringList{QStringLiteral("-password1"), secret};
    QTest::newRow("--passw x (abbreviation)") << QStringList{QStringLiteral("--passw"), secret};
}

void TestFakeImapsyncProcess::passwordArgumentsRefused()
{
    QFETCH(QStringList, args);
    const FakeResult run = runFake(m_job->arguments(args), m_job->environment());
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("refusing"));
    QVERIFY(!run.err.contains("leaked-secret"));
    QVERIFY(!QFile::exists(m_job->path(QStringLiteral("job.log"))));
    QVERIFY(!QFile::exists(m_job->path(QStringLiteral("job.pid"))));
    QCOMPARE(m_job->lastRecord().value(QStringLiteral("refused")).toString(),
             QStringLiteral("password on the command line"));
}

void TestFakeImapsyncProcess::passwordSources_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("source1");
    QTest::addColumn<QString>("password1");
    QTest::addColumn<QString>("source2");
    QTest::addColumn<int>("exitCode");
    const QString env1 = QStringLiteral("IMAPSYNC_PASSWORD1=");
    const QString env2 = QStringLiteral("IMAPSYNC_PASSWORD2=") + FakeJob::password2;
    const QStringList passfile1{QStringLiteral("--passfile1"), QStringLiteral("pass1.txt")};
    const QString env = QStringLiteral("env");
    QTest::newRow("12b env") << QStringList{env1 + FakeJob::password1, env2} << QStringList{} << env
                             << FakeJob::password1 << env << 0;
    QTest::newRow("12a passfile") << QStringList{env2} << passfile1 << QStringLiteral("passfile")
                                  << QStringLiteral("from the file") << env << 0;
    QTest::newRow("12e passfile beats env")
        << QStringList{env1 + QStringLiteral("from env"), env2} << passfile1
        << QStringLiteral("passfile") << QStringLiteral("from the file") << env << 0;
    QTest::newRow("empty env ignored") << QStringList{env1, env2} << QStringList{}
                                       << QStringLiteral("prompt-eof") << QString() << env << 161;
    QTest::newRow("env 0 ignored") << QStringList{env1 + QLatin1Char('0'), env2} << QStringList{}
                                   << QStringLiteral("prompt-eof") << QString() << env << 161;
    QTest::newRow("12c passfile missing")
        << QStringList{env2}
        << QStringList{QStringLiteral("--passfile1"), QStringLiteral("nope.txt")}
        << QStringLiteral("passfile-missing") << QString() << env << 66;
}

void TestFakeImapsyncProcess::passwordSources()
{
    QFETCH(QStringList, env);
    QFETCH(QStringList, args);
    QFETCH(QString, source1);
    QFETCH(QString, password1);
    QFETCH(QString, source2);
    QFETCH(int, exitCode);
    QVERIFY(writeFile(m_job->path(QStringLiteral("pass1.txt")),
                      "from the file\nsecond line ignored\n"));
    const FakeResult run =
        runFake(m_job->arguments(args + QStringList{QStringLiteral("--justlogin")}),
                env + QStringList{QStringLiteral("FAKE_IMAPSYNC_RECORD=") +
                                  m_job->path(QStringLiteral("record.jsonl"))},
                m_job->directory());
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject record = m_job->lastRecord();
    QCOMPARE(record.value(QStringLiteral("password1_source")).toString(), source1);
    QCOMPARE(record.value(QStringLiteral("password2_source")).toString(), source2);
    QCOMPARE(record.value(QStringLiteral("password2_sha256")).toString().toLatin1(),
             sha256(FakeJob::password2));
    if (!password1.isEmpty())
        QCOMPARE(record.value(QStringLiteral("password1_sha256")).toString().toLatin1(),
                 sha256(password1));
    QCOMPARE(record.value(QStringLiteral("stdin")).toString(), QStringLiteral("pipe"));
    for (const QByteArray &written :
         {run.out, run.err, readFile(m_job->path(QStringLiteral("job.log"))),
          readFile(m_job->path(QStringLiteral("record.jsonl")))})
        QVERIFY(!written.contains(FakeJob::password2.toUtf8()) &&
                !written.contains("from the file"));
    if (exitCode == 66)
        QVERIFY(checkOutput(run.out).contains(
            QStringLiteral("Failure: file from parameter --passfile1 nope.txt does not exist or is "
                           "not readable")));
}

void TestFakeImapsyncProcess::passwordsFromPrompt()
{
    FakeProcess fake;
    fake.setEnv(QStringLiteral("FAKE_IMAPSYNC_RECORD"),
                m_job->path(QStringLiteral("record.jsonl")));
    fake.keepStdinOpen();
    fake.start(m_job->arguments({QStringLiteral("--justlogin")}));
    QVERIFY(fake.waitForOutput("What's the password for alice at imap.source.test? (not visible "
                               "while you type, then enter RETURN) "));
    fake.write("typed one\n");
    QVERIFY(fake.waitForOutput("What's the password for bob at imap.dest.test?"));
    fake.write("typed two\n");
    fake.closeStdin();
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitCode(), 0);
    QVERIFY(fake.standardOutput().contains("RETURN) \nGot it\n"));
    const QJsonObject record = m_job->lastRecord();
    QCOMPARE(record.value(QStringLiteral("password1_source")).toString(), QStringLiteral("prompt"));
    QCOMPARE(record.value(QStringLiteral("password1_sha256")).toString().toLatin1(),
             sha256(QStringLiteral("typed one")));
    QCOMPARE(record.value(QStringLiteral("password2_sha256")).toString().toLatin1(),
             sha256(QStringLiteral("typed two")));
}

// 12h: an open pipe nobody writes to blocks for ever; only a signal ends it.
void TestFakeImapsyncProcess::promptOnOpenStdinBlocks()
{
    FakeProcess fake;
    fake.keepStdinOpen();
    fake.setEnv(QStringLiteral("IMAPSYNC_PASSWORD2"), FakeJob::password2);
    fake.start(m_job->arguments({QStringLiteral("--justlogin")}));
    QVERIFY(fake.waitForOutput("then enter RETURN) "));
    QVERIFY(!fake.waitForFinished(300));
    fake.sendSignal(SIGTERM);
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitStatus(), QProcess::CrashExit);
    QVERIFY(fake.standardOutput().contains("RETURN) \nGot a signal TERM"));
    QVERIFY(!fake.standardOutput().contains("++++ Statistics"));
}

void TestFakeImapsyncProcess::terminatingSignals_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("10a SIGTERM") << int(SIGTERM) << QStringLiteral("TERM");
    QTest::newRow("10e SIGQUIT") << int(SIGQUIT) << QStringLiteral("QUIT");
    QTest::newRow("10c SIGINT twice") << int(SIGINT) << QStringLiteral("INT");
}

// imapsync prints "Exiting with return value 6" and then really dies by the signal.
void TestFakeImapsyncProcess::terminatingSignals()
{
    QFETCH(int, signal);
    QFETCH(QString, name);
    FakeProcess fake;
    startPaced(fake);
    fake.sendSignal(signal);
    if (signal == SIGINT) {
        QVERIFY(fake.waitForOutput("Info: reconnected to both imap servers"));
        fake.sendSignal(SIGINT);
    }
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitStatus(), QProcess::CrashExit);
    QCOMPARE(fake.exitCode(), signal);
    const OutputCheck check = checkOutput(fake.standardOutput());
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QCOMPARE(check.exitingCode, 6);
    QCOMPARE(check.count(QStringLiteral("Got a signal ") + name), 1 + (signal == SIGINT ? 1 : 0));
    QCOMPARE(check.count(QStringLiteral("Killing myself with signal ") + name), 1);
    QCOMPARE(check.transferred(), qint64(check.copiedLines));
    QVERIFY(check.copiedLines > 0 && check.copiedLines < 16);
    QVERIFY(!QFile::exists(m_job->path(QStringLiteral("job.pid"))));
}

void TestFakeImapsyncProcess::continuingSignals_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("expected");
    QTest::newRow("10b SIGINT once")
        << int(SIGINT) << QStringLiteral("Reconnections to host1                  : 1");
    QTest::newRow("10d SIGHUP") << int(SIGHUP)
                                << QStringLiteral("Received 1 HUP signals so far. Thanks!");
}

void TestFakeImapsyncProcess::continuingSignals()
{
    QFETCH(int, signal);
    QFETCH(QString, expected);
    FakeProcess fake;
    startPaced(fake);
    fake.sendSignal(signal);
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitStatus(), QProcess::NormalExit);
    QCOMPARE(fake.exitCode(), 0);
    const OutputCheck check = checkOutput(fake.standardOutput());
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QCOMPARE(check.copiedLines, 16);
    QVERIFY(fake.standardOutput().contains(expected.toUtf8()));
}

// 10j: the graceful stop, checked before each folder and message: real exit code 7.
void TestFakeImapsyncProcess::abortFileExitsSeven()
{
    FakeProcess fake;
    startPaced(fake);
    const QString abortFile = m_job->path(QStringLiteral("job.pid")) + QStringLiteral("abort") +
                              QString::number(fake.pid());
    QVERIFY(writeFile(abortFile, {}));
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitStatus(), QProcess::NormalExit);
    QCOMPARE(fake.exitCode(), 7);
    const OutputCheck check = checkOutput(fake.standardOutput());
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QVERIFY(check.contains(QStringLiteral("Asked to terminate by file ") + abortFile));
    QCOMPARE(check.exitingCode, 7);
    QVERIFY(check.contains(QStringLiteral("Removing pidfile ") + abortFile));
    QVERIFY(!QFile::exists(abortFile));
    QVERIFY(!QFile::exists(m_job->path(QStringLiteral("job.pid"))));
}

void TestFakeImapsyncProcess::ignoreTermNeedsKill()
{
    FakeProcess fake;
    fake.setEnv(m_job->environment(
        {QStringLiteral("FAKE_IMAPSYNC_HANG=1"), QStringLiteral("FAKE_IMAPSYNC_IGNORE_TERM=1")}));
    fake.start(m_job->arguments());
    QVERIFY(fake.waitForOutput("Info: will resync flags"));
    fake.sendSignal(SIGTERM);
    fake.sendSignal(SIGQUIT);
    QVERIFY(!fake.waitForFinished(300));
    fake.sendSignal(SIGKILL);
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitStatus(), QProcess::CrashExit);
    QCOMPARE(fake.exitCode(), int(SIGKILL));
    QVERIFY(QFile::exists(
        m_job->path(QStringLiteral("job.pid")))); // 10f: SIGKILL leaves the pid file behind
}

void TestFakeImapsyncProcess::hangUntilSignalled()
{
    FakeProcess fake;
    fake.setEnv(m_job->environment({QStringLiteral("FAKE_IMAPSYNC_HANG=1")}));
    fake.start(m_job->arguments());
    QVERIFY(fake.waitForOutput("Info: will resync flags"));
    fake.sendSignal(SIGHUP); // printed, and the wait goes on
    QVERIFY(fake.waitForOutput("Thanks!"));
    fake.sendSignal(SIGTERM);
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitStatus(), QProcess::CrashExit);
    const OutputCheck check = checkOutput(fake.standardOutput());
    QCOMPARE(check.exitingCode, 6);
    QVERIFY(!check.hasStatistics()); // like 10i: nothing to report before the transfer
}

void TestFakeImapsyncProcess::pidFileLifecycle()
{
    FakeProcess fake;
    startPaced(fake);
    const QList<QByteArray> content = readFile(m_job->path(QStringLiteral("job.pid"))).split('\n');
    QCOMPARE(content.value(0), QByteArray::number(fake.pid()));
    QCOMPARE(content.value(1), m_job->path(QStringLiteral("job.log")).toUtf8());
    QVERIFY(fake.waitForFinished());
    QCOMPARE(fake.exitCode(), 0);
    QVERIFY(checkOutput(fake.standardOutput())
                .contains(QStringLiteral("Removing pidfile ") +
                          m_job->path(QStringLiteral("job.pid"))));
    QVERIFY(!QFile::exists(m_job->path(QStringLiteral("job.pid"))));
}

void TestFakeImapsyncProcess::existingPidFile_data()
{
    QTest::addColumn<bool>("alive");
    QTest::addColumn<bool>("locking");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line");
    QTest::newRow("stale")
        << false << false << 0
        << QStringLiteral("Removing old %1 since its PID %2 is not running anymore (oh-oh)");
    QTest::newRow("19b live") << true << false << 0
                              << QStringLiteral("%1 already exists, overwriting it ( use "
                                                "--pidfilelocking to avoid concurrent runs )");
    QTest::newRow("19a live locked")
        << true << true << 8
        << QStringLiteral(
               "%1 already exists, another imapsync may be curently running. Aborting imapsync.");
}

void TestFakeImapsyncProcess::existingPidFile()
{
    QFETCH(bool, alive);
    QFETCH(bool, locking);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    const qint64 owner = alive ? qint64(getpid()) : deadPid();
    QVERIFY(writeFile(m_job->path(QStringLiteral("job.pid")), QByteArray::number(owner) + '\n'));
    QStringList args = m_job->arguments({QStringLiteral("--justlogin")});
    if (locking)
        args << QStringLiteral("--pidfilelocking");
    const FakeResult run = runFake(args, m_job->environment());
    QCOMPARE(run.exitCode, exitCode);
    const OutputCheck check = checkOutput(run.out);
    line.replace(QLatin1String("%2"), QString::number(owner));
    QVERIFY2(check.contains(line.arg(m_job->path(QStringLiteral("job.pid")))), run.out.constData());
    QCOMPARE(check.exitingCode, exitCode);
    QCOMPARE(QFile::exists(m_job->path(QStringLiteral("job.pid"))),
             locking); // locked out: the other run's file stays
}

QTEST_GUILESS_MAIN(TestFakeImapsyncProcess)
#include "tst_fakeimapsyncprocess.moc"
