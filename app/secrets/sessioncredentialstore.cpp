#include "secrets/sessioncredentialstore.h"

namespace imapdesk {

SessionCredentialStore::SessionCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

SessionCredentialStore::~SessionCredentialStore() = default;

// Each call changes the entries at once, in call order, and answers from the
// event loop like the keychain store does, so callers cannot tell them apart.
void SessionCredentialStore::write(const CredentialRef &ref, const JobCredentials &credentials,
                                   const QObject *context, StatusCallback done)
{
    StatusCallback finish = guarded(context, std::move(done));
    if (ref.isNull()) {
        later([finish] { finish(invalidReference()); });
        return;
    }
    m_entries.insert(ref, credentials);
    later([finish] { finish(CredentialStatus::success()); });
}

void SessionCredentialStore::read(const CredentialRef &ref, const QObject *context,
                                  ReadCallback done)
{
    ReadCallback finish = guarded(context, std::move(done));
    CredentialReadResult result;
    if (ref.isNull()) {
        result.status = invalidReference();
    } else if (const auto found = m_entries.constFind(ref); found != m_entries.cend()) {
        result.credentials = *found;
    } else {
        result.status = CredentialStatus::failure(CredentialError::NotFound);
    }
    later([finish, result] { finish(result); });
}

void SessionCredentialStore::remove(const CredentialRef &ref, const QObject *context,
                                    StatusCallback done)
{
    StatusCallback finish = guarded(context, std::move(done));
    if (ref.isNull()) {
        later([finish] { finish(invalidReference()); });
        return;
    }
    m_entries.remove(ref);
    later([finish] { finish(CredentialStatus::success()); });
}

void SessionCredentialStore::clear()
{
    m_entries.clear();
}

} // namespace imapdesk
