// The pre-flight scheduler: per-host and overall limits, hosts taking turns.
#include "net/preflightqueue.h"

#include <QTest>

using namespace imapdesk;

class TestPreflightQueue : public QObject
{
    Q_OBJECT

private slots:
    void limits_data();
    void limits();
    void hostsTakeTurns();
    void releaseFreesASlot();
    void clear();
};

void TestPreflightQueue::limits_data()
{
    QTest::addColumn<int>("perHost");
    QTest::addColumn<int>("overall");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("tasksPerHost");
    QTest::addColumn<int>("started");
    QTest::newRow("per-host bound") << 4 << 16 << 2 << 10 << 8;
    QTest::newRow("overall bound") << 4 << 6 << 3 << 10 << 6;
    QTest::newRow("few tasks") << 4 << 16 << 2 << 1 << 2;
    QTest::newRow("one at a time") << 1 << 1 << 3 << 5 << 1;
    QTest::newRow("zero means one") << 0 << 0 << 2 << 5 << 1;
}

void TestPreflightQueue::limits()
{
    QFETCH(int, perHost);
    QFETCH(int, overall);
    QFETCH(int, hosts);
    QFETCH(int, tasksPerHost);
    QFETCH(int, started);
    PreflightQueue queue(perHost, overall);
    for (int host = 0; host < hosts; ++host) {
        for (int task = 0; task < tasksPerHost; ++task)
            queue.push(QStringLiteral("host%1").arg(host), host * 100 + task);
    }
    int taken = 0;
    QString key;
    while (queue.take(&key)) {
        ++taken;
        QVERIFY(queue.running(key) <= std::max(1, perHost));
    }
    QCOMPARE(taken, started);
    QCOMPARE(queue.running(), started);
    QCOMPARE(queue.hasWaiting(), started < hosts * tasksPerHost);
}

void TestPreflightQueue::hostsTakeTurns()
{
    PreflightQueue queue(10, 10);
    for (int task = 0; task < 3; ++task) {
        queue.push(QStringLiteral("big"), task);
        queue.push(QStringLiteral("big"), task + 10);
    }
    queue.push(QStringLiteral("small"), 100);
    queue.push(QStringLiteral("small"), 101);
    QList<int> order;
    while (const auto task = queue.take())
        order.append(*task);
    QCOMPARE(order, (QList<int>{0, 100, 10, 101, 1, 11, 2, 12}));
}

void TestPreflightQueue::releaseFreesASlot()
{
    PreflightQueue queue(1, 16);
    queue.push(QStringLiteral("a"), 1);
    queue.push(QStringLiteral("a"), 2);
    QCOMPARE(queue.take().value_or(-1), 1);
    QVERIFY(!queue.take());
    queue.release(QStringLiteral("unknown")); // ignored
    QVERIFY(!queue.take());
    queue.release(QStringLiteral("a"));
    QCOMPARE(queue.running(), 0);
    QCOMPARE(queue.take().value_or(-1), 2);
    QVERIFY(!queue.hasWaiting());
}

void TestPreflightQueue::clear()
{
    PreflightQueue queue(2, 2);
    queue.push(QStringLiteral("a"), 1);
    queue.push(QStringLiteral("a"), 2);
    queue.push(QStringLiteral("a"), 3);
    QVERIFY(queue.take());
    queue.clear();
    QCOMPARE(queue.running(), 0);
    QVERIFY(!queue.hasWaiting());
    QVERIFY(!queue.take());
}

QTEST_GUILESS_MAIN(TestPreflightQueue)
#include "tst_preflightqueue.moc"
