#pragma once

#include <QElapsedTimer>
#include <QMainWindow>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace imapdesk {

class BatchListModel;
class ImapsyncSetupPanel;
struct JobCounts;
class JobFilterProxyModel;
class JobListModel;
class LogView;
class MigrationService;
class Settings;
class SortProxyModel;
class StateIconProxy;

// The window technicians live in: batches on top, the jobs of the selected
// batch below, the log of the selected job at the bottom. Everything it shows
// comes from the models; everything it does goes through MigrationService.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(MigrationService &service, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the file a user dropped: opens the new-batch dialog.
    void newBatch(const QString &initialFile = {});
    void selectBatch(qint64 batchId);
    qint64 selectedBatch() const;
    QList<qint64> selectedJobs() const;
    LogView *logView() const { return m_logView; }
    // Quits after stopping running jobs, without asking (Quit with "stop").
    void stopAndQuit();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Actions;

    void buildLayout();
    QWidget *buildBatchPanel();
    QWidget *buildJobPanel();
    void createActions();
    void createMenus();
    void createStatusBar();
    void createTray();
    void restoreLayout();
    void saveLayout();
    void autoSizeColumns();

    void batchSelectionChanged();
    void jobSelectionChanged();
    void updateActions();
    void updateStatus();
    void countListedJobs();
    void readCounts();
    void addCounts(const JobCounts &counts);
    void updateSearch();
    void showLogOfCurrentJob();

    // Batch and job commands (mainwindowcommands.cpp).
    void importAccountList();
    void addBatchFromDialog(class NewBatchDialog &dialog);
    void resumeBatch();
    void cancelSelection();
    void retryFailed();
    void rerunBatch();
    void toggleArchived();
    void deleteBatch();
    void exportReport();
    void copySummary();
    void retrySelectedJobs();
    void cancelSelectedJobs();
    // Jobs waiting for their passwords (mainwindowpasswords.cpp).
    QList<qint64> selectedJobsNeedingPasswords() const;
    void enterPasswords();
    void askForPasswords(const QList<qint64> &jobIds);
    void importPasswords();
    void showSettings();
    void showDashboard();
    void showAbout();
    void batchFinished(qint64 batchId, int succeeded, int notSucceeded);
    void report(const QString &message);
    void showRunnerState();
    void showImapsyncVersion();
    // After the user named or installed another imapsync: look for it again.
    void lookForImapsyncAgain();

    MigrationService &m_service;
    Settings &m_settings;
    std::unique_ptr<Actions> m_actions;
    BatchListModel *m_batchModel = nullptr;
    SortProxyModel *m_batchSort = nullptr;
    StateIconProxy *m_batchIcons = nullptr;
    JobListModel *m_jobModel = nullptr;
    JobFilterProxyModel *m_jobFilter = nullptr;
    StateIconProxy *m_jobIcons = nullptr;
    QTableView *m_batchView = nullptr;
    QTableView *m_jobView = nullptr;
    LogView *m_logView = nullptr;
    ImapsyncSetupPanel *m_imapsyncSetup = nullptr; // while imapsync cannot be used
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_batchSearch = nullptr;
    QCheckBox *m_mineOnly = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLineEdit *m_jobSearch = nullptr;
    QLabel *m_runnerLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTimer *m_statusTimer = nullptr;
    QElapsedTimer m_countsAge; // since the counts were read
    bool m_countsStale = true; // batches changed here since
    int m_runningCount = 0;
    int m_queuedCount = 0;
    QTimer *m_searchTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_logJobId = 0;
    bool m_quitting = false;
    bool m_autoSizeColumns = true;
};

} // namespace imapdesk
