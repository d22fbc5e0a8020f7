// JobListModel on a real SQLite history: the jobs of one batch, stored and
// live statistics, verdicts, coalesced live refreshes, re-reads merged by id,
// and the filter proxy.
#include "imapsync/exitcodes.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistmodel.h"
#include "models/tableroles.h"
#include "servicefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace imapdesk;
using namespace imapdesk::test;
using namespace Qt::StringLiterals;

using Model = JobListModel;

class TestJobListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsOfOneBatch();
    void switchingBatchResets();
    void progressFromStoredStats();
    void finishedJobShowsVerdict_data();
    void finishedJobShowsVerdict();
    void interruptedJobExplainsItself();
    void retriedJobHidesOldAttempt();
    void liveStatsAreMerged();
    void liveRefreshIsCoalesced();
    void liveRefreshOnlyChangedRows();
    void jobsChangedMergesById();
    void otherBatchIsIgnored();
    void jobsOfAnotherProcessArePolled();
    void proxyFiltersAndSorts_data();
    void proxyFiltersAndSorts();

private:
    std::unique_ptr<Model> newModel(qint64 batchId);
    const JobStats *live(qint64 jobId) const;

    std::unique_ptr<ServiceFixture> m_f;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<qint64, JobStats> m_live; // what the injected runner reports
};

void TestJobListModel::initTestCase()
{
    // Texts below are English with "," grouping and "." decimals.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestJobListModel::init()
{
    m_f = std::make_unique<ServiceFixture>();
    m_live.clear();
    QString error;
    QVERIFY2(m_f->open(&error), qPrintable(error));
}

void TestJobListModel::cleanup()
{
    m_tester.reset();
    m_f.reset();
}

const JobStats *TestJobListModel::live(qint64 jobId) const
{
    const auto it = m_live.constFind(jobId);
    return it == m_live.cend() ? nullptr : &it.value();
}

std::unique_ptr<Model> TestJobListModel::newModel(qint64 batchId)
{
    auto model = std::make_unique<Model>(&m_f->service());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setStatsProvider([this](qint64 jobId) { return live(jobId); });
    model->setBatch(batchId);
    return model;
}

void TestJobListModel::rowsOfOneBatch()
{
    m_f->addBatch(u"other"_s, 3, u"alice"_s, {}, u"o"_s);
    const qint64 batch = m_f->addBatch(u"mine"_s, 5);
    auto model = newModel(batch);
    QCOMPARE(model->batch(), batch);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->columnCount(), int(Model::ColumnCount));
    const QList<qint64> ids = m_f->jobIds(batch);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model->jobId(row), ids[row]);
        QCOMPARE(model->rowOf(ids[row]), row);
        QCOMPARE(model->isRunning(row), false);
        QCOMPARE(model->logPath(row), QString());
    }
    QCOMPARE(model->index(1, Model::UsersColumn).data().toString(),
             u"userb@example.com → userb@example.com"_s);
    QCOMPARE(model->index(1, Model::UsersColumn).data(UnderlyingDataRole),
             QVariant(u"userb@example.com"_s));
    QCOMPARE(model->index(0, Model::StateColumn).data().toString(), u"Queued"_s);
    QCOMPARE(model->index(0, Model::StateColumn).data(StateIconRole), QVariant(u"state-queued"_s));
    // Nothing started: the attempt columns are empty, the bar is not drawn.
    QCOMPARE(model->index(0, Model::ProgressColumn).data(ProgressRole).value<ProgressValue>(),
             (ProgressValue{-1, QString()}));
    QCOMPARE(model->index(0, Model::StartedColumn).data().toString(), QString());
    QCOMPARE(model->rowOf(12345), -1);
}

void TestJobListModel::switchingBatchResets()
{
    const qint64 first = m_f->addBatch(u"first"_s, 2);
    const qint64 second = m_f->addBatch(u"second"_s, 4, u"alice"_s, {}, u"s"_s);
    auto model = newModel(first);
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->setBatch(second);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->job(0).user1, u"sa@example.com"_s);
    model->setBatch(0);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model->rowCount(), 0);
}

void TestJobListModel::progressFromStoredStats()
{
    const qint64 batch = m_f->addBatch(u"stored"_s, 2);
    m_f->setNow(1'700'000'000'000);
    const ClaimedJob job = m_f->start(batch);
    QVERIFY(m_f->store().updateAttemptStats(job.attemptId, progressStats(20, 50)).ok());
    auto model = newModel(batch);
    const int row = model->rowOf(job.jobId);
    QVERIFY(model->isRunning(row));
    QVERIFY(model->logPath(row).endsWith(u"job-%1.log"_s.arg(job.jobId)));
    const auto progress =
        model->index(row, Model::ProgressColumn).data(ProgressRole).value<ProgressValue>();
    QCOMPARE(progress.fraction, 0.4);
    QCOMPARE(progress.text, u"20/50"_s);
    QCOMPARE(model->index(row, Model::ProgressColumn).data(Qt::ToolTipRole).toString(), u"40%"_s);
    QCOMPARE(model->index(row, Model::BytesColumn).data().toString(), u"20.0 KiB of 50.0 KiB"_s);
    QCOMPARE(model->index(row, Model::BytesColumn).data(UnderlyingDataRole),
             QVariant(qint64(20 * 1024)));
    QCOMPARE(model->index(row, Model::SpeedColumn).data().toString(), u"2.00 KiB/s"_s);
    QCOMPARE(model->index(row, Model::EtaColumn).data().toString(), u"30 s"_s);
    QCOMPARE(model->index(row, Model::StartedColumn).data(UnderlyingDataRole),
             QVariant(qint64(1'700'000'000'000)));
    QCOMPARE(model->index(row, Model::AttemptsColumn).data(UnderlyingDataRole), QVariant(1));
    QCOMPARE(model->index(row, Model::VerdictColumn).data().toString(), QString());
}

void TestJobListModel::finishedJobShowsVerdict_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<JobState>("state");
    QTest::addColumn<int>("category");
    QTest::newRow("success") << 0 << JobState::Succeeded << int(ExitCategory::Success);
    QTest::newRow("authentication")
        << 16 << JobState::Failed << int(ExitCategory::CredentialsProblem);
    QTest::newRow("quota") << 113 << JobState::Failed << int(ExitCategory::QuotaProblem);
}

void TestJobListModel::finishedJobShowsVerdict()
{
    QFETCH(int, exitCode);
    QFETCH(JobState, state);
    QFETCH(int, category);
    const qint64 batch = m_f->addBatch(u"ended"_s, 1);
    const ClaimedJob job = m_f->start(batch);
    JobStats stats = progressStats(10, 50);
    stats.lastErrors = {u"Err 1 first"_s, u"Err 2 last"_s};
    m_f->setNow(m_f->now() + 90'000);
    m_f->finish(job, exitCode, stats);
    auto model = newModel(batch);
    const ExitCodeInfo info = describeExitCode(exitCode);
    const QModelIndex verdict = model->index(0, Model::VerdictColumn);
    QCOMPARE(verdict.data().toString(), info.title);
    QCOMPARE(verdict.data(UnderlyingDataRole).toString(), info.title);
    const QString tip = verdict.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(info.explanation), qPrintable(tip));
    QCOMPARE(tip.contains(u"Err 2 last"_s), state != JobState::Succeeded);
    QCOMPARE(verdict.data(ExitCategoryRole), QVariant(category));
    QCOMPARE(model->index(0, Model::StateColumn).data(StateRole), QVariant(int(state)));
    QCOMPARE(model->index(0, Model::EndedColumn).data(UnderlyingDataRole), QVariant(m_f->now()));
    QCOMPARE(model->index(0, Model::EtaColumn).data().toString(), QString()); // not running
    const double fraction =
        model->index(0, Model::ProgressColumn).data(UnderlyingDataRole).toDouble();
    QCOMPARE(fraction, state == JobState::Succeeded ? 1.0 : 0.2);
}

void TestJobListModel::interruptedJobExplainsItself()
{
    const qint64 batch = m_f->addBatch(u"crash"_s, 1);
    const ClaimedJob job = m_f->start(batch);
    QVERIFY(m_f->store().markAttemptsInterrupted({job.attemptId}).ok());
    auto model = newModel(batch);
    QCOMPARE(model->index(0, Model::StateColumn).data().toString(), u"Interrupted"_s);
    QCOMPARE(model->index(0, Model::StateColumn).data(StateIconRole),
             QVariant(u"state-interrupted"_s));
    QCOMPARE(model->index(0, Model::VerdictColumn).data().toString(), u"Runner stopped"_s);
    QVERIFY(model->index(0, Model::VerdictColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Resume"_s));
    QVERIFY(!model->index(0, Model::VerdictColumn).data(ExitCategoryRole).isValid());
}

void TestJobListModel::retriedJobHidesOldAttempt()
{
    const qint64 batch = m_f->addBatch(u"retry"_s, 1);
    const ClaimedJob job = m_f->start(batch);
    m_f->finish(job, 16, progressStats(0, 50));
    QVERIFY(m_f->store().retryJob(job.jobId).ok());
    auto model = newModel(batch);
    QCOMPARE(model->index(0, Model::StateColumn).data(StateRole), QVariant(int(JobState::Queued)));
    QCOMPARE(model->index(0, Model::VerdictColumn).data().toString(), QString());
    QVERIFY(!model->index(0, Model::VerdictColumn).data(ExitCategoryRole).isValid());
    QCOMPARE(model->index(0, Model::AttemptsColumn).data().toString(), u"1"_s);
    // The log of the last attempt is still there to read.
    QVERIFY(!model->logPath(0).isEmpty());
}

void TestJobListModel::liveStatsAreMerged()
{
    const qint64 batch = m_f->addBatch(u"live"_s, 2);
    const ClaimedJob job = m_f->start(batch);
    QVERIFY(m_f->store().updateAttemptStats(job.attemptId, progressStats(20)).ok());
    m_live.insert(job.jobId, progressStats(30));
    // The other job is queued: whatever a runner says about it is ignored.
    const qint64 queued = m_f->jobIds(batch).at(1);
    m_live.insert(queued, progressStats(45));
    auto model = newModel(batch);
    const int row = model->rowOf(job.jobId);
    QCOMPARE(model->index(row, Model::ProgressColumn).data().toString(), u"30/50"_s);
    QCOMPARE(model->stats(row).messagesCopied, 30);
    QCOMPARE(model->index(model->rowOf(queued), Model::ProgressColumn).data().toString(),
             QString());
}

// Ten updates within 100 ms reach the view as one repaint.
void TestJobListModel::liveRefreshIsCoalesced()
{
    const qint64 batch = m_f->addBatch(u"burst"_s, 3);
    const ClaimedJob job = m_f->start(batch);
    m_live.insert(job.jobId, progressStats(0));
    auto model = newModel(batch);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    for (int i = 1; i <= 10; ++i) {
        m_live[job.jobId] = progressStats(i);
        emit m_f->service().jobProgress(job.jobId);
        QTest::qWait(10);
    }
    QCOMPARE(changed.count(), 0); // nothing yet: the first update started the delay
    QVERIFY(changed.wait(1000));
    QTest::qWait(400); // and nothing more afterwards
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->index(model->rowOf(job.jobId), Model::ProgressColumn).data().toString(),
             u"10/50"_s);
}

void TestJobListModel::liveRefreshOnlyChangedRows()
{
    const qint64 batch = m_f->addBatch(u"rows"_s, 5);
    QList<ClaimedJob> jobs;
    for (int i = 0; i < 3; ++i) {
        jobs << m_f->start(batch);
        m_live.insert(jobs.last().jobId, progressStats(5));
    }
    auto model = newModel(batch);
    model->setRefreshInterval(20);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    m_live[jobs[1].jobId] = progressStats(6);
    for (const ClaimedJob &job : jobs)
        emit m_f->service().jobProgress(job.jobId);
    emit m_f->service().jobProgress(987654); // not a job of this batch
    QVERIFY(changed.wait(1000));
    QTest::qWait(100);
    QCOMPARE(changed.count(), 1);
    const int row = model->rowOf(jobs[1].jobId);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(Model::ColumnCount) - 1);
}

void TestJobListModel::jobsChangedMergesById()
{
    const qint64 batch = m_f->addBatch(u"merge"_s, 4);
    auto model = newModel(batch);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    const ClaimedJob job = m_f->start(batch);
    m_f->finish(job, 0, progressStats(50));
    emit m_f->service().jobsChanged(batch);
    QCOMPARE(resets.count() + inserted.count() + removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int row = model->rowOf(job.jobId);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
    QCOMPARE(model->index(row, Model::StateColumn).data().toString(), u"Succeeded"_s);
}

void TestJobListModel::otherBatchIsIgnored()
{
    const qint64 batch = m_f->addBatch(u"shown"_s, 2);
    const qint64 other = m_f->addBatch(u"hidden"_s, 2);
    auto model = newModel(batch);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    m_f->finish(m_f->start(batch), 0, progressStats(50));
    emit m_f->service().jobsChanged(other);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model->index(0, Model::StateColumn).data().toString(), u"Queued"_s);
}

// A job running in another process (CLI, worker) has no live statistics
// here: the model re-reads the store while it runs.
void TestJobListModel::jobsOfAnotherProcessArePolled()
{
    const qint64 batch = m_f->addBatch(u"remote"_s, 2);
    const ClaimedJob job = m_f->start(batch);
    auto model = newModel(batch);
    model->setStorePollInterval(50);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_f->store().updateAttemptStats(job.attemptId, progressStats(33)).ok());
    QTRY_COMPARE(model->index(model->rowOf(job.jobId), Model::ProgressColumn).data().toString(),
                 u"33/50"_s);
    QCOMPARE(changed.count(), 1);
    m_f->finish(job, 0, progressStats(50));
    QTRY_COMPARE(model->isRunning(model->rowOf(job.jobId)), false);
    changed.clear();
    QTest::qWait(200); // nothing runs any more: no more re-reads
    QCOMPARE(changed.count(), 0);
}

void TestJobListModel::proxyFiltersAndSorts_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QStringList>("users"); // user1 of the rows shown, in order
    const QStringList all{u"usera@example.com"_s, u"userb@example.com"_s, u"userc@example.com"_s,
                          u"userd@example.com"_s};
    QTest::newRow("no filter, by user") << "" << int(Model::UsersColumn) << all;
    // Copied 10, 2, 30 and nothing (queued): raw fractions, not "10/50" < "2/50".
    QTest::newRow("by progress") << "" << int(Model::ProgressColumn)
                                 << QStringList{u"userd@example.com"_s, u"userb@example.com"_s,
                                                u"usera@example.com"_s, u"userc@example.com"_s};
    QTest::newRow("filter, case-insensitive")
        << " USERB " << int(Model::UsersColumn) << QStringList{u"userb@example.com"_s};
    QTest::newRow("filter on destination")
        << "dest-c" << int(Model::UsersColumn) << QStringList{u"userc@example.com"_s};
    QTest::newRow("filter, no match") << "nobody" << int(Model::UsersColumn) << QStringList{};
}

void TestJobListModel::proxyFiltersAndSorts()
{
    QFETCH(QString, filter);
    QFETCH(int, sortColumn);
    QFETCH(QStringList, users);
    NewBatch spec;
    spec.label = u"proxy"_s;
    spec.source.host = u"old.example"_s;
    spec.destination.host = u"new.example"_s;
    QList<NewJob> jobs;
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        jobs.append({u"user%1@example.com"_s.arg(name), u"dest-%1@example.org"_s.arg(name),
                     u"ref-"_s + name});
    const qint64 batch = m_f->store().addBatch(spec, jobs).value();
    for (qint64 copied : {10, 2, 30}) {
        const ClaimedJob job = m_f->start(batch);
        QVERIFY(m_f->store().updateAttemptStats(job.attemptId, progressStats(copied)).ok());
    }
    auto model = newModel(batch);
    JobFilterProxyModel proxy(model.get());
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(filter);
    QCOMPARE(proxy.filterText(), filter.trimmed());
    proxy.sort(sortColumn);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, Model::UsersColumn).data(UnderlyingDataRole).toString();
    QCOMPARE(shown, users);
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
