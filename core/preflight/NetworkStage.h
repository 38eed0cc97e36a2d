#pragma once

#include "plan/InstallPlan.h"
#include "preflight/NetworkChecks.h"
#include "preflight/PreflightOptions.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace tkeci {

class PreflightRun;

/// The runner's second stage: once every node has been checked on its own, the nodes that
/// passed log-in probe each other at the same time in their parked sessions (net.mtu,
/// net.vxlan or net.bgp, net.health). Lives on the runner's thread; the probes on a pool.
class NetworkStage
{
public:
    NetworkStage(
        const InstallPlan &plan, const PreflightOptions &options, const QStringList &nodes);

    /// The checks this stage judges, for rows of nodes it never reaches (cancel).
    QList<CheckId> checks() const;
    bool started() const { return m_started; }
    /// Starts one NetworkProbe per parked node on `pool`, all at once; `wake` is called when
    /// the last one is done. False when no node is parked (nothing to do).
    bool start(
        const std::shared_ptr<PreflightRun> &run, QThreadPool &pool, std::function<void()> wake);
    void addReport(const QString &node, const QByteArray &output, const QString &failure);
    /// Nodes whose report has not come yet.
    const QSet<QString> &waiting() const { return m_waiting; }
    /// The verdicts, once waiting() is empty.
    CheckResults verdicts() const;

private:
    /// The node's targets besides its peers: its switch, the API VIP, a private registry.
    QList<NetworkNode::Target> targetsOf(const QString &node) const;

    bool m_overlay = true;
    QList<CheckId> m_checks; // the stage's checks (net.device is judged in the first stage)
    std::optional<std::pair<QString, int>> m_apiServer; // the VIP, or the kubeconfig's address
    std::optional<std::pair<QString, int>> m_registry; // a private registry's host and port
    QString m_internetRegistry; // the default registry (not probed), when the plan uses it
    QHash<QString, QString> m_switchOf; // underlay: node → its switch
    QStringList m_order; // the plan's order
    QHash<QString, NetworkNode> m_nodes; // the parked nodes
    QSet<QString> m_waiting;
    bool m_started = false;
    double m_probeSeconds = 1.5;
};

} // namespace tkeci
