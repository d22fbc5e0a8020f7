#pragma once

#include <QString>

namespace imapdesk {

// Where the history lives, as given by --db / IMAPDESK_DB: an SQLite file path
// (the default) or postgresql://user@host:port/dbname for a shared team
// database. A password is never part of it (the keychain, PGPASSWORD or
// ~/.pgpass provide it), because command lines are visible to every local
// user.
struct DatabaseLocation
{
    enum class Kind { Sqlite, PostgreSql };

    Kind kind = Kind::Sqlite;
    QString sqliteFile; // absolute
    QString host;       // PostgreSQL: name, address, or socket directory
    int port = 5432;
    QString user;
    QString databaseName;
    QString connectOptions; // libpq options from the URL query, ';'-separated

    // Parses `text`; relative SQLite paths are resolved against the current
    // directory. On failure returns false and sets `error` to a message for
    // the user.
    static bool parse(const QString &text, DatabaseLocation &location, QString &error);

    // For messages and logs: the URL without any secret.
    QString displayName() const;
};

} // namespace imapdesk
