#pragma once

#include <QSize>
#include <QString>

#include <memory>

class QTemporaryDir;
class QWidget;

namespace imapdesk {
class MigrationService;
class Settings;
} // namespace imapdesk

// What the tests of the main window share: its settings and history in a
// temporary folder, a service whose passwords live in this process only, and
// the window shown on screen.
namespace ImapDeskTest {

// Settings kept in dir/settings.ini.
std::unique_ptr<imapdesk::Settings> iniSettings(const QTemporaryDir &dir);

// A service on the SQLite history dir/h.sqlite with a SessionCredentialStore;
// null, with *error, when the history does not open. The runner is not started.
std::unique_ptr<imapdesk::MigrationService> openSessionService(const QTemporaryDir &dir,
                                                               QString *error);

// Shows window at size; false when it is never exposed.
bool showWindow(QWidget &window, QSize size);

// Stops the runner if jobs still run; false when they do not end within 30 s.
bool stopRunningJobs(imapdesk::MigrationService &service);

} // namespace ImapDeskTest
