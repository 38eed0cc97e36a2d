#pragma once

#include "plan/InstallPlan.h"

#include <QList>
#include <QString>

namespace tkeci {

// The underlay labels cilium-router reads its BGP peer from. TKEStack's names:
// tkestack/tke pkg/util/apiclient/idempotency.go:75 (LabelASNCilium) and :77
// (LabelSwitchIPCilium).
inline const QString kAsnLabel = QStringLiteral("infra.tce.io/as");
inline const QString kSwitchIpLabel = QStringLiteral("infra.tce.io/switch-ip");

/// The labels one node of the plan carries (per-node overrides applied).
struct NodeLabels
{
    QString nodeIp;
    QString asn; // decimal
    QString switchIp;
    /// (key, value) in a stable order: AS number, then switch IP.
    QList<std::pair<QString, QString>> pairs() const
    {
        return {{kAsnLabel, asn}, {kSwitchIpLabel, switchIp}};
    }
};

/// Every node's underlay labels, in the plan's node order; empty unless the plan is underlay.
/// The one place they are made: the node labeller (existing cluster), the Machines of a new
/// cluster (TKEStack passes them to kubelet --node-labels) and the export's apply.sh use it,
/// and the rendered ManifestSet carries it for review.
QList<NodeLabels> underlayNodeLabels(const InstallPlan &plan);

} // namespace tkeci
