// JobProcess runs to the end: exit codes, output, log file, failures to start.
// Real child processes: tests/fixtures/fake-imapsync plays imapsync.
#include "../fake/fakeprocess.h"
#include "imapsync/exitcodes.h"
#include "jobs/jobprocess.h"
#include "jobtestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <signal.h>

using namespace imapdesk;
using namespace imapdesk::test;
using namespace std::chrono_literals;
using ImapDeskTest::readFile;
using ImapDeskTest::writeFile;

class tst_JobProcess final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void succeeds_data();
    void succeeds();
    void failsWithImapsyncsCode_data();
    void failsWithImapsyncsCode();
    void spamOnlyErrorsSucceed_data();
    void spamOnlyErrorsSucceed();
    void crashFails_data();
    void crashFails();

    void programThatCannotStart_data();
    void programThatCannotStart();
    void refusedCommandDoesNotStart();
    void unwritableLogFolder();
    void logWriteFailureKeepsTheJob();
    void appendsToAnExistingLog();

    void lastLineWithoutNewlineIsParsed();
    void carriageReturnProgress();
    void floodIsCoalesced_data();
    void floodIsCoalesced();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString teeWrapper(const QString &capture) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_JobProcess::init()
{
    startJobTest();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_JobProcess::cleanup()
{
    clearFakeEnvironment();
    m_dir.reset();
}

// The fake with its output copied to capture, to compare with the log byte for byte.
QString tst_JobProcess::teeWrapper(const QString &capture) const
{
    const QString script = path(QStringLiteral("imapsync-tee"));
    const QByteArray text = "#!/bin/bash\nset -o pipefail\n" +
                            shellQuoted(ImapDeskTest::FakeProcess::program()).toUtf8() +
                            " \"$@\" 2>&1 | tee " + shellQuoted(capture).toUtf8() + "\n";
    if (!writeFile(script, text) ||
        !QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return {};
    return script;
}

void tst_JobProcess::succeeds_data()
{
    QTest::addColumn<int>("messages");
    QTest::newRow("no message") << 0;
    QTest::newRow("one message") << 1;
    QTest::newRow("36 messages") << 36;
    QTest::newRow("250 messages") << 250;
}

void tst_JobProcess::succeeds()
{
    QFETCH(int, messages);
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_MESSAGES=%1").arg(messages)});
    const QString capture = path(QStringLiteral("capture.txt"));
    JobRunSpec spec = fakeJobSpec(*m_dir);
    spec.imapsync.program = teeWrapper(capture);
    QVERIFY(!spec.imapsync.program.isEmpty());
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(outcome.started);
    QVERIFY2(outcome.failureMessage.isEmpty(), qPrintable(outcome.failureMessage));
    QVERIFY(!outcome.end.killedBySignal);
    QCOMPARE(outcome.end.exitCode, 0);
    QVERIFY(!outcome.stopRequested);
    QCOMPARE(outcome.verdict.state, JobVerdictState::Succeeded);
    QCOMPARE(outcome.verdict.category, ExitCategory::Success);
    const QByteArray output = readFile(capture);
    QCOMPARE(outcome.stats.messagesCopied, qint64(messages));
    QCOMPARE(outcome.stats.bytesCopied, sumOfCopiedSizes(output));
    QCOMPARE(outcome.stats.bytesCopied > 0, messages > 0);
    QVERIFY(outcome.stats.sawExitLine);
    QCOMPARE(outcome.stats.printedExitCode, 0);

    const QByteArray log = readFile(spec.logFile);
    const qsizetype headerEnd = log.indexOf('\n');
    const QByteArray header = log.left(headerEnd);
    QVERIFY2(header.startsWith("ImapDesk ") && header.contains("job 42, attempt 3"),
             header.constData());
    QVERIFY(header.contains("IMAPSYNC_PASSWORD1=MASKED IMAPSYNC_PASSWORD2=MASKED"));
    QVERIFY(header.contains(" --nolog "));
    QVERIFY(header.contains(QByteArray(" --pidfile " + pidFileOf(spec).toUtf8())));
    QCOMPARE(log.mid(headerEnd + 1), output);

    QCOMPARE(job.stats().messagesCopied, qint64(messages));
    QVERIFY(job.takeStatsChanged());
    QVERIFY(!job.takeStatsChanged());
    QVERIFY(!job.isRunning());
    QCOMPARE(job.processId(), 0);
    QCOMPARE(watch.startedCount, 1);
    QVERIFY(watch.pid > 0);
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

void tst_JobProcess::failsWithImapsyncsCode_data()
{
    QTest::addColumn<int>("code");
    for (int code : {161, 162, 101, 102, 113, 114, 116, 64, 66, 8, 10, 70, 99})
        QTest::addRow("exit %d", code) << code;
}

void tst_JobProcess::failsWithImapsyncsCode()
{
    QFETCH(int, code);
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_EXIT=%1").arg(code)});
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const JobOutcome &outcome = *watch.outcome;
    const ExitCodeInfo info = describeExitCode(code);
    QVERIFY(outcome.started);
    QVERIFY(!outcome.end.killedBySignal);
    QCOMPARE(outcome.end.exitCode, code);
    QCOMPARE(outcome.verdict.state, JobVerdictState::Failed);
    QCOMPARE(outcome.verdict.code, code);
    QCOMPARE(outcome.verdict.category, info.category);
    QCOMPARE(outcome.verdict.title, info.title);
    QVERIFY(!outcome.verdict.spamOnly);
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

void tst_JobProcess::spamOnlyErrorsSucceed_data()
{
    QTest::addColumn<int>("code");
    QTest::addRow("append errors (114)") << 114;
    QTest::addRow("fetch errors (115)") << 115;
}

void tst_JobProcess::spamOnlyErrorsSucceed()
{
    QFETCH(int, code);
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_EXIT=%1").arg(code),
                        QStringLiteral("FAKE_IMAPSYNC_ERROR_FOLDER=Junk")});
    JobProcess job(fakeJobSpec(*m_dir));
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const JobOutcome &outcome = *watch.outcome;
    QCOMPARE(outcome.end.exitCode, code);
    QCOMPARE(outcome.verdict.state, JobVerdictState::Succeeded);
    QVERIFY(outcome.verdict.spamOnly);
    QVERIFY(!outcome.stats.errorFolders.isEmpty());
    for (const QString &folder : outcome.stats.errorFolders)
        QVERIFY2(isSpamFolder(folder), qPrintable(folder));
}

void tst_JobProcess::crashFails_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGSEGV") << QStringLiteral("1") << int(SIGSEGV);
    QTest::newRow("SIGABRT") << QStringLiteral("ABRT") << int(SIGABRT);
}

void tst_JobProcess::crashFails()
{
    QFETCH(QString, mode);
    QFETCH(int, signal);
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_CRASH=") + mode});
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(outcome.started);
    QVERIFY(outcome.end.killedBySignal);
    QCOMPARE(outcome.end.signal, signal); // Qt's Unix exitCode() after a crash exit
    QVERIFY(!outcome.stopRequested);
    QCOMPARE(outcome.verdict.state, JobVerdictState::Failed);
    QCOMPARE(outcome.verdict.category, ExitCategory::Killed);
    QVERIFY(outcome.stats.messagesCopied > 0);
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList()); // the crash left its pid file
}

void tst_JobProcess::programThatCannotStart_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QStringLiteral("missing")
                             << QStringLiteral("No such file or directory");
    QTest::newRow("not executable")
        << QStringLiteral("not executable") << QStringLiteral("Permission denied");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("Permission denied");
}

void tst_JobProcess::programThatCannotStart()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString program = path(QStringLiteral("bin/imapsync"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("bin"))));
    if (kind == QLatin1String("not executable"))
        QVERIFY(writeFile(program, "#!/bin/sh\nexit 0\n")); // 0644: root cannot run it either
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(program));
    JobRunSpec spec = fakeJobSpec(*m_dir);
    spec.imapsync.program = program;
    spec.imapsync.password1 = QStringLiteral("0"); // a password file to clean up as well
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(!outcome.started);
    QVERIFY2(outcome.failureMessage.contains(program) && outcome.failureMessage.contains(reason),
             qPrintable(outcome.failureMessage));
    QCOMPARE(outcome.verdict.state, JobVerdictState::Failed);
    QCOMPARE(outcome.verdict.category, ExitCategory::LocalProblem);
    QCOMPARE(watch.startedCount, 0);
    QVERIFY(readFile(spec.logFile).contains(outcome.failureMessage.toUtf8()));
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

void tst_JobProcess::refusedCommandDoesNotStart()
{
    const QString record = path(QStringLiteral("record.jsonl"));
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_RECORD=") + record});
    JobRunSpec spec = fakeJobSpec(*m_dir);
    spec.imapsync.source.host.clear();
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    QVERIFY(!watch.outcome->started);
    QVERIFY(watch.outcome->failureMessage.contains(QLatin1String("source host")));
    QCOMPARE(watch.outcome->verdict.category, ExitCategory::ConfigurationProblem);
    QVERIFY(!QFileInfo::exists(record));
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

void tst_JobProcess::unwritableLogFolder()
{
    // Tests run as root: rights would not stop the write, a file in the way does.
    QVERIFY(writeFile(path(QStringLiteral("logs")), "a file where the log folder should be\n"));
    const QString record = path(QStringLiteral("record.jsonl"));
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_RECORD=") + record});
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(!outcome.started);
    QVERIFY2(outcome.failureMessage.contains(QDir::toNativeSeparators(spec.logFile)) &&
                 outcome.failureMessage.contains(QLatin1String("Not a directory")),
             qPrintable(outcome.failureMessage));
    QCOMPARE(outcome.verdict.state, JobVerdictState::Failed);
    QCOMPARE(watch.startedCount, 0);
    QVERIFY2(!QFileInfo::exists(record), "imapsync must not run");
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

void tst_JobProcess::logWriteFailureKeepsTheJob()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full, where every write fails with ENOSPC");
    JobRunSpec spec = fakeJobSpec(*m_dir);
    spec.logFile = QStringLiteral("/dev/full");
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(outcome.started);
    QCOMPARE(outcome.verdict.state, JobVerdictState::Succeeded);
    QCOMPARE(outcome.stats.messagesCopied, 36); // parsing went on
    QVERIFY2(outcome.failureMessage.contains(QLatin1String("/dev/full")) &&
                 outcome.failureMessage.contains(QLatin1String("No space left on device")),
             qPrintable(outcome.failureMessage));
    QCOMPARE(outcome.stats.lastErrors.constLast(), outcome.failureMessage);
    QCOMPARE(outcome.stats.lastErrors.count(outcome.failureMessage), 1);
}

void tst_JobProcess::appendsToAnExistingLog()
{
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    QVERIFY(QDir().mkpath(QFileInfo(spec.logFile).absolutePath()));
    QVERIFY(writeFile(spec.logFile, "an earlier attempt whose last line had no end"));
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const QByteArray log = readFile(spec.logFile);
    QVERIFY(log.startsWith("an earlier attempt whose last line had no end\nImapDesk "));
    QCOMPARE(watch.outcome->verdict.state, JobVerdictState::Succeeded);
}

void tst_JobProcess::lastLineWithoutNewlineIsParsed()
{
    // Exit 8 (pid file locked) ends with its "Exiting with return value" line.
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_NO_TRAILING_NEWLINE=1"),
                        QStringLiteral("FAKE_IMAPSYNC_EXIT=8")});
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const QByteArray log = readFile(spec.logFile);
    QVERIFY(!log.endsWith('\n'));
    QVERIFY(log.mid(log.lastIndexOf('\n') + 1).startsWith("Exiting with return value 8 "));
    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(outcome.stats.sawExitLine);
    QCOMPARE(outcome.stats.printedExitCode, 8);
    QCOMPARE(outcome.end.exitCode, 8);
}

void tst_JobProcess::carriageReturnProgress()
{
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_CR_PROGRESS=1"),
                        QStringLiteral("FAKE_IMAPSYNC_MESSAGES=20")});
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished());

    const QByteArray log = readFile(spec.logFile);
    QVERIFY(log.contains(" copied ") && log.contains('\r'));
    const JobOutcome &outcome = *watch.outcome;
    QCOMPARE(outcome.verdict.state, JobVerdictState::Succeeded);
    QCOMPARE(outcome.stats.messagesCopied, 20);
    QCOMPARE(outcome.stats.bytesCopied, sumOfCopiedSizes(log));
    QCOMPARE(outcome.stats.messagesLeft, 0);
}

void tst_JobProcess::floodIsCoalesced_data()
{
    QTest::addColumn<QString>("variable");
    QTest::newRow("stdout") << QStringLiteral("FAKE_IMAPSYNC_FLOOD");
    QTest::newRow("stderr") << QStringLiteral("FAKE_IMAPSYNC_STDERR_FLOOD");
}

void tst_JobProcess::floodIsCoalesced()
{
    QFETCH(QString, variable);
    constexpr int lines = 100000;
    setFakeEnvironment(
        {variable + QStringLiteral("=%1").arg(lines), QStringLiteral("FAKE_IMAPSYNC_MESSAGES=3")});
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QVERIFY(watch.waitFinished(30000));

    QCOMPARE(watch.outcome->verdict.state, JobVerdictState::Succeeded);
    QCOMPARE(readFile(spec.logFile).count(" flood line "), lines);
    QVERIFY(watch.outputCount > 0);
    QVERIFY2(
        watch.outputCount < lines / 20,
        qPrintable(QStringLiteral("%1 signals for %2 lines").arg(watch.outputCount).arg(lines)));
}

QTEST_GUILESS_MAIN(tst_JobProcess)
#include "tst_jobprocess.moc"
