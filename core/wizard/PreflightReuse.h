#pragma once

#include "plan/InstallPlan.h"

#include <QStringList>

namespace tkeci {

/// Which results of an earlier preflight still hold for a plan that changed since.
struct PreflightReuse
{
    /// Nodes whose every result may be kept: the same spec (address, port, user, login, key,
    /// role, underlay overrides) checked against the same requirements.
    QStringList keep;
    /// Whether their network-stage results (net.*) may be kept too. Those were judged against
    /// the peers of that run; once a node is added or changed they say nothing about it, so
    /// only the node-stage results are kept then. Removing nodes leaves them valid.
    bool keepNetwork = false;
    bool operator==(const PreflightReuse &) const = default;
};

/// What of a run checked against `before` may be kept for `after`. Nothing when a requirement
/// every node is judged by changed (target, Cilium version, network mode, device, underlay,
/// HA and VIP, image registry). Pure: no I/O.
PreflightReuse preflightReuse(const InstallPlan &before, const InstallPlan &after);

} // namespace tkeci
