#pragma once

#include "models/idtablemodel.h"
#include "storage/jobstoretypes.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace imapdesk {

class MigrationService;

// The jobs of one batch in position order: what the store holds (one query,
// never the logs), with the live statistics of the jobs this process runs
// merged in (fresher than the database). Live updates are coalesced:
// MigrationService::jobProgress() only marks a job, and at most every 250 ms
// the marked jobs are re-read and dataChanged is emitted for the rows whose
// values changed. jobsChanged() of the batch re-reads the store, merged by job
// id. Jobs that another process runs are re-read from the store every 2 s.
// Those re-reads leave the event loop free at least three times as long as the
// last one took: a batch of 10,000 jobs cannot keep the GUI thread busy.
class JobListModel final : public IdTableModel
{
    Q_OBJECT

public:
    enum Column {
        UsersColumn,    // user1 → user2
        StateColumn,    // StateIconRole
        ProgressColumn, // ProgressRole: messages copied/total
        BytesColumn,
        SpeedColumn,
        EtaColumn,
        AttemptsColumn,
        VerdictColumn, // ExitCategoryRole; the explanation as tooltip
        StartedColumn,
        EndedColumn,
        ColumnCount
    };

    // Live statistics of a job this process runs, or nullptr. The default
    // asks MigrationService::liveStats(); tests give their own.
    using StatsProvider = std::function<const JobStats *(qint64 jobId)>;

    explicit JobListModel(MigrationService *service, QObject *parent = nullptr);

    void setStatsProvider(StatsProvider provider);
    // Delay that gathers live updates into one refresh (250 ms by default).
    void setRefreshInterval(int milliseconds);
    // How often jobs running in another process are re-read (2000 ms by default).
    void setStorePollInterval(int milliseconds);

    // Shows the jobs of batchId (0: none); resets the model.
    void setBatch(qint64 batchId);
    qint64 batch() const { return m_batchId; }
    // Re-reads the store now and applies the difference.
    void reload();
    QString lastError() const { return m_lastError; }

    qint64 jobId(int row) const;
    // rowOf(jobId): IdTableModel
    QString logPath(int row) const; // of the latest attempt; empty before any
    bool isRunning(int row) const;
    const JobRecord &job(int row) const;
    // Live when this process runs the job, else the latest attempt's.
    const JobStats &stats(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        JobRecord job;
        JobStats stats;    // what the cells show
        bool live = false; // stats come from this process's runner
        RowCells cells;
    };

    bool readJobs(QList<JobRecord> *jobs);
    QList<Row> makeRows(QList<JobRecord> jobs) const;
    Row makeRow(JobRecord job) const;
    static QList<qint64> idsOf(const QList<Row> &rows);
    bool mergeLive(Row *row) const;
    void applyRows(QList<Row> rows);
    void applyChanges(QList<Row> *rows);
    void scheduleReload();
    void onJobProgress(qint64 jobId);
    void refreshLive();
    void updatePollTimer();

    MigrationService *m_service;
    StatsProvider m_liveStats;
    qint64 m_batchId = 0;
    QList<Row> m_rows;
    QSet<qint64> m_dirty; // jobs with live updates not shown yet
    QTimer m_refresh;     // single shot: coalesces live updates
    QTimer m_poll;        // re-reads while jobs run in another process
    QTimer m_reloadLater; // single shot: a re-read asked for too soon
    QElapsedTimer m_sinceReload;
    qint64 m_reloadCostMs = 0;
    QString m_lastError;
};

} // namespace imapdesk
