#pragma once

#include "ManifestInput.h"

#include "apply/ManifestApplier.h"
#include "kube/KubeConfig.h"

namespace tkeci {

/// "created", "configured", "unchanged" (ApplyCommand.cpp).
QString outcomeText(ApplyOutcome outcome);
/// --yes, else a question on the terminal; false on a non-interactive input (ApplyCommand.cpp).
bool consent(
    const ClusterCommandOptions &options, const ClusterAccess &access, const QString &what);

/// `apply` of a new-cluster profile: the whole NewClusterInstall with --wait (exit 0 when the
/// cluster runs with Cilium rolled out, 1 when TKEStack or a step failed, 2 for bad input such
/// as a version the platform does not offer); without --wait only the Cluster is created.
int createNewCluster(
    const ClusterCommandOptions &options, const ManifestInput &input, const ClusterAccess &access);

} // namespace tkeci
