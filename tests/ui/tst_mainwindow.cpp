// The real main window driven as a technician would, with the fake imapsync
// as the runner's child, a real SQLite history and session-only passwords.

#include "models/batchlistmodel.h"
#include "models/joblistmodel.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "storage/jobstore.h"
#include "ui/logview.h"
#include "ui/mainwindow.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace imapdesk;
using ImapDeskTest::iniSettings;
using ImapDeskTest::openSessionService;
using ImapDeskTest::showWindow;
using ImapDeskTest::stopRunningJobs;

namespace {

const QString Fake = QStringLiteral(IMAPDESK_TEST_FIXTURES "/fake-imapsync");

// Fills the new-batch dialog once it is shown, then presses "Add batch".
void fillNewBatchDialog(const QString &accounts)
{
    QTimer::singleShot(50, [accounts] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("newBatchDialog")) {
            fillNewBatchDialog(accounts); // not shown yet
            return;
        }
        for (const QString &side : {QStringLiteral("source"), QStringLiteral("destination")}) {
            QWidget *editor = dialog->findChild<QWidget *>(side);
            editor->findChild<QLineEdit *>(QStringLiteral("host"))
                ->setText(side + QStringLiteral(".example"));
            auto *security = editor->findChild<QComboBox *>(QStringLiteral("security"));
            security->setCurrentIndex(security->findData(int(Security::None)));
        }
        dialog->findChild<QLineEdit *>(QStringLiteral("label"))
            ->setText(QStringLiteral("GUI test"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"))->setPlainText(accounts);
        auto *add = dialog->findChild<QAbstractButton *>(QStringLiteral("addBatch"));
        QTRY_VERIFY(add->isEnabled()); // after the typing pause
        add->click();
    });
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void batchFromPastedListRunsToTheEnd();
    void cancelAndRetryAJob();
    void batchListFilter();
    void logViewFollowsARunningJob();

private:
    qint64 addBatchThroughDialog(const QString &accounts);
    QTableView *view(const QString &name) const;
    QStringList jobStates(qint64 batchId) const;
    void selectJobRow(int row);
    void trigger(const QString &actionName);
    void saveScreenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MigrationService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    qputenv("FAKE_IMAPSYNC_MESSAGES", "8");
    qunsetenv("FAKE_IMAPSYNC_DELAY");
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = iniSettings(*m_dir);
    QString error;
    m_service = openSessionService(*m_dir, &error);
    QVERIFY2(m_service, qPrintable(error));
    SchedulerSettings limits;
    limits.concurrency = 2;
    limits.abortGrace = std::chrono::milliseconds(2000);
    m_service->startRunner(Fake, limits);
    QTRY_COMPARE(m_service->runnerState(), MigrationService::RunnerState::Running);
    m_window = std::make_unique<MainWindow>(*m_service, *m_settings);
    QVERIFY(showWindow(*m_window, {1200, 800}));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    QVERIFY(stopRunningJobs(*m_service));
    m_service.reset();
    m_settings.reset();
    m_dir.reset();
}

QTableView *TestMainWindow::view(const QString &name) const
{
    return m_window->findChild<QTableView *>(name);
}

void TestMainWindow::trigger(const QString &actionName)
{
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY2(action->isEnabled(), qPrintable(actionName + QStringLiteral(" is disabled")));
    action->trigger();
}

qint64 TestMainWindow::addBatchThroughDialog(const QString &accounts)
{
    const qint64 before = m_window->selectedBatch();
    fillNewBatchDialog(accounts);
    m_window->findChild<QAction *>(QStringLiteral("newBatch"))->trigger();
    // The passwords are saved asynchronously; then the new batch is selected.
    for (int waited = 0; m_window->selectedBatch() == before && waited < 10000; waited += 20)
        QTest::qWait(20);
    return m_window->selectedBatch() == before ? 0 : m_window->selectedBatch();
}

QStringList TestMainWindow::jobStates(qint64 batchId) const
{
    QStringList states;
    const auto jobs = m_service->store().jobs(batchId);
    for (const JobRecord &job : jobs.value())
        states << jobStateName(job.state);
    return states;
}

void TestMainWindow::selectJobRow(int row)
{
    QTableView *jobs = view(QStringLiteral("jobView"));
    jobs->selectionModel()->setCurrentIndex(jobs->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

void TestMainWindow::saveScreenshot(const QString &name)
{
    const QString folder = qEnvironmentVariable("IMAPDESK_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    QVERIFY(m_window->grab().save(QDir(folder).filePath(name)));
}

void TestMainWindow::batchFromPastedListRunsToTheEnd()
{
    const qint64 batchId = addBatchThroughDialog(
        QStringLiteral("alice@example.com \"Alpha 1\"\nbob@example.com Bravo-2\n"
                       "carol@example.com Charlie-3\n"));
    QVERIFY(batchId > 0);
    QTableView *jobs = view(QStringLiteral("jobView"));
    QTRY_COMPARE(jobs->model()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(jobStates(batchId),
                              (QStringList{QStringLiteral("succeeded"), QStringLiteral("succeeded"),
                                           QStringLiteral("succeeded")}),
                              30000);
    // The batch row shows it: state and a full progress bar.
    QTableView *batches = view(QStringLiteral("batchView"));
    const QModelIndex progress = batches->model()->index(0, BatchListModel::ProgressColumn);
    QTRY_VERIFY(progress.data(Qt::DisplayRole).toString().contains(QStringLiteral("3/3")));
    // The job table too: every job at 100 %.
    for (int row = 0; row < 3; ++row) {
        const QString text =
            jobs->model()->index(row, JobListModel::ProgressColumn).data().toString();
        QVERIFY2(text.contains(QStringLiteral("8/8")), qPrintable(text));
    }
}

void TestMainWindow::cancelAndRetryAJob()
{
    qputenv("FAKE_IMAPSYNC_MESSAGES", "400");
    qputenv("FAKE_IMAPSYNC_DELAY", "0.05");
    const qint64 batchId = addBatchThroughDialog(QStringLiteral("slow@example.com Slow-1\n"));
    QTRY_COMPARE_WITH_TIMEOUT(jobStates(batchId), QStringList{QStringLiteral("running")}, 10000);
    QTRY_COMPARE(view(QStringLiteral("jobView"))->model()->rowCount(), 1);
    selectJobRow(0);
    trigger(QStringLiteral("cancelJobs"));
    QTRY_COMPARE_WITH_TIMEOUT(jobStates(batchId), QStringList{QStringLiteral("cancelled")}, 30000);

    qputenv("FAKE_IMAPSYNC_MESSAGES", "5");
    qunsetenv("FAKE_IMAPSYNC_DELAY");
    selectJobRow(0);
    trigger(QStringLiteral("retryJobs"));
    QTRY_COMPARE_WITH_TIMEOUT(jobStates(batchId), QStringList{QStringLiteral("succeeded")}, 30000);
    QCOMPARE(m_service->store().jobs(batchId).value().at(0).attempts, 2);
}

void TestMainWindow::batchListFilter()
{
    const qint64 first = addBatchThroughDialog(QStringLiteral("dora@one.example D-1\n"));
    const qint64 second = addBatchThroughDialog(QStringLiteral("emil@two.example E-2\n"));
    QTableView *batches = view(QStringLiteral("batchView"));
    QTRY_COMPARE(batches->model()->rowCount(), 2);
    m_window->findChild<QLineEdit *>(QStringLiteral("batchSearch"))
        ->setText(QStringLiteral("two.example"));
    QTRY_COMPARE(batches->model()->rowCount(), 1);
    QCOMPARE(batches->model()->index(0, BatchListModel::IdColumn).data(IdRole).toLongLong(),
             second);
    m_window->findChild<QLineEdit *>(QStringLiteral("batchSearch"))->clear();
    QTRY_COMPARE(batches->model()->rowCount(), 2);
    QVERIFY(first != second);
}

void TestMainWindow::logViewFollowsARunningJob()
{
    qputenv("FAKE_IMAPSYNC_MESSAGES", "200");
    qputenv("FAKE_IMAPSYNC_DELAY", "0.02");
    addBatchThroughDialog(QStringLiteral("gina@old.example G-1\nhugo@old.example H-2\n"));
    const qint64 batchId = addBatchThroughDialog(
        QStringLiteral("fred@example.com F-1\nivan@example.com I-2\njane@example.com J-3\n"));
    QTRY_VERIFY_WITH_TIMEOUT(jobStates(batchId).contains(QStringLiteral("running")), 20000);
    QTRY_COMPARE(view(QStringLiteral("jobView"))->model()->rowCount(), 3);
    QTRY_COMPARE(view(QStringLiteral("jobView"))
                     ->model()
                     ->index(0, JobListModel::StateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Running"));
    selectJobRow(0);
    auto *text = m_window->logView()->findChild<QPlainTextEdit *>(QStringLiteral("logText"));
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QStringLiteral("copied to")), 10000);
    const int before = text->blockCount();
    QTRY_VERIFY_WITH_TIMEOUT(text->blockCount() > before + 10, 10000); // new lines arrive
    // A running batch, for the README.
    QTableView *jobs = view(QStringLiteral("jobView"));
    QTRY_COMPARE(jobs->model()->index(0, JobListModel::StateColumn).data().toString(),
                 QStringLiteral("Running"));
    QTRY_VERIFY(!jobs->model()->index(0, JobListModel::SpeedColumn).data().toString().isEmpty());
    saveScreenshot(QStringLiteral("main-window.png"));
    QTRY_VERIFY_WITH_TIMEOUT(
        text->toPlainText().contains(QStringLiteral("Exiting with return value 0")), 30000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
