#include "ui/desktopapplication.h"

#include "cli/globaloptions.h"
#include "secrets/credentialstore.h"
#include "secrets/databasepasswordstore.h"
#include "secrets/sessioncredentialstore.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "storage/databaselocation.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "util/applicationpaths.h"
#include "util/applog.h"
#include "util/qstringformatter.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>

#include <memory>
#include <spdlog/spdlog.h>

namespace imapdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApplication)
};

// The command line and IMAPDESK_* win over the settings, which win over the
// defaults.
bool readOptions(const Settings &settings, GlobalOptions &options, DatabaseLocation &location,
                 QString &error)
{
    QCommandLineParser parser;
    GlobalOptions::addTo(parser);
    if (!parser.parse(QApplication::arguments())) {
        error = parser.errorText();
        return false;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    options = GlobalOptions::from(parser, environment);
    const bool dataDirGiven = parser.isSet(QStringLiteral("data-dir")) ||
                              !environment.value(QStringLiteral("IMAPDESK_DATA_DIR")).isEmpty();
    if (!dataDirGiven && !settings.dataDirectory().isEmpty())
        options.dataDirectory = settings.dataDirectory();
    if (options.databaseUrl.isEmpty())
        options.databaseUrl = settings.databaseUrl();
    if (options.imapsyncPath.isEmpty())
        options.imapsyncPath = settings.imapsyncPath();
    return options.database(location, error);
}

SchedulerSettings limitsFrom(const Settings &settings)
{
    SchedulerSettings limits;
    limits.concurrency = settings.concurrency();
    limits.perHostLimit = settings.perHostLimit();
    limits.forgetPasswordsOnSuccess = settings.forgetPasswordsOnSuccess();
    return limits;
}

// Without a working keychain the user chooses: passwords for this session
// only (never written to disk), or none (adding a batch then fails plainly).
void chooseCredentialStore(MigrationService &service, const CredentialStatus &probe)
{
    if (probe.ok())
        return;
    spdlog::warn("system keyring unavailable: {}", probe.message);
    const auto answer = QMessageBox::warning(
        nullptr, Tr::tr("No System Keyring"),
        Tr::tr("ImapDesk cannot keep passwords in the system keyring:\n%1\n\nKeep the passwords "
               "of new batches in memory for this session only? They are never written to "
               "disk, and batches added now cannot run after ImapDesk is closed.")
            .arg(probe.message),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        service.setCredentialStore(std::make_unique<SessionCredentialStore>());
}

void showOpenFailure(const QString &problem, const QString &passwordNote)
{
    const QString note = passwordNote.isEmpty() ? QString() : u'\n' + passwordNote;
    QMessageBox::critical(nullptr, Tr::tr("ImapDesk"),
                          Tr::tr("The history database cannot be opened:\n%1%2\n\nCheck the "
                                 "database in the settings file or with --db.")
                              .arg(problem, note));
}

void applyRetention(MigrationService &service, const Settings &settings)
{
    QString error;
    const int handled = service.applyRetention(
        settings.retentionWeeks(), settings.retentionAction() == Settings::RetentionAction::Delete,
        &error);
    if (!error.isEmpty())
        spdlog::warn("retention clean-up failed: {}", error);
    else if (handled > 0)
        spdlog::info("retention clean-up handled {} old batches", handled);
}

} // namespace

int runDesktopApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ImapDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.imapdesk.ImapDesk"));
    // The window may close to the tray while jobs run; quitting is explicit.
    QApplication::setQuitOnLastWindowClosed(false);
    Settings settings(std::make_unique<QSettings>());
    installTranslators(app, settings.language());
    QApplication::setWindowIcon(icon(IconId::Application));

    GlobalOptions options;
    DatabaseLocation location;
    QString error;
    if (!readOptions(settings, options, location, error)) {
        QMessageBox::critical(nullptr, QStringLiteral("ImapDesk"), error);
        return 2;
    }
    if (const QString problem = initApplicationLog(options.dataDirectory, options.verbose);
        !problem.isEmpty())
        spdlog::warn("application log file unavailable: {}", problem);
    for (const QString &problem : settings.problems())
        spdlog::warn("settings: {}", problem);
    spdlog::info("ImapDesk {} starting, data folder {}, database {}",
                 QApplication::applicationVersion(), options.dataDirectory, location.displayName());

    MigrationService service;
    std::unique_ptr<MainWindow> window;
    // PostgreSQL's password comes from the keychain, which answers from the
    // event loop: the window appears once it has (at once for SQLite).
    DatabasePasswordStore passwords;
    passwords.read(location, &app, [&](const DatabasePasswordResult &password) {
        if (password.failed())
            spdlog::warn("PostgreSQL password not read from the system keyring: {}",
                         password.status.message);
        QString problem;
        if (!service.open(location, options.dataDirectory, &problem, password.password)) {
            showOpenFailure(problem, databasePasswordNote(location, password));
            QApplication::exit(3);
            return;
        }
        applyRetention(service, settings);
        window = std::make_unique<MainWindow>(service, settings);
        window->show();
        service.credentials().probe(window.get(), [&](const CredentialStatus &probe) {
            chooseCredentialStore(service, probe);
            service.startRunner(options.imapsyncPath, limitsFrom(settings));
        });
    });
    const int code = QApplication::exec();
    window.reset(); // before the service it shows
    spdlog::info("ImapDesk exiting with code {}", code);
    return code;
}

} // namespace imapdesk
