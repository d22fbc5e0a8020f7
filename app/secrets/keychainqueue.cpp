#include "secrets/keychainqueue.h"

#include <qt6keychain/keychain.h>

namespace imapdesk {

using namespace std::chrono_literals;

KeychainQueue::KeychainQueue(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_timeout(15s)
    , m_retryDelay(500ms)
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &KeychainQueue::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &KeychainQueue::startAttempt);
}

// A job still running stays with QtKeychain, which deletes it when it
// finishes; its connection to this queue goes away with the queue.
KeychainQueue::~KeychainQueue() = default;

void KeychainQueue::enqueue(Request request)
{
    m_queue.enqueue(std::move(request));
    startNext();
}

void KeychainQueue::enqueueNext(Request request)
{
    m_queue.prepend(std::move(request));
    startNext();
}

void KeychainQueue::startNext()
{
    if (m_current || m_queue.isEmpty()) {
        return;
    }
    m_current = m_queue.dequeue();
    m_attempt = 0;
    startAttempt();
}

void KeychainQueue::startAttempt()
{
    QKeychain::Job *job = createJob(*m_current);
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &KeychainQueue::onJobFinished);
    // The timer covers QtKeychain's own queue too: other stores of this process share it.
    m_timeoutTimer.start(m_timeout);
    job->start();
}

QKeychain::Job *KeychainQueue::createJob(const Request &request) const
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
    // No parent: the backend may call back after this queue is gone, so only
    // QtKeychain may delete the job, once it has finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request.key);
    return job;
}

void KeychainQueue::onJobFinished(QKeychain::Job *job)
{
    if (job != m_job) {
        return;
    }
    m_timeoutTimer.stop();
    m_job = nullptr;
    // The first call after login can fail while the keyring service starts.
    if (m_attempt == 0 && isRetryable(job->error())) {
        ++m_attempt;
        m_retryTimer.start(m_retryDelay);
        return;
    }
    finish(outcomeOf(m_current->kind, *job));
}

void KeychainQueue::onTimeout()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job = nullptr;
    }
    finish({CredentialStatus::timedOut(m_timeout), {}});
}

void KeychainQueue::finish(const Outcome &outcome)
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
    // The callback may delete this queue.
    const QPointer<KeychainQueue> self(this);
    if (request.done) {
        request.done(outcome);
    }
    if (self) {
        startNext();
    }
}

void KeychainQueue::setAvailable(bool available)
{
    if (m_available != available) {
        m_available = available;
        emit availabilityChanged(available);
    }
}

bool KeychainQueue::isRetryable(int keychainError)
{
    return keychainError == QKeychain::OtherError || keychainError == QKeychain::NoBackendAvailable;
}

KeychainQueue::Outcome KeychainQueue::outcomeOf(Kind kind, const QKeychain::Job &job)
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
