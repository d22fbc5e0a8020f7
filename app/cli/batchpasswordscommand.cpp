#include "cli/batchpasswordscommand.h"

#include "cli/accountlistinput.h"
#include "cli/batchjson.h"
#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "secrets/blockingcredentials.h"
#include "secrets/keychaincredentialstore.h"
#include "service/passwordmatching.h"
#include "storage/jobstore.h"
#include "util/domainname.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace imapdesk {

namespace {

const QString AllOption = QStringLiteral("all");
const QString DefaultDomainOption = QStringLiteral("default-domain");
// Lines naming no job are listed up to this many; a whole-company list given
// for a small batch would otherwise bury the summary.
constexpr int UnmatchedLinesShown = 20;

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchPasswordsCommand)
};

// --default-domain, else the batch's own: the jobs' users were completed with it.
bool defaultDomain(CliContext &context, const QCommandLineParser &parser, const BatchSummary &batch,
                   QString *domain)
{
    if (!parser.isSet(DefaultDomainOption)) {
        *domain = batch.spec.defaultDomain;
        return true;
    }
    *domain = normalizedDomainName(parser.value(DefaultDomainOption));
    if (domain->isEmpty()) {
        context.err << Tr::tr("--default-domain %1 is not a domain name such as example.com.")
                           .arg(parser.value(DefaultDomainOption))
                    << '\n';
        return false;
    }
    return true;
}

void reportUnmatched(CliContext &context, const AccountList &list, const QList<int> &lines,
                     qint64 batchId)
{
    const QSet<int> unmatched(lines.cbegin(), lines.cend());
    int shown = 0;
    for (const Account &account : list.accounts) {
        if (!unmatched.contains(account.line))
            continue;
        if (++shown > UnmatchedLinesShown) {
            context.err << Tr::tr("… and more lines that match no job: %1")
                               .arg(lines.size() - UnmatchedLinesShown)
                        << '\n';
            return;
        }
        context.err << Tr::tr("line %1: batch %2 has no job for %3 → %4")
                           .arg(account.line)
                           .arg(batchId)
                           .arg(account.user1, account.user2)
                    << '\n';
    }
}

struct Saved
{
    int jobs = 0;
    int queued = 0;
    bool failed = false;
};

// One keychain entry per job, under the key the job already has; a job that
// waited for them is queued again. The first keychain failure stops: they are
// systemic (no keyring, locked, no answer).
Saved savePasswords(CliContext &context, JobStore &store, const QList<PasswordMatch> &matches)
{
    KeychainCredentialStore keychain;
    BlockingCredentials credentials(keychain);
    Saved saved;
    for (const PasswordMatch &match : matches) {
        const CredentialRef ref =
            CredentialRef::fromString(store.databaseId(), match.credentialRef);
        if (ref.isNull()) {
            context.err << Tr::tr("Job %1 has no keychain entry to save its passwords under.")
                               .arg(match.jobId)
                        << '\n';
            saved.failed = true;
            continue;
        }
        const CredentialStatus status = credentials.write(ref, match.credentials);
        if (!status.ok()) {
            context.err << Tr::tr("Cannot save the passwords of job %1 (line %2) in the system "
                                  "keyring: %3")
                               .arg(match.jobId)
                               .arg(match.line)
                               .arg(status.message)
                        << '\n';
            saved.failed = true;
            return saved;
        }
        ++saved.jobs;
        if (match.state != JobState::NeedsPassword)
            continue;
        const StoreResult<bool> retried = store.retryJob(match.jobId);
        if (!retried.ok()) {
            context.err << retried.error() << '\n';
            saved.failed = true;
            return saved;
        }
        saved.queued += retried.value() ? 1 : 0;
    }
    return saved;
}

int waitingJobs(const QList<JobRecord> &jobs)
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(), [](const JobRecord &job) {
        return job.state == JobState::NeedsPassword;
    }));
}

// Counts as "label: N": right in every language without plural forms, which
// the headless verbs do not load.
void printSummary(CliContext &context, qint64 batchId, const Saved &saved,
                  const PasswordMatches &found, int stillWaiting, bool all)
{
    context.out << Tr::tr("Batch %1: jobs given their passwords: %2 (queued again: %3).")
                       .arg(batchId)
                       .arg(saved.jobs)
                       .arg(saved.queued)
                << '\n'
                << Tr::tr("Lines that matched no job: %1.").arg(found.unmatchedLines.size()) << '\n'
                << Tr::tr("Jobs still waiting for their passwords: %1.").arg(stillWaiting) << '\n';
    if (!all && found.linesOutOfScope > 0)
        context.out << Tr::tr("Lines for jobs that do not wait for their passwords, left alone: "
                              "%1 (--all saves theirs too).")
                           .arg(found.linesOutOfScope)
                    << '\n';
    if (saved.queued > 0)
        context.out << Tr::tr("Run them with: imapdesk batch run %1").arg(batchId) << '\n';
}

} // namespace

namespace BatchPasswordsCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Tr::tr("The batch (see 'imapdesk batch list')."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Tr::tr("Account list (.txt, .csv, .tsv), or - for standard input. A line gives its "
               "passwords to the job with the same source and destination user."));
    parser.addOptions({
        {DefaultDomainOption,
         Tr::tr("Domain added to users without @domain (default: the batch's own)."),
         Tr::tr("DOMAIN")},
        {AllOption, Tr::tr("Save the passwords of every job the list names, not only of those "
                           "waiting for them (e.g. new passwords before a delta pass).")},
    });
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    if (operands.size() != 2) {
        context.err << Tr::tr("batch passwords needs a batch ID and an account list FILE.") << '\n';
        return ExitUsage;
    }
    const qint64 batchId = parseIdOperand(context, {operands.first()}, Tr::tr("batch id"));
    if (batchId == 0)
        return ExitUsage;
    int exitCode = ExitOk;
    auto session = CliSession::open(context, parser, &exitCode);
    if (!session)
        return exitCode;
    const std::optional<BatchSummary> batch = findBatch(context, *session, batchId, &exitCode);
    if (!batch)
        return exitCode;
    AccountListParser::Options options;
    if (!defaultDomain(context, parser, *batch, &options.defaultDomain))
        return ExitUsage;
    AccountList list;
    if (!readAccountList(context, operands.at(1), options, &list))
        return ExitUsage;
    // They name no job: only reported.
    printSkippedLines(context.err, list);
    const StoreResult<QList<JobRecord>> jobs = session->store().jobs(batchId);
    if (!jobs.ok()) {
        context.err << jobs.error() << '\n';
        return ExitFailure;
    }
    const bool all = parser.isSet(AllOption);
    const PasswordMatches found = matchPasswords(
        jobs.value(), list.accounts, all ? PasswordScope::All : PasswordScope::NeedsPassword);
    reportUnmatched(context, list, found.unmatchedLines, batchId);
    const Saved saved = savePasswords(context, session->store(), found.matches);
    const int stillWaiting = waitingJobs(jobs.value()) - saved.queued;
    printSummary(context, batchId, saved, found, stillWaiting, all);
    if (saved.failed)
        return ExitFailure;
    const bool complete =
        list.errors.isEmpty() && found.unmatchedLines.isEmpty() && stillWaiting == 0;
    return complete ? ExitOk : ExitRejected;
}

} // namespace BatchPasswordsCommand

} // namespace imapdesk
