#pragma once

#include "apply/ConnectivityVerifier.h"
#include "apply/RolloutWatcher.h"
#include "kube/KubeClient.h"

#include <QTextStream>

#include <optional>

namespace tkeci {

/// Terminal helpers for the cluster commands: output streams, questions, and loading the
/// kubeconfig the way kubectl picks it.
QTextStream &consoleOut();
QTextStream &consoleErr();

/// Asks a yes/no question on the terminal; false when stdin is not a terminal.
bool askYesNo(const QString &question);
/// Reads a secret from the terminal without echo (or a line from stdin when it is not one).
QString askSecret(const QString &prompt);
bool stdinIsTerminal();

/// Loads the cluster access for the command's --kubeconfig/--context, printing warnings;
/// prints the error and returns nullopt when it cannot be used.
std::optional<ClusterAccess> loadAccess(const QString &kubeconfig, const QString &context);

/// "error: <message>" plus the technical detail on a second line when there is one.
void printError(const KubeError &error);

/// "  DaemonSet kube-system/cilium: 2/2 ready, 2/2 updated - rolled out": one workload's
/// rollout, as apply prints it for an existing and a new cluster.
void printRolloutProgress(const RolloutProgress &progress);

/// "PASS name (meaning)" or "FAIL ...": one verdict of the connectivity check.
void printConnectivityVerdict(const ConnectivityVerdict &verdict);
/// Every verdict (unless `withVerdicts` is false), then "connectivity check passed/FAILED".
void printConnectivityVerdicts(const ConnectivityResult &result, bool withVerdicts = true);

/// Runs the event loop until `done` becomes true.
void waitUntil(const bool &done);

} // namespace tkeci
