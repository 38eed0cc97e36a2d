#include "InstallPlan.h"

namespace tkeci {

UnderlaySettings InstallPlan::underlayFor(const NodeSpec &node) const
{
    return UnderlaySettings {
        node.asn.value_or(underlay.asn), node.switchIP.value_or(underlay.switchIP)};
}

QList<NodeSpec> InstallPlan::nodesWithRole(NodeRole role) const
{
    QList<NodeSpec> out;
    for (const NodeSpec &n : nodes) {
        if (n.role == role)
            out.append(n);
    }
    return out;
}

} // namespace tkeci
