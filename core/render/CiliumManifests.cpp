// Cilium 1.9 as TKEStack deploys it: agent DaemonSet, generic operator, their RBAC and the
// cilium-config ConfigMap. Every key, flag, env variable, label, selector and mount equals
// TKEStack's pkg/platform/provider/baremetal/manifests/cilium/cilium.yaml (tkestack/tke
// 31e93ce0; "cilium.yaml:N" is a line of it). The two keys TKEStack does not set keep Cilium
// 1.9's defaults and are listed so the operator sees the whole configuration; what differs on
// purpose is in docs/tkestack-fidelity.md.
#include "render/RenderContext.h"

#include "render/CiliumRbac.h"
#include "render/KubeObjects.h"

namespace tkeci {
namespace {

using kube::kSystemNamespace;

const QString kConfigMap = QStringLiteral("cilium-config");
const QString kConfigDir = QStringLiteral("/tmp/cilium/config-map");
const QString kHubbleTlsDir = QStringLiteral("/var/lib/cilium/tls/hubble");

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
    d[QStringLiteral("enable-policy")] = QStringLiteral("default");
    d[QStringLiteral("enable-ipv4")] = QStringLiteral("true");
    d[QStringLiteral("enable-ipv6")] = QStringLiteral("false");
    d[QStringLiteral("custom-cni-conf")] = QStringLiteral("false");
    d[QStringLiteral("enable-bpf-clock-probe")] = QStringLiteral("true");
    d[QStringLiteral("monitor-aggregation")] = QStringLiteral("medium");
    d[QStringLiteral("monitor-aggregation-interval")] = QStringLiteral("5s");
    d[QStringLiteral("monitor-aggregation-flags")] = QStringLiteral("all");
    d[QStringLiteral("bpf-map-dynamic-size-ratio")] = QStringLiteral("0.0025");
    d[QStringLiteral("bpf-policy-map-max")] = QStringLiteral("16384");
    d[QStringLiteral("bpf-lb-map-max")] = QStringLiteral("65536");
    d[QStringLiteral("preallocate-bpf-maps")] = QStringLiteral("false");
    d[QStringLiteral("sidecar-istio-proxy-image")] = QStringLiteral("cilium/istio_proxy");
    d[QStringLiteral("cluster-name")] = QStringLiteral("default");
    d[QStringLiteral("cluster-id")] = QString();
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
    d[QStringLiteral("kube-proxy-replacement-healthz-bind-address")] = QString();
    d[QStringLiteral("enable-health-check-nodeport")] = QStringLiteral("true");
    d[QStringLiteral("node-port-bind-protection")] = QStringLiteral("true");
    d[QStringLiteral("enable-auto-protect-node-port-range")] = QStringLiteral("true");
    d[QStringLiteral("enable-session-affinity")] = QStringLiteral("true");
    d[QStringLiteral("k8s-require-ipv4-pod-cidr")] = QStringLiteral("false");
    d[QStringLiteral("k8s-require-ipv6-pod-cidr")] = QStringLiteral("false");
    d[QStringLiteral("enable-endpoint-health-checking")] = QStringLiteral("true");
    d[QStringLiteral("enable-health-checking")] = QStringLiteral("true");
    d[QStringLiteral("enable-well-known-identities")] = QStringLiteral("false");
    d[QStringLiteral("enable-remote-node-identity")] = QStringLiteral("true");
    d[QStringLiteral("operator-api-serve-addr")] = QStringLiteral("127.0.0.1:9234");
    // cilium.yaml:144-153: Hubble on, also on TCP 4244 (a port preflight checks), with its TLS
    // files from the hubble-tls volume. Neither TKEStack nor we create that secret and
    // ConfigMap; both are optional, so the pod starts without them.
    d[QStringLiteral("enable-hubble")] = QStringLiteral("true");
    d[QStringLiteral("hubble-socket-path")] = QStringLiteral("/var/run/cilium/hubble.sock");
    d[QStringLiteral("hubble-listen-address")] = QStringLiteral(":4244");
    d[QStringLiteral("hubble-disable-tls")] = QStringLiteral("false");
    d[QStringLiteral("hubble-tls-cert-file")] = kHubbleTlsDir + QStringLiteral("/server.crt");
    d[QStringLiteral("hubble-tls-key-file")] = kHubbleTlsDir + QStringLiteral("/server.key");
    d[QStringLiteral("hubble-tls-client-ca-files")]
        = kHubbleTlsDir + QStringLiteral("/client-ca.crt");
    d[QStringLiteral("disable-cnp-status-updates")] = QStringLiteral("true");
    // TKEStack does not support Cilium's L7 proxy.
    d[QStringLiteral("enable-l7-proxy")] = QStringLiteral("false");
    return cm;
}

YamlNode httpProbe(int port, int failureThreshold, int periodSeconds,
    std::optional<int> initialDelay, int timeoutSeconds = 5)
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
    probe[QStringLiteral("timeoutSeconds")] = timeoutSeconds;
    return probe;
}

YamlNode configMapVolume()
{
    YamlNode v = YamlNode::map();
    v[QStringLiteral("name")] = QStringLiteral("cilium-config-path");
    v[QStringLiteral("configMap")][QStringLiteral("name")] = kConfigMap;
    return v;
}

/// `key In [value]`, the form of cilium.yaml's pod anti-affinity terms (399-406, 672-680).
YamlNode antiAffinity(const QString &key, const QString &value)
{
    YamlNode affinity = YamlNode::map();
    YamlNode term = YamlNode::map();
    term[QStringLiteral("labelSelector")][QStringLiteral("matchExpressions")].append(
        kube::matchExpression(key, QStringLiteral("In"), {value}));
    term[QStringLiteral("topologyKey")] = QStringLiteral("kubernetes.io/hostname");
    affinity[QStringLiteral("podAntiAffinity")]
            [QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")]
                .append(std::move(term));
    return affinity;
}

YamlNode agentContainer(const RenderContext &ctx, const QString &image)
{
    YamlNode agent = YamlNode::map();
    agent[QStringLiteral("name")] = QStringLiteral("cilium-agent");
    agent[QStringLiteral("image")] = image;
    agent[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    agent[QStringLiteral("command")] = YamlNode::strings({QStringLiteral("cilium-agent")});
    agent[QStringLiteral("args")]
        = YamlNode::strings({QStringLiteral("--config-dir=") + kConfigDir});
    // cilium.yaml:443-479.
    YamlNode &env = agent[QStringLiteral("env")];
    env.append(
        kube::envFromField(QStringLiteral("K8S_NODE_NAME"), QStringLiteral("spec.nodeName")));
    env.append(kube::envFromField(
        QStringLiteral("CILIUM_K8S_NAMESPACE"), QStringLiteral("metadata.namespace")));
    env.append(kube::envFromConfigMap(QStringLiteral("CILIUM_FLANNEL_MASTER_DEVICE"), kConfigMap,
        QStringLiteral("flannel-master-device")));
    env.append(kube::envFromConfigMap(QStringLiteral("CILIUM_FLANNEL_UNINSTALL_ON_EXIT"),
        kConfigMap, QStringLiteral("flannel-uninstall-on-exit")));
    env.append(kube::envValue(QStringLiteral("CILIUM_CLUSTERMESH_CONFIG"),
        QStringLiteral("/var/lib/cilium/clustermesh/")));
    env.append(kube::envFromConfigMap(QStringLiteral("CILIUM_CNI_CHAINING_MODE"), kConfigMap,
        QStringLiteral("cni-chaining-mode")));
    env.append(kube::envFromConfigMap(
        QStringLiteral("CILIUM_CUSTOM_CNI_CONF"), kConfigMap, QStringLiteral("custom-cni-conf")));
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
    // TKEStack PR 1602 (cilium.yaml:499-505).
    agent[QStringLiteral("resources")] = kube::resources(QStringLiteral("100m"),
        QStringLiteral("512Mi"), QStringLiteral("2000m"), QStringLiteral("2Gi"));
    // cilium.yaml:506-529.
    YamlNode &mounts = agent[QStringLiteral("volumeMounts")];
    YamlNode bpf = kube::volumeMount(QStringLiteral("bpf-maps"), QStringLiteral("/sys/fs/bpf"));
    // Not in cilium.yaml: if the agent has to mount the BPF filesystem itself, the host sees
    // the mount too, so pinned maps survive an agent restart.
    bpf[QStringLiteral("mountPropagation")] = QStringLiteral("Bidirectional");
    mounts.append(std::move(bpf));
    mounts.append(
        kube::volumeMount(QStringLiteral("cilium-run"), QStringLiteral("/var/run/cilium")));
    mounts.append(
        kube::volumeMount(QStringLiteral("cni-path"), QStringLiteral("/host/opt/cni/bin")));
    mounts.append(
        kube::volumeMount(QStringLiteral("etc-cni-netd"), QStringLiteral("/host/etc/cni/net.d")));
    mounts.append(kube::volumeMount(QStringLiteral("clustermesh-secrets"),
        QStringLiteral("/var/lib/cilium/clustermesh"), true));
    mounts.append(kube::volumeMount(QStringLiteral("cilium-config-path"), kConfigDir, true));
    mounts.append(
        kube::volumeMount(QStringLiteral("lib-modules"), QStringLiteral("/lib/modules"), true));
    mounts.append(
        kube::volumeMount(QStringLiteral("xtables-lock"), QStringLiteral("/run/xtables.lock")));
    mounts.append(kube::volumeMount(QStringLiteral("hubble-tls"), kHubbleTlsDir, true));
    return agent;
}

// Cleans state left by an earlier agent when asked to through the ConfigMap (cilium.yaml:531-573).
YamlNode cleanStateContainer(const RenderContext &ctx, const QString &image)
{
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
    clean[QStringLiteral("resources")] = kube::resources(QStringLiteral("100m"),
        QStringLiteral("128Mi"), QStringLiteral("500m"), QStringLiteral("512Mi"));
    return clean;
}

/// cilium.yaml:621-637: Hubble's server certificate and client CA, both optional.
YamlNode hubbleTlsVolume()
{
    YamlNode v = YamlNode::map();
    v[QStringLiteral("name")] = QStringLiteral("hubble-tls");
    YamlNode &sources = v[QStringLiteral("projected")][QStringLiteral("sources")];
    YamlNode secret = YamlNode::map();
    YamlNode &s = secret[QStringLiteral("secret")];
    s[QStringLiteral("name")] = QStringLiteral("hubble-server-certs");
    for (const char *file : {"crt", "key"}) {
        YamlNode item = YamlNode::map();
        item[QStringLiteral("key")] = QStringLiteral("tls.") + QLatin1String(file);
        item[QStringLiteral("path")] = QStringLiteral("server.") + QLatin1String(file);
        s[QStringLiteral("items")].append(std::move(item));
    }
    s[QStringLiteral("optional")] = true;
    sources.append(std::move(secret));
    YamlNode ca = YamlNode::map();
    YamlNode &c = ca[QStringLiteral("configMap")];
    c[QStringLiteral("name")] = QStringLiteral("hubble-ca-cert");
    YamlNode item = YamlNode::map();
    item[QStringLiteral("key")] = QStringLiteral("ca.crt");
    item[QStringLiteral("path")] = QStringLiteral("client-ca.crt");
    c[QStringLiteral("items")].append(std::move(item));
    c[QStringLiteral("optional")] = true;
    sources.append(std::move(ca));
    return v;
}

void agentVolumes(YamlNode &volumes)
{
    // cilium.yaml:581-637.
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
    YamlNode mesh = YamlNode::map();
    mesh[QStringLiteral("name")] = QStringLiteral("clustermesh-secrets");
    mesh[QStringLiteral("secret")][QStringLiteral("secretName")]
        = QStringLiteral("cilium-clustermesh");
    mesh[QStringLiteral("secret")][QStringLiteral("optional")] = true;
    volumes.append(std::move(mesh));
    volumes.append(configMapVolume());
    volumes.append(hubbleTlsVolume());
}

YamlNode agentDaemonSet(const RenderContext &ctx)
{
    // cilium.yaml:371-395: the selector TKEStack created it with (selectors are immutable).
    const QList<std::pair<QString, QString>> labels {
        {QStringLiteral("k8s-app"), QStringLiteral("cilium")}};
    YamlNode ds = kube::workload(
        QStringLiteral("DaemonSet"), QStringLiteral("cilium"), kSystemNamespace, labels);
    kube::rollingUpdate(ds)[QStringLiteral("maxUnavailable")] = 2;
    // cilium.yaml:388-393: with the toleration below, a critical pod for older schedulers.
    ds[QStringLiteral("spec")][QStringLiteral("template")][QStringLiteral("metadata")]
      [QStringLiteral("annotations")][QStringLiteral("scheduler.alpha.kubernetes.io/critical-pod")]
        = QString();
    YamlNode &pod = kube::podSpec(ds);
    const QString image = ctx.image(images::kCilium, ctx.ciliumTag());
    pod[QStringLiteral("affinity")]
        = antiAffinity(QStringLiteral("k8s-app"), QStringLiteral("cilium"));
    pod[QStringLiteral("initContainers")].append(cleanStateContainer(ctx, image));
    pod[QStringLiteral("containers")].append(agentContainer(ctx, image));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-node-critical");
    pod[QStringLiteral("restartPolicy")] = QStringLiteral("Always");
    pod[QStringLiteral("serviceAccount")] = QStringLiteral("cilium");
    pod[QStringLiteral("serviceAccountName")] = QStringLiteral("cilium");
    pod[QStringLiteral("terminationGracePeriodSeconds")] = 1;
    pod[QStringLiteral("tolerations")].append(kube::tolerateEverything());
    agentVolumes(pod[QStringLiteral("volumes")]);
    return ds;
}

YamlNode operatorContainer(const RenderContext &ctx)
{
    // cilium.yaml:681-726.
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
    op[QStringLiteral("livenessProbe")] = httpProbe(9234, 3, 10, 60, 3);
    // TKEStack PR 1602 (cilium.yaml:716-722).
    op[QStringLiteral("resources")] = kube::resources(QStringLiteral("100m"),
        QStringLiteral("128Mi"), QStringLiteral("1000m"), QStringLiteral("1Gi"));
    op[QStringLiteral("volumeMounts")].append(
        kube::volumeMount(QStringLiteral("cilium-config-path"), kConfigDir, true));
    return op;
}

YamlNode operatorDeployment(const RenderContext &ctx)
{
    // cilium.yaml:640-667: the selector TKEStack created it with (selectors are immutable).
    const QList<std::pair<QString, QString>> labels {
        {QStringLiteral("io.cilium/app"), QStringLiteral("operator")},
        {QStringLiteral("name"), QStringLiteral("cilium-operator")}};
    // Not as in cilium.yaml:652 (1 replica): two replicas for failover, but never more than
    // there are nodes: the operator uses the host network, so two replicas cannot share a node.
    YamlNode deploy
        = kube::workload(QStringLiteral("Deployment"), QStringLiteral("cilium-operator"),
            kSystemNamespace, labels, int(std::clamp<qsizetype>(ctx.plan().nodes.size(), 1, 2)));
    kube::rollingUpdate(deploy)[QStringLiteral("maxSurge")] = 1;
    kube::rollingUpdate(deploy)[QStringLiteral("maxUnavailable")] = 1;
    YamlNode &pod = kube::podSpec(deploy);
    pod[QStringLiteral("affinity")]
        = antiAffinity(QStringLiteral("io.cilium/app"), QStringLiteral("operator"));
    pod[QStringLiteral("containers")].append(operatorContainer(ctx));
    pod[QStringLiteral("hostNetwork")] = true;
    pod[QStringLiteral("priorityClassName")] = QStringLiteral("system-cluster-critical");
    pod[QStringLiteral("restartPolicy")] = QStringLiteral("Always");
    pod[QStringLiteral("serviceAccount")] = QStringLiteral("cilium-operator");
    pod[QStringLiteral("serviceAccountName")] = QStringLiteral("cilium-operator");
    pod[QStringLiteral("tolerations")].append(kube::tolerateEverything());
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
    docs.push_back(ciliumAgentClusterRole());
    docs.push_back(ciliumOperatorClusterRole());
    docs.push_back(kube::clusterRoleBinding(QStringLiteral("cilium"), QStringLiteral("cilium")));
    docs.push_back(kube::clusterRoleBinding(
        QStringLiteral("cilium-operator"), QStringLiteral("cilium-operator")));
    docs.push_back(agentDaemonSet(ctx));
    docs.push_back(operatorDeployment(ctx));
    return docs;
}

} // namespace tkeci
