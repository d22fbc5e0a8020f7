#include "storage/batchreportcsv.h"

#include "storage/sqlhelpers.h"
#include "storage/storagenames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace imapdesk {

namespace {

// Column names are for programs as much as for people: not translated.
const QStringList kHeader{
    QStringLiteral("batch_id"),
    QStringLiteral("batch_label"),
    QStringLiteral("source_host"),
    QStringLiteral("destination_host"),
    QStringLiteral("job_id"),
    QStringLiteral("position"),
    QStringLiteral("user1"),
    QStringLiteral("user2"),
    QStringLiteral("state"),
    QStringLiteral("attempts"),
    QStringLiteral("exit_code"),
    QStringLiteral("verdict"),
    QStringLiteral("verdict_category"),
    QStringLiteral("messages_copied"),
    QStringLiteral("messages_skipped"),
    QStringLiteral("messages_total"),
    QStringLiteral("bytes_copied"),
    QStringLiteral("bytes_total"),
    QStringLiteral("errors"),
    QStringLiteral("started_at"),
    QStringLiteral("ended_at"),
    QStringLiteral("duration_seconds"),
    QStringLiteral("log_file"),
};

QString number(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

QString time(const std::optional<qint64> &msecs)
{
    if (!msecs)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC).toString(Qt::ISODate);
}

QStringList attemptFields(const AttemptRecord &a)
{
    const ExitVerdict verdict = a.verdict.value_or(ExitVerdict());
    const std::optional<qint64> started = a.startedAt;
    const QString duration =
        a.endedAt ? QString::number((*a.endedAt - a.startedAt) / 1000) : QString();
    return {a.exitCode ? QString::number(*a.exitCode) : QString(),
            a.verdict ? verdict.title : QString(),
            a.verdict ? exitCategoryStorageName(verdict.category) : QString(),
            number(a.stats.messagesCopied),
            number(a.stats.messagesSkipped),
            number(a.stats.messagesTotal),
            number(a.stats.bytesCopied),
            number(a.stats.bytesTotal),
            QString::number(a.stats.errorCount),
            time(started),
            time(a.endedAt),
            duration,
            a.logPath};
}

QStringList jobFields(const BatchSummary &batch, const JobRecord &job)
{
    QStringList fields{QString::number(batch.id),
                       batch.spec.label,
                       batch.spec.source.host,
                       batch.spec.destination.host,
                       QString::number(job.id),
                       QString::number(job.position),
                       job.user1,
                       job.user2,
                       jobStateName(job.state),
                       QString::number(job.attempts)};
    if (job.latestAttempt) {
        fields << attemptFields(*job.latestAttempt);
    } else {
        while (fields.size() < kHeader.size())
            fields << QString();
    }
    return fields;
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    return (quoted.join(u',') + QLatin1String("\r\n")).toUtf8();
}

} // namespace

QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') ||
                             value.contains(u'\r') || value.contains(u'\n');
    if (!needsQuotes)
        return value;
    QString doubled = value;
    doubled.replace(u'"', QLatin1String("\"\""));
    return u'"' + doubled + u'"';
}

bool writeBatchReportCsv(QIODevice &device, const BatchReport &report, QString *error)
{
    QByteArray data = csvLine(kHeader);
    for (const JobRecord &job : report.jobs)
        data += csvLine(jobFields(report.batch, job));
    if (device.write(data) == data.size())
        return true;
    *error = QCoreApplication::translate("Storage", "Could not write the report: %1")
                 .arg(device.errorString());
    return false;
}

} // namespace imapdesk
