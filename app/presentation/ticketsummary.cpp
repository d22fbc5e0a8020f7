#include "presentation/ticketsummary.h"

#include "presentation/formatting.h"
#include "presentation/progress.h"

#include <QCoreApplication>
#include <QTextStream>

namespace imapdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TicketSummary)
};

QString endpointText(const BatchEndpoint &endpoint)
{
    const quint16 port =
        endpoint.port != 0 ? endpoint.port : (endpoint.security == Security::Ssl ? 993 : 143);
    return QStringLiteral("%1:%2").arg(endpoint.host).arg(port);
}

QString verdictText(const JobRecord &job)
{
    if (!job.latestAttempt || !job.latestAttempt->verdict)
        return jobStateDisplayName(job.state);
    const ExitVerdict &verdict = *job.latestAttempt->verdict;
    if (verdict.code >= 0)
        return Tr::tr("%1 (exit %2)").arg(verdict.title).arg(verdict.code);
    return verdict.title;
}

} // namespace

QString ticketSummary(const BatchReport &report, qint64 now)
{
    const BatchSummary &batch = report.batch;
    QString text;
    QTextStream out(&text);
    const QString label =
        batch.spec.label.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(batch.spec.label);
    out << Tr::tr("ImapDesk batch %1%2").arg(batch.id).arg(label) << '\n';
    out << Tr::tr("From %1 to %2")
               .arg(endpointText(batch.spec.source), endpointText(batch.spec.destination))
        << '\n';
    if (batch.spec.dryRun)
        out << Tr::tr("Dry run: nothing was copied.") << '\n';
    if (batch.spec.justLogin)
        out << Tr::tr("Credentials check only (--justlogin).") << '\n';
    out << Tr::tr("State: %1").arg(jobStateDisplayName(batch.state)) << '\n';
    out << Tr::tr("Accounts: %1").arg(jobCountsText(batch.counts)) << '\n';
    out << Tr::tr("Messages copied: %1, data copied: %2")
               .arg(formatCount(batch.messagesCopied), formatBytes(batch.bytesCopied))
        << '\n';
    out << Tr::tr("Duration: %1").arg(formatDuration(batchDurationMs(batch, now))) << '\n';
    QStringList problems;
    for (const JobRecord &job : report.jobs) {
        if (job.state == JobState::Succeeded)
            continue;
        problems << Tr::tr("- %1 -> %2: %3").arg(job.user1, job.user2, verdictText(job));
    }
    if (!problems.isEmpty()) {
        out << '\n' << Tr::tr("Accounts that did not succeed:") << '\n';
        for (const QString &line : problems)
            out << line << '\n';
    }
    return text;
}

} // namespace imapdesk
