#include "cli/logcommand.h"

#include "cli/batchjson.h"
#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "logs/logtail.h"
#include "storage/jobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace imapdesk {

namespace {

const QString TailOption = QStringLiteral("tail");
const QString FollowOption = QStringLiteral("follow");
constexpr int kDefaultTail = 100;
constexpr int kPollMs = 300;   // new lines appear this soon
constexpr int kCheckMs = 1000; // the database is asked this often whether the job still runs

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)
};

void printLines(QTextStream &out, const QStringList &lines)
{
    for (const QString &line : lines)
        out << line << '\n';
    out.flush(); // a follower's reader wants each line as it comes
}

QString readProblem(qint64 jobId, const QString &path, const QString &error)
{
    return Tr::tr("Cannot read the log of job %1 (%2): %3")
        .arg(jobId)
        .arg(QDir::toNativeSeparators(path), error);
}

bool isRunningAttempt(const JobRecord &job, qint64 attemptId)
{
    return job.state == JobState::Running && job.latestAttempt &&
           job.latestAttempt->id == attemptId;
}

// Prints new lines of one attempt's log until that attempt no longer runs,
// then its last unfinished line. The log may not be known (or exist) yet
// when the attempt was claimed a moment ago.
class LogFollower final
{
public:
    LogFollower(CliContext &context, JobStore &store, const JobRecord &job, int tail)
        : m_context(context)
        , m_store(store)
        , m_jobId(job.id)
        , m_attemptId(job.latestAttempt->id)
        , m_tail(tail)
    {
        if (!job.latestAttempt->logPath.isEmpty())
            start(job.latestAttempt->logPath);
        QObject::connect(&m_poll, &QTimer::timeout, [this] { poll(); });
        QObject::connect(&m_check, &QTimer::timeout, [this] { check(); });
    }

    int run()
    {
        m_poll.start(kPollMs);
        m_check.start(kCheckMs);
        return m_loop.exec();
    }

private:
    void start(const QString &path)
    {
        m_path = path;
        m_log.emplace(path);
        printLines(m_context.out, m_log->lastLines(m_tail, LogTail::PartialLine::Exclude));
    }

    void poll()
    {
        if (m_log)
            printLines(m_context.out, m_log->readNew(LogTail::PartialLine::Exclude));
    }

    void check()
    {
        const StoreResult<JobRecord> job = m_store.job(m_jobId);
        if (!job.ok()) {
            m_context.err << job.error() << '\n';
            m_loop.exit(ExitFailure);
            return;
        }
        const std::optional<AttemptRecord> &attempt = job.value().latestAttempt;
        if (!m_log && attempt && attempt->id == m_attemptId && !attempt->logPath.isEmpty())
            start(attempt->logPath);
        if (!isRunningAttempt(job.value(), m_attemptId))
            finish();
    }

    // The rest of the log, the unfinished last line included.
    void finish()
    {
        m_poll.stop();
        m_check.stop();
        if (!m_log) {
            m_context.err << Tr::tr("Job %1 ended before its log was written.").arg(m_jobId)
                          << '\n';
            m_loop.exit(ExitRejected);
            return;
        }
        QStringList lines;
        while (!(lines = m_log->readNew(LogTail::PartialLine::Include)).isEmpty())
            printLines(m_context.out, lines);
        const QString error = m_log->errorString();
        if (!error.isEmpty())
            m_context.err << readProblem(m_jobId, m_path, error) << '\n';
        m_loop.exit(error.isEmpty() ? ExitOk : ExitFailure);
    }

    CliContext &m_context;
    JobStore &m_store;
    qint64 m_jobId = 0;
    qint64 m_attemptId = 0;
    int m_tail = kDefaultTail;
    QString m_path;
    std::optional<LogTail> m_log;
    QEventLoop m_loop;
    QTimer m_poll;
    QTimer m_check;
};

// The last lines of an attempt that has ended, or of a running one without --follow.
int printTail(CliContext &context, const JobRecord &job, int tail)
{
    const AttemptRecord &attempt = *job.latestAttempt;
    if (attempt.logPath.isEmpty()) {
        QString why = attempt.verdict ? attempt.verdict->explanation : QString();
        if (why.isEmpty() && job.state == JobState::Running)
            why = Tr::tr("imapdesk is starting imapsync; try again in a moment or use --follow");
        context.err
            << Tr::tr("Job %1 has no log file for its run %2.").arg(job.id).arg(attempt.number)
            << (why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)) << '\n';
        return ExitRejected;
    }
    LogTail log(attempt.logPath);
    const QStringList lines = log.lastLines(tail);
    if (!log.errorString().isEmpty()) {
        context.err << readProblem(job.id, attempt.logPath, log.errorString()) << '\n';
        return ExitFailure;
    }
    printLines(context.out, lines);
    return ExitOk;
}

// --tail N: a count of lines, 0 allowed (with --follow: only what comes next).
bool tailCount(CliContext &context, const QCommandLineParser &parser, int *count)
{
    if (!parser.isSet(TailOption))
        return true;
    bool ok = false;
    *count = parser.value(TailOption).toInt(&ok);
    if (ok && *count >= 0)
        return true;
    context.err << Tr::tr("--tail expects a number of lines, got: %1").arg(parser.value(TailOption))
                << '\n';
    return false;
}

} // namespace

namespace LogCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {TailOption, Tr::tr("How many lines from the end to print (default 100)."), Tr::tr("N")});
    parser.addOption(
        {FollowOption, Tr::tr("Keep printing new lines until the job stops running.")});
    parser.addPositionalArgument(QStringLiteral("JOB_ID"),
                                 Tr::tr("The job (see 'imapdesk batch show ID')."));
}

int run(CliContext &context, const QCommandLineParser &parser, const QStringList &operands)
{
    const qint64 jobId = parseIdOperand(context, operands, Tr::tr("job id"));
    int tail = kDefaultTail;
    if (jobId == 0 || !tailCount(context, parser, &tail))
        return ExitUsage;
    int exitCode = ExitOk;
    const std::unique_ptr<CliSession> session = CliSession::open(context, parser, &exitCode);
    if (!session)
        return exitCode;
    const std::optional<JobRecord> job = findJob(context, *session, jobId, &exitCode);
    if (!job)
        return exitCode;
    if (!job->latestAttempt) {
        context.err << Tr::tr("Job %1 has not run yet: there is no log.").arg(jobId) << '\n';
        return ExitRejected;
    }
    if (parser.isSet(FollowOption) && isRunningAttempt(*job, job->latestAttempt->id))
        return LogFollower(context, session->store(), *job, tail).run();
    return printTail(context, *job, tail);
}

} // namespace LogCommand

} // namespace imapdesk
