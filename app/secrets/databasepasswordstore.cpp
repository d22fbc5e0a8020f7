#include "secrets/databasepasswordstore.h"

#include "secrets/keychaincredentialstore.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPointer>

#include <optional>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabasePasswordStore)
};

// Passwords the keychain could not keep, by key: this process's memory only.
struct SessionPasswords
{
    QMutex mutex;
    QHash<QString, QString> byKey;
};
Q_GLOBAL_STATIC(SessionPasswords, sessionPasswords)

std::optional<QString> sessionPassword(const QString &key)
{
    const QMutexLocker lock(&sessionPasswords->mutex);
    const auto found = sessionPasswords->byKey.constFind(key);
    if (found == sessionPasswords->byKey.cend())
        return std::nullopt;
    return *found;
}

// done wrapped so that it runs only while context is alive.
template<typename Argument>
std::function<void(const Argument &)> guarded(const QObject *context,
                                              std::function<void(const Argument &)> done)
{
    Q_ASSERT(context);
    return
        [guard = QPointer<const QObject>(context), done = std::move(done)](const Argument &value) {
            if (guard && done)
                done(value);
        };
}

} // namespace

DatabasePasswordStore::DatabasePasswordStore(QObject *parent)
    : DatabasePasswordStore(KeychainCredentialStore::defaultService(), parent)
{}

DatabasePasswordStore::DatabasePasswordStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_keychain(service)
{}

DatabasePasswordStore::~DatabasePasswordStore() = default;

QString DatabasePasswordStore::keyFor(const DatabaseLocation &location)
{
    if (location.kind != DatabaseLocation::Kind::PostgreSql)
        return {};
    // Concatenated, not arg(): a name may contain "%1".
    const QString user = location.user.isEmpty() ? QString() : location.user + u'@';
    return QLatin1String("imapdesk/database/") + user + location.host + u':' +
           QString::number(location.port) + u'/' + location.databaseName;
}

void DatabasePasswordStore::read(const DatabaseLocation &location, const QObject *context,
                                 ReadCallback done)
{
    ReadCallback finish = guarded(context, std::move(done));
    const QString key = keyFor(location);
    if (key.isEmpty()) {
        later([finish] { finish({}); });
        return;
    }
    if (const std::optional<QString> kept = sessionPassword(key)) {
        later([finish, password = *kept] {
            finish({CredentialStatus::success(), password, DatabasePasswordSource::Session});
        });
        return;
    }
    m_keychain.enqueue(
        {KeychainQueue::Kind::Read, key, {}, [finish](const KeychainQueue::Outcome &outcome) {
             // An empty entry counts as none: libpq's own sources still apply.
             // Nothing saved keeps the result's NotFound, which has no message.
             DatabasePasswordResult result;
             if (outcome.status.ok()) {
                 if (!outcome.data.isEmpty())
                     result = {outcome.status, QString::fromUtf8(outcome.data),
                               DatabasePasswordSource::Keychain};
             } else if (outcome.status.error != CredentialError::NotFound) {
                 result.status = outcome.status;
             }
             finish(result);
         }});
}

void DatabasePasswordStore::write(const DatabaseLocation &location, const QString &password,
                                  const QObject *context, StatusCallback done)
{
    StatusCallback finish = guarded(context, std::move(done));
    const QString key = keyFor(location);
    if (key.isEmpty() || password.isEmpty()) {
        const QString why = key.isEmpty() ? Tr::tr("an SQLite database has no password")
                                          : Tr::tr("an empty password is not saved");
        later([finish, why] { finish({CredentialError::Failed, why}); });
        return;
    }
    m_keychain.enqueue({KeychainQueue::Kind::Write, key, password.toUtf8(),
                        [finish, location](const KeychainQueue::Outcome &outcome) {
                            // The keychain holds the newest password now.
                            if (outcome.status.ok())
                                forgetForSession(location);
                            finish(outcome.status);
                        }});
}

void DatabasePasswordStore::remove(const DatabaseLocation &location, const QObject *context,
                                   StatusCallback done)
{
    StatusCallback finish = guarded(context, std::move(done));
    const QString key = keyFor(location);
    forgetForSession(location);
    if (key.isEmpty()) {
        later([finish] { finish(CredentialStatus::success()); });
        return;
    }
    m_keychain.enqueue(
        {KeychainQueue::Kind::Remove, key, {}, [finish](const KeychainQueue::Outcome &outcome) {
             finish(outcome.status);
         }});
}

void DatabasePasswordStore::keepForSession(const DatabaseLocation &location,
                                           const QString &password)
{
    const QString key = keyFor(location);
    if (key.isEmpty() || password.isEmpty())
        return;
    const QMutexLocker lock(&sessionPasswords->mutex);
    sessionPasswords->byKey.insert(key, password);
}

void DatabasePasswordStore::forgetForSession(const DatabaseLocation &location)
{
    const QMutexLocker lock(&sessionPasswords->mutex);
    sessionPasswords->byKey.remove(keyFor(location));
}

void DatabasePasswordStore::later(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

QString databasePasswordNote(const DatabaseLocation &location, const DatabasePasswordResult &result)
{
    if (location.kind != DatabaseLocation::Kind::PostgreSql)
        return {};
    switch (result.source) {
    case DatabasePasswordSource::Keychain:
        return Tr::tr("The password saved in the system keyring was used: replace it in the "
                      "settings or with 'imapdesk db password'.");
    case DatabasePasswordSource::Session:
        return Tr::tr("The password kept in memory for this session was used: enter it again in "
                      "the settings.");
    case DatabasePasswordSource::None:
        break;
    }
    if (result.failed())
        return Tr::tr("The system keyring could not be asked for the password (%1), so only "
                      "PGPASSWORD and ~/.pgpass were tried.")
            .arg(result.status.message);
    return Tr::tr("No password is saved in the system keyring for this database: save one in the "
                  "settings or with 'imapdesk db password', or use PGPASSWORD or ~/.pgpass.");
}

} // namespace imapdesk
