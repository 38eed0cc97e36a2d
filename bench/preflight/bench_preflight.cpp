// In-process preflight benchmark: runs PreflightRunner over a profile's nodes and prints one
// line of key=value figures, including the longest gap between ticks of a 5 ms timer on the
// runner's thread (what a GUI thread would feel). `--print-script` prints the probe script so
// the parallel-ssh side of run.sh runs exactly the same command. `--phases` prints where the
// time of each node goes instead (PhaseBreakdown.h).
#include "PhaseBreakdown.h"

#include "preflight/PreflightRunner.h"
#include "preflight/ProbeScript.h"
#include "profile/ProfileReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {

double cpuMs(const timeval &tv)
{
    return double(tv.tv_sec) * 1000.0 + double(tv.tv_usec) / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--print-script")) {
        std::fputs(tkeci::probeScript(), stdout);
        return 0;
    }
    const bool phases = args.value(0) == QLatin1String("--phases");
    const QStringList rest = phases ? args.mid(1) : args;
    if (rest.size() < 3) {
        std::fprintf(stderr,
            "usage: bench_preflight [--phases] PROFILE KNOWN_HOSTS PARALLEL | --print-script\n");
        return 2;
    }
    const tkeci::ProfileReadResult read = tkeci::loadProfileFile(rest.at(0));
    if (!read.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(tkeci::problemLine(read.problems.first())));
        return 2;
    }
    tkeci::PreflightOptions options;
    options.knownHostsFile = rest.at(1);
    options.parallel = rest.at(2).toInt();
    // The nodes' own checks, as parallel-ssh runs them; network.sh measures the second stage.
    options.networkChecks = false;
    if (phases)
        return tkeci::bench::runPhaseBreakdown(read.plan, options);

    tkeci::PreflightRunner runner;
    int failed = 0;
    int rows = 0;
    QObject::connect(&runner, &tkeci::PreflightRunner::resultsReady,
        [&](const QList<tkeci::CheckResult> &batch) {
            for (const tkeci::CheckResult &r : batch) {
                ++rows;
                failed += r.verdict == tkeci::Verdict::Fail ? 1 : 0;
            }
        });
    QElapsedTimer wall;
    QElapsedTimer tick;
    qint64 maxStallMs = 0;
    qint64 maxStallAtMs = 0; // when, from the start, so a stall can be told from start-up
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(
        &probe, &QTimer::timeout, [&] { maxStallMs = qMax(maxStallMs, tick.restart()); });
    QObject::connect(&runner, &tkeci::PreflightRunner::finished, &app, &QCoreApplication::quit);

    tick.start();
    wall.start();
    probe.start();
    runner.start(read.plan, options);
    const qint64 startMs = wall.elapsed(); // start() runs on the caller's (GUI) thread
    app.exec();
    const qint64 wallMs = wall.elapsed();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("nodes=%lld rows=%d failed=%d wall_ms=%lld user_ms=%.0f sys_ms=%.0f "
                "start_call_ms=%lld max_event_loop_stall_ms=%lld at_ms=%lld\n",
        static_cast<long long>(read.plan.nodes.size()), rows, failed,
        static_cast<long long>(wallMs), cpuMs(usage.ru_utime), cpuMs(usage.ru_stime),
        static_cast<long long>(startMs), static_cast<long long>(maxStallMs),
        static_cast<long long>(maxStallAtMs));
    return failed > 0 ? 1 : 0;
}
