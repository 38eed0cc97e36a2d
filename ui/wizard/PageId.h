#pragma once

namespace tkeci {

/// The wizard's pages in flow order (QWizard::setPage ids). nextId() of each page branches on
/// the plan: Galaxy skips the Cilium pages, export-only skips preflight and apply.
/// ApplyPageId is the commit page; ApplyRunPageId shows the run live and has no Back.
enum PageId {
    WelcomePageId,
    TargetPageId,
    NodesPageId,
    CniPageId,
    NetworkModePageId,
    HaPageId,
    ClusterNetworkPageId,
    PreflightPageId,
    ReviewPageId,
    ExportPageId,
    ApplyPageId,
    ApplyRunPageId,
    FinishPageId,
};

} // namespace tkeci
