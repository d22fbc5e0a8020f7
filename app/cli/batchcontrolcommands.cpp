#include "cli/batchcontrolcommands.h"

#include "cli/batchjson.h"
#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "logs/logfilename.h"
#include "secrets/blockingcredentials.h"
#include "secrets/keychaincredentialstore.h"
#include "storage/batchreportcsv.h"
#include "storage/jobstore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace imapdesk {

namespace {

const QString FailedOnlyOption = QStringLiteral("failed-only");
const QString JobOption = QStringLiteral("job");
const QString UndoOption = QStringLiteral("undo");
const QString CsvOption = QStringLiteral("csv");

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)
};

void addIdOperand(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Tr::tr("The batch (see 'imapdesk batch list')."));
}

// What every verb here starts with: the batch id, the history, the batch.
struct Target
{
    std::unique_ptr<CliSession> session;
    std::optional<BatchSummary> batch;
    int exitCode = ExitOk;

    explicit operator bool() const { return batch.has_value(); }
    JobStore &store() { return session->store(); }
};

Target openTarget(CliContext &context, const QCommandLineParser &parser,
                  const QStringList &operands)
{
    Target target;
    const qint64 batchId = parseIdOperand(context, operands, Tr::tr("batch id"));
    if (batchId == 0) {
        target.exitCode = ExitUsage;
        return target;
    }
    target.session = CliSession::open(context, parser, &target.exitCode);
    if (target.session)
        target.batch = findBatch(context, *target.session, batchId, &target.exitCode);
    return target;
}

int storeFailure(CliContext &context, const QString &error)
{
    context.err << error << '\n';
    return ExitFailure;
}

QString runReminder(qint64 batchId)
{
    return Tr::tr("Run them with: imapdesk batch run %1").arg(batchId);
}

int unfinishedJobs(const JobCounts &c)
{
    return c.queued + c.waiting + c.running;
}

// --- retry

int retryOneJob(CliContext &context, Target &target, qint64 jobId)
{
    const qint64 batchId = target.batch->id;
    const std::optional<JobRecord> job = findJob(context, *target.session, jobId, &target.exitCode);
    if (!job)
        return target.exitCode;
    if (job->batchId != batchId) {
        context.err << Tr::tr("Job %1 belongs to batch %2, not to batch %3.")
                           .arg(jobId)
                           .arg(job->batchId)
                           .arg(batchId)
                    << '\n';
        return ExitRejected;
    }
    const StoreResult<bool> retried = target.store().retryJob(jobId);
    if (!retried.ok())
        return storeFailure(context, retried.error());
    if (!retried.value()) {
        context.err << Tr::tr("Job %1 has not ended (state: %2); only a job that has ended can "
                              "be run again.")
                           .arg(jobId)
                           .arg(jobStateDisplayName(job->state))
                    << '\n';
        return ExitRejected;
    }
    context.out << Tr::tr("Job %1 of batch %2 is queued again.").arg(jobId).arg(batchId) << '\n'
                << runReminder(batchId) << '\n';
    return ExitOk;
}

int retryBatch(CliContext &context, Target &target, RetryMode mode)
{
    const qint64 batchId = target.batch->id;
    const StoreResult<int> retried = target.store().retryJobs(batchId, mode);
    if (!retried.ok())
        return storeFailure(context, retried.error());
    if (retried.value() == 0) {
        context.out << (mode == RetryMode::FailedOnly
                            ? Tr::tr(
                                  "Nothing to retry: no job of batch %1 has failed, been cancelled "
                                  "or been interrupted.")
                            : Tr::tr("Nothing to run again: no job of batch %1 has ended."))
                           .arg(batchId)
                    << '\n';
        return ExitOk;
    }
    // Counts as "label: N": right in every language without plural forms,
    // which the headless verbs do not load.
    context.out << Tr::tr("Batch %1: jobs queued again: %2.").arg(batchId).arg(retried.value());
    if (mode == RetryMode::All)
        context.out << ' ' << Tr::tr("A delta pass: imapsync copies only what is still missing.");
    context.out << '\n' << runReminder(batchId) << '\n';
    return ExitOk;
}

// --- delete

// Log files, the batch's log folder, and the run folders of its jobs (pid,
// abort and password files a crashed run may have left). Returns the problems.
QStringList removeFiles(const QString &dataDir, qint64 batchId, const QStringList &logPaths,
                        const QList<qint64> &jobIds)
{
    QStringList problems;
    QSet<QString> folders;
    for (const QString &path : logPaths) {
        QFile file(path);
        if (file.exists() && !file.remove())
            problems << Tr::tr("Could not remove %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        folders.insert(QFileInfo(path).absolutePath());
    }
    // A runner with another --data-dir wrote elsewhere: tidy its folder if empty.
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder);
    QStringList trees{batchLogDirectory(dataDir, batchId)};
    for (qint64 jobId : jobIds)
        trees << QDir(dataDir).filePath(QStringLiteral("run/job-%1").arg(jobId));
    for (const QString &tree : std::as_const(trees)) {
        QDir dir(tree);
        if (dir.exists() && !dir.removeRecursively())
            problems << Tr::tr("Could not remove the folder %1 completely.")
                            .arg(QDir::toNativeSeparators(tree));
    }
    return problems;
}

CredentialStatus removeCredentials(const QString &databaseId, const QStringList &refTexts)
{
    QList<CredentialRef> refs;
    for (const QString &text : refTexts) {
        if (const CredentialRef ref = CredentialRef::fromString(databaseId, text); !ref.isNull())
            refs << ref;
    }
    if (refs.isEmpty())
        return CredentialStatus::success(); // nothing saved: the keychain is not needed
    KeychainCredentialStore store;
    return BlockingCredentials(store).removeMany(refs);
}

int refuseRunningDelete(CliContext &context, qint64 batchId, int running)
{
    context.err << Tr::tr("Batch %1 was not deleted: jobs still running: %2. Cancel it first "
                          "('imapdesk batch cancel %1') and wait until they have stopped.")
                       .arg(batchId)
                       .arg(running)
                << '\n';
    return ExitRejected;
}

QList<qint64> jobIdsOf(const QList<JobRecord> &jobs)
{
    QList<qint64> ids;
    for (const JobRecord &job : jobs)
        ids << job.id;
    return ids;
}

// The batch's rows are gone; now what lives outside the database.
int removeLeftovers(CliContext &context, Target &target, const DeletedBatch &deleted,
                    const QList<qint64> &jobIds)
{
    const qint64 batchId = target.batch->id;
    int exitCode = ExitOk;
    const QStringList problems =
        removeFiles(target.session->options().dataDirectory, batchId, deleted.logPaths, jobIds);
    for (const QString &problem : problems)
        context.err << problem << '\n';
    if (!problems.isEmpty())
        exitCode = ExitFailure;
    const CredentialStatus keychain =
        removeCredentials(target.store().databaseId(), deleted.credentialRefs);
    if (!keychain.ok()) {
        context.err << Tr::tr("Batch %1 is deleted, but its saved passwords could not be removed "
                              "from the system keychain: %2. Remove the entries of the service "
                              "'%3' by hand (for example with Seahorse).")
                           .arg(batchId)
                           .arg(keychain.message, KeychainCredentialStore::defaultService())
                    << '\n';
        exitCode = ExitFailure;
    }
    return exitCode;
}

// --- export

int writeReport(CliContext &context, const QString &path, const BatchReport &report)
{
    QString error;
    if (path == QLatin1String("-")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writeBatchReportCsv(buffer, report, &error);
        context.out << buffer.data();
        return ExitOk;
    }
    QSaveFile file(path); // a failed export leaves no half-written report behind
    file.setDirectWriteFallback(true);
    if (!file.open(QIODevice::WriteOnly) || !writeBatchReportCsv(file, report, &error) ||
        !file.commit()) {
        context.err << Tr::tr("Could not write the report to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())
                    << '\n';
        return ExitFailure;
    }
    context.out << Tr::tr("Report of batch %1 written to %2 (jobs: %3).")
                       .arg(report.batch.id)
                       .arg(QDir::toNativeSeparators(path))
                       .arg(report.jobs.size())
                << '\n';
    return ExitOk;
}

} // namespace

namespace BatchCancelCommand {

void addOptions(QCommandLineParser &parser)
{
    addIdOperand(parser);
    parser.addOption(
        {JobOption, Tr::tr("Only this job of the batch (repeat for several)."), Tr::tr("JOB_ID")});
}

// The --job ids, each checked to belong to the batch; empty list and
// *exitCode set when one does not.
QList<qint64> selectedJobs(CliContext &context, const QCommandLineParser &parser, Target &target,
                           int *exitCode)
{
    const StoreResult<QList<JobRecord>> jobs = target.store().jobs(target.batch->id);
    if (!jobs.ok()) {
        *exitCode = storeFailure(context, jobs.error());
        return {};
    }
    QSet<qint64> ofBatch;
    for (const JobRecord &job : jobs.value())
        ofBatch.insert(job.id);
    QList<qint64> selected;
    for (const QString &text : parser.values(JobOption)) {
        const qint64 jobId = parseIdOperand(context, {text}, Tr::tr("job id"));
        if (jobId == 0) {
            *exitCode = ExitUsage;
            return {};
        }
        if (!ofBatch.contains(jobId)) {
            context.err
                << Tr::tr("Job %1 is not part of batch %2.").arg(jobId).arg(target.batch->id)
                << '\n';
            *exitCode = ExitRejected;
            return {};
        }
        selected << jobId;
    }
    return selected;
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    Target target = openTarget(context, parser, operands);
    if (!target)
        return target.exitCode;
    const qint64 batchId = target.batch->id;
    QList<qint64> jobIds;
    if (parser.isSet(JobOption)) {
        int exitCode = ExitOk;
        jobIds = selectedJobs(context, parser, target, &exitCode);
        if (jobIds.isEmpty())
            return exitCode;
    }
    const StoreResult<CancelOutcome> outcome = jobIds.isEmpty()
                                                   ? target.store().requestCancelBatch(batchId)
                                                   : target.store().requestCancelJobs(jobIds);
    if (!outcome.ok())
        return storeFailure(context, outcome.error());
    const CancelOutcome &o = outcome.value();
    if (o.cancelled == 0 && o.stopRequested == 0) {
        context.out << Tr::tr("Nothing to cancel: no selected job of batch %1 is queued, "
                              "waiting or running (or it was already asked to stop).")
                           .arg(batchId)
                    << '\n';
        return ExitOk;
    }
    context.out << Tr::tr("Batch %1: queued jobs cancelled: %2; running jobs asked to stop: %3.")
                       .arg(batchId)
                       .arg(o.cancelled)
                       .arg(o.stopRequested)
                << '\n';
    if (o.stopRequested > 0) {
        context.out << Tr::tr(
                           "Their runner ('imapdesk batch run' or the desktop application) stops "
                           "them within a few seconds.")
                    << '\n';
    }
    return ExitOk;
}

} // namespace BatchCancelCommand

namespace BatchRetryCommand {

void addOptions(QCommandLineParser &parser)
{
    addIdOperand(parser);
    parser.addOption({FailedOnlyOption, Tr::tr("Only failed, cancelled and interrupted jobs.")});
    parser.addOption({JobOption, Tr::tr("Only this job of the batch."), Tr::tr("JOB_ID")});
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    const bool oneJob = parser.isSet(JobOption);
    if (oneJob && parser.isSet(FailedOnlyOption)) {
        context.err << Tr::tr("Use either --failed-only or --job, not both.") << '\n';
        return ExitUsage;
    }
    qint64 jobId = 0;
    if (oneJob &&
        (jobId = parseIdOperand(context, {parser.value(JobOption)}, Tr::tr("job id"))) == 0)
        return ExitUsage;
    Target target = openTarget(context, parser, operands);
    if (!target)
        return target.exitCode;
    if (oneJob)
        return retryOneJob(context, target, jobId);
    return retryBatch(context, target,
                      parser.isSet(FailedOnlyOption) ? RetryMode::FailedOnly : RetryMode::All);
}

} // namespace BatchRetryCommand

namespace BatchArchiveCommand {

void addOptions(QCommandLineParser &parser)
{
    addIdOperand(parser);
    parser.addOption({UndoOption, Tr::tr("Bring an archived batch back to the list.")});
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    Target target = openTarget(context, parser, operands);
    if (!target)
        return target.exitCode;
    const BatchSummary &batch = *target.batch;
    const bool archive = !parser.isSet(UndoOption);
    if (batch.archivedAt.has_value() == archive) {
        context.out << (archive ? Tr::tr("Batch %1 is already archived.")
                                : Tr::tr("Batch %1 is not archived."))
                           .arg(batch.id)
                    << '\n';
        return ExitOk;
    }
    // Archived batches are never claimed: their queued jobs would wait unseen.
    if (archive && unfinishedJobs(batch.counts) > 0) {
        context.err << Tr::tr(
                           "Batch %1 has not ended (%2 queued or waiting, %3 running); it was not "
                           "archived. Cancel it first, or wait until it ends.")
                           .arg(batch.id)
                           .arg(batch.counts.queued + batch.counts.waiting)
                           .arg(batch.counts.running)
                    << '\n';
        return ExitRejected;
    }
    const StoreResult<bool> changed = target.store().setArchived(batch.id, archive);
    if (!changed.ok())
        return storeFailure(context, changed.error());
    context.out << (archive
                        ? Tr::tr("Batch %1 archived ('imapdesk batch list --archived' shows it).")
                        : Tr::tr("Batch %1 is back in the list of batches."))
                       .arg(batch.id)
                << '\n';
    return ExitOk;
}

} // namespace BatchArchiveCommand

namespace BatchDeleteCommand {

void addOptions(QCommandLineParser &parser)
{
    addIdOperand(parser);
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    Target target = openTarget(context, parser, operands);
    if (!target)
        return target.exitCode;
    const qint64 batchId = target.batch->id;
    if (target.batch->counts.running > 0)
        return refuseRunningDelete(context, batchId, target.batch->counts.running);
    // The job ids name the run folders; the store returns only refs and logs.
    const StoreResult<QList<JobRecord>> jobs = target.store().jobs(batchId);
    if (!jobs.ok())
        return storeFailure(context, jobs.error());
    const StoreResult<DeletedBatch> deleted = target.store().deleteBatch(batchId);
    if (!deleted.ok()) {
        // A runner may have claimed a job since the check above.
        const StoreResult<BatchSummary> now = target.store().batch(batchId);
        if (now.ok() && now.value().counts.running > 0)
            return refuseRunningDelete(context, batchId, now.value().counts.running);
        return storeFailure(context, deleted.error());
    }
    context.out << Tr::tr("Batch %1 deleted (jobs: %2).").arg(batchId).arg(jobs.value().size())
                << '\n';
    context.out.flush(); // said before the keychain, which may take a while
    const int exitCode = removeLeftovers(context, target, deleted.value(), jobIdsOf(jobs.value()));
    if (exitCode == ExitOk)
        context.out << Tr::tr("Its logs and saved passwords are removed too.") << '\n';
    return exitCode;
}

} // namespace BatchDeleteCommand

namespace BatchExportCommand {

void addOptions(QCommandLineParser &parser)
{
    addIdOperand(parser);
    parser.addOption({CsvOption, Tr::tr("Write the report as CSV to FILE (- for standard output)."),
                      Tr::tr("FILE")});
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    if (!parser.isSet(CsvOption) || parser.value(CsvOption).isEmpty()) {
        context.err << Tr::tr("batch export needs --csv FILE (or --csv - for standard output).")
                    << '\n';
        return ExitUsage;
    }
    Target target = openTarget(context, parser, operands);
    if (!target)
        return target.exitCode;
    const StoreResult<BatchReport> report = target.store().batchReport(target.batch->id);
    if (!report.ok())
        return storeFailure(context, report.error());
    return writeReport(context, parser.value(CsvOption), report.value());
}

} // namespace BatchExportCommand

} // namespace imapdesk
