#include "storagetestdb.h"

#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace imapdesk::test {

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_admin || !isPostgreSql())
        return;
    // FORCE: a test that failed half-way may have left a connection behind.
    QSqlQuery drop(m_admin->connection());
    if (!drop.exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.databaseName)))
        qWarning("Could not drop %s: %s", qPrintable(m_location.databaseName),
                 qPrintable(drop.lastError().text()));
}

bool ScratchDatabase::create(const QString &backend, QString *error)
{
    if (backend == QLatin1String("postgresql"))
        return createPostgreSql(error);
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    m_location.kind = DatabaseLocation::Kind::Sqlite;
    m_location.sqliteFile = m_dir.filePath(QStringLiteral("data/history.sqlite"));
    return true;
}

bool ScratchDatabase::createPostgreSql(QString *error)
{
    const QString url =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("IMAPDESK_TEST_PG_URL"));
    if (url.isEmpty()) {
        *error = QStringLiteral("IMAPDESK_TEST_PG_URL is not set: run through scripts/test.sh, "
                                "which starts a private PostgreSQL server for the tests.");
        return false;
    }
    DatabaseLocation admin;
    if (!DatabaseLocation::parse(url, admin, *error))
        return false;
    DatabaseOptions options;
    options.migrate = false;
    m_admin = Database::open(admin, error, options);
    if (!m_admin)
        return false;
    m_location = admin;
    m_location.databaseName =
        QStringLiteral("imapdesk_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlQuery create(m_admin->connection());
    if (create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_location.databaseName)))
        return true;
    *error = create.lastError().text();
    return false;
}

std::unique_ptr<Database> ScratchDatabase::open(QString *error,
                                                const DatabaseOptions &options) const
{
    return Database::open(m_location, error, options);
}

bool StoreFixture::setUp(const QString &backend, QString *error)
{
    if (!scratch.create(backend, error))
        return false;
    database = scratch.open(error);
    if (!database)
        return false;
    store = std::make_unique<JobStore>(*database);
    store->setClock([this] { return clock; });
    return true;
}

NewBatch sampleBatch(const QString &label, const QString &source, const QString &destination)
{
    NewBatch batch;
    batch.label = label;
    batch.source.host = source;
    batch.destination.host = destination;
    batch.owner = QStringLiteral("alice");
    return batch;
}

QList<NewJob> sampleJobs(int count, const QString &prefix)
{
    QList<NewJob> jobs;
    for (int i = 1; i <= count; ++i) {
        const QString user = QStringLiteral("%1%2@old.example").arg(prefix).arg(i);
        jobs << NewJob{user, user, QStringLiteral("ref-%1-%2").arg(prefix).arg(i)};
    }
    return jobs;
}

RunnerIdentity testRunner(const QString &name, qint64 pid)
{
    return RunnerIdentity{name, QStringLiteral("machine-") + name, pid};
}

ExitVerdict succeeded()
{
    return judgeImapsyncExit(ProcessEnd::exited(0), false, {});
}

ExitVerdict failedWith(int exitCode)
{
    return judgeImapsyncExit(ProcessEnd::exited(exitCode), false, {});
}

ExitVerdict cancelledBySignal()
{
    return judgeImapsyncExit(ProcessEnd::killed(15), true, {});
}

std::optional<ClaimedJob> claim(StoreFixture &f, const QString &runner, const ClaimFilter &filter)
{
    const auto claimed = f.store->claimNextJob(testRunner(runner), filter);
    if (!claimed.ok())
        qWarning("%s", qPrintable(claimed.error()));
    return claimed.ok() ? claimed.value() : std::nullopt;
}

JobState jobState(StoreFixture &f, qint64 jobId)
{
    return f.store->job(jobId).value().state;
}

QList<qint64> jobIds(StoreFixture &f, qint64 batchId)
{
    QList<qint64> list;
    for (const JobRecord &job : f.store->jobs(batchId).value())
        list << job.id;
    return list;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace imapdesk::test
