#include "guiprobe.h"

#include <QEventLoop>

#include <algorithm>
#include <sys/resource.h>

namespace imapdesk::bench {

namespace {

double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

} // namespace

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(20);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start();
    if (!done())
        loop.exec();
    return done();
}

void runEventLoopFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

CpuTimes cpuTimes()
{
    rusage thread{};
    rusage self{};
    getrusage(RUSAGE_THREAD, &thread);
    getrusage(RUSAGE_SELF, &self);
    return {seconds(thread.ru_utime), seconds(thread.ru_stime),
            seconds(self.ru_utime) + seconds(self.ru_stime)};
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index = size_t(p * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

LatencyProbe::LatencyProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const double interval = double(m_armed.nsecsElapsed()) / 1e6;
        const CpuTimes now = cpuTimes();
        const double busy = now.threadUser + now.threadSystem - m_cpuAtArm;
        m_ticks.push_back(
            {interval - kTickMs, busy * 1000, double(m_started.nsecsElapsed()) / 1e9});
        arm();
    });
}

void LatencyProbe::start()
{
    m_started.start();
    arm();
}

void LatencyProbe::arm()
{
    const CpuTimes now = cpuTimes();
    m_cpuAtArm = now.threadUser + now.threadSystem;
    m_armed.start();
    m_timer.start(kTickMs);
}

std::vector<double> LatencyProbe::sortedLateness() const
{
    std::vector<double> late;
    late.reserve(m_ticks.size());
    for (const Tick &tick : m_ticks)
        late.push_back(tick.lateMs);
    std::sort(late.begin(), late.end());
    return late;
}

std::pair<int, double> LatencyProbe::lateTicksBusyShare(double thresholdMs) const
{
    int count = 0;
    double busy = 0;
    double total = 0;
    for (const Tick &tick : m_ticks) {
        if (tick.lateMs <= thresholdMs)
            continue;
        ++count;
        busy += tick.busyMs;
        total += tick.lateMs + kTickMs;
    }
    return {count, total > 0 ? busy / total : 0.0};
}

} // namespace imapdesk::bench
