#pragma once

#include "apply/Inventory.h"
#include "apply/RolloutWatcher.h"
#include "kube/KubeClient.h"

#include <functional>

namespace tkeci {

/// What is installed on a cluster according to its inventory, and how it is doing.
struct InstallationStatus
{
    std::optional<Inventory> inventory; // nullopt: nothing installed by this program was found
    bool fromLocalFile = false; // the cluster has no inventory ConfigMap; the local copy was used
    QList<ObjectRef> present;
    QList<ObjectRef> missing; // listed in the inventory, gone from the cluster
    QList<RolloutProgress> workloads;
    /// Of the inventory's labelledNodes, as read from the cluster: those that carry both
    /// underlay labels, and those that lack one (or are gone).
    QStringList nodesLabelled;
    QStringList nodesUnlabelled;
    std::optional<KubeError> error;
    bool healthy() const
    {
        return inventory && !error && missing.isEmpty() && nodesUnlabelled.isEmpty()
            && std::all_of(workloads.cbegin(), workloads.cend(),
                [](const RolloutProgress &p) { return p.done; });
    }
};

/// Reads the inventory (ConfigMap, else `localFile`, else the default local file) and checks
/// every object it lists: present or missing, and for DaemonSets and Deployments their
/// rollout state; then reads each node the inventory lists as labelled. Every answer is read
/// strictly: one of the wrong shape is an error, never "present" or "missing".
void readInstallationStatus(
    KubeClient &client, const QString &localFile, std::function<void(InstallationStatus)> done);

} // namespace tkeci
