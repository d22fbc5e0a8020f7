#include "secrets/keychaincredentialstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace imapdesk {

using namespace std::chrono_literals;

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
    , m_timeout(15s)
    , m_retryDelay(500ms)
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &KeychainCredentialStore::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &KeychainCredentialStore::startAttempt);
}

// A job still running stays with QtKeychain, which deletes it when it
// finishes; its connection to this store goes away with the store.
KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::defaultService()
{
    return QStringLiteral("ImapDesk");
}

void KeychainCredentialStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void KeychainCredentialStore::setRetryDelay(std::chrono::milliseconds delay)
{
    m_retryDelay = delay;
}

void KeychainCredentialStore::write(const CredentialRef &ref, const JobCredentials &credentials,
                                    const QObject *context, StatusCallback done)
{
    StatusCallback finish = guarded(context, std::move(done));
    if (ref.isNull()) {
        later([finish] { finish(invalidReference()); });
        return;
    }
    enqueue({Kind::Write, ref.keychainKey(), credentials.toKeychainData(), 0,
             [finish](const Outcome &outcome) {
                 finish(outcome.status);
             }});
}

void KeychainCredentialStore::read(const CredentialRef &ref, const QObject *context,
                                   ReadCallback done)
{
    ReadCallback finish = guarded(context, std::move(done));
    if (ref.isNull()) {
        later([finish] { finish({invalidReference(), {}}); });
        return;
    }
    enqueue({Kind::Read, ref.keychainKey(), {}, 0, [finish](const Outcome &outcome) {
                 if (!outcome.status.ok()) {
                     finish({outcome.status, {}});
                     return;
                 }
                 const std::optional<JobCredentials> credentials =
                     JobCredentials::fromKeychainData(outcome.data);
                 if (!credentials) {
                     finish({CredentialStatus::failure(
                                 CredentialError::Damaged,
                                 QCoreApplication::translate(
                                     "Credentials", "not written by this version of ImapDesk")),
                             {}});
                     return;
                 }
                 finish({CredentialStatus::success(), *credentials});
             }});
}

void KeychainCredentialStore::remove(const CredentialRef &ref, const QObject *context,
                                     StatusCallback done)
{
    StatusCallback finish = guarded(context, std::move(done));
    if (ref.isNull()) {
        later([finish] { finish(invalidReference()); });
        return;
    }
    enqueue({Kind::Remove, ref.keychainKey(), {}, 0, [finish](const Outcome &outcome) {
                 finish(outcome.status);
             }});
}

void KeychainCredentialStore::enqueue(Request request)
{
    m_queue.enqueue(std::move(request));
    startNext();
}

void KeychainCredentialStore::startNext()
{
    if (m_current || m_queue.isEmpty()) {
        return;
    }
    m_current = m_queue.dequeue();
    startAttempt();
}

void KeychainCredentialStore::startAttempt()
{
    QKeychain::Job *job = createJob(*m_current);
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &KeychainCredentialStore::onJobFinished);
    // The timer covers QtKeychain's own queue too: other stores of this process share it.
    m_timeoutTimer.start(m_timeout);
    job->start();
}

QKeychain::Job *KeychainCredentialStore::createJob(const Request &request) const
{
    QKeychain::Job *job = nullptr;
    switch (request.kind) {
    case Kind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(QString::fromUtf8(request.data));
        job = writeJob;
        break;
    }
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: the backend may call back after this store is gone, so only
    // QtKeychain may delete the job, once it has finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request.key);
    return job;
}

void KeychainCredentialStore::onJobFinished(QKeychain::Job *job)
{
    if (job != m_job) {
        return;
    }
    m_timeoutTimer.stop();
    m_job = nullptr;
    // The first call after login can fail while the keyring service starts.
    if (m_current->attempt == 0 && isRetryable(job->error())) {
        ++m_current->attempt;
        m_retryTimer.start(m_retryDelay);
        return;
    }
    finish(outcomeOf(m_current->kind, *job));
}

void KeychainCredentialStore::onTimeout()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job = nullptr;
    }
    finish({CredentialStatus::timedOut(m_timeout), {}});
}

void KeychainCredentialStore::finish(const Outcome &outcome)
{
    Request request = std::move(*m_current);
    m_current.reset();
    const CredentialError error = outcome.status.error;
    if (error == CredentialError::None || error == CredentialError::NotFound) {
        setAvailable(true);
    } else if (error == CredentialError::Unavailable || error == CredentialError::Locked ||
               error == CredentialError::Timeout) {
        setAvailable(false);
    }
    // The callback may delete this store.
    const QPointer<KeychainCredentialStore> self(this);
    request.done(outcome);
    if (self) {
        startNext();
    }
}

void KeychainCredentialStore::setAvailable(bool available)
{
    if (m_available != available) {
        m_available = available;
        emit availabilityChanged(available);
    }
}

bool KeychainCredentialStore::isRetryable(int keychainError)
{
    return keychainError == QKeychain::OtherError || keychainError == QKeychain::NoBackendAvailable;
}

KeychainCredentialStore::Outcome KeychainCredentialStore::outcomeOf(Kind kind,
                                                                    const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        if (kind == Kind::Read) {
            return {CredentialStatus::success(),
                    static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData()};
        }
        return {CredentialStatus::success(), {}};
    case QKeychain::EntryNotFound:
        return {kind == Kind::Remove ? CredentialStatus::success()
                                     : CredentialStatus::failure(CredentialError::NotFound),
                {}};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {CredentialStatus::failure(CredentialError::Locked, detail), {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On the Secret Service path every "cannot reach it" case is OtherError.
        return {CredentialStatus::failure(CredentialError::Unavailable, detail), {}};
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {CredentialStatus::failure(CredentialError::Failed, detail), {}};
}

} // namespace imapdesk
