#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>

namespace imapdesk {

// The two passwords of one job, kept together in ONE keychain entry so that a
// batch of 500 accounts costs 500 entries, not 1000.
struct JobCredentials
{
    QString password1; // source side
    QString password2; // destination side

    // Compact JSON with a format version: {"p1":"…","p2":"…","v":1}. JSON
    // escapes control characters, so no NUL ever reaches a C string API.
    QByteArray toKeychainData() const;
    // std::nullopt when data was not written by toKeychainData().
    static std::optional<JobCredentials> fromKeychainData(const QByteArray &data);
};

bool operator==(const JobCredentials &a, const JobCredentials &b);
bool operator!=(const JobCredentials &a, const JobCredentials &b);

// Opaque reference from a job row to its keychain entry: a random id made
// before the database insert. Random ids are unique across databases and
// machines, so the key needs no database id and tells nothing about the account.
class CredentialRef final
{
public:
    CredentialRef() = default; // null
    static CredentialRef generate();
    // Null unless text is a UUID (with or without braces).
    static CredentialRef fromString(const QString &text);

    bool isNull() const { return m_id.isNull(); }
    QUuid id() const { return m_id; }
    // What the database stores: the UUID without braces.
    QString toString() const;
    // The key inside the store's service: "job/<uuid>".
    QString keychainKey() const;

private:
    explicit CredentialRef(const QUuid &id);

    QUuid m_id;
};

bool operator==(const CredentialRef &a, const CredentialRef &b);
bool operator!=(const CredentialRef &a, const CredentialRef &b);
size_t qHash(const CredentialRef &ref, size_t seed = 0);

} // namespace imapdesk
