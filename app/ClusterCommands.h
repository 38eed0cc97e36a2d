#pragma once

#include "kube/KubeConfig.h"
#include "preflight/PreflightOptions.h"
#include "render/ConnectivityCheckOptions.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace tkeci {

/// Flags of the commands that talk to a cluster (apply, status, verify, uninstall).
struct ClusterCommandOptions
{
    QString profile; // apply, verify
    QString kubeconfig; // empty: $KUBECONFIG, else ~/.kube/config
    QString context; // empty: current-context
    QString manifestsDir; // apply: edited manifests to use instead of rendering
    bool wait = false; // apply: follow the rollout / the new cluster's status
    bool verify = false; // apply --wait, new cluster: the connectivity check at the end
    bool yes = false; // do not ask before changing the cluster
    bool force = false; // apply: take over fields another field manager holds
    bool allowOtherCni = false; // apply: go on although another CNI runs on the cluster
    int timeoutSeconds = 600;
    /// --timeout given: the whole run ends by then (every request, poll and exec plugin).
    /// Without it each wait has its own bound (600 s) and each call its 120 s.
    QDeadlineTimer deadline {QDeadlineTimer::Forever};
    QString inventoryFile; // empty: the default per-server file
    PreflightOptions ssh; // --known-hosts, --identity: how the SSH steps log in to nodes
    bool skipControllerManager = false; // apply: the operator sets the overlay flags himself
    bool cleanNodes = false; // uninstall: remove Cilium's links and CNI files over SSH
    ConnectivityCheckOptions check; // verify: images, external targets, --offline
};

/// The command names handled here.
const QStringList &clusterCommands();
/// Adds the flags of the cluster commands (--kubeconfig, --context, --manifests, --wait,
/// --yes, --force-conflicts, --allow-other-cni, --skip-controller-manager, --clean-nodes and
/// the connectivity check's --check-* and --offline) to the command line's parser; --timeout,
/// --known-hosts and --identity are preflight's.
void addClusterCommandOptions(QCommandLineParser &parser);
/// Runs one of clusterCommands() with the parsed flags (--profile is the command line's own);
/// returns the exit code (0, 1 or 2).
int runClusterCommand(const QString &command, const QCommandLineParser &parser);
int runClusterCommand(const QString &command, const ClusterCommandOptions &options);

/// loadAccess() for the command's --kubeconfig and --context, carrying the run's deadline.
std::optional<ClusterAccess> loadAccess(const ClusterCommandOptions &options);

// One function per command, each in its own file.
int runApply(const ClusterCommandOptions &options);
int runStatus(const ClusterCommandOptions &options);
int runVerify(const ClusterCommandOptions &options);
int runUninstall(const ClusterCommandOptions &options);
int runDiff(const ClusterCommandOptions &options);

} // namespace tkeci
