// The job store's running side (claim, progress, cancel, retry, recovery),
// on SQLite and PostgreSQL.
#include "storagetestdb.h"

#include <QTest>

using namespace imapdesk;
using namespace imapdesk::test;

namespace {

// "batch:position" of each job claimed until none is left.
QStringList claimAll(StoreFixture &f, const ClaimFilter &filter = {})
{
    QStringList order;
    while (const auto job = claim(f, QStringLiteral("r1"), filter))
        order << QStringLiteral("%1:%2").arg(job->batchId).arg(job->user1.section(u'@', 0, 0));
    return order;
}

JobStats sampleStats()
{
    JobStats stats;
    stats.currentFolder = QStringLiteral("INBOX/Ünïcødé");
    stats.folderIndex = 3;
    stats.folderCount = 12;
    stats.messagesCopied = 1234;
    stats.messagesSkipped = 5;
    stats.messagesTotal = 5000;
    stats.messagesLeft = 3766;
    stats.bytesCopied = 9'876'543'210LL;
    stats.bytesTotal = 20'000'000'000LL;
    stats.messagesPerSecond = 12.5;
    stats.bytesPerSecond = 1048576.25;
    stats.etaSeconds = 301;
    stats.errorCount = 2;
    stats.lastErrors = {QStringLiteral("Err 1/2: \"quoted\", comma"), QStringLiteral("Err 2/2")};
    stats.errorFolders = {QStringLiteral("Junk")};
    stats.imapsyncVersion = QStringLiteral("2.229");
    return stats;
}

} // namespace

class TestJobStoreRun final : public QObject
{
    Q_OBJECT

private slots:
    void claimFifoAcrossBatches_data() { addBackendRows(); }
    void claimFifoAcrossBatches();
    void claimRecordsAttempt_data() { addBackendRows(); }
    void claimRecordsAttempt();
    void claimOneBatchOnly_data() { addBackendRows(); }
    void claimOneBatchOnly();
    void claimSkipsBusyHosts_data() { addBackendRows(); }
    void claimSkipsBusyHosts();
    void chainedBatchWaits_data() { addBackendRows(); }
    void chainedBatchWaits();
    void statsAndFinish_data() { addBackendRows(); }
    void statsAndFinish();
    void statsOfManyAttempts_data() { addBackendRows(); }
    void statsOfManyAttempts();
    void failureToStart_data() { addBackendRows(); }
    void failureToStart();
};

void TestJobStoreRun::claimFifoAcrossBatches()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 a = f.store->addBatch(sampleBatch(), sampleJobs(3, QStringLiteral("a"))).value();
    const qint64 b = f.store->addBatch(sampleBatch(), sampleJobs(2, QStringLiteral("b"))).value();
    const QString pa = QString::number(a) + u':';
    const QString pb = QString::number(b) + u':';
    QCOMPARE(claimAll(f), QStringList({pa + QStringLiteral("a1"), pa + QStringLiteral("a2"),
                                       pa + QStringLiteral("a3"), pb + QStringLiteral("b1"),
                                       pb + QStringLiteral("b2")}));
    QCOMPARE(f.store->batch(a).value().counts.running, 3);
}

void TestJobStoreRun::claimRecordsAttempt()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    f.store->setLeaseDuration(30000);
    NewBatch spec = sampleBatch(QStringLiteral("spec"));
    spec.extraArguments = {QStringLiteral("--nofoldersizes")};
    spec.dryRun = true;
    const qint64 batchId = f.store->addBatch(spec, sampleJobs(1)).value();
    const auto job = claim(f, QStringLiteral("runner-x"));
    QVERIFY(job);
    QCOMPARE(job->batchId, batchId);
    QCOMPARE(job->attemptNumber, 1);
    QCOMPARE(job->user1, QStringLiteral("user1@old.example"));
    QCOMPARE(job->credentialRef, QStringLiteral("ref-user-1"));
    QCOMPARE(job->batch.label, QStringLiteral("spec"));
    QCOMPARE(job->batch.extraArguments, spec.extraArguments);
    QVERIFY(job->batch.dryRun);
    QCOMPARE(job->leaseUntil, f.clock + 30000);

    const JobRecord record = f.store->job(job->jobId).value();
    QCOMPARE(record.state, JobState::Running);
    QCOMPARE(record.attempts, 1);
    QCOMPARE(record.runnerId, QStringLiteral("runner-x"));
    QCOMPARE(*record.leaseUntil, f.clock + 30000);
    QVERIFY(record.latestAttempt);
    const AttemptRecord &attempt = *record.latestAttempt;
    QCOMPARE(attempt.id, job->attemptId);
    QCOMPARE(attempt.number, 1);
    QCOMPARE(attempt.state, JobState::Running);
    QCOMPARE(attempt.runnerId, QStringLiteral("runner-x"));
    QCOMPARE(attempt.runnerMachine, QStringLiteral("machine-runner-x"));
    QCOMPARE(attempt.runnerPid, 4242);
    QCOMPARE(attempt.startedAt, f.clock);
    QVERIFY(!attempt.endedAt);
    QVERIFY(!attempt.verdict);
    QVERIFY(!claim(f)); // nothing left

    f.clock += 1000;
    QCOMPARE(f.store->heartbeat(QStringLiteral("runner-x")).value(), 1);
    QCOMPARE(*f.store->job(job->jobId).value().leaseUntil, f.clock + 30000);
    QCOMPARE(f.store->heartbeat(QStringLiteral("someone-else")).value(), 0);
}

void TestJobStoreRun::claimOneBatchOnly()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 a = f.store->addBatch(sampleBatch(), sampleJobs(2, QStringLiteral("a"))).value();
    const qint64 b = f.store->addBatch(sampleBatch(), sampleJobs(2, QStringLiteral("b"))).value();
    const qint64 c = f.store->addBatch(sampleBatch(), sampleJobs(1, QStringLiteral("c"))).value();
    ClaimFilter onlyB;
    onlyB.batchId = b;
    QCOMPARE(claimAll(f, onlyB).size(), 2);
    // Cancelled and archived batches are never claimed from.
    QVERIFY(f.store->requestCancelBatch(a).ok());
    QVERIFY(f.store->setArchived(c, true).ok());
    QVERIFY(!claim(f));
}

void TestJobStoreRun::claimSkipsBusyHosts()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 a =
        f.store
            ->addBatch(sampleBatch(QStringLiteral("a"), QStringLiteral("Mail.A.example"),
                                   QStringLiteral("dest.example")),
                       sampleJobs(2))
            .value();
    const qint64 b =
        f.store
            ->addBatch(sampleBatch(QStringLiteral("b"), QStringLiteral("mail.b.example"),
                                   QStringLiteral("gmail.example")),
                       sampleJobs(2))
            .value();
    ClaimFilter busyA;
    busyA.busyHosts = {QStringLiteral("mail.a.EXAMPLE")}; // any case
    auto job = claim(f, QStringLiteral("r1"), busyA);
    QVERIFY(job);
    QCOMPARE(job->batchId, b);
    ClaimFilter busyDestinations;
    busyDestinations.busyHosts = {QStringLiteral("dest.example"), QStringLiteral("gmail.example")};
    QVERIFY(!claim(f, QStringLiteral("r1"), busyDestinations));
    job = claim(f);
    QVERIFY(job);
    QCOMPARE(job->batchId, a);
}

void TestJobStoreRun::chainedBatchWaits()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 first = f.store->addBatch(sampleBatch(), sampleJobs(2)).value();
    NewBatch next = sampleBatch(QStringLiteral("after"));
    next.afterBatchId = first;
    const qint64 second = f.store->addBatch(next, sampleJobs(2, QStringLiteral("n"))).value();
    QCOMPARE(f.store->batch(second).value().state, JobState::Waiting);
    QCOMPARE(*f.store->batch(second).value().spec.afterBatchId, first);
    QCOMPARE(f.store->promoteWaitingJobs().value(), 0);

    const auto one = claim(f);
    const auto two = claim(f);
    QVERIFY(one && two);
    QVERIFY(!claim(f)); // the chained batch still waits
    QVERIFY(f.store->finishAttempt(one->attemptId, JobStats(), succeeded()).value());
    QCOMPARE(f.store->promoteWaitingJobs().value(), 0); // one job still running
    QVERIFY(f.store->finishAttempt(two->attemptId, JobStats(), failedWith(10)).value());
    QCOMPARE(f.store->promoteWaitingJobs().value(), 2);
    QCOMPARE(f.store->batch(second).value().state, JobState::Queued);
    const auto third = claim(f);
    QVERIFY(third);
    QCOMPARE(third->batchId, second);

    // Chained after a batch that has already ended: queued at once.
    NewBatch late = sampleBatch();
    late.afterBatchId = first;
    const qint64 lateId = f.store->addBatch(late, sampleJobs(1)).value();
    QCOMPARE(f.store->batch(lateId).value().state, JobState::Queued);
}

void TestJobStoreRun::statsAndFinish()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 batchId = f.store->addBatch(sampleBatch(), sampleJobs(1)).value();
    const auto job = claim(f);
    QVERIFY(job);
    const QString log = QStringLiteral("/data/logs/%1/imap.old.example_user1.log").arg(batchId);
    QVERIFY(f.store->startedProcess(job->attemptId, 31337, log).value());

    f.clock += 1000;
    const JobStats live = sampleStats();
    const auto updated = f.store->updateAttemptStats(job->attemptId, live);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QVERIFY(updated.value());
    AttemptRecord attempt = *f.store->job(job->jobId).value().latestAttempt;
    QCOMPARE(attempt.imapsyncPid, 31337);
    QCOMPARE(attempt.logPath, log);
    QCOMPARE(*attempt.statsUpdatedAt, f.clock);
    QCOMPARE(attempt.stats.currentFolder, live.currentFolder);
    QCOMPARE(attempt.stats.folderIndex, 3);
    QCOMPARE(attempt.stats.folderCount, 12);
    QCOMPARE(attempt.stats.messagesCopied, live.messagesCopied);
    QCOMPARE(attempt.stats.messagesSkipped, live.messagesSkipped);
    QCOMPARE(attempt.stats.messagesTotal, live.messagesTotal);
    QCOMPARE(attempt.stats.messagesLeft, live.messagesLeft);
    QCOMPARE(attempt.stats.bytesCopied, live.bytesCopied);
    QCOMPARE(attempt.stats.bytesTotal, live.bytesTotal);
    QCOMPARE(attempt.stats.messagesPerSecond, live.messagesPerSecond);
    QCOMPARE(attempt.stats.bytesPerSecond, live.bytesPerSecond);
    QCOMPARE(attempt.stats.etaSeconds, live.etaSeconds);
    QCOMPARE(attempt.stats.errorCount, 2);
    QCOMPARE(attempt.stats.lastErrors, live.lastErrors);
    QCOMPARE(attempt.stats.errorFolders, live.errorFolders);
    QCOMPARE(attempt.stats.imapsyncVersion, live.imapsyncVersion);

    f.clock += 60000;
    JobStats final = live;
    final.messagesCopied = 4995;
    final.messagesLeft = 0;
    final.summary = {{QStringLiteral("Messages transferred"), QStringLiteral("4995")},
                     {QStringLiteral("Total bytes transferred"), QStringLiteral("20000000000")}};
    const ExitVerdict verdict =
        judgeImapsyncExit(ProcessEnd::exited(111), false, {QStringLiteral("Junk")});
    const auto finished = f.store->finishAttempt(job->attemptId, final, verdict);
    QVERIFY2(finished.ok(), qPrintable(finished.error()));
    QVERIFY(finished.value());

    const JobRecord record = f.store->job(job->jobId).value();
    QCOMPARE(record.state,
             verdict.state == JobVerdictState::Succeeded ? JobState::Succeeded : JobState::Failed);
    QVERIFY(record.runnerId.isEmpty());
    QVERIFY(!record.leaseUntil);
    attempt = *record.latestAttempt;
    QCOMPARE(attempt.state, record.state);
    QCOMPARE(*attempt.endedAt, f.clock);
    QCOMPARE(*attempt.exitCode, 111);
    QVERIFY(!attempt.exitSignal);
    QVERIFY(attempt.verdict);
    QCOMPARE(attempt.verdict->state, verdict.state);
    QCOMPARE(attempt.verdict->category, verdict.category);
    QCOMPARE(attempt.verdict->code, 111);
    QCOMPARE(attempt.verdict->name, verdict.name);
    QCOMPARE(attempt.verdict->title, verdict.title);
    QCOMPARE(attempt.verdict->explanation, verdict.explanation);
    QCOMPARE(attempt.verdict->spamOnly, verdict.spamOnly);
    QCOMPARE(attempt.stats.messagesCopied, 4995);
    QCOMPARE(attempt.stats.summary, final.summary);
    // Late progress of an ended attempt is ignored.
    QVERIFY(!f.store->updateAttemptStats(job->attemptId, live).value());
    QCOMPARE(f.store->attempts(job->jobId).value().first().stats.messagesCopied, 4995);

    // Killed by a signal: no exit code, the signal kept.
    const qint64 second = f.store->addBatch(sampleBatch(), sampleJobs(1)).value();
    const auto killed = claim(f);
    QCOMPARE(killed->batchId, second);
    QVERIFY(f.store->finishAttempt(killed->attemptId, JobStats(), cancelledBySignal()).value());
    const AttemptRecord ended = *f.store->job(killed->jobId).value().latestAttempt;
    QCOMPARE(ended.state, JobState::Cancelled);
    QVERIFY(!ended.exitCode);
    QCOMPARE(*ended.exitSignal, 15);
    QVERIFY(!f.store->finishAttempt(987654, JobStats(), succeeded()).ok());
}

// A runner's flush: one transaction, attempts that no longer run left alone.
void TestJobStoreRun::statsOfManyAttempts()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    f.store->addBatch(sampleBatch(), sampleJobs(3)).value();
    const auto first = claim(f);
    const auto second = claim(f);
    const auto ended = claim(f);
    QVERIFY(first && second && ended);
    QVERIFY(f.store->finishAttempt(ended->attemptId, JobStats(), succeeded()).value());
    JobStats live = sampleStats();
    JobStats other = sampleStats();
    other.messagesCopied = 77;
    f.clock += 1000;
    const auto updated = f.store->updateAttemptStatsMany(
        {{first->attemptId, live}, {second->attemptId, other}, {ended->attemptId, live}});
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(updated.value(), 2);
    const AttemptRecord a = *f.store->job(first->jobId).value().latestAttempt;
    QCOMPARE(a.stats.messagesCopied, live.messagesCopied);
    QCOMPARE(a.stats.lastErrors, live.lastErrors);
    QCOMPARE(*a.statsUpdatedAt, f.clock);
    QCOMPARE(f.store->job(second->jobId).value().latestAttempt->stats.messagesCopied, 77);
    QCOMPARE(f.store->job(ended->jobId).value().latestAttempt->stats.messagesCopied, 0);
    QCOMPARE(f.store->updateAttemptStatsMany({}).value(), 0);
}

void TestJobStoreRun::failureToStart()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    f.store->addBatch(sampleBatch(), sampleJobs(1));
    const auto job = claim(f);
    const QString message = QStringLiteral("imapsync was not found in /usr/bin, /opt/imapdesk");
    QVERIFY(f.store->failAttemptToStart(job->attemptId, message).value());
    const JobRecord record = f.store->job(job->jobId).value();
    QCOMPARE(record.state, JobState::Failed);
    QCOMPARE(record.latestAttempt->verdict->explanation, message);
    QCOMPARE(record.latestAttempt->verdict->category, ExitCategory::LocalProblem);
    QVERIFY(!record.latestAttempt->exitCode);
}

QTEST_GUILESS_MAIN(TestJobStoreRun)
#include "tst_jobstorerun.moc"
