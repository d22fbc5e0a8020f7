#include "util/interrupthandler.h"

#include <QSocketNotifier>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace imapdesk {

namespace {

InterruptHandler *g_handler = nullptr;

#ifdef Q_OS_WIN
BOOL WINAPI consoleHandler(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    if (g_handler)
        QMetaObject::invokeMethod(g_handler, "deliver", Qt::QueuedConnection);
    return TRUE;
}
#else
// Self-pipe: the only async-signal-safe way to wake the event loop.
int g_pipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
#endif

} // namespace

InterruptHandler::InterruptHandler(QObject *parent)
    : QObject(parent)
{
    g_handler = this;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (::pipe(g_pipe) == 0) {
        ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
        auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            [[maybe_unused]] const auto count = ::read(g_pipe[0], &byte, 1);
            deliver();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif
}

InterruptHandler::~InterruptHandler()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
#else
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
    g_handler = nullptr;
}

void InterruptHandler::deliver()
{
    emit interrupted(++m_count);
}

} // namespace imapdesk
