#pragma once

#include <functional>

class QProcess;

namespace imapdesk {

// What happens in imapsync's process between fork and exec (Unix; nothing
// elsewhere): redirect (if any) makes stdout and stderr the output pipe, the
// CPU priority drops by niceness, and on Linux the child gets SIGTERM should
// the runner itself die (crash, SIGKILL), which imapsync handles like a
// cancel. Elsewhere there is no such hook; crash recovery then marks the job
// interrupted while the orphan finishes on its own.
void setUpChild(QProcess *process, const std::function<void()> &redirect, int niceness);

} // namespace imapdesk
