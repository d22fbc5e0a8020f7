#pragma once

#include "storage/databaselocation.h"
#include "storage/migrations.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace imapdesk {

struct DatabaseOptions
{
    bool readOnly = false;       // SQLite: QSQLITE_OPEN_READONLY; PostgreSQL: read-only session
    bool migrate = true;         // false: connect only, e.g. an administrative connection
    int busyTimeoutMs = 5000;    // SQLite: how long to wait for another writer
    QList<Migration> migrations; // empty: builtInMigrations(); tests add steps
    // PostgreSQL: the password from the keychain, handed to the driver only
    // (never a URL, never a log). Empty: libpq reads PGPASSWORD or ~/.pgpass.
    QString password;
};

// One open connection to the history database, schema migrated. Qt allows a
// connection in the thread that opened it only: every thread (and every
// runner) opens its own Database; each gets a connection name of its own.
class Database final
{
public:
    // Opens location; on failure returns null and sets *error to a message
    // naming location.displayName() with the driver's text.
    static std::unique_ptr<Database> open(const DatabaseLocation &location, QString *error,
                                          const DatabaseOptions &options = {});
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the connection again, e.g. after the PostgreSQL server restarted
    // (Qt does not reconnect by itself). The schema is not migrated again.
    bool reconnect(QString *error);

    QSqlDatabase &connection() { return m_connection; }
    SqlDialect dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }
    QString displayName() const { return m_location.displayName(); }
    int schemaVersion() const { return m_schemaVersion; }
    // Made once per database (schema version 2): namespaces its keychain
    // entries, so two databases on one machine never share one. Empty when
    // opened without migrating an older schema.
    QString databaseId() const { return m_databaseId; }

private:
    Database(const DatabaseLocation &location, const DatabaseOptions &options);

    bool openConnection(QString *error);
    bool prepareSqliteFolder(QString *error) const;
    void configureDriver();
    bool configureSession(QString *error);
    bool runPragma(const QString &statement, QString *error);
    bool readDatabaseId(QString *error);

    DatabaseLocation m_location;
    DatabaseOptions m_options;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_connectionName;
    QSqlDatabase m_connection;
    int m_schemaVersion = 0;
    QString m_databaseId;
};

} // namespace imapdesk
