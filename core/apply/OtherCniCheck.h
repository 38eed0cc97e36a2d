#pragma once

#include "kube/KubeClient.h"

#include <functional>

namespace tkeci {

/// A CNI found on the cluster that is not ours.
struct OtherCni
{
    QString daemonSet; // "kube-system/kube-flannel-ds"
    QString cni; // "Flannel"
};

struct OtherCniResult
{
    QList<OtherCni> found;
    std::optional<KubeError> error;
};

/// Looks for another CNI's node agent (Galaxy, Flannel, Calico, Weave, Canal, kube-router,
/// Antrea, Kube-OVN, or a Cilium this program did not install) among the cluster's
/// DaemonSets: two CNIs on one node fight over pod networking, so apply refuses unless the
/// operator chooses to go on.
void findOtherCni(KubeClient &client, std::function<void(OtherCniResult)> done);

} // namespace tkeci
