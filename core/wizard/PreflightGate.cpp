#include "PreflightGate.h"

namespace tkeci {

PreflightBlock preflightBlock(const PreflightTally &t)
{
    if (!t.ranOnce)
        return PreflightBlock::NotRun;
    if (t.running)
        return PreflightBlock::Running;
    if (t.kernelFailed)
        return PreflightBlock::KernelFailure;
    if (t.failed > 0)
        return PreflightBlock::Failures;
    if (t.cancelled > 0)
        return PreflightBlock::Cancelled;
    if (t.pending > 0)
        return PreflightBlock::Unfinished;
    if (t.warnings > 0 && !t.warningsAccepted)
        return PreflightBlock::WarningsNotAccepted;
    return PreflightBlock::None;
}

bool canAcceptWarnings(const PreflightTally &t)
{
    return t.ranOnce && !t.running && t.failed == 0 && t.pending == 0 && t.cancelled == 0
        && t.warnings > 0;
}

} // namespace tkeci
