#include "apply/ClusterCreator.h"

#include "apply/PlatformObjects.h"
#include "kube/JsonRead.h"
#include "kube/YamlJson.h"

#include <QJsonArray>
#include <QPointer>

namespace tkeci {

ClusterCreator::ClusterCreator(KubeClient &globalCluster, QObject *parent)
    : QObject(parent)
    , m_client(globalCluster)
    , m_applier(globalCluster)
{
    // Deleting a Cluster object tears the cluster down: it never goes into an inventory
    // that an uninstall would walk.
    m_applier.setInventory(false);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClusterCreator::poll);
}

void ClusterCreator::start(const ManifestFile &filledClusterFile, int timeoutMs)
{
    m_result = ClusterCreateResult();
    m_timeoutMs = timeoutMs;
    const ClusterAccess &a = m_client.access();
    if (a.server.scheme() != QLatin1String("https") || a.insecureSkipTlsVerify) {
        m_result.error = KubeError {KubeError::Kind::Config, 0,
            tr("the Cluster object carries the machines' credentials, so it is sent only over "
               "verified TLS; %1 is %2")
                .arg(a.server.toString(),
                    a.insecureSkipTlsVerify ? tr("set to skip TLS verification") : tr("not HTTPS")),
            QString()};
        Q_EMIT finished(m_result);
        return;
    }
    // POST, as `kubectl create` does: the platform registry does not create on update
    // (pkg/platform/registry/cluster/strategy.go:194-197), so an apply of a new Cluster is a
    // 404. Workers (Machine objects) are refused until the Cluster runs: NewClusterInstall
    // creates them; this object sends the Cluster only.
    KubeRequest post;
    post.method = "POST";
    post.rbacVerb = QStringLiteral("create");
    post.path = platformPath(QStringLiteral("clusters"));
    post.contentType = "application/json";
    for (const YamlNode &doc : ManifestSet::documents(filledClusterFile)) {
        const QJsonObject o = yamlToJson(doc).toObject();
        if (o.value(QStringLiteral("kind")).toString() != QLatin1String("Cluster"))
            continue;
        m_name = o.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString();
        post.body = yamlToJsonText(doc);
    }
    post.what = QStringLiteral("clusters.platform.tkestack.io \"%1\"").arg(m_name);
    QPointer<ClusterCreator> self(this);
    m_client.send(post, [self](const KubeResponse &r) {
        if (!self)
            return;
        // 409 AlreadyExists: created by an earlier run; followed, not created twice.
        if (!r.ok() && r.error->kind != KubeError::Kind::Conflict) {
            self->m_result.error = r.error;
            Q_EMIT self->finished(self->m_result);
            return;
        }
        Q_EMIT self->created(self->m_name);
        self->m_elapsed.start();
        self->poll();
    });
    post.body.fill('\0');
}

void ClusterCreator::follow(const QString &clusterName, int timeoutMs)
{
    m_result = ClusterCreateResult();
    m_name = clusterName;
    m_timeoutMs = timeoutMs;
    m_elapsed.start();
    poll();
}

void ClusterCreator::poll()
{
    KubeRequest get;
    get.path = QStringLiteral("/apis/platform.tkestack.io/v1/clusters/") + m_name;
    get.what = QStringLiteral("clusters.platform.tkestack.io \"%1\"").arg(m_name);
    QPointer<ClusterCreator> self(this);
    m_client.send(get, [self, what = get.what](const KubeResponse &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->m_result.error = r.error;
            Q_EMIT self->finished(self->m_result);
            return;
        }
        const Shaped<PlatformStatus> read = readPlatformStatus(r.json);
        if (!read.ok()) {
            self->m_result.error = jsonShapeError(
                *read.error, self->m_client.access().server.authority(), what, r.httpStatus);
            Q_EMIT self->finished(self->m_result);
            return;
        }
        const QString &phase = read.value.phase;
        const QList<ClusterCondition> &conditions = read.value.conditions;
        if (phase != self->m_result.phase || conditions != self->m_result.conditions) {
            self->m_result.phase = phase;
            self->m_result.conditions = conditions;
            Q_EMIT self->statusChanged(phase, conditions);
        }
        self->finish();
    });
}

void ClusterCreator::finish()
{
    const QString &phase = m_result.phase;
    const auto failedCondition = phase == QLatin1String("Running")
        ? std::nullopt
        : failedPlatformCondition(phase, m_result.conditions);
    if (failedCondition) {
        // TKEStack keeps the phase Initializing and records the failed step as a condition
        // with status False (see failedPlatformCondition).
        const ClusterCondition &failed = *failedCondition;
        m_result.error = KubeError {KubeError::Kind::Server, 0,
            tr("TKEStack could not create cluster %1: step %2 failed (%3): %4")
                .arg(m_name, failed.type, failed.reason, failed.message),
            QString()};
    } else if (phase != QLatin1String("Running")) {
        if (m_elapsed.elapsed() < m_timeoutMs) {
            m_timer.start(m_pollMs);
            return;
        }
        m_result.timedOut = true;
        m_result.error = KubeError {KubeError::Kind::Timeout, 0,
            tr("cluster %1 is still %2 after %3 s; TKEStack goes on working, check again with "
               "status")
                .arg(m_name, phase.isEmpty() ? tr("without a phase") : phase)
                .arg(m_timeoutMs / 1000),
            QString()};
    }
    Q_EMIT finished(m_result);
}

} // namespace tkeci
