#include "apply/ClusterKind.h"

#include <QJsonArray>

namespace tkeci {
namespace {

bool isReady(const QJsonObject &node)
{
    const QJsonArray conditions = node.value(QStringLiteral("status"))
                                      .toObject()
                                      .value(QStringLiteral("conditions"))
                                      .toArray();
    for (const QJsonValue &c : conditions) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
            return o.value(QStringLiteral("status")).toString() == QLatin1String("True");
    }
    return false;
}

bool acceptsPods(const QJsonObject &node)
{
    const QJsonObject spec = node.value(QStringLiteral("spec")).toObject();
    if (spec.value(QStringLiteral("unschedulable")).toBool())
        return false;
    for (const QJsonValue &t : spec.value(QStringLiteral("taints")).toArray()) {
        const QString effect = t.toObject().value(QStringLiteral("effect")).toString();
        if (effect == QLatin1String("NoSchedule") || effect == QLatin1String("NoExecute"))
            return false;
    }
    return true;
}

} // namespace

void findClusterKind(KubeClient &client, std::function<void(ClusterKindResult)> done)
{
    client.send(KubeRequest::list(QStringLiteral("/api/v1/namespaces/kube-system/pods"),
                    QStringLiteral("pods in kube-system"), QStringLiteral("tier=control-plane")),
        [done = std::move(done)](const KubeResponse &r) {
            ClusterKindResult result;
            if (!r.ok()) {
                result.error = r.error;
                done(result);
                return;
            }
            for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
                const QJsonObject pod = v.toObject();
                if (pod.value(QStringLiteral("metadata"))
                        .toObject()
                        .value(QStringLiteral("labels"))
                        .toObject()
                        .value(QStringLiteral("component"))
                        .toString()
                    == QLatin1String("kube-controller-manager")) {
                    const QString host = pod.value(QStringLiteral("status"))
                                             .toObject()
                                             .value(QStringLiteral("hostIP"))
                                             .toString();
                    if (!host.isEmpty() && !result.controllerManagerHosts.contains(host))
                        result.controllerManagerHosts.append(host);
                }
                const QJsonObject meta = pod.value(QStringLiteral("metadata")).toObject();
                // kubelet marks the mirror pod of a static pod with this annotation (every
                // version) and, since Kubernetes 1.17, makes its Node the owner.
                if (meta.value(QStringLiteral("annotations"))
                        .toObject()
                        .contains(QStringLiteral("kubernetes.io/config.mirror"))) {
                    result.controlPlanePods.append(meta.value(QStringLiteral("name")).toString());
                    continue;
                }
                for (const QJsonValue &owner :
                    meta.value(QStringLiteral("ownerReferences")).toArray()) {
                    if (owner.toObject().value(QStringLiteral("kind")).toString()
                        == QLatin1String("Node")) {
                        result.controlPlanePods.append(
                            meta.value(QStringLiteral("name")).toString());
                        break;
                    }
                }
            }
            result.ownControlPlane = !result.controlPlanePods.isEmpty();
            done(result);
        });
}

void findSchedulableNodes(KubeClient &client, std::function<void(SchedulableNodesResult)> done)
{
    client.send(KubeRequest::list(QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes")),
        [done = std::move(done)](const KubeResponse &r) {
            SchedulableNodesResult result;
            if (!r.ok()) {
                result.error = r.error;
                done(result);
                return;
            }
            for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
                const QJsonObject node = v.toObject();
                if (isReady(node) && acceptsPods(node))
                    result.nodes.append(node.value(QStringLiteral("metadata"))
                                            .toObject()
                                            .value(QStringLiteral("name"))
                                            .toString());
            }
            done(result);
        });
}

} // namespace tkeci
