#pragma once

class QProcess;

namespace imapdesk {

// Takes over a QProcess whose owner is going away while the child may still
// run (architecture.md habit 7): kills the child and deletes the QProcess once
// the child has been reaped, from the event loop, without blocking the caller.
// What is left when the application object is destroyed (no event loop any
// more) gets a short bounded wait there, so Qt never warns "Destroyed while
// process is still running" and no zombie is left behind.
class ProcessReaper final
{
public:
    // Takes ownership: disconnects every signal of process, clears its parent,
    // kills the child. Call from the thread that owns process.
    static void reap(QProcess *process);
    // Processes handed over and not deleted yet (for tests and diagnostics).
    static int pendingCount();
};

} // namespace imapdesk
