// The job engine end to end, as a technician drives it from a terminal: the
// real imapdesk executable, the fake imapsync, SQLite files on disk (and
// PostgreSQL), the real Secret Service for the passwords.

#include "enginetest.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace ImapDeskTest;

class TestBatchRun final : public QObject
{
    Q_OBJECT

private slots:
    void addRunAndShow();
    void passwordsNeverLeak();
    void missingImapsyncSaysWhereItLooked();
    void failedJobsAreRetriedAsNewAttempts();
    void concurrencyLimitIsKept();
    void perHostLimitIsKept();
    void chainedBatchStartsAfterTheFirstEnds();
    void cancelFromAnotherProcess();
    void ctrlCStopsGracefully();
    void crashedRunnerIsRecovered();
    void postgresqlBackend();
};

void TestBatchRun::addRunAndShow()
{
    Engine engine;
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("7"));
    const Run added = engine.addBatch(3, {QStringLiteral("--run"), QStringLiteral("--concurrency"),
                                          QStringLiteral("2"), QStringLiteral("--label"),
                                          QStringLiteral("ticket 4711")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const qint64 batchId = added.firstLineNumber();
    QVERIFY(batchId > 0);
    const QJsonObject show = engine.show(batchId);
    QCOMPARE(
        show.value(QStringLiteral("batch")).toObject().value(QStringLiteral("label")).toString(),
        QStringLiteral("ticket 4711"));
    const QJsonArray jobs = show.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 3);
    for (const QJsonValue &value : jobs) {
        const QJsonObject job = value.toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(job.value(QStringLiteral("messages_copied")).toInt(), 7);
        QCOMPARE(job.value(QStringLiteral("exit_code")).toInt(), 0);
        const QString log = job.value(QStringLiteral("log_path")).toString();
        QVERIFY2(log.startsWith(engine.dataDirectory() + QStringLiteral("/logs/")),
                 qPrintable(log));
        QVERIFY(readFile(log).contains("Exiting with return value 0"));
    }
    // No pid or abort file is left behind.
    QVERIFY(
        engine.filesUnder(QStringLiteral("run")).filter(QStringLiteral("imapsync.pid")).isEmpty());
}

void TestBatchRun::passwordsNeverLeak()
{
    Engine engine;
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("30"));
    engine.setFake(QStringLiteral("DELAY"), QStringLiteral("0.03"));
    const Run added = engine.addBatch(2);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    RunnerProcess runner(
        engine, {QStringLiteral("batch"), QStringLiteral("run"), QStringLiteral("--wait")});
    // While imapsync runs, no process's command line holds a password.
    bool sawFake = false;
    while (runner.isRunning()) {
        const QByteArray all = allCommandLines();
        sawFake = sawFake || all.contains("fake-imapsync");
        for (const QString &password : engine.passwords())
            QVERIFY2(!all.contains(password.toUtf8()), "a password is on a command line");
        QTest::qWait(20);
    }
    QVERIFY(sawFake);
    QCOMPARE(runner.exitCode(), 0);
    // The right passwords arrived (the fake records their hashes)...
    const QList<QJsonObject> records = engine.fakeRecords();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).value(QStringLiteral("password1_source")).toString(),
             QStringLiteral("env"));
    QVERIFY(engine.passwordHashes().contains(
        records.at(0).value(QStringLiteral("password1_sha256")).toString()));
    // ...and no file ImapDesk wrote holds one: database, logs, its own log.
    for (const QString &file : engine.filesUnder(QString())) {
        const QByteArray content = readFile(file);
        for (const QString &password : engine.passwords())
            QVERIFY2(!content.contains(password.toUtf8()), qPrintable(file));
    }
}

void TestBatchRun::missingImapsyncSaysWhereItLooked()
{
    Engine engine;
    const Run added = engine.addBatch(1);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString missing = engine.dataDirectory() + QStringLiteral("/no/imapsync");
    const Run run =
        engine.imapdesk({QStringLiteral("batch"), QStringLiteral("run"), QStringLiteral("--wait"),
                         QStringLiteral("--imapsync"), missing});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(missing.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("Install imapsync"), run.err.constData());
    // The batch did not start: its job is still queued.
    const QJsonArray jobs =
        engine.show(added.firstLineNumber()).value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("queued"));
}

void TestBatchRun::failedJobsAreRetriedAsNewAttempts()
{
    Engine engine;
    engine.setFake(QStringLiteral("EXIT"), QStringLiteral("161"));
    const Run added = engine.addBatch(2, {QStringLiteral("--run")});
    QCOMPARE(added.exitCode, 1);
    const qint64 batchId = added.firstLineNumber();
    QJsonArray jobs = engine.show(batchId).value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("failed"));
    QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("exit_code")).toInt(), 161);
    QVERIFY(!jobs.at(0).toObject().value(QStringLiteral("verdict")).toString().isEmpty());

    engine.setFake(QStringLiteral("EXIT"), QString());
    const Run retry = engine.imapdesk({QStringLiteral("batch"), QStringLiteral("retry"),
                                       QString::number(batchId), QStringLiteral("--failed-only")});
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    const Run run = engine.imapdesk({QStringLiteral("batch"), QStringLiteral("run"),
                                     QString::number(batchId), QStringLiteral("--wait")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    jobs = engine.show(batchId).value(QStringLiteral("jobs")).toArray();
    for (const QJsonValue &job : jobs) {
        QCOMPARE(job.toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(job.toObject().value(QStringLiteral("attempts")).toInt(), 2);
    }
}

void TestBatchRun::concurrencyLimitIsKept()
{
    Engine engine;
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("15"));
    engine.setFake(QStringLiteral("DELAY"), QStringLiteral("0.04"));
    const qint64 batchId = engine.addBatch(5).firstLineNumber();
    RunnerProcess runner(engine,
                         {QStringLiteral("batch"), QStringLiteral("run"), QStringLiteral("--wait"),
                          QStringLiteral("--concurrency"), QStringLiteral("2")});
    int most = 0;
    while (runner.isRunning()) {
        most = std::max(most, engine.countRunningFakes());
        QTest::qWait(25);
    }
    QCOMPARE(runner.exitCode(), 0);
    QCOMPARE(most, 2);
    const QJsonObject counts = engine.show(batchId)
                                   .value(QStringLiteral("batch"))
                                   .toObject()
                                   .value(QStringLiteral("jobs"))
                                   .toObject();
    QCOMPARE(counts.value(QStringLiteral("succeeded")).toInt(), 5);
}

// Providers throttle: one process per host at a time, even with free slots.
void TestBatchRun::perHostLimitIsKept()
{
    Engine engine;
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("15"));
    engine.setFake(QStringLiteral("DELAY"), QStringLiteral("0.04"));
    const qint64 batchId = engine.addBatch(3).firstLineNumber();
    RunnerProcess runner(engine,
                         {QStringLiteral("batch"), QStringLiteral("run"), QStringLiteral("--wait"),
                          QStringLiteral("--concurrency"), QStringLiteral("4"),
                          QStringLiteral("--per-host"), QStringLiteral("1")});
    int most = 0;
    while (runner.isRunning()) {
        most = std::max(most, engine.countRunningFakes());
        QTest::qWait(25);
    }
    QCOMPARE(runner.exitCode(), 0);
    QCOMPARE(most, 1);
    QCOMPARE(engine.jobStates(batchId),
             (QStringList{QStringLiteral("succeeded"), QStringLiteral("succeeded"),
                          QStringLiteral("succeeded")}));
}

void TestBatchRun::chainedBatchStartsAfterTheFirstEnds()
{
    Engine engine;
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("10"));
    engine.setFake(QStringLiteral("DELAY"), QStringLiteral("0.03"));
    const qint64 first = engine.addBatch(1).firstLineNumber();
    const qint64 second =
        engine.addBatch(1, {QStringLiteral("--after"), QString::number(first)}).firstLineNumber();
    QCOMPARE(engine.show(second)
                 .value(QStringLiteral("jobs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("waiting"));
    const Run run =
        engine.imapdesk({QStringLiteral("batch"), QStringLiteral("run"), QStringLiteral("--wait"),
                         QStringLiteral("--concurrency"), QStringLiteral("4")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject a =
        engine.show(first).value(QStringLiteral("jobs")).toArray().at(0).toObject();
    const QJsonObject b =
        engine.show(second).value(QStringLiteral("jobs")).toArray().at(0).toObject();
    QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QVERIFY2(b.value(QStringLiteral("started_at")).toString() >=
                 a.value(QStringLiteral("ended_at")).toString(),
             "the chained batch started before the first one ended");
}

void TestBatchRun::cancelFromAnotherProcess()
{
    Engine engine;
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("400"));
    engine.setFake(QStringLiteral("DELAY"), QStringLiteral("0.05"));
    const qint64 batchId = engine.addBatch(3).firstLineNumber();
    RunnerProcess runner(engine, {QStringLiteral("batch"), QStringLiteral("run"),
                                  QString::number(batchId), QStringLiteral("--wait"),
                                  QStringLiteral("--concurrency"), QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(engine.countRunningFakes() == 1, 20000);
    const Run cancel = engine.imapdesk(
        {QStringLiteral("batch"), QStringLiteral("cancel"), QString::number(batchId)});
    QVERIFY2(cancel.exitCode == 0, cancel.err.constData());
    QVERIFY(runner.waitForFinished(30000));
    QCOMPARE(runner.exitCode(), 1);
    const QJsonArray jobs = engine.show(batchId).value(QStringLiteral("jobs")).toArray();
    for (const QJsonValue &job : jobs)
        QCOMPARE(job.toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("cancelled"));
    // The two queued jobs never started.
    QCOMPARE(jobs.at(1).toObject().value(QStringLiteral("attempts")).toInt(), 0);
    QCOMPARE(engine.fakeRecords().size(), 1);
    QCOMPARE(engine.countRunningFakes(), 0);
}

void TestBatchRun::ctrlCStopsGracefully()
{
    Engine engine;
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("400"));
    engine.setFake(QStringLiteral("DELAY"), QStringLiteral("0.05"));
    const qint64 batchId = engine.addBatch(3).firstLineNumber();
    RunnerProcess runner(engine,
                         {QStringLiteral("batch"), QStringLiteral("run"), QStringLiteral("--wait"),
                          QStringLiteral("--concurrency"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(engine.countRunningFakes() == 2, 20000);
    runner.signal(SIGINT);
    QVERIFY(runner.waitForFinished(30000));
    QCOMPARE(runner.exitCode(), 1);
    QCOMPARE(engine.countRunningFakes(), 0);
    const QJsonObject counts = engine.show(batchId)
                                   .value(QStringLiteral("batch"))
                                   .toObject()
                                   .value(QStringLiteral("jobs"))
                                   .toObject();
    QCOMPARE(counts.value(QStringLiteral("cancelled")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("queued")).toInt(), 1);
    QVERIFY(
        engine.filesUnder(QStringLiteral("run")).filter(QStringLiteral("imapsync.pid")).isEmpty());
}

void TestBatchRun::crashedRunnerIsRecovered()
{
    Engine engine;
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("300"));
    engine.setFake(QStringLiteral("DELAY"), QStringLiteral("0.05"));
    const qint64 batchId = engine.addBatch(2).firstLineNumber();
    {
        RunnerProcess runner(engine, {QStringLiteral("batch"), QStringLiteral("run"),
                                      QStringLiteral("--wait"), QStringLiteral("--concurrency"),
                                      QStringLiteral("1")});
        QTRY_VERIFY_WITH_TIMEOUT(engine.jobStates(batchId).contains(QStringLiteral("running")),
                                 20000);
        runner.signal(SIGKILL);
        QVERIFY(runner.waitForFinished(10000));
    }
    // imapsync does not outlive its runner.
    QTRY_COMPARE_WITH_TIMEOUT(engine.countRunningFakes(), 0, 10000);
    QCOMPARE(engine.jobStates(batchId),
             (QStringList{QStringLiteral("running"), QStringLiteral("queued")}));

    engine.setFake(QStringLiteral("DELAY"), QString());
    const Run resumed =
        engine.imapdesk({QStringLiteral("batch"), QStringLiteral("run"), QStringLiteral("--wait")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(engine.jobStates(batchId),
             (QStringList{QStringLiteral("interrupted"), QStringLiteral("succeeded")}));
    const Run retry = engine.imapdesk({QStringLiteral("batch"), QStringLiteral("retry"),
                                       QString::number(batchId), QStringLiteral("--failed-only")});
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    const Run run =
        engine.imapdesk({QStringLiteral("batch"), QStringLiteral("run"), QStringLiteral("--wait")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(engine.jobStates(batchId),
             (QStringList{QStringLiteral("succeeded"), QStringLiteral("succeeded")}));
}

void TestBatchRun::postgresqlBackend()
{
    const QString serverUrl = qEnvironmentVariable("IMAPDESK_TEST_PG_URL");
    if (serverUrl.isEmpty())
        QFAIL("IMAPDESK_TEST_PG_URL is not set: run through scripts/test.sh");
    const QString name = QStringLiteral("imapdesk_engine_%1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QVERIFY2(createPostgresDatabase(serverUrl, name), "cannot create the test database");
    Engine engine;
    engine.setDatabaseUrl(serverUrl.left(serverUrl.lastIndexOf(u'/') + 1) + name);
    engine.setFake(QStringLiteral("MESSAGES"), QStringLiteral("5"));
    const Run added = engine.addBatch(3, {QStringLiteral("--run")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(engine.jobStates(added.firstLineNumber()),
             (QStringList{QStringLiteral("succeeded"), QStringLiteral("succeeded"),
                          QStringLiteral("succeeded")}));
    dropPostgresDatabase(serverUrl, name);
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
