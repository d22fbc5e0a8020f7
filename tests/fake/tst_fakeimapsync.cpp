// Proves tests/fixtures/fake-imapsync faithful to imapsync 2.229 as imapsync-interface.md
// describes it: every line shape of section 7, counts and sizes, exit codes, log file and
// command line. Real processes; tst_fakeimapsyncprocess covers passwords, signals, files.
#include "fakeprocess.h"
#include "section7.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <signal.h>
#include <unistd.h>

using namespace ImapDeskTest;

class TestFakeImapsync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void checkerAcceptsRealCaptures_data();
    void checkerAcceptsRealCaptures();
    void modes_data();
    void modes();
    void exitCodes_data();
    void exitCodes();
    void crashes_data();
    void crashes();
    void logFileIsTeeOfStdout();
    void commandLineBasics_data();
    void commandLineBasics();
    void outputShapes();
    void resumeAfterAbort();
    void dockerContext();

private:
    std::unique_ptr<FakeJob> m_job;
};

void TestFakeImapsync::init()
{
    m_job = std::make_unique<FakeJob>();
    QVERIFY(m_job->isValid());
}

// The C++ port of the section 7 checks must agree with lab/verify-regexes.py on the captures,
// or proving the fake against it would prove nothing.
void TestFakeImapsync::checkerAcceptsRealCaptures_data()
{
    QTest::addColumn<QString>("capture");
    const QDir captures(QStringLiteral(IMAPDESK_TEST_FIXTURES "/imapsync-logs"));
    const QStringList logs = captures.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    QVERIFY(logs.size() >= 60);
    for (const QString &log : logs)
        QTest::newRow(qPrintable(log)) << captures.filePath(log);
}

void TestFakeImapsync::checkerAcceptsRealCaptures()
{
    QFETCH(QString, capture);
    const OutputCheck check = checkOutput(readFile(capture));
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    const QJsonObject meta =
        QJsonDocument::fromJson(readFile(capture.chopped(4) + QStringLiteral(".meta"))).object();
    const bool signalled = !meta.value(QStringLiteral("terminated_by_signal")).isNull();
    if (check.exitingCode >= 0)
        QCOMPARE(check.exitingCode,
                 signalled ? 6 : meta.value(QStringLiteral("exit_code")).toInt());
    if (check.hasStatistics()) {
        QCOMPARE(check.transferred(), qint64(check.copiedLines));
        QCOMPARE(check.bytesTransferred(), check.copiedBytes);
    }
}

void TestFakeImapsync::modes_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("copied"); // -1: the run ends before any statistics
    QTest::addColumn<int>("dry");    // dry-run lines expected
    auto env = [](const char *assignments) {
        return QString::fromLatin1(assignments).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    const QStringList none;
    QTest::newRow("01 full sync") << none << none << 0 << 36 << 0;
    QTest::newRow("many folders") << env("FAKE_IMAPSYNC_MESSAGES=200 FAKE_IMAPSYNC_FOLDERS=9")
                                  << none << 0 << 200 << 0;
    QTest::newRow("empty mailbox") << env("FAKE_IMAPSYNC_MESSAGES=0") << none << 0 << 0 << 0;
    QTest::newRow("02 incremental") << env("FAKE_IMAPSYNC_SKIP=10") << none << 0 << 26 << 0;
    QTest::newRow("06 dry run") << none << QStringList{QStringLiteral("--dry")} << 0 << 0 << 9;
    QTest::newRow("07 justlogin") << none << QStringList{QStringLiteral("--justlogin")} << 0 << -1
                                  << 0;
    QTest::newRow("08 justfolders")
        << none << QStringList{QStringLiteral("--justfolders")} << 0 << 0 << 0;
    QTest::newRow("18h no sizes") << none
                                  << QStringList{QStringLiteral("--nofoldersizes"),
                                                 QStringLiteral("--nofoldersizesatend")}
                                  << 0 << 36 << 0;
    QTest::newRow("17 overquota") << env("FAKE_IMAPSYNC_EXIT=113") << none << 113 << 24 << 0;
    QTest::newRow("only Junk fails")
        << env("FAKE_IMAPSYNC_EXIT=114 FAKE_IMAPSYNC_ERROR_FOLDER=Junk") << none << 114 << 34 << 0;
    QTest::newRow("03 password host1") << env("FAKE_IMAPSYNC_EXIT=161") << none << 161 << -1 << 0;
    QTest::newRow("04 password host2") << env("FAKE_IMAPSYNC_EXIT=162") << none << 162 << -1 << 0;
    QTest::newRow("05a refused host1") << env("FAKE_IMAPSYNC_EXIT=101") << none << 101 << -1 << 0;
    QTest::newRow("05b refused host2") << env("FAKE_IMAPSYNC_EXIT=102") << none << 102 << -1 << 0;
    QTest::newRow("CR progress") << env("FAKE_IMAPSYNC_CR_PROGRESS=1") << none << 0 << 36 << 0;
    QTest::newRow("stdout flood") << env("FAKE_IMAPSYNC_FLOOD=5000") << none << 0 << 36 << 0;
}

void TestFakeImapsync::modes()
{
    QFETCH(QStringList, env);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(int, copied);
    QFETCH(int, dry);
    const FakeResult run = runFake(m_job->arguments(args), m_job->environment(env));
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, exitCode);
    const OutputCheck check = checkOutput(run.out);
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.mid(0, 5).join('\n')));
    QCOMPARE(check.exitingCode, exitCode);
    QVERIFY(section7(QStringLiteral("logfile")).match(check.lines.constLast()).hasMatch());
    QVERIFY(section7(QStringLiteral("pid")).match(check.lines.value(3)).hasMatch());
    QCOMPARE(check.dryLines, dry);
    if (copied < 0) {
        QVERIFY(!check.hasStatistics());
        return;
    }
    QCOMPARE(check.copiedLines, copied);
    QCOMPARE(check.transferred(), qint64(copied));
    QCOMPARE(check.bytesTransferred(), check.copiedBytes);
    QCOMPARE(check.detectedErrors, check.appendFailures);
    if (dry > 0)
        QCOMPARE(check.couldBe(), qint64(36));
    if (env.contains(QStringLiteral("FAKE_IMAPSYNC_ERROR_FOLDER=Junk")))
        QCOMPARE(check.appendFailureFolders,
                 QStringList(check.appendFailures, QStringLiteral("Junk")));
}

void TestFakeImapsync::exitCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("exitingLine");
    // 101, 102, 113, 161 and 162 are rows of modes(), where every line is checked.
    for (int code : {1, 8, 10, 12, 16, 21, 66, 69, 70, 111, 114, 115, 116, 117, 119, 120, 254})
        QTest::addRow("%d", code) << code << true;
    QTest::newRow("64 usage") << 64 << false;
    QTest::newRow("99 perl die") << 99 << false;
}

void TestFakeImapsync::exitCodes()
{
    QFETCH(int, code);
    QFETCH(bool, exitingLine);
    const FakeResult run =
        runFake(m_job->arguments(),
                m_job->environment({QStringLiteral("FAKE_IMAPSYNC_EXIT=%1").arg(code)}));
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, code);
    const OutputCheck check = checkOutput(run.out);
    QVERIFY2(check.mismatches.isEmpty(), qPrintable(check.mismatches.join('\n')));
    QCOMPARE(check.exitingCode, exitingLine ? code : -1);
    if (check.count(QStringLiteral("Err ")) > 0)
        QCOMPARE(check.count(QStringLiteral("The most frequent error is ERR_")), 1);
    QCOMPARE(run.err.contains("Unknown option"), code == 64);
}

void TestFakeImapsync::crashes_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGSEGV") << QStringLiteral("1") << int(SIGSEGV);
    QTest::newRow("SIGABRT") << QStringLiteral("ABRT") << int(SIGABRT);
}

void TestFakeImapsync::crashes()
{
    QFETCH(QString, mode);
    QFETCH(int, signal);
    const FakeResult run = runFake(
        m_job->arguments(), m_job->environment({QStringLiteral("FAKE_IMAPSYNC_CRASH=") + mode}));
    QCOMPARE(run.exitStatus, QProcess::CrashExit);
    QCOMPARE(run.exitCode, signal);
    const OutputCheck check = checkOutput(run.out);
    QCOMPARE(check.copiedLines, 17);
    QVERIFY(!check.hasStatistics());
    QCOMPARE(check.exitingCode, -1);
    QVERIFY(QFile::exists(m_job->path(QStringLiteral("job.pid"))));
}

// Section 6: a tee of stdout, except the stdout-only "Creating directory" line.
void TestFakeImapsync::logFileIsTeeOfStdout()
{
    const QString log = m_job->path(QStringLiteral("logs/deeper/job.log"));
    QStringList args = m_job->arguments({QStringLiteral("--logfile"), log});
    const FakeResult run = runFake(args, m_job->environment(), m_job->directory());
    QCOMPARE(run.exitCode, 0);
    const QByteArray first = run.out.left(run.out.indexOf('\n') + 1);
    QCOMPARE(first, QStringLiteral("Creating directory %1 (current directory is %2)\n")
                        .arg(m_job->path(QStringLiteral("logs/deeper")), m_job->directory())
                        .toUtf8());
    QCOMPARE(readFile(log), run.out.mid(first.size()));
    QVERIFY(run.out.endsWith(QStringLiteral("Log file is %1 ( to change it, use --logfile "
                                            "filepath ; or use --nolog to turn off logging )\n")
                                 .arg(log)
                                 .toUtf8()));
}

void TestFakeImapsync::commandLineBasics_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    const QString nodocker = QStringLiteral("--nodockercontext");
    QTest::newRow("16d --version")
        << QStringList{QStringLiteral("--version")} << 0 << QByteArray("2.229\n") << QByteArray();
    QTest::newRow("16a unknown option")
        << QStringList{nodocker, QStringLiteral("--hots1"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--user1"), QStringLiteral("alice")}
        << 64 << QByteArray("Found 1 extra arguments : [127.0.0.1]\n")
        << QByteArray("Unknown option: hots1\n");
    QTest::newRow("ambiguous option")
        << QStringList{nodocker, QStringLiteral("--host"), QStringLiteral("x")} << 64
        << QByteArray("Found 1 extra arguments : [x]")
        << QByteArray("Option host is ambiguous (host1, host2)");
    QTest::newRow("16b missing host1")
        << QStringList{nodocker, QStringLiteral("--host2"), QStringLiteral("imap.dest.test"),
                       QStringLiteral("--user2"), QStringLiteral("bob")}
        << 0 << QByteArray("Exiting after a justconnect on host(s):  imap.dest.test\n")
        << QByteArray();
    QTest::newRow("16c no args") << QStringList{nodocker} << 0
                                 << QByteArray("Exiting after a justconnect on host(s):  \n")
                                 << QByteArray();
}

void TestFakeImapsync::commandLineBasics()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    if (args != QStringList{QStringLiteral("--version")})
        args << QStringLiteral("--tmpdir") << m_job->directory(); // keeps /tmp/imapsync.pid alone
    const FakeResult run = runFake(args, {}, m_job->directory());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains(out), run.out.constData());
    QVERIFY(run.err.contains(err));
    QVERIFY(checkOutput(run.out).mismatches.isEmpty());
    // Without --logfile the default log lands in ./LOG_imapsync, named after the users.
    QCOMPARE(QDir(m_job->path(QStringLiteral("LOG_imapsync"))).exists(),
             exitCode == 0 && !out.startsWith("2.229"));
}

void TestFakeImapsync::outputShapes()
{
    const FakeResult run =
        runFake(m_job->arguments(),
                m_job->environment({QStringLiteral("FAKE_IMAPSYNC_FLOOD=10000"),
                                    QStringLiteral("FAKE_IMAPSYNC_STDERR_FLOOD=5000"),
                                    QStringLiteral("FAKE_IMAPSYNC_NO_TRAILING_NEWLINE=1"),
                                    QStringLiteral("FAKE_IMAPSYNC_CR_PROGRESS=1")}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count("flood line"), 10000);
    QCOMPARE(run.err.count('\n'), 5000);
    QVERIFY(!run.out.endsWith('\n'));
    QVERIFY(run.out.endsWith("or use --nolog to turn off logging )"));
    QVERIFY(run.out.contains(" msgs left\rmsg ")); // progress lines end in a lone \r
    const OutputCheck check = checkOutput(run.out);
    QVERIFY(check.mismatches.isEmpty());
    QCOMPARE(check.copiedLines, 36);
    QCOMPARE(readFile(m_job->path(QStringLiteral("job.log"))),
             run.out); // the tee keeps both oddities
}

// 10j then 10k: what was copied before the abort is skipped by the next run.
void TestFakeImapsync::resumeAfterAbort()
{
    const QStringList env = m_job->environment(
        {QStringLiteral("FAKE_IMAPSYNC_STATE=") + m_job->path(QStringLiteral("state"))});
    const FakeResult first =
        runFake(m_job->arguments(), env + QStringList{QStringLiteral("FAKE_IMAPSYNC_EXIT=7")});
    QCOMPARE(first.exitCode, 7);
    const OutputCheck aborted = checkOutput(first.out);
    const FakeResult second = runFake(m_job->arguments(), env);
    QCOMPARE(second.exitCode, 0);
    const OutputCheck resumed = checkOutput(second.out);
    QCOMPARE(resumed.transferred(), 36 - aborted.transferred());
    QCOMPARE(resumed.statistics.value(QStringLiteral("Messages skipped")),
             QString::number(aborted.transferred()));
}

// Section 2: with /.dockerenv imapsync changes directory, logs nothing and has no pid file.
void TestFakeImapsync::dockerContext()
{
    QVERIFY(writeFile(m_job->path(QStringLiteral("dockerenv")), {}));
    const FakeResult run =
        runFake({QStringLiteral("--host1"), QStringLiteral("a.test"), QStringLiteral("--user1"),
                 QStringLiteral("alice"), QStringLiteral("--host2"), QStringLiteral("b.test"),
                 QStringLiteral("--user2"), QStringLiteral("bob"), QStringLiteral("--justlogin")},
                m_job->environment({QStringLiteral("FAKE_IMAPSYNC_DOCKERENV=") +
                                    m_job->path(QStringLiteral("dockerenv"))}),
                m_job->directory());
    QCOMPARE(run.exitCode, 0);
    const OutputCheck check = checkOutput(run.out);
    QVERIFY(check.contains(QStringLiteral("Docker context detected with the file ") +
                           m_job->path(QStringLiteral("dockerenv"))));
    QVERIFY(check.contains(QStringLiteral("Current directory is /var/tmp/uid_%1").arg(geteuid())));
    QCOMPARE(check.count(QStringLiteral("No log file because of option --nolog")), 2);
    QVERIFY(check.contains(QStringLiteral("kill -INT %1 # special behavior: call to sub catch_exit")
                               .arg(check.lines.value(6).section(QLatin1Char(' '), 2, 2))));
    QVERIFY(!QDir(m_job->path(QStringLiteral("LOG_imapsync"))).exists());
}

QTEST_GUILESS_MAIN(TestFakeImapsync)
#include "tst_fakeimapsync.moc"
