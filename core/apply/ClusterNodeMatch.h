#pragma once

#include "apply/NodeCoverage.h"

namespace tkeci {

/// How the plan's rows and the nodes the cluster lists differ. A row and a node match by
/// address (the node's InternalIP), as the coverage check matches them.
struct ClusterNodeMatch
{
    QList<ClusterNode> missingFromPlan; // cluster nodes no row has, in the server's order
    QList<int> notInCluster; // rows (0-based) with an address no cluster node has
    QList<std::pair<int, ClusterNode>> roleDiffers; // rows whose role the node's labels contradict
    bool same() const
    {
        return missingFromPlan.isEmpty() && notInCluster.isEmpty() && roleDiffers.isEmpty();
    }
};

ClusterNodeMatch matchClusterNodes(const QList<NodeSpec> &rows, const QList<ClusterNode> &nodes);

/// Plan rows for `nodes`: address and role from the cluster (a master by its node-role label),
/// how to log in (port, user, authentication, key file) as `like` has it, since one team's
/// machines are reached the same way; the underlay overrides are not copied.
QList<NodeSpec> planRowsFor(const QList<ClusterNode> &nodes, const NodeSpec &like);

/// A row with an address; one without is still being typed and differs from nothing.
bool hasAddress(const NodeSpec &row);
/// True while no row has an address yet: the Nodes page may fill it from the cluster.
bool hasNoAddresses(const QList<NodeSpec> &rows);

} // namespace tkeci
