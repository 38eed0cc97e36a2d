#pragma once

#include "apply/ManifestApplier.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace tkeci {

/// One entry of a TKEStack Cluster's status.conditions.
struct ClusterCondition
{
    QString type; // e.g. EnsureCilium
    QString status; // True | False | Unknown
    QString reason; // e.g. FailedInit
    QString message;
    bool operator==(const ClusterCondition &) const = default;
};

struct ClusterCreateResult
{
    QString phase; // last status.phase seen: Running, Failed, Initializing ...
    QList<ClusterCondition> conditions;
    bool timedOut = false;
    std::optional<KubeError> error; // also set when the cluster failed: which condition, why
    bool ok() const { return !error && phase == QLatin1String("Running"); }
};

/// The new-cluster target: creates the TKEStack Cluster object (POST) on the global
/// cluster, then follows status.phase and status.conditions until Running, Failed or the
/// timeout. The file carries machine credentials, so it is sent only over verified TLS.
class ClusterCreator : public QObject
{
    Q_OBJECT
public:
    explicit ClusterCreator(KubeClient &globalCluster, QObject *parent = nullptr);

    void setPollInterval(int ms) { m_pollMs = ms; }
    /// `filledClusterFile`: from fillMachineCredentials().
    void start(const ManifestFile &filledClusterFile, int timeoutMs);

    /// Follows a Cluster created earlier (status, or apply run again): the same status
    /// reports and end as start(). With `timeoutMs` 0 it looks once.
    void follow(const QString &clusterName, int timeoutMs);

Q_SIGNALS:
    void created(const QString &clusterName);
    /// status.phase or a condition changed.
    void statusChanged(const QString &phase, const QList<tkeci::ClusterCondition> &conditions);
    void finished(const tkeci::ClusterCreateResult &result);

private:
    void poll();
    void finish();

    KubeClient &m_client;
    ManifestApplier m_applier;
    QString m_name;
    ClusterCreateResult m_result;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 0;
    int m_pollMs = 2000;
};

} // namespace tkeci
