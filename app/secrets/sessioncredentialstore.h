#pragma once

#include "secrets/credentialstore.h"

#include <QHash>

namespace imapdesk {

// "Keep passwords in memory for this session only": the fallback the user may
// choose when no keychain is available. Entries live in this process's memory
// and nowhere else; nothing is ever written to disk, so they are gone when the
// process ends (a separate `batch run` process cannot see them).
class SessionCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit SessionCredentialStore(QObject *parent = nullptr);
    ~SessionCredentialStore() override;

    bool isAvailable() const override { return true; }
    bool isPersistent() const override { return false; }
    qsizetype count() const { return m_entries.size(); }

    void write(const CredentialRef &ref, const JobCredentials &credentials, const QObject *context,
               StatusCallback done) override;
    void read(const CredentialRef &ref, const QObject *context, ReadCallback done) override;
    void remove(const CredentialRef &ref, const QObject *context, StatusCallback done) override;
    // Forgets every entry at once (the user ends the session, or chooses a keychain).
    void clear();

private:
    QHash<CredentialRef, JobCredentials> m_entries;
};

} // namespace imapdesk
