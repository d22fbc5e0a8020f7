#include "cli/blockingdatabasepassword.h"

#include "util/waitfor.h"

namespace imapdesk {

BlockingDatabasePassword::BlockingDatabasePassword(DatabasePasswordStore &store,
                                                   std::chrono::milliseconds limit)
    : m_store(store)
    , m_limit(limit)
{}

DatabasePasswordResult BlockingDatabasePassword::read(const DatabaseLocation &location)
{
    DatabasePasswordResult timedOut;
    timedOut.status = CredentialStatus::timedOut(m_limit);
    return waitFor(m_limit, timedOut,
                   [&](auto *context, auto done) { m_store.read(location, context, done); });
}

CredentialStatus BlockingDatabasePassword::write(const DatabaseLocation &location,
                                                 const QString &password)
{
    return waitFor(m_limit, CredentialStatus::timedOut(m_limit), [&](auto *context, auto done) {
        m_store.write(location, password, context, done);
    });
}

CredentialStatus BlockingDatabasePassword::remove(const DatabaseLocation &location)
{
    return waitFor(m_limit, CredentialStatus::timedOut(m_limit),
                   [&](auto *context, auto done) { m_store.remove(location, context, done); });
}

} // namespace imapdesk
