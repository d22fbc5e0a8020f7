#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
};

bool isPostgreSqlUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// libpq options from the URL query; "host" (a socket directory, as libpq
// allows) is taken out because it names the server.
QString libpqOptions(const QUrl &url, QString &host)
{
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == QLatin1String("host"))
            host = item.second;
        else
            options << item.first + u'=' + item.second;
    }
    return options.join(u';');
}

bool parsePostgreSql(const QString &text, DatabaseLocation &location, QString &error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        error = Tr::tr("The database URL is not valid (%1). Expected "
                       "postgresql://user@host:port/dbname.")
                    .arg(url.errorString());
        return false;
    }
    if (!url.password().isEmpty()) {
        // Not echoed back: the text holds a password.
        error = Tr::tr("The database URL contains a password. Remove it from the URL and save it "
                       "in the system keyring with 'imapdesk db password', or put it in "
                       "PGPASSWORD or ~/.pgpass: command lines are visible to every user of this "
                       "computer.");
        return false;
    }
    QString host = url.host();
    const QString options = libpqOptions(url, host);
    const QString name = url.path().mid(1);
    if (host.isEmpty() || name.isEmpty() || name.contains(u'/')) {
        error = Tr::tr("The database URL %1 must name a host and a database: "
                       "postgresql://user@host:port/dbname.")
                    .arg(text);
        return false;
    }
    location.kind = DatabaseLocation::Kind::PostgreSql;
    location.host = host;
    location.port = url.port(5432);
    location.user = url.userName();
    location.databaseName = name;
    location.connectOptions = options;
    return true;
}

} // namespace

bool DatabaseLocation::parse(const QString &text, DatabaseLocation &location, QString &error)
{
    const QString trimmed = text.trimmed();
    location = DatabaseLocation();
    if (trimmed.isEmpty()) {
        error = Tr::tr("The database location is empty.");
        return false;
    }
    if (isPostgreSqlUrl(trimmed))
        return parsePostgreSql(trimmed, location, error);
    if (trimmed.contains(QLatin1String("://"))) {
        error = Tr::tr("Unsupported database URL %1: use an SQLite file path or "
                       "postgresql://user@host:port/dbname.")
                    .arg(trimmed);
        return false;
    }
    location.kind = Kind::Sqlite;
    location.sqliteFile = QFileInfo(trimmed).absoluteFilePath();
    return true;
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return sqliteFile;
    const QString userPart = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(userPart, host)
        .arg(port)
        .arg(databaseName);
}

} // namespace imapdesk
