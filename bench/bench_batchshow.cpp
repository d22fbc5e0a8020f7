// Times `imapdesk batch show ID --json` on a batch of finished jobs with big
// logs (issue 3, benchmark 4: 500 jobs, 20 MB logs, target < 100 ms).
//
//   bench_batchshow [--jobs N] [--log-mb MB] [--runs N] [--reread]
//
// Builds an SQLite history in a temporary directory: one batch of --jobs
// (default 500) finished jobs, each with statistics and a log file of --log-mb
// (default 20) made sparse with QFile::resize, so 10 GB of logs cost no disk.
// Then runs the verb --runs times (default 20, after one warm-up) two ways:
// in-process through runCommandLine() (opening the database included), and as
// the real `imapdesk` executable (process start included), as a person or a
// script runs it. --reread also times reading every log once from start to
// end, what refreshing a status from the logs (Pymap's way) costs at least.

#include "cli/clicontext.h"
#include "cli/commandline.h"
#include "logs/logfilename.h"
#include "storage/database.h"
#include "storage/jobstore.h"
#include "util/applicationpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace imapdesk;

namespace {

struct Options
{
    int jobs = 500;
    qint64 logMegabytes = 20;
    int runs = 20;
    bool reread = false;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Options parseOptions(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString next = arguments.value(i + 1);
        if (arguments[i] == QLatin1String("--jobs"))
            options.jobs = next.toInt(), ++i;
        else if (arguments[i] == QLatin1String("--log-mb"))
            options.logMegabytes = next.toLongLong(), ++i;
        else if (arguments[i] == QLatin1String("--runs"))
            options.runs = next.toInt(), ++i;
        else if (arguments[i] == QLatin1String("--reread"))
            options.reread = true;
    }
    return options;
}

JobStats statsOf(int i)
{
    JobStats stats;
    stats.messagesCopied = 1000 + i;
    stats.messagesTotal = 1000 + i;
    stats.bytesCopied = (1000 + i) * 20000LL;
    stats.bytesTotal = stats.bytesCopied;
    stats.currentFolder = QStringLiteral("INBOX");
    stats.sawExitLine = true;
    stats.printedExitCode = 0;
    return stats;
}

// One claimed, started and finished attempt per job, its log a sparse file.
bool finishJob(JobStore &store, const QString &dataDir, qint64 logBytes, int i)
{
    const auto claimed = store.claimNextJob(RunnerIdentity::forThisProcess());
    if (!claimed.ok() || !claimed.value())
        return false;
    const ClaimedJob &job = *claimed.value();
    LogFileNameParts parts{job.jobId,
                           job.attemptNumber,
                           QDateTime::currentDateTimeUtc(),
                           job.batch.source.host,
                           job.user1,
                           job.batch.destination.host,
                           job.user2};
    const QString path = logFilePath(dataDir, job.batchId, parts);
    QFile log(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !log.open(QIODevice::WriteOnly) ||
        !log.resize(logBytes))
        return false;
    const ExitVerdict verdict = judgeImapsyncExit(ProcessEnd::exited(0), false, {});
    return store.startedProcess(job.attemptId, 10000 + i, path).ok() &&
           store.finishAttempt(job.attemptId, statsOf(i), verdict).ok();
}

qint64 buildHistory(const QString &dataDir, const Options &options)
{
    DatabaseLocation location;
    QString error;
    DatabaseLocation::parse(defaultDatabaseFile(dataDir), location, error);
    const std::unique_ptr<Database> db = Database::open(location, &error);
    if (!db)
        return 0;
    JobStore store(*db);
    NewBatch batch;
    batch.label = QStringLiteral("bench");
    batch.source.host = QStringLiteral("imap.old.example");
    batch.destination.host = QStringLiteral("imap.new.example");
    QList<NewJob> jobs;
    for (int i = 0; i < options.jobs; ++i) {
        const QString user = QStringLiteral("user%1@example.com").arg(i);
        jobs << NewJob{user, user, QString()};
    }
    const StoreResult<qint64> id = store.addBatch(batch, jobs);
    for (int i = 0; id.ok() && i < options.jobs; ++i) {
        if (!finishJob(store, dataDir, options.logMegabytes << 20, i))
            return 0;
    }
    return id.ok() ? id.value() : 0;
}

// The verb once, in-process; the JSON must hold every job.
bool showInProcess(const QStringList &arguments, int jobs)
{
    QString text;
    QString errors;
    QTextStream stdoutText(&text);
    QTextStream stderrText(&errors);
    CliContext context{stdoutText, stderrText, QProcessEnvironment()};
    const int code = runCommandLine(QStringList{QStringLiteral("imapdesk")} + arguments, context);
    stdoutText.flush();
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    return code == 0 && json.value(QStringLiteral("jobs")).toArray().size() == jobs;
}

bool showAsProcess(const QStringList &arguments, int jobs)
{
    QProcess imapdesk;
    imapdesk.start(QStringLiteral(IMAPDESK_BINARY), arguments);
    imapdesk.waitForFinished(-1); // a benchmark may block
    const QJsonObject json = QJsonDocument::fromJson(imapdesk.readAllStandardOutput()).object();
    return imapdesk.exitCode() == 0 && json.value(QStringLiteral("jobs")).toArray().size() == jobs;
}

// Milliseconds per run, sorted; empty when a run gave a wrong answer.
std::vector<double> timeRuns(int runs, const std::function<bool()> &run)
{
    std::vector<double> ms;
    if (!run()) // warm-up
        return ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return {};
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms;
}

void report(const QString &what, const std::vector<double> &ms)
{
    if (ms.empty()) {
        out() << what << ": FAILED (wrong output)\n";
        return;
    }
    out() << QStringLiteral("%1: median %2 ms (min %3, max %4, %5 runs)\n")
                 .arg(what)
                 .arg(ms[ms.size() / 2], 0, 'f', 1)
                 .arg(ms.front(), 0, 'f', 1)
                 .arg(ms.back(), 0, 'f', 1)
                 .arg(ms.size());
}

// Every log read once, start to end: the least a log-based refresh costs.
double rereadLogs(const QString &dataDir, qint64 batchId)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    QDir folder(batchLogDirectory(dataDir, batchId));
    for (const QString &name : folder.entryList(QDir::Files)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            while (file.read(buffer.data(), buffer.size()) > 0) {
            }
        }
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    out() << "bench_batchshow (" << IMAPDESK_BUILD_TYPE << "): " << options.jobs
          << " finished jobs, sparse logs of " << options.logMegabytes << " MB each ("
          << options.jobs * options.logMegabytes << " MB in all)" << Qt::endl;
    const qint64 batchId = buildHistory(dataDir, options);
    if (batchId == 0) {
        out() << "could not build the history in " << dataDir << Qt::endl;
        return 1;
    }
    const QStringList arguments{QStringLiteral("--data-dir"), dataDir,
                                QStringLiteral("batch"),      QStringLiteral("show"),
                                QString::number(batchId),     QStringLiteral("--json")};
    report(QStringLiteral("batch show --json, in-process"),
           timeRuns(options.runs, [&] { return showInProcess(arguments, options.jobs); }));
    report(QStringLiteral("batch show --json, imapdesk process"),
           timeRuns(options.runs, [&] { return showAsProcess(arguments, options.jobs); }));
    if (options.reread) {
        out() << QStringLiteral("reading every log once instead: %1 ms\n")
                     .arg(rereadLogs(dataDir, batchId), 0, 'f', 0);
    }
    out() << "target: < 100 ms" << Qt::endl;
    return 0;
}
