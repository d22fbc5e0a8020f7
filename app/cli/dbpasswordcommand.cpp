#include "cli/dbpasswordcommand.h"

#include "cli/blockingdatabasepassword.h"
#include "cli/clicontext.h"
#include "cli/globaloptions.h"
#include "storage/databaselocation.h"
#include "util/applog.h"
#include "util/passwordprompt.h"
#include "util/qstringformatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace imapdesk {

namespace {

const QString ForgetOption = QStringLiteral("forget");

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DbPasswordCommand)
};

int forget(CliContext &context, BlockingDatabasePassword &passwords,
           const DatabaseLocation &location)
{
    const CredentialStatus removed = passwords.remove(location);
    if (!removed.ok()) {
        context.err << Tr::tr("Cannot remove the password for %1 from the system keyring: %2")
                           .arg(location.displayName(), removed.message)
                    << '\n';
        return ExitFailure;
    }
    spdlog::info("PostgreSQL password for {} removed from the system keyring",
                 location.displayName());
    context.out << Tr::tr("No password for %1 is saved in the system keyring now.")
                       .arg(location.displayName())
                << '\n';
    return ExitOk;
}

int save(CliContext &context, BlockingDatabasePassword &passwords, const DatabaseLocation &location)
{
    QString password;
    const QString prompt = Tr::tr("Password for %1: ").arg(location.displayName());
    if (!readPasswordLine(context.err, prompt, &password) || password.isEmpty()) {
        context.err << Tr::tr("No password given: write it as one line on standard input, for "
                              "example imapdesk db password --db URL < password.txt")
                    << '\n';
        return ExitUsage;
    }
    const CredentialStatus saved = passwords.write(location, password);
    password.fill(u'\0');
    if (!saved.ok()) {
        context.err << Tr::tr("Cannot save the password for %1 in the system keyring: %2. Put it "
                              "in PGPASSWORD or ~/.pgpass instead.")
                           .arg(location.displayName(), saved.message)
                    << '\n';
        return ExitFailure;
    }
    spdlog::info("PostgreSQL password for {} saved in the system keyring", location.displayName());
    context.out
        << Tr::tr("The password for %1 is saved in the system keyring.").arg(location.displayName())
        << '\n';
    return ExitOk;
}

} // namespace

namespace DbPasswordCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({ForgetOption, Tr::tr("Remove the saved password instead of saving one.")});
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    if (!operands.isEmpty()) {
        // Not echoed: it may be the password itself.
        context.err << Tr::tr("db password takes no operand: the password is read from standard "
                              "input, never from the command line.")
                    << '\n';
        return ExitUsage;
    }
    const GlobalOptions options = GlobalOptions::from(parser, context.environment);
    DatabaseLocation location;
    QString error;
    if (!options.database(location, error)) {
        context.err << error << '\n';
        return ExitUsage;
    }
    if (location.kind != DatabaseLocation::Kind::PostgreSql) {
        context.err << Tr::tr("%1 is an SQLite file, which has no password. Name the PostgreSQL "
                              "database with --db postgresql://user@host:port/dbname or "
                              "IMAPDESK_DB.")
                           .arg(location.displayName())
                    << '\n';
        return ExitUsage;
    }
    if (const QString problem = initApplicationLog(options.dataDirectory, options.verbose);
        !problem.isEmpty() && options.verbose)
        context.err << Tr::tr("ImapDesk's own log is not written: %1").arg(problem) << '\n';
    DatabasePasswordStore store;
    BlockingDatabasePassword passwords(store);
    if (parser.isSet(ForgetOption))
        return forget(context, passwords, location);
    return save(context, passwords, location);
}

} // namespace DbPasswordCommand

} // namespace imapdesk
