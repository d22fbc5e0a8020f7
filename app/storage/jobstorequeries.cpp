// The job store's reads: lists, details, dashboard, report.
#include "storage/database.h"
#include "storage/jobstore.h"
#include "storage/sqlhelpers.h"
#include "storage/storagerows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imapdesk {

namespace {

QString sumAs(const QString &expression, const QString &name)
{
    // CAST: PostgreSQL sums BIGINT into NUMERIC, which Qt returns as text.
    return QStringLiteral("CAST(SUM(%1) AS BIGINT) AS %2").arg(expression, name);
}

QString countState(const char *state)
{
    return sumAs(
        QStringLiteral("CASE WHEN j.state = '%1' THEN 1 ELSE 0 END").arg(QLatin1String(state)),
        QLatin1String(state));
}

const char *const kStates[] = {"queued", "waiting",   "running",     "succeeded",
                               "failed", "cancelled", "interrupted", "needs_password"};

// Counts per state and progress totals of the latest attempts, per batch.
QString jobTotalsSql(const QString &jobWhere)
{
    QStringList columns{QStringLiteral("j.batch_id AS batch_id"),
                        QStringLiteral("COUNT(*) AS total")};
    for (const char *state : kStates)
        columns << countState(state);
    columns << sumAs(QStringLiteral("COALESCE(a.messages_copied, 0)"), QStringLiteral("mc"))
            << sumAs(QStringLiteral("CASE WHEN a.messages_total > 0 THEN a.messages_total "
                                    "ELSE 0 END"),
                     QStringLiteral("mt"))
            << sumAs(QStringLiteral("COALESCE(a.bytes_copied, 0)"), QStringLiteral("bc"))
            << sumAs(QStringLiteral("CASE WHEN a.bytes_total > 0 THEN a.bytes_total ELSE 0 END"),
                     QStringLiteral("bt"));
    return QStringLiteral("SELECT %1 FROM jobs j LEFT JOIN job_attempts a ON a.job_id = j.id "
                          "AND a.number = j.attempts %2 GROUP BY j.batch_id")
        .arg(columns.join(QLatin1String(", ")), jobWhere);
}

QString timesSql(const QString &jobWhere)
{
    return QStringLiteral("SELECT j.batch_id AS batch_id, MIN(a.started_at) AS first_start, "
                          "MAX(a.ended_at) AS last_end FROM job_attempts a JOIN jobs j ON j.id = "
                          "a.job_id %1 GROUP BY j.batch_id")
        .arg(jobWhere);
}

// jobWhere narrows the aggregates to one batch when only one is wanted.
QString batchListSql(const QStringList &conditions, const QString &jobWhere)
{
    QStringList totals{QStringLiteral("COALESCE(c.total, 0)")};
    for (const char *state : kStates)
        totals << QStringLiteral("COALESCE(c.%1, 0)").arg(QLatin1String(state));
    totals << QStringLiteral("COALESCE(c.mc, 0), COALESCE(c.mt, 0), COALESCE(c.bc, 0), "
                             "COALESCE(c.bt, 0), t.first_start, t.last_end");
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return QStringLiteral("SELECT %1, %2 FROM batches b LEFT JOIN (%3) c ON c.batch_id = b.id "
                          "LEFT JOIN (%4) t ON t.batch_id = b.id%5 ORDER BY b.id")
        .arg(batchColumns(), totals.join(QLatin1String(", ")), jobTotalsSql(jobWhere),
             timesSql(jobWhere), where);
}

BatchSummary readBatchSummary(const QSqlQuery &query)
{
    BatchSummary batch = readBatchRow(query, 0);
    int i = batchColumnCount();
    JobCounts &c = batch.counts;
    for (int *count : {&c.total, &c.queued, &c.waiting, &c.running, &c.succeeded, &c.failed,
                       &c.cancelled, &c.interrupted, &c.needsPassword})
        *count = query.value(i++).toInt();
    batch.messagesCopied = query.value(i++).toLongLong();
    batch.messagesTotal = query.value(i++).toLongLong();
    batch.bytesCopied = query.value(i++).toLongLong();
    batch.bytesTotal = query.value(i++).toLongLong();
    batch.firstStartedAt = optionalInt64(query.value(i++));
    batch.lastEndedAt = optionalInt64(query.value(i++));
    batch.state = deriveBatchState(batch.counts);
    return batch;
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

// The text search: label, hosts, domain, any job's users, or the id.
QString textCondition(const QString &text, QVariantMap *values)
{
    const QStringList fields{QStringLiteral("b.label"),
                             QStringLiteral("b.source_host"),
                             QStringLiteral("b.destination_host"),
                             QStringLiteral("b.default_domain"),
                             QStringLiteral("fj.user1"),
                             QStringLiteral("fj.user2")};
    QStringList likes;
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = QStringLiteral("text%1").arg(i);
        likes << QStringLiteral("LOWER(%1) LIKE :%2 ESCAPE '\\'").arg(fields[i], name);
        values->insert(name, likePattern(text));
    }
    QString condition = likes.mid(0, 4).join(QLatin1String(" OR ")) +
                        QLatin1String(" OR EXISTS (SELECT 1 FROM jobs fj WHERE fj.batch_id = "
                                      "b.id AND (") +
                        likes.mid(4).join(QLatin1String(" OR ")) + QLatin1String("))");
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        condition += QLatin1String(" OR b.id = :textid");
        values->insert(QStringLiteral("textid"), id);
    }
    return u'(' + condition + u')';
}

QStringList filterConditions(const BatchFilter &filter, QVariantMap *values)
{
    QStringList conditions;
    if (filter.archived == BatchFilter::Archived::Exclude)
        conditions << QStringLiteral("b.archived_at IS NULL");
    else if (filter.archived == BatchFilter::Archived::Only)
        conditions << QStringLiteral("b.archived_at IS NOT NULL");
    if (!filter.owner.isEmpty()) {
        conditions << QStringLiteral("b.owner = :owner");
        values->insert(QStringLiteral("owner"), filter.owner);
    }
    if (filter.createdBefore) {
        conditions << QStringLiteral("b.created_at < :before");
        values->insert(QStringLiteral("before"), *filter.createdBefore);
    }
    if (!filter.text.trimmed().isEmpty())
        conditions << textCondition(filter.text.trimmed(), values);
    return conditions;
}

QString jobListSql(const QString &where)
{
    return QStringLiteral("SELECT %1, %2 FROM jobs j LEFT JOIN job_attempts a ON a.job_id = j.id "
                          "AND a.number = j.attempts WHERE %3 ORDER BY j.position")
        .arg(jobColumns(), attemptColumns(), where);
}

bool readJobs(Database &db, const QString &where, const QVariantMap &values, QList<JobRecord> *jobs,
              QString *error)
{
    QSqlQuery query;
    if (!runSql(db, query, jobListSql(where), values, error))
        return false;
    while (query.next()) {
        JobRecord job = readJob(query, 0);
        job.latestAttempt = readAttempt(query, jobColumnCount());
        jobs->append(std::move(job));
    }
    return true;
}

const char kDashboardSql[] =
    "SELECT (SELECT COUNT(*) FROM batches), (SELECT COUNT(*) FROM jobs),"
    " (SELECT COUNT(*) FROM jobs WHERE state = 'succeeded'),"
    " (SELECT CAST(COALESCE(SUM(t.last_end - t.first_start), 0) AS BIGINT) FROM"
    "  (SELECT MIN(a.started_at) AS first_start, MAX(a.ended_at) AS last_end"
    "   FROM job_attempts a JOIN jobs j ON j.id = a.job_id GROUP BY j.batch_id) t"
    "  WHERE t.last_end IS NOT NULL),"
    " (SELECT CAST(COALESCE(SUM(a.ended_at - a.started_at), 0) AS BIGINT)"
    "  FROM job_attempts a WHERE a.ended_at IS NOT NULL)";

} // namespace

StoreResult<QList<BatchSummary>> JobStore::listBatches(const BatchFilter &filter)
{
    QVariantMap values;
    const QStringList conditions = filterConditions(filter, &values);
    QSqlQuery query;
    QString error;
    if (!runSql(m_db, query, batchListSql(conditions, QString()), values, &error))
        return failure(QCoreApplication::translate("Storage", "Could not list the batches"), error);
    QList<BatchSummary> batches;
    while (query.next())
        batches.append(readBatchSummary(query));
    return batches;
}

StoreResult<BatchSummary> JobStore::batch(qint64 batchId)
{
    const QString what =
        QCoreApplication::translate("Storage", "Could not read batch %1").arg(batchId);
    QSqlQuery query;
    QString error;
    const QString sql =
        batchListSql({QStringLiteral("b.id = :id")}, QStringLiteral("WHERE j.batch_id = :id2"));
    if (!runSql(m_db, query, sql,
                {{QStringLiteral("id"), batchId}, {QStringLiteral("id2"), batchId}}, &error))
        return failure(what, error);
    if (!query.next())
        return failure(
            what, QCoreApplication::translate("Storage", "there is no batch %1.").arg(batchId));
    return readBatchSummary(query);
}

StoreResult<QList<JobRecord>> JobStore::jobs(qint64 batchId)
{
    QList<JobRecord> list;
    QString error;
    if (!readJobs(m_db, QStringLiteral("j.batch_id = :id"), {{QStringLiteral("id"), batchId}},
                  &list, &error))
        return failure(QCoreApplication::translate("Storage", "Could not list the jobs of batch %1")
                           .arg(batchId),
                       error);
    return list;
}

StoreResult<JobRecord> JobStore::job(qint64 jobId)
{
    const QString what = QCoreApplication::translate("Storage", "Could not read job %1").arg(jobId);
    QList<JobRecord> list;
    QString error;
    if (!readJobs(m_db, QStringLiteral("j.id = :id"), {{QStringLiteral("id"), jobId}}, &list,
                  &error))
        return failure(what, error);
    if (list.isEmpty())
        return failure(what,
                       QCoreApplication::translate("Storage", "there is no job %1.").arg(jobId));
    return list.first();
}

StoreResult<QList<AttemptRecord>> JobStore::attempts(qint64 jobId)
{
    QSqlQuery query;
    QString error;
    const QString sql =
        QStringLiteral("SELECT %1 FROM job_attempts a WHERE a.job_id = :id ORDER BY a.number")
            .arg(attemptColumns());
    if (!runSql(m_db, query, sql, {{QStringLiteral("id"), jobId}}, &error))
        return failure(
            QCoreApplication::translate("Storage", "Could not list the attempts of job %1")
                .arg(jobId),
            error);
    QList<AttemptRecord> list;
    while (query.next())
        list.append(*readAttempt(query, 0));
    return list;
}

StoreResult<DashboardTotals> JobStore::dashboard()
{
    QSqlQuery query;
    QString error;
    if (!runSql(m_db, query, QLatin1String(kDashboardSql), {}, &error) || !query.next())
        return failure(QCoreApplication::translate("Storage", "Could not read the totals"), error);
    DashboardTotals totals;
    totals.batches = query.value(0).toLongLong();
    totals.jobs = query.value(1).toLongLong();
    totals.accountsMigrated = query.value(2).toLongLong();
    totals.runTimeMs = query.value(3).toLongLong();
    totals.processTimeMs = query.value(4).toLongLong();
    return totals;
}

StoreResult<BatchReport> JobStore::batchReport(qint64 batchId)
{
    StoreResult<BatchSummary> summary = batch(batchId);
    if (!summary.ok())
        return StoreError{summary.error()};
    StoreResult<QList<JobRecord>> list = jobs(batchId);
    if (!list.ok())
        return StoreError{list.error()};
    return BatchReport{summary.value(), list.value()};
}

} // namespace imapdesk
