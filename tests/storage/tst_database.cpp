// The connection and the schema migrations, on SQLite and PostgreSQL.
#include "storage/database.h"
#include "storage/jobstore.h"
#include "storage/migrations.h"
#include "storagetestdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace imapdesk;
using namespace imapdesk::test;

namespace {

QStringList tableNames(Database &db)
{
    QStringList tables = db.connection().tables();
    tables.sort();
    return tables;
}

// Every column of every table of ours: "table.column".
QStringList allColumns(Database &db)
{
    QStringList columns;
    QSqlQuery query(db.connection());
    if (db.dialect() == SqlDialect::PostgreSql) {
        query.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                  "WHERE table_schema = 'public'"));
        while (query.next())
            columns << query.value(0).toString() + u'.' + query.value(1).toString();
        return columns;
    }
    for (const QString &table : tableNames(db)) {
        query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (query.next())
            columns << table + u'.' + query.value(1).toString();
    }
    return columns;
}

const int kLatest = latestSchemaVersion(builtInMigrations());

// The version after the latest, that only this test knows.
Migration fakeNextVersion()
{
    return Migration{
        kLatest + 1,
        {QStringLiteral("ALTER TABLE batches ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE TABLE v2_notes (id {id}, text TEXT NOT NULL)")}};
}

QList<Migration> upToVersion(int version)
{
    QList<Migration> steps = builtInMigrations();
    steps.erase(std::remove_if(steps.begin(), steps.end(),
                               [version](const Migration &step) { return step.version > version; }),
                steps.end());
    return steps;
}

DatabaseOptions withMigrations(const QList<Migration> &migrations)
{
    DatabaseOptions options;
    options.migrations = migrations;
    return options;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when server goes
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabase_data() { addBackendRows(); }
    void freshDatabase();
    void twoConnectionsAtOnce_data() { addBackendRows(); }
    void twoConnectionsAtOnce();
    void upgradesVersion1_data() { addBackendRows(); }
    void upgradesVersion1();
    void upgradesToNextVersion_data() { addBackendRows(); }
    void upgradesToNextVersion();
    void refusesNewerDatabase_data() { addBackendRows(); }
    void refusesNewerDatabase();
    void failedStepLeavesPreviousVersion_data() { addBackendRows(); }
    void failedStepLeavesPreviousVersion();
    void noPasswordColumn_data() { addBackendRows(); }
    void noPasswordColumn();
    void unreachablePostgreSqlFailsFast();
    void sqliteFolderCannotBeCreated();
    void readOnlySqliteRefusesWrites();
    void fullDiskLeavesNothingHalfWritten();
    void postgreSqlServerGone();
};

void TestDatabase::freshDatabase()
{
    QFETCH(QString, backend);
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(backend, &error), qPrintable(error));
    const auto db = testDb.open(&error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion(builtInMigrations()));
    const QStringList tables = tableNames(*db);
    for (const char *table : {"batches", "jobs", "job_attempts", "schema_version"})
        QVERIFY2(tables.contains(QLatin1String(table)), qPrintable(tables.join(u',')));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), kLatest);
    QCOMPARE(db->databaseId().size(), 32);
    if (db->dialect() == SqlDialect::Sqlite) {
        QVERIFY(QFile::exists(testDb.location().sqliteFile)); // its folder was created
        QSqlQuery mode(db->connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QVERIFY(scalar(*db, QStringLiteral("PRAGMA busy_timeout")) >= 1000);
    }
}

void TestDatabase::twoConnectionsAtOnce()
{
    QFETCH(QString, backend);
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(backend, &error), qPrintable(error));
    const auto first = testDb.open(&error);
    QVERIFY2(first, qPrintable(error));
    const auto second = testDb.open(&error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(first->connection().connectionName() != second->connection().connectionName());
    JobStore writer(*first);
    QVERIFY(writer.addBatch(sampleBatch(), sampleJobs(2)).ok());
    JobStore reader(*second);
    const auto batches = reader.listBatches();
    QVERIFY2(batches.ok(), qPrintable(batches.error()));
    QCOMPARE(batches.value().size(), 1);
    QCOMPARE(scalar(*second, QStringLiteral("SELECT COUNT(*) FROM schema_version")), kLatest);
    QCOMPARE(first->databaseId(), second->databaseId());
}

// A history made by the first ImapDesk keeps every batch, job and attempt
// through version 2, which re-creates the jobs table on SQLite.
void TestDatabase::upgradesVersion1()
{
    QFETCH(QString, backend);
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(backend, &error), qPrintable(error));
    qint64 batchId = 0;
    qint64 claimedJob = 0;
    {
        const auto db = testDb.open(&error, withMigrations(upToVersion(1)));
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 1);
        QVERIFY(db->databaseId().isEmpty());
        // Rows as version 1 wrote them (today's JobStore writes version 2's columns).
        const auto insert = [&db](const QString &sql) -> qint64 {
            QSqlQuery query(db->connection());
            if (!query.exec(sql + QStringLiteral(" RETURNING id")) || !query.next()) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                return 0;
            }
            return query.value(0).toLongLong();
        };
        batchId = insert(QStringLiteral(
            "INSERT INTO batches (label, source_host, source_security, destination_host, "
            "destination_security, created_at) VALUES ('v1', 'old.example', 'ssl', "
            "'new.example', 'ssl', 1)"));
        QVERIFY(batchId > 0);
        for (int position = 1; position <= 3; ++position) {
            const qint64 job = insert(
                QStringLiteral("INSERT INTO jobs (batch_id, position, user1, user2, "
                               "credential_ref, state, attempts, updated_at) VALUES (%1, %2, "
                               "'u%2', 'u%2', '', '%3', %4, 1)")
                    .arg(batchId)
                    .arg(position)
                    .arg(position == 1 ? QStringLiteral("running") : QStringLiteral("queued"))
                    .arg(position == 1 ? 1 : 0));
            QVERIFY(job > 0);
            if (position == 1)
                claimedJob = job;
        }
        QVERIFY(insert(QStringLiteral("INSERT INTO job_attempts (job_id, number, state, "
                                      "runner_id, runner_machine, runner_pid, started_at) "
                                      "VALUES (%1, 1, 'running', 'r', 'm', 1, 1)")
                           .arg(claimedJob)) > 0);
        QSqlQuery remove(db->connection()); // ids are never used again, also after the rebuild
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM jobs WHERE position = 3")));
    }
    const auto db = testDb.open(&error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), kLatest);
    QCOMPARE(db->databaseId().size(), 32);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM jobs")), 2);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM job_attempts WHERE job_id = %1")
                             .arg(claimedJob)),
             1);
    JobStore store(*db);
    const auto jobs = store.jobs(batchId);
    QVERIFY2(jobs.ok(), qPrintable(jobs.error()));
    QCOMPARE(jobs.value().size(), 2);
    QSqlQuery update(db->connection());
    QVERIFY2(update.exec(QStringLiteral("UPDATE jobs SET state = 'needs_password' WHERE id = %1")
                             .arg(claimedJob)),
             qPrintable(update.lastError().text()));
    QVERIFY(!update.exec(QStringLiteral("UPDATE jobs SET state = 'bogus'"))); // still checked
    const auto added = store.addBatch(sampleBatch(), sampleJobs(1));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(scalar(*db, QStringLiteral("SELECT MAX(id) FROM jobs")) > 3);
    if (db->dialect() == SqlDialect::Sqlite)
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1);
    const auto batch = store.batch(batchId);
    QVERIFY2(batch.ok(), qPrintable(batch.error()));
    QCOMPARE(batch.value().counts.needsPassword, 1);
    QCOMPARE(batch.value().counts.queued, 1);
}

// A step after ours adds columns and tables and keeps the rows.
void TestDatabase::upgradesToNextVersion()
{
    QFETCH(QString, backend);
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(backend, &error), qPrintable(error));
    qint64 batchId = 0;
    {
        const auto db = testDb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const auto added = JobStore(*db).addBatch(sampleBatch(), sampleJobs(3));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        batchId = added.value();
    }
    const auto db = testDb.open(
        &error, withMigrations(builtInMigrations() + QList<Migration>{fakeNextVersion()}));
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), kLatest + 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), kLatest + 1);
    // Old rows kept, new column there with its default, new identity column works.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM batches WHERE note = ''")), 1);
    QSqlQuery insert(db->connection());
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO v2_notes (text) VALUES ('x')")),
             qPrintable(insert.lastError().text()));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT MAX(id) FROM v2_notes")), 1);
    const auto batch = JobStore(*db).batch(batchId);
    QVERIFY2(batch.ok(), qPrintable(batch.error()));
    QCOMPARE(batch.value().counts.total, 3);
}

void TestDatabase::refusesNewerDatabase()
{
    QFETCH(QString, backend);
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(backend, &error), qPrintable(error));
    const QList<Migration> next = builtInMigrations() + QList<Migration>{fakeNextVersion()};
    QVERIFY2(testDb.open(&error, withMigrations(next)), qPrintable(error));

    QVERIFY(!testDb.open(&error)); // this ImapDesk knows up to kLatest
    QVERIFY2(error.contains(QStringLiteral("Upgrade ImapDesk")), qPrintable(error));
    QVERIFY2(error.contains(testDb.location().displayName()), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("version %1").arg(kLatest + 1)), qPrintable(error));
    qInfo("newer: %s", qPrintable(error));

    const auto db = testDb.open(&error, withMigrations(next)); // untouched
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), kLatest + 1);
}

void TestDatabase::failedStepLeavesPreviousVersion()
{
    QFETCH(QString, backend);
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(backend, &error), qPrintable(error));
    QVERIFY2(testDb.open(&error), qPrintable(error));
    const Migration broken{kLatest + 1,
                           {QStringLiteral("CREATE TABLE v2_half (id {id})"),
                            QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT")}};
    QVERIFY(!testDb.open(&error, withMigrations(builtInMigrations() + QList<Migration>{broken})));
    QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));

    const auto db = testDb.open(&error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), kLatest);
    QVERIFY(!tableNames(*db).contains(QStringLiteral("v2_half"))); // rolled back
}

void TestDatabase::noPasswordColumn()
{
    QFETCH(QString, backend);
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(backend, &error), qPrintable(error));
    const auto db = testDb.open(&error);
    QVERIFY2(db, qPrintable(error));
    const QStringList columns = allColumns(*db);
    QVERIFY2(columns.size() > 40, qPrintable(columns.join(u',')));
    QVERIFY(columns.contains(QStringLiteral("jobs.credential_ref")));
    const QRegularExpression secret(QStringLiteral("pass|secret|pwd|token"),
                                    QRegularExpression::CaseInsensitiveOption);
    for (const QString &column : columns)
        QVERIFY2(!secret.match(column).hasMatch(), qPrintable(column));
}

void TestDatabase::unreachablePostgreSqlFailsFast()
{
    DatabaseLocation location;
    QString error;
    const QString url = QStringLiteral("postgresql://helpdesk@127.0.0.1:%1/team").arg(closedPort());
    QVERIFY2(DatabaseLocation::parse(url, location, error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!Database::open(location, &error));
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    qInfo("unreachable, %lld ms: %s", timer.elapsed(), qPrintable(error));
    QVERIFY2(error.contains(location.displayName()), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Connection refused")), qPrintable(error));
}

void TestDatabase::sqliteFolderCannotBeCreated()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DatabaseLocation location;
    location.sqliteFile = dir.filePath(QStringLiteral("file/sub/history.sqlite"));
    QString error;
    QVERIFY(!Database::open(location, &error));
    QVERIFY2(error.contains(location.sqliteFile), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
}

// Root ignores file modes, so the read-only open mode stands in for an
// unwritable file.
void TestDatabase::readOnlySqliteRefusesWrites()
{
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(QStringLiteral("sqlite"), &error), qPrintable(error));
    const auto writable = testDb.open(&error);
    QVERIFY2(writable, qPrintable(error));
    JobStore writer(*writable);
    const auto first = writer.addBatch(sampleBatch(), sampleJobs(2));
    QVERIFY(first.ok());

    DatabaseOptions readOnly;
    readOnly.readOnly = true;
    const auto db = testDb.open(&error, readOnly);
    QVERIFY2(db, qPrintable(error));
    JobStore store(*db);
    QVERIFY(store.listBatches().ok()); // reading works
    const auto added = store.addBatch(sampleBatch(), sampleJobs(2));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(QStringLiteral("readonly")), qPrintable(added.error()));
    qInfo("read-only: %s", qPrintable(added.error()));
    QVERIFY2(added.error().contains(testDb.location().displayName()), qPrintable(added.error()));
    const auto cancelled = store.requestCancelBatch(first.value());
    QVERIFY(!cancelled.ok());

    const auto batches = writer.listBatches();
    QCOMPARE(batches.value().size(), 1);
    QCOMPARE(batches.value().first().state, JobState::Queued);
    QCOMPARE(scalar(*writable, QStringLiteral("SELECT COUNT(*) FROM jobs")), 2);
}

void TestDatabase::fullDiskLeavesNothingHalfWritten()
{
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(QStringLiteral("sqlite"), &error), qPrintable(error));
    const auto db = testDb.open(&error);
    QVERIFY2(db, qPrintable(error));
    JobStore store(*db);
    QVERIFY(store.addBatch(sampleBatch(QStringLiteral("before")), sampleJobs(3)).ok());
    // The file may not grow any more: the next big write finds the disk full.
    const qint64 pages = scalar(*db, QStringLiteral("PRAGMA page_count"));
    QVERIFY(scalar(*db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)) > 0);

    const auto added = store.addBatch(sampleBatch(QStringLiteral("too big")),
                                      sampleJobs(3000, QStringLiteral("a-rather-long-user-name-")));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(QStringLiteral("database or disk is full")),
             qPrintable(added.error()));
    qInfo("disk full: %s", qPrintable(added.error()));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM batches")), 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM jobs")), 3);
    const auto batches = store.listBatches();
    QVERIFY2(batches.ok(), qPrintable(batches.error()));
    QCOMPARE(batches.value().size(), 1);
}

void TestDatabase::postgreSqlServerGone()
{
    ScratchDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(QStringLiteral("postgresql"), &error), qPrintable(error));
    const auto db = testDb.open(&error);
    QVERIFY2(db, qPrintable(error));
    JobStore store(*db);
    QVERIFY(store.addBatch(sampleBatch(), sampleJobs(2)).ok());
    // Another session ends ours, as a server restart would.
    DatabaseOptions adminOptions;
    adminOptions.migrate = false;
    const auto admin = testDb.open(&error, adminOptions);
    QVERIFY2(admin, qPrintable(error));
    QSqlQuery kill(db->connection());
    QVERIFY(kill.exec(QStringLiteral("SELECT pg_backend_pid()")) && kill.next());
    const qint64 pid = kill.value(0).toLongLong();
    kill.finish();
    QSqlQuery terminate(admin->connection());
    QVERIFY2(terminate.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)),
             qPrintable(terminate.lastError().text()));

    const auto added = store.addBatch(sampleBatch(), sampleJobs(2));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(testDb.location().displayName()), qPrintable(added.error()));
    QVERIFY2(added.error().contains(QStringLiteral("terminat"), Qt::CaseInsensitive) ||
                 added.error().contains(QStringLiteral("closed"), Qt::CaseInsensitive),
             qPrintable(added.error()));
    qInfo("server gone: %s", qPrintable(added.error()));
    JobStore other(*admin);
    QCOMPARE(other.listBatches().value().size(), 1);

    QVERIFY2(db->reconnect(&error), qPrintable(error));
    QVERIFY(store.addBatch(sampleBatch(), sampleJobs(2)).ok());
    QCOMPARE(other.listBatches().value().size(), 2);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
