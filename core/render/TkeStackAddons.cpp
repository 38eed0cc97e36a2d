// The TKEStack parts around Cilium: tke-eni-ipamd (pod address management), and for underlay
// ip-masq-agent (masquerade only what leaves the cluster CIDR) and cilium-router (announces pod
// routes to the top-of-rack switch over BGP).
//
// Every flag, env variable, label, selector, port and RBAC rule below equals TKEStack's
// templates, pkg/platform/provider/baremetal/manifests/cilium/{eni-ipamd,masq-agent,router}.yaml
// (tkestack/tke 31e93ce0); "eni-ipamd.yaml:N" below is a line of those files. The few places
// that differ on purpose are listed in docs/tkestack-fidelity.md.
#include "render/RenderContext.h"

#include "render/KubeObjects.h"

namespace tkeci {
namespace {

using kube::kSystemNamespace;

const QStringList kAllButDeleteCollection {QStringLiteral("create"), QStringLiteral("update"),
    QStringLiteral("delete"), QStringLiteral("get"), QStringLiteral("list"),
    QStringLiteral("watch"), QStringLiteral("patch")};

// eni-ipamd.yaml:135-144: on the control plane, under either name of its node role (kubeadm
// labels only node-role.kubernetes.io/control-plane from Kubernetes 1.24 on).
YamlNode controlPlaneAffinity()
{
    YamlNode affinity = YamlNode::map();
    YamlNode &required = affinity[QStringLiteral("nodeAffinity")]
                                 [QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")];
    for (const char *role :
        {"node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master"}) {
        YamlNode term = YamlNode::map();
        term[QStringLiteral("matchExpressions")].append(
            kube::matchExpression(QString::fromLatin1(role), QStringLiteral("Exists")));
        required[QStringLiteral("nodeSelectorTerms")].append(std::move(term));
    }
    return affinity;
}

std::vector<YamlNode> ipamdRbacRules()
{
    // eni-ipamd.yaml:21-96.
    return {kube::rule({QString()},
                {QStringLiteral("pods"), QStringLiteral("namespaces"), QStringLiteral("nodes"),
                    QStringLiteral("nodes/status")},
                {QStringLiteral("list"), QStringLiteral("watch"), QStringLiteral("get"),
                    QStringLiteral("patch"), QStringLiteral("update")}),
        kube::rule({QString()},
            {QStringLiteral("configmaps"), QStringLiteral("endpoints"), QStringLiteral("events")},
            {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
                QStringLiteral("update"), QStringLiteral("create"), QStringLiteral("patch")}),
        kube::rule({QStringLiteral("apps"), QStringLiteral("extensions")},
            {QStringLiteral("statefulsets"), QStringLiteral("deployments")},
            {QStringLiteral("list"), QStringLiteral("watch")}),
        kube::rule({QStringLiteral("apiextensions.k8s.io")},
            {QStringLiteral("customresourcedefinitions")},
            {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("get")}),
        kube::rule({QStringLiteral("networking.tke.cloud.tencent.com")},
            {QStringLiteral("staticipconfigs"), QStringLiteral("underlayips"),
                QStringLiteral("nodeeniconfigs"), QStringLiteral("vpcipclaims"),
                QStringLiteral("vpcips"), QStringLiteral("vpcenis"), QStringLiteral("eipclaims")},
            kAllButDeleteCollection),
        kube::rule({QStringLiteral("cilium.io")},
            {QStringLiteral("ciliumnodes"), QStringLiteral("ciliumnodes/status"),
                QStringLiteral("ciliumnodes/finalizers")},
            kAllButDeleteCollection)};
}

YamlNode ipamdHealthProbe()
{
    // eni-ipamd.yaml:172-182 (liveness) and 189-199 (readiness) are the same probe.
    YamlNode probe = YamlNode::map();
    YamlNode &get = probe[QStringLiteral("httpGet")];
    get[QStringLiteral("host")] = QStringLiteral("127.0.0.1");
    get[QStringLiteral("path")] = QStringLiteral("/health");
    get[QStringLiteral("port")] = 61678;
    get[QStringLiteral("scheme")] = QStringLiteral("HTTP");
    probe[QStringLiteral("initialDelaySeconds")] = 30;
    probe[QStringLiteral("failureThreshold")] = 3;
    probe[QStringLiteral("periodSeconds")] = 10;
    probe[QStringLiteral("successThreshold")] = 1;
    probe[QStringLiteral("timeoutSeconds")] = 1;
    return probe;
}

YamlNode ipamdContainer(const RenderContext &ctx, const QString &name)
{
    const InstallPlan &plan = ctx.plan();
    const bool underlay = plan.isUnderlay();
    // eni-ipamd.yaml:146-160, in this order. Overlay: each node gets a block of maxNodePodNum
    // addresses (kube-controller-manager no longer allocates node CIDRs). Underlay: addresses
    // come from CiliumNode resources, 16 at a time.
    QStringList args {QStringLiteral("--clusterid"), QStringLiteral("default"),
        QStringLiteral("--enable-customized-pod-cidr=true"),
        QStringLiteral("--enable-gr-route-controller=false"),
        QStringLiteral("--enable-cilium-node-controller=%1").arg(underlay ? u"true" : u"false"),
        QStringLiteral("--enable-cilium-overlay=%1").arg(underlay ? u"false" : u"true")};
    if (underlay)
        args.append(QStringLiteral("--base-pod-number=16"));
    else
        args.append(QStringLiteral("--desired-pod-number=%1").arg(plan.maxNodePodNum));
    args.append(QStringLiteral("--cluster-cidrs=%1").arg(plan.clusterCIDR));

    YamlNode c = YamlNode::map();
    c[QStringLiteral("name")] = name;
    c[QStringLiteral("image")] = ctx.image(images::kIpamd, images::kIpamdTag);
    c[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    c[QStringLiteral("args")] = YamlNode::strings(args);
    // eni-ipamd.yaml:161-170; the VPC id is required (no `optional`), as there.
    YamlNode &env = c[QStringLiteral("env")];
    env.append(kube::envValue(QStringLiteral("TKE_ENI_LOG_LEVEL"), QStringLiteral("INFO")));
    env.append(
        kube::envValue(QStringLiteral("NETWORK_ENVIRONMENT"), QStringLiteral("TENCENT_CLOUD_VPC")));
    env.append(kube::envFromConfigMap(QStringLiteral("TKE_ENI_IPAMD_VPC_ID"), name,
        QStringLiteral("TKE_ENI_IPAMD_VPC_ID"), false));
    for (YamlNode &e : ctx.apiServerEnv())
        env.append(std::move(e));
    YamlNode port = YamlNode::map();
    port[QStringLiteral("containerPort")] = 61678;
    port[QStringLiteral("hostPort")] = 61678;
    port[QStringLiteral("name")] = QStringLiteral("health-checker");
    port[QStringLiteral("protocol")] = QStringLiteral("TCP");
    c[QStringLiteral("ports")].append(std::move(port));
    c[QStringLiteral("livenessProbe")] = ipamdHealthProbe();
    c[QStringLiteral("readinessProbe")] = ipamdHealthProbe();
    // TKEStack PR 1602 (eni-ipamd.yaml:200-206).
    c[QStringLiteral("resources")] = kube::resources(QStringLiteral("100m"),
        QStringLiteral("128Mi"), QStringLiteral("500m"), QStringLiteral("512Mi"));
    // eni-ipamd.yaml:209-213: its log files go to the host's /var/log, in the host's time zone.
    YamlNode &mounts = c[QStringLiteral("volumeMounts")];
    mounts.append(kube::volumeMount(QStringLiteral("log-dir"), QStringLiteral("/host/var/log")));
    mounts.append(kube::volumeMount(QStringLiteral("tz-config"), QStringLiteral("/etc/localtime")));
    return c;
}

} // namespace

std::vector<YamlNode> renderIpamd(const RenderContext &ctx)
{
    const QString name = QStringLiteral("tke-eni-ipamd");
    std::vector<YamlNode> docs;
    // eni-ipamd.yaml:2-9: TKEStack ships this fixed VPC id; with NETWORK_ENVIRONMENT
    // TENCENT_CLOUD_VPC ipamd reads it but manages no cloud ENIs on bare metal.
    YamlNode cm
        = kube::object(QStringLiteral("v1"), QStringLiteral("ConfigMap"), name, kSystemNamespace);
    cm[QStringLiteral("data")][QStringLiteral("TKE_ENI_IPAMD_VPC_ID")]
        = QStringLiteral("vpc-k4l6pld3");
    docs.push_back(std::move(cm));
    docs.push_back(kube::serviceAccount(name));
    docs.push_back(kube::clusterRole(name, ipamdRbacRules()));
    docs.push_back(kube::clusterRoleBinding(name, name));

    // eni-ipamd.yaml:124-133: the selector TKEStack created it with (selectors are immutable).
    const QList<std::pair<QString, QString>> labels {
        {QStringLiteral("k8s-app"), name}, {QStringLiteral("qcloud-app"), name}};
    YamlNode deploy
        = kube::workload(QStringLiteral("Deployment"), name, kSystemNamespace, labels, 1);
    YamlNode &pod = kube::podSpec(deploy);
    pod[QStringLiteral("affinity")] = controlPlaneAffinity();
    pod[QStringLiteral("containers")].append(ipamdContainer(ctx, name));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-cluster-critical");
    pod[QStringLiteral("serviceAccountName")] = name;
    // eni-ipamd.yaml:223-224. Masters stay NotReady until the CNI runs and ipamd is part of that
    // CNI, so it tolerates every taint (NoExecute too: a slow offline bootstrap must not evict
    // it after 300 s); the affinity keeps it on the control plane.
    pod[QStringLiteral("tolerations")].append(kube::tolerateEverything());
    YamlNode &volumes = pod[QStringLiteral("volumes")];
    volumes.append(kube::hostPathVolume(QStringLiteral("log-dir"), QStringLiteral("/var/log")));
    volumes.append(
        kube::hostPathVolume(QStringLiteral("tz-config"), QStringLiteral("/etc/localtime")));
    docs.push_back(std::move(deploy));
    return docs;
}

std::vector<YamlNode> renderIpMasqAgent(const RenderContext &ctx)
{
    const InstallPlan &plan = ctx.plan();
    const QString name = QStringLiteral("ip-masq-agent");
    std::vector<YamlNode> docs;

    // masq-agent.yaml:3-9. The cluster CIDR was validated as an IPv4 CIDR, so it needs no JSON
    // escaping.
    YamlNode cm = kube::object(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
        QStringLiteral("ip-masq-agent-config"), kSystemNamespace);
    const QString json = QStringLiteral(
        "{\"NonMasqueradeCIDRs\":[\"%1\"],\"MasqLinkLocal\":true,\"ResyncInterval\":\"1m0s\"}")
                             .arg(plan.clusterCIDR);
    cm[QStringLiteral("data")][QStringLiteral("config")] = json;
    docs.push_back(std::move(cm));

    // masq-agent.yaml:17-23.
    const QList<std::pair<QString, QString>> labels {{QStringLiteral("name"), name}};
    YamlNode ds = kube::workload(QStringLiteral("DaemonSet"), name, kSystemNamespace, labels);
    kube::rollingUpdate(ds)[QStringLiteral("maxUnavailable")] = 1;
    YamlNode &pod = kube::podSpec(ds);
    YamlNode c = YamlNode::map();
    c[QStringLiteral("name")] = name;
    c[QStringLiteral("image")] = ctx.image(images::kIpMasqAgent, images::kIpMasqAgentTag);
    c[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    // masq-agent.yaml:25-42: no arguments (the default chain IP-MASQ-AGENT), privileged.
    c[QStringLiteral("resources")] = kube::resources(QStringLiteral("100m"),
        QStringLiteral("128Mi"), QStringLiteral("500m"), QStringLiteral("512Mi"));
    c[QStringLiteral("securityContext")][QStringLiteral("privileged")] = true;
    // ip-masq-agent reads /etc/config/ip-masq-agent: the ConfigMap key "config" under that name.
    c[QStringLiteral("volumeMounts")].append(
        kube::volumeMount(QStringLiteral("config"), QStringLiteral("/etc/config")));
    pod[QStringLiteral("containers")].append(std::move(c));
    pod[QStringLiteral("hostNetwork")] = true;
    // Not in masq-agent.yaml: a node agent that keeps pod traffic leaving the cluster working
    // should be the last thing evicted from a node under pressure.
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

namespace {

// router.yaml:59-75: Linux nodes, except those in maintenance or simulated ("hollow") ones.
YamlNode routerAffinity()
{
    YamlNode affinity = YamlNode::map();
    YamlNode term = YamlNode::map();
    YamlNode &exprs = term[QStringLiteral("matchExpressions")];
    exprs.append(kube::matchExpression(
        QStringLiteral("kubernetes.io/os"), QStringLiteral("In"), {QStringLiteral("linux")}));
    exprs.append(kube::matchExpression(QStringLiteral("node.infra.tce.io/lifecycle"),
        QStringLiteral("NotIn"), {QStringLiteral("maintain")}));
    exprs.append(kube::matchExpression(QStringLiteral("testing.infra.tce.io/node-type"),
        QStringLiteral("NotIn"), {QStringLiteral("hollow")}));
    affinity[QStringLiteral("nodeAffinity")][QStringLiteral(
        "requiredDuringSchedulingIgnoredDuringExecution")][QStringLiteral("nodeSelectorTerms")]
        .append(std::move(term));
    return affinity;
}

YamlNode tolerateEffect(const QString &effect)
{
    YamlNode t = kube::tolerateEverything();
    t[QStringLiteral("effect")] = effect;
    return t;
}

} // namespace

std::vector<YamlNode> renderCiliumRouter(const RenderContext &ctx)
{
    const InstallPlan &plan = ctx.plan();
    const QString name = QStringLiteral("cilium-router");
    std::vector<YamlNode> docs;
    docs.push_back(kube::serviceAccount(name));
    // router.yaml:7-21.
    docs.push_back(kube::clusterRole(name,
        {kube::rule({QString()}, {QStringLiteral("events")}, {QStringLiteral("create")}),
            kube::rule({QString()}, {QStringLiteral("nodes")},
                {QStringLiteral("list"), QStringLiteral("watch"), QStringLiteral("get")})}));
    docs.push_back(kube::clusterRoleBinding(name, name));

    // router.yaml:45-57: the selector is `app`; the pod template also carries TKEStack's
    // product label.
    const QList<std::pair<QString, QString>> labels {{QStringLiteral("app"), name}};
    YamlNode ds = kube::workload(QStringLiteral("DaemonSet"), name, kSystemNamespace, labels);
    kube::rollingUpdate(ds)[QStringLiteral("maxUnavailable")] = 1;
    ds[QStringLiteral("spec")][QStringLiteral("template")][QStringLiteral("metadata")]
      [QStringLiteral("labels")][QStringLiteral("infra.tce.io/product")]
        = QStringLiteral("tcs");
    YamlNode &pod = kube::podSpec(ds);
    pod[QStringLiteral("affinity")] = routerAffinity();
    YamlNode c = YamlNode::map();
    c[QStringLiteral("name")] = name;
    c[QStringLiteral("image")] = ctx.image(images::kCiliumRouter, images::kCiliumRouterTag);
    c[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    // router.yaml:77-86: exactly these flags, in this order; times are plain seconds. The BGP
    // peer (ASN, switch IP) comes from each node's infra.tce.io/as and infra.tce.io/switch-ip
    // labels, so nodes in other racks need no other configuration.
    c[QStringLiteral("command")] = YamlNode::strings({QStringLiteral("/cilium-router")});
    c[QStringLiteral("args")] = YamlNode::strings({QStringLiteral("-iface=$(HOST_IP)"),
        QStringLiteral("-node-name=$(NODE_NAME)"),
        QStringLiteral("-cluster-ip-range=%1").arg(plan.clusterCIDR),
        QStringLiteral("-network-mode=bgp"), QStringLiteral("-bgp-restart-time=300"),
        QStringLiteral("-bgp-keepalive-time=60"), QStringLiteral("-cidr-getter=tke-annotation")});
    // router.yaml:87-107.
    YamlNode &env = c[QStringLiteral("env")];
    env.append(kube::envFromField(QStringLiteral("NODE_NAME"), QStringLiteral("spec.nodeName")));
    env.append(kube::envFromField(QStringLiteral("POD_NAME"), QStringLiteral("metadata.name")));
    env.append(
        kube::envFromField(QStringLiteral("POD_NAMESPACE"), QStringLiteral("metadata.namespace")));
    env.append(kube::envFromField(QStringLiteral("HOST_IP"), QStringLiteral("status.hostIP")));
    for (YamlNode &e : ctx.apiServerEnv())
        env.append(std::move(e));
    // TKEStack PR 1602 (router.yaml:111-117).
    c[QStringLiteral("resources")] = kube::resources(QStringLiteral("100m"),
        QStringLiteral("128Mi"), QStringLiteral("500m"), QStringLiteral("512Mi"));
    c[QStringLiteral("securityContext")][QStringLiteral("capabilities")][QStringLiteral("add")]
        = YamlNode::strings({QStringLiteral("NET_ADMIN"), QStringLiteral("NET_RAW")});
    c[QStringLiteral("securityContext")][QStringLiteral("privileged")] = false;
    pod[QStringLiteral("containers")].append(std::move(c));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-node-critical");
    pod[QStringLiteral("serviceAccountName")] = name;
    // router.yaml:134-138.
    pod[QStringLiteral("tolerations")].append(tolerateEffect(QStringLiteral("NoSchedule")));
    pod[QStringLiteral("tolerations")].append(tolerateEffect(QStringLiteral("NoExecute")));
    docs.push_back(std::move(ds));
    return docs;
}

} // namespace tkeci
