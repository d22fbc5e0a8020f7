#pragma once

#include "secrets/credentialstore.h"
#include "secrets/keychainqueue.h"

#include <QByteArray>

#include <array>

namespace imapdesk {

// Job passwords in the OS keychain through QtKeychain (Secret Service or
// KWallet, macOS Keychain, Windows Credential Manager). One entry per side of
// a job: service() / CredentialRef::keychainKey(1|2), the value being
// passwordToKeychainData()'s JSON. No insecure
// fallback: without a keychain every call fails with a clear message and the
// caller offers SessionCredentialStore instead.
//
// Each side is one request of a KeychainQueue: one QtKeychain job at a time,
// each with a timer, and a single retry while the keyring service starts.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    // service namespaces every entry; tests use their own.
    explicit KeychainCredentialStore(const QString &service = defaultService(),
                                     QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    static QString defaultService(); // "ImapDesk"
    QString service() const { return m_keychain.service(); }

    // How long one QtKeychain job may take (default 15 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_keychain.setTimeout(timeout); }
    std::chrono::milliseconds timeout() const { return m_keychain.timeout(); }
    // Pause before the single retry when the backend is not up yet (default 500 ms).
    void setRetryDelay(std::chrono::milliseconds delay) { m_keychain.setRetryDelay(delay); }

    bool isAvailable() const override { return m_keychain.isAvailable(); }
    bool isPersistent() const override { return true; }

    void write(const CredentialRef &ref, const JobCredentials &credentials, const QObject *context,
               StatusCallback done) override;
    void read(const CredentialRef &ref, const QObject *context, ReadCallback done) override;
    void remove(const CredentialRef &ref, const QObject *context, StatusCallback done) override;

private:
    using Kind = KeychainQueue::Kind;
    using Outcome = KeychainQueue::Outcome;

    void enqueuePair(Kind kind, const CredentialRef &ref, const std::array<QByteArray, 2> &data,
                     std::function<void(const Outcome &, const Outcome &)> done);

    KeychainQueue m_keychain;
};

} // namespace imapdesk
