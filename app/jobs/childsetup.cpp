#include "jobs/childsetup.h"

#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace imapdesk {

void setUpChild([[maybe_unused]] QProcess *process,
                [[maybe_unused]] const std::function<void()> &redirect,
                [[maybe_unused]] int niceness)
{
#ifdef Q_OS_UNIX
    process->setChildProcessModifier([redirect, niceness] {
        if (redirect)
            redirect();
        if (niceness > 0) {
            [[maybe_unused]] const int ignored = ::nice(niceness); // at worst it runs as we do
        }
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    });
#endif
}

} // namespace imapdesk
