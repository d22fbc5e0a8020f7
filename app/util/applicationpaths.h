#pragma once

#include <QString>

namespace imapdesk {

// Identity used by QStandardPaths and QSettings; set once in main() and in tests.
void setApplicationIdentity();

// Where ImapDesk keeps its database, job logs and application log when the
// user did not choose: the platform's per-user app data location.
QString defaultDataDirectory();

// The SQLite file inside a data directory.
QString defaultDatabaseFile(const QString &dataDirectory);

// Folder of ImapDesk's own rotating log, apart from imapsync's job logs.
QString applicationLogDirectory(const QString &dataDirectory);

} // namespace imapdesk
