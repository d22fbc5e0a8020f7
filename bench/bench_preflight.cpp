// Times a pre-flight check of many accounts against two local Dovecot servers and prints
// the total time and peak memory.
//
//   bench_preflight [--accounts N] [--runs N] [--per-host N] [--overall N]
//
// N accounts (default 500): source on one server (implicit TLS, reached as 127.0.0.1),
// destination on the other (STARTTLS, reached as localhost, so the two are separate hosts
// for the per-host limit), every password with spaces, quotes and non-ASCII; both
// self-signed certificates accepted by fingerprint. Each run is a whole PreflightCheck: two
// connection checks and 2 x N logins with the default limits (4 per host, 16 overall)
// unless given. Peak memory is the kernel's VmHWM, reset before each run; client CPU is
// this process's user + system time (Dovecot's own work shows in the total time only).
// Target: 500 accounts in under 10 s.

#include "dovecotserver.h"
#include "net/preflightcheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace imapdesk;
using ImapDeskTest::DovecotServer;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Linux resets VmHWM to the current RSS when "5" is written to clear_refs.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// CPU seconds of this process (the client side: Dovecot's processes are not counted).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + t.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString megabytes(qint64 kilobytes)
{
    return kilobytes < 0
               ? QStringLiteral("n/a")
               : QString::number(double(kilobytes) / 1024, 'f', 1) + QStringLiteral(" MB");
}

QString password(int account, int side)
{
    return QString::fromUtf8("pä ss \"%1\" \\%2").arg(account).arg(side);
}

QByteArray fingerprintOf(const DovecotServer &server)
{
    const auto certificates = QSslCertificate::fromPath(server.certificatePath());
    return certificates.isEmpty() ? QByteArray() : certificateFingerprint(certificates.first());
}

struct Arguments
{
    int accounts = 500;
    int runs = 3;
    PreflightLimits limits;
};

Arguments parseArguments(const QStringList &arguments)
{
    Arguments parsed;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        const int value = std::max(1, arguments.at(i + 1).toInt());
        if (option == QLatin1String("--accounts"))
            parsed.accounts = value;
        else if (option == QLatin1String("--runs"))
            parsed.runs = value;
        else if (option == QLatin1String("--per-host"))
            parsed.limits.perHost = value;
        else if (option == QLatin1String("--overall"))
            parsed.limits.overall = value;
        else
            continue;
        ++i;
    }
    return parsed;
}

struct Run
{
    double seconds = 0;
    double cpu = 0;
    qint64 peakKb = -1;
    int ok = 0;
    int failed = 0;
    qint64 slowestMs = 0;
    QString firstFailure;
};

Run measure(PreflightCheck &check, const QList<PreflightAccount> &accounts)
{
    Run run;
    const bool peakReset = resetPeak();
    QEventLoop loop;
    QObject::connect(&check, &PreflightCheck::rowChecked, &loop,
                     [&run](int, PreflightSide, const ProbeResult &result) {
                         run.slowestMs = std::max(run.slowestMs, result.elapsedMs);
                         if (result.ok()) {
                             ++run.ok;
                             return;
                         }
                         ++run.failed;
                         if (run.firstFailure.isEmpty())
                             run.firstFailure = result.message;
                     });
    QObject::connect(&check, &PreflightCheck::finished, &loop, &QEventLoop::quit);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    check.start(accounts);
    loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpu = cpuSeconds() - cpuBefore;
    run.peakKb = peakReset ? statusKb("VmHWM") : -1;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Arguments arguments = parseArguments(app.arguments());

    DovecotServer sslServer;
    DovecotServer startTlsServer;
    QElapsedTimer setup;
    setup.start();
    for (DovecotServer *server : {&sslServer, &startTlsServer}) {
        if (!server->start()) {
            out() << "cannot start Dovecot: " << server->errorString() << '\n';
            return 1;
        }
    }
    QList<QPair<QString, QString>> sources;
    QList<QPair<QString, QString>> destinations;
    QList<PreflightAccount> accounts;
    for (int i = 0; i < arguments.accounts; ++i) {
        const QString user = QStringLiteral("user%1").arg(i);
        sources.append({user, password(i, 1)});
        destinations.append({user, password(i, 2)});
        accounts.append(PreflightAccount{
            {QStringLiteral("127.0.0.1"), sslServer.sslPort(), Security::Ssl, user, password(i, 1)},
            {QStringLiteral("localhost"), startTlsServer.port(), Security::StartTls, user,
             password(i, 2)}});
    }
    if (!sslServer.addUsers(sources) || !startTlsServer.addUsers(destinations)) {
        out() << "cannot add users: " << sslServer.errorString() << startTlsServer.errorString()
              << '\n';
        return 1;
    }
    PreflightCheck check;
    check.setLimits(arguments.limits);
    check.setHostTrust(PreflightHost::of(accounts.first().source),
                       {{fingerprintOf(sslServer)}, false});
    check.setHostTrust(PreflightHost::of(accounts.first().destination),
                       {{fingerprintOf(startTlsServer)}, false});

    out() << "pre-flight check, Qt " << qVersion() << ", build type " << IMAPDESK_BUILD_TYPE << ", "
          << arguments.accounts << " accounts (" << 2 * arguments.accounts
          << " logins) on 2 Dovecot servers, limits " << arguments.limits.perHost << " per host / "
          << arguments.limits.overall << " overall\n"
          << "setup (2 servers, " << 2 * arguments.accounts << " users): " << setup.elapsed()
          << " ms; RSS before: " << megabytes(statusKb("VmRSS")) << '\n';
    out().flush();

    std::vector<double> seconds;
    int failures = 0;
    for (int i = 0; i < arguments.runs; ++i) {
        const Run run = measure(check, accounts);
        seconds.push_back(run.seconds);
        failures += run.failed;
        out() << QString::asprintf("run %d: %6.2f s  %6.1f logins/s  client CPU %.2f s  peak RSS "
                                   "%s  slowest probe %lld ms  ok %d, failed %d",
                                   i + 1, run.seconds, 2 * arguments.accounts / run.seconds,
                                   run.cpu, qPrintable(megabytes(run.peakKb)), run.slowestMs,
                                   run.ok, run.failed)
              << (run.firstFailure.isEmpty() ? QString()
                                             : QStringLiteral("  first: ") + run.firstFailure)
              << '\n';
        out().flush();
    }
    std::sort(seconds.begin(), seconds.end());
    out() << QString::asprintf("median %.2f s, best %.2f s (target < 10 s); RSS after: %s\n",
                               seconds.at(seconds.size() / 2), seconds.front(),
                               qPrintable(megabytes(statusKb("VmRSS"))));
    return failures == 0 ? 0 : 1;
}
