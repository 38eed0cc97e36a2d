#pragma once

#include "kube/KubeClient.h"

#include <functional>

namespace tkeci {

/// What the cluster's control plane looks like from its API.
struct ClusterKindResult
{
    /// kube-system shows the control plane's static pods (tier=control-plane): the masters
    /// are nodes of this cluster, as on a TKEStack baremetal cluster.
    bool ownControlPlane = false;
    QStringList controlPlanePods; // "kube-apiserver-node-1", ...
    /// Addresses (status.hostIP) of the nodes that run kube-controller-manager: the masters
    /// whose flags the overlay mode must set.
    QStringList controllerManagerHosts;
    std::optional<KubeError> error;
};

/// TKEStack installs Cilium only on its baremetal clusters and refuses imported ones: their
/// masters are not TKEStack's (often not reachable at all, as with a managed control plane),
/// and the overlay mode must change kube-controller-manager's static pod on each master. A
/// baremetal cluster runs its control plane as static pods, whose mirror pods carry the
/// kubeadm label tier=control-plane in kube-system; a cluster without them is refused as
/// imported. (An imported cluster that kubeadm built elsewhere looks the same from its API;
/// the SSH step then finds its masters, which is what overlay needs.)
void findClusterKind(KubeClient &client, std::function<void(ClusterKindResult)> done);

/// Nodes the connectivity check can place pods on: Ready, not cordoned, without a NoSchedule
/// or NoExecute taint. The multi-node checks need two of them.
struct SchedulableNodesResult
{
    QStringList nodes;
    std::optional<KubeError> error;
};
void findSchedulableNodes(KubeClient &client, std::function<void(SchedulableNodesResult)> done);

} // namespace tkeci
