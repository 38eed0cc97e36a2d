#include "apply/OtherCniCheck.h"

#include "render/KubeObjects.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tkeci {
namespace {

/// DaemonSet name prefixes of the CNIs operators meet on TKEStack and elsewhere.
const QList<std::pair<QString, QString>> &knownAgents()
{
    static const QList<std::pair<QString, QString>> agents {
        {QStringLiteral("galaxy"), QStringLiteral("Galaxy")},
        {QStringLiteral("kube-flannel"), QStringLiteral("Flannel")},
        {QStringLiteral("flannel"), QStringLiteral("Flannel")},
        {QStringLiteral("calico-node"), QStringLiteral("Calico")},
        {QStringLiteral("canal"), QStringLiteral("Canal")},
        {QStringLiteral("weave-net"), QStringLiteral("Weave Net")},
        {QStringLiteral("kube-router"), QStringLiteral("kube-router")},
        {QStringLiteral("antrea-agent"), QStringLiteral("Antrea")},
        {QStringLiteral("kube-ovn-cni"), QStringLiteral("Kube-OVN")},
        {QStringLiteral("cilium"), QStringLiteral("Cilium")},
    };
    return agents;
}

} // namespace

void findOtherCni(KubeClient &client, std::function<void(OtherCniResult)> done)
{
    client.send(KubeRequest::list(
                    QStringLiteral("/apis/apps/v1/daemonsets"), QStringLiteral("daemonsets.apps")),
        [done = std::move(done)](const KubeResponse &r) {
            OtherCniResult result;
            if (!r.ok()) {
                result.error = r.error;
                done(result);
                return;
            }
            // A safety check fails closed: a list it cannot read is no "nothing found".
            const QJsonValue items = r.json.value(QStringLiteral("items"));
            if (!items.isArray()) {
                result.error = KubeError {KubeError::Kind::Server, r.httpStatus,
                    QCoreApplication::translate("tkeci::OtherCniCheck",
                        "the list of daemonsets.apps has no items array, so no other CNI can "
                        "be ruled out; nothing was changed"),
                    QString()};
                done(result);
                return;
            }
            for (const QJsonValue &v : items.toArray()) {
                const QJsonObject meta = v.toObject().value(QStringLiteral("metadata")).toObject();
                const QString name = meta.value(QStringLiteral("name")).toString();
                const QString ns = meta.value(QStringLiteral("namespace")).toString();
                const bool ours = meta.value(QStringLiteral("labels"))
                                      .toObject()
                                      .value(kube::kManagedByLabel)
                                      .toString()
                    == kube::kManagedByValue;
                if (ours)
                    continue; // our own cilium, cilium-router, ip-masq-agent
                // The workloads TKEStack's EnsureCilium deploys (same names, same selectors:
                // see docs/tkestack-fidelity.md) are the Cilium this program installs, not
                // another CNI: applying over them reconfigures it, and fields TKEStack's
                // controller holds come back as conflicts to take over or leave.
                if (ns == QLatin1String("kube-system")
                    && (name == QLatin1String("cilium") || name == QLatin1String("cilium-router")
                        || name == QLatin1String("ip-masq-agent")))
                    continue;
                for (const auto &[prefix, cni] : knownAgents()) {
                    if (name.startsWith(prefix)) {
                        result.found.append(
                            {meta.value(QStringLiteral("namespace")).toString() + u'/' + name,
                                cni});
                        break;
                    }
                }
            }
            done(result);
        });
}

} // namespace tkeci
