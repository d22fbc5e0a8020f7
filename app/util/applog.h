#pragma once

#include <QString>

namespace imapdesk {

// ImapDesk's own log (spdlog, rotating files), separate from imapsync's job
// logs. Never pass a password to it.
// Returns an empty string on success, otherwise why the log file could not be
// opened; logging then goes to stderr only and the application carries on.
QString initApplicationLog(const QString &dataDirectory, bool verbose);

} // namespace imapdesk
