#include "cli/batchquerycommands.h"

#include "cli/batchjson.h"
#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "imapsync/providerpreset.h"
#include "storage/jobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace imapdesk {

namespace {

const QString JsonOption = QStringLiteral("json");
const QString ArchivedOption = QStringLiteral("archived");
const QString AllOption = QStringLiteral("all");
const QString MineOption = QStringLiteral("mine");
const QString SearchOption = QStringLiteral("search");

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// --- Text helpers

QString localTime(const std::optional<qint64> &msecs, const QString &format)
{
    if (!msecs)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(*msecs).toLocalTime().toString(format);
}

QString minuteTime(const std::optional<qint64> &msecs)
{
    return localTime(msecs, QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString secondTime(const std::optional<qint64> &msecs)
{
    return localTime(msecs, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "42s", "5m 03s", "2h 05m", "3d 04h": two units are enough to read at a glance.
QString durationText(qint64 msecs)
{
    const qint64 s = msecs / 1000;
    const auto two = [](qint64 n) {
        return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    };
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(two(s % 60));
    if (s < 86400)
        return QStringLiteral("%1h %2m").arg(s / 3600).arg(two(s / 60 % 60));
    return QStringLiteral("%1d %2h").arg(s / 86400).arg(two(s / 3600 % 24));
}

QString bytesText(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("?") : QLocale().formattedDataSize(bytes);
}

QString countText(qint64 count)
{
    return count < 0 ? QStringLiteral("?") : QString::number(count);
}

QString hostText(const BatchEndpoint &endpoint)
{
    return endpoint.port == 0 ? endpoint.host
                              : QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);
}

QString securityText(Security security)
{
    switch (security) {
    case Security::Ssl:
        return Tr::tr("SSL/TLS");
    case Security::StartTls:
        return Tr::tr("STARTTLS");
    case Security::None:
        break;
    }
    return Tr::tr("no encryption");
}

QString endpointText(const BatchEndpoint &endpoint)
{
    QString text =
        QStringLiteral("%1 (%2").arg(hostText(endpoint), securityText(endpoint.security));
    if (endpoint.preset != ProviderPreset::None)
        text += QStringLiteral(", ") + providerDisplayName(endpoint.preset);
    return text + u')';
}

int endedJobs(const JobCounts &c)
{
    return c.succeeded + c.failed + c.cancelled + c.interrupted;
}

// Accounts done: the share of jobs that have ended.
QString progressText(const JobCounts &c)
{
    return c.total == 0 ? QStringLiteral("-")
                        : QStringLiteral("%1%").arg(endedJobs(c) * 100 / c.total);
}

QString stateText(const BatchSummary &batch)
{
    QString text = jobStateDisplayName(batch.state);
    if (batch.archivedAt)
        text += Tr::tr(", archived");
    return text;
}

// Columns padded to their widest cell; the last one is not padded.
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i >= widths.size())
                widths << 0;
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << '\n';
    }
}

// --- batch list

QStringList batchRow(const BatchSummary &batch, qint64 now)
{
    const BatchSpec &spec = batch.spec;
    return {QString::number(batch.id),
            spec.label.isEmpty() ? QStringLiteral("-") : spec.label,
            QStringLiteral("%1 → %2").arg(hostText(spec.source), hostText(spec.destination)),
            QString::number(batch.counts.total),
            progressText(batch.counts),
            stateText(batch),
            spec.owner.isEmpty() ? QStringLiteral("-") : spec.owner,
            minuteTime(batch.createdAt),
            batch.firstStartedAt ? durationText(batchDurationMs(batch, now)) : QStringLiteral("-")};
}

void printBatchList(QTextStream &out, const QList<BatchSummary> &batches, qint64 now)
{
    if (batches.isEmpty()) {
        out << Tr::tr("No batches.") << '\n';
        return;
    }
    QList<QStringList> rows{{Tr::tr("ID"), Tr::tr("LABEL"), Tr::tr("SOURCE → DESTINATION"),
                             Tr::tr("ACCOUNTS"), Tr::tr("DONE"), Tr::tr("STATE"), Tr::tr("OWNER"),
                             Tr::tr("CREATED"), Tr::tr("DURATION")}};
    for (const BatchSummary &batch : batches)
        rows << batchRow(batch, now);
    printTable(out, rows);
}

// The filter from --archived/--all/--mine/--search; empty *error when valid.
BatchFilter batchFilter(const CliContext &context, const QCommandLineParser &parser, QString *error)
{
    BatchFilter filter;
    if (parser.isSet(ArchivedOption) && parser.isSet(AllOption))
        *error = Tr::tr("Use either --archived or --all, not both.");
    else if (parser.isSet(ArchivedOption))
        filter.archived = BatchFilter::Archived::Only;
    else if (parser.isSet(AllOption))
        filter.archived = BatchFilter::Archived::Include;
    if (parser.isSet(MineOption)) {
        filter.owner = context.environment.value(QStringLiteral("USER"));
        if (filter.owner.isEmpty())
            filter.owner = context.environment.value(QStringLiteral("USERNAME"));
        if (filter.owner.isEmpty())
            *error =
                Tr::tr("--mine needs to know who you are, but neither USER nor USERNAME is set.");
    }
    filter.text = parser.value(SearchOption);
    return filter;
}

// --- batch show

QString optionsText(const BatchSpec &spec)
{
    QStringList options;
    if (spec.dryRun)
        options << Tr::tr("dry run");
    if (spec.justLogin)
        options << Tr::tr("check logins only");
    if (!spec.defaultDomain.isEmpty())
        options << Tr::tr("default domain %1").arg(spec.defaultDomain);
    if (!spec.extraArguments.isEmpty())
        options << Tr::tr("extra imapsync arguments: %1").arg(spec.extraArguments.join(u' '));
    return options.isEmpty() ? Tr::tr("none") : options.join(QStringLiteral("; "));
}

QString countsText(const JobCounts &c)
{
    const QList<std::pair<int, QString>> parts{
        {c.queued, Tr::tr("queued")},          {c.waiting, Tr::tr("waiting")},
        {c.running, Tr::tr("running")},        {c.succeeded, Tr::tr("succeeded")},
        {c.failed, Tr::tr("failed")},          {c.cancelled, Tr::tr("cancelled")},
        {c.interrupted, Tr::tr("interrupted")}};
    QStringList shown;
    for (const auto &[count, name] : parts) {
        if (count > 0)
            shown << QStringLiteral("%1 %2").arg(count).arg(name);
    }
    return QString::number(c.total) +
           (shown.isEmpty() ? QString()
                            : QStringLiteral(" (%1)").arg(shown.join(QStringLiteral(", "))));
}

void printBatchHeader(QTextStream &out, const BatchSummary &batch, qint64 now)
{
    const BatchSpec &spec = batch.spec;
    const QString end =
        isFinalJobState(batch.state) ? secondTime(batch.lastEndedAt) : QStringLiteral("-");
    QList<QStringList> rows{
        {Tr::tr("Batch:"), spec.label.isEmpty()
                               ? QString::number(batch.id)
                               : QStringLiteral("%1 (%2)").arg(batch.id).arg(spec.label)},
        {Tr::tr("State:"),
         stateText(batch) + (batch.cancelRequested ? Tr::tr(", cancel requested") : QString())},
        {Tr::tr("Source:"), endpointText(spec.source)},
        {Tr::tr("Destination:"), endpointText(spec.destination)},
        {Tr::tr("Options:"), optionsText(spec)},
        {Tr::tr("Owner:"), spec.owner.isEmpty() ? QStringLiteral("-") : spec.owner},
        {Tr::tr("Created:"), secondTime(batch.createdAt)},
        {Tr::tr("Jobs:"), countsText(batch.counts)},
        {Tr::tr("Messages:"),
         Tr::tr("%1 of %2 copied").arg(batch.messagesCopied).arg(batch.messagesTotal)},
        {Tr::tr("Bytes:"),
         Tr::tr("%1 of %2 copied").arg(bytesText(batch.bytesCopied), bytesText(batch.bytesTotal))},
        {Tr::tr("Started:"), secondTime(batch.firstStartedAt)},
        {Tr::tr("Ended:"), end},
        {Tr::tr("Duration:"),
         batch.firstStartedAt ? durationText(batchDurationMs(batch, now)) : QStringLiteral("-")}};
    if (spec.afterBatchId)
        rows << QStringList{Tr::tr("Starts after:"), Tr::tr("batch %1").arg(*spec.afterBatchId)};
    if (batch.archivedAt)
        rows << QStringList{Tr::tr("Archived:"), secondTime(batch.archivedAt)};
    printTable(out, rows);
}

QStringList jobRow(const JobRecord &job)
{
    QStringList row{QString::number(job.id), QStringLiteral("%1 → %2").arg(job.user1, job.user2),
                    jobStateDisplayName(job.state), QString::number(job.attempts)};
    if (!job.latestAttempt)
        return row + QStringList(8, QStringLiteral("-")); // never ran
    const AttemptRecord &a = *job.latestAttempt;
    QString exit = a.exitCode ? QString::number(*a.exitCode) : QStringLiteral("-");
    if (a.exitSignal)
        exit = Tr::tr("signal %1").arg(*a.exitSignal);
    return row << exit << (a.verdict ? a.verdict->title : QStringLiteral("-"))
               << QStringLiteral("%1/%2")
                      .arg(a.stats.messagesCopied)
                      .arg(countText(a.stats.messagesTotal))
               << QStringLiteral("%1/%2").arg(bytesText(a.stats.bytesCopied),
                                              bytesText(a.stats.bytesTotal))
               << QString::number(a.stats.errorCount) << secondTime(a.startedAt)
               << secondTime(a.endedAt) << (a.logPath.isEmpty() ? QStringLiteral("-") : a.logPath);
}

void printJobs(QTextStream &out, const QList<JobRecord> &jobs)
{
    QList<QStringList> rows{{Tr::tr("JOB"), Tr::tr("USER1 → USER2"), Tr::tr("STATE"),
                             Tr::tr("RUNS"), Tr::tr("EXIT"), Tr::tr("VERDICT"), Tr::tr("MESSAGES"),
                             Tr::tr("BYTES"), Tr::tr("ERRORS"), Tr::tr("STARTED"), Tr::tr("ENDED"),
                             Tr::tr("LOG")}};
    for (const JobRecord &job : jobs)
        rows << jobRow(job);
    printTable(out, rows);
}

QByteArray showJson(const BatchSummary &batch, const QList<JobRecord> &jobs, qint64 now)
{
    QJsonArray array;
    for (const JobRecord &job : jobs)
        array.append(jobToJson(job, now));
    const QJsonObject json{{QStringLiteral("batch"), batchToJson(batch, now)},
                           {QStringLiteral("jobs"), array}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

namespace BatchListCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({JsonOption, Tr::tr("Print one JSON object instead of a table.")});
    parser.addOption({ArchivedOption, Tr::tr("Only archived batches.")});
    parser.addOption({AllOption, Tr::tr("Archived batches too.")});
    parser.addOption({MineOption, Tr::tr("Only batches you created (your login name).")});
    parser.addOption({SearchOption,
                      Tr::tr("Only batches whose label, host, default domain or user contains TEXT "
                             "(or whose id is TEXT)."),
                      Tr::tr("TEXT")});
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    if (!operands.isEmpty()) {
        context.err << Tr::tr("batch list takes no operand (got: %1).").arg(operands.join(u' '))
                    << '\n';
        return ExitUsage;
    }
    QString error;
    const BatchFilter filter = batchFilter(context, parser, &error);
    if (!error.isEmpty()) {
        context.err << error << '\n';
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::unique_ptr<CliSession> session = CliSession::open(context, parser, &exitCode);
    if (!session)
        return exitCode;
    const StoreResult<QList<BatchSummary>> batches = session->store().listBatches(filter);
    if (!batches.ok()) {
        context.err << batches.error() << '\n';
        return ExitFailure;
    }
    const qint64 now = nowMs();
    if (parser.isSet(JsonOption)) {
        QJsonArray array;
        for (const BatchSummary &batch : batches.value())
            array.append(batchToJson(batch, now));
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("batches"), array}})
                           .toJson(QJsonDocument::Compact)
                    << '\n';
    } else {
        printBatchList(context.out, batches.value(), now);
    }
    return ExitOk;
}

} // namespace BatchListCommand

namespace BatchShowCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({JsonOption, Tr::tr("Print one JSON object instead of text.")});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Tr::tr("The batch (see 'imapdesk batch list')."));
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    const qint64 batchId = parseIdOperand(context, operands, Tr::tr("batch id"));
    if (batchId == 0)
        return ExitUsage;
    int exitCode = ExitOk;
    const std::unique_ptr<CliSession> session = CliSession::open(context, parser, &exitCode);
    if (!session)
        return exitCode;
    const std::optional<BatchSummary> batch = findBatch(context, *session, batchId, &exitCode);
    if (!batch)
        return exitCode;
    // Only the database: the figures were stored as the logs were written.
    const StoreResult<QList<JobRecord>> jobs = session->store().jobs(batchId);
    if (!jobs.ok()) {
        context.err << jobs.error() << '\n';
        return ExitFailure;
    }
    const qint64 now = nowMs();
    if (parser.isSet(JsonOption)) {
        context.out << showJson(*batch, jobs.value(), now) << '\n';
        return ExitOk;
    }
    printBatchHeader(context.out, *batch, now);
    context.out << '\n';
    printJobs(context.out, jobs.value());
    return ExitOk;
}

} // namespace BatchShowCommand

} // namespace imapdesk
