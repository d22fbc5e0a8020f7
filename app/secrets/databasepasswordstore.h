#pragma once

#include "secrets/credentialstore.h"
#include "secrets/keychainqueue.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace imapdesk {

struct DatabaseLocation;

// Where the password of a PostgreSQL history database came from.
enum class DatabasePasswordSource {
    None,     // nothing saved: libpq reads PGPASSWORD or ~/.pgpass by itself
    Keychain, // the OS keychain
    Session,  // this process's memory (the keychain could not keep it)
};

struct DatabasePasswordResult
{
    // ok when found; NotFound when nothing is saved, which is no error.
    CredentialStatus status{CredentialError::NotFound, {}};
    QString password; // empty unless found()
    DatabasePasswordSource source = DatabasePasswordSource::None;

    bool found() const { return source != DatabasePasswordSource::None; }
    // The keychain could not be asked (unavailable, locked, no answer...).
    bool failed() const { return !status.ok() && status.error != CredentialError::NotFound; }
};

// The password of the PostgreSQL history database in the OS keychain
// (QtKeychain), never in the settings, the URL or a log: service "ImapDesk"
// like the job passwords, key keyFor(location), one entry per server, port,
// role and database.
//
// Asynchronous only: each call returns at once and its callback runs later
// from the event loop, never inside the call, and only while context is
// alive. Each call is one request of a KeychainQueue: one QtKeychain job at a
// time, each with a timer, and a single retry while the keyring service starts.
class DatabasePasswordStore final : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const DatabasePasswordResult &)>;
    using StatusCallback = std::function<void(const CredentialStatus &)>;

    // service namespaces the entries; tests use their own.
    explicit DatabasePasswordStore(QObject *parent = nullptr);
    explicit DatabasePasswordStore(const QString &service, QObject *parent = nullptr);
    ~DatabasePasswordStore() override;

    // "imapdesk/database/user@host:port/dbname": no secret in it. Empty for
    // an SQLite file, which has no password.
    static QString keyFor(const DatabaseLocation &location);

    QString service() const { return m_keychain.service(); }
    // How long one QtKeychain job may take (default 15 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_keychain.setTimeout(timeout); }
    std::chrono::milliseconds timeout() const { return m_keychain.timeout(); }
    // Pause before the single retry (default 500 ms).
    void setRetryDelay(std::chrono::milliseconds delay) { m_keychain.setRetryDelay(delay); }

    // A password kept for this session wins over the keychain's.
    void read(const DatabaseLocation &location, const QObject *context, ReadCallback done);
    // Saves password (not empty) and forgets any kept for this session.
    void write(const DatabaseLocation &location, const QString &password, const QObject *context,
               StatusCallback done);
    // Removes the keychain entry and any password kept for this session;
    // removing what does not exist succeeds.
    void remove(const DatabaseLocation &location, const QObject *context, StatusCallback done);

    // When the keychain cannot keep it, the user's password lives in this
    // process's memory until it ends, never on disk. Any thread.
    static void keepForSession(const DatabaseLocation &location, const QString &password);
    static void forgetForSession(const DatabaseLocation &location);

private:
    void later(std::function<void()> call);

    KeychainQueue m_keychain;
};

// For an error message when the database did not open: where the password
// came from and how to change it, or why the keychain was not asked. Empty
// for SQLite.
QString databasePasswordNote(const DatabaseLocation &location,
                             const DatabasePasswordResult &result);

} // namespace imapdesk
