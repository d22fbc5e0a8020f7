#include "secrets/jobcredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace imapdesk {

namespace {

constexpr int formatVersion = 2;

QLatin1String versionKey()
{
    return QLatin1String("v");
}
QLatin1String passwordKey()
{
    return QLatin1String("p");
}

} // namespace

QByteArray passwordToKeychainData(const QString &password)
{
    const QJsonObject object{{versionKey(), formatVersion}, {passwordKey(), password}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QString> passwordFromKeychainData(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    const QJsonValue password = object.value(passwordKey());
    if (object.value(versionKey()).toInt() != formatVersion || !password.isString())
        return std::nullopt;
    return password.toString();
}

bool operator==(const JobCredentials &a, const JobCredentials &b)
{
    return a.password1 == b.password1 && a.password2 == b.password2;
}

bool operator!=(const JobCredentials &a, const JobCredentials &b)
{
    return !(a == b);
}

CredentialRef::CredentialRef(const QString &databaseId, const QUuid &id)
    : m_databaseId(databaseId)
    , m_id(id)
{}

CredentialRef CredentialRef::generate(const QString &databaseId)
{
    return CredentialRef(databaseId, QUuid::createUuid());
}

CredentialRef CredentialRef::fromString(const QString &databaseId, const QString &jobId)
{
    return CredentialRef(databaseId, QUuid::fromString(jobId));
}

QString CredentialRef::toString() const
{
    return isNull() ? QString() : m_id.toString(QUuid::WithoutBraces);
}

QString CredentialRef::keychainKey(int side) const
{
    return QStringLiteral("imapdesk/%1/%2/%3").arg(m_databaseId, toString()).arg(side);
}

bool operator==(const CredentialRef &a, const CredentialRef &b)
{
    return a.id() == b.id() && a.databaseId() == b.databaseId();
}

bool operator!=(const CredentialRef &a, const CredentialRef &b)
{
    return !(a == b);
}

size_t qHash(const CredentialRef &ref, size_t seed)
{
    return qHashMulti(seed, ref.id(), ref.databaseId());
}

} // namespace imapdesk
