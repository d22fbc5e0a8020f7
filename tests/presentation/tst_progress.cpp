#include "presentation/progress.h"

#include <QTest>

using namespace imapdesk;
using namespace Qt::StringLiterals;

namespace {

const QLocale English(QLocale::English, QLocale::UnitedStates);

JobStats stats(qint64 copied, qint64 total, qint64 left = -1, qint64 skipped = -1)
{
    JobStats s;
    s.messagesCopied = copied;
    s.messagesTotal = total;
    s.messagesLeft = left;
    s.messagesSkipped = skipped;
    return s;
}

// A batch of `total` jobs; the rest of the counts as given.
BatchSummary batch(int total, int succeeded, int running, int queued, qint64 copied = 0,
                   qint64 messages = 0)
{
    BatchSummary b;
    b.counts.total = total;
    b.counts.succeeded = succeeded;
    b.counts.running = running;
    b.counts.queued = queued;
    b.counts.failed = total - succeeded - running - queued;
    b.messagesCopied = copied;
    b.messagesTotal = messages;
    return b;
}

} // namespace

class TestProgress final : public QObject
{
    Q_OBJECT

private slots:
    void jobFraction_data();
    void jobFraction();
    void batchFraction_data();
    void batchFraction();
    void texts();
};

void TestProgress::jobFraction_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<JobStats>("stats");
    QTest::addColumn<double>("fraction");
    QTest::newRow("no total yet") << JobState::Running << stats(5, -1) << -1.0;
    QTest::newRow("empty mailbox running") << JobState::Running << stats(0, 0) << -1.0;
    QTest::newRow("copied over total") << JobState::Running << stats(20, 50) << 0.4;
    // A delta pass copies nothing but advances: imapsync's "left" counts.
    QTest::newRow("messages left wins") << JobState::Running << stats(0, 100, 25) << 0.75;
    QTest::newRow("skipped count") << JobState::Failed << stats(10, 100, -1, 40) << 0.5;
    QTest::newRow("never above 1") << JobState::Running << stats(60, 50) << 1.0;
    QTest::newRow("succeeded is complete") << JobState::Succeeded << stats(0, 100) << 1.0;
    QTest::newRow("succeeded, no total") << JobState::Succeeded << stats(0, -1) << 1.0;
}

void TestProgress::jobFraction()
{
    QFETCH(JobState, state);
    QFETCH(JobStats, stats);
    QFETCH(double, fraction);
    QCOMPARE(jobProgressFraction(state, stats), fraction);
}

void TestProgress::batchFraction_data()
{
    QTest::addColumn<BatchSummary>("summary");
    QTest::addColumn<double>("fraction");
    QTest::newRow("no jobs") << batch(0, 0, 0, 0) << -1.0;
    QTest::newRow("nothing started") << batch(4, 0, 0, 4) << 0.0;
    QTest::newRow("jobs only") << batch(4, 1, 1, 2) << 0.25;
    // Half the jobs started, 60% of their messages copied.
    QTest::newRow("messages") << batch(4, 1, 1, 2, 60, 100) << 0.3;
    // A delta pass: nothing copied, but three of four jobs ended.
    QTest::newRow("ended share wins") << batch(4, 3, 1, 0, 0, 1000) << 0.75;
    QTest::newRow("all ended") << batch(4, 3, 0, 0, 90, 100) << 1.0;
}

void TestProgress::batchFraction()
{
    QFETCH(BatchSummary, summary);
    QFETCH(double, fraction);
    QCOMPARE(batchProgressFraction(summary), fraction);
}

void TestProgress::texts()
{
    QCOMPARE(jobProgressText(stats(1234, 5000), English), u"1,234/5,000"_s);
    QCOMPARE(jobProgressText(stats(12, -1), English), u"12"_s);
    QCOMPARE(batchProgressText(batch(50, 3, 2, 45), English), u"3/50 jobs"_s);
    QCOMPARE(batchProgressText(batch(50, 3, 2, 45, 1234, 5678), English),
             u"3/50 jobs, 1,234/5,678 messages"_s);
    QCOMPARE(endedJobCount(batch(10, 3, 2, 4).counts), 4); // 3 succeeded, 1 failed
    QCOMPARE(jobCountsText(batch(10, 3, 2, 4).counts, English),
             u"2 Running, 4 Queued, 3 Succeeded, 1 Failed"_s);
    QCOMPARE(jobCountsText(JobCounts(), English), QString());
}

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
