#include "cli/globaloptions.h"

#include "storage/databaselocation.h"
#include "util/applicationpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

namespace imapdesk {

namespace {

const QString DataDirOption = QStringLiteral("data-dir");
const QString DbOption = QStringLiteral("db");
const QString ImapsyncOption = QStringLiteral("imapsync");
const QString VerboseOption = QStringLiteral("verbose");

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GlobalOptions)
};

QString pick(const QCommandLineParser &parser, const QString &option,
             const QProcessEnvironment &environment, const char *variable)
{
    if (parser.isSet(option))
        return parser.value(option);
    return environment.value(QString::fromLatin1(variable));
}

} // namespace

void GlobalOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({DataDirOption,
                      Tr::tr("Folder for the database, job logs and application log "
                             "(env IMAPDESK_DATA_DIR; default: %1).")
                          .arg(QDir::toNativeSeparators(defaultDataDirectory())),
                      Tr::tr("DIR")});
    parser.addOption({DbOption,
                      Tr::tr("History database: an SQLite file path or "
                             "postgresql://user@host:port/dbname (env IMAPDESK_DB; default: "
                             "imapdesk.sqlite in the data folder)."),
                      Tr::tr("URL")});
    parser.addOption({ImapsyncOption,
                      Tr::tr("The imapsync program to run (env IMAPDESK_IMAPSYNC; default: "
                             "next to ImapDesk, then on PATH)."),
                      Tr::tr("PATH")});
    parser.addOption({VerboseOption, Tr::tr("Print debug messages of ImapDesk's own log.")});
}

GlobalOptions GlobalOptions::from(const QCommandLineParser &parser,
                                  const QProcessEnvironment &environment)
{
    GlobalOptions options;
    options.dataDirectory = pick(parser, DataDirOption, environment, "IMAPDESK_DATA_DIR");
    if (options.dataDirectory.isEmpty())
        options.dataDirectory = defaultDataDirectory();
    options.dataDirectory = QDir(options.dataDirectory).absolutePath();
    options.databaseUrl = pick(parser, DbOption, environment, "IMAPDESK_DB");
    options.imapsyncPath = pick(parser, ImapsyncOption, environment, "IMAPDESK_IMAPSYNC");
    options.verbose = parser.isSet(VerboseOption);
    return options;
}

bool GlobalOptions::database(DatabaseLocation &location, QString &error) const
{
    const QString url = databaseUrl.isEmpty() ? defaultDatabaseFile(dataDirectory) : databaseUrl;
    return DatabaseLocation::parse(url, location, error);
}

} // namespace imapdesk
