// Cilium 1.9 as TKEStack deploys it: agent DaemonSet, generic operator, their RBAC and the
// cilium-config ConfigMap. Written from the facts in DESIGN.md; keys that TKEStack does not
// set keep Cilium 1.9's defaults and are listed so the operator sees the whole configuration.
#include "render/RenderContext.h"

#include "render/KubeObjects.h"

namespace tkeci {
namespace {

using kube::kSystemNamespace;

const QString kConfigMap = QStringLiteral("cilium-config");
const QString kConfigDir = QStringLiteral("/tmp/cilium/config-map");

YamlNode ciliumConfig(const RenderContext &ctx)
{
    const InstallPlan &plan = ctx.plan();
    const bool underlay = plan.isUnderlay();
    YamlNode cm = kube::object(
        QStringLiteral("v1"), QStringLiteral("ConfigMap"), kConfigMap, kSystemNamespace);
    YamlNode &d = cm[QStringLiteral("data")];
    // Identities live in CRDs only: TKEStack runs Cilium without an etcd kvstore.
    d[QStringLiteral("identity-allocation-mode")] = QStringLiteral("crd");
    d[QStringLiteral("cilium-endpoint-gc-interval")] = QStringLiteral("5m0s");
    d[QStringLiteral("debug")] = QStringLiteral("false");
    d[QStringLiteral("enable-ipv4")] = QStringLiteral("true");
    d[QStringLiteral("enable-ipv6")] = QStringLiteral("false");
    d[QStringLiteral("enable-bpf-clock-probe")] = QStringLiteral("true");
    d[QStringLiteral("monitor-aggregation")] = QStringLiteral("medium");
    d[QStringLiteral("monitor-aggregation-interval")] = QStringLiteral("5s");
    d[QStringLiteral("monitor-aggregation-flags")] = QStringLiteral("all");
    d[QStringLiteral("bpf-map-dynamic-size-ratio")] = QStringLiteral("0.0025");
    d[QStringLiteral("bpf-policy-map-max")] = QStringLiteral("16384");
    d[QStringLiteral("preallocate-bpf-maps")] = QStringLiteral("false");
    d[QStringLiteral("cluster-name")] = QStringLiteral("default");
    d[QStringLiteral("wait-bpf-mount")] = QStringLiteral("false");
    // 网络模式: overlay tunnels pod traffic in VXLAN and masquerades it; underlay routes pod
    // addresses natively (announced over BGP by cilium-router) with no masquerading by Cilium.
    d[QStringLiteral("tunnel")] = underlay ? QStringLiteral("disabled") : QStringLiteral("vxlan");
    d[QStringLiteral("masquerade")] = underlay ? QStringLiteral("false") : QStringLiteral("true");
    d[QStringLiteral("enable-bpf-masquerade")] = QStringLiteral("false");
    d[QStringLiteral("install-iptables-rules")]
        = underlay ? QStringLiteral("false") : QStringLiteral("true");
    d[QStringLiteral("enable-local-node-route")]
        = underlay ? QStringLiteral("false") : QStringLiteral("true");
    if (underlay) {
        d[QStringLiteral("enable-endpoint-routes")] = QStringLiteral("true");
        d[QStringLiteral("auto-create-cilium-node-resource")] = QStringLiteral("true");
    }
    d[QStringLiteral("ipam")] = underlay ? QStringLiteral("crd") : QStringLiteral("kubernetes");
    d[QStringLiteral("enable-xt-socket-fallback")] = QStringLiteral("true");
    d[QStringLiteral("auto-direct-node-routes")] = QStringLiteral("false");
    d[QStringLiteral("enable-bandwidth-manager")] = QStringLiteral("false");
    d[QStringLiteral("enable-local-redirect-policy")] = QStringLiteral("false");
    // kube-proxy stays on TKEStack clusters; Cilium only takes the parts it can do alongside it.
    d[QStringLiteral("kube-proxy-replacement")] = QStringLiteral("partial");
    d[QStringLiteral("enable-health-check-nodeport")] = QStringLiteral("true");
    d[QStringLiteral("node-port-bind-protection")] = QStringLiteral("true");
    d[QStringLiteral("enable-auto-protect-node-port-range")] = QStringLiteral("true");
    d[QStringLiteral("enable-session-affinity")] = QStringLiteral("true");
    d[QStringLiteral("k8s-require-ipv4-pod-cidr")] = QStringLiteral("false");
    d[QStringLiteral("k8s-require-ipv6-pod-cidr")] = QStringLiteral("false");
    d[QStringLiteral("enable-endpoint-health-checking")] = QStringLiteral("true");
    d[QStringLiteral("enable-well-known-identities")] = QStringLiteral("false");
    d[QStringLiteral("enable-remote-node-identity")] = QStringLiteral("true");
    d[QStringLiteral("operator-api-serve-addr")] = QStringLiteral("127.0.0.1:9234");
    d[QStringLiteral("disable-cnp-status-updates")] = QStringLiteral("true");
    // TKEStack does not support Cilium's L7 proxy.
    d[QStringLiteral("enable-l7-proxy")] = QStringLiteral("false");
    return cm;
}

QStringList ciliumResources()
{
    return {QStringLiteral("ciliumnetworkpolicies"), QStringLiteral("ciliumnetworkpolicies/status"),
        QStringLiteral("ciliumclusterwidenetworkpolicies"),
        QStringLiteral("ciliumclusterwidenetworkpolicies/status"),
        QStringLiteral("ciliumendpoints"), QStringLiteral("ciliumendpoints/status"),
        QStringLiteral("ciliumnodes"), QStringLiteral("ciliumnodes/status"),
        QStringLiteral("ciliumidentities"), QStringLiteral("ciliumlocalredirectpolicies"),
        QStringLiteral("ciliumlocalredirectpolicies/status")};
}

YamlNode agentClusterRole()
{
    YamlNode role = kube::clusterRole(QStringLiteral("cilium"), {});
    YamlNode &rules = role[QStringLiteral("rules")];
    const QStringList readOnly {
        QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};
    rules.append(kube::rule(
        {QStringLiteral("networking.k8s.io")}, {QStringLiteral("networkpolicies")}, readOnly));
    rules.append(kube::rule(
        {QStringLiteral("discovery.k8s.io")}, {QStringLiteral("endpointslices")}, readOnly));
    rules.append(kube::rule({QString()},
        {QStringLiteral("namespaces"), QStringLiteral("services"), QStringLiteral("nodes"),
            QStringLiteral("endpoints")},
        readOnly));
    rules.append(
        kube::rule({QString()}, {QStringLiteral("pods"), QStringLiteral("pods/finalizers")},
            {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
                QStringLiteral("update"), QStringLiteral("delete")}));
    // The agent writes its own node's annotations (pod CIDR, health IP) back.
    rules.append(kube::rule({QString()}, {QStringLiteral("nodes")}, {QStringLiteral("update")}));
    rules.append(kube::rule({QString()}, {QStringLiteral("nodes"), QStringLiteral("nodes/status")},
        {QStringLiteral("patch")}));
    rules.append(kube::rule({QStringLiteral("apiextensions.k8s.io")},
        {QStringLiteral("customresourcedefinitions")},
        {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("watch"),
            QStringLiteral("update"), QStringLiteral("get")}));
    rules.append(
        kube::rule({QStringLiteral("cilium.io")}, ciliumResources(), {QStringLiteral("*")}));
    return role;
}

YamlNode operatorClusterRole()
{
    YamlNode role = kube::clusterRole(QStringLiteral("cilium-operator"), {});
    YamlNode &rules = role[QStringLiteral("rules")];
    const QStringList readOnly {
        QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};
    // The operator restarts pods that are not managed by Cilium after the agent comes up.
    rules.append(kube::rule({QString()}, {QStringLiteral("pods")},
        {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
            QStringLiteral("delete")}));
    rules.append(kube::rule(
        {QStringLiteral("discovery.k8s.io")}, {QStringLiteral("endpointslices")}, readOnly));
    rules.append(kube::rule({QString()},
        {QStringLiteral("services"), QStringLiteral("endpoints"), QStringLiteral("namespaces"),
            QStringLiteral("nodes")},
        readOnly));
    rules.append(
        kube::rule({QStringLiteral("cilium.io")}, ciliumResources(), {QStringLiteral("*")}));
    rules.append(kube::rule({QStringLiteral("apiextensions.k8s.io")},
        {QStringLiteral("customresourcedefinitions")},
        {QStringLiteral("create"), QStringLiteral("get"), QStringLiteral("list"),
            QStringLiteral("update"), QStringLiteral("watch")}));
    rules.append(kube::rule({QStringLiteral("coordination.k8s.io")}, {QStringLiteral("leases")},
        {QStringLiteral("create"), QStringLiteral("get"), QStringLiteral("update")}));
    return role;
}

YamlNode httpProbe(
    int port, int failureThreshold, int periodSeconds, std::optional<int> initialDelay)
{
    YamlNode probe = YamlNode::map();
    YamlNode &get = probe[QStringLiteral("httpGet")];
    get[QStringLiteral("host")] = QStringLiteral("127.0.0.1");
    get[QStringLiteral("path")] = QStringLiteral("/healthz");
    get[QStringLiteral("port")] = port;
    get[QStringLiteral("scheme")] = QStringLiteral("HTTP");
    if (port == 9876) {
        YamlNode header = YamlNode::map();
        header[QStringLiteral("name")] = QStringLiteral("brief");
        header[QStringLiteral("value")] = QStringLiteral("true");
        get[QStringLiteral("httpHeaders")].append(std::move(header));
    }
    if (initialDelay)
        probe[QStringLiteral("initialDelaySeconds")] = *initialDelay;
    probe[QStringLiteral("failureThreshold")] = failureThreshold;
    probe[QStringLiteral("periodSeconds")] = periodSeconds;
    probe[QStringLiteral("successThreshold")] = 1;
    probe[QStringLiteral("timeoutSeconds")] = 5;
    return probe;
}

YamlNode configMapVolume()
{
    YamlNode v = YamlNode::map();
    v[QStringLiteral("name")] = QStringLiteral("cilium-config-path");
    v[QStringLiteral("configMap")][QStringLiteral("name")] = kConfigMap;
    return v;
}

YamlNode agentDaemonSet(const RenderContext &ctx)
{
    const QList<std::pair<QString, QString>> labels {
        {QStringLiteral("k8s-app"), QStringLiteral("cilium")}};
    YamlNode ds = kube::workload(
        QStringLiteral("DaemonSet"), QStringLiteral("cilium"), kSystemNamespace, labels);
    kube::rollingUpdate(ds)[QStringLiteral("maxUnavailable")] = 2;
    YamlNode &pod = kube::podSpec(ds);

    const QString image = ctx.image(images::kCilium, ctx.ciliumTag());

    YamlNode agent = YamlNode::map();
    agent[QStringLiteral("name")] = QStringLiteral("cilium-agent");
    agent[QStringLiteral("image")] = image;
    agent[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    agent[QStringLiteral("command")] = YamlNode::strings({QStringLiteral("cilium-agent")});
    agent[QStringLiteral("args")]
        = YamlNode::strings({QStringLiteral("--config-dir=") + kConfigDir});
    YamlNode &env = agent[QStringLiteral("env")];
    env.append(
        kube::envFromField(QStringLiteral("K8S_NODE_NAME"), QStringLiteral("spec.nodeName")));
    env.append(kube::envFromField(
        QStringLiteral("CILIUM_K8S_NAMESPACE"), QStringLiteral("metadata.namespace")));
    env.append(kube::envFromConfigMap(QStringLiteral("CILIUM_FLANNEL_MASTER_DEVICE"), kConfigMap,
        QStringLiteral("flannel-master-device")));
    env.append(kube::envFromConfigMap(QStringLiteral("CILIUM_FLANNEL_UNINSTALL_ON_EXIT"),
        kConfigMap, QStringLiteral("flannel-uninstall-on-exit")));
    env.append(kube::envValue(QStringLiteral("CILIUM_CNI_CHAINING_MODE"), QString()));
    env.append(kube::envValue(QStringLiteral("CILIUM_CUSTOM_CNI_CONF"), QStringLiteral("false")));
    for (YamlNode &e : ctx.apiServerEnv())
        env.append(std::move(e));
    // 9876 is the agent's health API; 4240 (cilium-health) is checked by preflight as well.
    agent[QStringLiteral("livenessProbe")] = httpProbe(9876, 10, 30, 120);
    agent[QStringLiteral("readinessProbe")] = httpProbe(9876, 3, 30, 5);
    YamlNode &lifecycle = agent[QStringLiteral("lifecycle")];
    lifecycle[QStringLiteral("postStart")][QStringLiteral("exec")][QStringLiteral("command")]
        = YamlNode::strings(
            {QStringLiteral("/cni-install.sh"), QStringLiteral("--enable-debug=false")});
    lifecycle[QStringLiteral("preStop")][QStringLiteral("exec")][QStringLiteral("command")]
        = YamlNode::strings({QStringLiteral("/cni-uninstall.sh")});
    YamlNode &security = agent[QStringLiteral("securityContext")];
    security[QStringLiteral("capabilities")][QStringLiteral("add")]
        = YamlNode::strings({QStringLiteral("NET_ADMIN"), QStringLiteral("SYS_MODULE")});
    security[QStringLiteral("privileged")] = true;
    YamlNode &mounts = agent[QStringLiteral("volumeMounts")];
    YamlNode bpf = kube::volumeMount(QStringLiteral("bpf-maps"), QStringLiteral("/sys/fs/bpf"));
    bpf[QStringLiteral("mountPropagation")] = QStringLiteral("Bidirectional");
    mounts.append(std::move(bpf));
    mounts.append(
        kube::volumeMount(QStringLiteral("cilium-run"), QStringLiteral("/var/run/cilium")));
    mounts.append(
        kube::volumeMount(QStringLiteral("cni-path"), QStringLiteral("/host/opt/cni/bin")));
    mounts.append(
        kube::volumeMount(QStringLiteral("etc-cni-netd"), QStringLiteral("/host/etc/cni/net.d")));
    mounts.append(kube::volumeMount(QStringLiteral("cilium-config-path"), kConfigDir, true));
    mounts.append(
        kube::volumeMount(QStringLiteral("lib-modules"), QStringLiteral("/lib/modules"), true));
    mounts.append(
        kube::volumeMount(QStringLiteral("xtables-lock"), QStringLiteral("/run/xtables.lock")));

    // Cleans state left by an earlier agent when asked to through the ConfigMap.
    YamlNode clean = YamlNode::map();
    clean[QStringLiteral("name")] = QStringLiteral("clean-cilium-state");
    clean[QStringLiteral("image")] = image;
    clean[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    clean[QStringLiteral("command")] = YamlNode::strings({QStringLiteral("/init-container.sh")});
    YamlNode &cleanEnv = clean[QStringLiteral("env")];
    cleanEnv.append(kube::envFromConfigMap(
        QStringLiteral("CILIUM_ALL_STATE"), kConfigMap, QStringLiteral("clean-cilium-state")));
    cleanEnv.append(kube::envFromConfigMap(
        QStringLiteral("CILIUM_BPF_STATE"), kConfigMap, QStringLiteral("clean-cilium-bpf-state")));
    cleanEnv.append(kube::envFromConfigMap(
        QStringLiteral("CILIUM_WAIT_BPF_MOUNT"), kConfigMap, QStringLiteral("wait-bpf-mount")));
    for (YamlNode &e : ctx.apiServerEnv())
        cleanEnv.append(std::move(e));
    clean[QStringLiteral("securityContext")][QStringLiteral("capabilities")][QStringLiteral("add")]
        = YamlNode::strings({QStringLiteral("NET_ADMIN")});
    clean[QStringLiteral("securityContext")][QStringLiteral("privileged")] = true;
    YamlNode &cleanMounts = clean[QStringLiteral("volumeMounts")];
    YamlNode cleanBpf
        = kube::volumeMount(QStringLiteral("bpf-maps"), QStringLiteral("/sys/fs/bpf"));
    cleanBpf[QStringLiteral("mountPropagation")] = QStringLiteral("HostToContainer");
    cleanMounts.append(std::move(cleanBpf));
    cleanMounts.append(
        kube::volumeMount(QStringLiteral("cilium-run"), QStringLiteral("/var/run/cilium")));
    YamlNode &resources = clean[QStringLiteral("resources")][QStringLiteral("requests")];
    resources[QStringLiteral("cpu")] = QStringLiteral("100m");
    resources[QStringLiteral("memory")] = QStringLiteral("100Mi");

    pod[QStringLiteral("initContainers")].append(std::move(clean));
    pod[QStringLiteral("containers")].append(std::move(agent));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-node-critical");
    pod[QStringLiteral("restartPolicy")] = QStringLiteral("Always");
    pod[QStringLiteral("serviceAccount")] = QStringLiteral("cilium");
    pod[QStringLiteral("serviceAccountName")] = QStringLiteral("cilium");
    pod[QStringLiteral("terminationGracePeriodSeconds")] = 1;
    pod[QStringLiteral("tolerations")].append(kube::tolerateEverything());
    YamlNode &volumes = pod[QStringLiteral("volumes")];
    volumes.append(kube::hostPathVolume(QStringLiteral("cilium-run"),
        QStringLiteral("/var/run/cilium"), QStringLiteral("DirectoryOrCreate")));
    volumes.append(kube::hostPathVolume(QStringLiteral("bpf-maps"), QStringLiteral("/sys/fs/bpf"),
        QStringLiteral("DirectoryOrCreate")));
    volumes.append(kube::hostPathVolume(QStringLiteral("cni-path"), QStringLiteral("/opt/cni/bin"),
        QStringLiteral("DirectoryOrCreate")));
    volumes.append(kube::hostPathVolume(QStringLiteral("etc-cni-netd"),
        QStringLiteral("/etc/cni/net.d"), QStringLiteral("DirectoryOrCreate")));
    volumes.append(
        kube::hostPathVolume(QStringLiteral("lib-modules"), QStringLiteral("/lib/modules")));
    volumes.append(kube::hostPathVolume(QStringLiteral("xtables-lock"),
        QStringLiteral("/run/xtables.lock"), QStringLiteral("FileOrCreate")));
    volumes.append(configMapVolume());
    return ds;
}

YamlNode operatorDeployment(const RenderContext &ctx)
{
    const QList<std::pair<QString, QString>> labels {
        {QStringLiteral("io.cilium/app"), QStringLiteral("operator")},
        {QStringLiteral("name"), QStringLiteral("cilium-operator")}};
    // Two replicas for failover, but never more than there are nodes: the operator uses the
    // host network, so two replicas cannot share a node.
    YamlNode deploy
        = kube::workload(QStringLiteral("Deployment"), QStringLiteral("cilium-operator"),
            kSystemNamespace, labels, int(std::clamp<qsizetype>(ctx.plan().nodes.size(), 1, 2)));
    kube::rollingUpdate(deploy)[QStringLiteral("maxSurge")] = 1;
    kube::rollingUpdate(deploy)[QStringLiteral("maxUnavailable")] = 1;
    YamlNode &pod = kube::podSpec(deploy);

    YamlNode op = YamlNode::map();
    op[QStringLiteral("name")] = QStringLiteral("cilium-operator");
    op[QStringLiteral("image")] = ctx.image(images::kCiliumOperator, ctx.ciliumTag());
    op[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    op[QStringLiteral("command")] = YamlNode::strings({QStringLiteral("cilium-operator-generic")});
    op[QStringLiteral("args")] = YamlNode::strings(
        {QStringLiteral("--config-dir=") + kConfigDir, QStringLiteral("--debug=$(CILIUM_DEBUG)")});
    YamlNode &env = op[QStringLiteral("env")];
    env.append(
        kube::envFromField(QStringLiteral("K8S_NODE_NAME"), QStringLiteral("spec.nodeName")));
    env.append(kube::envFromField(
        QStringLiteral("CILIUM_K8S_NAMESPACE"), QStringLiteral("metadata.namespace")));
    env.append(kube::envFromConfigMap(
        QStringLiteral("CILIUM_DEBUG"), kConfigMap, QStringLiteral("debug")));
    for (YamlNode &e : ctx.apiServerEnv())
        env.append(std::move(e));
    YamlNode probe = httpProbe(9234, 3, 10, 60);
    op[QStringLiteral("livenessProbe")] = std::move(probe);
    op[QStringLiteral("volumeMounts")].append(
        kube::volumeMount(QStringLiteral("cilium-config-path"), kConfigDir, true));

    pod[QStringLiteral("containers")].append(std::move(op));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-cluster-critical");
    pod[QStringLiteral("restartPolicy")] = QStringLiteral("Always");
    pod[QStringLiteral("serviceAccount")] = QStringLiteral("cilium-operator");
    pod[QStringLiteral("serviceAccountName")] = QStringLiteral("cilium-operator");
    pod[QStringLiteral("tolerations")].append(kube::tolerateEverything());
    YamlNode &anti = pod[QStringLiteral("affinity")][QStringLiteral("podAntiAffinity")];
    YamlNode term = YamlNode::map();
    term[QStringLiteral("labelSelector")]
        = kube::labelSelector({{QStringLiteral("io.cilium/app"), QStringLiteral("operator")}});
    term[QStringLiteral("topologyKey")] = QStringLiteral("kubernetes.io/hostname");
    anti[QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")].append(std::move(term));
    pod[QStringLiteral("volumes")].append(configMapVolume());
    return deploy;
}

} // namespace

std::vector<YamlNode> renderCilium(const RenderContext &ctx)
{
    std::vector<YamlNode> docs;
    docs.push_back(kube::serviceAccount(QStringLiteral("cilium")));
    docs.push_back(kube::serviceAccount(QStringLiteral("cilium-operator")));
    docs.push_back(ciliumConfig(ctx));
    docs.push_back(agentClusterRole());
    docs.push_back(operatorClusterRole());
    docs.push_back(kube::clusterRoleBinding(QStringLiteral("cilium"), QStringLiteral("cilium")));
    docs.push_back(kube::clusterRoleBinding(
        QStringLiteral("cilium-operator"), QStringLiteral("cilium-operator")));
    docs.push_back(agentDaemonSet(ctx));
    docs.push_back(operatorDeployment(ctx));
    return docs;
}

} // namespace tkeci
