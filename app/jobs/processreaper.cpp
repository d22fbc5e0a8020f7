#include "jobs/processreaper.h"

#include <QCoreApplication>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <utility>

namespace imapdesk {

namespace {

// A child killed with SIGKILL is normally reaped within milliseconds; one stuck in
// the kernel (a dead network file system) is left alone rather than block the exit.
constexpr int kShutdownWaitMs = 2000;

struct Registry
{
    QMutex mutex;
    QSet<QProcess *> processes;
    bool hooked = false;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

void forget(QObject *process)
{
    QMutexLocker locker(&registry().mutex);
    registry().processes.remove(static_cast<QProcess *>(process));
}

// Runs in ~QCoreApplication: no event loop will deliver the ends any more.
void reapAtShutdown()
{
    QSet<QProcess *> left;
    {
        QMutexLocker locker(&registry().mutex);
        left.swap(registry().processes);
        registry().hooked = false; // Qt drops post routines once they ran
    }
    for (QProcess *process : std::as_const(left)) {
        if (process->thread() != QThread::currentThread()) {
            continue; // only its own thread may wait for it
        }
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(kShutdownWaitMs);
        }
        // Deleting a QProcess whose child still runs would block in its
        // destructor for 30 s: leak it instead, the exit is near.
        if (process->state() == QProcess::NotRunning) {
            delete process;
        }
    }
}

} // namespace

void ProcessReaper::reap(QProcess *process)
{
    if (!process) {
        return;
    }
    process->disconnect(); // no slot of the former owner may run any more
    process->setParent(nullptr);
    {
        QMutexLocker locker(&registry().mutex);
        registry().processes.insert(process);
        if (!registry().hooked && QCoreApplication::instance()) {
            qAddPostRoutine(reapAtShutdown);
            registry().hooked = true;
        }
    }
    QObject::connect(process, &QObject::destroyed, &forget);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // NotRunning follows both a normal end and a failed start (no finished() then).
    QObject::connect(process, &QProcess::stateChanged, process,
                     [process](QProcess::ProcessState state) {
                         if (state == QProcess::NotRunning) {
                             process->deleteLater();
                         }
                     });
    process->kill();
}

int ProcessReaper::pendingCount()
{
    QMutexLocker locker(&registry().mutex);
    return int(registry().processes.size());
}

} // namespace imapdesk
