#include "models/joblistmodel.h"

#include "models/jobcells.h"
#include "presentation/formatting.h"
#include "service/migrationservice.h"
#include "storage/jobstore.h"

namespace imapdesk {

namespace {

constexpr int RefreshMs = 250; // at most four repaints a second
constexpr int StorePollMs = 2000;
constexpr int ReloadSpacing = 3; // idle time between re-reads, in re-read durations

bool isNumeric(int column)
{
    return column == JobListModel::BytesColumn || column == JobListModel::SpeedColumn ||
           column == JobListModel::EtaColumn || column == JobListModel::AttemptsColumn;
}

} // namespace

JobListModel::JobListModel(MigrationService *service, QObject *parent)
    : IdTableModel(parent)
    , m_service(service)
    , m_liveStats([service](qint64 jobId) { return service->liveStats(jobId); })
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &JobListModel::refreshLive);
    m_poll.setInterval(StorePollMs);
    connect(&m_poll, &QTimer::timeout, this, &JobListModel::scheduleReload);
    m_reloadLater.setSingleShot(true);
    connect(&m_reloadLater, &QTimer::timeout, this, &JobListModel::reload);
    connect(service, &MigrationService::jobProgress, this, &JobListModel::onJobProgress);
    connect(service, &MigrationService::jobsChanged, this, [this](qint64 batchId) {
        if (batchId == m_batchId)
            scheduleReload();
    });
}

void JobListModel::setStatsProvider(StatsProvider provider)
{
    m_liveStats = std::move(provider);
}

void JobListModel::setRefreshInterval(int milliseconds)
{
    m_refresh.setInterval(milliseconds);
}

void JobListModel::setStorePollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

void JobListModel::setBatch(qint64 batchId)
{
    if (batchId == m_batchId) {
        reload();
        return;
    }
    m_batchId = batchId;
    m_dirty.clear();
    m_refresh.stop();
    m_reloadLater.stop();
    QList<JobRecord> jobs;
    QList<Row> rows = readJobs(&jobs) ? makeRows(std::move(jobs)) : QList<Row>();
    resetIds(idsOf(rows), [this, &rows] { m_rows = std::move(rows); });
    updatePollTimer();
}

bool JobListModel::readJobs(QList<JobRecord> *jobs)
{
    if (m_batchId <= 0 || !m_service->isOpen())
        return true;
    auto read = m_service->store().jobs(m_batchId);
    if (!read.ok()) {
        m_lastError = read.error();
        emit loadFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    *jobs = std::move(read).value();
    return true;
}

void JobListModel::scheduleReload()
{
    const qint64 wait =
        m_sinceReload.isValid() ? m_reloadCostMs * ReloadSpacing - m_sinceReload.elapsed() : 0;
    if (wait <= 0)
        reload();
    else if (!m_reloadLater.isActive())
        m_reloadLater.start(int(wait));
}

void JobListModel::reload()
{
    QElapsedTimer cost;
    cost.start();
    m_reloadLater.stop();
    QList<JobRecord> jobs;
    if (!readJobs(&jobs))
        return;      // keep showing what we had
    m_dirty.clear(); // the rows about to be made merge the freshest live statistics
    applyRows(makeRows(std::move(jobs)));
    updatePollTimer();
    m_reloadCostMs = cost.elapsed();
    m_sinceReload.start();
}

QList<JobListModel::Row> JobListModel::makeRows(QList<JobRecord> jobs) const
{
    QList<Row> rows;
    rows.reserve(jobs.size());
    for (JobRecord &job : jobs)
        rows.append(makeRow(std::move(job)));
    return rows;
}

QList<qint64> JobListModel::idsOf(const QList<Row> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Row &row : rows)
        ids.append(row.job.id);
    return ids;
}

JobListModel::Row JobListModel::makeRow(JobRecord job) const
{
    Row row;
    row.stats = job.latestAttempt ? job.latestAttempt->stats : JobStats();
    row.job = std::move(job);
    mergeLive(&row);
    row.cells = jobCells(row.job, row.stats);
    return row;
}

// Takes the runner's statistics of a job it runs; false when there are none.
bool JobListModel::mergeLive(Row *row) const
{
    const JobStats *live = row->job.state == JobState::Running ? m_liveStats(row->job.id) : nullptr;
    row->live = live != nullptr;
    if (live)
        row->stats = *live;
    return row->live;
}

void JobListModel::applyRows(QList<Row> rows)
{
    applyIds(idsOf(rows), {[this](int first, int count) { m_rows.remove(first, count); },
                           [this, &rows](int first, int last) {
                               for (int row = first; row <= last; ++row)
                                   m_rows.insert(row, rows.at(row));
                           },
                           [this, &rows] {
                               m_rows = rows;
                           }});
    applyChanges(&rows);
}

// Rows now line up with rows; those whose cells differ are repainted.
void JobListModel::applyChanges(QList<Row> *rows)
{
    QList<int> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &fresh = (*rows)[i];
        const bool differs = m_rows[i].cells != fresh.cells;
        m_rows[i] = std::move(fresh);
        if (differs)
            changed.append(i);
    }
    emitRowsChanged(changed);
}

void JobListModel::onJobProgress(qint64 jobId)
{
    if (rowOf(jobId) < 0)
        return;
    m_dirty.insert(jobId);
    if (!m_refresh.isActive())
        m_refresh.start();
}

void JobListModel::refreshLive()
{
    QList<int> changed;
    for (qint64 jobId : std::exchange(m_dirty, {})) {
        const int row = rowOf(jobId);
        // A job that has just ended has no live statistics: jobsChanged() follows.
        if (row < 0 || !mergeLive(&m_rows[row]))
            continue;
        RowCells cells = jobCells(m_rows[row].job, m_rows[row].stats);
        if (cells != m_rows[row].cells) {
            m_rows[row].cells = std::move(cells);
            changed.append(row);
        }
    }
    emitRowsChanged(changed);
    updatePollTimer();
}

void JobListModel::updatePollTimer()
{
    const bool remote = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.job.state == JobState::Running && !row.live;
    });
    if (!remote)
        m_poll.stop();
    else if (!m_poll.isActive())
        m_poll.start();
}

qint64 JobListModel::jobId(int row) const
{
    return m_rows.at(row).job.id;
}

QString JobListModel::logPath(int row) const
{
    const JobRecord &job = m_rows.at(row).job;
    return job.latestAttempt ? job.latestAttempt->logPath : QString();
}

bool JobListModel::isRunning(int row) const
{
    return m_rows.at(row).job.state == JobState::Running;
}

const JobRecord &JobListModel::job(int row) const
{
    return m_rows.at(row).job;
}

const JobStats &JobListModel::stats(int row) const
{
    return m_rows.at(row).stats;
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (isTimeColumn(index.column()))
            return formatDateTime(row.cells.raw.at(index.column()).toLongLong());
        return row.cells.display.at(index.column());
    case StateRole:
        return int(row.job.state);
    case IdRole:
        return row.job.id;
    case StateIconRole:
        return index.column() == StateColumn
                   ? QVariant(QLatin1String("state-") + jobStateName(row.job.state))
                   : QVariant();
    case ExitCategoryRole: {
        const AttemptRecord *attempt = shownAttempt(row.job);
        const bool ended = attempt && attempt->verdict && isFinalJobState(row.job.state);
        return index.column() == VerdictColumn && ended ? QVariant(int(attempt->verdict->category))
                                                        : QVariant();
    }
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    default:
        return cellData(row.cells, index.column(), role, ProgressColumn);
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IdTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsersColumn:
        return tr("Source → destination user");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Messages");
    case BytesColumn:
        return tr("Size");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("Time left");
    case AttemptsColumn:
        return tr("Attempts");
    case VerdictColumn:
        return tr("Result");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    default:
        return {};
    }
}

} // namespace imapdesk
