#include "apply/OtherCniCheck.h"

#include "kube/JsonRead.h"
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
    const KubeRequest list = KubeRequest::list(
        QStringLiteral("/apis/apps/v1/daemonsets"), QStringLiteral("daemonsets.apps"));
    client.send(list,
        [done = std::move(done), server = client.access().server.authority(), what = list.what](
            const KubeResponse &r) {
            OtherCniResult result;
            if (!r.ok()) {
                result.error = r.error;
                done(result);
                return;
            }
            // A safety check fails closed: a list it cannot read is no "nothing found".
            const JsonRead root(r.json);
            for (const JsonRead &item :
                root[QStringLiteral("items")].elements(Presence::Required)) {
                const JsonRead meta = item[QStringLiteral("metadata")];
                const QString name = meta[QStringLiteral("name")].string(Presence::Required);
                const QString ns = meta[QStringLiteral("namespace")].string(Presence::Required);
                const bool ours
                    = meta[QStringLiteral("labels")].stringMap().value(kube::kManagedByLabel)
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
                        result.found.append({ns + u'/' + name, cni});
                        break;
                    }
                }
            }
            if (!root.ok()) {
                result.found.clear();
                KubeError e = jsonShapeError(*root.error(), server, what, r.httpStatus);
                // One sentence for the translator, the shape message inside it.
                e.message = QCoreApplication::translate("tkeci::OtherCniCheck",
                    "%1; no other CNI can be ruled out, so nothing was changed")
                                .arg(e.message);
                result.error = e;
            }
            done(result);
        });
}

} // namespace tkeci
