#include "apply/ClusterKind.h"

#include "kube/JsonRead.h"

namespace tkeci {
namespace {

bool isReady(const JsonRead &node)
{
    bool ready = false;
    for (const JsonRead &c :
        node[QStringLiteral("status")][QStringLiteral("conditions")].elements()) {
        if (c[QStringLiteral("type")].string(Presence::Required) == QLatin1String("Ready"))
            ready = c[QStringLiteral("status")].string(Presence::Required) == QLatin1String("True");
    }
    return ready;
}

bool acceptsPods(const JsonRead &node)
{
    const JsonRead spec = node[QStringLiteral("spec")];
    bool accepts = !spec[QStringLiteral("unschedulable")].boolean();
    for (const JsonRead &t : spec[QStringLiteral("taints")].elements()) {
        const QString effect = t[QStringLiteral("effect")].string(Presence::Required);
        if (effect == QLatin1String("NoSchedule") || effect == QLatin1String("NoExecute"))
            accepts = false;
    }
    return accepts;
}

/// Whether a kube-system pod is the mirror of a static pod. kubelet marks it with the
/// annotation kubernetes.io/config.mirror (every version) and, since Kubernetes 1.17, makes
/// its Node the owner.
bool isMirrorPod(const JsonRead &meta)
{
    bool mirror = meta[QStringLiteral("annotations")].stringMap().contains(
        QStringLiteral("kubernetes.io/config.mirror"));
    for (const JsonRead &owner : meta[QStringLiteral("ownerReferences")].elements())
        mirror = owner[QStringLiteral("kind")].string(Presence::Required) == QLatin1String("Node")
            || mirror;
    return mirror;
}

} // namespace

void findClusterKind(KubeClient &client, std::function<void(ClusterKindResult)> done)
{
    const KubeRequest list
        = KubeRequest::list(QStringLiteral("/api/v1/namespaces/kube-system/pods"),
            QStringLiteral("pods in kube-system"), QStringLiteral("tier=control-plane"));
    client.send(list,
        [done = std::move(done), server = client.access().server.authority(), what = list.what](
            const KubeResponse &r) {
            ClusterKindResult result;
            if (!r.ok()) {
                result.error = r.error;
                done(result);
                return;
            }
            // A safety check fails closed: a list of the wrong shape decides nothing.
            const JsonRead root(r.json);
            for (const JsonRead &pod : root[QStringLiteral("items")].elements(Presence::Required)) {
                const JsonRead meta = pod[QStringLiteral("metadata")];
                const QString name = meta[QStringLiteral("name")].string(Presence::Required);
                const QString host
                    = pod[QStringLiteral("status")][QStringLiteral("hostIP")].string();
                if (meta[QStringLiteral("labels")].stringMap().value(QStringLiteral("component"))
                        == QLatin1String("kube-controller-manager")
                    && !host.isEmpty() && !result.controllerManagerHosts.contains(host))
                    result.controllerManagerHosts.append(host);
                if (isMirrorPod(meta))
                    result.controlPlanePods.append(name);
            }
            if (!root.ok()) {
                result = ClusterKindResult();
                result.error = jsonShapeError(*root.error(), server, what, r.httpStatus);
            }
            result.ownControlPlane = !result.controlPlanePods.isEmpty();
            done(result);
        });
}

void findSchedulableNodes(KubeClient &client, std::function<void(SchedulableNodesResult)> done)
{
    const KubeRequest list
        = KubeRequest::list(QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"));
    client.send(list,
        [done = std::move(done), server = client.access().server.authority(), what = list.what](
            const KubeResponse &r) {
            SchedulableNodesResult result;
            if (!r.ok()) {
                result.error = r.error;
                done(result);
                return;
            }
            const JsonRead root(r.json);
            for (const JsonRead &node :
                root[QStringLiteral("items")].elements(Presence::Required)) {
                const QString name
                    = node[QStringLiteral("metadata")][QStringLiteral("name")].string(
                        Presence::Required);
                if (isReady(node) && acceptsPods(node))
                    result.nodes.append(name);
            }
            if (!root.ok()) {
                result.nodes.clear();
                result.error = jsonShapeError(*root.error(), server, what, r.httpStatus);
            }
            done(result);
        });
}

} // namespace tkeci
