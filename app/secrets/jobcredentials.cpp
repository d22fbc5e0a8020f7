#include "secrets/jobcredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace imapdesk {

namespace {

constexpr int formatVersion = 1;

QLatin1String versionKey()
{
    return QLatin1String("v");
}
QLatin1String password1Key()
{
    return QLatin1String("p1");
}
QLatin1String password2Key()
{
    return QLatin1String("p2");
}

} // namespace

QByteArray JobCredentials::toKeychainData() const
{
    const QJsonObject object{
        {versionKey(), formatVersion}, {password1Key(), password1}, {password2Key(), password2}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<JobCredentials> JobCredentials::fromKeychainData(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    const QJsonValue p1 = object.value(password1Key());
    const QJsonValue p2 = object.value(password2Key());
    if (object.value(versionKey()).toInt() != formatVersion || !p1.isString() || !p2.isString()) {
        return std::nullopt;
    }
    return JobCredentials{p1.toString(), p2.toString()};
}

bool operator==(const JobCredentials &a, const JobCredentials &b)
{
    return a.password1 == b.password1 && a.password2 == b.password2;
}

bool operator!=(const JobCredentials &a, const JobCredentials &b)
{
    return !(a == b);
}

CredentialRef::CredentialRef(const QUuid &id)
    : m_id(id)
{}

CredentialRef CredentialRef::generate()
{
    return CredentialRef(QUuid::createUuid());
}

CredentialRef CredentialRef::fromString(const QString &text)
{
    return CredentialRef(QUuid::fromString(text));
}

QString CredentialRef::toString() const
{
    return isNull() ? QString() : m_id.toString(QUuid::WithoutBraces);
}

QString CredentialRef::keychainKey() const
{
    return QLatin1String("job/") + toString();
}

bool operator==(const CredentialRef &a, const CredentialRef &b)
{
    return a.id() == b.id();
}

bool operator!=(const CredentialRef &a, const CredentialRef &b)
{
    return !(a == b);
}

size_t qHash(const CredentialRef &ref, size_t seed)
{
    return qHash(ref.id(), seed);
}

} // namespace imapdesk
