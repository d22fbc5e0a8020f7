#include "secrets/blockingcredentials.h"

#include "util/waitfor.h"

namespace imapdesk {

BlockingCredentials::BlockingCredentials(CredentialStore &store, std::chrono::milliseconds limit)
    : m_store(store)
    , m_limit(limit)
{}

CredentialStatus BlockingCredentials::write(const CredentialRef &ref,
                                            const JobCredentials &credentials)
{
    return waitFor(m_limit, CredentialStatus::timedOut(m_limit), [&](auto *context, auto done) {
        m_store.write(ref, credentials, context, done);
    });
}

CredentialReadResult BlockingCredentials::read(const CredentialRef &ref)
{
    const CredentialReadResult timedOut{CredentialStatus::timedOut(m_limit), {}};
    return waitFor(m_limit, timedOut,
                   [&](auto *context, auto done) { m_store.read(ref, context, done); });
}

CredentialStatus BlockingCredentials::remove(const CredentialRef &ref)
{
    return waitFor(m_limit, CredentialStatus::timedOut(m_limit),
                   [&](auto *context, auto done) { m_store.remove(ref, context, done); });
}

CredentialStatus BlockingCredentials::removeMany(const QList<CredentialRef> &refs)
{
    return waitFor(m_limit, CredentialStatus::timedOut(m_limit),
                   [&](auto *context, auto done) { m_store.removeMany(refs, context, done); });
}

CredentialStatus BlockingCredentials::probe()
{
    return waitFor(m_limit, CredentialStatus::timedOut(m_limit),
                   [&](auto *context, auto done) { m_store.probe(context, done); });
}

} // namespace imapdesk
