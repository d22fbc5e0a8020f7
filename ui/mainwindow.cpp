#include "ui/mainwindow.h"

#include "imapsync/imapsyncversion.h"
#include "models/batchlistmodel.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistmodel.h"
#include "models/sortproxymodel.h"
#include "presentation/formatting.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "storage/jobstore.h"
#include "ui/accountlistpanel.h"
#include "ui/icons.h"
#include "ui/imapsyncsetuppanel.h"
#include "ui/logview.h"
#include "ui/mainwindowactions.h"
#include "ui/progressdelegate.h"
#include "ui/stateiconproxy.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace imapdesk {

namespace {

const QString GeometryState = QStringLiteral("mainWindow/geometry");
const QString WindowState = QStringLiteral("mainWindow/state");
const QString SplitterState = QStringLiteral("mainWindow/splitter");
const QString BatchHeaderState = QStringLiteral("mainWindow/batchHeader");
const QString JobHeaderState = QStringLiteral("mainWindow/jobHeader");

// Counting the jobs of a filtered list lists every batch again, a noticeable
// moment with a long history: not every second. After a change here at most
// every CountsSpacingMs, else every CountsMaxAgeMs (other processes' runs).
constexpr qint64 CountsSpacingMs = 2000;
constexpr qint64 CountsMaxAgeMs = 5000;

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

// Row of the source model behind a view index (view -> icons -> sort/filter -> model).
int sourceRow(const QModelIndex &viewIndex, const QIdentityProxyModel *icons,
              const QSortFilterProxyModel *sort)
{
    return sort->mapToSource(icons->mapToSource(viewIndex)).row();
}

} // namespace

MainWindow::MainWindow(MigrationService &service, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_settings(settings)
{
    setWindowTitle(tr("ImapDesk"));
    setAcceptDrops(true);
    buildLayout();
    createActions();
    createMenus();
    createStatusBar();
    createTray();
    restoreLayout();
    connect(&m_service, &MigrationService::batchFinished, this, &MainWindow::batchFinished);
    connect(&m_service, &MigrationService::problem, this, &MainWindow::report);
    connect(&m_service, &MigrationService::runnerStateChanged, this, &MainWindow::showRunnerState);
    connect(&m_service, &MigrationService::batchesChanged, this, &MainWindow::updateActions);
    connect(&m_service, &MigrationService::batchesChanged, this, [this] { m_countsStale = true; });
    showRunnerState();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(buildBatchPanel());
    m_splitter->addWidget(buildJobPanel());
    m_logView = new LogView(m_splitter);
    m_logView->setObjectName(QStringLiteral("logView"));
    m_splitter->addWidget(m_logView);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    // The first-run page sits above the batches: the history stays in view.
    m_imapsyncSetup = new ImapsyncSetupPanel(m_settings, this);
    m_imapsyncSetup->hide();
    connect(m_imapsyncSetup, &ImapsyncSetupPanel::checkRequested, this,
            &MainWindow::lookForImapsyncAgain);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_imapsyncSetup);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

QWidget *MainWindow::buildBatchPanel()
{
    auto *panel = new QWidget(this);
    m_batchSearch = new QLineEdit(panel);
    m_batchSearch->setObjectName(QStringLiteral("batchSearch"));
    m_batchSearch->setPlaceholderText(tr("Search batches: label, domain, user or id"));
    m_batchSearch->setClearButtonEnabled(true);
    m_mineOnly = new QCheckBox(tr("&Mine only"), panel);
    m_mineOnly->setObjectName(QStringLiteral("mineOnly"));
    m_showArchived = new QCheckBox(tr("Show arch&ived"), panel);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // typing pauses, not every key, query the history
    connect(m_batchSearch, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::updateSearch);
    connect(m_mineOnly, &QCheckBox::toggled, this, &MainWindow::updateSearch);
    connect(m_showArchived, &QCheckBox::toggled, this, &MainWindow::updateSearch);

    m_batchModel = new BatchListModel(&m_service, this);
    m_batchSort = new SortProxyModel(this);
    m_batchSort->setSourceModel(m_batchModel);
    m_batchIcons = new StateIconProxy(this);
    m_batchIcons->setSourceModel(m_batchSort);
    m_batchView = makeTable(panel, QStringLiteral("batchView"));
    m_batchView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batchView->setModel(m_batchIcons);
    m_batchView->setItemDelegateForColumn(BatchListModel::ProgressColumn,
                                          new ProgressDelegate(m_batchView));
    m_batchView->sortByColumn(BatchListModel::IdColumn, Qt::DescendingOrder);
    connect(m_batchView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::batchSelectionChanged);
    connect(m_batchModel, &BatchListModel::loadFailed, this, &MainWindow::report);
    connect(m_batchModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::autoSizeColumns);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_batchSearch, 1);
    filters->addWidget(m_mineOnly);
    filters->addWidget(m_showArchived);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_batchView);
    return panel;
}

QWidget *MainWindow::buildJobPanel()
{
    auto *panel = new QWidget(this);
    m_jobSearch = new QLineEdit(panel);
    m_jobSearch->setObjectName(QStringLiteral("jobSearch"));
    m_jobSearch->setPlaceholderText(tr("Filter accounts of this batch"));
    m_jobSearch->setClearButtonEnabled(true);

    m_jobModel = new JobListModel(&m_service, this);
    m_jobFilter = new JobFilterProxyModel(m_jobModel, this);
    m_jobIcons = new StateIconProxy(this);
    m_jobIcons->setSourceModel(m_jobFilter);
    m_jobView = makeTable(panel, QStringLiteral("jobView"));
    m_jobView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_jobView->setModel(m_jobIcons);
    m_jobView->setItemDelegateForColumn(JobListModel::ProgressColumn,
                                        new ProgressDelegate(m_jobView));
    connect(m_jobSearch, &QLineEdit::textChanged, m_jobFilter, &JobFilterProxyModel::setFilterText);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::jobSelectionChanged);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showLogOfCurrentJob);
    // A running job of the log view may end: the view then reads the rest once.
    connect(m_jobModel, &QAbstractItemModel::dataChanged, this, &MainWindow::showLogOfCurrentJob);
    connect(m_jobModel, &QAbstractItemModel::modelReset, this, &MainWindow::showLogOfCurrentJob);
    connect(m_jobModel, &JobListModel::loadFailed, this, &MainWindow::report);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_jobSearch);
    layout->addWidget(m_jobView);
    return panel;
}

void MainWindow::createStatusBar()
{
    m_runnerLabel = new QLabel(this);
    m_runnerLabel->setObjectName(QStringLiteral("runnerState"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("runningCounts"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_runnerLabel);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer->start();
    updateStatus();
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(icon(IconId::Application), this);
    m_tray->setToolTip(tr("ImapDesk"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show ImapDesk"), this, [this] {
        showNormal();
        activateWindow();
    });
    menu->addAction(tr("Stop Jobs and Quit"), this, &MainWindow::stopAndQuit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger) {
            showNormal();
            activateWindow();
        }
    });
    m_tray->show();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.uiState(GeometryState)))
        resize(1100, 760);
    restoreState(m_settings.uiState(WindowState));
    m_splitter->restoreState(m_settings.uiState(SplitterState));
    const bool batchHeader =
        m_batchView->horizontalHeader()->restoreState(m_settings.uiState(BatchHeaderState));
    const bool jobHeader =
        m_jobView->horizontalHeader()->restoreState(m_settings.uiState(JobHeaderState));
    m_autoSizeColumns = !batchHeader || !jobHeader;
}

// Until the user has arranged the columns, they fit what they show.
void MainWindow::autoSizeColumns()
{
    if (!m_autoSizeColumns)
        return;
    m_batchView->resizeColumnsToContents();
    m_jobView->resizeColumnsToContents();
    // Progress bars and states read better with room to grow.
    const int progress = fontMetrics().horizontalAdvance(QStringLiteral("0000/0000 jobs, 00%"));
    const int state = fontMetrics().horizontalAdvance(QStringLiteral("Interrupted")) + 40;
    for (QTableView *view : {m_batchView, m_jobView}) {
        QHeaderView *header = view->horizontalHeader();
        const int progressColumn = view == m_batchView ? int(BatchListModel::ProgressColumn)
                                                       : int(JobListModel::ProgressColumn);
        const int stateColumn =
            view == m_batchView ? int(BatchListModel::StateColumn) : int(JobListModel::StateColumn);
        header->resizeSection(progressColumn,
                              std::max(header->sectionSize(progressColumn), progress));
        header->resizeSection(stateColumn, std::max(header->sectionSize(stateColumn), state));
    }
}

void MainWindow::saveLayout()
{
    m_settings.setUiState(GeometryState, saveGeometry());
    m_settings.setUiState(WindowState, saveState());
    m_settings.setUiState(SplitterState, m_splitter->saveState());
    m_settings.setUiState(BatchHeaderState, m_batchView->horizontalHeader()->saveState());
    m_settings.setUiState(JobHeaderState, m_jobView->horizontalHeader()->saveState());
    m_settings.sync();
}

void MainWindow::updateSearch()
{
    BatchSearch search;
    search.text = m_batchSearch->text();
    search.mineOnly = m_mineOnly->isChecked();
    search.showArchived = m_showArchived->isChecked();
    m_batchModel->setSearch(search);
}

qint64 MainWindow::selectedBatch() const
{
    const QModelIndexList rows = m_batchView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_batchModel->batchId(sourceRow(rows.first(), m_batchIcons, m_batchSort));
}

QList<qint64> MainWindow::selectedJobs() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_jobView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_jobModel->jobId(sourceRow(row, m_jobIcons, m_jobFilter));
    return ids;
}

void MainWindow::selectBatch(qint64 batchId)
{
    m_batchModel->reload();
    const int row = m_batchModel->rowOf(batchId);
    if (row < 0)
        return;
    const QModelIndex index =
        m_batchIcons->mapFromSource(m_batchSort->mapFromSource(m_batchModel->index(row, 0)));
    m_batchView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_batchView->scrollTo(index);
}

void MainWindow::batchSelectionChanged()
{
    m_jobModel->setBatch(selectedBatch());
    autoSizeColumns();
    updateActions();
}

void MainWindow::jobSelectionChanged()
{
    updateActions();
}

void MainWindow::showLogOfCurrentJob()
{
    const QModelIndex current = m_jobView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_logJobId = 0;
        m_logView->setLogFile(QString());
        return;
    }
    const int row = sourceRow(current, m_jobIcons, m_jobFilter);
    if (row < 0)
        return;
    m_logJobId = m_jobModel->jobId(row);
    // Same path again only updates "live": no reload while it runs.
    m_logView->setLogFile(m_jobModel->logPath(row), m_jobModel->isRunning(row));
}

// Every second: the throughput is live; the counts come from the batch list
// when it shows every batch, else from the store when due.
void MainWindow::updateStatus()
{
    const qint64 age = m_countsAge.isValid() ? m_countsAge.elapsed() : CountsMaxAgeMs;
    if (m_batchModel->search() == BatchSearch())
        countListedJobs();
    else if ((m_countsStale && age >= CountsSpacingMs) || age >= CountsMaxAgeMs)
        readCounts();
    m_countsLabel->setText(tr("Running: %1 · Queued: %2 · %3")
                               .arg(m_runningCount)
                               .arg(m_queuedCount)
                               .arg(formatSpeed(m_service.throughput())));
}

void MainWindow::countListedJobs()
{
    m_runningCount = 0;
    m_queuedCount = 0;
    for (int row = 0; row < m_batchModel->rowCount(); ++row)
        addCounts(m_batchModel->batch(row).counts);
}

void MainWindow::readCounts()
{
    m_countsStale = false;
    m_countsAge.start();
    const auto batches = m_service.isOpen() ? m_service.store().listBatches() : StoreError{};
    if (!batches.ok())
        return; // keep showing the last counts
    m_runningCount = 0;
    m_queuedCount = 0;
    for (const BatchSummary &batch : batches.value())
        addCounts(batch.counts);
}

void MainWindow::addCounts(const JobCounts &counts)
{
    m_queuedCount += counts.queued + counts.waiting;
    m_runningCount += counts.running;
}

void MainWindow::showRunnerState()
{
    QString text;
    switch (m_service.runnerState()) {
    case MigrationService::RunnerState::Running:
        text = tr("imapsync %1").arg(m_service.imapsyncVersion());
        break;
    case MigrationService::RunnerState::Starting:
        text = tr("Starting…");
        break;
    case MigrationService::RunnerState::Stopping:
        text = tr("Stopping jobs…");
        break;
    case MigrationService::RunnerState::Stopped:
        text = tr("Not running jobs");
        break;
    case MigrationService::RunnerState::Unavailable:
        text = tr("imapsync not available");
        break;
    }
    m_runnerLabel->setText(text);
    m_runnerLabel->setToolTip(m_service.runnerMessage());
    const MigrationService::RunnerState state = m_service.runnerState();
    m_imapsyncSetup->setChecking(state == MigrationService::RunnerState::Starting);
    if (state == MigrationService::RunnerState::Unavailable) {
        statusBar()->showMessage(m_service.runnerMessage());
        m_imapsyncSetup->setProblem(m_service.runnerMessage());
        m_imapsyncSetup->show();
    } else if (state == MigrationService::RunnerState::Running) {
        m_imapsyncSetup->hide();
        showImapsyncVersion();
    }
}

// A version older than the oldest one known to work runs, with a warning.
void MainWindow::showImapsyncVersion()
{
    const QString warning =
        imapsyncVersionWarning(QVersionNumber::fromString(m_service.imapsyncVersion()));
    if (warning.isEmpty()) {
        statusBar()->clearMessage();
        return;
    }
    m_runnerLabel->setText(tr("imapsync %1 (outdated)").arg(m_service.imapsyncVersion()));
    m_runnerLabel->setToolTip(warning);
    statusBar()->showMessage(warning);
}

void MainWindow::report(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::batchFinished(qint64 batchId, int succeeded, int notSucceeded)
{
    const QString text = tr("Batch %1 has ended: %2 succeeded, %3 did not.")
                             .arg(batchId)
                             .arg(succeeded)
                             .arg(notSucceeded);
    statusBar()->showMessage(text, 30000);
    if (m_tray) {
        m_tray->showMessage(tr("ImapDesk"), text,
                            notSucceeded > 0 ? QSystemTrayIcon::Warning
                                             : QSystemTrayIcon::Information);
    }
    updateActions();
}

void MainWindow::stopAndQuit()
{
    m_quitting = true;
    saveLayout();
    if (m_service.activeJobCount() == 0) {
        QApplication::quit();
        return;
    }
    statusBar()->showMessage(tr("Stopping running jobs before quitting…"));
    connect(&m_service, &MigrationService::runnerStopped, qApp, &QApplication::quit,
            Qt::QueuedConnection);
    m_service.stopRunner();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting || m_service.activeJobCount() == 0) {
        saveLayout();
        event->accept();
        if (!m_quitting)
            stopAndQuit();
        return;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Jobs are running"),
        tr("%n imapsync job(s) are still running.", nullptr, m_service.activeJobCount()),
        QMessageBox::NoButton, this);
    QPushButton *stop = box.addButton(tr("&Stop Them and Quit"), QMessageBox::DestructiveRole);
    QPushButton *keep = nullptr;
    if (m_tray)
        keep = box.addButton(tr("&Keep Running in the Tray"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    event->ignore();
    if (box.clickedButton() == stop) {
        stopAndQuit();
    } else if (keep && box.clickedButton() == keep) {
        saveLayout();
        hide();
        m_tray->showMessage(tr("ImapDesk"), tr("Still running in the tray."));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        refreshIcons(this);
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!AccountListPanel::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = AccountListPanel::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the dialog is modal.
    QTimer::singleShot(0, this, [this, path] { newBatch(path); });
}

} // namespace imapdesk
