#pragma once

#include "plan/InstallPlan.h"
#include "preflight/CheckResult.h"
#include "preflight/PreflightOptions.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace tkeci {

/// What the checks need to know besides the node's output.
struct NodeCheckContext
{
    QString node; // address, as in the plan
    QString ciliumVersion;
    bool overlay = true; // VXLAN needs UDP 8472
    bool newCluster = true; // leftovers of another CNI fail a new cluster, warn otherwise
    bool networkStage = false; // net.device here, the peer checks after every node's probe
    QString networkDevice = QStringLiteral("eth0"); // the profile's cluster.networkDevice
    /// Every check of the run (runChecks()): a node that cannot be checked gets a row for each.
    QList<CheckId> checks = nodeCheckIds();
};

/// The checks of a run, in display order: nodeCheckIds(), then the network stage's
/// (networkCheckIds(), net.apiserver with an HA VIP, net.registry).
QList<CheckId> runChecks(const InstallPlan &plan, const PreflightOptions &options);
/// Host and port of a kubeconfig's server URL, for PreflightOptions::apiServer (port 443 for
/// https and 80 for http when the URL names none, as kubectl connects).
std::pair<QString, int> apiServerAddress(const QUrl &server);
/// The API server every node must reach (net.apiserver): with HA the plan's VIP on its port,
/// else for an existing cluster the kubeconfig's address when the options have it.
std::optional<std::pair<QString, int>> apiServerTarget(
    const InstallPlan &plan, const PreflightOptions &options);

/// Judges every check from the sections of probeScript()'s output. Pure: no I/O.
CheckResults evaluateProbe(
    const NodeCheckContext &context, const QHash<QString, QByteArray> &sections);

CheckResult checkKernelVersion(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);
CheckResult checkKernelConfig(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);
CheckResult checkPorts(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);
CheckResult checkOs(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);
CheckResult checkUser(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);
CheckResult checkArch(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);
CheckResult checkBpffs(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);
CheckResult checkCniLeftovers(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);
CheckResult checkIpForward(const NodeCheckContext &c, const QHash<QString, QByteArray> &s);

/// A result for `check` on `node`, verdict and message still to be filled in.
CheckResult newResult(const QString &node, CheckId check);

/// One failed row per check for a node that could not be checked at all (unreachable, host
/// key, auth, timeout, cancelled), all carrying the same reason.
CheckResults nodeFailure(const QString &node, CheckResult::Code code, const QStringList &args,
    const QString &details, Verdict verdict = Verdict::Fail);
/// The same for the checks `checks` of a run.
CheckResults nodeFailure(const QList<CheckId> &checks, const QString &node, CheckResult::Code code,
    const QStringList &args, const QString &details, Verdict verdict = Verdict::Fail);

} // namespace tkeci
