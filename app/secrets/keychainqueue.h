#pragma once

#include "secrets/credentialstore.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace imapdesk {

// The QtKeychain jobs of one store, for one service, one at a time.
//
// QtKeychain runs one job at a time per process and its jobs have no timeout
// of their own, so this queue starts one job at a time and gives each a timer.
// A job that timed out is abandoned, not deleted: the backend still holds a
// pointer to it (QtKeychain deletes it if it ever finishes), and later
// requests wait behind it and time out too. The first failure to reach the
// keychain is retried once, as the keyring service may still be starting
// right after login. No insecure fallback.
//
// Callbacks run from the event loop, in the order the requests ran, and never
// after the queue is gone; a callback may delete the queue.
class KeychainQueue final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Write, Read, Remove };
    struct Outcome
    {
        CredentialStatus status; // NotFound only for a read
        QByteArray data;         // what a read found
    };
    using OutcomeCallback = std::function<void(const Outcome &)>;
    struct Request
    {
        Kind kind = Kind::Read;
        QString key;
        QByteArray data; // what a write stores, UTF-8 text
        OutcomeCallback done;
    };

    explicit KeychainQueue(const QString &service, QObject *parent = nullptr);
    ~KeychainQueue() override;

    QString service() const { return m_service; }
    // How long one QtKeychain job may take (default 15 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Pause before the single retry when the backend is not up yet (default 500 ms).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // False once a request found no keyring (unavailable, locked, no answer);
    // true again after one that reached it.
    bool isAvailable() const { return m_available; }

    // Runs after every request asked before.
    void enqueue(Request request);
    // Runs before every request still waiting: from a callback, right after
    // the request that just finished.
    void enqueueNext(Request request);

signals:
    void availabilityChanged(bool available);

private:
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
    int m_attempt = 0; // of m_current
    QPointer<QKeychain::Job> m_job;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
};

} // namespace imapdesk
