#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>

namespace imapdesk {

// The two passwords of one job: one keychain entry per side.
struct JobCredentials
{
    QString password1; // source side
    QString password2; // destination side

    const QString &password(int side) const { return side == 1 ? password1 : password2; }
    QString &password(int side) { return side == 1 ? password1 : password2; }
};

// One side's entry: compact JSON with a format version, {"p":"…","v":2}. JSON
// escapes control characters, so no NUL ever reaches a C string API, and an
// empty password is still an entry ("" and "0" are passwords imapsync knows).
QByteArray passwordToKeychainData(const QString &password);
// std::nullopt when data was not written by passwordToKeychainData().
std::optional<QString> passwordFromKeychainData(const QByteArray &data);

bool operator==(const JobCredentials &a, const JobCredentials &b);
bool operator!=(const JobCredentials &a, const JobCredentials &b);

// Where one job's passwords are: the database's own id (Database::databaseId)
// and the job's id, a random UUID made before the job row exists (its
// passwords are stored first, so a runner never claims a job without them).
// The keys tell nothing about the account:
//   imapdesk/<database-id>/<job-id>/1   the source password
//   imapdesk/<database-id>/<job-id>/2   the destination password
class CredentialRef final
{
public:
    CredentialRef() = default; // null
    static CredentialRef generate(const QString &databaseId);
    // Null unless jobId is a UUID (with or without braces).
    static CredentialRef fromString(const QString &databaseId, const QString &jobId);

    bool isNull() const { return m_id.isNull(); }
    QUuid id() const { return m_id; }
    QString databaseId() const { return m_databaseId; }
    // What the job row stores: the UUID without braces.
    QString toString() const;
    // The key of one side (1 or 2) inside the store's service.
    QString keychainKey(int side) const;

private:
    CredentialRef(const QString &databaseId, const QUuid &id);

    QString m_databaseId;
    QUuid m_id;
};

bool operator==(const CredentialRef &a, const CredentialRef &b);
bool operator!=(const CredentialRef &a, const CredentialRef &b);
size_t qHash(const CredentialRef &ref, size_t seed = 0);

} // namespace imapdesk
