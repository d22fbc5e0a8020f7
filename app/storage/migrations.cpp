#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace imapdesk {

namespace {

const char kCreateVersionTable[] = "CREATE TABLE schema_version ("
                                   " version INTEGER PRIMARY KEY,"
                                   " applied_at BIGINT NOT NULL)";

bool hasVersionTable(Database &database)
{
    return database.connection().tables().contains(QStringLiteral("schema_version"));
}

// After a rebuild with foreign keys off: every reference must still hold.
bool foreignKeysIntact(Database &database, QString *error)
{
    QSqlQuery query;
    if (!runSql(database, query, QStringLiteral("PRAGMA foreign_key_check"), {}, error))
        return false;
    if (!query.next())
        return true;
    *error =
        QCoreApplication::translate("Storage", "a row of table %1 lost the row it refers to in %2")
            .arg(query.value(0).toString(), query.value(2).toString());
    return false;
}

bool applyStep(Database &database, const Migration &step, QString *error)
{
    const bool sqlite = database.dialect() == SqlDialect::Sqlite;
    const QStringList statements =
        step.statements + (sqlite ? step.sqliteStatements : step.postgresStatements);
    for (const QString &statement : statements) {
        if (!runSql(database, statement, {}, error))
            return false;
    }
    if (sqlite && step.rebuildsTables && !foreignKeysIntact(database, error))
        return false;
    return runSql(database,
                  QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                                 "VALUES (:version, :now)"),
                  {{QStringLiteral("version"), step.version},
                   {QStringLiteral("now"), QDateTime::currentMSecsSinceEpoch()}},
                  error);
}

// One step in its own transaction. The version is read again under the lock:
// another process may have applied the step meanwhile.
bool applyInTransaction(Database &database, const Migration &step, QString *error)
{
    return inTransaction(
        database,
        [&database, &step](QString *stepError) {
            const QString lock = migrationLockSql(database.dialect());
            if (!lock.isEmpty() && !runSql(database, lock, {}, stepError))
                return false;
            int current = 0;
            const bool created =
                hasVersionTable(database) ||
                runSql(database, QLatin1String(kCreateVersionTable), {}, stepError);
            if (!created || !readSchemaVersion(database, &current, stepError))
                return false;
            return current >= step.version || applyStep(database, step, stepError);
        },
        error);
}

// SQLite ignores the foreign_keys pragma inside a transaction: a step that
// rebuilds tables switches them off around it.
bool migrateStep(Database &database, const Migration &step, QString *error)
{
    if (database.dialect() != SqlDialect::Sqlite || !step.rebuildsTables)
        return applyInTransaction(database, step, error);
    if (!runSql(database, QStringLiteral("PRAGMA foreign_keys = OFF"), {}, error))
        return false;
    const bool migrated = applyInTransaction(database, step, error);
    QString restoreError;
    const bool restored =
        runSql(database, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &restoreError);
    if (migrated && !restored)
        *error = restoreError;
    return migrated && restored;
}

QString newerDatabaseMessage(int found, int known)
{
    return QCoreApplication::translate(
               "Storage", "it was created by a newer ImapDesk (schema version %1; this ImapDesk "
                          "knows up to version %2). Upgrade ImapDesk to use it.")
        .arg(found)
        .arg(known);
}

} // namespace

int latestSchemaVersion(const QList<Migration> &migrations)
{
    int latest = 0;
    for (const Migration &step : migrations)
        latest = std::max(latest, step.version);
    return latest;
}

bool readSchemaVersion(Database &database, int *version, QString *error)
{
    *version = 0;
    if (!hasVersionTable(database))
        return true;
    QSqlQuery query;
    if (!runSql(database, query,
                QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"), {}, error))
        return false;
    if (query.next())
        *version = query.value(0).toInt();
    return true;
}

bool migrateSchema(Database &database, const QList<Migration> &migrations, int *version,
                   QString *error)
{
    const int known = latestSchemaVersion(migrations);
    if (!readSchemaVersion(database, version, error))
        return false;
    if (*version > known) {
        *error = newerDatabaseMessage(*version, known);
        return false;
    }
    QList<Migration> steps = migrations;
    std::sort(steps.begin(), steps.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    // Nothing to write when up to date: a read-only database opens too.
    for (const Migration &step : std::as_const(steps)) {
        if (step.version > *version && !migrateStep(database, step, error))
            return false;
    }
    return readSchemaVersion(database, version, error);
}

} // namespace imapdesk
