#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace imapdesk {

class Database;

// One step of the schema. Statements use the tokens of sqldialect.h and run in
// one transaction together with the bump of schema_version.
struct Migration
{
    int version = 0;
    QStringList statements;
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
