#include "storage/jobstore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/storagerows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <utility>

namespace imapdesk {

namespace {

const QString kUnfinishedStates = QStringLiteral("('queued', 'waiting', 'running')");

QString insertBatchSql(const QVariantMap &values)
{
    QStringList columns = values.keys();
    QStringList placeholders;
    for (const QString &column : std::as_const(columns))
        placeholders << u':' + column;
    return QStringLiteral("INSERT INTO batches (%1, created_at) VALUES (%2, :created_at) "
                          "RETURNING id")
        .arg(columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")));
}

QString checkNewBatch(const NewBatch &batch, const QList<NewJob> &jobs)
{
    if (jobs.isEmpty())
        return QCoreApplication::translate("Storage", "A batch needs at least one account.");
    if (batch.source.host.trimmed().isEmpty() || batch.destination.host.trimmed().isEmpty())
        return QCoreApplication::translate("Storage",
                                           "A batch needs a source and a destination host.");
    return QString();
}

qint64 systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

JobStore::JobStore(Database &database)
    : m_db(database)
    , m_clock(systemClock)
{}

QString JobStore::databaseId() const
{
    return m_db.databaseId();
}

void JobStore::setClock(std::function<qint64()> clock)
{
    m_clock = clock ? std::move(clock) : systemClock;
}

void JobStore::setLeaseDuration(qint64 milliseconds)
{
    m_leaseMs = milliseconds;
}

qint64 JobStore::now() const
{
    return m_clock();
}

StoreError JobStore::failure(const QString &what, const QString &detail) const
{
    return storeError(m_db, what, detail);
}

StoreResult<qint64> JobStore::addBatch(const NewBatch &batch, const QList<NewJob> &jobs)
{
    const QString what = QCoreApplication::translate("Storage", "Could not add the batch");
    const QString invalid = checkNewBatch(batch, jobs);
    if (!invalid.isEmpty())
        return failure(what, invalid);
    qint64 batchId = 0;
    QString error;
    const bool ok = inTransaction(
        m_db,
        [&](QString *e) {
            JobState state = JobState::Queued;
            QVariantMap values = batchValues(batch);
            const QString sql = insertBatchSql(values);
            values.insert(QStringLiteral("created_at"), now());
            return initialJobState(batch.afterBatchId, &state, e) &&
                   selectInt64(m_db, sql, values, &batchId, e) &&
                   insertJobs(batchId, jobs, state, e);
        },
        &error);
    if (!ok)
        return failure(what, error);
    return batchId;
}

// Waiting when the batch waited for has jobs that have not ended.
bool JobStore::initialJobState(const std::optional<qint64> &afterBatchId, JobState *state,
                               QString *error)
{
    *state = JobState::Queued;
    if (!afterBatchId)
        return true;
    qint64 exists = 0;
    qint64 unfinished = 0;
    const QVariantMap id{{QStringLiteral("id"), *afterBatchId}};
    if (!selectInt64(m_db, QStringLiteral("SELECT COUNT(*) FROM batches WHERE id = :id"), id,
                     &exists, error) ||
        !selectInt64(m_db,
                     QStringLiteral("SELECT COUNT(*) FROM jobs WHERE batch_id = :id "
                                    "AND state IN ") +
                         kUnfinishedStates,
                     id, &unfinished, error))
        return false;
    if (exists == 0) {
        *error = QCoreApplication::translate("Storage", "batch %1, to start after, does not exist.")
                     .arg(*afterBatchId);
        return false;
    }
    if (unfinished > 0)
        *state = JobState::Waiting;
    return true;
}

bool JobStore::insertJobs(qint64 batchId, const QList<NewJob> &jobs, JobState state, QString *error)
{
    QSqlQuery query;
    if (!prepareSql(m_db, query,
                    QStringLiteral("INSERT INTO jobs (batch_id, position, user1, user2, "
                                   "credential_ref, state, updated_at) VALUES (:batch, "
                                   ":position, :user1, :user2, :ref, :state, :now)"),
                    error))
        return false;
    QVariantMap values{{QStringLiteral("batch"), batchId},
                       {QStringLiteral("state"), stateName(state)},
                       {QStringLiteral("now"), now()}};
    for (int i = 0; i < jobs.size(); ++i) {
        values.insert(QStringLiteral("position"), i + 1);
        values.insert(QStringLiteral("user1"), jobs[i].user1);
        values.insert(QStringLiteral("user2"), jobs[i].user2);
        values.insert(QStringLiteral("ref"), jobs[i].credentialRef);
        if (!execPrepared(query, values, error))
            return false;
    }
    return true;
}

StoreResult<bool> JobStore::setArchived(qint64 batchId, bool archived)
{
    int changed = 0;
    QString error;
    const QVariantMap values{
        {QStringLiteral("id"), batchId},
        {QStringLiteral("at"),
         nullableInt64(archived ? std::optional<qint64>(now()) : std::nullopt)}};
    const bool ok = inTransaction(
        m_db,
        [&](QString *e) {
            return runUpdate(m_db,
                             QStringLiteral("UPDATE batches SET archived_at = :at WHERE id = :id"),
                             values, &changed, e);
        },
        &error);
    if (!ok)
        return failure(
            archived
                ? QCoreApplication::translate("Storage", "Could not archive batch %1").arg(batchId)
                : QCoreApplication::translate("Storage", "Could not unarchive batch %1")
                      .arg(batchId),
            error);
    return changed > 0;
}

namespace {

bool collectStrings(Database &db, const QString &sql, qint64 batchId, QStringList *out,
                    QString *error)
{
    QSqlQuery query;
    if (!runSql(db, query, sql, {{QStringLiteral("id"), batchId}}, error))
        return false;
    while (query.next())
        *out << query.value(0).toString();
    return true;
}

bool collectDeleted(Database &db, qint64 batchId, DeletedBatch *deleted, QString *error)
{
    return collectStrings(db,
                          QStringLiteral("SELECT credential_ref FROM jobs WHERE batch_id = :id "
                                         "AND credential_ref <> '' ORDER BY position"),
                          batchId, &deleted->credentialRefs, error) &&
           collectStrings(db,
                          QStringLiteral("SELECT DISTINCT a.log_path FROM job_attempts a "
                                         "JOIN jobs j ON j.id = a.job_id WHERE j.batch_id = "
                                         ":id AND a.log_path IS NOT NULL ORDER BY a.log_path"),
                          batchId, &deleted->logPaths, error);
}

} // namespace

StoreResult<DeletedBatch> JobStore::deleteBatch(qint64 batchId)
{
    DeletedBatch deleted;
    QString error;
    const bool ok = inTransaction(
        m_db,
        [&](QString *e) {
            const QVariantMap id{{QStringLiteral("id"), batchId}};
            qint64 running = 0;
            int deletedRows = 0;
            if (!selectInt64(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM jobs WHERE batch_id = :id "
                                            "AND state = 'running'"),
                             id, &running, e))
                return false;
            if (running > 0) {
                *e = QCoreApplication::translate(
                    "Storage", "%n job(s) of the batch are still running; cancel them first.",
                    nullptr, int(running));
                return false;
            }
            if (!collectDeleted(m_db, batchId, &deleted, e) ||
                !runUpdate(m_db, QStringLiteral("DELETE FROM batches WHERE id = :id"), id,
                           &deletedRows, e))
                return false;
            if (deletedRows == 0)
                *e = QCoreApplication::translate("Storage", "there is no batch %1.").arg(batchId);
            return deletedRows > 0;
        },
        &error);
    if (!ok)
        return failure(
            QCoreApplication::translate("Storage", "Could not delete batch %1").arg(batchId),
            error);
    return deleted;
}

} // namespace imapdesk
