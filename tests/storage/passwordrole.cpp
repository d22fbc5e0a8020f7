#include "passwordrole.h"

#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace imapdesk::test {

namespace {

QString adminUrl()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("IMAPDESK_TEST_PG_URL"));
}

} // namespace

bool hasTestServer()
{
    return !adminUrl().isEmpty();
}

PasswordRole::~PasswordRole()
{
    if (!m_admin || m_location.user.isEmpty())
        return;
    QString error;
    if (!exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.user),
              &error) ||
        !exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_location.user), &error))
        qWarning("Could not drop %s: %s", qPrintable(m_location.user), qPrintable(error));
}

bool PasswordRole::create(QString *error, bool *skip)
{
    *skip = false;
    DatabaseLocation admin;
    if (!DatabaseLocation::parse(adminUrl(), admin, *error))
        return false;
    DatabaseOptions options;
    options.migrate = false;
    m_admin = Database::open(admin, error, options);
    if (!m_admin)
        return false;
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString role = QStringLiteral("imapdesk_pw_") + id;
    // Quotes and a backslash inside: the password must reach libpq unchanged.
    m_password = QStringLiteral("Pw'\\\"-%1-é").arg(id.right(8));
    QString quoted = m_password;
    quoted.replace(u'\'', QStringLiteral("''"));
    // Several tests may create the group at once.
    if (!exec(QStringLiteral("DO $$ BEGIN CREATE ROLE imapdesk_password_auth NOLOGIN; "
                             "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; "
                             "END $$"),
              error) ||
        !exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE imapdesk_password_auth")
                  .arg(role, quoted),
              error))
        return false;
    m_location = admin;
    m_location.host = QStringLiteral("127.0.0.1");
    m_location.user = role;
    m_location.databaseName = role;
    m_location.connectOptions.clear();
    if (!exec(QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(role), error))
        return false;
    // The server must refuse this role without its password.
    DatabaseOptions probe;
    probe.migrate = false;
    probe.password = QStringLiteral("certainly-wrong");
    QString refused;
    if (Database::open(m_location, &refused, probe)) {
        *skip = true;
        *error = QStringLiteral("the server at %1 does not ask %2 for a password: start it with "
                                "scripts/pg-test-server.sh (scripts/test.sh does)")
                     .arg(admin.displayName(), role);
        return false;
    }
    return true;
}

bool PasswordRole::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_admin->connection());
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace imapdesk::test
