#include "secrets/keychaincredentialstore.h"

#include <QCoreApplication>

namespace imapdesk {

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_keychain(service)
{
    connect(&m_keychain, &KeychainQueue::availabilityChanged, this,
            &CredentialStore::availabilityChanged);
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::defaultService()
{
    return QStringLiteral("ImapDesk");
}

void KeychainCredentialStore::write(const CredentialRef &ref, const JobCredentials &credentials,
                                    const QObject *context, StatusCallback done)
{
    StatusCallback finish = guarded(context, std::move(done));
    if (ref.isNull()) {
        later([finish] { finish(invalidReference()); });
        return;
    }
    // Half a job's passwords are no use: a failed second side takes the first along.
    enqueuePair(Kind::Write, ref,
                {passwordToKeychainData(credentials.password1),
                 passwordToKeychainData(credentials.password2)},
                [this, ref, finish](const Outcome &first, const Outcome &second) {
                    if (first.status.ok() && !second.status.ok())
                        m_keychain.enqueue({Kind::Remove, ref.keychainKey(1), {}, {}});
                    finish(!first.status.ok() ? first.status : second.status);
                });
}

void KeychainCredentialStore::read(const CredentialRef &ref, const QObject *context,
                                   ReadCallback done)
{
    ReadCallback finish = guarded(context, std::move(done));
    if (ref.isNull()) {
        later([finish] { finish({invalidReference(), {}}); });
        return;
    }
    enqueuePair(Kind::Read, ref, {}, [finish](const Outcome &first, const Outcome &second) {
        CredentialReadResult result;
        const Outcome *sides[] = {&first, &second};
        for (int side = 1; side <= 2; ++side) {
            const Outcome &outcome = *sides[side - 1];
            if (!outcome.status.ok()) {
                finish({outcome.status, {}});
                return;
            }
            const std::optional<QString> password = passwordFromKeychainData(outcome.data);
            if (!password) {
                finish({CredentialStatus::failure(
                            CredentialError::Damaged,
                            QCoreApplication::translate("Credentials",
                                                        "not written by this version of ImapDesk")),
                        {}});
                return;
            }
            result.credentials.password(side) = *password;
        }
        finish(result);
    });
}

void KeychainCredentialStore::remove(const CredentialRef &ref, const QObject *context,
                                     StatusCallback done)
{
    StatusCallback finish = guarded(context, std::move(done));
    if (ref.isNull()) {
        later([finish] { finish(invalidReference()); });
        return;
    }
    enqueuePair(Kind::Remove, ref, {}, [finish](const Outcome &first, const Outcome &second) {
        finish(!first.status.ok() ? first.status : second.status);
    });
}

// The second side runs right after the first, before anything asked later,
// and only when the first went well: a keyring that failed once (locked, gone,
// silent) would only fail again, after another timeout.
void KeychainCredentialStore::enqueuePair(
    Kind kind, const CredentialRef &ref, const std::array<QByteArray, 2> &data,
    std::function<void(const Outcome &, const Outcome &)> done)
{
    KeychainQueue::Request second{kind, ref.keychainKey(2), data[1], {}};
    m_keychain.enqueue(
        {kind, ref.keychainKey(1), data[0],
         [this, second = std::move(second), done = std::move(done)](const Outcome &first) mutable {
             if (!first.status.ok()) {
                 done(first, first);
                 return;
             }
             second.done = [first, done](const Outcome &outcome) {
                 done(first, outcome);
             };
             m_keychain.enqueueNext(std::move(second));
         }});
}

} // namespace imapdesk
