#pragma once

// Event-loop latency and CPU probes of the GUI benchmarks (issue 4).

#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <utility>
#include <vector>

namespace imapdesk::bench {

// Runs the event loop until done() or timeoutMs; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs);
void runEventLoopFor(int milliseconds);

// CPU time of the calling thread (RUSAGE_THREAD) and of the process, seconds.
struct CpuTimes
{
    double threadUser = 0;
    double threadSystem = 0;
    double process = 0;
};
CpuTimes cpuTimes();

// Value at fraction p (0..1) of sorted values; 0 when there are none.
double percentile(const std::vector<double> &sorted, double p);

// How late a 10 ms precise timer fires, re-armed at each tick (lateness =
// time from arming to the tick, minus 10 ms), and how much of each interval
// the calling thread spent on a CPU rather than waiting for one or sleeping.
class LatencyProbe final
{
public:
    static constexpr int kTickMs = 10;
    struct Tick
    {
        double lateMs = 0;
        double busyMs = 0;
        double atSeconds = 0; // since start()
    };

    LatencyProbe();
    void start();
    void stop() { m_timer.stop(); }
    const std::vector<Tick> &ticks() const { return m_ticks; }
    std::vector<double> sortedLateness() const;
    // Ticks later than thresholdMs: how many, and the thread's CPU share over
    // their intervals.
    std::pair<int, double> lateTicksBusyShare(double thresholdMs) const;

private:
    void arm();

    QTimer m_timer;
    QElapsedTimer m_armed;
    QElapsedTimer m_started;
    double m_cpuAtArm = 0;
    std::vector<Tick> m_ticks;
};

} // namespace imapdesk::bench
