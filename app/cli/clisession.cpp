#include "cli/clisession.h"

#include "cli/blockingdatabasepassword.h"
#include "cli/clicontext.h"
#include "storage/database.h"
#include "storage/jobstore.h"
#include "util/applog.h"
#include "util/qstringformatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)
};

// PostgreSQL: the password from the keychain first; without one libpq reads
// PGPASSWORD or ~/.pgpass. A keychain that cannot be asked is no reason to
// stop: those may still work.
DatabasePasswordResult readDatabasePassword(const DatabaseLocation &location)
{
    if (location.kind != DatabaseLocation::Kind::PostgreSql)
        return {};
    DatabasePasswordStore store;
    const DatabasePasswordResult result = BlockingDatabasePassword(store).read(location);
    // Not a warning on stderr for every command of a server without a
    // keyring; a failed open says it (databasePasswordNote).
    if (result.failed())
        spdlog::info("PostgreSQL password not read from the system keyring: {}",
                     result.status.message);
    return result;
}

} // namespace

std::unique_ptr<CliSession> CliSession::open(CliContext &context, const QCommandLineParser &parser,
                                             int *exitCode)
{
    *exitCode = ExitUsage;
    std::unique_ptr<CliSession> session(new CliSession);
    session->m_options = GlobalOptions::from(parser, context.environment);
    DatabaseLocation location;
    QString error;
    if (!session->m_options.database(location, error)) {
        context.err << error << '\n';
        return nullptr;
    }
    if (const QString problem =
            initApplicationLog(session->m_options.dataDirectory, session->m_options.verbose);
        !problem.isEmpty() && session->m_options.verbose) {
        context.err << Tr::tr("ImapDesk's own log is not written: %1").arg(problem) << '\n';
    }
    *exitCode = ExitFailure;
    const DatabasePasswordResult password = readDatabasePassword(location);
    DatabaseOptions options;
    options.password = password.password;
    session->m_database = Database::open(location, &error, options);
    if (!session->m_database) {
        context.err << error << '\n';
        if (const QString note = databasePasswordNote(location, password); !note.isEmpty())
            context.err << note << '\n';
        return nullptr;
    }
    session->m_store = std::make_unique<JobStore>(*session->m_database);
    *exitCode = ExitOk;
    return session;
}

CliSession::~CliSession() = default;

qint64 parseIdOperand(CliContext &context, const QStringList &operands, const QString &what)
{
    bool ok = false;
    const qint64 id = operands.size() == 1 ? operands.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        context.err << Tr::tr("Expected one %1 (a number), got: %2")
                           .arg(what, operands.isEmpty() ? Tr::tr("nothing") : operands.join(u' '))
                    << '\n';
        return 0;
    }
    return id;
}

} // namespace imapdesk
