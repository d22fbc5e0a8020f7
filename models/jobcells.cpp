#include "models/jobcells.h"

#include "models/joblistmodel.h"
#include "presentation/formatting.h"
#include "presentation/progress.h"

#include <QCoreApplication>

namespace imapdesk {

namespace {

// The job table's texts, in the model's translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(imapdesk::JobListModel)
};

using Model = JobListModel;

void set(RowCells *cells, int column, const QVariant &raw, const QString &display)
{
    cells->raw[column] = raw;
    cells->display[column] = display;
}

void fillState(const JobRecord &job, const JobStats &stats, RowCells *cells)
{
    QString text = jobStateDisplayName(job.state);
    if (job.cancelRequested && job.state == JobState::Running)
        text = Tr::tr("%1 (stopping)").arg(text);
    set(cells, Model::StateColumn, int(job.state), text);
    if (job.state == JobState::Running && stats.folderCount > 0) {
        cells->toolTips[Model::StateColumn] = Tr::tr("Folder %1/%2: %3")
                                                  .arg(stats.folderIndex)
                                                  .arg(stats.folderCount)
                                                  .arg(stats.currentFolder);
    }
}

void fillTransfer(const JobRecord &job, const JobStats &stats, RowCells *cells)
{
    const QLocale locale;
    cells->progress = {jobProgressFraction(job.state, stats), jobProgressText(stats, locale)};
    set(cells, Model::ProgressColumn, cells->progress.fraction, cells->progress.text);
    cells->toolTips[Model::ProgressColumn] = formatPercent(cells->progress.fraction, locale);
    const QString copied = formatBytes(stats.bytesCopied, locale);
    set(cells, Model::BytesColumn, stats.bytesCopied,
        stats.bytesTotal > 0
            //: Bytes copied of the mailbox size ("12.3 MiB of 1.21 GiB")
            ? Tr::tr("%1 of %2").arg(copied, formatBytes(stats.bytesTotal, locale))
            : copied);
    const bool moving = stats.bytesPerSecond > 0;
    set(cells, Model::SpeedColumn, stats.bytesPerSecond,
        moving ? formatSpeed(stats.bytesPerSecond, locale) : QString());
    if (moving)
        cells->toolTips[Model::SpeedColumn] = formatMessageRate(stats.messagesPerSecond, locale);
    const bool running = job.state == JobState::Running;
    const qint64 eta = running ? stats.etaSeconds : -1;
    set(cells, Model::EtaColumn, eta, formatEta(eta));
}

void fillVerdict(const JobRecord &job, const AttemptRecord &attempt, RowCells *cells)
{
    if (!isFinalJobState(job.state))
        return;
    if (attempt.verdict) {
        set(cells, Model::VerdictColumn, attempt.verdict->title, attempt.verdict->title);
        QString tip = attempt.verdict->explanation;
        if (job.state != JobState::Succeeded && !attempt.stats.lastErrors.isEmpty())
            tip += QLatin1String("\n\n") +
                   Tr::tr("Last error: %1").arg(attempt.stats.lastErrors.constLast());
        cells->toolTips[Model::VerdictColumn] = tip;
    } else if (job.state == JobState::Interrupted) {
        const QString title = Tr::tr("Runner stopped");
        set(cells, Model::VerdictColumn, title, title);
        cells->toolTips[Model::VerdictColumn] =
            Tr::tr("The program running this job stopped (crash, reboot) before imapsync "
                   "ended. Resume the batch to carry on where it stopped.");
    }
}

// The runner found no passwords for the job: say why where verdicts go, as
// the job is not over.
void fillNeedsPassword(const JobRecord &job, RowCells *cells)
{
    if (job.state != JobState::NeedsPassword || !job.latestAttempt || !job.latestAttempt->verdict)
        return;
    const ExitVerdict &verdict = *job.latestAttempt->verdict;
    set(cells, Model::VerdictColumn, verdict.title, verdict.explanation);
    cells->toolTips[Model::VerdictColumn] =
        verdict.explanation + QLatin1String("\n\n") +
        Tr::tr("Job ▸ Enter Passwords… (or a double click) asks for them; Batch ▸ Import "
               "Passwords from Account List… reads them from the batch's list.");
}

// Raw times only: the model formats them when a cell is shown, because the
// conversion to local time is most of what building a row would cost.
void fillTimes(const AttemptRecord &attempt, RowCells *cells)
{
    set(cells, Model::StartedColumn, attempt.startedAt, {});
    set(cells, Model::EndedColumn, attempt.endedAt.value_or(-1), {});
}

} // namespace

bool isTimeColumn(int column)
{
    return column == Model::StartedColumn || column == Model::EndedColumn;
}

const AttemptRecord *shownAttempt(const JobRecord &job)
{
    const bool started = job.state == JobState::Running || isFinalJobState(job.state);
    return started && job.latestAttempt ? &*job.latestAttempt : nullptr;
}

RowCells jobCells(const JobRecord &job, const JobStats &stats)
{
    RowCells cells(Model::ColumnCount);
    set(&cells, Model::UsersColumn, job.user1, Tr::tr("%1 → %2").arg(job.user1, job.user2));
    fillState(job, stats, &cells);
    set(&cells, Model::AttemptsColumn, job.attempts, QString::number(job.attempts));
    const AttemptRecord *attempt = shownAttempt(job);
    if (!attempt) {
        // Same types as when filled: the sort proxy compares like with like.
        set(&cells, Model::ProgressColumn, -1.0, {});
        for (int column :
             {Model::BytesColumn, Model::EtaColumn, Model::StartedColumn, Model::EndedColumn})
            set(&cells, column, qint64(-1), {});
        set(&cells, Model::SpeedColumn, 0.0, {});
        set(&cells, Model::VerdictColumn, QString(), {});
        fillNeedsPassword(job, &cells);
        return cells;
    }
    fillTransfer(job, stats, &cells);
    set(&cells, Model::VerdictColumn, QString(), {});
    fillVerdict(job, *attempt, &cells);
    fillTimes(*attempt, &cells);
    return cells;
}

} // namespace imapdesk
