// What the main window's commands do: each asks MigrationService, then tells
// the user how it went. No command touches the database or a process itself.

#include "accounts/hostshortcuts.h"
#include "models/batchlistmodel.h"
#include "presentation/ticketsummary.h"
#include "service/migrationservice.h"
#include "settings/settings.h"
#include "storage/batchreportcsv.h"
#include "storage/jobstore.h"
#include "ui/aboutdialog.h"
#include "ui/dashboarddialog.h"
#include "ui/mainwindowactions.h"
#include "ui/newbatchdialog.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace imapdesk {

namespace {

QList<ChainableBatch> chainableBatches(JobStore &store)
{
    QList<ChainableBatch> list;
    const auto batches = store.listBatches();
    if (!batches.ok())
        return list;
    for (const BatchSummary &batch : batches.value())
        list << ChainableBatch{batch.id, batch.spec.label, batch.state};
    return list;
}

} // namespace

void MainWindow::importAccountList()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Account List"), QString(),
                                     tr("Account lists (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        newBatch(path);
}

void MainWindow::newBatch(const QString &initialFile)
{
    HostShortcuts shortcuts;
    shortcuts.setRules(m_settings.hostShortcutRules());
    NewBatchDialog dialog(shortcuts, chainableBatches(m_service.store()), initialFile, this);
    dialog.setSettings(&m_settings); // remembered certificates
    if (dialog.exec() == QDialog::Accepted)
        addBatchFromDialog(dialog);
}

void MainWindow::addBatchFromDialog(NewBatchDialog &dialog)
{
    const int accounts = dialog.accounts().size();
    statusBar()->showMessage(
        tr("Saving the passwords of %n account(s) in the keychain…", nullptr, accounts));
    m_service.addBatch(dialog.spec(), dialog.accounts(), [this](const StoreResult<qint64> &added) {
        if (!added.ok()) {
            QMessageBox::warning(this, tr("New Batch"),
                                 tr("The batch was not added.\n\n%1").arg(added.error()));
            statusBar()->clearMessage();
            return;
        }
        statusBar()->showMessage(tr("Batch %1 added.").arg(added.value()), 10000);
        selectBatch(added.value());
    });
}

void MainWindow::resumeBatch()
{
    int count = 0;
    QString error;
    if (!m_service.retryBatch(selectedBatch(), RetryMode::Resume, &count, &error))
        report(error);
    else
        statusBar()->showMessage(tr("%n job(s) queued again.", nullptr, count), 10000);
}

void MainWindow::cancelSelection()
{
    if (!selectedJobs().isEmpty()) {
        cancelSelectedJobs();
        return;
    }
    const qint64 batchId = selectedBatch();
    const auto answer = QMessageBox::question(
        this, tr("Cancel Batch"),
        tr("Cancel batch %1? Running jobs stop between two messages; queued jobs will not "
           "start. Start/Resume runs them again later.")
            .arg(batchId));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_service.cancelBatch(batchId, &error))
        report(error);
}

void MainWindow::cancelSelectedJobs()
{
    QString error;
    if (!m_service.cancelJobs(selectedJobs(), &error))
        report(error);
}

void MainWindow::retrySelectedJobs()
{
    int count = 0;
    QString error;
    if (!m_service.retryJobs(selectedJobs(), &count, &error))
        report(error);
    else
        statusBar()->showMessage(tr("%n job(s) queued again.", nullptr, count), 10000);
}

void MainWindow::retryFailed()
{
    int count = 0;
    QString error;
    if (!m_service.retryBatch(selectedBatch(), RetryMode::FailedOnly, &count, &error))
        report(error);
    else
        statusBar()->showMessage(tr("%n job(s) queued again.", nullptr, count), 10000);
}

void MainWindow::rerunBatch()
{
    int count = 0;
    QString error;
    if (!m_service.retryBatch(selectedBatch(), RetryMode::All, &count, &error))
        report(error);
    else
        statusBar()->showMessage(
            tr("Delta pass: %n job(s) queued; imapsync copies only what is missing.", nullptr,
               count),
            10000);
}

void MainWindow::toggleArchived()
{
    QString error;
    if (!m_service.setArchived(selectedBatch(), m_actions->archive->isChecked(), &error))
        report(error);
}

void MainWindow::deleteBatch()
{
    const qint64 batchId = selectedBatch();
    const auto answer = QMessageBox::warning(
        this, tr("Delete Batch"),
        tr("Delete batch %1 with its history, its imapsync logs and its saved passwords? This "
           "cannot be undone.")
            .arg(batchId),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_service.deleteBatch(batchId, [this, batchId](const QString &problem) {
        if (problem.isEmpty())
            statusBar()->showMessage(tr("Batch %1 deleted.").arg(batchId), 10000);
        else
            QMessageBox::warning(this, tr("Delete Batch"), problem);
    });
}

void MainWindow::exportReport()
{
    const qint64 batchId = selectedBatch();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"),
        QDir::home().filePath(QStringLiteral("imapdesk-batch-%1.csv").arg(batchId)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto batchReport = m_service.store().batchReport(batchId);
    QString error;
    QSaveFile file(path);
    const bool written = batchReport.ok() && file.open(QIODevice::WriteOnly) &&
                         writeBatchReportCsv(file, batchReport.value(), &error) && file.commit();
    if (!written) {
        if (!batchReport.ok())
            error = batchReport.error();
        else if (error.isEmpty())
            error = file.errorString();
        QMessageBox::warning(
            this, tr("Export Report"),
            tr("The report was not written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    statusBar()->showMessage(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::copySummary()
{
    const auto batchReport = m_service.store().batchReport(selectedBatch());
    if (!batchReport.ok()) {
        report(batchReport.error());
        return;
    }
    QGuiApplication::clipboard()->setText(
        ticketSummary(batchReport.value(), QDateTime::currentMSecsSinceEpoch()));
    statusBar()->showMessage(tr("Summary copied to the clipboard."), 10000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_service.setLimits(m_settings.concurrency(), m_settings.perHostLimit());
    m_service.setForgetPasswordsOnSuccess(m_settings.forgetPasswordsOnSuccess());
    lookForImapsyncAgain();
}

void MainWindow::lookForImapsyncAgain()
{
    if (m_service.runnerState() != MigrationService::RunnerState::Unavailable)
        return;
    SchedulerSettings limits;
    limits.concurrency = m_settings.concurrency();
    limits.perHostLimit = m_settings.perHostLimit();
    limits.forgetPasswordsOnSuccess = m_settings.forgetPasswordsOnSuccess();
    m_service.startRunner(m_settings.imapsyncPath(), limits);
}

void MainWindow::showDashboard()
{
    DashboardDialog(m_service, this).exec();
}

void MainWindow::showAbout()
{
    const QString imapsync = m_service.imapsyncProgram().isEmpty() ? m_settings.imapsyncPath()
                                                                   : m_service.imapsyncProgram();
    AboutDialog(AboutDialog::Context{imapsync, m_service.dataDirectory(), m_service.databaseName()},
                this)
        .exec();
}

} // namespace imapdesk
