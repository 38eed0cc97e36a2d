#pragma once

#include "apply/ObjectRef.h"
#include "apply/PodDiagnostics.h"
#include "kube/JsonRead.h"
#include "kube/KubeClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace tkeci {

/// Progress of one DaemonSet or Deployment. For a DaemonSet the counts are nodes, for a
/// Deployment replicas.
struct RolloutProgress
{
    ObjectRef object;
    bool found = false;
    int desired = 0;
    int ready = 0;
    int updated = 0;
    int available = 0;
    bool done = false; // the controller saw the newest spec and every replica is updated and ready
    bool operator==(const RolloutProgress &) const = default;
};

struct RolloutResult
{
    QList<RolloutProgress> workloads;
    bool timedOut = false;
    QList<PodProblem> podProblems; // after a timeout: failing pods and their last log lines
    std::optional<KubeError> error;
    bool ok() const { return !error && !timedOut; }
};

/// Follows DaemonSets and Deployments until each is rolled out, the deadline passes (which
/// the operator may extend) or the API fails. Polls (every 1 s by default): one GET per
/// workload is cheap, and it survives dropped connections without watch bookkeeping.
class RolloutWatcher : public QObject
{
    Q_OBJECT
public:
    explicit RolloutWatcher(KubeClient &client, QObject *parent = nullptr);

    /// Time kept back from a run deadline for the report after a timeout, in milliseconds.
    static constexpr int kReportReserveMs = 1000;

    void setPollInterval(int ms) { m_pollMs = ms; }
    /// Starts following `workloads` (kinds DaemonSet and Deployment, apps/v1) for `timeoutMs`.
    void start(const QList<ObjectRef> &workloads, int timeoutMs);
    /// Gives the rollout `ms` more time (the operator chose to wait longer).
    void extend(int ms) { m_timeoutMs += ms; }

    /// The DaemonSets and Deployments among `objects` (e.g. what an apply applied).
    static QList<ObjectRef> workloadsIn(const QList<ObjectRef> &objects);
    /// Rollout state of a workload as the server returned it, read strictly: counts that are
    /// not integers are a mismatch, not zero.
    static Shaped<RolloutProgress> progressOf(const ObjectRef &object, const QJsonObject &json);

Q_SIGNALS:
    /// Emitted when a workload's counts change.
    void progressChanged(const tkeci::RolloutProgress &progress);
    void finished(const tkeci::RolloutResult &result);

private:
    void poll();
    void finish();

    KubeClient &m_client;
    QList<RolloutProgress> m_state;
    QHash<qsizetype, QJsonObject> m_selectors; // spec.selector of each workload, by index
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 0;
    int m_pollMs = 1000;
    int m_pending = 0;
    std::optional<KubeError> m_error;
};

} // namespace tkeci
