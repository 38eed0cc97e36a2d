#pragma once
// How long the GUI thread's event loop was kept from running: a 5 ms precise timer on that
// thread, and the gaps between its ticks. Each gap is measured twice: on the wall clock, and
// as the CPU time the GUI thread itself spent inside it (CLOCK_THREAD_CPUTIME_ID). On a loaded
// machine a wall gap also holds the time the thread waited for a core; its own CPU is what
// our code cost, so that is what tests assert on (a wall figure would make a flaky timed test).

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

#include <time.h>

namespace tkeci::testing {

/// Thread CPU time of the calling thread, in nanoseconds.
inline qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// One gap between two ticks: wall and the GUI thread's own CPU, in milliseconds.
struct StallGap
{
    double wallMs = 0;
    double cpuMs = 0;
};

/// Create, start() and stop() on the GUI thread; the loop must run in between (qWait, QTRY_*).
class StallProbe
{
public:
    static constexpr int kIntervalMs = 5;

    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_longestWall = m_mostCpu = {};
        m_ticks = 0;
        m_wall.start();
        m_lastWallNs = 0;
        m_startCpuNs = m_lastCpuNs = threadCpuNs();
        m_timer.start();
    }

    /// Stops; the time since the last tick counts as one more gap.
    void stop()
    {
        tick();
        m_timer.stop();
        m_elapsed = {m_lastWallNs / 1e6, (m_lastCpuNs - m_startCpuNs) / 1e6};
    }

    /// The longest gap on the wall clock, with the thread's own CPU inside it.
    StallGap longestWall() const { return m_longestWall; }
    /// The gap in which the thread itself used the most CPU, with its wall time.
    StallGap mostCpu() const { return m_mostCpu; }
    /// The whole measured span: wall, and the thread's own CPU over it.
    StallGap elapsed() const { return m_elapsed; }
    int ticks() const { return m_ticks; }

    /// One line for the test log.
    QString summary(const QString &what) const
    {
        return QStringLiteral("%1: longest gap %2 ms wall (%3 ms own CPU); most own CPU in a gap "
                              "%4 ms (%5 ms wall); %6 ticks over %7 ms wall, %8 ms own CPU")
            .arg(what)
            .arg(m_longestWall.wallMs, 0, 'f', 1)
            .arg(m_longestWall.cpuMs, 0, 'f', 1)
            .arg(m_mostCpu.cpuMs, 0, 'f', 1)
            .arg(m_mostCpu.wallMs, 0, 'f', 1)
            .arg(m_ticks)
            .arg(m_elapsed.wallMs, 0, 'f', 0)
            .arg(m_elapsed.cpuMs, 0, 'f', 0);
    }

private:
    void tick()
    {
        const qint64 wallNs = m_wall.nsecsElapsed();
        const qint64 cpuNs = threadCpuNs();
        const StallGap gap {(wallNs - m_lastWallNs) / 1e6, (cpuNs - m_lastCpuNs) / 1e6};
        if (gap.wallMs > m_longestWall.wallMs)
            m_longestWall = gap;
        if (gap.cpuMs > m_mostCpu.cpuMs)
            m_mostCpu = gap;
        m_lastWallNs = wallNs;
        m_lastCpuNs = cpuNs;
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWallNs = 0;
    qint64 m_startCpuNs = 0;
    qint64 m_lastCpuNs = 0;
    StallGap m_longestWall;
    StallGap m_mostCpu;
    StallGap m_elapsed;
    int m_ticks = 0;
};

} // namespace tkeci::testing
