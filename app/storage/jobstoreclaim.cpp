// The job store's running side: claim, progress, end of an attempt, leases.
#include "storage/database.h"
#include "storage/jobstore.h"
#include "storage/sqlhelpers.h"
#include "storage/storagenames.h"
#include "storage/storagerows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imapdesk {

namespace {

// An attempt that never ran imapsync.
ExitVerdict notStartedVerdict(const QString &title, const QString &message)
{
    ExitVerdict verdict;
    verdict.state = JobVerdictState::Failed;
    verdict.category = ExitCategory::LocalProblem;
    verdict.title = title;
    verdict.explanation = message;
    return verdict;
}

QString hostList(const QString &prefix, const QStringList &hosts, QVariantMap *values)
{
    QStringList placeholders;
    for (int i = 0; i < hosts.size(); ++i) {
        const QString name = prefix + QString::number(i);
        placeholders << u':' + name;
        values->insert(name, hosts[i].trimmed().toLower());
    }
    return placeholders.join(QLatin1String(", "));
}

// The whole claim is this one UPDATE. The subquery picks the first eligible
// job (FIFO: batches by id, jobs by position) and, on PostgreSQL, locks it,
// skipping rows another runner is claiming; the outer state check makes a
// job that changed meanwhile match nothing rather than be claimed twice.
QString claimSql(const ClaimFilter &filter, QVariantMap *values)
{
    QStringList conditions{QStringLiteral("j.state = 'queued'"),
                           QStringLiteral("b.cancel_requested = 0"),
                           QStringLiteral("b.archived_at IS NULL")};
    if (filter.batchId) {
        conditions << QStringLiteral("j.batch_id = :batch");
        values->insert(QStringLiteral("batch"), *filter.batchId);
    }
    if (!filter.busyHosts.isEmpty()) {
        conditions << QStringLiteral("LOWER(b.source_host) NOT IN (%1)")
                          .arg(hostList(QStringLiteral("src"), filter.busyHosts, values))
                   << QStringLiteral("LOWER(b.destination_host) NOT IN (%1)")
                          .arg(hostList(QStringLiteral("dst"), filter.busyHosts, values));
    }
    return QStringLiteral(
               "UPDATE jobs SET state = 'running', runner_id = :runner, lease_until = :lease, "
               "heartbeat_at = :beat, attempts = attempts + 1, cancel_requested = 0, "
               "updated_at = :now WHERE state = 'queued' AND id = (SELECT j.id FROM jobs j "
               "JOIN batches b ON b.id = j.batch_id WHERE %1 ORDER BY j.batch_id, j.position "
               "LIMIT 1 {claimlock}) RETURNING id, batch_id, attempts, user1, user2, "
               "credential_ref")
        .arg(conditions.join(QLatin1String(" AND ")));
}

bool readBatchSpecById(Database &db, qint64 batchId, BatchSpec *spec, QString *error)
{
    QSqlQuery query;
    if (!runSql(db, query,
                QStringLiteral("SELECT %1 FROM batches b WHERE b.id = :id").arg(batchColumns()),
                {{QStringLiteral("id"), batchId}}, error))
        return false;
    if (query.next())
        *spec = readBatchSpec(query, 0);
    return true;
}

JobState jobStateOf(JobVerdictState state)
{
    switch (state) {
    case JobVerdictState::Succeeded:
        return JobState::Succeeded;
    case JobVerdictState::Cancelled:
        return JobState::Cancelled;
    case JobVerdictState::Failed:
        break;
    }
    return JobState::Failed;
}

QVariantMap verdictValues(const ExitVerdict &verdict)
{
    return {
        {QStringLiteral("state"), stateName(jobStateOf(verdict.state))},
        {QStringLiteral("code"),
         verdict.code >= 0 ? QVariant(verdict.code) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("signal"),
         verdict.signal > 0 ? QVariant(verdict.signal) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("vstate"), verdictStateStorageName(verdict.state)},
        {QStringLiteral("category"), exitCategoryStorageName(verdict.category)},
        {QStringLiteral("name"), verdict.name},
        {QStringLiteral("title"), verdict.title},
        {QStringLiteral("explanation"), verdict.explanation},
        {QStringLiteral("spam"), verdict.spamOnly ? 1 : 0},
    };
}

QString updateStatsSql()
{
    return QStringLiteral("UPDATE job_attempts SET %1, stats_updated_at = :at WHERE id = :id "
                          "AND state = 'running'")
        .arg(statsAssignments());
}

} // namespace

StoreResult<std::optional<ClaimedJob>> JobStore::claimNextJob(const RunnerIdentity &runner,
                                                              const ClaimFilter &filter)
{
    std::optional<ClaimedJob> claimed;
    QString error;
    if (!inTransaction(
            m_db, [&](QString *e) { return claimInTransaction(runner, filter, &claimed, e); },
            &error))
        return failure(QCoreApplication::translate("Storage", "Could not claim a job"), error);
    return claimed;
}

bool JobStore::claimInTransaction(const RunnerIdentity &runner, const ClaimFilter &filter,
                                  std::optional<ClaimedJob> *claimed, QString *error)
{
    const qint64 at = now();
    QVariantMap values{{QStringLiteral("runner"), runner.id},
                       {QStringLiteral("lease"), at + m_leaseMs},
                       {QStringLiteral("beat"), at},
                       {QStringLiteral("now"), at}};
    const QString sql = claimSql(filter, &values);
    QSqlQuery query;
    if (!runSql(m_db, query, sql, values, error))
        return false;
    if (!query.next())
        return true; // nothing eligible
    ClaimedJob job;
    job.jobId = query.value(0).toLongLong();
    job.batchId = query.value(1).toLongLong();
    job.attemptNumber = query.value(2).toInt();
    job.user1 = query.value(3).toString();
    job.user2 = query.value(4).toString();
    job.credentialRef = query.value(5).toString();
    job.leaseUntil = at + m_leaseMs;
    query.finish(); // SQLite: an unfinished UPDATE ... RETURNING blocks the commit
    const QVariantMap attempt{
        {QStringLiteral("job"), job.jobId},    {QStringLiteral("number"), job.attemptNumber},
        {QStringLiteral("runner"), runner.id}, {QStringLiteral("machine"), runner.machine},
        {QStringLiteral("pid"), runner.pid},   {QStringLiteral("now"), at}};
    if (!readBatchSpecById(m_db, job.batchId, &job.batch, error) ||
        !selectInt64(m_db,
                     QStringLiteral("INSERT INTO job_attempts (job_id, number, state, "
                                    "runner_id, runner_machine, runner_pid, started_at) VALUES "
                                    "(:job, :number, 'running', :runner, :machine, :pid, :now) "
                                    "RETURNING id"),
                     attempt, &job.attemptId, error))
        return false;
    *claimed = job;
    return true;
}

StoreResult<int> JobStore::promoteWaitingJobs()
{
    int promoted = 0;
    QString error;
    const QString sql = QStringLiteral(
        "UPDATE jobs SET state = 'queued', updated_at = :now WHERE state = 'waiting' AND "
        "batch_id IN (SELECT b.id FROM batches b WHERE b.after_batch_id IS NULL OR NOT EXISTS "
        "(SELECT 1 FROM jobs w WHERE w.batch_id = b.after_batch_id AND w.state IN ('queued', "
        "'waiting', 'running')))");
    if (!inTransaction(
            m_db,
            [&](QString *e) {
                return runUpdate(m_db, sql, {{QStringLiteral("now"), now()}}, &promoted, e);
            },
            &error))
        return failure(QCoreApplication::translate(
                           "Storage", "Could not start the batches waiting for others"),
                       error);
    return promoted;
}

StoreResult<bool> JobStore::startedProcess(qint64 attemptId, qint64 pid, const QString &logPath)
{
    int changed = 0;
    QString error;
    if (!runUpdate(m_db,
                   QStringLiteral("UPDATE job_attempts SET imapsync_pid = :pid, log_path = :log "
                                  "WHERE id = :id AND state = 'running'"),
                   {{QStringLiteral("pid"), pid},
                    {QStringLiteral("log"), nullableText(logPath)},
                    {QStringLiteral("id"), attemptId}},
                   &changed, &error))
        return failure(
            QCoreApplication::translate("Storage", "Could not record the start of attempt %1")
                .arg(attemptId),
            error);
    return changed > 0;
}

// A single UPDATE is a transaction of its own.
StoreResult<bool> JobStore::updateAttemptStats(qint64 attemptId, const JobStats &stats)
{
    QVariantMap values = statsValues(stats);
    values.insert(QStringLiteral("id"), attemptId);
    values.insert(QStringLiteral("at"), now());
    int changed = 0;
    QString error;
    if (!runUpdate(m_db, updateStatsSql(), values, &changed, &error))
        return failure(
            QCoreApplication::translate("Storage", "Could not save the progress of attempt %1")
                .arg(attemptId),
            error);
    return changed > 0;
}

// The path taken every second while jobs run: one statement prepared once,
// one commit for all.
StoreResult<int> JobStore::updateAttemptStatsMany(const QList<AttemptStatsUpdate> &updates)
{
    int changed = 0;
    QString error;
    if (!updates.isEmpty() &&
        !inTransaction(
            m_db, [&](QString *e) { return writeAttemptStats(updates, &changed, e); }, &error))
        return failure(
            QCoreApplication::translate("Storage", "Could not save the progress of running jobs"),
            error);
    return changed;
}

bool JobStore::writeAttemptStats(const QList<AttemptStatsUpdate> &updates, int *changed,
                                 QString *error)
{
    QSqlQuery query;
    if (!prepareSql(m_db, query, updateStatsSql(), error))
        return false;
    const qint64 at = now();
    for (const AttemptStatsUpdate &update : updates) {
        QVariantMap values = statsValues(update.stats);
        values.insert(QStringLiteral("id"), update.attemptId);
        values.insert(QStringLiteral("at"), at);
        if (!execPrepared(query, values, error))
            return false;
        *changed += query.numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}

StoreResult<bool> JobStore::finishAttempt(qint64 attemptId, const JobStats &stats,
                                          const ExitVerdict &verdict, const QString &jobState)
{
    bool jobUpdated = false;
    QString error;
    if (!inTransaction(
            m_db,
            [&](QString *e) {
                return endAttempt(attemptId, stats, verdict, &jobUpdated, e, jobState);
            },
            &error))
        return failure(
            QCoreApplication::translate("Storage", "Could not record the end of attempt %1")
                .arg(attemptId),
            error);
    return jobUpdated;
}

StoreResult<bool> JobStore::finishAttempt(qint64 attemptId, const JobStats &stats,
                                          const ExitVerdict &verdict)
{
    return finishAttempt(attemptId, stats, verdict, QString());
}

StoreResult<bool> JobStore::attemptNeedsPassword(qint64 attemptId, const QString &message)
{
    return finishAttempt(
        attemptId, JobStats(),
        notStartedVerdict(QCoreApplication::translate("Storage", "Passwords missing"), message),
        QStringLiteral("needs_password"));
}

StoreResult<bool> JobStore::failAttemptToStart(qint64 attemptId, const QString &message)
{
    return finishAttempt(
        attemptId, JobStats(),
        notStartedVerdict(QCoreApplication::translate("Storage", "imapsync did not start"),
                          message));
}

// The attempt records what happened whatever its state; the job follows only
// when it is still this attempt's.
bool JobStore::endAttempt(qint64 attemptId, const JobStats &stats, const ExitVerdict &verdict,
                          bool *jobUpdated, QString *error, const QString &jobState)
{
    const qint64 at = now();
    QVariantMap values = statsValues(stats);
    values.insert(verdictValues(verdict));
    values.insert(QStringLiteral("id"), attemptId);
    values.insert(QStringLiteral("now"), at);
    QSqlQuery query;
    if (!runSql(m_db, query,
                QStringLiteral("UPDATE job_attempts SET state = :state, ended_at = :now, "
                               "exit_code = :code, exit_signal = :signal, verdict_state = :vstate, "
                               "verdict_category = :category, verdict_name = :name, verdict_title "
                               "= :title, verdict_explanation = :explanation, spam_only = :spam, "
                               "%1, stats_updated_at = :now WHERE id = :id "
                               "RETURNING job_id, number, runner_id")
                    .arg(statsAssignments()),
                values, error))
        return false;
    if (!query.next()) {
        *error = QCoreApplication::translate("Storage", "there is no attempt %1.").arg(attemptId);
        return false;
    }
    const QVariantMap job{{QStringLiteral("job"), query.value(0)},
                          {QStringLiteral("number"), query.value(1)},
                          {QStringLiteral("runner"), query.value(2)},
                          {QStringLiteral("state"), jobState.isEmpty()
                                                        ? values.value(QStringLiteral("state"))
                                                        : QVariant(jobState)},
                          {QStringLiteral("now"), at}};
    query.finish();
    int changed = 0;
    if (!runUpdate(
            m_db,
            QStringLiteral("UPDATE jobs SET state = :state, runner_id = NULL, lease_until = "
                           "NULL, heartbeat_at = NULL, cancel_requested = 0, updated_at = :now "
                           "WHERE id = :job AND state = 'running' AND attempts = :number AND "
                           "runner_id = :runner"),
            job, &changed, error))
        return false;
    *jobUpdated = changed > 0;
    return true;
}

StoreResult<int> JobStore::heartbeat(const QString &runnerId)
{
    const qint64 at = now();
    int changed = 0;
    QString error;
    if (!runUpdate(m_db,
                   QStringLiteral("UPDATE jobs SET lease_until = :lease, heartbeat_at = :now WHERE "
                                  "runner_id = :runner AND state = 'running'"),
                   {{QStringLiteral("lease"), at + m_leaseMs},
                    {QStringLiteral("now"), at},
                    {QStringLiteral("runner"), runnerId}},
                   &changed, &error))
        return failure(
            QCoreApplication::translate("Storage", "Could not renew the claims of this runner"),
            error);
    return changed;
}

StoreResult<QList<qint64>> JobStore::jobsToStop(const QString &runnerId)
{
    QSqlQuery query;
    QString error;
    if (!runSql(m_db, query,
                QStringLiteral("SELECT id FROM jobs WHERE runner_id = :runner AND state = "
                               "'running' AND cancel_requested = 1 ORDER BY id"),
                {{QStringLiteral("runner"), runnerId}}, &error))
        return failure(QCoreApplication::translate("Storage", "Could not read the cancel requests"),
                       error);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace imapdesk
