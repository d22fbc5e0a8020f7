// The batch list and job table over a large history (issue 4, benchmark 2:
// 10,000 jobs in 200 batches; sort or filter of the job list under 100 ms).
//
//   bench_models [--jobs N] [--batches N] [--biggest N] [--runs N]
//
// Builds an SQLite history in a temporary directory: --batches (200) batches
// sharing --jobs (10,000) jobs, one of them --biggest (2,000) jobs, the rest
// even. Three quarters of the batches have ended (1 job in 20 failed); the
// others are half done; the biggest batch has 50 jobs running. Every ended job
// has statistics like a real run (summary block, last errors). Then times, over
// MigrationService as the application opens it (runner not started):
// the batch list's first load, re-read and SQL search; loading the biggest
// batch's jobs, re-reading them, sorting and filtering them through the proxy,
// and one coalesced live refresh of its 50 running jobs through a sorted proxy.

#include "benchhistory.h"
#include "models/batchlistmodel.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistmodel.h"
#include "models/sortproxymodel.h"
#include "service/migrationservice.h"
#include "storage/database.h"
#include "storage/jobstore.h"
#include "util/applicationpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace imapdesk;

namespace {

struct Options
{
    HistoryShape shape;
    int runs = 10;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Options parseOptions(const QStringList &arguments)
{
    Options options;
    options.shape = parseHistoryShape(arguments);
    const int runs = arguments.indexOf(QLatin1String("--runs"));
    if (runs > 0 && runs + 1 < arguments.size())
        options.runs = arguments[runs + 1].toInt();
    return options;
}

// Milliseconds per run of work (after one warm-up), sorted.
std::vector<double> timeRuns(int runs, const std::function<void(int run)> &work)
{
    work(-1);
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work(run);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms;
}

void report(const QString &what, const std::vector<double> &ms)
{
    out() << QStringLiteral("%1: median %2 ms (min %3, max %4, %5 runs)\n")
                 .arg(what, -58)
                 .arg(ms[ms.size() / 2], 0, 'f', 2)
                 .arg(ms.front(), 0, 'f', 2)
                 .arg(ms.back(), 0, 'f', 2)
                 .arg(ms.size());
    out().flush();
}

double singleRun(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("unknown");
}

void benchBatchList(MigrationService &service, const Options &options)
{
    std::unique_ptr<BatchListModel> model;
    const double first = singleRun([&] { model = std::make_unique<BatchListModel>(&service); });
    out() << QStringLiteral("%1: %2 ms (%3 rows)\n")
                 .arg(QStringLiteral("Batch list, first load (cold)"), -58)
                 .arg(first, 0, 'f', 2)
                 .arg(model->rowCount());
    report(QStringLiteral("  of which JobStore::listBatches()"),
           timeRuns(options.runs, [&](int) { service.store().listBatches(); }));
    report(QStringLiteral("Batch list, construct and load"), timeRuns(options.runs, [&](int) {
               model = std::make_unique<BatchListModel>(&service);
           }));
    report(QStringLiteral("Batch list, re-read, nothing changed"),
           timeRuns(options.runs, [&](int) { model->reload(); }));
    SortProxyModel proxy;
    proxy.setSourceModel(model.get());
    report(QStringLiteral("Batch list, sort (proxy, raw values)"),
           timeRuns(options.runs, [&](int run) {
               proxy.sort(BatchListModel::CreatedColumn,
                          run % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
           }));
    // A user name: the SQL search looks into every job of every batch.
    report(QStringLiteral("Batch list, search a user, then clear (SQL)"),
           timeRuns(options.runs, [&](int) {
               model->setSearch({QStringLiteral("user4321@"), false, false});
               model->setSearch({});
           }));
}

void benchJobSorts(JobFilterProxyModel &proxy, const Options &options)
{
    const std::pair<int, const char *> columns[] = {{JobListModel::UsersColumn, "user"},
                                                    {JobListModel::ProgressColumn, "progress"},
                                                    {JobListModel::StartedColumn, "started"},
                                                    {JobListModel::VerdictColumn, "result"}};
    for (const auto &[column, name] : columns) {
        report(QStringLiteral("Job list, sort by %1 (proxy)").arg(QLatin1String(name)),
               timeRuns(options.runs, [&, column = column](int run) {
                   proxy.sort(column, run % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
               }));
    }
    report(QStringLiteral("Job list, filter \"user12\", then clear (sorted proxy)"),
           timeRuns(options.runs, [&](int) {
               proxy.setFilterText(QStringLiteral("user12"));
               proxy.setFilterText(QString());
           }));
}

// 50 running jobs report new statistics; one coalesced refresh reaches a
// proxy sorted by progress.
void benchLiveRefresh(MigrationService &service, JobListModel &model, JobFilterProxyModel &proxy,
                      const Options &options)
{
    QHash<qint64, JobStats> live;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.isRunning(row))
            live.insert(model.jobId(row), model.stats(row));
    }
    model.setStatsProvider([&live](qint64 jobId) {
        const auto it = live.constFind(jobId);
        return it == live.cend() ? nullptr : &it.value();
    });
    model.setRefreshInterval(0);
    proxy.sort(JobListModel::ProgressColumn, Qt::DescendingOrder);
    bool refreshed = false;
    const auto connection = QObject::connect(&proxy, &QAbstractItemModel::dataChanged,
                                             [&refreshed] { refreshed = true; });
    report(QStringLiteral("Job list, live refresh of %1 running jobs").arg(live.size()),
           timeRuns(options.runs, [&](int) {
               for (auto it = live.begin(); it != live.end(); ++it) {
                   ++it->messagesCopied;
                   emit service.jobProgress(it.key());
               }
               refreshed = false;
               while (!refreshed)
                   QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
           }));
    QObject::disconnect(connection);
}

void benchJobList(MigrationService &service, qint64 biggest, const Options &options)
{
    JobListModel model(&service);
    const double first = singleRun([&] { model.setBatch(biggest); });
    out() << QStringLiteral("%1: %2 ms (%3 rows)\n")
                 .arg(QStringLiteral("Job list, first load of the biggest batch"), -58)
                 .arg(first, 0, 'f', 2)
                 .arg(model.rowCount());
    report(QStringLiteral("Job list, load the biggest batch"), timeRuns(options.runs, [&](int) {
               model.setBatch(0);
               model.setBatch(biggest);
           }));
    report(QStringLiteral("  of which JobStore::jobs()"),
           timeRuns(options.runs, [&](int) { service.store().jobs(biggest); }));
    report(QStringLiteral("Job list, re-read, nothing changed"),
           timeRuns(options.runs, [&](int) { model.reload(); }));
    JobFilterProxyModel proxy(&model);
    benchJobSorts(proxy, options);
    benchLiveRefresh(service, model, proxy, options);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    DatabaseLocation location;
    QString error;
    DatabaseLocation::parse(defaultDatabaseFile(data), location, error);
    qint64 biggest = 0;
    const double built = singleRun([&] {
        const std::unique_ptr<Database> db = Database::open(location, &error);
        JobStore store(*db);
        biggest = db ? buildHistory(store, options.shape) : 0;
    });
    if (biggest == 0) {
        out() << "Could not build the history: " << error << '\n';
        return 1;
    }
    out() << QStringLiteral("History: %1 jobs in %2 batches, the biggest %3 jobs (%4 running); "
                            "built in %5 s. Build %6.\n")
                 .arg(options.shape.jobs)
                 .arg(options.shape.batches)
                 .arg(options.shape.biggest)
                 .arg(options.shape.running)
                 .arg(built / 1000, 0, 'f', 1)
                 .arg(QStringLiteral(IMAPDESK_BUILD_TYPE));
    MigrationService service;
    const double opened = singleRun([&] { service.open(location, data, &error); });
    out() << QStringLiteral("%1: %2 ms\n")
                 .arg(QStringLiteral("Service open (database, migrations check)"), -58)
                 .arg(opened, 0, 'f', 2);
    benchBatchList(service, options);
    benchJobList(service, biggest, options);
    out() << QStringLiteral("%1: %2\n")
                 .arg(QStringLiteral("Resident memory at the end"), -58)
                 .arg(residentMemory());
    return 0;
}
