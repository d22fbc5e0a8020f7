#pragma once

#include <QString>

namespace imapdesk {

enum class SqlDialect { Sqlite, PostgreSql };

// The one place where SQL differs between SQLite and PostgreSQL. Statements are
// written once with these tokens, replaced per dialect:
//   {id}        an identity primary key column (ids are never reused)
//   {claimlock} the row lock of the claim subquery (PostgreSQL: FOR UPDATE OF j
//               SKIP LOCKED; SQLite has one writer at a time and needs none)
//   {randomid}  32 random hexadecimal digits
QString expandSql(const QString &sql, SqlDialect dialect);

// Starts a write transaction. SQLite takes the write lock at once (BEGIN
// IMMEDIATE): a deferred transaction that reads first could fail to upgrade.
QString beginTransactionSql(SqlDialect dialect);

// Serialises schema migrations between processes sharing one PostgreSQL
// database (two desktops starting together); empty for SQLite, whose BEGIN
// IMMEDIATE already does.
QString migrationLockSql(SqlDialect dialect);

} // namespace imapdesk
