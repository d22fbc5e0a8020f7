#include "util/applicationpaths.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace imapdesk {

void setApplicationIdentity()
{
    // QSettings needs an organisation: settings go to .../ImapDesk/ImapDesk.conf.
    QCoreApplication::setOrganizationName(QStringLiteral(IMAPDESK_APP_NAME));
    QCoreApplication::setApplicationName(QStringLiteral(IMAPDESK_APP_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(IMAPDESK_ORG_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMAPDESK_VERSION));
}

QString defaultDataDirectory()
{
    // Not AppDataLocation, which would nest the organisation: .../ImapDesk/ImapDesk.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral(IMAPDESK_APP_NAME));
}

QString defaultDatabaseFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("imapdesk.sqlite"));
}

QString applicationLogDirectory(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("app-log"));
}

} // namespace imapdesk
