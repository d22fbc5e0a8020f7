#include "ui/desktopapplication.h"

#include "cli/globaloptions.h"
#include "storage/databaselocation.h"
#include "ui/mainwindow.h"
#include "util/applicationpaths.h"
#include "util/applog.h"
#include "util/qstringformatter.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcessEnvironment>

#include <spdlog/spdlog.h>

namespace imapdesk {

namespace {

bool readOptions(GlobalOptions &options, QString &error)
{
    QCommandLineParser parser;
    GlobalOptions::addTo(parser);
    if (!parser.parse(QApplication::arguments())) {
        error = parser.errorText();
        return false;
    }
    options = GlobalOptions::from(parser, QProcessEnvironment::systemEnvironment());
    DatabaseLocation location;
    return options.database(location, error);
}

} // namespace

int runDesktopApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ImapDesk"));
    installTranslators(app);

    GlobalOptions options;
    QString error;
    if (!readOptions(options, error)) {
        QMessageBox::critical(nullptr, QStringLiteral("ImapDesk"), error);
        return 2;
    }
    if (const QString problem = initApplicationLog(options.dataDirectory, options.verbose);
        !problem.isEmpty()) {
        spdlog::warn("application log file unavailable: {}", problem);
    }
    spdlog::info("ImapDesk {} starting, data folder {}", QApplication::applicationVersion(),
                 options.dataDirectory);

    MainWindow window(options);
    window.show();
    const int code = QApplication::exec();
    spdlog::info("ImapDesk exiting with code {}", code);
    return code;
}

} // namespace imapdesk
