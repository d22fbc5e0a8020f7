// Several runners claiming from one database at the same time, each with its
// own connection in its own thread: every job is claimed exactly once.
#include "storagetestdb.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace imapdesk;
using namespace imapdesk::test;

namespace {

constexpr int kRunners = 4;
constexpr int kJobs = 200;

struct RunnerResult
{
    QString runnerId;
    QList<qint64> jobs;
    QList<qint64> attempts;
    QString error;
};

// Opens its own connection, waits for the start signal, then claims until
// nothing is left.
void claimUntilEmpty(const DatabaseLocation &location, QSemaphore *ready, QSemaphore *go,
                     RunnerResult *result)
{
    QString error;
    const auto db = Database::open(location, &error);
    ready->release();
    go->acquire();
    if (!db) {
        result->error = error;
        return;
    }
    JobStore store(*db);
    const RunnerIdentity runner = testRunner(result->runnerId);
    for (;;) {
        const auto claimed = store.claimNextJob(runner);
        if (!claimed.ok()) {
            result->error = claimed.error();
            return;
        }
        if (!claimed.value())
            return;
        result->jobs << claimed.value()->jobId;
        result->attempts << claimed.value()->attemptId;
    }
}

} // namespace

class TestJobClaimRace final : public QObject
{
    Q_OBJECT

private slots:
    void everyJobClaimedOnce_data() { addBackendRows(); }
    void everyJobClaimedOnce();
    void lockedRowIsSkipped();
};

void TestJobClaimRace::everyJobClaimedOnce()
{
    QFETCH(QString, backend);
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(backend, &error), qPrintable(error));
    f.store->setClock({}); // real time: several threads
    QVERIFY(f.store->addBatch(sampleBatch(), sampleJobs(kJobs / 2, QStringLiteral("a"))).ok());
    QVERIFY(f.store->addBatch(sampleBatch(), sampleJobs(kJobs / 2, QStringLiteral("b"))).ok());

    QSemaphore ready;
    QSemaphore go;
    std::vector<RunnerResult> results(kRunners);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kRunners; ++i) {
        results[i].runnerId = QStringLiteral("runner-%1").arg(i);
        threads.emplace_back(
            QThread::create(claimUntilEmpty, f.scratch.location(), &ready, &go, &results[i]));
        threads.back()->start();
    }
    ready.acquire(kRunners); // every connection open: start together
    QElapsedTimer timer;
    timer.start();
    go.release(kRunners);
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    qInfo("%s: %d jobs claimed by %d runners in %lld ms", qPrintable(backend), kJobs, kRunners,
          timer.elapsed());

    QSet<qint64> claimed;
    QHash<qint64, QString> winner;
    for (const RunnerResult &result : results) {
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        qInfo("%s claimed %lld", qPrintable(result.runnerId), qint64(result.jobs.size()));
        for (qint64 job : result.jobs) {
            QVERIFY2(!claimed.contains(job), qPrintable(QStringLiteral("job %1 twice").arg(job)));
            claimed.insert(job);
            winner.insert(job, result.runnerId);
        }
    }
    QCOMPARE(claimed.size(), kJobs);
    Database &db = *f.database;
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'running'")),
             kJobs);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM job_attempts")), kJobs);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT job_id) FROM job_attempts "
                                       "WHERE number = 1")),
             kJobs);
    // Each job is held by the runner that was told it won it.
    QSqlQuery holders(db.connection());
    QVERIFY(holders.exec(QStringLiteral("SELECT id, runner_id FROM jobs")));
    while (holders.next())
        QCOMPARE(holders.value(1).toString(), winner.value(holders.value(0).toLongLong()));
}

// PostgreSQL: a job another transaction holds is skipped at once, not waited for.
void TestJobClaimRace::lockedRowIsSkipped()
{
    StoreFixture f;
    QString error;
    QVERIFY2(f.setUp(QStringLiteral("postgresql"), &error), qPrintable(error));
    const qint64 batchId = f.store->addBatch(sampleBatch(), sampleJobs(2)).value();
    const auto other = f.scratch.open(&error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->connection().transaction());
    QSqlQuery lock(other->connection());
    QVERIFY2(lock.exec(QStringLiteral("SELECT id FROM jobs WHERE batch_id = %1 AND position = 1 "
                                      "FOR UPDATE")
                           .arg(batchId)),
             qPrintable(lock.lastError().text()));
    QVERIFY(lock.next());
    const qint64 lockedJob = lock.value(0).toLongLong();

    QElapsedTimer timer;
    timer.start();
    const auto claimed = f.store->claimNextJob(testRunner(QStringLiteral("r")));
    QVERIFY2(claimed.ok(), qPrintable(claimed.error()));
    QVERIFY(claimed.value());
    QVERIFY(claimed.value()->jobId != lockedJob);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!f.store->claimNextJob(testRunner(QStringLiteral("r")))
                 .value()); // only the locked one left
    lock.finish();
    QVERIFY(other->connection().rollback());
    QCOMPARE(f.store->claimNextJob(testRunner(QStringLiteral("r"))).value()->jobId, lockedJob);
}

QTEST_GUILESS_MAIN(TestJobClaimRace)
#include "tst_jobclaimrace.moc"
