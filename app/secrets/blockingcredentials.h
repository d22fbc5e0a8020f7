#pragma once

#include "secrets/credentialstore.h"

namespace imapdesk {

// Synchronous access for the headless CLI only (`batch add`, `batch run`,
// `batch delete`): each call runs a local QEventLoop until the store answers or
// limit passes, then returns. The GUI must NOT use this: a nested event loop
// re-enters the GUI's own slots while it waits. The GUI uses the store's
// callbacks directly.
class BlockingCredentials final
{
public:
    explicit BlockingCredentials(CredentialStore &store,
                                 std::chrono::milliseconds limit = std::chrono::minutes(2));

    CredentialStatus write(const CredentialRef &ref, const JobCredentials &credentials);
    CredentialReadResult read(const CredentialRef &ref);
    CredentialStatus remove(const CredentialRef &ref);
    CredentialStatus removeMany(const QList<CredentialRef> &refs);
    CredentialStatus probe();

private:
    CredentialStore &m_store;
    std::chrono::milliseconds m_limit;
};

} // namespace imapdesk
