#include "apply/NodeCoverage.h"

#include "kube/JsonRead.h"
#include "net/Ipv4.h"

#include <QCoreApplication>

namespace tkeci {

namespace {

bool isMasterNode(const JsonRead &meta)
{
    const QHash<QString, QString> labels = meta[QStringLiteral("labels")].stringMap();
    return labels.contains(QStringLiteral("node-role.kubernetes.io/master"))
        || labels.contains(QStringLiteral("node-role.kubernetes.io/control-plane"));
}

bool isReadyNode(const JsonRead &node)
{
    for (const JsonRead &c :
        node[QStringLiteral("status")][QStringLiteral("conditions")].elements())
        if (c[QStringLiteral("type")].string() == QLatin1String("Ready"))
            return c[QStringLiteral("status")].string() == QLatin1String("True");
    return false;
}

} // namespace

void listClusterNodes(KubeClient &client, std::function<void(ClusterNodeList)> done)
{
    const KubeRequest list
        = KubeRequest::list(QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"));
    client.send(list,
        [done = std::move(done), server = client.access().server.authority(), what = list.what](
            const KubeResponse &r) {
            ClusterNodeList result;
            if (!r.ok()) {
                result.error = r.error;
                done(result);
                return;
            }
            // A safety check fails closed: a list of the wrong shape covers nothing.
            const JsonRead root(r.json);
            for (const JsonRead &n : root[QStringLiteral("items")].elements(Presence::Required)) {
                ClusterNode node;
                const JsonRead meta = n[QStringLiteral("metadata")];
                node.name = meta[QStringLiteral("name")].string(Presence::Required);
                for (const JsonRead &a :
                    n[QStringLiteral("status")][QStringLiteral("addresses")].elements()) {
                    if (a[QStringLiteral("type")].string() == QLatin1String("InternalIP"))
                        node.internalIps.append(
                            a[QStringLiteral("address")].string(Presence::Required));
                }
                // The plan holds IPv4 addresses: a dual-stack node is shown by its IPv4 one.
                const auto v4 = std::find_if(node.internalIps.cbegin(), node.internalIps.cend(),
                    [](const QString &ip) { return parseIpv4(ip).has_value(); });
                node.internalIp = v4 != node.internalIps.cend() ? *v4 : node.internalIps.value(0);
                node.master = isMasterNode(meta);
                node.ready = isReadyNode(n);
                result.nodes.append(node);
            }
            if (!root.ok()) {
                result.nodes.clear();
                result.error = jsonShapeError(*root.error(), server, what, r.httpStatus);
            }
            done(result);
        });
}

void checkNodeCoverage(
    KubeClient &client, const InstallPlan &plan, std::function<void(NodeCoverageResult)> done)
{
    listClusterNodes(client, [plan, done = std::move(done)](const ClusterNodeList &list) {
        NodeCoverageResult result;
        if (list.error) {
            result.error = list.error;
            done(result);
            return;
        }
        QStringList names;
        for (const ClusterNode &node : list.nodes) {
            names.append(node.name);
            const bool inPlan = std::any_of(plan.nodes.cbegin(), plan.nodes.cend(),
                [&node](const NodeSpec &s) { return node.internalIps.contains(s.ip); });
            if (!inPlan && !plan.nodesWithoutCilium.contains(node.name))
                result.uncovered.append(node);
        }
        result.nodes = list.nodes;
        for (const QString &name : plan.nodesWithoutCilium)
            if (!names.contains(name))
                result.keptOffUnknown.append(name);
        done(result);
    });
}

QString uncoveredNodesText(const NodeCoverageResult &result)
{
    QStringList nodes;
    for (const ClusterNode &n : result.uncovered)
        nodes.append(QStringLiteral("%1 (%2)").arg(n.name, n.internalIp));
    return QCoreApplication::translate("tkeci::NodeCoverage",
        "%n node(s) of the cluster are not in the plan and were not preflighted: %1. Cilium "
        "runs on every node (its DaemonSet tolerates every taint), so add each to the plan and "
        "preflight it, or remove it from the cluster, or keep Cilium off it (--without-cilium "
        "NAME): such a node gets no Cilium, so pods scheduled there get "
        "no network until it has one, and it cannot reach pods on the other nodes. Nothing was "
        "applied.",
        nullptr, int(result.uncovered.size()))
        .arg(nodes.join(QStringLiteral(", ")));
}

} // namespace tkeci
