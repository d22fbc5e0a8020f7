// The job store's batches and history, on SQLite and PostgreSQL.
#include "storagetestdb.h"

#include <QElapsedTimer>
#include <QTest>

using namespace imapdesk;
using namespace imapdesk::test;

namespace {

// Runs one job of the store to its end: claim, stats, verdict.
bool runOneJob(StoreFixture &f, const ExitVerdict &verdict, qint64 durationMs,
               const QString &logPath = QString())
{
    const auto claimed = f.store->claimNextJob(testRunner(QStringLiteral("r1")));
    if (!claimed.ok() || !claimed.value())
        return false;
    const qint64 attempt = claimed.value()->attemptId;
    f.store->startedProcess(attempt, 999, logPath);
    f.clock += durationMs;
    JobStats stats;
    stats.messagesCopied = 10;
    stats.messagesTotal = 20;
    stats.bytesCopied = 1000;
    stats.bytesTotal = 2000;
    return f.store->finishAttempt(attempt, stats, verdict).ok();
}

QList<qint64> ids(const QList<BatchSummary> &batches)
{
    QList<qint64> list;
    for (const BatchSummary &batch : batches)
        list << batch.id;
    return list;
}

} // namespace

class TestJobStore final : public QObject
{
    Q_OBJECT

private slots:
    void addBatchRoundTrip_data() { addBackendRows(); }
    void addBatchRoundTrip();
    void addBatchRefused_data() { addBackendRows(); }
    void addBatchRefused();
    void listFilters_data() { addBackendRows(); }
    void listFilters();
    void batchProgressAndDuration_data() { addBackendRows(); }
    void batchProgressAndDuration();
    void archive_data() { addBackendRows(); }
    void archive();
    void deleteCascadesAndReturnsRefs_data() { addBackendRows(); }
    void deleteCascadesAndReturnsRefs();
    void dashboard_data() { addBackendRows(); }
    void dashboard();
    void listFiveHundredJobs_data() { addBackendRows(); }
    void listFiveHundredJobs();
    void derivedBatchState_data();
    void derivedBatchState();
    void runnerIdentity();
};

void TestJobStore::addBatchRoundTrip()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));

    NewBatch batch = sampleBatch(QStringLiteral("Migração «ACME», fase 1"));
    batch.source = {
        QStringLiteral("imap.old.example"), 143, Security::StartTls, ProviderPreset::Exchange, {}};
    batch.destination = {
        QStringLiteral("outlook.office365.com"), 0, Security::Ssl, ProviderPreset::Office365, {}};
    batch.defaultDomain = QStringLiteral("acme.example");
    batch.extraArguments = {QStringLiteral("--exclude"), QStringLiteral("^Junk E-mail$"),
                            QStringLiteral("--regextrans2"), QStringLiteral("s/\"/'/g")};
    batch.dryRun = true;
    batch.justLogin = true;
    batch.owner = QStringLiteral("zoë");
    const QList<NewJob> jobs{{QStringLiteral("jörg@old.example"),
                              QStringLiteral("joerg@new.example"),
                              QStringLiteral("imapdesk/job/1")},
                             {QStringLiteral("o'brien"), QStringLiteral("o'brien@new.example"),
                              QStringLiteral("imapdesk/job/2")},
                             {QStringLiteral("a,b"), QStringLiteral("a,b"), QString()}};
    const auto added = f.store->addBatch(batch, jobs);
    QVERIFY2(added.ok(), qPrintable(added.error()));

    const auto read = f.store->batch(added.value());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const BatchSummary &summary = read.value();
    QCOMPARE(summary.id, added.value());
    QCOMPARE(summary.spec.label, batch.label);
    QCOMPARE(summary.spec.source.host, batch.source.host);
    QCOMPARE(summary.spec.source.port, quint16(143));
    QCOMPARE(summary.spec.source.security, Security::StartTls);
    QCOMPARE(summary.spec.source.preset, ProviderPreset::Exchange);
    QCOMPARE(summary.spec.destination.port, quint16(0));
    QCOMPARE(summary.spec.destination.security, Security::Ssl);
    QCOMPARE(summary.spec.destination.preset, ProviderPreset::Office365);
    QCOMPARE(summary.spec.defaultDomain, batch.defaultDomain);
    QCOMPARE(summary.spec.extraArguments, batch.extraArguments);
    QVERIFY(summary.spec.dryRun);
    QVERIFY(summary.spec.justLogin);
    QCOMPARE(summary.spec.owner, batch.owner);
    QVERIFY(!summary.spec.afterBatchId);
    QCOMPARE(summary.createdAt, f.clock);
    QVERIFY(!summary.archivedAt);
    QCOMPARE(summary.counts.total, 3);
    QCOMPARE(summary.counts.queued, 3);
    QCOMPARE(summary.state, JobState::Queued);
    QVERIFY(!summary.firstStartedAt);

    const auto list = f.store->jobs(added.value());
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list.value().size(), 3);
    for (int i = 0; i < 3; ++i) {
        const JobRecord &job = list.value()[i];
        QCOMPARE(job.batchId, added.value());
        QCOMPARE(job.position, i + 1);
        QCOMPARE(job.user1, jobs[i].user1);
        QCOMPARE(job.user2, jobs[i].user2);
        QCOMPARE(job.credentialRef, jobs[i].credentialRef);
        QCOMPARE(job.state, JobState::Queued);
        QCOMPARE(job.attempts, 0);
        QVERIFY(!job.latestAttempt);
        QCOMPARE(job.updatedAt, f.clock);
    }
    const auto one = f.store->job(list.value()[1].id);
    QVERIFY2(one.ok(), qPrintable(one.error()));
    QCOMPARE(one.value().user1, QStringLiteral("o'brien"));
    QVERIFY(!f.store->job(999999).ok());
    QVERIFY(f.store->batch(999999).error().contains(QStringLiteral("999999")));
}

void TestJobStore::addBatchRefused()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const auto empty = f.store->addBatch(sampleBatch(), {});
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().contains(QStringLiteral("at least one account")),
             qPrintable(empty.error()));
    NewBatch chained = sampleBatch();
    chained.afterBatchId = 4711;
    const auto orphan = f.store->addBatch(chained, sampleJobs(2));
    QVERIFY(!orphan.ok());
    QVERIFY2(orphan.error().contains(QStringLiteral("4711")), qPrintable(orphan.error()));
    QCOMPARE(scalar(*f.database, QStringLiteral("SELECT COUNT(*) FROM batches")), 0);
    QCOMPARE(scalar(*f.database, QStringLiteral("SELECT COUNT(*) FROM jobs")), 0);
}

void TestJobStore::listFilters()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    NewBatch mine = sampleBatch(QStringLiteral("Finance 100%"), QStringLiteral("mail.acme.example"),
                                QStringLiteral("imap.gmail.com"));
    NewBatch theirs = sampleBatch(QStringLiteral("Sales_team"), QStringLiteral("SV01.example.com"),
                                  QStringLiteral("outlook.office.com"));
    theirs.owner = QStringLiteral("bob");
    theirs.defaultDomain = QStringLiteral("sales.example");
    const qint64 a = f.store->addBatch(mine, sampleJobs(2, QStringLiteral("ann"))).value();
    f.clock += 1000;
    const qint64 b = f.store->addBatch(theirs, sampleJobs(2, QStringLiteral("ben"))).value();
    f.clock += 1000;
    const qint64 c = f.store->addBatch(sampleBatch(QStringLiteral("old")), sampleJobs(1)).value();
    QVERIFY(f.store->setArchived(c, true).value());

    const auto check = [&f](const BatchFilter &filter, const QList<qint64> &expected) {
        const auto result = f.store->listBatches(filter);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error()));
        return result.ok() && ids(result.value()) == expected;
    };
    QVERIFY(check({}, {a, b}));
    QVERIFY(check({BatchFilter::Archived::Only, {}, {}, {}}, {c}));
    QVERIFY(check({BatchFilter::Archived::Include, {}, {}, {}}, {a, b, c}));
    QVERIFY(check({BatchFilter::Archived::Include, QStringLiteral("bob"), {}, {}}, {b}));
    const auto text = [&check](const QString &search, const QList<qint64> &expected) {
        return check({BatchFilter::Archived::Include, {}, search, {}}, expected);
    };
    QVERIFY(text(QStringLiteral("finance"), {a}));           // label, any case
    QVERIFY(text(QStringLiteral("sv01"), {b}));              // source host
    QVERIFY(text(QStringLiteral("GMAIL"), {a}));             // destination host
    QVERIFY(text(QStringLiteral("sales.example"), {b}));     // default domain
    QVERIFY(text(QStringLiteral("ben2@"), {b}));             // a user
    QVERIFY(text(QStringLiteral("old.example"), {a, b, c})); // users' domain
    QVERIFY(text(QString::number(c), {c}));                  // the id (c is 3)
    QVERIFY(text(QStringLiteral("100%"), {a}));              // % is no wildcard
    QVERIFY(text(QStringLiteral("1_0"), {}));                // nor is _
    QVERIFY(text(QStringLiteral("Sales_"), {b}));
    QVERIFY(check({BatchFilter::Archived::Include, {}, {}, f.clock - 500}, {a, b}));
}

void TestJobStore::batchProgressAndDuration()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 id = f.store->addBatch(sampleBatch(), sampleJobs(3)).value();
    const qint64 start = f.clock;
    QVERIFY(runOneJob(f, succeeded(), 5000));
    QVERIFY(runOneJob(f, failedWith(10), 3000));
    const auto running = f.store->claimNextJob(testRunner(QStringLiteral("r1")));
    QVERIFY(running.ok() && running.value());

    BatchSummary batch = f.store->batch(id).value();
    QCOMPARE(batch.state, JobState::Running);
    QCOMPARE(batch.counts.succeeded, 1);
    QCOMPARE(batch.counts.failed, 1);
    QCOMPARE(batch.counts.running, 1);
    QCOMPARE(batch.messagesCopied, 20); // the running attempt has copied nothing yet
    QCOMPARE(batch.messagesTotal, 40);  // its total is unknown (-1): not counted
    QCOMPARE(batch.bytesCopied, 2000);
    QCOMPARE(batch.bytesTotal, 4000);
    QCOMPARE(*batch.firstStartedAt, start);
    QCOMPARE(batchDurationMs(batch, f.clock + 1000), 9000); // still running: until now

    f.clock += 2000;
    QVERIFY(f.store->finishAttempt(running.value()->attemptId, JobStats(), succeeded()).ok());
    batch = f.store->batch(id).value();
    QCOMPARE(batch.state, JobState::Failed);
    QCOMPARE(*batch.lastEndedAt, start + 10000);
    QCOMPARE(batchDurationMs(batch, f.clock + 99999), 10000);
}

void TestJobStore::archive()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 id = f.store->addBatch(sampleBatch(), sampleJobs(1)).value();
    f.clock += 10;
    QVERIFY(f.store->setArchived(id, true).value());
    QCOMPARE(*f.store->batch(id).value().archivedAt, f.clock);
    QVERIFY(f.store->listBatches().value().isEmpty());
    // An archived batch is not run.
    QVERIFY(!f.store->claimNextJob(testRunner(QStringLiteral("r"))).value());
    QVERIFY(f.store->setArchived(id, false).value());
    QCOMPARE(f.store->listBatches().value().size(), 1);
    QVERIFY(!f.store->setArchived(4711, true).value());
}

void TestJobStore::deleteCascadesAndReturnsRefs()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 first = f.store->addBatch(sampleBatch(), sampleJobs(3)).value();
    NewBatch next = sampleBatch();
    next.afterBatchId = first;
    const qint64 second = f.store->addBatch(next, sampleJobs(2, QStringLiteral("next"))).value();
    QVERIFY(runOneJob(f, succeeded(), 100, QStringLiteral("/logs/1/a.log")));
    QVERIFY(runOneJob(f, failedWith(111), 100, QStringLiteral("/logs/1/b.log")));
    const auto claimed = f.store->claimNextJob(testRunner(QStringLiteral("r1")));
    QVERIFY(claimed.value());

    const auto refused = f.store->deleteBatch(first);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("running")), qPrintable(refused.error()));
    QCOMPARE(scalar(*f.database, QStringLiteral("SELECT COUNT(*) FROM jobs")), 5);

    QVERIFY(f.store->finishAttempt(claimed.value()->attemptId, JobStats(), succeeded()).ok());
    const auto deleted = f.store->deleteBatch(first);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
    QCOMPARE(deleted.value().credentialRefs,
             QStringList({QStringLiteral("ref-user-1"), QStringLiteral("ref-user-2"),
                          QStringLiteral("ref-user-3")}));
    QCOMPARE(deleted.value().logPaths,
             QStringList({QStringLiteral("/logs/1/a.log"), QStringLiteral("/logs/1/b.log")}));
    QCOMPARE(scalar(*f.database, QStringLiteral("SELECT COUNT(*) FROM jobs")), 2);
    QCOMPARE(scalar(*f.database, QStringLiteral("SELECT COUNT(*) FROM job_attempts")), 0);
    QVERIFY(!f.store->batch(first).ok());
    // The batch that waited for it no longer waits.
    QVERIFY(!f.store->batch(second).value().spec.afterBatchId);
    QCOMPARE(f.store->promoteWaitingJobs().value(), 2);
    QVERIFY(!f.store->deleteBatch(first).ok()); // gone already
}

void TestJobStore::dashboard()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    DashboardTotals totals = f.store->dashboard().value();
    QCOMPARE(totals.batches, 0);
    QCOMPARE(totals.runTimeMs, 0);
    f.store->addBatch(sampleBatch(), sampleJobs(2));
    f.store->addBatch(sampleBatch(), sampleJobs(3));
    QVERIFY(runOneJob(f, succeeded(), 1000));    // batch 1: 0 .. 1000
    QVERIFY(runOneJob(f, failedWith(10), 2000)); // batch 1: .. 3000
    f.clock += 10000;
    QVERIFY(runOneJob(f, succeeded(), 4000)); // batch 2: 4000 ms
    const auto result = f.store->dashboard();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    totals = result.value();
    QCOMPARE(totals.batches, 2);
    QCOMPARE(totals.jobs, 5);
    QCOMPARE(totals.accountsMigrated, 2);
    QCOMPARE(totals.runTimeMs, 3000 + 4000);
    QCOMPARE(totals.processTimeMs, 1000 + 2000 + 4000);
}

// The job list of a big batch: one query with the latest attempts joined.
void TestJobStore::listFiveHundredJobs()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    const qint64 id = f.store->addBatch(sampleBatch(), sampleJobs(500)).value();
    for (int i = 0; i < 20; ++i)
        QVERIFY(runOneJob(f, failedWith(111), 10));
    QCOMPARE(f.store->retryJobs(id, RetryMode::FailedOnly).value(), 20);
    for (int i = 0; i < 10; ++i)
        QVERIFY(runOneJob(f, succeeded(), 10));

    QElapsedTimer timer;
    timer.start();
    const auto list = f.store->jobs(id);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(list.ok(), qPrintable(list.error()));
    qInfo("%s: 500 jobs listed in %lld ms", qPrintable(backend), elapsed);
    QCOMPARE(list.value().size(), 500);
    QVERIFY(elapsed < 1000);
    for (int i = 0; i < 500; ++i) {
        const JobRecord &job = list.value()[i];
        QCOMPARE(job.position, i + 1);
        if (i < 10) { // retried and succeeded: the second attempt is the latest
            QCOMPARE(job.latestAttempt->number, 2);
            QCOMPARE(job.latestAttempt->state, JobState::Succeeded);
        } else if (i < 20) {
            QCOMPARE(job.state, JobState::Queued);
            QCOMPARE(job.latestAttempt->number, 1);
            QCOMPARE(job.latestAttempt->state, JobState::Failed);
        } else {
            QVERIFY(!job.latestAttempt);
        }
    }
}

void TestJobStore::derivedBatchState_data()
{
    QTest::addColumn<QList<int>>(
        "counts"); // queued waiting running succeeded failed cancelled interrupted
    QTest::addColumn<JobState>("state");
    QTest::newRow("all succeeded") << QList<int>{0, 0, 0, 3, 0, 0, 0} << JobState::Succeeded;
    QTest::newRow("one running") << QList<int>{1, 0, 1, 1, 1, 0, 0} << JobState::Running;
    QTest::newRow("queued left") << QList<int>{1, 0, 0, 1, 1, 0, 0} << JobState::Queued;
    QTest::newRow("waiting") << QList<int>{0, 2, 0, 0, 0, 0, 0} << JobState::Waiting;
    QTest::newRow("failed wins") << QList<int>{0, 0, 0, 1, 1, 1, 1} << JobState::Failed;
    QTest::newRow("interrupted") << QList<int>{0, 0, 0, 1, 0, 1, 1} << JobState::Interrupted;
    QTest::newRow("cancelled") << QList<int>{0, 0, 0, 1, 0, 1, 0} << JobState::Cancelled;
}

void TestJobStore::derivedBatchState()
{
    QFETCH(QList<int>, counts);
    JobCounts c;
    c.queued = counts[0];
    c.waiting = counts[1];
    c.running = counts[2];
    c.succeeded = counts[3];
    c.failed = counts[4];
    c.cancelled = counts[5];
    c.interrupted = counts[6];
    QTEST(deriveBatchState(c), "state");
}

void TestJobStore::runnerIdentity()
{
    const RunnerIdentity first = RunnerIdentity::forThisProcess();
    const RunnerIdentity second = RunnerIdentity::forThisProcess();
    QCOMPARE(first.pid, QCoreApplication::applicationPid());
    QVERIFY(!first.machine.isEmpty());
    QVERIFY(first.id.startsWith(first.machine + u':' + QString::number(first.pid) + u':'));
    QVERIFY(first.id != second.id); // a new process with a reused pid is told apart
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
