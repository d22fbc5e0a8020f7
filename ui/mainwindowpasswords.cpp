// Jobs waiting for their passwords (the keychain entry was deleted, or the
// batch was added on another computer): the user enters them job by job, or
// imports them from the batch's account list. MigrationService saves them
// under the job's own key and queues the job again.

#include "accounts/accountlistparser.h"
#include "models/joblistmodel.h"
#include "service/migrationservice.h"
#include "service/passwordmatching.h"
#include "storage/jobstore.h"
#include "ui/mainwindow.h"
#include "ui/passwordsdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

#include <algorithm>
#include <functional>
#include <memory>

namespace imapdesk {

namespace {

QString hostText(const BatchEndpoint &endpoint)
{
    return endpoint.port > 0 ? QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port)
                             : endpoint.host;
}

// The window's texts, in its translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(imapdesk::MainWindow)
};

AccountList parseFile(const QString &path, const AccountListParser::Options &options,
                      QString *openError)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *openError = file.errorString();
        return {};
    }
    return parseAccountList(file, options);
}

// Reads the list like the new-batch dialog does, asking before it reads a
// file that is not UTF-8 as Windows-1252 (Excel's plain "CSV"): only the user
// can tell, and a wrong guess changes passwords. False after telling the user
// why the list cannot be used.
bool readAccountList(QWidget *parent, const QString &title, const QString &path,
                     const QString &defaultDomain, AccountList *list)
{
    AccountListParser::Options options;
    options.defaultDomain = defaultDomain;
    QString openError;
    *list = parseFile(path, options, &openError);
    if (openError.isEmpty() && list->fatalProblem == AccountListProblem::NotUtf8 &&
        QMessageBox::question(
            parent, title,
            Tr::tr("%1 is not UTF-8 text.\n\nLine %2: %3\n\nRead it as Windows-1252 (Western "
                   "European) instead? A wrong guess changes accented characters in passwords.")
                .arg(QDir::toNativeSeparators(path))
                .arg(list->fatalLine)
                .arg(list->fatalError),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
        options.encoding = AccountListEncoding::Windows1252;
        *list = parseFile(path, options, &openError);
    }
    if (openError.isEmpty() && list->isUsable())
        return true;
    QString problem = openError.isEmpty() ? list->fatalError : openError;
    if (openError.isEmpty() && list->fatalLine > 0)
        problem = Tr::tr("Line %1: %2").arg(list->fatalLine).arg(list->fatalError);
    QMessageBox::warning(
        parent, title, Tr::tr("Cannot read %1:\n%2").arg(QDir::toNativeSeparators(path), problem));
    return false;
}

int countWaiting(const QList<JobRecord> &jobs)
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(), [](const JobRecord &job) {
        return job.state == JobState::NeedsPassword;
    }));
}

// The passwords of an imported list, saved one job after the other (each
// after the previous one's answer); then finished() tells what came of it.
struct PasswordImportWork
{
    MigrationService *service = nullptr;
    QList<PasswordMatch> matches;
    int next = 0;
    int saved = 0;
    QString problem; // the first failure; it stops the import
    std::function<void(const PasswordImportWork &)> finished;
};

void provideNext(const std::shared_ptr<PasswordImportWork> &work)
{
    if (work->next < work->matches.size() && work->problem.isEmpty()) {
        const PasswordMatch &match = work->matches.at(work->next++);
        work->service->providePasswords(match.jobId, match.credentials,
                                        [work](const QString &problem) {
                                            if (problem.isEmpty())
                                                ++work->saved;
                                            else
                                                work->problem = problem;
                                            provideNext(work);
                                        });
        return;
    }
    work->finished(*work);
}

} // namespace

QList<qint64> MainWindow::selectedJobsNeedingPasswords() const
{
    QList<qint64> ids;
    for (qint64 jobId : selectedJobs()) {
        const int row = m_jobModel->rowOf(jobId);
        if (row >= 0 && m_jobModel->job(row).state == JobState::NeedsPassword)
            ids << jobId;
    }
    return ids;
}

void MainWindow::enterPasswords()
{
    askForPasswords(selectedJobsNeedingPasswords());
}

void MainWindow::askForPasswords(const QList<qint64> &jobIds)
{
    QPointer<MainWindow> window(this);
    for (int i = 0; i < jobIds.size(); ++i) {
        const qint64 jobId = jobIds.at(i);
        const auto job = m_service.store().job(jobId);
        if (!job.ok()) {
            report(job.error());
            continue;
        }
        // Entered meanwhile, here or in another process.
        if (job.value().state != JobState::NeedsPassword)
            continue;
        const auto batch = m_service.store().batch(job.value().batchId);
        if (!batch.ok()) {
            report(batch.error());
            continue;
        }
        const BatchSpec &spec = batch.value().spec;
        PasswordsDialog dialog(PasswordsRequest{job.value().user1, hostText(spec.source),
                                                job.value().user2, hostText(spec.destination),
                                                i + 1, int(jobIds.size())},
                               this);
        const int result = dialog.exec();
        if (!window || result == QDialog::Rejected)
            return;
        if (result != QDialog::Accepted)
            continue; // skipped
        m_service.providePasswords(
            jobId, dialog.credentials(), [window, jobId](const QString &problem) {
                if (!window)
                    return;
                if (!problem.isEmpty())
                    window->report(problem);
                else
                    window->statusBar()->showMessage(
                        tr("Job %1 has its passwords and is queued again.").arg(jobId), 10000);
            });
    }
}

void MainWindow::importPasswords()
{
    const qint64 batchId = selectedBatch();
    const auto batch = m_service.store().batch(batchId);
    if (!batch.ok()) {
        report(batch.error());
        return;
    }
    const QString title = tr("Import Passwords from Account List");
    const QString path = QFileDialog::getOpenFileName(
        this, title, QString(), tr("Account lists (*.txt *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    // The jobs' users were completed with the batch's default domain.
    AccountList list;
    if (!readAccountList(this, title, path, batch.value().spec.defaultDomain, &list))
        return;
    const auto jobs = m_service.store().jobs(batchId);
    if (!jobs.ok()) {
        report(jobs.error());
        return;
    }
    const int waiting = countWaiting(jobs.value());
    const PasswordMatches found =
        matchPasswords(jobs.value(), list.accounts, PasswordScope::NeedsPassword);
    auto work = std::make_shared<PasswordImportWork>();
    work->service = &m_service;
    work->matches = found.matches;
    QPointer<MainWindow> window(this);
    const int unmatched = int(found.unmatchedLines.size());
    const int rejected = int(list.errors.size());
    work->finished = [window, title, waiting, unmatched, rejected](const PasswordImportWork &done) {
        if (!window)
            return;
        window->statusBar()->clearMessage();
        QStringList lines{
            tr("%n job(s) got their passwords and are queued again.", nullptr, done.saved),
            tr("%n line(s) of the list matched no job of this batch.", nullptr, unmatched),
            tr("%n job(s) still wait for their passwords.", nullptr, waiting - done.saved)};
        if (rejected > 0)
            lines << tr("%n line(s) of the list could not be read.", nullptr, rejected);
        if (done.problem.isEmpty()) {
            QMessageBox::information(window, title, lines.join(u'\n'));
            return;
        }
        window->report(done.problem);
        lines << QString() << done.problem;
        QMessageBox::warning(window, title, lines.join(u'\n'));
    };
    statusBar()->showMessage(tr("Saving the passwords of %n job(s) in the keychain…", nullptr,
                                int(work->matches.size())));
    provideNext(work);
}

} // namespace imapdesk
