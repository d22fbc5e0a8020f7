#pragma once

#include <QtGlobal>

namespace imapdesk {

// Whether a process with this id exists on this machine. Used to tell a
// crashed runner from a live one; OS-specific, one branch per platform.
bool isProcessAlive(qint64 pid);

} // namespace imapdesk
