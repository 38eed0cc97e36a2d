#pragma once

#include "plan/InstallPlan.h"
#include "preflight/PreflightOptions.h"

namespace tkeci::bench {

/// Where the time of one node's preflight goes: runs the same steps NodeProbe runs (the same
/// SshClient calls, one pool thread per node, `options.parallel` at a time, at the same lower
/// thread priority) with a clock reading and the thread's CPU time between each, and prints
/// per phase the median / 90th percentile / longest duration and the summed CPU. Adds two
/// measurements the runner does not make: a plain TCP connect to each node (one at a time,
/// before the run) and, per node, a second command `true` on the open session, so the probe's
/// own remote run time can be told from a channel's round trips.
/// Returns the process exit code (0 when every node answered).
int runPhaseBreakdown(const InstallPlan &plan, const PreflightOptions &options);

} // namespace tkeci::bench
