#include "apply/ConnectivityVerifier.h"

#include "apply/ClusterKind.h"
#include "render/ConnectivityCheckOptions.h"

#include <QPointer>

namespace tkeci {

QString connectivityCheckMeaning(const QString &d)
{
    // Longest names first: several share a prefix.
    if (d.startsWith(QLatin1String("pod-to-external-fqdn")))
        return ConnectivityVerifier::tr(
            "a pod resolves an external name through the cluster DNS and reaches it");
    if (d == QLatin1String("pod-to-a-allowed-cnp"))
        return ConnectivityVerifier::tr("a CiliumNetworkPolicy allows pod to pod, as it should");
    if (d.endsWith(QLatin1String("-denied-cnp")))
        return ConnectivityVerifier::tr("a CiliumNetworkPolicy blocks pod to pod, as it should");
    if (d == QLatin1String("pod-to-a-external-1111"))
        return ConnectivityVerifier::tr("a pod reaches an address outside the cluster");
    if (d == QLatin1String("pod-to-b-intra-node"))
        return ConnectivityVerifier::tr("pod to pod on the same node");
    if (d == QLatin1String("pod-to-b-multi-node-clusterip"))
        return ConnectivityVerifier::tr("pod to a ClusterIP service on another node");
    if (d == QLatin1String("pod-to-b-multi-node-headless"))
        return ConnectivityVerifier::tr("pod to a headless service on another node");
    if (d == QLatin1String("host-to-b-multi-node-clusterip"))
        return ConnectivityVerifier::tr("host network to a ClusterIP service on another node");
    if (d == QLatin1String("host-to-b-multi-node-headless"))
        return ConnectivityVerifier::tr("host network to a headless service on another node");
    if (d == QLatin1String("pod-to-a"))
        return ConnectivityVerifier::tr("pod to pod");
    if (d.startsWith(QLatin1String("echo-")))
        return ConnectivityVerifier::tr("the echo server the other checks talk to runs");
    return ConnectivityVerifier::tr("the deployment becomes ready");
}

ConnectivityVerifier::ConnectivityVerifier(KubeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_applier(client)
    , m_watcher(client)
    , m_remover(client)
{
    m_applier.setInventory(false); // the check is removed afterwards; it is not installed
    connect(&m_applier, &ManifestApplier::finished, this, &ConnectivityVerifier::onApplied);
    connect(
        &m_watcher, &RolloutWatcher::progressChanged, this, &ConnectivityVerifier::progressChanged);
    connect(&m_watcher, &RolloutWatcher::finished, this, &ConnectivityVerifier::onRollout);
    connect(&m_remover, &Uninstaller::finished, this, [this](const UninstallResult &r) {
        m_result.removed = r.ok();
        if (!r.ok() && !m_result.error)
            m_result.error = r.error;
        Q_EMIT finished(m_result);
    });
}

void ConnectivityVerifier::start(const QList<ManifestFile> &verificationFiles, int timeoutMs)
{
    begin(verificationFiles, timeoutMs, m_skipped);
}

void ConnectivityVerifier::begin(const QList<ManifestFile> &verificationFiles, int timeoutMs,
    const QList<std::pair<QString, QString>> &skipped)
{
    m_result = ConnectivityResult();
    m_result.skipped = skipped;
    m_applied.clear();
    m_timeoutMs = timeoutMs;
    m_applier.start(verificationFiles);
}

void ConnectivityVerifier::startOnCluster(const QList<ManifestFile> &files, int timeoutMs)
{
    QPointer<ConnectivityVerifier> self(this);
    findSchedulableNodes(m_client, [self, files, timeoutMs](SchedulableNodesResult nodes) {
        if (!self)
            return;
        if (nodes.error) {
            self->m_result = ConnectivityResult();
            self->m_result.error = nodes.error;
            Q_EMIT self->finished(self->m_result);
            return;
        }
        QList<std::pair<QString, QString>> skipped;
        const QList<ManifestFile> kept
            = connectivityChecksForNodes(files, nodes.nodes.size(), skipped);
        self->begin(kept, timeoutMs, self->m_skipped + skipped);
    });
}

void ConnectivityVerifier::onApplied(const ApplyResult &result)
{
    m_applied = result.applied;
    if (!result.ok()) {
        m_result.error = result.error;
        removeThenFinish();
        return;
    }
    Q_EMIT applied(int(result.applied.size()));
    m_watcher.start(RolloutWatcher::workloadsIn(m_applied), m_timeoutMs);
}

void ConnectivityVerifier::onRollout(const RolloutResult &result)
{
    for (const RolloutProgress &p : result.workloads)
        m_result.verdicts.append({p.object.name, p.done, connectivityCheckMeaning(p.object.name)});
    m_result.error = result.error;
    removeThenFinish();
}

void ConnectivityVerifier::removeThenFinish()
{
    if (m_keep || m_applied.isEmpty()) {
        Q_EMIT finished(m_result);
        return;
    }
    m_remover.deleteObjects(m_applied);
}

} // namespace tkeci
