#include "jobs/outputpipe.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace imapdesk {

namespace {

// Bounds the time one wake-up spends on one child.
constexpr qsizetype kMaxReadPerWakeUp = 1024 * 1024;
constexpr qsizetype kMinRead = 4096;

#ifdef Q_OS_UNIX
// Both ends close on exec: only the child's stdout and stderr (dup2) survive it.
bool makePipe(int fds[2])
{
#ifdef Q_OS_LINUX
    return ::pipe2(fds, O_CLOEXEC) == 0;
#else
    if (::pipe(fds) != 0)
        return false;
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return true;
#endif
}

// A bigger pipe lets a fast child write on while the reader pauses. Beyond
// the user's pipe quota the kernel refuses: the default size stays.
qsizetype enlarge(int fd, qsizetype fallback)
{
#ifdef F_SETPIPE_SZ
    const int size = ::fcntl(fd, F_SETPIPE_SZ, OutputPipe::kCapacity);
    if (size > 0)
        return size;
    const int current = ::fcntl(fd, F_GETPIPE_SZ);
    return current > 0 ? current : fallback;
#else
    Q_UNUSED(fd)
    return fallback;
#endif
}
#endif

} // namespace

bool OutputPipe::isSupported()
{
#ifdef Q_OS_UNIX
    return true;
#else
    return false;
#endif
}

OutputPipe::OutputPipe(Sink sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
}

OutputPipe::~OutputPipe()
{
    close();
}

bool OutputPipe::open(QString *error)
{
#ifdef Q_OS_UNIX
    int fds[2];
    if (!makePipe(fds)) {
        *error = tr("The pipe for the output of imapsync cannot be created: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_read = fds[0];
    m_write = fds[1];
    // Only the reader must not wait; imapsync's writes do when the pipe is full.
    ::fcntl(m_read, F_SETFL, ::fcntl(m_read, F_GETFL) | O_NONBLOCK);
    m_capacity = enlarge(m_write, m_capacity);
    return true;
#else
    *error = tr("Not supported on this platform.");
    return false;
#endif
}

std::function<void()> OutputPipe::childRedirection() const
{
#ifdef Q_OS_UNIX
    return [fd = m_write] {
        ::dup2(fd, STDOUT_FILENO);
        ::dup2(fd, STDERR_FILENO);
    };
#else
    return {};
#endif
}

void OutputPipe::startReading()
{
    closeWriteEnd(); // else the end of the child would never be seen
    if (m_read < 0 || m_notifier)
        return;
    m_notifier = new QSocketNotifier(m_read, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &OutputPipe::onReadable);
}

void OutputPipe::onReadable()
{
    m_notifier->setEnabled(false);
    QPointer<OutputPipe> self(this);
    const qsizetype read = readOnce(kMaxReadPerWakeUp);
    if (!self || !m_notifier)
        return; // deleted by the sink, or every writer is gone
    if (read >= m_capacity / 2)
        m_notifier->setEnabled(true); // the child may be waiting for room
    else
        m_pause->start();
}

void OutputPipe::drain()
{
    QPointer<OutputPipe> self(this);
    while (self && m_read >= 0 && readOnce(kMaxReadPerWakeUp) > 0) {
    }
}

// Returns the bytes handed on, 0 when there were none, -1 when the pipe
// ended (closed then).
qsizetype OutputPipe::readOnce(qsizetype limit)
{
#ifdef Q_OS_UNIX
    if (m_read < 0)
        return -1;
    int available = 0;
    if (::ioctl(m_read, FIONREAD, &available) != 0)
        available = 0;
    QByteArray data(std::clamp<qsizetype>(available, kMinRead, limit), Qt::Uninitialized);
    ssize_t count = 0;
    do {
        count = ::read(m_read, data.data(), size_t(data.size()));
    } while (count < 0 && errno == EINTR);
    if (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return 0;
    if (count <= 0) {
        close();
        return -1;
    }
    data.truncate(count);
    const Sink sink = m_sink; // the sink may delete us, and m_sink with us
    sink(data);
    return count;
#else
    Q_UNUSED(limit)
    return -1;
#endif
}

void OutputPipe::closeWriteEnd()
{
#ifdef Q_OS_UNIX
    if (m_write >= 0)
        ::close(m_write);
#endif
    m_write = -1;
}

void OutputPipe::close()
{
    m_pause->stop();
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater(); // close() may run inside its activated()
        m_notifier = nullptr;
    }
    closeWriteEnd();
#ifdef Q_OS_UNIX
    if (m_read >= 0)
        ::close(m_read);
#endif
    m_read = -1;
}

} // namespace imapdesk
