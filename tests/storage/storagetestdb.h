#pragma once

#include "storage/database.h"
#include "storage/jobstore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace imapdesk::test {

// Adds the column "backend" with the rows "sqlite" and "postgresql": every
// storage test runs on both databases.
void addBackendRows();

// A fresh, empty database for one test row: an SQLite file in a temporary
// folder, or a PostgreSQL database created through IMAPDESK_TEST_PG_URL
// (scripts/test.sh starts the server) and dropped again at destruction.
// Without that variable the PostgreSQL rows fail: CI must prove PostgreSQL.
class ScratchDatabase final
{
public:
    ScratchDatabase() = default;
    ~ScratchDatabase();

    bool create(const QString &backend, QString *error);
    const DatabaseLocation &location() const { return m_location; }
    bool isPostgreSql() const { return m_location.kind == DatabaseLocation::Kind::PostgreSql; }

    std::unique_ptr<Database> open(QString *error, const DatabaseOptions &options = {}) const;

private:
    bool createPostgreSql(QString *error);

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_admin; // connected to the server's "postgres" database
};

// A test database, opened and migrated, with a store on it. Destroyed in
// reverse order: the store, the connection, then the database itself.
struct StoreFixture
{
    ScratchDatabase scratch;
    std::unique_ptr<Database> database;
    std::unique_ptr<JobStore> store;
    qint64 clock = 1'700'000'000'000; // what store->now() returns; tests move it

    bool setUp(const QString &backend, QString *error);
};

// Shorthand for a batch between two hosts with count jobs u1@..., uN@...
NewBatch sampleBatch(const QString &label = QStringLiteral("sample"),
                     const QString &source = QStringLiteral("imap.old.example"),
                     const QString &destination = QStringLiteral("imap.new.example"));
QList<NewJob> sampleJobs(int count, const QString &prefix = QStringLiteral("user"));

RunnerIdentity testRunner(const QString &name, qint64 pid = 4242);

// Verdicts as the exit-code catalogue gives them.
ExitVerdict succeeded();
ExitVerdict failedWith(int exitCode);
ExitVerdict cancelledBySignal(); // stop requested, then SIGTERM

// The next job for runner (testRunner(runner)); empty when none or on error.
std::optional<ClaimedJob> claim(StoreFixture &f, const QString &runner = QStringLiteral("r1"),
                                const ClaimFilter &filter = {});
JobState jobState(StoreFixture &f, qint64 jobId);
QList<qint64> jobIds(StoreFixture &f, qint64 batchId); // in position order

// The first column of the first row of sql, or -1 on any failure.
qint64 scalar(Database &db, const QString &sql);

} // namespace imapdesk::test
