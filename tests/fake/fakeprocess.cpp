#include "fakeprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <signal.h>

namespace ImapDeskTest {

FakeProcess::FakeProcess()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    // Inherited modes or passwords would make a test depend on the shell it runs from.
    const QStringList names = m_env.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("FAKE_IMAPSYNC_")) ||
            name.startsWith(QLatin1String("IMAPSYNC_PASSWORD")))
            m_env.remove(name);
    }
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { readAvailable(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { readAvailable(); });
}

FakeProcess::~FakeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString FakeProcess::program()
{
    return QStringLiteral(IMAPDESK_TEST_FIXTURES "/fake-imapsync");
}

void FakeProcess::setEnv(const QStringList &assignments)
{
    for (const QString &assignment : assignments)
        setEnv(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
}

void FakeProcess::start(const QStringList &arguments)
{
    m_process.setProcessEnvironment(m_env);
    m_process.start(program(), arguments);
    if (m_process.waitForStarted(10000))
        m_pid = m_process.processId();
    if (!m_keepStdinOpen)
        m_process.closeWriteChannel();
}

void FakeProcess::write(const QByteArray &data)
{
    m_process.write(data);
}

bool FakeProcess::waitForOutput(const QByteArray &text, int timeoutMs)
{
    return QTest::qWaitFor(
               [&] {
                   readAvailable();
                   return m_out.contains(text) || m_process.state() == QProcess::NotRunning;
               },
               timeoutMs) &&
           m_out.contains(text);
}

bool FakeProcess::waitForFinished(int timeoutMs)
{
    const bool finished =
        QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    readAvailable();
    return finished;
}

void FakeProcess::sendSignal(int signal) const
{
    if (m_pid > 0)
        ::kill(static_cast<pid_t>(m_pid), signal);
}

void FakeProcess::readAvailable()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
}

FakeResult runFake(const QStringList &arguments, const QStringList &environment,
                   const QString &workingDirectory)
{
    FakeProcess fake;
    fake.setEnv(environment);
    if (!workingDirectory.isEmpty())
        fake.setWorkingDirectory(workingDirectory);
    fake.start(arguments);
    FakeResult result;
    result.finished = fake.waitForFinished();
    result.out = fake.standardOutput();
    result.err = fake.standardError();
    result.exitCode = fake.exitCode();
    result.exitStatus = fake.exitStatus();
    return result;
}

const QString FakeJob::password1 = QStringLiteral("src p@ss \"w0rd\" \u00fc");
const QString FakeJob::password2 = QStringLiteral("dst,secret;|#\\");

QStringList FakeJob::arguments(const QStringList &extra) const
{
    return QStringList{QStringLiteral("--nodockercontext"),
                       QStringLiteral("--host1"),
                       QStringLiteral("imap.source.test"),
                       QStringLiteral("--user1"),
                       QStringLiteral("alice"),
                       QStringLiteral("--host2"),
                       QStringLiteral("imap.dest.test"),
                       QStringLiteral("--user2"),
                       QStringLiteral("bob"),
                       QStringLiteral("--pidfile"),
                       path(QStringLiteral("job.pid")),
                       QStringLiteral("--logdir"),
                       QString(),
                       QStringLiteral("--logfile"),
                       path(QStringLiteral("job.log"))} +
           extra;
}

QStringList FakeJob::environment(const QStringList &extra) const
{
    return QStringList{QStringLiteral("IMAPSYNC_PASSWORD1=") + password1,
                       QStringLiteral("IMAPSYNC_PASSWORD2=") + password2,
                       QStringLiteral("FAKE_IMAPSYNC_RECORD=") +
                           path(QStringLiteral("record.jsonl"))} +
           extra;
}

QJsonObject FakeJob::lastRecord() const
{
    const QList<QByteArray> lines =
        readFile(path(QStringLiteral("record.jsonl"))).trimmed().split('\n');
    return QJsonDocument::fromJson(lines.constLast()).object();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace ImapDeskTest
