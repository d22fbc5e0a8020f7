// The facade the desktop application uses: a real SQLite history, a
// session-only credential store, and the fake imapsync as the runner's child.

#include "secrets/sessioncredentialstore.h"
#include "service/migrationservice.h"
#include "storage/jobstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace imapdesk;

namespace {

const QString Fake = QStringLiteral(IMAPDESK_TEST_FIXTURES "/fake-imapsync");

BatchSpec spec()
{
    BatchSpec batch;
    batch.label = QStringLiteral("service test");
    batch.source = {
        QStringLiteral("imap.src.example"), 0, Security::None, ProviderPreset::None, {}};
    batch.destination = {
        QStringLiteral("imap.dst.example"), 0, Security::None, ProviderPreset::None, {}};
    batch.owner = QStringLiteral("tester");
    return batch;
}

QList<Account> accounts(int count)
{
    QList<Account> list;
    for (int i = 0; i < count; ++i) {
        const QString user = QStringLiteral("user%1@src.example").arg(i);
        list << Account{i + 1, user, QStringLiteral("pw %1").arg(i), user,
                        QStringLiteral("pw %1").arg(i)};
    }
    return list;
}

} // namespace

class TestMigrationService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addedBatchRunsAndIsAnnounced();
    void missingImapsyncMakesTheRunnerUnavailable();
    void cancelThenResume();
    void missingPasswordsAreAskedFor();
    void passwordsForgottenOnSuccess();

private:
    qint64 addBatch(int count);
    CredentialReadResult readCredentials(const JobRecord &job);
    CredentialStatus removeCredentials(const JobRecord &job);

    SessionCredentialStore *m_credentials = nullptr; // owned by m_service
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MigrationService> m_service;
};

void TestMigrationService::init()
{
    qputenv("FAKE_IMAPSYNC_MESSAGES", "6");
    qunsetenv("FAKE_IMAPSYNC_DELAY");
    m_dir = std::make_unique<QTemporaryDir>();
    m_service = std::make_unique<MigrationService>();
    auto credentials = std::make_unique<SessionCredentialStore>();
    m_credentials = credentials.get();
    m_service->setCredentialStore(std::move(credentials));
    DatabaseLocation location;
    QString error;
    QVERIFY(DatabaseLocation::parse(m_dir->filePath(QStringLiteral("h.sqlite")), location, error));
    QVERIFY2(m_service->open(location, m_dir->path(), &error), qPrintable(error));
}

void TestMigrationService::cleanup()
{
    if (m_service && m_service->runnerState() == MigrationService::RunnerState::Running) {
        QSignalSpy stopped(m_service.get(), &MigrationService::runnerStopped);
        m_service->stopRunner();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
    }
    m_service.reset();
    m_dir.reset();
}

qint64 TestMigrationService::addBatch(int count)
{
    qint64 id = 0;
    m_service->addBatch(spec(), accounts(count), [&id](const StoreResult<qint64> &added) {
        id = added.ok() ? added.value() : -1;
    });
    // Keychain writes are asynchronous: wait for the answer.
    for (int waited = 0; id == 0 && waited < 10000; waited += 10)
        QTest::qWait(10);
    return id;
}

void TestMigrationService::addedBatchRunsAndIsAnnounced()
{
    QSignalSpy batches(m_service.get(), &MigrationService::batchesChanged);
    QSignalSpy finished(m_service.get(), &MigrationService::batchFinished);
    SchedulerSettings limits;
    limits.concurrency = 2;
    m_service->startRunner(Fake, limits);
    QTRY_COMPARE(m_service->runnerState(), MigrationService::RunnerState::Running);
    QVERIFY2(m_service->runnerMessage().contains(QStringLiteral("2.229")),
             qPrintable(m_service->runnerMessage()));

    const qint64 id = addBatch(3);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toLongLong(), id);
    QCOMPARE(finished.at(0).at(1).toInt(), 3);
    QCOMPARE(finished.at(0).at(2).toInt(), 0);
    QVERIFY(!batches.isEmpty());
    const auto jobs = m_service->store().jobs(id).value();
    for (const JobRecord &job : jobs)
        QCOMPARE(job.latestAttempt->stats.messagesCopied, 6);
}

void TestMigrationService::missingImapsyncMakesTheRunnerUnavailable()
{
    m_service->startRunner(m_dir->filePath(QStringLiteral("nope/imapsync")), {});
    QCOMPARE(m_service->runnerState(), MigrationService::RunnerState::Unavailable);
    QVERIFY2(m_service->runnerMessage().contains(QStringLiteral("Install imapsync")),
             qPrintable(m_service->runnerMessage()));
    // Batches can still be prepared; they wait for a runner.
    const qint64 id = addBatch(1);
    QCOMPARE(m_service->store().jobs(id).value().at(0).state, JobState::Queued);
}

void TestMigrationService::cancelThenResume()
{
    qputenv("FAKE_IMAPSYNC_MESSAGES", "300");
    qputenv("FAKE_IMAPSYNC_DELAY", "0.05");
    SchedulerSettings limits;
    limits.concurrency = 1;
    limits.abortGrace = std::chrono::milliseconds(2000);
    m_service->startRunner(Fake, limits);
    QTRY_COMPARE(m_service->runnerState(), MigrationService::RunnerState::Running);
    const qint64 id = addBatch(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->activeJobCount(), 1, 10000);
    const qint64 running = m_service->store().jobs(id).value().at(0).id;
    QTRY_VERIFY_WITH_TIMEOUT(
        m_service->liveStats(running) && m_service->liveStats(running)->messagesCopied > 0, 10000);
    QString error;
    QVERIFY2(m_service->cancelJobs({running}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->store().job(running).value().state, JobState::Cancelled,
                              30000);

    // Resume: the cancelled job is queued again as a new attempt.
    qputenv("FAKE_IMAPSYNC_MESSAGES", "4");
    qunsetenv("FAKE_IMAPSYNC_DELAY");
    int count = 0;
    QVERIFY2(m_service->retryBatch(id, RetryMode::Resume, &count, &error), qPrintable(error));
    QCOMPARE(count, 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->store().job(running).value().state, JobState::Succeeded,
                              30000);
    QCOMPARE(m_service->store().job(running).value().attempts, 2);
}

CredentialReadResult TestMigrationService::readCredentials(const JobRecord &job)
{
    std::optional<CredentialReadResult> result;
    m_credentials->read(
        CredentialRef::fromString(m_service->store().databaseId(), job.credentialRef), this,
        [&result](const CredentialReadResult &read) { result = read; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return {CredentialStatus::timedOut(std::chrono::seconds(10)), {}};
    return *result;
}

CredentialStatus TestMigrationService::removeCredentials(const JobRecord &job)
{
    std::optional<CredentialStatus> result;
    m_credentials->remove(
        CredentialRef::fromString(m_service->store().databaseId(), job.credentialRef), this,
        [&result](const CredentialStatus &status) { result = status; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return CredentialStatus::timedOut(std::chrono::seconds(10));
    return *result;
}

// An entry gone from the keychain (deleted, another machine) stops the job in
// needs_password; the passwords entered again run it.
void TestMigrationService::missingPasswordsAreAskedFor()
{
    const qint64 id = addBatch(2);
    QVERIFY(id > 0);
    const JobRecord lost = m_service->store().jobs(id).value().at(0);
    QVERIFY(removeCredentials(lost).ok());
    QSignalSpy finished(m_service.get(), &MigrationService::batchFinished);
    m_service->startRunner(Fake, {});
    QTRY_COMPARE_WITH_TIMEOUT(m_service->store().job(lost.id).value().state,
                              JobState::NeedsPassword, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->store().jobs(id).value().at(1).state, JobState::Succeeded,
                              30000);
    const auto batch = m_service->store().batch(id).value();
    QCOMPARE(batch.state, JobState::NeedsPassword);
    QCOMPARE(batch.counts.needsPassword, 1);
    const JobRecord waiting = m_service->store().job(lost.id).value();
    QVERIFY2(
        waiting.latestAttempt->verdict->explanation.contains(QStringLiteral("Enter them again")),
        qPrintable(waiting.latestAttempt->verdict->explanation));

    std::optional<QString> problem;
    m_service->providePasswords(lost.id, {QStringLiteral("new 1"), QStringLiteral("new 2")},
                                [&problem](const QString &p) { problem = p; });
    QTRY_VERIFY(problem.has_value());
    QVERIFY2(problem->isEmpty(), qPrintable(*problem));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->store().job(lost.id).value().state, JobState::Succeeded,
                              30000);
    const CredentialReadResult saved = readCredentials(lost);
    QVERIFY(saved.status.ok());
    QCOMPARE(saved.credentials.password1, QStringLiteral("new 1"));
    QCOMPARE(m_service->store().batch(id).value().state, JobState::Succeeded);
}

void TestMigrationService::passwordsForgottenOnSuccess()
{
    SchedulerSettings limits;
    limits.forgetPasswordsOnSuccess = true;
    m_service->startRunner(Fake, limits);
    QTRY_COMPARE(m_service->runnerState(), MigrationService::RunnerState::Running);
    const qint64 id = addBatch(1);
    const JobRecord job = m_service->store().jobs(id).value().at(0);
    QVERIFY(readCredentials(job).status.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_service->store().job(job.id).value().state, JobState::Succeeded,
                              30000);
    QTRY_COMPARE(readCredentials(job).status.error, CredentialError::NotFound);
}

QTEST_GUILESS_MAIN(TestMigrationService)
#include "tst_migrationservice.moc"
