// Stopping JobProcess: abort file, SIGTERM, kill, before and during start-up, and
// destruction while running. Real child processes: fake-imapsync plays imapsync.
#include "../fake/fakeprocess.h"
#include "imapsync/exitcodes.h"
#include "jobs/jobprocess.h"
#include "jobs/processreaper.h"
#include "jobtestsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <signal.h>

using namespace imapdesk;
using namespace imapdesk::test;
using namespace std::chrono_literals;
using ImapDeskTest::readFile;

class tst_JobProcessStop final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void stopUsesTheAbortFile();
    void stopEndsWithSignals_data();
    void stopEndsWithSignals();
    void stopDuringStartUp();
    void stopBeforeStart();
    void stopTwiceIsHarmless();

    void destructionKillsAndReaps_data();
    void destructionKillsAndReaps();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_JobProcessStop::init()
{
    startJobTest();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_JobProcessStop::cleanup()
{
    clearFakeEnvironment();
    m_dir.reset();
}

void tst_JobProcessStop::stopUsesTheAbortFile()
{
    setFakeEnvironment(
        {QStringLiteral("FAKE_IMAPSYNC_MESSAGES=400"), QStringLiteral("FAKE_IMAPSYNC_DELAY=0.05")});
    const JobRunSpec spec = fakeJobSpec(*m_dir); // 10 s before any signal
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.stats().messagesCopied >= 2, 10000);
    const QString abortFile = imapsyncAbortFile(pidFileOf(spec), job.processId());
    QVERIFY(QFileInfo::exists(pidFileOf(spec)));
    QElapsedTimer timer;
    timer.start();
    job.stop();
    QVERIFY(watch.waitFinished());
    QVERIFY2(timer.elapsed() < 5000, "ended by the abort file, not by a signal");

    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(!outcome.end.killedBySignal);
    QCOMPARE(outcome.end.exitCode, 7);
    QVERIFY(outcome.stopRequested);
    QCOMPARE(outcome.verdict.state, JobVerdictState::Cancelled);
    QCOMPARE(outcome.verdict.code, 7);
    QVERIFY(outcome.stats.messagesCopied < 400);
    QVERIFY(readFile(spec.logFile)
                .contains(QByteArray("Asked to terminate by file " + abortFile.toUtf8())));
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

void tst_JobProcessStop::stopEndsWithSignals_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<int>("killTimeoutMs");
    QTest::addColumn<int>("signal");
    QTest::addColumn<QByteArray>("logged");
    // The fake looks for the abort file between messages only: a hang needs SIGTERM.
    QTest::newRow("hang: SIGTERM")
        << QStringList{QStringLiteral("FAKE_IMAPSYNC_HANG=1")} << 10000 << int(SIGTERM)
        << QByteArray("Exiting with return value 6 (EXIT_BY_SIGNAL)");
    QTest::newRow("SIGTERM ignored: killed")
        << QStringList{QStringLiteral("FAKE_IMAPSYNC_HANG=1"),
                       QStringLiteral("FAKE_IMAPSYNC_IGNORE_TERM=1")}
        << 300 << int(SIGKILL) << QByteArray("Writing my PID");
}

void tst_JobProcessStop::stopEndsWithSignals()
{
    QFETCH(QStringList, environment);
    QFETCH(int, killTimeoutMs);
    QFETCH(int, signal);
    QFETCH(QByteArray, logged);
    setFakeEnvironment(environment);
    JobRunSpec spec = fakeJobSpec(*m_dir);
    spec.abortGrace = 200ms;
    spec.killTimeout = std::chrono::milliseconds(killTimeoutMs);
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    // The pid file is written once the signal handlers are in place.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pidFileOf(spec)), 10000);
    job.stop();
    QVERIFY(watch.waitFinished());

    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(outcome.started);
    QVERIFY(outcome.end.killedBySignal);
    QCOMPARE(outcome.end.signal, signal);
    QVERIFY(outcome.stopRequested);
    QCOMPARE(outcome.verdict.state, JobVerdictState::Cancelled);
    QCOMPARE(outcome.verdict.category, ExitCategory::Cancelled);
    QVERIFY(readFile(spec.logFile).contains(logged));
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList()); // SIGKILL leaves the pid file behind
}

void tst_JobProcessStop::stopDuringStartUp()
{
    // Like Perl compiling imapsync: no handler yet, a signal kills it silently.
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_STARTUP=30")});
    JobRunSpec spec = fakeJobSpec(*m_dir);
    spec.abortGrace = 100ms;
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    job.stop();
    QVERIFY(watch.waitFinished(10000));

    const JobOutcome &outcome = *watch.outcome;
    QVERIFY(outcome.started);
    QVERIFY(outcome.end.killedBySignal);
    QCOMPARE(outcome.end.signal, int(SIGTERM));
    QCOMPARE(outcome.verdict.state, JobVerdictState::Cancelled);
    QCOMPARE(outcome.stats.imapsyncPid, 0); // it never printed a line
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

void tst_JobProcessStop::stopBeforeStart()
{
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    JobProcess job(spec);
    Watch watch(&job);
    job.stop();
    QCOMPARE(watch.finishedCount, 0); // always queued
    QVERIFY(watch.waitFinished());
    job.start(); // too late: nothing runs
    job.stop();
    QVERIFY(!job.isRunning());
    QTest::qWait(100); // nothing to await: a second finished() must not come

    const JobOutcome &outcome = *watch.outcome;
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.startedCount, 0);
    QVERIFY(!outcome.started);
    QVERIFY(outcome.stopRequested);
    QVERIFY(!outcome.failureMessage.isEmpty());
    QCOMPARE(outcome.verdict.state, JobVerdictState::Cancelled);
    QVERIFY(!QFileInfo::exists(spec.logFile));
}

void tst_JobProcessStop::stopTwiceIsHarmless()
{
    setFakeEnvironment(
        {QStringLiteral("FAKE_IMAPSYNC_MESSAGES=400"), QStringLiteral("FAKE_IMAPSYNC_DELAY=0.05")});
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    JobProcess job(spec);
    Watch watch(&job);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.stats().messagesCopied >= 1, 10000);
    job.stop();
    job.stop(); // no second abort step, no earlier signal
    QVERIFY(watch.waitFinished());
    job.stop(); // after the end: nothing
    job.kill();
    QTest::qWait(100); // nothing to await: a second finished() must not come

    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.outcome->end.exitCode, 7);
    QCOMPARE(watch.outcome->verdict.state, JobVerdictState::Cancelled);
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

void tst_JobProcessStop::destructionKillsAndReaps_data()
{
    QTest::addColumn<bool>("waitForOutput");
    QTest::newRow("while starting") << false;
    QTest::newRow("while running") << true;
}

void tst_JobProcessStop::destructionKillsAndReaps()
{
    QFETCH(bool, waitForOutput);
    setFakeEnvironment({QStringLiteral("FAKE_IMAPSYNC_HANG=1")});
    const JobRunSpec spec = fakeJobSpec(*m_dir);
    auto job = std::make_unique<JobProcess>(spec);
    Watch watch(job.get());
    job->start();
    if (waitForOutput)
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pidFileOf(spec)), 10000);
    const qint64 pid = job->processId();
    QVERIFY(pid > 0);
    QVERIFY(processExists(pid));

    QElapsedTimer timer;
    timer.start();
    job.reset(); // no finished(), no warning, no wait
    QVERIFY2(timer.elapsed() < 500, "the destructor must not wait for the child");
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000); // killed and reaped, no zombie
    QTRY_COMPARE_WITH_TIMEOUT(ProcessReaper::pendingCount(), 0, 5000);
    QCOMPARE(watch.finishedCount, 0);
    QCOMPARE(runFilesLeft(spec.runDirectory), QStringList());
}

QTEST_GUILESS_MAIN(tst_JobProcessStop)
#include "tst_jobprocessstop.moc"
