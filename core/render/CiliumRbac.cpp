// The agent's and the operator's ClusterRoles: the rules of TKEStack's
// pkg/platform/provider/baremetal/manifests/cilium/cilium.yaml (tkestack/tke 31e93ce0), which are
// Cilium 1.9's own. "cilium.yaml:N" is a line of that file.
#include "render/CiliumRbac.h"

#include "render/KubeObjects.h"

#include <QStringList>

namespace tkeci {
namespace {

const QStringList kReadOnly {
    QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};

/// The cilium.io resources both roles get every verb on; the operator also gets
/// ciliumidentities/status (cilium.yaml:233-250 and 293-311).
QStringList ciliumResources(bool identityStatus)
{
    QStringList out;
    for (const char *kind : {"ciliumnetworkpolicies", "ciliumclusterwidenetworkpolicies",
             "ciliumendpoints", "ciliumnodes", "ciliumidentities", "ciliumlocalredirectpolicies"}) {
        const QString k = QString::fromLatin1(kind);
        out.append(k);
        if (k != QLatin1String("ciliumidentities") || identityStatus)
            out.append(k + QStringLiteral("/status"));
        out.append(k + QStringLiteral("/finalizers"));
    }
    return out;
}

} // namespace

YamlNode ciliumAgentClusterRole()
{
    // cilium.yaml:157-252.
    YamlNode role = kube::clusterRole(QStringLiteral("cilium"), {});
    YamlNode &rules = role[QStringLiteral("rules")];
    rules.append(kube::rule(
        {QStringLiteral("networking.k8s.io")}, {QStringLiteral("networkpolicies")}, kReadOnly));
    rules.append(kube::rule(
        {QStringLiteral("discovery.k8s.io")}, {QStringLiteral("endpointslices")}, kReadOnly));
    rules.append(kube::rule({QString()},
        {QStringLiteral("namespaces"), QStringLiteral("services"), QStringLiteral("nodes"),
            QStringLiteral("endpoints")},
        kReadOnly));
    rules.append(
        kube::rule({QString()}, {QStringLiteral("pods"), QStringLiteral("pods/finalizers")},
            {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
                QStringLiteral("update"), QStringLiteral("delete")}));
    // The agent writes its own node's annotations (pod CIDR, health IP) back.
    rules.append(kube::rule({QString()}, {QStringLiteral("nodes")},
        {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
            QStringLiteral("update")}));
    rules.append(kube::rule({QString()}, {QStringLiteral("nodes"), QStringLiteral("nodes/status")},
        {QStringLiteral("patch")}));
    rules.append(kube::rule({QStringLiteral("apiextensions.k8s.io")},
        {QStringLiteral("customresourcedefinitions")},
        {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("watch"),
            QStringLiteral("update"), QStringLiteral("get")}));
    rules.append(
        kube::rule({QStringLiteral("cilium.io")}, ciliumResources(false), {QStringLiteral("*")}));
    return role;
}

YamlNode ciliumOperatorClusterRole()
{
    // cilium.yaml:255-340.
    YamlNode role = kube::clusterRole(QStringLiteral("cilium-operator"), {});
    YamlNode &rules = role[QStringLiteral("rules")];
    // The operator restarts pods that are not managed by Cilium after the agent comes up.
    rules.append(kube::rule({QString()}, {QStringLiteral("pods")},
        {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
            QStringLiteral("delete")}));
    rules.append(kube::rule(
        {QStringLiteral("discovery.k8s.io")}, {QStringLiteral("endpointslices")}, kReadOnly));
    rules.append(kube::rule({QString()},
        {QStringLiteral("services"), QStringLiteral("endpoints"), QStringLiteral("namespaces")},
        kReadOnly));
    rules.append(
        kube::rule({QStringLiteral("cilium.io")}, ciliumResources(true), {QStringLiteral("*")}));
    rules.append(kube::rule({QStringLiteral("apiextensions.k8s.io")},
        {QStringLiteral("customresourcedefinitions")},
        {QStringLiteral("create"), QStringLiteral("get"), QStringLiteral("list"),
            QStringLiteral("update"), QStringLiteral("watch")}));
    // Leader election between operator replicas.
    rules.append(kube::rule({QStringLiteral("coordination.k8s.io")}, {QStringLiteral("leases")},
        {QStringLiteral("create"), QStringLiteral("get"), QStringLiteral("update")}));
    return role;
}

} // namespace tkeci
