#include "jobs/joboutput.h"

#include "jobs/joblogfile.h"
#include "jobs/outputpipe.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QTimer>

namespace imapdesk {

namespace {

QMutex g_threadMutex;
QThread *g_thread = nullptr;

// Runs in ~QCoreApplication. Readers deleted meanwhile go with the thread's
// last deferred deletes; the rest belong to jobs still alive, leaked at exit.
void stopOutputThread()
{
    QMutexLocker locker(&g_threadMutex);
    if (!g_thread)
        return;
    g_thread->quit();
    g_thread->wait();
    delete g_thread;
    g_thread = nullptr;
}

} // namespace

QThread *JobOutput::outputThread()
{
    QMutexLocker locker(&g_threadMutex);
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("imapsync output"));
        g_thread->start();
        qAddPostRoutine(stopOutputThread);
    }
    return g_thread;
}

JobOutput::JobOutput()
    : m_snapshot(new QTimer(this))
{
    m_snapshot->setSingleShot(true);
    m_snapshot->setInterval(kSnapshotMs);
    connect(m_snapshot, &QTimer::timeout, this, [this] {
        if (m_snapshotDue)
            sendSnapshot();
    });
}

JobOutput::~JobOutput() = default;

bool JobOutput::openPipe(QString *error)
{
    if (!OutputPipe::isSupported())
        return true;
    m_pipe = new OutputPipe([this](const QByteArray &chunk) { feed(chunk); }, this);
    if (m_pipe->open(error))
        return true;
    delete m_pipe;
    m_pipe = nullptr;
    return false;
}

std::function<void()> JobOutput::childRedirection() const
{
    return m_pipe ? m_pipe->childRedirection() : std::function<void()>();
}

void JobOutput::begin(const QString &logFile)
{
    if (!m_pipe) {
        start(logFile);
        return;
    }
    m_pipe->closeWriteEnd(); // the child has its copy
    moveToThread(outputThread());
    QMetaObject::invokeMethod(
        this, [this, logFile] { start(logFile); }, Qt::QueuedConnection);
}

void JobOutput::start(const QString &logFile)
{
    if (!logFile.isEmpty()) {
        m_log = std::make_unique<JobLogFile>();
        if (!m_log->open(logFile, &m_logFailure))
            m_log.reset(); // the owner opened it a moment ago: hardly ever
    }
    if (m_pipe)
        m_pipe->startReading();
}

void JobOutput::feed(const QByteArray &chunk)
{
    if (chunk.isEmpty() || m_ended)
        return;
    if (m_log)
        m_log->write(chunk);
    m_parser.feed(chunk);
    if (!m_parser.takeChanged())
        return;
    m_snapshotDue = true;
    if (!m_snapshot->isActive())
        sendSnapshot(); // at once after a quiet spell, then at the pace
}

void JobOutput::sendSnapshot()
{
    m_snapshotDue = false;
    m_snapshot->start();
    emit progressed(m_parser.stats());
}

void JobOutput::end()
{
    if (m_ended)
        return;
    if (m_pipe) {
        m_pipe->drain();
        m_pipe->close();
    }
    m_ended = true;
    m_snapshot->stop();
    m_parser.finish(); // a last line without a line end
    if (m_log) {
        m_logFailure = m_log->failure();
        m_log->close();
    }
    emit ended(m_parser.stats(), m_logFailure);
}

} // namespace imapdesk
