#include "secrets/credentialstore.h"

#include <QCoreApplication>
#include <QPointer>

namespace imapdesk {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Credentials", text);
}

// The message of each error; %1 is the backend's own text.
const char *messageWithDetail(CredentialError error)
{
    switch (error) {
    case CredentialError::None:
    case CredentialError::NotFound:
    case CredentialError::Timeout:
        break;
    case CredentialError::Locked:
        return QT_TRANSLATE_NOOP("Credentials",
                                 "the system keyring is locked or refused access (%1)");
    case CredentialError::Unavailable:
        return QT_TRANSLATE_NOOP("Credentials", "no system keyring available (%1)");
    case CredentialError::Damaged:
        return QT_TRANSLATE_NOOP("Credentials", "the saved password entry cannot be read (%1)");
    case CredentialError::Failed:
        return QT_TRANSLATE_NOOP("Credentials", "the system keyring reported an error (%1)");
    }
    return nullptr;
}

const char *messageWithoutDetail(CredentialError error)
{
    switch (error) {
    case CredentialError::None:
        break;
    case CredentialError::Timeout: // timedOut() says how long we waited
        return QT_TRANSLATE_NOOP("Credentials", "the system keyring did not answer in time");
    case CredentialError::NotFound:
        return QT_TRANSLATE_NOOP("Credentials",
                                 "no saved password for this account (ask the user)");
    case CredentialError::Locked:
        return QT_TRANSLATE_NOOP("Credentials", "the system keyring is locked or refused access");
    case CredentialError::Unavailable:
        return QT_TRANSLATE_NOOP("Credentials", "no system keyring available");
    case CredentialError::Damaged:
        return QT_TRANSLATE_NOOP("Credentials", "the saved password entry cannot be read");
    case CredentialError::Failed:
        return QT_TRANSLATE_NOOP("Credentials", "the system keyring reported an error");
    }
    return nullptr;
}

} // namespace

CredentialStatus CredentialStatus::success()
{
    return {};
}

CredentialStatus CredentialStatus::failure(CredentialError error, const QString &detail)
{
    const char *withDetail = messageWithDetail(error);
    const char *withoutDetail = messageWithoutDetail(error);
    if (!detail.isEmpty() && withDetail) {
        return {error, translated(withDetail).arg(detail)};
    }
    return {error, withoutDetail ? translated(withoutDetail) : QString()};
}

CredentialStatus CredentialStatus::timedOut(std::chrono::milliseconds limit)
{
    const QString seconds = QString::number(double(limit.count()) / 1000.0, 'g', 4);
    return {
        CredentialError::Timeout,
        QCoreApplication::translate("Credentials", "the system keyring did not answer within %1 s")
            .arg(seconds)};
}

struct CredentialStore::RemoveManyState
{
    QList<CredentialRef> refs;
    qsizetype next = 0;
    StatusCallback done;
};

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

CredentialStore::~CredentialStore() = default;

CredentialStore::StatusCallback CredentialStore::guarded(const QObject *context,
                                                         StatusCallback done)
{
    Q_ASSERT(context);
    return [guard = QPointer<const QObject>(context),
            done = std::move(done)](const CredentialStatus &status) {
        if (guard && done) {
            done(status);
        }
    };
}

CredentialStore::ReadCallback CredentialStore::guarded(const QObject *context, ReadCallback done)
{
    Q_ASSERT(context);
    return [guard = QPointer<const QObject>(context),
            done = std::move(done)](const CredentialReadResult &result) {
        if (guard && done) {
            done(result);
        }
    };
}

void CredentialStore::later(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

CredentialStatus CredentialStore::invalidReference()
{
    return CredentialStatus::failure(
        CredentialError::Failed,
        QCoreApplication::translate("Credentials", "invalid credential reference"));
}

void CredentialStore::removeMany(const QList<CredentialRef> &refs, const QObject *context,
                                 StatusCallback done)
{
    auto state = std::make_shared<RemoveManyState>();
    state->refs = refs;
    state->done = guarded(context, std::move(done));
    removeNext(state);
}

void CredentialStore::removeNext(const std::shared_ptr<RemoveManyState> &state)
{
    if (state->next == state->refs.size()) {
        // Even an empty list answers from the event loop, like every operation.
        later([state] { state->done(CredentialStatus::success()); });
        return;
    }
    // The store itself is the context: a deleted batch is cleaned up even when
    // the window that asked for it has gone.
    remove(state->refs.at(state->next), this, [this, state](const CredentialStatus &status) {
        if (!status.ok()) {
            const int total = int(state->refs.size());
            const QString prefix =
                QCoreApplication::translate("Credentials", "%1 of %n saved passwords removed",
                                            nullptr, total)
                    .arg(state->next);
            state->done({status.error, prefix + QLatin1String("; ") + status.message});
            return;
        }
        ++state->next;
        removeNext(state);
    });
}

void CredentialStore::probe(const QObject *context, StatusCallback done)
{
    const CredentialRef ref = CredentialRef::generate(QStringLiteral("probe"));
    const JobCredentials expected{QStringLiteral("probe \"1\" é"), QStringLiteral("0")};
    StatusCallback finish = guarded(context, std::move(done));
    write(ref, expected, this, [this, ref, expected, finish](const CredentialStatus &status) {
        if (!status.ok()) {
            finish(status);
            return;
        }
        probeRead(ref, expected, finish);
    });
}

void CredentialStore::probeRead(const CredentialRef &ref, const JobCredentials &expected,
                                StatusCallback done)
{
    read(ref, this, [this, ref, expected, done](const CredentialReadResult &result) {
        CredentialStatus status = result.status;
        if (status.ok() && result.credentials != expected) {
            status = CredentialStatus::failure(
                CredentialError::Damaged,
                QCoreApplication::translate("Credentials", "a test entry came back changed"));
        }
        // Removed whatever the outcome; the first error is the one reported.
        remove(ref, this, [status, done](const CredentialStatus &removed) {
            done(status.ok() ? removed : status);
        });
    });
}

} // namespace imapdesk
