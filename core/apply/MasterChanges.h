#pragma once

#include "apply/ControllerManagerEdit.h"
#include "plan/InstallPlan.h"
#include "preflight/PreflightOptions.h"

#include <QHash>

#include <atomic>

namespace tkeci {

/// What the SSH steps of apply and uninstall need to log in, by node IP: the password of a
/// password node, the passphrase of an encrypted key. Held in memory only; its owner clears it.
using NodeSecrets = QHash<QString, QByteArray>;

/// The overlay edit planned on one master, shown to the operator before consent.
struct MasterEditPlan
{
    NodeSpec node;
    ControllerManagerEdit edit; // edit.error: this master could not be read or planned
};

/// How one node fared in a step that changes it.
struct NodeStepResult
{
    QString node; // IP
    QString error; // empty: done
    QStringList details; // what was changed or removed
    bool ok() const { return error.isEmpty(); }
};

// The steps below run the nodes in parallel (at most options.parallel at a time), each on
// its own SSH connection opened with NodeShell, and return one entry per node in the order
// given. They block: call them from a worker thread in the GUI. `cancel` may be null.

/// Reads kube-controller-manager's manifest on each master and plans the overlay flags.
QList<MasterEditPlan> planControllerManagerEdits(const QList<NodeSpec> &masters,
    const PreflightOptions &options, const NodeSecrets &secrets, const std::atomic<bool> *cancel);

/// With the operator's consent to exactly `plans`: writes each edit with the original kept as
/// a backup beside it. A master whose file changed since it was planned is left alone
/// (error), so what is written is what the operator read.
QList<NodeStepResult> applyControllerManagerEdits(const QList<MasterEditPlan> &plans,
    const PreflightOptions &options, const NodeSecrets &secrets, const std::atomic<bool> *cancel);

/// Uninstall: puts each master's backed-up manifest back (no backup: nothing to do).
QList<NodeStepResult> restoreControllerManagers(const QList<NodeSpec> &masters,
    const PreflightOptions &options, const NodeSecrets &secrets, const std::atomic<bool> *cancel);

/// Uninstall: removes Cilium's links and CNI configuration from each node.
QList<NodeStepResult> cleanUpNodes(const QList<NodeSpec> &nodes, const PreflightOptions &options,
    const NodeSecrets &secrets, const std::atomic<bool> *cancel);

} // namespace tkeci
