// The TKEStack Cluster object for the global cluster (platform.tkestack.io/v1) and a Machine
// object for each worker. Credentials are never rendered: placeholders say what the apply
// step fills in, and an API server refuses them as they are (they are not base64).
#include "render/NodeLabels.h"
#include "render/RenderContext.h"

#include "plan/PlanEnums.h"
#include "render/KubeObjects.h"

#include <QCryptographicHash>

namespace tkeci {
namespace {

const QString kPlatformApi = QStringLiteral("platform.tkestack.io/v1");

/// A stable object name: the same plan renders the same name, so re-applying is idempotent.
QString stableName(const QString &prefix, const QString &seed)
{
    const QByteArray hash
        = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex();
    return prefix + QString::fromLatin1(hash.left(8));
}

void credentials(YamlNode &machine, const NodeSpec &node, int index)
{
    machine[QStringLiteral("ip")] = node.ip;
    machine[QStringLiteral("port")] = node.port;
    machine[QStringLiteral("username")] = node.user;
    if (node.auth == AuthMethod::Password)
        machine[QStringLiteral("password")]
            = QStringLiteral("<filled at apply time: password of %1@%2, asked for, never stored>")
                  .arg(node.user, node.ip);
    else
        machine[QStringLiteral("privateKey")]
            = QStringLiteral("<filled at apply time: base64 of the key file of nodes[%1] (%2)>")
                  .arg(index)
                  .arg(node.keyFile);
}

void underlayLabels(YamlNode &machine, const InstallPlan &plan, const NodeSpec &node)
{
    if (!plan.isUnderlay())
        return;
    // TKEStack passes these to kubelet --node-labels; cilium-router reads its BGP peer from them.
    YamlNode &labels = machine[QStringLiteral("labels")];
    for (const NodeLabels &n : underlayNodeLabels(plan)) {
        if (n.nodeIp != node.ip)
            continue;
        for (const auto &[key, value] : n.pairs())
            labels[key] = value;
    }
}

} // namespace

QString tkeStackClusterName(const InstallPlan &plan)
{
    const QList<NodeSpec> masters = plan.masters();
    return stableName(QStringLiteral("cls-"),
        plan.displayName + u'|' + (masters.isEmpty() ? QString() : masters.first().ip));
}

std::vector<YamlNode> renderTkeStackCluster(const RenderContext &ctx)
{
    const InstallPlan &plan = ctx.plan();
    const QString clusterName = tkeStackClusterName(plan);
    std::vector<YamlNode> docs;

    YamlNode cluster = kube::object(kPlatformApi, QStringLiteral("Cluster"), clusterName);
    YamlNode &spec = cluster[QStringLiteral("spec")];
    spec[QStringLiteral("tenantID")] = QStringLiteral("default");
    spec[QStringLiteral("displayName")] = plan.displayName;
    spec[QStringLiteral("type")] = QStringLiteral("Baremetal");
    spec[QStringLiteral("version")] = plan.kubernetesVersion;
    spec[QStringLiteral("clusterCIDR")] = plan.clusterCIDR;
    spec[QStringLiteral("networkDevice")] = plan.networkDevice;
    if (plan.isCilium()) {
        YamlNode &args = spec[QStringLiteral("networkArgs")];
        args[QStringLiteral("networkMode")] = toProfileString(plan.networkMode);
        if (plan.isUnderlay()) {
            args[QStringLiteral("asn")] = QString::number(plan.underlay.asn);
            args[QStringLiteral("switch-ip")] = plan.underlay.switchIP;
        }
    }
    YamlNode &features = spec[QStringLiteral("features")];
    if (plan.isCilium()) {
        features[QStringLiteral("enableCilium")] = true;
        // Without this TKEStack would also install its default CNI, Galaxy.
        features[QStringLiteral("skipConditions")]
            = YamlNode::strings({QStringLiteral("EnsureGalaxy")});
    } else {
        // Galaxy is TKEStack's default CNI; the Cilium step is skipped (DESIGN.md).
        features[QStringLiteral("skipConditions")]
            = YamlNode::strings({QStringLiteral("EnsureCilium")});
    }
    // As TKEStack's own examples set it (docs/design-proposals/addon-framework-recap.md:298);
    // without it PreCreate skips EnsureMetricsServer
    // (pkg/platform/provider/baremetal/cluster/provider.go:242-244).
    features[QStringLiteral("enableMetricsServer")] = true;
    if (plan.haType == HaType::Tke) {
        features[QStringLiteral("ha")][QStringLiteral("tke")][QStringLiteral("vip")] = plan.vip;
    } else if (plan.haType == HaType::ThirdParty) {
        YamlNode &third = features[QStringLiteral("ha")][QStringLiteral("thirdParty")];
        third[QStringLiteral("vip")] = plan.vip;
        third[QStringLiteral("vport")] = plan.vport;
    }
    spec[QStringLiteral("properties")][QStringLiteral("maxNodePodNum")] = plan.maxNodePodNum;
    YamlNode &machines = spec[QStringLiteral("machines")];
    machines = YamlNode::sequence();
    for (int i = 0; i < plan.nodes.size(); ++i) {
        const NodeSpec &node = plan.nodes.at(i);
        if (node.role != NodeRole::Master)
            continue;
        YamlNode m = YamlNode::map();
        credentials(m, node, i);
        underlayLabels(m, plan, node);
        machines.append(std::move(m));
    }
    docs.push_back(std::move(cluster));

    // Workers are Machine objects of the cluster (TKEStack joins them after the masters).
    for (int i = 0; i < plan.nodes.size(); ++i) {
        const NodeSpec &node = plan.nodes.at(i);
        if (node.role != NodeRole::Worker)
            continue;
        YamlNode machine = kube::object(kPlatformApi, QStringLiteral("Machine"),
            stableName(QStringLiteral("mc-"), clusterName + u'|' + node.ip));
        YamlNode &ms = machine[QStringLiteral("spec")];
        ms[QStringLiteral("clusterName")] = clusterName;
        ms[QStringLiteral("type")] = QStringLiteral("Baremetal");
        credentials(ms, node, i);
        underlayLabels(ms, plan, node);
        docs.push_back(std::move(machine));
    }
    return docs;
}

} // namespace tkeci
