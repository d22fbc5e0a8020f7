#include "models/batchlistmodel.h"

#include "models/batchcells.h"
#include "presentation/formatting.h"
#include "service/migrationservice.h"
#include "storage/jobstore.h"
#include "util/hostport.h"

#include <QDateTime>

namespace imapdesk {

namespace {

constexpr int RunningRefreshMs = 1000;
constexpr qint64 FullRefreshMs = 10000; // while batches run: new ones from other processes

bool isNumeric(int column)
{
    return column == BatchListModel::IdColumn || column == BatchListModel::AccountsColumn ||
           column == BatchListModel::DurationColumn;
}

} // namespace

BatchListModel::BatchListModel(MigrationService *service, QObject *parent)
    : IdTableModel(parent)
    , m_service(service)
    , m_currentUser(currentUserName())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_running.setInterval(RunningRefreshMs);
    connect(&m_running, &QTimer::timeout, this, &BatchListModel::refreshRunning);
    connect(service, &MigrationService::batchesChanged, this, &BatchListModel::reload);
    reload();
}

void BatchListModel::setSearch(const BatchSearch &search)
{
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

void BatchListModel::setCurrentUser(const QString &user)
{
    m_currentUser = user;
    if (m_search.mineOnly)
        reload();
}

void BatchListModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void BatchListModel::setRunningRefreshInterval(int milliseconds)
{
    m_running.setInterval(milliseconds);
}

void BatchListModel::reload()
{
    QList<Row> rows;
    if (m_service->isOpen()) {
        const auto listed = m_service->store().listBatches(batchFilterFor(m_search, m_currentUser));
        if (!listed.ok()) {
            m_lastError = listed.error(); // keep showing what we had
            emit loadFailed(m_lastError);
            return;
        }
        const qint64 now = m_clock();
        rows.reserve(listed.value().size());
        for (const BatchSummary &batch : listed.value())
            rows.append(makeRow(batch, now));
    }
    m_lastError.clear();
    applyRows(std::move(rows));
    updateRunningTimer();
    m_sinceReload.start();
}

void BatchListModel::refreshRunning()
{
    if (!m_service->isOpen() || !m_sinceReload.isValid() ||
        m_sinceReload.elapsed() >= FullRefreshMs) {
        reload();
        return;
    }
    const qint64 now = m_clock();
    QList<int> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].batch.state != JobState::Running)
            continue;
        const auto fresh = m_service->store().batch(m_rows[i].batch.id);
        if (!fresh.ok())
            continue; // deleted meanwhile: the next full re-read drops it
        Row row = makeRow(fresh.value(), now);
        if (row.cells != m_rows[i].cells)
            changed.append(i);
        m_rows[i] = std::move(row);
    }
    emitRowsChanged(changed);
    updateRunningTimer();
}

void BatchListModel::applyRows(QList<Row> rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        ids.append(row.batch.id);
    applyIds(ids, {[this](int first, int count) { m_rows.remove(first, count); },
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
void BatchListModel::applyChanges(QList<Row> *rows)
{
    QList<int> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &fresh = (*rows)[i];
        m_rows[i].batch = std::move(fresh.batch);
        if (m_rows[i].cells != fresh.cells) {
            m_rows[i].cells = std::move(fresh.cells);
            changed.append(i);
        }
    }
    emitRowsChanged(changed);
}

void BatchListModel::updateRunningTimer()
{
    const bool running = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.batch.state == JobState::Running;
    });
    if (!running)
        m_running.stop();
    else if (!m_running.isActive())
        m_running.start();
}

BatchListModel::Row BatchListModel::makeRow(const BatchSummary &batch, qint64 now) const
{
    return {batch, batchCells(batch, now)};
}

qint64 BatchListModel::batchId(int row) const
{
    return m_rows.at(row).batch.id;
}

const BatchSummary &BatchListModel::batch(int row) const
{
    return m_rows.at(row).batch;
}

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CreatedColumn)
            return formatDateTime(row.batch.createdAt);
        return row.cells.display.at(index.column());
    case StateRole:
        return int(row.batch.state);
    case IdRole:
        return row.batch.id;
    case StateIconRole:
        return index.column() == StateColumn
                   ? QVariant(QLatin1String("state-") + jobStateName(row.batch.state))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    default:
        return cellData(row.cells, index.column(), role, ProgressColumn);
    }
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IdTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case LabelColumn:
        return tr("Label");
    case ServersColumn:
        return tr("Source → destination");
    case AccountsColumn:
        return tr("Accounts");
    case ProgressColumn:
        return tr("Progress");
    case StateColumn:
        return tr("State");
    case OwnerColumn:
        return tr("Owner");
    case CreatedColumn:
        return tr("Created");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace imapdesk
