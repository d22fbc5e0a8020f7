#pragma once

#include "secrets/credentialstore.h"

#include <QByteArray>
#include <QPointer>
#include <QQueue>
#include <QTimer>

#include <optional>

namespace QKeychain {
class Job;
}

namespace imapdesk {

// Job passwords in the OS keychain through QtKeychain (Secret Service or
// KWallet, macOS Keychain, Windows Credential Manager). One entry per job:
// service() / "job/<ref>", the value being JobCredentials' JSON. No insecure
// fallback: without a keychain every call fails with a clear message and the
// caller offers SessionCredentialStore instead.
//
// QtKeychain runs one job at a time per process and its jobs have no timeout
// of their own, so this store queues its operations, starts one QtKeychain job
// at a time and gives each a timer. A job that timed out is abandoned, not
// deleted: the backend still holds a pointer to it (QtKeychain deletes it if
// it ever finishes), and later operations wait behind it and time out too.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    // service namespaces every entry; tests use their own.
    explicit KeychainCredentialStore(const QString &service = defaultService(),
                                     QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    static QString defaultService(); // "ImapDesk"
    QString service() const { return m_service; }

    // How long one QtKeychain job may take (default 15 s).
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Pause before the single retry when the backend is not up yet (default 500 ms).
    void setRetryDelay(std::chrono::milliseconds delay);

    bool isAvailable() const override { return m_available; }
    bool isPersistent() const override { return true; }

    void write(const CredentialRef &ref, const JobCredentials &credentials, const QObject *context,
               StatusCallback done) override;
    void read(const CredentialRef &ref, const QObject *context, ReadCallback done) override;
    void remove(const CredentialRef &ref, const QObject *context, StatusCallback done) override;

private:
    enum class Kind { Write, Read, Remove };
    struct Outcome
    {
        CredentialStatus status;
        QByteArray data; // what a read found
    };
    struct Request
    {
        Kind kind = Kind::Read;
        QString key;
        QByteArray data; // what a write stores
        int attempt = 0;
        std::function<void(const Outcome &)> done;
    };

    void enqueue(Request request);
    void startNext();
    void startAttempt();
    QKeychain::Job *createJob(const Request &request) const;
    void onJobFinished(QKeychain::Job *job);
    void onTimeout();
    void finish(const Outcome &outcome);
    void setAvailable(bool available);
    static bool isRetryable(int keychainError);
    static Outcome outcomeOf(Kind kind, const QKeychain::Job &job);

    QString m_service;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_retryDelay;
    bool m_available = true;
    QQueue<Request> m_queue;
    std::optional<Request> m_current;
    QPointer<QKeychain::Job> m_job;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
};

} // namespace imapdesk
