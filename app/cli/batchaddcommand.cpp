#include "cli/batchaddcommand.h"

#include "accounts/accountlistparser.h"
#include "accounts/hostshortcuts.h"
#include "cli/accountlistinput.h"
#include "cli/batchruncommand.h"
#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "imapsync/extraarguments.h"
#include "net/tlscertificate.h"
#include "secrets/blockingcredentials.h"
#include "secrets/keychaincredentialstore.h"
#include "secrets/sessioncredentialstore.h"
#include "storage/jobstore.h"
#include "util/domainname.h"
#include "util/hostport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchAddCommand)
};

bool parseSecurity(const QString &text, Security *security)
{
    const QString name = text.toLower();
    if (name == QLatin1String("ssl") || name == QLatin1String("tls"))
        *security = Security::Ssl;
    else if (name == QLatin1String("starttls"))
        *security = Security::StartTls;
    else if (name == QLatin1String("none") || name == QLatin1String("plain"))
        *security = Security::None;
    else
        return false;
    return true;
}

bool parsePreset(const QString &text, ProviderPreset *preset)
{
    static const QList<std::pair<QString, ProviderPreset>> names = {
        {QStringLiteral("none"), ProviderPreset::None},
        {QStringLiteral("gmail"), ProviderPreset::Gmail},
        {QStringLiteral("office365"), ProviderPreset::Office365},
        {QStringLiteral("exchange"), ProviderPreset::Exchange},
        {QStringLiteral("domino"), ProviderPreset::Domino}};
    for (const auto &[name, value] : names) {
        if (text.compare(name, Qt::CaseInsensitive) == 0) {
            *preset = value;
            return true;
        }
    }
    return false;
}

// One side of the batch from --source/--dest, --securityN and --presetN.
bool readEndpoint(CliContext &context, const QCommandLineParser &parser, int side,
                  BatchEndpoint *endpoint)
{
    const QString hostOption = side == 1 ? QStringLiteral("source") : QStringLiteral("dest");
    const QString number = QString::number(side);
    HostPort hostPort;
    QString error;
    if (!parser.isSet(hostOption)) {
        context.err << Tr::tr("--%1 HOST[:PORT] is required.").arg(hostOption) << '\n';
        return false;
    }
    if (!parseHostPort(parser.value(hostOption), &hostPort, &error)) {
        context.err << error << '\n';
        return false;
    }
    endpoint->host = hostPort.host;
    endpoint->port = hostPort.port;
    const QString security = parser.value(QStringLiteral("security") + number);
    if (!security.isEmpty() && !parseSecurity(security, &endpoint->security)) {
        context.err
            << Tr::tr("--security%1 must be ssl, starttls or none, not '%2'.").arg(number, security)
            << '\n';
        return false;
    }
    const QString preset = parser.value(QStringLiteral("preset") + number);
    if (!preset.isEmpty() && !parsePreset(preset, &endpoint->preset)) {
        context.err
            << Tr::tr("--preset%1 must be none, gmail, office365, exchange or domino, not '%2'.")
                   .arg(number, preset)
            << '\n';
        return false;
    }
    if (const QString pin = parser.value(QStringLiteral("certificate") + number); !pin.isEmpty()) {
        const QByteArray fingerprint = parseFingerprint(pin);
        if (fingerprint.isEmpty()) {
            context.err << Tr::tr("--certificate%1 needs a SHA-256 fingerprint (64 hexadecimal "
                                  "digits), as `batch check` prints it.")
                               .arg(number)
                        << '\n';
            return false;
        }
        endpoint->certificate = fingerprintHex(fingerprint);
    }
    const ProviderPreset recognised = recognizeProvider(endpoint->host);
    if (preset.isEmpty() && recognised != ProviderPreset::None) {
        context.err << Tr::tr("Note: %1 looks like %2; imapsync has a preset for it: %3.")
                           .arg(endpoint->host, providerDisplayName(recognised),
                                presetOption(recognised, side))
                    << '\n';
    }
    return true;
}

bool readSpec(CliContext &context, const QCommandLineParser &parser, BatchSpec *spec)
{
    if (!readEndpoint(context, parser, 1, &spec->source) ||
        !readEndpoint(context, parser, 2, &spec->destination))
        return false;
    spec->label = parser.value(QStringLiteral("label"));
    spec->dryRun = parser.isSet(QStringLiteral("dry"));
    spec->justLogin = parser.isSet(QStringLiteral("justlogin"));
    spec->owner = currentUserName();
    if (parser.isSet(QStringLiteral("default-domain"))) {
        spec->defaultDomain = normalizedDomainName(parser.value(QStringLiteral("default-domain")));
        if (spec->defaultDomain.isEmpty()) {
            context.err << Tr::tr("--default-domain %1 is not a domain name such as example.com.")
                               .arg(parser.value(QStringLiteral("default-domain")))
                        << '\n';
            return false;
        }
    }
    const ExtraArgumentsResult extra = parseExtraArguments(parser.value(QStringLiteral("extra")));
    for (const ArgumentIssue &warning : extra.warnings)
        context.err << Tr::tr("Warning: %1").arg(warning.message) << '\n';
    for (const ArgumentIssue &problem : extra.errors)
        context.err << Tr::tr("--extra: %1").arg(problem.message) << '\n';
    if (!extra.ok())
        return false;
    spec->extraArguments = extra.arguments;
    if (parser.isSet(QStringLiteral("after"))) {
        bool ok = false;
        spec->afterBatchId = parser.value(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || *spec->afterBatchId <= 0) {
            context.err << Tr::tr("--after needs a batch id.") << '\n';
            return false;
        }
    }
    return true;
}

// Rejected lines abort the add unless --skip-invalid; a list that cannot be
// read at all always does.
int readAccounts(CliContext &context, const QCommandLineParser &parser, const QString &path,
                 const QString &defaultDomain, AccountList *list)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << Tr::tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitUsage;
    }
    AccountListParser::Options options;
    options.defaultDomain = defaultDomain;
    *list = parseAccountList(file, options);
    if (!list->isUsable()) {
        context.err
            << Tr::tr("%1, line %2: %3").arg(path).arg(list->fatalLine).arg(list->fatalError)
            << '\n';
        return ExitUsage;
    }
    printSkippedLines(context.err, *list);
    if (!list->errors.isEmpty() && !parser.isSet(QStringLiteral("skip-invalid"))) {
        context.err << Tr::tr("No batch added: fix the rejected lines or add --skip-invalid.")
                    << '\n';
        return ExitRejected;
    }
    if (list->accounts.isEmpty()) {
        context.err << Tr::tr("No batch added: %1 holds no account.").arg(path) << '\n';
        return ExitRejected;
    }
    return ExitOk;
}

// Every password goes to the store before the batch exists; on any failure
// the entries already written are removed again.
bool storeCredentials(CliContext &context, CredentialStore &store, const QString &databaseId,
                      const AccountList &list, QList<NewJob> *jobs, QList<CredentialRef> *refs)
{
    BlockingCredentials credentials(store);
    for (const Account &account : list.accounts) {
        const CredentialRef ref = CredentialRef::generate(databaseId);
        const CredentialStatus status =
            credentials.write(ref, JobCredentials{account.password1, account.password2});
        if (!status.ok()) {
            context.err << Tr::tr("Cannot save the passwords of line %1 in the system keyring: %2")
                               .arg(account.line)
                               .arg(status.message)
                        << '\n';
            if (!store.isAvailable())
                context.err << Tr::tr("Without a keyring, add --run --session-passwords: the "
                                      "passwords then stay in memory while this command runs "
                                      "the batch, and are never written anywhere.")
                            << '\n';
            credentials.removeMany(*refs);
            return false;
        }
        refs->append(ref);
        jobs->append(NewJob{account.user1, account.user2, ref.toString()});
    }
    return true;
}

} // namespace

namespace BatchAddCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("source"), Tr::tr("Source IMAP server."), Tr::tr("HOST[:PORT]")},
        {QStringLiteral("dest"), Tr::tr("Destination IMAP server."), Tr::tr("HOST[:PORT]")},
        {QStringLiteral("security1"), Tr::tr("Source encryption: ssl (default), starttls or none."),
         Tr::tr("MODE")},
        {QStringLiteral("security2"),
         Tr::tr("Destination encryption: ssl (default), starttls or none."), Tr::tr("MODE")},
        {QStringLiteral("preset1"),
         Tr::tr("Source provider preset: gmail, office365, exchange, domino."), Tr::tr("NAME")},
        {QStringLiteral("preset2"),
         Tr::tr("Destination provider preset: gmail, office365, exchange, domino."),
         Tr::tr("NAME")},
        {QStringLiteral("certificate1"),
         Tr::tr("Accept this source certificate (SHA-256 fingerprint) although it is self-signed "
                "or for another name; imapsync then accepts it and no other."),
         Tr::tr("SHA256")},
        {QStringLiteral("certificate2"),
         Tr::tr("Accept this destination certificate (SHA-256 fingerprint), as --certificate1."),
         Tr::tr("SHA256")},
        {QStringLiteral("label"), Tr::tr("A label for the batch, e.g. a ticket number."),
         Tr::tr("TEXT")},
        {QStringLiteral("default-domain"), Tr::tr("Domain added to users without @domain."),
         Tr::tr("DOMAIN")},
        {QStringLiteral("dry"), Tr::tr("Dry run: imapsync shows what it would copy (--dry).")},
        {QStringLiteral("justlogin"), Tr::tr("Only check that every account can log in.")},
        {QStringLiteral("extra"), Tr::tr("Extra imapsync arguments, quoted as in a shell."),
         Tr::tr("ARGS")},
        {QStringLiteral("after"), Tr::tr("Start only after this batch has ended."),
         Tr::tr("BATCH_ID")},
        {QStringLiteral("skip-invalid"), Tr::tr("Add the valid accounts even if some lines are "
                                                "rejected.")},
        {QStringLiteral("run"),
         Tr::tr("Run the batch at once and wait for it (as batch run --wait).")},
        {QStringLiteral("session-passwords"),
         Tr::tr("With --run: keep the passwords in memory while this command runs, not in the "
                "system keyring. Jobs it does not run ask for their passwords later.")},
    });
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Account list (.txt, .csv, .tsv)."));
    // --run takes batch run's options too.
    BatchRunCommand::addRunOptions(parser);
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    if (operands.size() != 1) {
        context.err << Tr::tr("batch add needs exactly one account list FILE.") << '\n';
        return ExitUsage;
    }
    BatchSpec spec;
    if (!readSpec(context, parser, &spec))
        return ExitUsage;
    AccountList list;
    if (const int code = readAccounts(context, parser, operands.first(), spec.defaultDomain, &list);
        code != ExitOk)
        return code;
    int openCode = ExitOk;
    auto session = CliSession::open(context, parser, &openCode);
    if (!session)
        return openCode;
    if (spec.afterBatchId && !session->store().batch(*spec.afterBatchId).ok()) {
        context.err << Tr::tr("--after %1: no such batch.").arg(*spec.afterBatchId) << '\n';
        return ExitUsage;
    }
    const bool inMemory = parser.isSet(QStringLiteral("session-passwords"));
    if (inMemory && !parser.isSet(QStringLiteral("run"))) {
        context.err << Tr::tr("--session-passwords needs --run: the passwords live only as long "
                              "as this command.")
                    << '\n';
        return ExitUsage;
    }
    KeychainCredentialStore keychain;
    SessionCredentialStore memory;
    CredentialStore &credentials = inMemory ? static_cast<CredentialStore &>(memory) : keychain;
    QList<NewJob> jobs;
    QList<CredentialRef> refs;
    if (!storeCredentials(context, credentials, session->store().databaseId(), list, &jobs, &refs))
        return ExitFailure;
    const auto added = session->store().addBatch(spec, jobs);
    if (!added.ok()) {
        BlockingCredentials(credentials).removeMany(refs);
        context.err << added.error() << '\n';
        return ExitFailure;
    }
    context.out << added.value() << '\n';
    context.out.flush();
    if (!parser.isSet(QStringLiteral("run")))
        return ExitOk;
    return BatchRunCommand::runAndWait(context, parser, *session, added.value(), &credentials);
}

} // namespace BatchAddCommand

} // namespace imapdesk
