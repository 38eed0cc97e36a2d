#include "PreflightReuse.h"

#include <algorithm>

namespace tkeci {
namespace {

// Everything a check's verdict depends on besides the node itself: the kernel minimum (Cilium
// version), the ports (overlay or underlay), another CNI's leftovers (new or existing
// cluster), the network stage's device, switch, VIP and registry.
bool sameRequirements(const InstallPlan &a, const InstallPlan &b)
{
    return a.target == b.target && a.cni == b.cni && a.ciliumVersion == b.ciliumVersion
        && a.networkMode == b.networkMode && a.underlay == b.underlay
        && a.networkDevice == b.networkDevice && a.haType == b.haType && a.vip == b.vip
        && a.vport == b.vport && a.imageRegistry == b.imageRegistry;
}

} // namespace

PreflightReuse preflightReuse(const InstallPlan &before, const InstallPlan &after)
{
    PreflightReuse reuse;
    if (!sameRequirements(before, after))
        return reuse;
    bool newOrChanged = false;
    for (const NodeSpec &node : after.nodes) {
        const auto old = std::find_if(before.nodes.cbegin(), before.nodes.cend(),
            [&](const NodeSpec &n) { return n.ip == node.ip; });
        if (old != before.nodes.cend() && *old == node)
            reuse.keep.append(node.ip);
        else
            newOrChanged = true;
    }
    reuse.keepNetwork = !newOrChanged;
    return reuse;
}

} // namespace tkeci
