#include "cli/batchjson.h"

#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/jobstore.h"
#include "storage/storagenames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)
};

QJsonValue timeOrNull(const std::optional<qint64> &msecs)
{
    return msecs ? QJsonValue(isoUtc(*msecs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue intOrNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The parser's -1 means "not known yet".
QJsonValue countOrNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject endpointToJson(const BatchEndpoint &endpoint)
{
    ImapEndpoint imap;
    imap.port = endpoint.port;
    imap.security = endpoint.security;
    // The port imapsync is given: a batch stores 0 for "the mode's default".
    return {{QStringLiteral("host"), endpoint.host},
            {QStringLiteral("port"), int(effectivePort(imap))},
            {QStringLiteral("security"), securityStorageName(endpoint.security)},
            {QStringLiteral("preset"), presetStorageName(endpoint.preset)}};
}

QJsonObject countsToJson(const JobCounts &c)
{
    return {
        {QStringLiteral("total"), c.total},         {QStringLiteral("queued"), c.queued},
        {QStringLiteral("waiting"), c.waiting},     {QStringLiteral("running"), c.running},
        {QStringLiteral("succeeded"), c.succeeded}, {QStringLiteral("failed"), c.failed},
        {QStringLiteral("cancelled"), c.cancelled}, {QStringLiteral("interrupted"), c.interrupted}};
}

// The fields of a job that come from its latest attempt; null without one.
void addAttempt(QJsonObject &json, const std::optional<AttemptRecord> &attempt, qint64 now)
{
    const AttemptRecord a = attempt.value_or(AttemptRecord());
    const std::optional<ExitVerdict> verdict = attempt ? a.verdict : std::nullopt;
    const QJsonValue null(QJsonValue::Null);
    const qint64 end = a.endedAt.value_or(now);
    json.insert(QStringLiteral("exit_code"), intOrNull(a.exitCode));
    json.insert(QStringLiteral("signal"), intOrNull(a.exitSignal));
    json.insert(QStringLiteral("verdict"), verdict ? QJsonValue(verdict->title) : null);
    json.insert(QStringLiteral("verdict_explanation"),
                verdict ? QJsonValue(verdict->explanation) : null);
    json.insert(QStringLiteral("category"),
                verdict ? QJsonValue(exitCategoryStorageName(verdict->category)) : null);
    json.insert(QStringLiteral("messages_copied"), attempt ? a.stats.messagesCopied : 0);
    json.insert(QStringLiteral("messages_total"),
                attempt ? countOrNull(a.stats.messagesTotal) : null);
    json.insert(QStringLiteral("bytes_copied"), attempt ? a.stats.bytesCopied : 0);
    json.insert(QStringLiteral("bytes_total"), attempt ? countOrNull(a.stats.bytesTotal) : null);
    json.insert(QStringLiteral("current_folder"), textOrNull(a.stats.currentFolder));
    json.insert(QStringLiteral("errors"), a.stats.errorCount);
    json.insert(QStringLiteral("last_errors"), QJsonArray::fromStringList(a.stats.lastErrors));
    json.insert(QStringLiteral("started_at"), attempt ? QJsonValue(isoUtc(a.startedAt)) : null);
    json.insert(QStringLiteral("ended_at"), timeOrNull(a.endedAt));
    json.insert(QStringLiteral("duration_seconds"),
                attempt ? QJsonValue(std::max<qint64>(0, end - a.startedAt) / 1000) : null);
    json.insert(QStringLiteral("log_path"), textOrNull(a.logPath));
}

QString notFound(const char *text, qint64 id, CliSession &session)
{
    return Tr::tr(text).arg(id).arg(session.database().displayName());
}

} // namespace

QString isoUtc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject batchToJson(const BatchSummary &batch, qint64 now)
{
    const BatchSpec &spec = batch.spec;
    // lastEndedAt is the latest end of any attempt: the batch's end only once
    // no job is left to run.
    const bool ended = isFinalJobState(batch.state);
    return {
        {QStringLiteral("id"), batch.id},
        {QStringLiteral("label"), spec.label},
        {QStringLiteral("source"), endpointToJson(spec.source)},
        {QStringLiteral("destination"), endpointToJson(spec.destination)},
        {QStringLiteral("default_domain"), spec.defaultDomain},
        {QStringLiteral("extra_arguments"), QJsonArray::fromStringList(spec.extraArguments)},
        {QStringLiteral("dry_run"), spec.dryRun},
        {QStringLiteral("just_login"), spec.justLogin},
        {QStringLiteral("owner"), spec.owner},
        {QStringLiteral("created_at"), isoUtc(batch.createdAt)},
        {QStringLiteral("archived_at"), timeOrNull(batch.archivedAt)},
        {QStringLiteral("after_batch_id"),
         spec.afterBatchId ? QJsonValue(*spec.afterBatchId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("state"), jobStateName(batch.state)},
        {QStringLiteral("cancel_requested"), batch.cancelRequested},
        {QStringLiteral("jobs"), countsToJson(batch.counts)},
        {QStringLiteral("messages_copied"), batch.messagesCopied},
        {QStringLiteral("messages_total"), batch.messagesTotal},
        {QStringLiteral("bytes_copied"), batch.bytesCopied},
        {QStringLiteral("bytes_total"), batch.bytesTotal},
        {QStringLiteral("started_at"), timeOrNull(batch.firstStartedAt)},
        {QStringLiteral("ended_at"),
         ended ? timeOrNull(batch.lastEndedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("duration_seconds"), batchDurationMs(batch, now) / 1000},
    };
}

QJsonObject jobToJson(const JobRecord &job, qint64 now)
{
    QJsonObject json{{QStringLiteral("id"), job.id},
                     {QStringLiteral("position"), job.position},
                     {QStringLiteral("user1"), job.user1},
                     {QStringLiteral("user2"), job.user2},
                     {QStringLiteral("state"), jobStateName(job.state)},
                     {QStringLiteral("attempts"), job.attempts},
                     {QStringLiteral("cancel_requested"), job.cancelRequested}};
    addAttempt(json, job.latestAttempt, now);
    return json;
}

// The store reports "no such id" like any other failure. A database that
// answers another question about the same id works: then the id is unknown.
std::optional<BatchSummary> findBatch(CliContext &context, CliSession &session, qint64 batchId,
                                      int *exitCode)
{
    StoreResult<BatchSummary> batch = session.store().batch(batchId);
    if (batch.ok())
        return std::move(batch).value();
    const StoreResult<QList<JobRecord>> jobs = session.store().jobs(batchId);
    if (jobs.ok() && jobs.value().isEmpty()) {
        context.err << notFound(QT_TRANSLATE_NOOP("BatchCommands", "There is no batch %1 in %2."),
                                batchId, session)
                    << '\n';
        *exitCode = ExitRejected;
    } else {
        context.err << batch.error() << '\n';
        *exitCode = ExitFailure;
    }
    return std::nullopt;
}

std::optional<JobRecord> findJob(CliContext &context, CliSession &session, qint64 jobId,
                                 int *exitCode)
{
    StoreResult<JobRecord> job = session.store().job(jobId);
    if (job.ok())
        return std::move(job).value();
    const StoreResult<QList<AttemptRecord>> attempts = session.store().attempts(jobId);
    if (attempts.ok() && attempts.value().isEmpty()) {
        context.err << notFound(QT_TRANSLATE_NOOP("BatchCommands", "There is no job %1 in %2."),
                                jobId, session)
                    << '\n';
        *exitCode = ExitRejected;
    } else {
        context.err << job.error() << '\n';
        *exitCode = ExitFailure;
    }
    return std::nullopt;
}

} // namespace imapdesk
