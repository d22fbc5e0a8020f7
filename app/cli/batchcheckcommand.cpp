#include "cli/batchcheckcommand.h"

#include "cli/batchjson.h"
#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "net/preflightcheck.h"
#include "net/tlscertificate.h"
#include "secrets/blockingcredentials.h"
#include "secrets/keychaincredentialstore.h"
#include "storage/jobstore.h"
#include "storage/storagenames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imapdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchCheckCommand)
};

struct CheckedJob
{
    JobRecord job;
    bool hasPasswords = false;
    QString passwordProblem; // why the keychain gave none
    std::optional<ProbeResult> source;
    std::optional<ProbeResult> destination;
};

PreflightEndpoint endpointOf(const BatchEndpoint &batch, const QString &user,
                             const QString &password)
{
    return {batch.host, batch.port, batch.security, user, password};
}

QJsonObject resultJson(const ProbeResult &result)
{
    QJsonObject object{{QStringLiteral("outcome"), probeOutcomeName(result.outcome)},
                       {QStringLiteral("message"), result.message},
                       {QStringLiteral("serverText"), result.serverText},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
                       {QStringLiteral("elapsedMs"), result.elapsedMs}};
    if (result.tls.encrypted || !result.tls.fingerprint.isEmpty()) {
        object.insert(
            QStringLiteral("tls"),
            QJsonObject{
                {QStringLiteral("protocol"), result.tls.protocol},
                {QStringLiteral("fingerprintSha256"), result.tls.fingerprintHex()},
                {QStringLiteral("subject"), result.tls.subjectName},
                {QStringLiteral("problems"), QJsonArray::fromStringList(result.tls.problemTexts)}});
    }
    return object;
}

QString resultLine(const ProbeResult &result)
{
    QString line = probeOutcomeText(result.outcome);
    if (!result.ok() && !result.message.isEmpty())
        line += QLatin1String(": ") + result.message;
    if (!result.serverText.isEmpty() && !result.ok())
        line += QStringLiteral(" [%1]").arg(result.serverText);
    return line;
}

QString hostText(const PreflightHost &host)
{
    return QStringLiteral("%1:%2 (%3)")
        .arg(host.host)
        .arg(host.port)
        .arg(securityStorageName(host.security));
}

// The passwords go into the check's copy only, for as long as it runs. A job
// without passwords is still listed, and its hosts still checked.
QList<PreflightAccount> accountsToCheck(CliContext &context, JobStore &store,
                                        const BatchSummary &batch, QList<CheckedJob> *jobs)
{
    KeychainCredentialStore keychain;
    BlockingCredentials credentials(keychain);
    QList<PreflightAccount> accounts;
    QString keyringProblem; // once the keyring failed, it is not asked again
    for (CheckedJob &checked : *jobs) {
        CredentialReadResult read;
        if (keyringProblem.isEmpty())
            read = credentials.read(
                CredentialRef::fromString(store.databaseId(), checked.job.credentialRef));
        checked.hasPasswords = keyringProblem.isEmpty() && read.status.ok();
        checked.passwordProblem = keyringProblem.isEmpty() ? read.status.message : keyringProblem;
        if (!read.status.ok() && read.status.error != CredentialError::NotFound &&
            read.status.error != CredentialError::Damaged && keyringProblem.isEmpty()) {
            keyringProblem = read.status.message;
            context.err << Tr::tr("The system keyring cannot be read (%1): only the hosts are "
                                  "checked.")
                               .arg(keyringProblem)
                        << '\n';
        }
        // Without passwords a side gets its host's connection check only.
        const bool login = checked.hasPasswords;
        accounts.append({endpointOf(batch.spec.source, login ? checked.job.user1 : QString(),
                                    read.credentials.password1),
                         endpointOf(batch.spec.destination, login ? checked.job.user2 : QString(),
                                    read.credentials.password2)});
    }
    return accounts;
}

} // namespace

namespace BatchCheckCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("json"), Tr::tr("Print the results as JSON.")},
        {QStringLiteral("per-host"), Tr::tr("Connections at once to one host (default 4)."),
         Tr::tr("N")},
        {QStringLiteral("accept-certificate"),
         Tr::tr("Trust a server certificate in spite of its problems (self-signed, other name), "
                "given by the SHA-256 fingerprint the check printed. May be repeated."),
         Tr::tr("SHA256")},
        {QStringLiteral("allow-clear-text"),
         Tr::tr("Also test logins on hosts that offer no encryption (the passwords then travel "
                "in clear).")},
    });
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The batch to check."));
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    const qint64 batchId = parseIdOperand(context, operands, Tr::tr("batch id"));
    if (batchId == 0)
        return ExitUsage;
    PreflightLimits limits;
    bool numeric = false;
    if (parser.isSet(QStringLiteral("per-host"))) {
        limits.perHost = parser.value(QStringLiteral("per-host")).toInt(&numeric);
        if (!numeric || limits.perHost < 1) {
            context.err << Tr::tr("--per-host needs a number of at least 1.") << '\n';
            return ExitUsage;
        }
    }
    int exitCode = ExitOk;
    auto session = CliSession::open(context, parser, &exitCode);
    if (!session)
        return exitCode;
    const std::optional<BatchSummary> batch = findBatch(context, *session, batchId, &exitCode);
    if (!batch)
        return exitCode;
    const auto records = session->store().jobs(batchId);
    if (!records.ok()) {
        context.err << records.error() << '\n';
        return ExitFailure;
    }
    QList<CheckedJob> jobs;
    for (const JobRecord &record : records.value())
        jobs.append({record, false, {}, {}, {}});
    QList<PreflightAccount> accounts = accountsToCheck(context, session->store(), *batch, &jobs);

    PreflightCheck check;
    check.setLimits(limits);
    QList<QPair<PreflightHost, ProbeResult>> hosts;
    QObject::connect(&check, &PreflightCheck::hostChecked, &check,
                     [&hosts](const PreflightHost &host, const ProbeResult &result) {
                         hosts.append({host, result});
                     });
    QObject::connect(&check, &PreflightCheck::rowChecked, &check,
                     [&jobs](int row, PreflightSide side, const ProbeResult &result) {
                         (side == PreflightSide::Source ? jobs[row].source
                                                        : jobs[row].destination) = result;
                     });
    PreflightHostTrust trust;
    trust.allowClearText = parser.isSet(QStringLiteral("allow-clear-text"));
    // What the batch was added with is trusted as imapsync will trust it.
    for (const QString &pinned :
         {batch->spec.source.certificate, batch->spec.destination.certificate})
        if (!pinned.isEmpty())
            trust.acceptedFingerprints.insert(parseFingerprint(pinned));
    for (const QString &hex : parser.values(QStringLiteral("accept-certificate"))) {
        const QByteArray fingerprint = parseFingerprint(hex);
        if (fingerprint.isEmpty()) {
            context.err << Tr::tr("--accept-certificate needs a SHA-256 fingerprint: 64 "
                                  "hexadecimal digits.")
                        << '\n';
            return ExitUsage;
        }
        trust.acceptedFingerprints.insert(fingerprint);
    }
    if (trust.allowClearText || !trust.acceptedFingerprints.isEmpty()) {
        for (const PreflightAccount &account : std::as_const(accounts)) {
            check.setHostTrust(PreflightHost::of(account.source), trust);
            check.setHostTrust(PreflightHost::of(account.destination), trust);
        }
    }
    QEventLoop loop;
    QObject::connect(&check, &PreflightCheck::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    check.start(accounts);
    loop.exec();
    accounts.clear();

    bool allOk = true;
    for (const auto &host : std::as_const(hosts))
        allOk = allOk && host.second.ok();
    for (const CheckedJob &job : std::as_const(jobs)) {
        allOk = allOk && job.hasPasswords && job.source && job.source->ok() && job.destination &&
                job.destination->ok();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray hostArray;
        for (const auto &host : std::as_const(hosts)) {
            QJsonObject object = resultJson(host.second);
            object.insert(QStringLiteral("host"), host.first.host);
            object.insert(QStringLiteral("port"), host.first.port);
            object.insert(QStringLiteral("security"), securityStorageName(host.first.security));
            hostArray.append(object);
        }
        QJsonArray jobArray;
        for (const CheckedJob &job : std::as_const(jobs)) {
            QJsonObject object{{QStringLiteral("id"), job.job.id},
                               {QStringLiteral("user1"), job.job.user1},
                               {QStringLiteral("user2"), job.job.user2},
                               {QStringLiteral("passwordsFound"), job.hasPasswords}};
            if (!job.hasPasswords)
                object.insert(QStringLiteral("passwordProblem"), job.passwordProblem);
            if (job.hasPasswords && job.source)
                object.insert(QStringLiteral("source"), resultJson(*job.source));
            if (job.hasPasswords && job.destination)
                object.insert(QStringLiteral("destination"), resultJson(*job.destination));
            jobArray.append(object);
        }
        const QJsonObject root{{QStringLiteral("batch"), batchId},
                               {QStringLiteral("ok"), allOk},
                               {QStringLiteral("hosts"), hostArray},
                               {QStringLiteral("jobs"), jobArray}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &host : std::as_const(hosts)) {
            context.out << Tr::tr("host %1: %2").arg(hostText(host.first), resultLine(host.second))
                        << '\n';
            for (const QString &warning : host.second.warnings)
                context.out << Tr::tr("  warning: %1").arg(warning) << '\n';
            if (!host.second.tls.fingerprint.isEmpty() && !host.second.tls.problems.isEmpty())
                context.out << Tr::tr("  certificate SHA-256 %1: %2")
                                   .arg(host.second.tls.fingerprintHex(),
                                        host.second.tls.problemTexts.join(QLatin1String(", ")))
                            << '\n';
        }
        for (const CheckedJob &job : std::as_const(jobs)) {
            context.out
                << Tr::tr("job %1 %2 -> %3").arg(job.job.id).arg(job.job.user1, job.job.user2)
                << '\n';
            if (!job.hasPasswords) {
                context.out << Tr::tr("  no passwords: %1").arg(job.passwordProblem) << '\n';
                continue;
            }
            if (job.source)
                context.out << Tr::tr("  source: %1").arg(resultLine(*job.source)) << '\n';
            if (job.destination)
                context.out << Tr::tr("  destination: %1").arg(resultLine(*job.destination))
                            << '\n';
        }
    }
    context.out.flush();
    return allOk ? ExitOk : ExitRejected;
}

} // namespace BatchCheckCommand

} // namespace imapdesk
