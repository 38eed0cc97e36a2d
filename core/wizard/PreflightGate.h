#pragma once

namespace tkeci {

/// What a preflight run came to, counted over every node × check cell.
struct PreflightTally
{
    bool ranOnce = false; // a run was started (or its results arrived) for this plan
    bool running = false;
    int passed = 0;
    int warnings = 0;
    int failed = 0;
    int pending = 0; // cells without a result
    int cancelled = 0; // cells a cancelled run never checked
    bool kernelFailed = false; // a kernel.* check failed on some node
    bool warningsAccepted = false; // the operator explicitly accepted the warnings
};

/// Why the operator may not go on from preflight, most important first.
enum class PreflightBlock {
    None,
    NotRun,
    Running,
    KernelFailure, // never overridable: Cilium cannot run on that kernel
    Failures, // fix and re-run the failed nodes
    Cancelled, // the operator stopped the run; the checks not run must run first
    Unfinished, // a run ended (e.g. cancelled) before every check had a result
    WarningsNotAccepted, // warnings pass only by an explicit decision
};

/// The rule of the preflight page: failures block, a kernel failure above all; warnings block
/// until accepted; a run must have finished with a result in every cell.
PreflightBlock preflightBlock(const PreflightTally &tally);

/// Whether accepting warnings would be meaningful now (there are warnings and nothing else
/// blocks), so the page can offer the choice only then.
bool canAcceptWarnings(const PreflightTally &tally);

} // namespace tkeci
