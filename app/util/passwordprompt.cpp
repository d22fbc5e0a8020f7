#include "util/passwordprompt.h"

#include <QTextStream>

#include <algorithm>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace imapdesk {

namespace {

#ifdef Q_OS_WIN

bool inputIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

// Console echo off while it lives.
class HiddenTyping final
{
public:
    HiddenTyping()
        : m_input(GetStdHandle(STD_INPUT_HANDLE))
    {
        m_active = GetConsoleMode(m_input, &m_saved) &&
                   SetConsoleMode(m_input, m_saved & ~DWORD(ENABLE_ECHO_INPUT));
    }
    ~HiddenTyping()
    {
        if (m_active)
            SetConsoleMode(m_input, m_saved);
    }
    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;
    bool echoesLineBreak() const { return false; }

private:
    HANDLE m_input;
    DWORD m_saved = 0;
    bool m_active = false;
};

#else

bool inputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

// What a signal handler needs to give the terminal its echo back.
termios g_savedTerminal;
volatile sig_atomic_t g_restoreTerminal = 0;

// Ctrl-C at the prompt must not leave the terminal without echo.
void restoreTerminalAndDie(int signal)
{
    if (g_restoreTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    struct sigaction standard = {};
    standard.sa_handler = SIG_DFL;
    sigaction(signal, &standard, nullptr);
    raise(signal);
}

// Terminal echo off (the line break still echoed) while it lives.
class HiddenTyping final
{
public:
    HiddenTyping()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction handler = {};
        handler.sa_handler = restoreTerminalAndDie;
        sigemptyset(&handler.sa_mask);
        for (int i = 0; i < kSignals; ++i)
            sigaction(kSignal[i], &handler, &m_previous[i]);
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        g_restoreTerminal = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        m_active = true;
    }
    ~HiddenTyping()
    {
        if (!m_active)
            return;
        if (g_restoreTerminal)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_restoreTerminal = 0;
        for (int i = 0; i < kSignals; ++i)
            sigaction(kSignal[i], &m_previous[i], nullptr);
    }
    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;
    bool echoesLineBreak() const { return g_restoreTerminal != 0; }

private:
    static constexpr int kSignals = 4;
    static constexpr int kSignal[kSignals] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction m_previous[kSignals] = {};
    bool m_active = false;
};

#endif

bool readLine(std::string *line)
{
    if (!std::getline(std::cin, *line))
        return false;
    if (!line->empty() && line->back() == '\r')
        line->pop_back(); // a file with Windows line ends
    return true;
}

} // namespace

bool readPasswordLine(QTextStream &promptStream, const QString &prompt, QString *password)
{
    std::string line;
    if (!inputIsTerminal()) {
        const bool read = readLine(&line);
        *password = QString::fromStdString(line);
        std::fill(line.begin(), line.end(), '\0');
        return read;
    }
    promptStream << prompt;
    promptStream.flush();
    bool read = false;
    {
        HiddenTyping hidden;
        read = readLine(&line);
        if (!hidden.echoesLineBreak()) {
            promptStream << '\n';
            promptStream.flush();
        }
    }
    *password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return read;
}

} // namespace imapdesk
