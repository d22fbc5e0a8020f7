// The job store's interventions: cancel, retry, crash recovery.
#include "storage/database.h"
#include "storage/jobstore.h"
#include "storage/sqlhelpers.h"
#include "storage/storagerows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imapdesk {

namespace {

// Keeps every statement well under SQLite's limit of bound variables.
constexpr int kIdsPerStatement = 500;

QString idList(const QList<qint64> &ids, QVariantMap *values)
{
    QStringList placeholders;
    for (int i = 0; i < ids.size(); ++i) {
        const QString name = QStringLiteral("id%1").arg(i);
        placeholders << u':' + name;
        values->insert(name, ids[i]);
    }
    return placeholders.join(QLatin1String(", "));
}

// Queued and waiting jobs matching condition are cancelled; running ones are
// asked to stop (their runner sees it through jobsToStop()).
bool cancelJobsWhere(Database &db, const QString &condition, QVariantMap values, qint64 at,
                     CancelOutcome *outcome, QString *error)
{
    values.insert(QStringLiteral("now"), at);
    int cancelled = 0;
    int stopped = 0;
    if (!runUpdate(db,
                   QStringLiteral("UPDATE jobs SET state = 'cancelled', updated_at = :now WHERE %1 "
                                  "AND state IN ('queued', 'waiting')")
                       .arg(condition),
                   values, &cancelled, error) ||
        !runUpdate(db,
                   QStringLiteral("UPDATE jobs SET cancel_requested = 1, updated_at = :now WHERE "
                                  "%1 AND state = 'running' AND cancel_requested = 0")
                       .arg(condition),
                   values, &stopped, error))
        return false;
    outcome->cancelled += cancelled;
    outcome->stopRequested += stopped;
    return true;
}

QString retryStates(RetryMode mode)
{
    switch (mode) {
    case RetryMode::Resume:
        return QStringLiteral("('cancelled', 'interrupted')");
    case RetryMode::FailedOnly:
        return QStringLiteral("('failed', 'cancelled', 'interrupted', 'needs_password')");
    case RetryMode::All:
        break;
    }
    return QStringLiteral("('succeeded', 'failed', 'cancelled', 'interrupted', 'needs_password')");
}

// Ended jobs matching condition are queued (or waiting) again.
bool requeueJobs(Database &db, const QString &condition, QVariantMap values, JobState state,
                 qint64 at, int *count, QString *error)
{
    values.insert(QStringLiteral("state"), stateName(state));
    values.insert(QStringLiteral("now"), at);
    return runUpdate(db,
                     QStringLiteral("UPDATE jobs SET state = :state, cancel_requested = 0, "
                                    "runner_id = NULL, lease_until = NULL, heartbeat_at = NULL, "
                                    "updated_at = :now WHERE ") +
                         condition,
                     values, count, error);
}

// The batch runs again: no longer cancelled, no longer archived.
bool reactivateBatch(Database &db, qint64 batchId, QString *error)
{
    return runSql(db,
                  QStringLiteral("UPDATE batches SET cancel_requested = 0, archived_at = NULL "
                                 "WHERE id = :id"),
                  {{QStringLiteral("id"), batchId}}, error);
}

bool readAfterBatch(Database &db, const QString &sql, qint64 id, qint64 *batchId,
                    std::optional<qint64> *after, QString *error)
{
    QSqlQuery query;
    if (!runSql(db, query, sql, {{QStringLiteral("id"), id}}, error))
        return false;
    if (!query.next()) {
        *batchId = 0;
        return true;
    }
    *batchId = query.value(0).toLongLong();
    *after = optionalInt64(query.value(1));
    return true;
}

const char kRunningAttemptsSql[] =
    "SELECT a.id, a.job_id, j.batch_id, a.runner_id, a.runner_machine, a.runner_pid,"
    " a.imapsync_pid, j.lease_until FROM job_attempts a JOIN jobs j ON j.id = a.job_id"
    " WHERE a.state = 'running' ORDER BY a.id";

} // namespace

StoreResult<CancelOutcome> JobStore::requestCancelBatch(qint64 batchId)
{
    CancelOutcome outcome;
    QString error;
    const bool ok = inTransaction(
        m_db,
        [&](QString *e) {
            const QVariantMap id{{QStringLiteral("batch"), batchId}};
            int flagged = 0;
            if (!runUpdate(
                    m_db,
                    QStringLiteral("UPDATE batches SET cancel_requested = 1 WHERE id = :batch"), id,
                    &flagged, e))
                return false;
            if (flagged == 0) {
                *e = QCoreApplication::translate("Storage", "there is no batch %1.").arg(batchId);
                return false;
            }
            return cancelJobsWhere(m_db, QStringLiteral("batch_id = :batch"), id, now(), &outcome,
                                   e);
        },
        &error);
    if (!ok)
        return failure(
            QCoreApplication::translate("Storage", "Could not cancel batch %1").arg(batchId),
            error);
    return outcome;
}

StoreResult<CancelOutcome> JobStore::requestCancelJobs(const QList<qint64> &jobIds)
{
    CancelOutcome outcome;
    QString error;
    const bool ok = inTransaction(
        m_db,
        [&](QString *e) {
            for (int i = 0; i < jobIds.size(); i += kIdsPerStatement) {
                QVariantMap values;
                const QString ids = idList(jobIds.mid(i, kIdsPerStatement), &values);
                if (!cancelJobsWhere(m_db, QStringLiteral("id IN (%1)").arg(ids), values, now(),
                                     &outcome, e))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok)
        return failure(QCoreApplication::translate("Storage", "Could not cancel the jobs"), error);
    return outcome;
}

StoreResult<int> JobStore::retryJobs(qint64 batchId, RetryMode mode)
{
    int retried = 0;
    QString error;
    const bool ok = inTransaction(
        m_db,
        [&](QString *e) {
            qint64 found = 0;
            std::optional<qint64> after;
            JobState state = JobState::Queued;
            if (!readAfterBatch(m_db,
                                QStringLiteral("SELECT id, after_batch_id FROM batches WHERE id "
                                               "= :id"),
                                batchId, &found, &after, e))
                return false;
            if (found == 0) {
                *e = QCoreApplication::translate("Storage", "there is no batch %1.").arg(batchId);
                return false;
            }
            return initialJobState(after, &state, e) &&
                   requeueJobs(
                       m_db, QStringLiteral("batch_id = :batch AND state IN ") + retryStates(mode),
                       {{QStringLiteral("batch"), batchId}}, state, now(), &retried, e) &&
                   reactivateBatch(m_db, batchId, e);
        },
        &error);
    if (!ok)
        return failure(
            QCoreApplication::translate("Storage", "Could not retry batch %1").arg(batchId), error);
    return retried;
}

StoreResult<bool> JobStore::retryJob(qint64 jobId)
{
    bool retried = false;
    QString error;
    const bool ok = inTransaction(
        m_db,
        [&](QString *e) {
            qint64 batchId = 0;
            std::optional<qint64> after;
            JobState state = JobState::Queued;
            if (!readAfterBatch(m_db,
                                QStringLiteral("SELECT b.id, b.after_batch_id FROM jobs j JOIN "
                                               "batches b ON b.id = j.batch_id WHERE j.id = :id"),
                                jobId, &batchId, &after, e))
                return false;
            if (batchId == 0) {
                *e = QCoreApplication::translate("Storage", "there is no job %1.").arg(jobId);
                return false;
            }
            int count = 0;
            if (!initialJobState(after, &state, e) ||
                !requeueJobs(
                    m_db, QStringLiteral("id = :job AND state IN ") + retryStates(RetryMode::All),
                    {{QStringLiteral("job"), jobId}}, state, now(), &count, e))
                return false;
            retried = count > 0;
            return !retried || reactivateBatch(m_db, batchId, e);
        },
        &error);
    if (!ok)
        return failure(QCoreApplication::translate("Storage", "Could not retry job %1").arg(jobId),
                       error);
    return retried;
}

StoreResult<QList<RunningAttempt>> JobStore::runningAttempts()
{
    QSqlQuery query;
    QString error;
    if (!runSql(m_db, query, QLatin1String(kRunningAttemptsSql), {}, &error))
        return failure(
            QCoreApplication::translate("Storage", "Could not list the running attempts"), error);
    QList<RunningAttempt> list;
    while (query.next()) {
        RunningAttempt a;
        a.attemptId = query.value(0).toLongLong();
        a.jobId = query.value(1).toLongLong();
        a.batchId = query.value(2).toLongLong();
        a.runnerId = query.value(3).toString();
        a.runnerMachine = query.value(4).toString();
        a.runnerPid = query.value(5).toLongLong();
        a.imapsyncPid = query.value(6).toLongLong();
        a.leaseUntil = optionalInt64(query.value(7));
        list.append(a);
    }
    return list;
}

StoreResult<int> JobStore::markAttemptsInterrupted(const QList<qint64> &attemptIds)
{
    int changed = 0;
    QString error;
    const bool ok = inTransaction(
        m_db,
        [&](QString *e) {
            for (qint64 id : attemptIds) {
                if (!interruptAttempt(id, &changed, e))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok)
        return failure(
            QCoreApplication::translate("Storage", "Could not mark the interrupted jobs"), error);
    return changed;
}

// A job whose cancel was requested ends cancelled: that is what was asked.
bool JobStore::interruptAttempt(qint64 attemptId, int *changed, QString *error)
{
    const qint64 at = now();
    QSqlQuery attempt;
    if (!runSql(m_db, attempt,
                QStringLiteral("UPDATE job_attempts SET state = 'interrupted', ended_at = :now "
                               "WHERE id = :id AND state = 'running' RETURNING job_id, number"),
                {{QStringLiteral("now"), at}, {QStringLiteral("id"), attemptId}}, error))
        return false;
    if (!attempt.next())
        return true; // ended meanwhile
    const QVariantMap job{{QStringLiteral("job"), attempt.value(0)},
                          {QStringLiteral("number"), attempt.value(1)},
                          {QStringLiteral("now"), at}};
    attempt.finish();
    ++*changed;
    return runSql(m_db,
                  QStringLiteral("UPDATE jobs SET state = CASE WHEN cancel_requested = 1 THEN "
                                 "'cancelled' ELSE 'interrupted' END, runner_id = NULL, "
                                 "lease_until = NULL, heartbeat_at = NULL, cancel_requested = 0, "
                                 "updated_at = :now WHERE id = :job AND state = 'running' AND "
                                 "attempts = :number"),
                  job, error);
}

StoreResult<int>
JobStore::markGoneInterrupted(const std::function<bool(const RunningAttempt &)> &isGone)
{
    const StoreResult<QList<RunningAttempt>> running = runningAttempts();
    if (!running.ok())
        return StoreError{running.error()};
    QList<qint64> gone;
    for (const RunningAttempt &attempt : running.value()) {
        if (isGone(attempt))
            gone << attempt.attemptId;
    }
    // Safe although not one transaction with the list: only attempts still
    // running are changed.
    return gone.isEmpty() ? StoreResult<int>(0) : markAttemptsInterrupted(gone);
}

StoreResult<int> JobStore::markRunnersInterrupted(const QStringList &runnerIds)
{
    return markGoneInterrupted(
        [&runnerIds](const RunningAttempt &a) { return runnerIds.contains(a.runnerId); });
}

StoreResult<int> JobStore::recoverExpiredLeases()
{
    const qint64 at = now();
    return markGoneInterrupted(
        [at](const RunningAttempt &a) { return a.leaseUntil && *a.leaseUntil < at; });
}

} // namespace imapdesk
