#pragma once

#include "plan/InstallPlan.h"
#include "render/ManifestSet.h"
#include "validation/Problem.h"

namespace tkeci {

struct RenderResult
{
    ManifestSet manifests;
    Problems problems; // the plan's problems, or a rendered document that failed its re-check
    bool ok() const { return problems.isEmpty(); }
};

/// Renders a plan into manifest files, in apply order:
/// tkestack-cluster (target new-cluster: Cluster + worker Machines, for the global cluster),
/// cilium, tke-eni-ipamd, and for underlay ip-masq-agent and cilium-router, then
/// connectivity-check (applied only to verify). Galaxy renders the Cluster object and nothing
/// else. The plan is validated first; an invalid plan renders nothing. Every file is re-parsed
/// and checked before it is returned.
RenderResult renderManifests(const InstallPlan &plan);

struct ConnectivityCheckOptions;
/// The connectivity-check file alone, rendered with `options` (verify with overrides). nullopt
/// with `problems` set when the plan is invalid, nullopt alone when the CNI is not Cilium.
std::optional<ManifestFile> renderConnectivityCheckFile(
    const InstallPlan &plan, const ConnectivityCheckOptions &options, Problems &problems);

/// Writes one YAML file per component plus images.txt to `directory` (created if missing).
/// Returns an error text, empty on success.
QString writeManifestDirectory(const ManifestSet &set, const QString &directory);

} // namespace tkeci
