#include "imapsync/imapsyncprobe.h"

#include "imapsync/imapsyncversion.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace imapdesk {

namespace {

// lupdate finds the context of Tr::tr() calls; a free tr() would land in "imapdesk".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImapsyncProbe)
};

} // namespace

void probeImapsyncVersion(const QString &program, QObject *context,
                          std::function<void(const ImapsyncProbeResult &)> done, int timeoutMs)
{
    // Not a child of context: destroying context must not destroy a running
    // process whose finished() would then call back into a half-dead object.
    auto *process = new QProcess;
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    const QPointer<QObject> alive(context);
    auto release = [process, timer] {
        timer->stop();
        process->disconnect(); // exactly one answer, whatever comes next
        if (process->state() != QProcess::NotRunning) {
            // Reaped later: deleteLater only once it has really ended.
            QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        } else {
            process->deleteLater();
        }
    };
    auto finish = [release, alive, done](const ImapsyncProbeResult &result) {
        release();
        if (alive)
            done(result);
    };
    QObject::connect(context, &QObject::destroyed, process, release);
    QObject::connect(timer, &QTimer::timeout, process, [finish, program, timeoutMs] {
        finish({{},
                Tr::tr("%1 --version did not answer within %2 s.")
                    .arg(program)
                    .arg(timeoutMs / 1000)});
    });
    QObject::connect(
        process, &QProcess::errorOccurred, process,
        [finish, process, program](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish({{}, Tr::tr("Cannot run %1: %2").arg(program, process->errorString())});
        });
    QObject::connect(process, &QProcess::finished, process, [finish, process, program] {
        const QString output = QString::fromUtf8(process->readAllStandardOutput());
        const QVersionNumber version = parseImapsyncVersion(output);
        if (version.isNull())
            finish(
                {{},
                 Tr::tr("%1 --version printed no imapsync version: is it imapsync?").arg(program)});
        else
            finish({version, {}});
    });
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::MergedChannels);
    timer->start(timeoutMs);
    process->start(program, {QStringLiteral("--version")});
}

} // namespace imapdesk
