#pragma once

#include "storage/storeresult.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace imapdesk {

class Database;

// Prepares sql (dialect tokens expanded) as a forward-only query.
bool prepareSql(Database &database, QSqlQuery &query, const QString &sql, QString *error);

// Binds values (keys without the leading ':') and executes a prepared query.
bool execPrepared(QSqlQuery &query, const QVariantMap &values, QString *error);

// prepareSql() then execPrepared(); the query stays positioned before its
// first row.
bool runSql(Database &database, QSqlQuery &query, const QString &sql, const QVariantMap &values,
            QString *error);

// For statements whose rows, if any, are not needed.
bool runSql(Database &database, const QString &sql, const QVariantMap &values, QString *error);

// For INSERT, UPDATE and DELETE: *affected gets the rows changed, read at
// once (SQLite counts for the connection's last statement, not per query).
bool runUpdate(Database &database, const QString &sql, const QVariantMap &values, int *affected,
               QString *error);

// The first column of the first row (0 when there is no row).
bool selectInt64(Database &database, const QString &sql, const QVariantMap &values, qint64 *value,
                 QString *error);

// Runs body in a write transaction: commits when it returns true, rolls back
// when it returns false or the commit fails, so a failure leaves nothing half
// written. Queries made by body must be finished when it returns.
bool inTransaction(Database &database, const std::function<bool(QString *error)> &body,
                   QString *error);

// "<what> (database <name>): <driver text>".
StoreError storeError(const Database &database, const QString &what, const QString &detail);

// NULL for an empty optional, typed so that PostgreSQL accepts it.
QVariant nullableInt64(const std::optional<qint64> &value);
QVariant nullableText(const QString &value); // NULL for an empty string

std::optional<qint64> optionalInt64(const QVariant &value);

} // namespace imapdesk
