#include "windowtesting.h"

#include "secrets/sessioncredentialstore.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "storage/databaselocation.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace ImapDeskTest {

using namespace imapdesk;

std::unique_ptr<Settings> iniSettings(const QTemporaryDir &dir)
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(
        dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
}

std::unique_ptr<MigrationService> openSessionService(const QTemporaryDir &dir, QString *error)
{
    auto service = std::make_unique<MigrationService>();
    service->setCredentialStore(std::make_unique<SessionCredentialStore>());
    DatabaseLocation location;
    if (!DatabaseLocation::parse(dir.filePath(QStringLiteral("h.sqlite")), location, *error) ||
        !service->open(location, dir.path(), error))
        return nullptr;
    return service;
}

bool showWindow(QWidget &window, QSize size)
{
    window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

bool stopRunningJobs(MigrationService &service)
{
    if (service.activeJobCount() == 0)
        return true;
    service.stopRunner();
    return QTest::qWaitFor([&service] { return service.activeJobCount() == 0; }, 30000);
}

} // namespace ImapDeskTest
