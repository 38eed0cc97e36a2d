#pragma once

#include "apply/NodeCoverage.h"
#include "kube/KubeClient.h"
#include "plan/InstallPlan.h"
#include "render/NodeLabels.h"

#include <QObject>

#include <functional>

namespace tkeci {

struct NodeLabelResult
{
    QStringList labelled; // node names
    QStringList notInCluster; // profile node IPs no Node object has as InternalIP
    QStringList notInProfile; // Node names whose address the profile does not list
    std::optional<KubeError> error;
    bool ok() const { return !error.has_value(); }
};

/// Underlay on an existing cluster: puts infra.tce.io/as and infra.tce.io/switch-ip on each
/// node of the profile (per-node overrides respected), as TKEStack does through kubelet
/// --node-labels when it joins a node; cilium-router reads its BGP peer from them. Nodes are
/// matched by InternalIP. The labels are server-side applied with our field manager, so
/// removing them later (unlabel) touches no label anyone else set.
class NodeLabeler : public QObject
{
    Q_OBJECT
public:
    explicit NodeLabeler(KubeClient &client, QObject *parent = nullptr);

    /// Labels the nodes of `plan`, matched in a node list read first; finished() follows once.
    void label(const InstallPlan &plan);
    /// The same, matched in `nodes`, a list the caller read a moment ago (the run's coverage
    /// step): one request and one round trip fewer.
    void label(const InstallPlan &plan, const QList<ClusterNode> &nodes);
    /// Takes our labels off `nodes` again (uninstall).
    void unlabel(const QStringList &nodes);

Q_SIGNALS:
    void nodeDone(const QString &node, const QString &asn, const QString &switchIp);
    void finished(const tkeci::NodeLabelResult &result);

private:
    /// Every node of the queue, concurrently (a bounded number in flight): the nodes have no
    /// order between them. The first failure ends the run once the calls in flight are back.
    void applyAll();
    void applyLabels(
        const QString &name, const NodeLabels &labels, std::function<void(bool)> finish);

    KubeClient &m_client;
    QList<std::pair<QString, NodeLabels>> m_queue; // node name, labels (none: remove ours)
    NodeLabelResult m_result;
};

} // namespace tkeci
