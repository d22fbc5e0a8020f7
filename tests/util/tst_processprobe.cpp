#include "util/processprobe.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

class TestProcessProbe final : public QObject
{
    Q_OBJECT

private slots:
    void ownProcessIsAlive()
    {
        QVERIFY(imapdesk::isProcessAlive(QCoreApplication::applicationPid()));
    }
    void invalidIdsAreNotAlive();
    void childIsAliveUntilItEnds();
};

void TestProcessProbe::invalidIdsAreNotAlive()
{
    QVERIFY(!imapdesk::isProcessAlive(0));
    QVERIFY(!imapdesk::isProcessAlive(-1));
}

void TestProcessProbe::childIsAliveUntilItEnds()
{
    // A program that waits for stdin keeps running until we close it.
    QProcess sleeper;
    sleeper.start(QStringLiteral("cat"), {});
    QVERIFY(sleeper.waitForStarted());
    const qint64 pid = sleeper.processId();
    QVERIFY(imapdesk::isProcessAlive(pid));
    sleeper.closeWriteChannel();
    QVERIFY(sleeper.waitForFinished(10000)); // reaped by QProcess
    QVERIFY(!imapdesk::isProcessAlive(pid));
}

QTEST_GUILESS_MAIN(TestProcessProbe)
#include "tst_processprobe.moc"
