// The main window under a flood of imapsync output (issue 4, benchmark 1:
// 50 concurrent jobs printing as fast as they can for 30 s while the window is
// shown; GUI event-loop latency p99 under 20 ms, GUI thread CPU under 25 %).
//
//   bench_gui_flood [--jobs N] [--seconds S] [--messages N] [--delay S] [--warmup S]
//                   [--history JOBS] [--niceness N] [--imapsync PATH] [--verbose]
//
// The real window over MigrationService (session-only passwords, SQLite in a
// temporary directory, runner started with the fake imapsync and a
// concurrency of --jobs), on the offscreen platform unless QT_QPA_PLATFORM
// says otherwise. With --history, the database first gets that many jobs in
// 200 batches like bench_models' (most ended, the biggest with 50 jobs left
// running by a runner that is gone). One batch of --jobs accounts; every job
// copies --messages (150,000) messages with FAKE_IMAPSYNC_DELAY=--delay (0: no
// pause), so each prints one "msg ... copied" line per message (plus an ETA in
// it) for longer than the measurement. imapsync runs --niceness below the
// window (MigrationService's default unless given). The window shows the batch, the first job is
// selected and the log view follows it. Once every job has copied something and
// --warmup (3) seconds more have passed, for --seconds (30):
//   - timer lateness: a 10 ms precise single-shot timer re-armed at each tick;
//     lateness = time from arming to the tick, minus 10 ms;
//   - CPU time of the GUI (main) thread, getrusage(RUSAGE_THREAD), and of the
//     whole process (RUSAGE_SELF), over the wall time;
//   - lines read and parsed: the log files grow by exactly what ImapDesk read
//     (each read is written to the log, then fed to the parser), so the
//     newlines added to the logs during the window; messages copied from the
//     runner's live statistics;
//   - statistics writes: JobScheduler emits jobProgress once per row it wrote,
//     all rows of one flush at once; flushes are counted as bursts.

#include "benchhistory.h"
#include "guiprobe.h"
#include "models/joblistmodel.h"
#include "secrets/sessioncredentialstore.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "storage/jobstore.h"
#include "ui/logview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

using namespace imapdesk;
using namespace imapdesk::bench;

namespace {

struct Options
{
    int jobs = 50;
    int seconds = 30;
    int messages = 150000;
    QString delay = QStringLiteral("0");
    int warmup = 3;
    int history = 0;      // jobs of an earlier history in the database (200 batches)
    int niceness = -1;    // imapsync's, below ours; -1: MigrationService's default
    bool verbose = false; // list the late ticks
    QString imapsync = QStringLiteral(IMAPDESK_FIXTURES "/fake-imapsync");
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Options parseOptions(const QStringList &arguments)
{
    Options options;
    options.verbose = arguments.contains(QLatin1String("--verbose"));
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        const QString &name = arguments[i];
        const QString &value = arguments[i + 1];
        if (name == QLatin1String("--jobs"))
            options.jobs = std::max(1, value.toInt());
        else if (name == QLatin1String("--seconds"))
            options.seconds = std::max(1, value.toInt());
        else if (name == QLatin1String("--messages"))
            options.messages = value.toInt();
        else if (name == QLatin1String("--delay"))
            options.delay = value;
        else if (name == QLatin1String("--warmup"))
            options.warmup = value.toInt();
        else if (name == QLatin1String("--niceness"))
            options.niceness = value.toInt();
        else if (name == QLatin1String("--history"))
            options.history = value.toInt();
        else if (name == QLatin1String("--imapsync"))
            options.imapsync = value;
    }
    return options;
}

qint64 fileSize(const QString &path)
{
    return QFile(path).size();
}

qint64 countNewlines(const QString &path, qint64 from, qint64 to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
        return 0;
    qint64 lines = 0;
    for (qint64 left = to - from; left > 0;) {
        const QByteArray chunk = file.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            break;
        lines += chunk.count('\n');
        left -= chunk.size();
    }
    return lines;
}

// The benchmark's world: history, runner, window.
class Flood final
{
public:
    explicit Flood(const Options &options)
        : m_options(options)
    {}

    bool setUp();
    void measure();
    void tearDown();

private:
    bool addHistory();
    bool startRunner();
    bool addBatch();
    bool waitUntilAllCopy();
    void selectRunningJob();
    void readLogPaths();
    void countWrites();
    void noteCopied(qint64 jobId);
    qint64 messagesCopied();
    qint64 logBytes(QList<qint64> *sizes) const;
    void report(double wallSeconds, const CpuTimes &before, const CpuTimes &after,
                const LatencyProbe &probe, const QList<qint64> &sizesBefore, qint64 copied);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MigrationService> m_service;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_batchId = 0;
    QList<qint64> m_jobIds;
    QHash<qint64, qint64> m_copied; // last known messages copied, by job
    QStringList m_logs;
    qint64 m_rowsWritten = 0;
    qint64 m_flushes = 0;
    qint64 m_finished = 0;
    QElapsedTimer m_sinceWrite;
    QString m_followed;
};

bool Flood::setUp()
{
    qputenv("FAKE_IMAPSYNC_MESSAGES", QByteArray::number(m_options.messages));
    qputenv("FAKE_IMAPSYNC_DELAY", m_options.delay.toUtf8());
    m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    m_service = std::make_unique<MigrationService>();
    m_service->setCredentialStore(std::make_unique<SessionCredentialStore>());
    if (m_options.niceness >= 0)
        m_service->setImapsyncNiceness(m_options.niceness);
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(m_dir.filePath(QStringLiteral("h.sqlite")), location, error) ||
        !m_service->open(location, m_dir.path(), &error)) {
        out() << "Cannot open the history: " << error << '\n';
        return false;
    }
    if (m_options.history > 0 && !addHistory())
        return false;
    if (!addBatch() || !startRunner())
        return false;
    m_window = std::make_unique<MainWindow>(*m_service, *m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    m_window->selectBatch(m_batchId);
    countWrites();
    if (!waitUntilAllCopy())
        return false;
    readLogPaths();
    selectRunningJob();
    return true;
}

bool Flood::addHistory()
{
    HistoryShape shape;
    shape.jobs = m_options.history;
    shape.biggest = std::min(shape.biggest, shape.jobs - (shape.batches - 1));
    if (shape.biggest <= 0 || buildHistory(m_service->store(), shape) == 0) {
        out() << "Cannot build the history.\n";
        return false;
    }
    out() << QStringLiteral("History: %1 jobs in %2 batches.\n").arg(shape.jobs).arg(shape.batches);
    return true;
}

// Only the benchmark's batch: the history's queued jobs have no passwords.
bool Flood::startRunner()
{
    SchedulerSettings limits;
    limits.concurrency = m_options.jobs;
    limits.batchId = m_batchId;
    limits.abortGrace = std::chrono::milliseconds(3000);
    m_service->startRunner(m_options.imapsync, limits);
    const bool running = waitFor(
        [this] { return m_service->runnerState() == MigrationService::RunnerState::Running; },
        20000);
    if (!running)
        out() << "The runner did not start: " << m_service->runnerMessage() << '\n';
    return running;
}

bool Flood::addBatch()
{
    BatchSpec spec;
    spec.label = QStringLiteral("Flood");
    spec.source.host = QStringLiteral("source.example");
    spec.source.security = Security::None;
    spec.destination.host = QStringLiteral("destination.example");
    spec.destination.security = Security::None;
    QList<Account> accounts;
    for (int i = 0; i < m_options.jobs; ++i) {
        const QString user = QStringLiteral("user%1@example.com").arg(i);
        accounts << Account{i + 1, user, QStringLiteral("secret-1"), user,
                            QStringLiteral("secret-2")};
    }
    QString error;
    m_service->addBatch(spec, accounts, [this, &error](const StoreResult<qint64> &added) {
        m_batchId = added.ok() ? added.value() : -1;
        error = added.ok() ? QString() : added.error();
    });
    waitFor([this] { return m_batchId != 0; }, 20000);
    if (m_batchId <= 0) {
        out() << "Cannot add the batch: " << error << '\n';
        return false;
    }
    for (const JobRecord &job : m_service->store().jobs(m_batchId).value())
        m_jobIds << job.id;
    return true;
}

bool Flood::waitUntilAllCopy()
{
    QElapsedTimer started;
    started.start();
    const bool copying = waitFor(
        [this] {
            return std::all_of(m_jobIds.cbegin(), m_jobIds.cend(), [this](qint64 id) {
                const JobStats *stats = m_service->liveStats(id);
                return stats && stats->messagesCopied > 0;
            });
        },
        120000);
    if (!copying) {
        out() << "Not every job started copying within 2 minutes.\n";
        return false;
    }
    out() << QStringLiteral("All %1 jobs copying after %2 s; warming up for %3 s.\n")
                 .arg(m_jobIds.size())
                 .arg(double(started.elapsed()) / 1000, 0, 'f', 1)
                 .arg(m_options.warmup);
    out().flush();
    runEventLoopFor(m_options.warmup * 1000);
    return true;
}

// The log view follows the first job of the table, which is running.
void Flood::selectRunningJob()
{
    auto *jobs = m_window->findChild<QTableView *>(QStringLiteral("jobView"));
    jobs->selectionModel()->setCurrentIndex(jobs->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_followed = m_window->logView()->logFile();
    runEventLoopFor(500); // the view reads the end of the log once
}

void Flood::readLogPaths()
{
    m_logs.clear();
    for (const JobRecord &job : m_service->store().jobs(m_batchId).value())
        m_logs << (job.latestAttempt ? job.latestAttempt->logPath : QString());
}

void Flood::countWrites()
{
    QObject::connect(m_service.get(), &MigrationService::jobProgress, [this](qint64 jobId) {
        noteCopied(jobId);
        ++m_rowsWritten;
        if (!m_sinceWrite.isValid() || m_sinceWrite.elapsed() > 200)
            ++m_flushes; // rows of one flush come within the same event
        m_sinceWrite.start();
    });
    // The runner still has the final statistics when it announces the end.
    QObject::connect(m_service.get(), &MigrationService::jobFinished, [this](qint64 jobId) {
        noteCopied(jobId);
        ++m_finished;
    });
}

void Flood::noteCopied(qint64 jobId)
{
    if (const JobStats *stats = m_service->liveStats(jobId))
        m_copied[jobId] = stats->messagesCopied;
}

qint64 Flood::messagesCopied()
{
    qint64 copied = 0;
    for (qint64 id : std::as_const(m_jobIds)) {
        noteCopied(id);
        copied += m_copied.value(id);
    }
    return copied;
}

qint64 Flood::logBytes(QList<qint64> *sizes) const
{
    qint64 total = 0;
    sizes->clear();
    for (const QString &path : m_logs) {
        sizes->append(fileSize(path));
        total += sizes->constLast();
    }
    return total;
}

void Flood::measure()
{
    QList<qint64> sizesBefore;
    logBytes(&sizesBefore);
    const qint64 copiedBefore = messagesCopied();
    m_rowsWritten = m_flushes = m_finished = 0;
    LatencyProbe probe;
    QElapsedTimer wall;
    const CpuTimes before = cpuTimes();
    wall.start();
    probe.start();
    runEventLoopFor(m_options.seconds * 1000);
    probe.stop();
    const CpuTimes after = cpuTimes();
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const qint64 copied = messagesCopied() - copiedBefore;
    report(wallSeconds, before, after, probe, sizesBefore, copied);
}

void Flood::report(double wallSeconds, const CpuTimes &before, const CpuTimes &after,
                   const LatencyProbe &probe, const QList<qint64> &sizesBefore, qint64 copied)
{
    const std::vector<double> late = probe.sortedLateness();
    const auto [lateTicks, busyShare] = probe.lateTicksBusyShare(20);
    QList<qint64> sizesAfter;
    const qint64 bytes = logBytes(&sizesAfter) -
                         std::accumulate(sizesBefore.cbegin(), sizesBefore.cend(), qint64(0));
    std::vector<double> perJob;
    qint64 lines = 0;
    for (int i = 0; i < m_logs.size(); ++i) {
        const qint64 jobLines = countNewlines(m_logs[i], sizesBefore[i], sizesAfter[i]);
        lines += jobLines;
        perJob.push_back(double(jobLines) / wallSeconds);
    }
    std::sort(perJob.begin(), perJob.end());
    const double user = after.threadUser - before.threadUser;
    const double system = after.threadSystem - before.threadSystem;
    out() << QStringLiteral(
                 "Measured %1 s, %2 jobs running at the end (%3 ended during the window), "
                 "log view following %4\n")
                 .arg(wallSeconds, 0, 'f', 1)
                 .arg(m_service->activeJobCount())
                 .arg(m_finished)
                 .arg(m_followed.section(QLatin1Char('/'), -1));
    out() << QStringLiteral("Timer lateness (%1 ms precise timer, %2 ticks): p50 %3 ms, p99 %4 "
                            "ms, max %5 ms   [target: p99 < 20 ms]\n")
                 .arg(LatencyProbe::kTickMs)
                 .arg(late.size())
                 .arg(percentile(late, 0.5), 0, 'f', 2)
                 .arg(percentile(late, 0.99), 0, 'f', 2)
                 .arg(late.empty() ? 0.0 : late.back(), 0, 'f', 2);
    out() << QStringLiteral("  %1 ticks later than 20 ms; over their intervals the GUI thread was "
                            "on a CPU %2 % of the time\n")
                 .arg(lateTicks)
                 .arg(100 * busyShare, 0, 'f', 1);
    for (const LatencyProbe::Tick &tick : probe.ticks()) {
        if (m_options.verbose && tick.lateMs > 20) {
            out() << QStringLiteral("    at %1 s: %2 ms late, GUI thread busy %3 ms\n")
                         .arg(tick.atSeconds, 0, 'f', 3)
                         .arg(tick.lateMs, 0, 'f', 1)
                         .arg(tick.busyMs, 0, 'f', 1);
        }
    }
    out() << QStringLiteral("GUI thread CPU: %1 % of one core (user %2 s, system %3 s)   "
                            "[target: < 25 %]; whole process: %4 %\n")
                 .arg(100 * (user + system) / wallSeconds, 0, 'f', 1)
                 .arg(user, 0, 'f', 2)
                 .arg(system, 0, 'f', 2)
                 .arg(100 * (after.process - before.process) / wallSeconds, 0, 'f', 1);
    out() << QStringLiteral("Output read and parsed: %1 lines/s (%2 MB/s); per job %3 lines/s "
                            "(min %4, max %5); \"msg ... copied\": %6 lines/s\n")
                 .arg(double(lines) / wallSeconds, 0, 'f', 0)
                 .arg(double(bytes) / wallSeconds / 1e6, 0, 'f', 2)
                 .arg(perJob.empty() ? 0.0 : perJob[perJob.size() / 2], 0, 'f', 0)
                 .arg(perJob.empty() ? 0.0 : perJob.front(), 0, 'f', 0)
                 .arg(perJob.empty() ? 0.0 : perJob.back(), 0, 'f', 0)
                 .arg(double(copied) / wallSeconds, 0, 'f', 0);
    out() << QStringLiteral("Statistics written: %1 rows/s in %2 flushes/s\n")
                 .arg(double(m_rowsWritten) / wallSeconds, 0, 'f', 1)
                 .arg(double(m_flushes) / wallSeconds, 0, 'f', 2);
    out().flush();
}

void Flood::tearDown()
{
    bool stopped = false;
    QObject::connect(m_service.get(), &MigrationService::runnerStopped,
                     [&stopped] { stopped = true; });
    m_service->stopRunner();
    if (!waitFor([&stopped] { return stopped; }, 60000))
        out() << "The runner did not stop within 60 s.\n";
    m_window.reset();
    m_service.reset();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options options = parseOptions(QApplication::arguments());
    const int niceness =
        options.niceness >= 0 ? options.niceness : MigrationService::kImapsyncNiceness;
    out() << QStringLiteral("%1 fake imapsync jobs, FAKE_IMAPSYNC_MESSAGES=%2 "
                            "FAKE_IMAPSYNC_DELAY=%3, niceness %4; platform %5; %6 CPUs; build "
                            "%7.\n")
                 .arg(options.jobs)
                 .arg(options.messages)
                 .arg(options.delay)
                 .arg(niceness)
                 .arg(QGuiApplication::platformName())
                 .arg(QThread::idealThreadCount())
                 .arg(QStringLiteral(IMAPDESK_BUILD_TYPE));
    out().flush();
    Flood flood(options);
    if (!flood.setUp()) {
        flood.tearDown();
        return 1;
    }
    flood.measure();
    flood.tearDown();
    return 0;
}
