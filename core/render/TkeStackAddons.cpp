// The TKEStack parts around Cilium: tke-eni-ipamd (pod address management), and for underlay
// ip-masq-agent (masquerade only what leaves the cluster CIDR) and cilium-router (announces pod
// routes to the top-of-rack switch over BGP).
#include "render/RenderContext.h"

#include "render/KubeObjects.h"

namespace tkeci {
namespace {

using kube::kSystemNamespace;

YamlNode mastersOnly()
{
    YamlNode selector = YamlNode::map();
    selector[QStringLiteral("node-role.kubernetes.io/master")] = QString();
    return selector;
}

} // namespace

std::vector<YamlNode> renderIpamd(const RenderContext &ctx)
{
    const InstallPlan &plan = ctx.plan();
    const bool underlay = plan.isUnderlay();
    const QString name = QStringLiteral("tke-eni-ipamd");
    std::vector<YamlNode> docs;
    docs.push_back(kube::serviceAccount(name));
    const QStringList readOnly {
        QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};
    docs.push_back(kube::clusterRole(name,
        {kube::rule({QString()}, {QStringLiteral("nodes")},
             {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
                 QStringLiteral("patch"), QStringLiteral("update")}),
            kube::rule({QString()}, {QStringLiteral("nodes/status")},
                {QStringLiteral("patch"), QStringLiteral("update")}),
            kube::rule(
                {QString()}, {QStringLiteral("pods"), QStringLiteral("namespaces")}, readOnly),
            kube::rule({QString()}, {QStringLiteral("configmaps")},
                {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
                    QStringLiteral("create"), QStringLiteral("update")}),
            kube::rule({QString()}, {QStringLiteral("events")},
                {QStringLiteral("create"), QStringLiteral("patch")}),
            kube::rule({QStringLiteral("cilium.io")},
                {QStringLiteral("ciliumnodes"), QStringLiteral("ciliumnodes/status")},
                {QStringLiteral("*")}),
            kube::rule({QStringLiteral("coordination.k8s.io")}, {QStringLiteral("leases")},
                {QStringLiteral("create"), QStringLiteral("get"), QStringLiteral("update")})}));
    docs.push_back(kube::clusterRoleBinding(name, name));

    const QList<std::pair<QString, QString>> labels {{QStringLiteral("k8s-app"), name}};
    YamlNode deploy
        = kube::workload(QStringLiteral("Deployment"), name, kSystemNamespace, labels, 1);
    YamlNode &pod = kube::podSpec(deploy);

    QStringList args {
        QStringLiteral("--enable-cilium-node-controller=%1").arg(underlay ? u"true" : u"false"),
        QStringLiteral("--enable-cilium-overlay=%1").arg(underlay ? u"false" : u"true")};
    // Overlay: each node gets a block of maxNodePodNum addresses (kube-controller-manager no
    // longer allocates node CIDRs). Underlay: addresses come from CiliumNode resources, 16 at a
    // time.
    if (underlay)
        args.append(QStringLiteral("--base-pod-number=16"));
    else
        args.append(QStringLiteral("--desired-pod-number=%1").arg(plan.maxNodePodNum));
    args.append(QStringLiteral("--cluster-cidrs=%1").arg(plan.clusterCIDR));
    args.append(QStringLiteral("--v=3"));

    YamlNode c = YamlNode::map();
    c[QStringLiteral("name")] = name;
    c[QStringLiteral("image")] = ctx.image(images::kIpamd, images::kIpamdTag);
    c[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    c[QStringLiteral("args")] = YamlNode::strings(args);
    YamlNode &env = c[QStringLiteral("env")];
    env = YamlNode::sequence();
    env.append(kube::envFromField(QStringLiteral("NODE_NAME"), QStringLiteral("spec.nodeName")));
    for (YamlNode &e : ctx.apiServerEnv())
        env.append(std::move(e));
    YamlNode &req = c[QStringLiteral("resources")][QStringLiteral("requests")];
    req[QStringLiteral("cpu")] = QStringLiteral("100m");
    req[QStringLiteral("memory")] = QStringLiteral("128Mi");
    pod[QStringLiteral("containers")].append(std::move(c));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-cluster-critical");
    pod[QStringLiteral("serviceAccountName")] = name;
    pod[QStringLiteral("nodeSelector")] = mastersOnly();
    // Masters are tainted and stay NotReady until the CNI runs; ipamd is part of that CNI, so it
    // tolerates every taint (NoExecute too: a slow offline bootstrap must not evict it after
    // 300 s). The nodeSelector keeps it on the masters.
    pod[QStringLiteral("tolerations")].append(kube::tolerateEverything());
    docs.push_back(std::move(deploy));
    return docs;
}

std::vector<YamlNode> renderIpMasqAgent(const RenderContext &ctx)
{
    const InstallPlan &plan = ctx.plan();
    const QString name = QStringLiteral("ip-masq-agent");
    std::vector<YamlNode> docs;

    YamlNode cm = kube::object(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
        QStringLiteral("ip-masq-agent-config"), kSystemNamespace);
    // The cluster CIDR was validated as an IPv4 CIDR, so it needs no JSON escaping.
    const QString json = QStringLiteral(
        "{\"NonMasqueradeCIDRs\":[\"%1\"],\"MasqLinkLocal\":true,\"ResyncInterval\":\"1m0s\"}")
                             .arg(plan.clusterCIDR);
    cm[QStringLiteral("data")][QStringLiteral("config")] = json;
    docs.push_back(std::move(cm));

    const QList<std::pair<QString, QString>> labels {{QStringLiteral("k8s-app"), name}};
    YamlNode ds = kube::workload(QStringLiteral("DaemonSet"), name, kSystemNamespace, labels);
    YamlNode &pod = kube::podSpec(ds);
    YamlNode c = YamlNode::map();
    c[QStringLiteral("name")] = name;
    c[QStringLiteral("image")] = ctx.image(images::kIpMasqAgent, images::kIpMasqAgentTag);
    c[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    c[QStringLiteral("args")] = YamlNode::strings(
        {QStringLiteral("--masq-chain=IP-MASQ-AGENT"), QStringLiteral("--v=2")});
    c[QStringLiteral("securityContext")][QStringLiteral("privileged")] = false;
    c[QStringLiteral("securityContext")][QStringLiteral("capabilities")][QStringLiteral("add")]
        = YamlNode::strings({QStringLiteral("NET_ADMIN"), QStringLiteral("NET_RAW")});
    // ip-masq-agent reads /etc/config/ip-masq-agent: the ConfigMap key "config" under that name.
    c[QStringLiteral("volumeMounts")].append(
        kube::volumeMount(QStringLiteral("config"), QStringLiteral("/etc/config"), true));
    pod[QStringLiteral("containers")].append(std::move(c));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-node-critical");
    pod[QStringLiteral("tolerations")].append(kube::tolerateEverything());
    YamlNode vol = YamlNode::map();
    vol[QStringLiteral("name")] = QStringLiteral("config");
    YamlNode &cmv = vol[QStringLiteral("configMap")];
    cmv[QStringLiteral("name")] = QStringLiteral("ip-masq-agent-config");
    cmv[QStringLiteral("optional")] = true;
    YamlNode item = YamlNode::map();
    item[QStringLiteral("key")] = QStringLiteral("config");
    item[QStringLiteral("path")] = QStringLiteral("ip-masq-agent");
    cmv[QStringLiteral("items")].append(std::move(item));
    pod[QStringLiteral("volumes")].append(std::move(vol));
    docs.push_back(std::move(ds));
    return docs;
}

std::vector<YamlNode> renderCiliumRouter(const RenderContext &ctx)
{
    const InstallPlan &plan = ctx.plan();
    const QString name = QStringLiteral("cilium-router");
    std::vector<YamlNode> docs;
    docs.push_back(kube::serviceAccount(name));
    docs.push_back(kube::clusterRole(name,
        {kube::rule({QString()}, {QStringLiteral("events")}, {QStringLiteral("create")}),
            kube::rule({QString()}, {QStringLiteral("nodes")},
                {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")})}));
    docs.push_back(kube::clusterRoleBinding(name, name));

    const QList<std::pair<QString, QString>> labels {{QStringLiteral("k8s-app"), name}};
    YamlNode ds = kube::workload(QStringLiteral("DaemonSet"), name, kSystemNamespace, labels);
    YamlNode &pod = kube::podSpec(ds);
    YamlNode c = YamlNode::map();
    c[QStringLiteral("name")] = name;
    c[QStringLiteral("image")] = ctx.image(images::kCiliumRouter, images::kCiliumRouterTag);
    c[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    // The peer (ASN, switch IP) comes from each node's infra.tce.io/as and
    // infra.tce.io/switch-ip labels, so nodes in other racks need no other configuration.
    c[QStringLiteral("args")] = YamlNode::strings({QStringLiteral("-network-mode=bgp"),
        QStringLiteral("-cluster-ip-range=%1").arg(plan.clusterCIDR),
        QStringLiteral("-node-name=$(NODE_NAME)"), QStringLiteral("-host-ip=$(HOST_IP)"),
        QStringLiteral("-bgp-graceful-restart-time=300s"),
        QStringLiteral("-bgp-keepalive-time=60s"), QStringLiteral("-v=2")});
    YamlNode &env = c[QStringLiteral("env")];
    env = YamlNode::sequence();
    env.append(kube::envFromField(QStringLiteral("NODE_NAME"), QStringLiteral("spec.nodeName")));
    env.append(kube::envFromField(QStringLiteral("HOST_IP"), QStringLiteral("status.hostIP")));
    for (YamlNode &e : ctx.apiServerEnv())
        env.append(std::move(e));
    c[QStringLiteral("securityContext")][QStringLiteral("capabilities")][QStringLiteral("add")]
        = YamlNode::strings({QStringLiteral("NET_ADMIN"), QStringLiteral("NET_RAW")});
    pod[QStringLiteral("containers")].append(std::move(c));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-node-critical");
    pod[QStringLiteral("serviceAccountName")] = name;
    pod[QStringLiteral("tolerations")].append(kube::tolerateEverything());
    docs.push_back(std::move(ds));
    return docs;
}

} // namespace tkeci
