#include "jobs/jobprocess.h"

#include "imapsync/imapsynclogparser.h"
#include "jobs/childsetup.h"
#include "jobs/joblogfile.h"
#include "jobs/joboutput.h"
#include "jobs/processreaper.h"
#include "secrets/passwordfile.h"
#include "version.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <array>
#include <utility>

namespace imapdesk {

namespace {

const QString kPidFileName = QStringLiteral("imapsync.pid");

enum class Phase {
    Idle,   // start() not called yet
    Active, // preparing, starting or running
    Done    // the outcome is known and finished() queued
};

enum class StopStage { None, AbortFile, Terminate, Kill };

// A crashed runner may have left these behind. An old abort file would even stop
// the new run at once should its PID come round again.
void removeRunLeftovers(const QString &runDirectory)
{
    QDir dir(runDirectory);
    dir.remove(kPidFileName);
    const QStringList abortFiles = dir.entryList({kPidFileName + QStringLiteral("abort*")},
                                                 QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : abortFiles) {
        dir.remove(name);
    }
    PasswordFile::removeLeftovers(runDirectory);
}

// Qt's Unix backend (forkfd) keeps the number of the terminating signal in
// exitCode() after a crash exit. Qt does not document it, so only a plausible
// number is taken (tst_jobprocess checks SIGSEGV, SIGTERM and SIGKILL). Windows
// reports an exception code there, not a signal.
int crashSignal(int exitCode)
{
#ifdef Q_OS_UNIX
    return exitCode > 0 && exitCode < 128 ? exitCode : 0;
#else
    Q_UNUSED(exitCode)
    return 0;
#endif
}

ExitVerdict notStartedVerdict(const QString &message, ExitCategory category)
{
    ExitVerdict verdict;
    verdict.state = JobVerdictState::Failed;
    verdict.category = category;
    verdict.title = JobProcess::tr("Not started");
    verdict.explanation = message;
    return verdict;
}

// The first line of each attempt in the log, so that the log explains itself.
QString headerLine(const JobRunSpec &spec, const ImapsyncCommand &command)
{
    const QDateTime now = QDateTime::currentDateTime();
    return JobProcess::tr("ImapDesk %1, job %2, attempt %3, started at %4: %5")
        .arg(QStringLiteral(IMAPDESK_VERSION), QString::number(spec.jobId),
             QString::number(spec.attemptId),
             now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs),
             displayCommandLine(command));
}

void appendNote(QStringList &lastErrors, const QString &note)
{
    lastErrors.append(note);
    while (lastErrors.size() > ImapsyncLogParser::kLastErrors) {
        lastErrors.removeFirst();
    }
}

} // namespace

struct JobProcess::Private
{
    explicit Private(JobProcess *owner);

    bool prepareFiles(QString *error);
    bool writePassfiles(QString *error);
    bool openOutput(QString *error);
    ImapsyncJobSpec commandSpec() const;
    void launch(const ImapsyncCommand &command);

    void onStarted();
    void readOutput();
    void onProgress(const JobStats &snapshot);
    void onError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onOutputEnded(const JobStats &finalStats, const QString &logFailure);

    void requestStop();
    bool createAbortFile();
    void escalate();
    void killNow();

    void removeRunFiles();
    void finishNotStarted(const QString &message, ExitCategory category);
    void cancelBeforeStart();
    void finish(const JobOutcome &outcome);

    JobProcess *q;
    QProcess *process = nullptr; // no parent: handed to ProcessReaper if we go first
    JobLogFile log;
    JobOutput *output = nullptr; // maybe on its own thread; deleteLater() only
    JobStats stats;              // the latest snapshot
    bool statsChanged = false;
    ProcessEnd end; // once finished, while the output is read to its end
    std::array<PasswordFile, 2> passfiles;
    QTimer stopTimer;
    QString pidFile;
    qint64 pid = 0; // kept after the end, to name the abort file
    Phase phase = Phase::Idle;
    StopStage stopStage = StopStage::None;
    bool stopRequested = false;
    bool abortFileWritten = false;
};

JobProcess::Private::Private(JobProcess *owner)
    : q(owner)
{
    stopTimer.setSingleShot(true);
    QObject::connect(&stopTimer, &QTimer::timeout, q, [this] { escalate(); });
}

bool JobProcess::Private::prepareFiles(QString *error)
{
    const QString &runDirectory = q->m_spec.runDirectory;
    if (runDirectory.isEmpty() || !QDir::isAbsolutePath(runDirectory)) {
        *error =
            tr("The run folder of the job must be an absolute path: \"%1\".").arg(runDirectory);
        return false;
    }
    if (!PasswordFile::makePrivateDirectory(runDirectory, error)) {
        return false;
    }
    removeRunLeftovers(runDirectory);
    pidFile = QDir(runDirectory).filePath(kPidFileName);
    return log.open(q->m_spec.logFile, error) && writePassfiles(error) && openOutput(error);
}

bool JobProcess::Private::openOutput(QString *error)
{
    output = new JobOutput;
    QObject::connect(output, &JobOutput::progressed, q,
                     [this](const JobStats &snapshot) { onProgress(snapshot); });
    QObject::connect(output, &JobOutput::ended, q,
                     [this](const JobStats &finalStats, const QString &logFailure) {
                         onOutputEnded(finalStats, logFailure);
                     });
    return output->openPipe(error);
}

// Only passwords the environment cannot carry ("" and "0", needsPassfile()) go
// to a file, and only when the caller did not give one.
bool JobProcess::Private::writePassfiles(QString *error)
{
    const ImapsyncJobSpec &spec = q->m_spec.imapsync;
    const std::array<QString, 2> passwords = {spec.password1, spec.password2};
    const std::array<QString, 2> given = {spec.passfile1, spec.passfile2};
    for (size_t side = 0; side < passfiles.size(); ++side) {
        if (!given[side].isEmpty() || !needsPassfile(passwords[side])) {
            continue;
        }
        if (!passfiles[side].create(q->m_spec.runDirectory, passwords[side])) {
            *error = (side == 0 ? tr("The password file of the source cannot be written: %1")
                                : tr("The password file of the destination cannot be written: %1"))
                         .arg(passfiles[side].errorString());
            return false;
        }
    }
    return true;
}

ImapsyncJobSpec JobProcess::Private::commandSpec() const
{
    ImapsyncJobSpec spec = q->m_spec.imapsync;
    spec.pidFile = pidFile;
    spec.logFile.clear(); // --nolog: the log is written here, from the output
    if (passfiles[0].exists()) {
        spec.passfile1 = passfiles[0].fileName();
    }
    if (passfiles[1].exists()) {
        spec.passfile2 = passfiles[1].fileName();
    }
    return spec;
}

void JobProcess::Private::launch(const ImapsyncCommand &command)
{
    process = new QProcess;
    process->setProgram(command.program);
    process->setArguments(command.arguments);
    process->setProcessEnvironment(command.environment);
    // imapsync writes relative files (LOG_imapsync/) in its working directory.
    process->setWorkingDirectory(q->m_spec.runDirectory);
    // With an open pipe imapsync would wait for ever at a password prompt.
    process->setStandardInputFile(QProcess::nullDevice());
    // One stream, in the order imapsync wrote it, as the captures were made:
    // the output pipe, or QProcess's merged channels.
    process->setProcessChannelMode(output->hasPipe() ? QProcess::ForwardedChannels
                                                     : QProcess::MergedChannels);
    setUpChild(process, output->childRedirection(), q->m_spec.niceness);
    QObject::connect(process, &QProcess::started, q, [this] { onStarted(); });
    if (!output->hasPipe())
        QObject::connect(process, &QProcess::readyReadStandardOutput, q, [this] { readOutput(); });
    QObject::connect(process, &QProcess::errorOccurred, q,
                     [this](QProcess::ProcessError error) { onError(error); });
    QObject::connect(
        process, &QProcess::finished, q,
        [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, status); });
    process->start();
    pid = process->processId(); // known while starting on Unix and Windows
    // The child has its copy of the environment: ours go now, not when the job ends.
    process->setProcessEnvironment(QProcessEnvironment());
    q->m_spec.imapsync.password1.clear();
    q->m_spec.imapsync.password2.clear();
    // The log is opened again there (a log that failed already gets nothing more).
    output->begin(log.isOpen() ? q->m_spec.logFile : QString());
}

void JobProcess::Private::onStarted()
{
    pid = process->processId();
    if (stopRequested && !abortFileWritten && stopStage == StopStage::AbortFile) {
        createAbortFile(); // stop() came while the process was starting
    }
    emit q->started(pid);
}

// Without an output pipe: QProcess's channels, read on this thread.
void JobProcess::Private::readOutput()
{
    output->feed(process->readAllStandardOutput());
}

void JobProcess::Private::onProgress(const JobStats &snapshot)
{
    stats = snapshot;
    statsChanged = true;
    emit q->outputReceived(); // a few times a second at most, never per line (habit 3)
}

// Kept apart from finished() (habit 6): a failed start never finishes.
void JobProcess::Private::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart) {
        return; // a crash is reported by finished() as well
    }
    finishNotStarted(tr("imapsync could not be started from %1: %2")
                         .arg(QDir::toNativeSeparators(process->program()), process->errorString()),
                     ExitCategory::LocalProblem);
}

// The outcome waits for the rest of the output to be read and parsed.
void JobProcess::Private::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!output->hasPipe()) {
        readOutput();
    }
    end = status == QProcess::NormalExit ? ProcessEnd::exited(exitCode)
                                         : ProcessEnd::killed(crashSignal(exitCode));
    QMetaObject::invokeMethod(output, &JobOutput::end, Qt::QueuedConnection);
}

void JobProcess::Private::onOutputEnded(const JobStats &finalStats, const QString &logFailure)
{
    stats = finalStats;
    JobOutcome outcome;
    outcome.started = true;
    outcome.end = end;
    outcome.stopRequested = stopRequested;
    outcome.stats = finalStats;
    outcome.verdict = judgeImapsyncExit(outcome.end, stopRequested, outcome.stats.errorFolders);
    const QString failure = !log.failure().isEmpty() ? log.failure() : logFailure;
    if (!failure.isEmpty()) {
        outcome.failureMessage = failure;
        appendNote(outcome.stats.lastErrors, failure);
    }
    finish(outcome);
}

void JobProcess::Private::requestStop()
{
    stopRequested = true;
    stopStage = StopStage::AbortFile;
    // imapsync looks for the abort file between two messages and ends cleanly
    // with exit 7; when it cannot be made, go straight to the next step.
    const bool asked = createAbortFile();
    stopTimer.start(asked ? std::max(q->m_spec.abortGrace, std::chrono::milliseconds(0))
                          : std::chrono::milliseconds(0));
}

// Before the PID is known, onStarted() creates the file.
bool JobProcess::Private::createAbortFile()
{
    if (pid == 0) {
        return true;
    }
    QFile file(imapsyncAbortFile(pidFile, pid));
    abortFileWritten = file.open(QIODevice::WriteOnly);
    return abortFileWritten;
}

void JobProcess::Private::escalate()
{
    if (!process || process->state() == QProcess::NotRunning) {
        return;
    }
    if (stopStage != StopStage::AbortFile) {
        killNow();
        return;
    }
    stopStage = StopStage::Terminate;
#ifdef Q_OS_UNIX
    // imapsync prints its statistics and dies by the signal (CrashExit). On
    // Windows terminate() posts WM_CLOSE, which a console program never sees.
    process->terminate();
#endif
    stopTimer.start(std::max(q->m_spec.killTimeout, std::chrono::milliseconds(0)));
}

void JobProcess::Private::killNow()
{
    stopRequested = true;
    stopStage = StopStage::Kill;
    stopTimer.stop();
    if (process && process->state() != QProcess::NotRunning) {
        process->kill();
    }
}

// A SIGKILL leaves the pid file and maybe the abort file; password files must
// not outlive the run.
void JobProcess::Private::removeRunFiles()
{
    if (!pidFile.isEmpty()) {
        QFile::remove(pidFile);
        if (pid != 0) {
            QFile::remove(imapsyncAbortFile(pidFile, pid));
        }
    }
    for (PasswordFile &passfile : passfiles) {
        passfile.remove();
    }
}

void JobProcess::Private::finishNotStarted(const QString &message, ExitCategory category)
{
    if (log.isOpen()) {
        log.writeLine(tr("ImapDesk: imapsync did not run: %1").arg(message));
    }
    JobOutcome outcome;
    outcome.failureMessage = message;
    outcome.stopRequested = stopRequested;
    outcome.verdict = notStartedVerdict(message, category);
    finish(outcome);
}

void JobProcess::Private::cancelBeforeStart()
{
    stopRequested = true;
    JobOutcome outcome;
    outcome.failureMessage = tr("Stopped before imapsync was started.");
    outcome.stopRequested = true;
    outcome.end = ProcessEnd::killed();
    outcome.verdict = judgeImapsyncExit(outcome.end, true, {});
    finish(outcome);
}

// Exactly once, and queued: a receiver may delete us, or start the next job,
// without running inside start() or inside a QProcess signal.
void JobProcess::Private::finish(const JobOutcome &outcome)
{
    if (phase == Phase::Done) {
        return;
    }
    phase = Phase::Done;
    stopTimer.stop();
    removeRunFiles();
    log.close();
    JobProcess *owner = q;
    QMetaObject::invokeMethod(
        owner, [owner, outcome] { emit owner->finished(outcome); }, Qt::QueuedConnection);
}

JobProcess::JobProcess(JobRunSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , d(std::make_unique<Private>(this))
{}

JobProcess::~JobProcess()
{
    if (d->process) {
        ProcessReaper::reap(std::exchange(d->process, nullptr));
    }
    if (d->phase == Phase::Active) {
        d->removeRunFiles();
    }
    if (d->output) {
        QObject::disconnect(d->output, nullptr, this, nullptr);
        d->output->deleteLater(); // on its thread, which closes the pipe
    }
}

void JobProcess::start()
{
    if (d->phase != Phase::Idle) {
        return;
    }
    d->phase = Phase::Active;
    QString error;
    if (!d->prepareFiles(&error)) {
        d->finishNotStarted(error, ExitCategory::LocalProblem);
        return;
    }
    const ImapsyncCommandResult built = buildImapsyncCommand(d->commandSpec());
    if (!built.ok()) {
        d->finishNotStarted(built.error, ExitCategory::ConfigurationProblem);
        return;
    }
    d->log.writeLine(headerLine(m_spec, *built.command));
    d->launch(*built.command);
}

void JobProcess::stop()
{
    if (d->phase == Phase::Idle) {
        d->cancelBeforeStart();
    } else if (d->phase == Phase::Active && !d->stopRequested) {
        d->requestStop();
    }
}

void JobProcess::kill()
{
    if (d->phase == Phase::Idle) {
        d->cancelBeforeStart();
    } else if (d->phase == Phase::Active) {
        d->killNow();
    }
}

bool JobProcess::isRunning() const
{
    return d->process && d->process->state() != QProcess::NotRunning;
}

qint64 JobProcess::processId() const
{
    return d->process ? d->process->processId() : 0;
}

const JobStats &JobProcess::stats() const
{
    return d->stats;
}

bool JobProcess::takeStatsChanged()
{
    return std::exchange(d->statsChanged, false);
}

} // namespace imapdesk
