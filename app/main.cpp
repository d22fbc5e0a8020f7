#include "cli/clicontext.h"
#include "cli/commandline.h"
#include "ui/desktopapplication.h"
#include "util/applicationpaths.h"
#include "util/platformconsole.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

namespace {

// The verbs run without a display, so they must not create a QApplication.
int runHeadless(int argc, char *argv[])
{
    imapdesk::attachParentConsole();
    QCoreApplication app(argc, argv);
    imapdesk::setApplicationIdentity();
    imapdesk::installTranslators(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    imapdesk::CliContext context{out, err, QProcessEnvironment::systemEnvironment()};
    const int code = imapdesk::runCommandLine(QCoreApplication::arguments(), context);
    out.flush();
    err.flush();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (imapdesk::isHeadlessInvocation(arguments))
        return runHeadless(argc, argv);
    return imapdesk::runDesktopApplication(argc, argv);
}
