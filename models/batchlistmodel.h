#pragma once

#include "models/idtablemodel.h"
#include "presentation/listfilters.h"
#include "storage/jobstoretypes.h"

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace imapdesk {

class MigrationService;

// The batches of the history, as the store lists them for the current search
// (the filter runs in SQL: see batchFilterFor), in id order. Re-reads the store
// on MigrationService::batchesChanged(); each re-read is applied as a
// difference by batch id: inserted and removed rows, and dataChanged for the
// rows that changed only. While a batch runs, its progress and duration move
// (also for jobs run by other processes): once a second the running batches
// alone are re-read, one cheap query each, and the whole list every ten
// seconds (a long history takes a noticeable moment to list and count).
class BatchListModel final : public IdTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        LabelColumn,
        ServersColumn, // source → destination
        AccountsColumn,
        ProgressColumn, // ProgressRole: jobs ended and messages copied
        StateColumn,    // StateIconRole
        OwnerColumn,
        CreatedColumn,
        DurationColumn,
        ColumnCount
    };

    explicit BatchListModel(MigrationService *service, QObject *parent = nullptr);

    // What the list shows; the store is re-read when it differs.
    void setSearch(const BatchSearch &search);
    const BatchSearch &search() const { return m_search; }
    // Whose batches "mine only" keeps; currentUserName() by default.
    void setCurrentUser(const QString &user);
    // Milliseconds since the epoch, for the duration of running batches (tests).
    void setClock(std::function<qint64()> clock);
    // How often the store is re-read while a batch runs (1000 ms by default).
    void setRunningRefreshInterval(int milliseconds);

    // Re-reads the store now and applies the difference.
    void reload();
    QString lastError() const { return m_lastError; }

    qint64 batchId(int row) const;
    // rowOf(batchId): IdTableModel
    const BatchSummary &batch(int row) const;

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
        BatchSummary batch;
        RowCells cells;
    };

    Row makeRow(const BatchSummary &batch, qint64 now) const;
    void applyRows(QList<Row> rows);
    void applyChanges(QList<Row> *rows);
    void refreshRunning();
    void updateRunningTimer();

    MigrationService *m_service;
    BatchSearch m_search;
    QString m_currentUser;
    std::function<qint64()> m_clock;
    QList<Row> m_rows;
    QTimer m_running; // re-reads while a batch runs
    QElapsedTimer m_sinceReload;
    QString m_lastError;
};

} // namespace imapdesk
