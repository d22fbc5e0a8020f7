// The main window's actions, menus, toolbar and context menus, and when each
// command is available.

#include "ui/mainwindowactions.h"

#include "models/batchlistmodel.h"
#include "models/joblistmodel.h"
#include "models/tableroles.h"
#include "ui/icons.h"
#include "ui/logview.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

namespace imapdesk {

namespace {

QAction *makeAction(QObject *parent, const QString &name, const QString &text, IconId iconId,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    setIcon(action, iconId);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    m_actions = std::make_unique<Actions>();
    Actions &a = *m_actions;
    a.newBatch = makeAction(this, QStringLiteral("newBatch"), tr("&New Batch…"),
                            IconId::CreateBatch, QKeySequence::New);
    a.importList = makeAction(this, QStringLiteral("importList"), tr("&Import Account List…"),
                              IconId::ImportList, QKeySequence::Open);
    a.exportReport = makeAction(this, QStringLiteral("exportReport"), tr("&Export Report…"),
                                IconId::Export, QKeySequence(tr("Ctrl+E")));
    a.settings = makeAction(this, QStringLiteral("settings"), tr("&Settings…"), IconId::Settings,
                            QKeySequence::Preferences);
    a.settings->setMenuRole(QAction::PreferencesRole);
    if (a.settings->shortcut().isEmpty())
        a.settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    a.quit = new QAction(tr("&Quit"), this);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    a.resume = makeAction(this, QStringLiteral("resume"), tr("&Start/Resume"), IconId::Start,
                          QKeySequence(Qt::Key_F5));
    a.resume->setToolTip(tr("Run the cancelled and interrupted jobs of the batch again"));
    a.cancel = makeAction(this, QStringLiteral("cancel"), tr("&Cancel"), IconId::Cancel,
                          QKeySequence(tr("Ctrl+.")));
    a.cancel->setToolTip(tr("Cancel the selected jobs, or the whole batch"));
    a.retryFailed = makeAction(this, QStringLiteral("retryFailed"), tr("&Retry Failed"),
                               IconId::Retry, QKeySequence(tr("Ctrl+R")));
    a.rerun = makeAction(this, QStringLiteral("rerun"), tr("Re-run &Batch (Delta Pass)"),
                         IconId::Rerun, QKeySequence(tr("Ctrl+Shift+R")));
    a.archive = makeAction(this, QStringLiteral("archive"), tr("&Archive"), IconId::Archive);
    a.archive->setCheckable(true);
    a.deleteBatch = makeAction(this, QStringLiteral("deleteBatch"), tr("&Delete Batch…"),
                               IconId::Delete, QKeySequence(tr("Shift+Del")));
    a.copySummary =
        makeAction(this, QStringLiteral("copySummary"), tr("Cop&y Summary for a Ticket"),
                   IconId::CopySummary, QKeySequence(tr("Ctrl+Shift+C")));
    a.cancelJobs =
        makeAction(this, QStringLiteral("cancelJobs"), tr("Cancel Selected &Jobs"), IconId::Cancel);
    a.retryJobs =
        makeAction(this, QStringLiteral("retryJobs"), tr("Retr&y Selected Jobs"), IconId::Retry);
    a.enterPasswords = new QAction(tr("Enter &Passwords…"), this);
    a.enterPasswords->setObjectName(QStringLiteral("enterPasswords"));
    a.enterPasswords->setToolTip(tr("Enter the passwords of the selected jobs that wait for them"));
    a.importPasswords = new QAction(tr("Import &Passwords from Account List…"), this);
    a.importPasswords->setObjectName(QStringLiteral("importPasswords"));
    a.importPasswords->setToolTip(
        tr("Give the jobs of the batch that wait for their passwords those of an account list"));
    a.dashboard = new QAction(tr("&Dashboard…"), this);
    a.dashboard->setObjectName(QStringLiteral("dashboard"));
    a.about = new QAction(tr("&About ImapDesk"), this);
    a.about->setMenuRole(QAction::AboutRole);

    connect(a.newBatch, &QAction::triggered, this, [this] { newBatch(); });
    connect(a.importList, &QAction::triggered, this, &MainWindow::importAccountList);
    connect(a.exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(a.settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.resume, &QAction::triggered, this, &MainWindow::resumeBatch);
    connect(a.cancel, &QAction::triggered, this, &MainWindow::cancelSelection);
    connect(a.retryFailed, &QAction::triggered, this, &MainWindow::retryFailed);
    connect(a.rerun, &QAction::triggered, this, &MainWindow::rerunBatch);
    connect(a.archive, &QAction::triggered, this, &MainWindow::toggleArchived);
    connect(a.deleteBatch, &QAction::triggered, this, &MainWindow::deleteBatch);
    connect(a.copySummary, &QAction::triggered, this, &MainWindow::copySummary);
    connect(a.cancelJobs, &QAction::triggered, this, &MainWindow::cancelSelectedJobs);
    connect(a.retryJobs, &QAction::triggered, this, &MainWindow::retrySelectedJobs);
    connect(a.enterPasswords, &QAction::triggered, this, &MainWindow::enterPasswords);
    connect(a.importPasswords, &QAction::triggered, this, &MainWindow::importPasswords);
    connect(a.dashboard, &QAction::triggered, this, &MainWindow::showDashboard);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    m_batchView->addActions({a.resume, a.cancel, a.retryFailed, a.rerun, a.importPasswords,
                             a.archive, a.deleteBatch, a.exportReport, a.copySummary});
    m_jobView->addActions({a.cancelJobs, a.retryJobs, a.enterPasswords,
                           m_logView->openFullLogAction(), m_logView->saveCopyAction()});
    // Double-clicking a job waiting for its passwords asks for them.
    connect(m_jobView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(StateRole).toInt() == int(JobState::NeedsPassword))
            askForPasswords({index.data(IdRole).toLongLong()});
    });
    // A selected job may start or stop waiting for its passwords (the job list
    // changes after batchesChanged() has updated the other actions).
    connect(m_jobModel, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_jobView->selectionModel()->hasSelection())
            m_actions->enterPasswords->setEnabled(!selectedJobsNeedingPasswords().isEmpty());
    });
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.newBatch, a.importList, a.exportReport});
    file->addSeparator();
    file->addAction(a.settings);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *batch = menuBar()->addMenu(tr("&Batch"));
    batch->addActions({a.resume, a.cancel, a.retryFailed, a.rerun});
    batch->addSeparator();
    batch->addAction(a.importPasswords);
    batch->addSeparator();
    batch->addActions({a.archive, a.deleteBatch});
    batch->addSeparator();
    batch->addAction(a.copySummary);

    QMenu *job = menuBar()->addMenu(tr("&Job"));
    job->addActions({a.cancelJobs, a.retryJobs, a.enterPasswords});
    job->addSeparator();
    job->addActions(
        {m_logView->openFullLogAction(), m_logView->saveCopyAction(), m_logView->findAction()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.dashboard);
    view->addAction(m_logView->wrapLinesAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({a.newBatch, a.importList});
    toolbar->addSeparator();
    toolbar->addActions({a.resume, a.cancel, a.retryFailed, a.rerun});
    toolbar->addSeparator();
    toolbar->addActions({a.exportReport, a.copySummary});
}

void MainWindow::updateActions()
{
    Actions &a = *m_actions;
    const qint64 batchId = selectedBatch();
    const int row = batchId > 0 ? m_batchModel->rowOf(batchId) : -1;
    const bool hasBatch = row >= 0;
    JobCounts counts;
    bool archived = false;
    if (hasBatch) {
        counts = m_batchModel->batch(row).counts;
        archived = m_batchModel->batch(row).archivedAt.has_value();
    }
    const int pending = counts.queued + counts.waiting + counts.running;
    const bool ended = hasBatch && pending == 0;
    a.resume->setEnabled(counts.cancelled + counts.interrupted > 0);
    a.cancel->setEnabled(pending > 0);
    a.retryFailed->setEnabled(counts.failed + counts.cancelled + counts.interrupted > 0);
    a.rerun->setEnabled(ended && counts.total > 0);
    a.archive->setEnabled(ended);
    a.archive->setChecked(archived);
    a.deleteBatch->setEnabled(hasBatch && counts.running == 0);
    a.exportReport->setEnabled(hasBatch);
    a.copySummary->setEnabled(hasBatch);
    const bool hasJobs = !selectedJobs().isEmpty();
    a.cancelJobs->setEnabled(hasJobs);
    a.retryJobs->setEnabled(hasJobs);
    a.enterPasswords->setEnabled(hasJobs && !selectedJobsNeedingPasswords().isEmpty());
    a.importPasswords->setEnabled(counts.needsPassword > 0);
}

} // namespace imapdesk
