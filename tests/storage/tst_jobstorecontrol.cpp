// The job store's interventions (cancel, retry, crash recovery), on SQLite
// and PostgreSQL.
#include "storagetestdb.h"

#include <QTest>

using namespace imapdesk;
using namespace imapdesk::test;

class TestJobStoreControl final : public QObject
{
    Q_OBJECT

private slots:
    void cancelBatch_data() { addBackendRows(); }
    void cancelBatch();
    void cancelJobs_data() { addBackendRows(); }
    void cancelJobs();
    void retryKeepsHistory_data() { addBackendRows(); }
    void retryKeepsHistory();
    void interruptedRecovery_data() { addBackendRows(); }
    void interruptedRecovery();
    void expiredLeases_data() { addBackendRows(); }
    void expiredLeases();
};

void TestJobStoreControl::cancelBatch()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 batchId = f.store->addBatch(sampleBatch(), sampleJobs(3)).value();
    NewBatch next = sampleBatch();
    next.afterBatchId = batchId;
    const qint64 waiting = f.store->addBatch(next, sampleJobs(2)).value();
    const auto running = claim(f);
    QVERIFY(running);

    const auto cancelled = f.store->requestCancelBatch(batchId);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error()));
    QCOMPARE(cancelled.value().cancelled, 2);
    QCOMPARE(cancelled.value().stopRequested, 1);
    QVERIFY(f.store->batch(batchId).value().cancelRequested);
    QCOMPARE(jobState(f, running->jobId), JobState::Running); // the runner stops it
    QVERIFY(f.store->job(running->jobId).value().cancelRequested);
    QCOMPARE(f.store->jobsToStop(QStringLiteral("r1")).value(), QList<qint64>{running->jobId});
    QVERIFY(f.store->jobsToStop(QStringLiteral("r2")).value().isEmpty());
    QVERIFY(f.store->finishAttempt(running->attemptId, JobStats(), cancelledBySignal()).value());
    QCOMPARE(f.store->batch(batchId).value().state, JobState::Cancelled);
    QCOMPARE(f.store->batch(batchId).value().counts.cancelled, 3);

    // Waiting jobs are cancelled at once too.
    const auto waited = f.store->requestCancelBatch(waiting);
    QCOMPARE(waited.value().cancelled, 2);
    QCOMPARE(waited.value().stopRequested, 0);
    QCOMPARE(f.store->promoteWaitingJobs().value(), 0);
    QVERIFY(!claim(f));
    QVERIFY(!f.store->requestCancelBatch(4711).ok());
}

void TestJobStoreControl::cancelJobs()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 batchId = f.store->addBatch(sampleBatch(), sampleJobs(4)).value();
    const QList<qint64> ids = jobIds(f, batchId);
    const auto running = claim(f);
    QCOMPARE(running->jobId, ids[0]);
    const auto outcome = f.store->requestCancelJobs({ids[0], ids[2]});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(outcome.value().cancelled, 1);
    QCOMPARE(outcome.value().stopRequested, 1);
    QCOMPARE(jobState(f, ids[1]), JobState::Queued);
    QCOMPARE(jobState(f, ids[2]), JobState::Cancelled);
    QVERIFY(!f.store->batch(batchId).value().cancelRequested);
    // The others still run.
    QCOMPARE(claim(f)->jobId, ids[1]);
    QCOMPARE(claim(f)->jobId, ids[3]);
}

void TestJobStoreControl::retryKeepsHistory()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 batchId = f.store->addBatch(sampleBatch(), sampleJobs(5)).value();
    const QList<qint64> ids = jobIds(f, batchId);
    const auto j1 = claim(f);
    const auto j2 = claim(f);
    const auto j3 = claim(f);
    QVERIFY(f.store->finishAttempt(j1->attemptId, JobStats(), succeeded()).value());
    QVERIFY(f.store->finishAttempt(j2->attemptId, JobStats(), failedWith(161)).value());
    QCOMPARE(f.store->markAttemptsInterrupted({j3->attemptId}).value(), 1);
    QVERIFY(f.store->requestCancelJobs({ids[3]}).ok());
    // ids[4] stays queued.
    QVERIFY(!f.store->retryJob(ids[4]).value()); // has not ended

    QCOMPARE(f.store->retryJobs(batchId, RetryMode::FailedOnly).value(), 3);
    QCOMPARE(jobState(f, ids[0]), JobState::Succeeded);
    for (int i : {1, 2, 3, 4})
        QCOMPARE(jobState(f, ids[i]), JobState::Queued);
    QCOMPARE(f.store->attempts(ids[1]).value().size(), 1);

    const auto again = claim(f);
    QCOMPARE(again->jobId, ids[1]);
    QCOMPARE(again->attemptNumber, 2);
    QVERIFY(f.store->finishAttempt(again->attemptId, JobStats(), succeeded()).value());
    const auto history = f.store->attempts(ids[1]).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].number, 1);
    QCOMPARE(history[0].state, JobState::Failed);
    QCOMPARE(*history[0].exitCode, 161);
    QCOMPARE(history[1].number, 2);
    QCOMPARE(history[1].state, JobState::Succeeded);
    QCOMPARE(f.store->job(ids[1]).value().latestAttempt->number, 2);

    // A cancelled batch, re-run as a whole: every ended job again.
    QVERIFY(f.store->requestCancelBatch(batchId).ok());
    QCOMPARE(f.store->retryJobs(batchId, RetryMode::All).value(), 5);
    QVERIFY(!f.store->batch(batchId).value().cancelRequested);
    QCOMPARE(f.store->batch(batchId).value().counts.queued, 5);
    QCOMPARE(claim(f)->attemptNumber, 2); // ids[0], its second run

    QVERIFY(!f.store->retryJob(ids[0]).value()); // running
    QVERIFY(!f.store->retryJob(4711).ok());
    QVERIFY(!f.store->retryJobs(4711, RetryMode::All).ok());
}

void TestJobStoreControl::interruptedRecovery()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    f.store->addBatch(sampleBatch(), sampleJobs(4));
    const RunnerIdentity dead = testRunner(QStringLiteral("dead"), 1001);
    const RunnerIdentity alive = testRunner(QStringLiteral("alive"), 1002);
    const auto d1 = f.store->claimNextJob(dead).value();
    const auto d2 = f.store->claimNextJob(dead).value();
    const auto a1 = f.store->claimNextJob(alive).value();
    QVERIFY(d1 && d2 && a1);
    QVERIFY(f.store->startedProcess(d1->attemptId, 5555, QString()).value());
    QVERIFY(f.store->requestCancelJobs({d2->jobId}).ok()); // its stop was asked for

    const auto running = f.store->runningAttempts();
    QVERIFY2(running.ok(), qPrintable(running.error()));
    QCOMPARE(running.value().size(), 3);
    const RunningAttempt &first = running.value().first();
    QCOMPARE(first.attemptId, d1->attemptId);
    QCOMPARE(first.jobId, d1->jobId);
    QCOMPARE(first.runnerId, dead.id);
    QCOMPARE(first.runnerMachine, dead.machine);
    QCOMPARE(first.runnerPid, 1001);
    QCOMPARE(first.imapsyncPid, 5555);

    f.clock += 5000;
    // What the scheduler does at start: this machine, and no such process.
    const auto marked = f.store->markGoneInterrupted([&dead](const RunningAttempt &a) {
        return a.runnerMachine == dead.machine && a.runnerPid == dead.pid;
    });
    QVERIFY2(marked.ok(), qPrintable(marked.error()));
    QCOMPARE(marked.value(), 2);
    JobRecord record = f.store->job(d1->jobId).value();
    QCOMPARE(record.state, JobState::Interrupted);
    QCOMPARE(record.latestAttempt->state, JobState::Interrupted);
    QCOMPARE(*record.latestAttempt->endedAt, f.clock);
    QVERIFY(record.runnerId.isEmpty());
    QCOMPARE(jobState(f, d2->jobId), JobState::Cancelled);
    QCOMPARE(jobState(f, a1->jobId), JobState::Running);
    QCOMPARE(f.store->markRunnersInterrupted({dead.id}).value(), 0); // already done

    // The vanished runner comes back after all: its result is recorded, the
    // job keeps the state recovery gave it.
    const auto late = f.store->finishAttempt(d1->attemptId, JobStats(), succeeded());
    QVERIFY(late.ok());
    QVERIFY(!late.value());
    QCOMPARE(jobState(f, d1->jobId), JobState::Interrupted);

    QCOMPARE(f.store->retryJobs(d1->batchId, RetryMode::FailedOnly).value(), 2);
    QCOMPARE(f.store->markRunnersInterrupted({alive.id}).value(), 1);
    QCOMPARE(jobState(f, a1->jobId), JobState::Interrupted);
}

void TestJobStoreControl::expiredLeases()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    f.store->setLeaseDuration(10000);
    f.store->addBatch(sampleBatch(), sampleJobs(2));
    const auto quiet = claim(f, QStringLiteral("quiet"));
    const auto beating = claim(f, QStringLiteral("beating"));
    QCOMPARE(f.store->recoverExpiredLeases().value(), 0);
    f.clock += 8000;
    QCOMPARE(f.store->heartbeat(QStringLiteral("beating")).value(), 1);
    f.clock += 8000; // quiet's lease ran out 6 s ago; beating's runs 2 s more
    QCOMPARE(f.store->recoverExpiredLeases().value(), 1);
    QCOMPARE(jobState(f, quiet->jobId), JobState::Interrupted);
    QCOMPARE(jobState(f, beating->jobId), JobState::Running);
    QCOMPARE(f.store->heartbeat(QStringLiteral("quiet")).value(), 0); // it lost its claim
}

QTEST_GUILESS_MAIN(TestJobStoreControl)
#include "tst_jobstorecontrol.moc"
