#pragma once

#include "storage/database.h"

#include <QString>

#include <memory>

namespace imapdesk::test {

// A PostgreSQL role that must give its password, with a database of its own,
// made through IMAPDESK_TEST_PG_URL and dropped again at destruction. The
// server of scripts/pg-test-server.sh trusts every role on 127.0.0.1 except
// members of imapdesk_password_auth, which this role joins.
class PasswordRole final
{
public:
    PasswordRole() = default;
    ~PasswordRole();

    // False with *error when there is no server or it does not ask this role
    // for a password (then *skip is set: the server is not the test one).
    bool create(QString *error, bool *skip);

    // postgresql://<role>@127.0.0.1:<port>/<role>: no password in it.
    const DatabaseLocation &location() const { return m_location; }
    QString url() const { return m_location.displayName(); }
    QString password() const { return m_password; }

private:
    bool exec(const QString &sql, QString *error);

    std::unique_ptr<Database> m_admin;
    DatabaseLocation m_location;
    QString m_password;
};

// True when the test server is configured (IMAPDESK_TEST_PG_URL is set).
bool hasTestServer();

} // namespace imapdesk::test
