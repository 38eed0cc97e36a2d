#include "render/NodeLabels.h"

namespace tkeci {

QList<NodeLabels> underlayNodeLabels(const InstallPlan &plan)
{
    QList<NodeLabels> out;
    if (!plan.isUnderlay())
        return out;
    for (const NodeSpec &n : plan.nodes) {
        const UnderlaySettings u = plan.underlayFor(n);
        out.append({n.ip, QString::number(u.asn), u.switchIP});
    }
    return out;
}

} // namespace tkeci
