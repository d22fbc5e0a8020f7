#include "util/platformconsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace imapdesk {

void attachParentConsole()
{
#ifdef Q_OS_WIN
    // Only when the streams are not already redirected to a file or pipe.
    if (GetStdHandle(STD_OUTPUT_HANDLE) != nullptr)
        return;
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *stream = nullptr;
        freopen_s(&stream, "CONOUT$", "w", stdout);
        freopen_s(&stream, "CONOUT$", "w", stderr);
    }
#endif
}

} // namespace imapdesk
