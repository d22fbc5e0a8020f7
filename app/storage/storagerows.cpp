#include "storage/storagerows.h"

#include "storage/sqlhelpers.h"
#include "storage/storagenames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace imapdesk {

namespace {

const QStringList kBatchColumns{
    QStringLiteral("id"),
    QStringLiteral("label"),
    QStringLiteral("source_host"),
    QStringLiteral("source_port"),
    QStringLiteral("source_security"),
    QStringLiteral("source_preset"),
    QStringLiteral("destination_host"),
    QStringLiteral("destination_port"),
    QStringLiteral("destination_security"),
    QStringLiteral("destination_preset"),
    QStringLiteral("default_domain"),
    QStringLiteral("extra_arguments"),
    QStringLiteral("dry_run"),
    QStringLiteral("just_login"),
    QStringLiteral("owner"),
    QStringLiteral("created_at"),
    QStringLiteral("after_batch_id"),
    QStringLiteral("archived_at"),
    QStringLiteral("cancel_requested"),
    QStringLiteral("source_certificate"),
    QStringLiteral("destination_certificate"),
};

const QStringList kJobColumns{
    QStringLiteral("id"),
    QStringLiteral("batch_id"),
    QStringLiteral("position"),
    QStringLiteral("user1"),
    QStringLiteral("user2"),
    QStringLiteral("credential_ref"),
    QStringLiteral("state"),
    QStringLiteral("attempts"),
    QStringLiteral("runner_id"),
    QStringLiteral("lease_until"),
    QStringLiteral("cancel_requested"),
    QStringLiteral("updated_at"),
};

const QStringList kAttemptColumns{
    QStringLiteral("id"),
    QStringLiteral("job_id"),
    QStringLiteral("number"),
    QStringLiteral("state"),
    QStringLiteral("runner_id"),
    QStringLiteral("runner_machine"),
    QStringLiteral("runner_pid"),
    QStringLiteral("imapsync_pid"),
    QStringLiteral("started_at"),
    QStringLiteral("ended_at"),
    QStringLiteral("exit_code"),
    QStringLiteral("exit_signal"),
    QStringLiteral("verdict_state"),
    QStringLiteral("verdict_category"),
    QStringLiteral("verdict_name"),
    QStringLiteral("verdict_title"),
    QStringLiteral("verdict_explanation"),
    QStringLiteral("spam_only"),
    QStringLiteral("log_path"),
    QStringLiteral("stats_updated_at"),
};

// Read by readStats() in this order, after kAttemptColumns.
const QStringList kStatsColumns{
    QStringLiteral("messages_copied"),     QStringLiteral("messages_skipped"),
    QStringLiteral("messages_total"),      QStringLiteral("messages_left"),
    QStringLiteral("bytes_copied"),        QStringLiteral("bytes_total"),
    QStringLiteral("messages_per_second"), QStringLiteral("bytes_per_second"),
    QStringLiteral("eta_seconds"),         QStringLiteral("current_folder"),
    QStringLiteral("folder_index"),        QStringLiteral("folder_count"),
    QStringLiteral("error_count"),         QStringLiteral("last_errors"),
    QStringLiteral("error_folders"),       QStringLiteral("summary"),
    QStringLiteral("imapsync_version"),
};

QString prefixed(const QString &prefix, const QStringList &columns)
{
    QStringList list;
    list.reserve(columns.size());
    for (const QString &column : columns)
        list << prefix + column;
    return list.join(QLatin1String(", "));
}

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList stringListFromJson(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

QMap<QString, QString> mapFromJson(const QString &text)
{
    QMap<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

BatchEndpoint readEndpoint(const QSqlQuery &query, int first)
{
    BatchEndpoint endpoint;
    endpoint.host = query.value(first).toString();
    endpoint.port = quint16(query.value(first + 1).toUInt());
    endpoint.security = securityFromStorageName(query.value(first + 2).toString());
    endpoint.preset = presetFromStorageName(query.value(first + 3).toString());
    return endpoint;
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

JobStats readStats(const QSqlQuery &query, int i)
{
    JobStats stats;
    stats.messagesCopied = query.value(i++).toLongLong();
    stats.messagesSkipped = query.value(i++).toLongLong();
    stats.messagesTotal = query.value(i++).toLongLong();
    stats.messagesLeft = query.value(i++).toLongLong();
    stats.bytesCopied = query.value(i++).toLongLong();
    stats.bytesTotal = query.value(i++).toLongLong();
    stats.messagesPerSecond = query.value(i++).toDouble();
    stats.bytesPerSecond = query.value(i++).toDouble();
    stats.etaSeconds = query.value(i++).toLongLong();
    stats.currentFolder = query.value(i++).toString();
    stats.folderIndex = query.value(i++).toInt();
    stats.folderCount = query.value(i++).toInt();
    stats.errorCount = query.value(i++).toInt();
    stats.lastErrors = stringListFromJson(query.value(i++).toString());
    stats.errorFolders = stringListFromJson(query.value(i++).toString());
    stats.summary = mapFromJson(query.value(i++).toString());
    stats.imapsyncVersion = query.value(i++).toString();
    return stats;
}

std::optional<ExitVerdict> readVerdict(const QSqlQuery &query, int i, const AttemptRecord &a)
{
    if (query.value(i).isNull())
        return std::nullopt;
    ExitVerdict verdict;
    verdict.state = verdictStateFromStorageName(query.value(i).toString());
    verdict.category = exitCategoryFromStorageName(query.value(i + 1).toString());
    verdict.name = query.value(i + 2).toString();
    verdict.title = query.value(i + 3).toString();
    verdict.explanation = query.value(i + 4).toString();
    verdict.spamOnly = query.value(i + 5).toInt() != 0;
    verdict.code = a.exitCode.value_or(-1);
    verdict.signal = a.exitSignal.value_or(0);
    return verdict;
}

} // namespace

QString batchColumns()
{
    return prefixed(QStringLiteral("b."), kBatchColumns);
}

QString jobColumns()
{
    return prefixed(QStringLiteral("j."), kJobColumns);
}

QString attemptColumns()
{
    return prefixed(QStringLiteral("a."), kAttemptColumns + kStatsColumns);
}

int batchColumnCount()
{
    return int(kBatchColumns.size());
}

int jobColumnCount()
{
    return int(kJobColumns.size());
}

BatchSpec readBatchSpec(const QSqlQuery &query, int first)
{
    BatchSpec spec;
    spec.label = query.value(first + 1).toString();
    spec.source = readEndpoint(query, first + 2);
    spec.destination = readEndpoint(query, first + 6);
    spec.defaultDomain = query.value(first + 10).toString();
    spec.extraArguments = stringListFromJson(query.value(first + 11).toString());
    spec.dryRun = query.value(first + 12).toInt() != 0;
    spec.justLogin = query.value(first + 13).toInt() != 0;
    spec.owner = query.value(first + 14).toString();
    spec.afterBatchId = optionalInt64(query.value(first + 16));
    spec.source.certificate = query.value(first + 19).toString();
    spec.destination.certificate = query.value(first + 20).toString();
    return spec;
}

BatchSummary readBatchRow(const QSqlQuery &query, int first)
{
    BatchSummary batch;
    batch.id = query.value(first).toLongLong();
    batch.spec = readBatchSpec(query, first);
    batch.createdAt = query.value(first + 15).toLongLong();
    batch.archivedAt = optionalInt64(query.value(first + 17));
    batch.cancelRequested = query.value(first + 18).toInt() != 0;
    return batch;
}

JobRecord readJob(const QSqlQuery &query, int first)
{
    JobRecord job;
    job.id = query.value(first).toLongLong();
    job.batchId = query.value(first + 1).toLongLong();
    job.position = query.value(first + 2).toInt();
    job.user1 = query.value(first + 3).toString();
    job.user2 = query.value(first + 4).toString();
    job.credentialRef = query.value(first + 5).toString();
    job.state = stateFromName(query.value(first + 6).toString());
    job.attempts = query.value(first + 7).toInt();
    job.runnerId = query.value(first + 8).toString();
    job.leaseUntil = optionalInt64(query.value(first + 9));
    job.cancelRequested = query.value(first + 10).toInt() != 0;
    job.updatedAt = query.value(first + 11).toLongLong();
    return job;
}

std::optional<AttemptRecord> readAttempt(const QSqlQuery &query, int first)
{
    if (query.value(first).isNull())
        return std::nullopt;
    AttemptRecord a;
    a.id = query.value(first).toLongLong();
    a.jobId = query.value(first + 1).toLongLong();
    a.number = query.value(first + 2).toInt();
    a.state = stateFromName(query.value(first + 3).toString());
    a.runnerId = query.value(first + 4).toString();
    a.runnerMachine = query.value(first + 5).toString();
    a.runnerPid = query.value(first + 6).toLongLong();
    a.imapsyncPid = query.value(first + 7).toLongLong();
    a.startedAt = query.value(first + 8).toLongLong();
    a.endedAt = optionalInt64(query.value(first + 9));
    a.exitCode = optionalInt(query.value(first + 10));
    a.exitSignal = optionalInt(query.value(first + 11));
    a.verdict = readVerdict(query, first + 12, a);
    a.logPath = query.value(first + 18).toString();
    a.statsUpdatedAt = optionalInt64(query.value(first + 19));
    a.stats = readStats(query, first + int(kAttemptColumns.size()));
    a.stats.imapsyncPid = a.imapsyncPid;
    return a;
}

QVariantMap batchValues(const BatchSpec &spec)
{
    return {
        {QStringLiteral("label"), spec.label},
        {QStringLiteral("source_host"), spec.source.host},
        {QStringLiteral("source_port"), int(spec.source.port)},
        {QStringLiteral("source_security"), securityStorageName(spec.source.security)},
        {QStringLiteral("source_preset"), presetStorageName(spec.source.preset)},
        {QStringLiteral("destination_host"), spec.destination.host},
        {QStringLiteral("destination_port"), int(spec.destination.port)},
        {QStringLiteral("destination_security"), securityStorageName(spec.destination.security)},
        {QStringLiteral("destination_preset"), presetStorageName(spec.destination.preset)},
        {QStringLiteral("default_domain"), spec.defaultDomain},
        {QStringLiteral("extra_arguments"), toJson(spec.extraArguments)},
        {QStringLiteral("dry_run"), spec.dryRun ? 1 : 0},
        {QStringLiteral("just_login"), spec.justLogin ? 1 : 0},
        {QStringLiteral("owner"), spec.owner},
        {QStringLiteral("after_batch_id"), nullableInt64(spec.afterBatchId)},
        {QStringLiteral("source_certificate"), spec.source.certificate},
        {QStringLiteral("destination_certificate"), spec.destination.certificate},
    };
}

QString statsAssignments()
{
    QStringList list;
    for (const QString &column : kStatsColumns)
        list << column + QLatin1String(" = :") + column;
    return list.join(QLatin1String(", "));
}

QVariantMap statsValues(const JobStats &stats)
{
    return {
        {QStringLiteral("messages_copied"), stats.messagesCopied},
        {QStringLiteral("messages_skipped"), stats.messagesSkipped},
        {QStringLiteral("messages_total"), stats.messagesTotal},
        {QStringLiteral("messages_left"), stats.messagesLeft},
        {QStringLiteral("bytes_copied"), stats.bytesCopied},
        {QStringLiteral("bytes_total"), stats.bytesTotal},
        {QStringLiteral("messages_per_second"), stats.messagesPerSecond},
        {QStringLiteral("bytes_per_second"), stats.bytesPerSecond},
        {QStringLiteral("eta_seconds"), stats.etaSeconds},
        {QStringLiteral("current_folder"), stats.currentFolder},
        {QStringLiteral("folder_index"), stats.folderIndex},
        {QStringLiteral("folder_count"), stats.folderCount},
        {QStringLiteral("error_count"), stats.errorCount},
        {QStringLiteral("last_errors"), toJson(stats.lastErrors)},
        {QStringLiteral("error_folders"), toJson(stats.errorFolders)},
        {QStringLiteral("summary"), toJson(stats.summary)},
        {QStringLiteral("imapsync_version"), stats.imapsyncVersion},
    };
}

QString stateName(JobState state)
{
    return jobStateName(state);
}

JobState stateFromName(const QString &name)
{
    JobState state = JobState::Failed;
    jobStateFromName(name, &state);
    return state;
}

} // namespace imapdesk
