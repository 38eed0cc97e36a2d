#pragma once

#include "kube/KubeClient.h"
#include "plan/InstallPlan.h"

#include <functional>

namespace tkeci {

/// A node as the cluster lists it.
struct ClusterNode
{
    QString name;
    QString internalIp; // the IPv4 InternalIP (the first InternalIP when there is none)
    QStringList internalIps; // every InternalIP (a dual-stack node has one per family)
    bool master = false; // node-role.kubernetes.io/master or /control-plane
    bool ready = false;
};

/// The nodes the cluster lists (GET /api/v1/nodes), in the server's order; a list of the
/// wrong shape is an error with no nodes.
struct ClusterNodeList
{
    QList<ClusterNode> nodes;
    std::optional<KubeError> error;
};

void listClusterNodes(KubeClient &client, std::function<void(ClusterNodeList)> done);

/// Which cluster nodes the plan covers. The cilium DaemonSet tolerates every taint, so it runs
/// on every node of the cluster: each must be in the plan (and so preflighted) or be kept off
/// explicitly (InstallPlan::nodesWithoutCilium).
struct NodeCoverageResult
{
    QList<ClusterNode> nodes; // every node of the cluster, in the server's order
    QList<ClusterNode> uncovered; // neither in the plan (by InternalIP) nor kept off (by name)
    QStringList keptOffUnknown; // nodesWithoutCilium naming no node of the cluster
    std::optional<KubeError> error;
    bool ok() const { return !error && uncovered.isEmpty(); }
};

void checkNodeCoverage(
    KubeClient &client, const InstallPlan &plan, std::function<void(NodeCoverageResult)> done);

/// Why an apply may not go on with `result.uncovered`, and what each way out means for the
/// node, in the current language.
QString uncoveredNodesText(const NodeCoverageResult &result);

} // namespace tkeci
