#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace imapdesk {

class Database;

// One step of the schema. Statements use the tokens of sqldialect.h and run in
// one transaction together with the bump of schema_version: the common ones,
// then those of the database's dialect.
struct Migration
{
    Migration(int v = 0, QStringList common = {})
        : version(v)
        , statements(std::move(common))
    {}

    int version = 0;
    QStringList statements;
    QStringList sqliteStatements;
    QStringList postgresStatements;
    // SQLite: the step drops and re-creates tables that others reference.
    // Foreign keys are off meanwhile (else the drop would cascade), and
    // checked before the commit.
    bool rebuildsTables = false;
};

// Every step this ImapDesk knows, in increasing version order.
QList<Migration> builtInMigrations();

// The highest version of migrations (0 for none).
int latestSchemaVersion(const QList<Migration> &migrations);

// The version recorded in the database: 0 when it has no schema yet.
bool readSchemaVersion(Database &database, int *version, QString *error);

// Applies the steps newer than the database's version, each in its own
// transaction. Refuses a database newer than the last step (made by a newer
// ImapDesk) without touching it. *version receives the resulting version.
bool migrateSchema(Database &database, const QList<Migration> &migrations, int *version,
                   QString *error);

} // namespace imapdesk
