#pragma once

#include "apply/MasterChanges.h"

#include <optional>

namespace tkeci {

struct ClusterCommandOptions;

/// Asks on the terminal for what the nodes' SSH logins need (passwords, key passphrases).
NodeSecrets askNodeSecrets(const QList<NodeSpec> &nodes, const PreflightOptions &options);
/// Overwrites every secret before the map goes.
void clearNodeSecrets(NodeSecrets &secrets);

/// Overlay on an existing cluster: plans the kube-controller-manager edit on every master of
/// `plan`, prints each diff, asks consent (or --yes) and edits with a backup beside the file.
/// When one master fails, the masters already edited are put back. Returns the masters edited
/// (for the inventory), nullopt when the apply must stop (the reason is printed).
std::optional<QStringList> editControllerManagers(
    const ClusterCommandOptions &options, const InstallPlan &plan);

/// Uninstall: puts the controller-manager backups back on the masters of `plan` and, with
/// --clean-nodes, removes Cilium's links and CNI files from every node. Returns false when a
/// node failed (each failure printed).
bool restoreNodes(const ClusterCommandOptions &options, const InstallPlan &plan);

} // namespace tkeci
