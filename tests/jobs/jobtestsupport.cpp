#include "jobtestsupport.h"

#include "../fake/fakeprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <signal.h>
#include <sys/stat.h>

namespace imapdesk::test {

using namespace std::chrono_literals;

void startJobTest()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    clearFakeEnvironment();
}

JobRunSpec fakeJobSpec(const QTemporaryDir &directory)
{
    JobRunSpec spec;
    spec.jobId = 42;
    spec.attemptId = 3;
    spec.imapsync.program = ImapDeskTest::FakeProcess::program();
    spec.imapsync.source.host = QStringLiteral("imap.source.test");
    spec.imapsync.source.user = QStringLiteral("alice");
    spec.imapsync.destination.host = QStringLiteral("imap.dest.test");
    spec.imapsync.destination.user = QStringLiteral("bob");
    spec.imapsync.password1 = ImapDeskTest::FakeJob::password1;
    spec.imapsync.password2 = ImapDeskTest::FakeJob::password2;
    spec.logFile = directory.filePath(QStringLiteral("logs/batch-1/job-42.log"));
    spec.runDirectory = directory.filePath(QStringLiteral("run/job-42"));
    spec.abortGrace = 10s;
    spec.killTimeout = 10s;
    return spec;
}

QString pidFileOf(const JobRunSpec &spec)
{
    return QDir(spec.runDirectory).filePath(QStringLiteral("imapsync.pid"));
}

Watch::Watch(JobProcess *job)
{
    QObject::connect(job, &JobProcess::finished, job, [this](const JobOutcome &finished) {
        outcome = finished;
        ++finishedCount;
    });
    QObject::connect(job, &JobProcess::started, job, [this](qint64 processId) {
        pid = processId;
        ++startedCount;
    });
    QObject::connect(job, &JobProcess::outputReceived, job, [this] { ++outputCount; });
}

bool Watch::waitFinished(int timeoutMs)
{
    return QTest::qWaitFor([this] { return outcome.has_value(); }, timeoutMs);
}

void setFakeEnvironment(const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        qputenv(assignment.section(QLatin1Char('='), 0, 0).toLocal8Bit().constData(),
                assignment.section(QLatin1Char('='), 1).toLocal8Bit());
    }
}

void clearFakeEnvironment()
{
    const QStringList names = QProcessEnvironment::systemEnvironment().keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("FAKE_IMAPSYNC_")) ||
            name.startsWith(QLatin1String("IMAPSYNC_PASSWORD")))
            qunsetenv(name.toLocal8Bit().constData());
    }
}

QStringList runFilesLeft(const QString &runDirectory)
{
    return QDir(runDirectory)
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QStringList passwordFilesIn(const QString &runDirectory)
{
    QStringList paths;
    const QDir dir(runDirectory);
    const QStringList names =
        dir.entryList({QStringLiteral("imapdesk-pass-*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

QStringList filesUnder(const QString &directory)
{
    QStringList paths;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    return paths;
}

int unixMode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

qint64 sumOfCopiedSizes(QByteArray output)
{
    static const QRegularExpression copied(
        QStringLiteral("^msg .+/\\d+ \\{(\\d+)\\}\\s+copied to "),
        QRegularExpression::MultilineOption);
    output.replace('\r', '\n'); // progress lines may end in a lone CR
    qint64 sum = 0;
    auto matches = copied.globalMatch(QString::fromUtf8(output));
    while (matches.hasNext())
        sum += matches.next().captured(1).toLongLong();
    return sum;
}

QJsonObject lastJsonLine(const QString &path)
{
    const QList<QByteArray> lines = ImapDeskTest::readFile(path).trimmed().split('\n');
    return QJsonDocument::fromJson(lines.constLast()).object();
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QByteArray readProcFile(qint64 pid, const char *name)
{
    return ImapDeskTest::readFile(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
}

bool anyCommandLineContains(const QStringList &texts)
{
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        if (containsAny(readProcFile(pid.toLongLong(), "cmdline"), texts))
            return true;
    }
    return false;
}

bool containsAny(const QByteArray &data, const QStringList &texts)
{
    for (const QString &text : texts) {
        if (data.contains(text.toUtf8()))
            return true;
    }
    return false;
}

QByteArray outcomeTexts(const JobOutcome &outcome)
{
    QStringList texts = {outcome.failureMessage, outcome.verdict.title, outcome.verdict.explanation,
                         outcome.verdict.name, outcome.stats.currentFolder};
    texts << outcome.stats.lastErrors << outcome.stats.errorFolders << outcome.stats.summary.keys()
          << outcome.stats.summary.values();
    return texts.join(QLatin1Char('\n')).toUtf8();
}

} // namespace imapdesk::test
