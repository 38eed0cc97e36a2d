#include "InstallPlan.h"

namespace tkeci {

UnderlaySettings InstallPlan::underlayFor(const NodeSpec &node) const
{
    return UnderlaySettings {
        node.asn.value_or(underlay.asn), node.switchIP.value_or(underlay.switchIP)};
}

QList<NodeSpec> InstallPlan::masters() const
{
    QList<NodeSpec> out;
    for (const NodeSpec &n : nodes) {
        if (n.role == NodeRole::Master)
            out.append(n);
    }
    return out;
}

QList<NodeSpec> InstallPlan::workers() const
{
    QList<NodeSpec> out;
    for (const NodeSpec &n : nodes) {
        if (n.role == NodeRole::Worker)
            out.append(n);
    }
    return out;
}

} // namespace tkeci
