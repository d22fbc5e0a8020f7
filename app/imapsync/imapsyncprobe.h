#pragma once

#include <QObject>
#include <QVersionNumber>

#include <functional>

namespace imapdesk {

struct ImapsyncProbeResult
{
    QVersionNumber version; // null when it could not be read
    QString error;          // why not, for the user

    bool ok() const { return !version.isNull(); }
};

// Runs `program --version` without blocking and calls done with what it
// printed (imapsync 2.229 needs about half a second: Perl compiles first).
// Never waits longer than timeoutMs; done runs only while context is alive.
void probeImapsyncVersion(const QString &program, QObject *context,
                          std::function<void(const ImapsyncProbeResult &)> done,
                          int timeoutMs = 20000);

} // namespace imapdesk
