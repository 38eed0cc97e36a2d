#include "PhaseBreakdown.h"

#include "preflight/NodeChecks.h"
#include "preflight/NodeLogin.h"
#include "preflight/ProbeScript.h"
#include "ssh/SshClient.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace tkeci::bench {
namespace {

using Clock = std::chrono::steady_clock;

// The points in one node's run, in order; a phase is the time between two neighbours.
enum Point {
    Queued, // handed to the pool (main thread)
    Began, // a pool thread runs it
    Connected, // TCP connect + server banner + key exchange (SshClient::connect)
    HostKeyChecked, // known_hosts lookup
    LoggedIn, // user auth (key file read + publickey)
    ProbeRan, // channel open + exec + the probe's remote run + output read + channel close
    Judged, // output split and every check judged (evaluateProbe)
    TrivialRan, // a second channel on the same session running `true`
    Closed, // session disconnected and freed
    Received, // the main thread has the node's result (queued call)
    PointCount
};

constexpr std::array<const char *, PointCount> kPhaseNames {"",
    "pool hand-off (queued -> runs; a free thread)", "TCP connect + banner + key exchange",
    "host key check (known_hosts)", "user auth (publickey)",
    "channel open + probe run + output + close", "judge the output (evaluateProbe)",
    "[extra] channel running `true`", "disconnect", "hand-off to the main thread"};

struct NodeTimes
{
    std::array<double, PointCount> atMs {}; // from the start of the run
    std::array<double, PointCount> cpuMs {}; // this thread's CPU time at each point
    bool ok = false;
    QString error;
};

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// As NodeProbe does for its pool threads (nice 10), so the phases compete for the CPU the same.
void lowerThreadPriority()
{
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const id_t tid = id_t(::gettid());
    if (::getpriority(PRIO_PROCESS, tid) < 10)
        ::setpriority(PRIO_PROCESS, tid, 10);
}

// A plain TCP connect to port 22 and close: the network's share of a connect.
double tcpConnectMs(const QString &ip, int port)
{
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    if (inet_pton(AF_INET, ip.toLatin1().constData(), &addr.sin_addr) != 1)
        return -1;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    const Clock::time_point t0 = Clock::now();
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    ::close(fd);
    return rc == 0 ? ms : -1;
}

struct Spread
{
    double median = 0, p90 = 0, max = 0;
};

Spread spreadOf(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    const auto at
        = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size())))]; };
    return {v[(v.size() - 1) / 2], at(0.9), v.back()};
}

} // namespace

int runPhaseBreakdown(const InstallPlan &plan, const PreflightOptions &options)
{
    const int n = int(plan.nodes.size());
    std::vector<double> tcp;
    for (const NodeSpec &node : plan.nodes)
        tcp.push_back(tcpConnectMs(node.ip, node.port));
    // The servers' children for those connections end before the measured run starts.
    ::usleep(300 * 1000);

    std::vector<NodeTimes> times(static_cast<size_t>(n));
    PreflightOptions nodeChecksOnly = options;
    nodeChecksOnly.networkChecks = false; // the phases of the node probe alone
    const QList<CheckId> checks = runChecks(plan, nodeChecksOnly);
    std::atomic<bool> cancel {false};
    QMutex knownHostsMutex;
    int received = 0;
    QThreadPool pool;
    pool.setMaxThreadCount(options.parallel);
    const Clock::time_point start = Clock::now();
    const auto now = [start] {
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    };
    for (int i = 0; i < n; ++i) {
        NodeTimes &t = times[size_t(i)];
        t.atMs[Queued] = now();
        pool.start([&, i] {
            NodeTimes &t = times[size_t(i)];
            const NodeSpec &node = plan.nodes.at(i);
            const auto mark = [&](Point p) {
                t.atMs[p] = now();
                t.cpuMs[p] = threadCpuMs();
            };
            mark(Began);
            lowerThreadPriority();
            {
                ssh::SshClient client(&cancel);
                ssh::SshError e
                    = client.connect(node.ip, node.port, node.user, options.knownHostsFile,
                        options.useSshConfig, QDeadlineTimer(options.connectTimeoutMs));
                mark(Connected);
                ssh::HostKeyStatus key;
                if (e.ok()) {
                    const QMutexLocker lock(&knownHostsMutex);
                    key = client.hostKeyStatus();
                }
                mark(HostKeyChecked);
                if (e.ok() && key.state != ssh::HostKeyStatus::State::Known)
                    e = {ssh::SshError::Kind::Protocol, QStringLiteral("host key not known")};
                if (e.ok())
                    e = logIn(client, node, options, {});
                mark(LoggedIn);
                ssh::CommandOutput output;
                if (e.ok())
                    e = client.run(probeScript(), QDeadlineTimer(options.commandTimeoutMs), output);
                mark(ProbeRan);
                if (e.ok()) {
                    const NodeCheckContext context {node.ip, plan.ciliumVersion, !plan.isUnderlay(),
                        plan.target == Target::NewCluster, false, plan.networkDevice, checks};
                    const QHash<QString, QByteArray> sections = splitProbeOutput(output.out);
                    t.ok = sections.contains(QStringLiteral("end"))
                        && !evaluateProbe(context, sections).isEmpty();
                }
                mark(Judged);
                ssh::CommandOutput trivial;
                if (e.ok())
                    e = client.run("true", QDeadlineTimer(options.commandTimeoutMs), trivial);
                mark(TrivialRan);
                if (!e.ok()) {
                    t.ok = false;
                    t.error = e.detail;
                }
            } // the session is disconnected and freed here
            mark(Closed);
            QMetaObject::invokeMethod(
                qApp,
                [&, i] {
                    times[size_t(i)].atMs[Received] = now();
                    if (++received == n)
                        QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        });
    }
    if (n > 0)
        QCoreApplication::exec();
    const double wallMs = now();

    int failed = 0;
    for (const NodeTimes &t : times) {
        if (!t.ok) {
            ++failed;
            if (failed <= 3)
                std::fprintf(stderr, "node failed: %s\n", qPrintable(t.error));
        }
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    const Spread tcpSpread = spreadOf(tcp);
    std::printf("phases: nodes=%d parallel=%d failed=%d wall_ms=%.0f process_cpu_ms=%.0f\n", n,
        options.parallel, failed, wallMs, cpuMs);
    std::printf(
        "%-46s %8s %8s %8s %12s\n", "phase (per node)", "med_ms", "p90_ms", "max_ms", "cpu_ms_sum");
    std::printf("%-46s %8.2f %8.2f %8.2f %12s\n", "[extra] plain TCP connect, one at a time",
        tcpSpread.median, tcpSpread.p90, tcpSpread.max, "-");
    for (int p = Began; p < PointCount; ++p) {
        std::vector<double> spans;
        double cpuSum = 0;
        for (int i = 0; i < n; ++i) {
            const NodeTimes &t = times[size_t(i)];
            if (p == Began && i >= options.parallel)
                continue; // waited for a free thread: counted below
            spans.push_back(t.atMs[p] - t.atMs[p - 1]);
            // CPU is the pool thread's; the two hand-offs are not on one thread.
            if (p != Began && p != Received)
                cpuSum += t.cpuMs[p] - t.cpuMs[p - 1];
        }
        const Spread s = spreadOf(spans);
        if (p == Began || p == Received)
            std::printf("%-46s %8.2f %8.2f %8.2f %12s\n", kPhaseNames[size_t(p)], s.median, s.p90,
                s.max, "-");
        else
            std::printf("%-46s %8.2f %8.2f %8.2f %12.1f\n", kPhaseNames[size_t(p)], s.median, s.p90,
                s.max, cpuSum);
    }
    // Nodes that found every pool thread busy waited for one: how long, and how many.
    std::vector<double> waits;
    for (int i = options.parallel; i < n; ++i)
        waits.push_back(times[size_t(i)].atMs[Began] - times[size_t(i)].atMs[Queued]);
    const Spread w = spreadOf(waits);
    std::printf("waited for a free pool thread: %zu nodes, median %.0f ms, max %.0f ms\n",
        waits.size(), w.median, w.max);
    return failed > 0 ? 1 : 0;
}

} // namespace tkeci::bench
