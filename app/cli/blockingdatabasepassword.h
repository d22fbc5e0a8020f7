#pragma once

#include "secrets/databasepasswordstore.h"

#include <chrono>

namespace imapdesk {

// The CLI is synchronous: each call runs a local QEventLoop until the store
// answers (it has its own keychain timeout) or limit passes, like
// BlockingCredentials. The GUI must NOT use this: a nested event loop
// re-enters the GUI's own slots while it waits.
class BlockingDatabasePassword final
{
public:
    explicit BlockingDatabasePassword(DatabasePasswordStore &store,
                                      std::chrono::milliseconds limit = std::chrono::minutes(1));

    DatabasePasswordResult read(const DatabaseLocation &location);
    CredentialStatus write(const DatabaseLocation &location, const QString &password);
    CredentialStatus remove(const DatabaseLocation &location);

private:
    DatabasePasswordStore &m_store;
    std::chrono::milliseconds m_limit;
};

} // namespace imapdesk
