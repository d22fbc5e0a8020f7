#pragma once

#include "secrets/jobcredentials.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace imapdesk {

// Why a credential operation failed; each has its own message and its own
// handling (NotFound: ask the user; Unavailable/Locked: offer "this session only").
enum class CredentialError {
    None,
    NotFound,    // no entry for this reference
    Locked,      // the keyring is locked or refused access
    Unavailable, // no keyring service reachable
    Timeout,     // the keyring did not answer in time
    Damaged,     // an entry exists but was not written by ImapDesk
    Failed,      // any other error the keyring reported
};

// The outcome of one operation. message is for a technician, translated, and
// never contains a password.
struct CredentialStatus
{
    CredentialError error = CredentialError::None;
    QString message;

    bool ok() const { return error == CredentialError::None; }

    static CredentialStatus success();
    // detail: the backend's own error text, shown in parentheses.
    static CredentialStatus failure(CredentialError error, const QString &detail = {});
    static CredentialStatus timedOut(std::chrono::milliseconds limit);
};

struct CredentialReadResult
{
    CredentialStatus status;
    JobCredentials credentials; // empty unless status.ok()
};

// Where job passwords live. Asynchronous only: each call returns at once and
// its callback runs later from the event loop, never inside the call, and only
// while context (never null) is alive, like a connection's context object.
// Operations of one store complete in the order they were asked for.
// Destroying the store drops the callbacks of operations still pending.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using StatusCallback = std::function<void(const CredentialStatus &)>;
    using ReadCallback = std::function<void(const CredentialReadResult &)>;

    ~CredentialStore() override;

    // False once the store found it cannot keep passwords (no keyring, locked,
    // no answer); true again after a successful operation.
    virtual bool isAvailable() const = 0;
    // True when entries outlive this process: `batch add` and `batch run` are
    // separate processes, so the CLI needs a persistent store.
    virtual bool isPersistent() const = 0;

    virtual void write(const CredentialRef &ref, const JobCredentials &credentials,
                       const QObject *context, StatusCallback done) = 0;
    virtual void read(const CredentialRef &ref, const QObject *context, ReadCallback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const CredentialRef &ref, const QObject *context, StatusCallback done) = 0;

    // The entries of a deleted batch, one after the other. Stops at the first
    // failure (they are systemic: no keyring, locked, no answer) and says how
    // many were removed. Carries on even when context goes away.
    void removeMany(const QList<CredentialRef> &refs, const QObject *context, StatusCallback done);
    // Writes, reads back and removes a throw-away entry, so the UI and the CLI
    // can say plainly whether this store works.
    void probe(const QObject *context, StatusCallback done);

signals:
    void availabilityChanged(bool available);

protected:
    explicit CredentialStore(QObject *parent = nullptr);

    // done wrapped so that it runs only while context is alive.
    static StatusCallback guarded(const QObject *context, StatusCallback done);
    static ReadCallback guarded(const QObject *context, ReadCallback done);
    // Runs call from the event loop: no callback runs inside the call that asked.
    void later(std::function<void()> call);
    static CredentialStatus invalidReference();

private:
    struct RemoveManyState;
    void removeNext(const std::shared_ptr<RemoveManyState> &state);
    void probeRead(const CredentialRef &ref, const JobCredentials &expected, StatusCallback done);
};

} // namespace imapdesk
