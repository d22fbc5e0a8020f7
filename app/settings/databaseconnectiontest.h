#pragma once

#include "storage/databaselocation.h"

#include <QString>

#include <functional>

class QObject;

namespace imapdesk {

struct DatabaseTestResult
{
    bool ok = false;
    QString message; // for the user: what was found, or the driver's message
};

// The settings dialog's "Test connection": opens `location` on a connection
// of its own in a worker thread (a PostgreSQL server may take seconds to
// answer), reads the schema version without migrating anything, and closes
// it again. An SQLite file that does not exist yet is created, as ImapDesk
// would. done runs in context's thread, only while context is alive.
// password: PostgreSQL's, typed or from the keychain; empty for libpq's own
// (PGPASSWORD, ~/.pgpass). It goes to the driver only, never to the result.
void testDatabaseConnection(const DatabaseLocation &location, QObject *context,
                            std::function<void(const DatabaseTestResult &)> done,
                            const QString &password = {});

} // namespace imapdesk
