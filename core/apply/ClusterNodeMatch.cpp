#include "apply/ClusterNodeMatch.h"

#include <algorithm>

namespace tkeci {

ClusterNodeMatch matchClusterNodes(const QList<NodeSpec> &rows, const QList<ClusterNode> &nodes)
{
    ClusterNodeMatch match;
    for (const ClusterNode &node : nodes) {
        const auto row = std::find_if(rows.cbegin(), rows.cend(),
            [&node](const NodeSpec &r) { return node.internalIps.contains(r.ip); });
        if (row == rows.cend()) {
            match.missingFromPlan.append(node);
            continue;
        }
        if ((row->role == NodeRole::Master) != node.master)
            match.roleDiffers.append({int(row - rows.cbegin()), node});
    }
    for (int i = 0; i < rows.size(); ++i) {
        const QString &ip = rows[i].ip;
        if (hasAddress(rows[i])
            && std::none_of(nodes.cbegin(), nodes.cend(),
                [&ip](const ClusterNode &n) { return n.internalIps.contains(ip); }))
            match.notInCluster.append(i);
    }
    return match;
}

QList<NodeSpec> planRowsFor(const QList<ClusterNode> &nodes, const NodeSpec &like)
{
    QList<NodeSpec> rows;
    for (const ClusterNode &node : nodes) {
        NodeSpec row;
        row.ip = node.internalIp;
        row.role = node.master ? NodeRole::Master : NodeRole::Worker;
        row.port = like.port;
        row.user = like.user;
        row.auth = like.auth;
        row.keyFile = like.keyFile;
        rows.append(row);
    }
    return rows;
}

bool hasAddress(const NodeSpec &row)
{
    return !row.ip.trimmed().isEmpty();
}

bool hasNoAddresses(const QList<NodeSpec> &rows)
{
    return std::none_of(rows.cbegin(), rows.cend(), hasAddress);
}

} // namespace tkeci
