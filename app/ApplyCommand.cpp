// `apply`: existing cluster -> server-side apply, inventory, optional rollout watch;
// new cluster -> the TKEStack Cluster object on the global cluster, optionally followed.
#include "ClusterCommands.h"
#include "CommandLine.h"
#include "Console.h"
#include "ManifestInput.h"
#include "NewClusterApply.h"
#include "NodeSteps.h"

#include "apply/ExistingClusterInstall.h"
#include "apply/LabelWarningText.h"
#include "apply/NodeCoverage.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace tkeci {

QString outcomeText(ApplyOutcome o)
{
    switch (o) {
    case ApplyOutcome::Created:
        return QCoreApplication::translate("tkeci::ApplyCommand", "created");
    case ApplyOutcome::Configured:
        return QCoreApplication::translate("tkeci::ApplyCommand", "configured");
    case ApplyOutcome::Unchanged:
        return QCoreApplication::translate("tkeci::ApplyCommand", "unchanged");
    }
    return QString();
}

bool consent(const ClusterCommandOptions &options, const ClusterAccess &access, const QString &what)
{
    if (options.yes)
        return true;
    if (!stdinIsTerminal()) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::ApplyCommand", "not asking on a non-interactive input: pass --yes to %1")
                            .arg(what)
                     << Qt::endl;
        return false;
    }
    return askYesNo(QCoreApplication::translate("tkeci::ApplyCommand", "%1 on %2 (context \"%3\")?")
                        .arg(what, access.server.toString(), access.contextName));
}

namespace {

void printKeptOffUnknown(const NodeCoverageResult &coverage)
{
    for (const QString &name : std::as_const(coverage.keptOffUnknown))
        consoleErr() << QCoreApplication::translate(
            "tkeci::ApplyCommand", "--without-cilium: the cluster has no node \"%1\"")
                            .arg(name)
                     << Qt::endl;
}

/// Prints a run of ExistingClusterInstall the way apply always printed it; the decisions the
/// wizard asks the operator for come from the flags here (--allow-other-cni; no retry; a
/// rollout that runs out of time is a failure).
void printExistingRun(ExistingClusterInstall &install, const ClusterCommandOptions &options,
    bool &done, int &exitCode)
{
    const auto stop = [&done, &exitCode](int code) {
        exitCode = code;
        done = true;
    };
    QObject::connect(&install, &ExistingClusterInstall::otherCniFound,
        [&install, &options, stop](const QList<OtherCni> &found) {
            // Two CNIs on one node fight over pod networking: refuse unless the operator goes on.
            const bool allow = options.allowOtherCni;
            for (const OtherCni &c : found)
                consoleErr() << (allow ? QCoreApplication::translate(
                                     "tkeci::ApplyCommand", "warning: %1 (%2) runs on this cluster")
                                       : QCoreApplication::translate("tkeci::ApplyCommand",
                                           "another CNI runs on this cluster: %1 (%2)"))
                                    .arg(c.daemonSet, c.cni)
                             << Qt::endl;
            if (allow) {
                install.goOnDespiteOtherCni();
                return;
            }
            consoleErr() << QCoreApplication::translate("tkeci::ApplyCommand",
                "nothing was applied; remove it first, or pass --allow-other-cni to go on "
                "anyway") << Qt::endl;
            stop(ExitFailures);
        });
    // Nodes outside the plan are the profile's or the flags' to fix: exit 2, the message as
    // checkCoverage() prints it.
    auto uncovered = std::make_shared<bool>(false);
    QObject::connect(&install, &ExistingClusterInstall::nodeCoverageRead,
        [&options, uncovered](const NodeCoverageResult &coverage) {
            *uncovered = !coverage.error && !coverage.uncovered.isEmpty();
            if (options.yes) // otherwise checkCoverage() has said it before the question
                printKeptOffUnknown(coverage);
        });
    QObject::connect(&install, &ExistingClusterInstall::nodeLabelled,
        [](const QString &node, const QString &asn, const QString &switchIp) {
            consoleOut() << QCoreApplication::translate(
                "tkeci::ApplyCommand", "node %1 labelled: %2=%3, %4=%5")
                                .arg(node, kAsnLabel, asn, kSwitchIpLabel, switchIp)
                         << Qt::endl;
        });
    QObject::connect(&install, &ExistingClusterInstall::labelWarnings,
        [](const QStringList &notInCluster, const QStringList &notInProfile) {
            for (const QString &line : labelWarningLines(notInCluster, notInProfile))
                consoleErr() << line << Qt::endl;
        });
    QObject::connect(&install, &ExistingClusterInstall::objectApplied,
        [](int index, int total, const QString &object, ApplyOutcome outcome) {
            consoleOut() << QStringLiteral("[%1/%2] ").arg(index + 1).arg(total) << object << u' '
                         << outcomeText(outcome) << Qt::endl;
        });
    QObject::connect(&install, &ExistingClusterInstall::applyWarnings, [](const QStringList &w) {
        for (const QString &line : w)
            consoleErr()
                << QCoreApplication::translate("tkeci::ApplyCommand", "warning: %1").arg(line)
                << Qt::endl;
    });
    QObject::connect(&install, &ExistingClusterInstall::applyFailed,
        [&install, stop](const QString &object, const KubeError &error) {
            if (!object.isEmpty())
                consoleErr() << QCoreApplication::translate("tkeci::ApplyCommand",
                    "stopped at %1; %2 object(s) applied are kept and listed in the "
                    "inventory; fix the cause and run apply again to continue")
                                    .arg(object)
                                    .arg(install.result().apply.applied.size())
                             << Qt::endl;
            for (const ObjectRef &uncertain : install.result().apply.uncertain)
                consoleErr() << QCoreApplication::translate("tkeci::ApplyCommand",
                    "no answer came for %1: it may have been applied, so the inventory lists it "
                    "too")
                                    .arg(uncertain.display())
                             << Qt::endl;
            printError(error);
            stop(ExitFailures);
        });
    QObject::connect(&install, &ExistingClusterInstall::applied, [](const ApplyResult &r) {
        consoleOut() << QCoreApplication::translate(
            "tkeci::ApplyCommand", "applied: %1 created, %2 configured, %3 unchanged")
                            .arg(r.created)
                            .arg(r.configured)
                            .arg(r.unchanged)
                     << Qt::endl;
    });
    QObject::connect(&install, &ExistingClusterInstall::stepStarted, [&options](InstallStep s) {
        if (s == InstallStep::Rollout)
            consoleOut() << QCoreApplication::translate(
                "tkeci::ApplyCommand", "waiting for the rollout (up to %1 s)")
                                .arg(options.timeoutSeconds)
                         << Qt::endl;
    });
    QObject::connect(&install, &ExistingClusterInstall::rolloutProgress, &printRolloutProgress);
    QObject::connect(
        &install, &ExistingClusterInstall::rolloutTimedOut, [stop](const RolloutResult &result) {
            for (const RolloutProgress &p : result.workloads) {
                if (!p.done)
                    consoleErr() << QCoreApplication::translate(
                        "tkeci::ApplyCommand", "not rolled out in time: %1 (%2/%3 ready)")
                                        .arg(p.object.display())
                                        .arg(p.ready)
                                        .arg(p.desired)
                                 << Qt::endl;
            }
            for (const PodProblem &p : result.podProblems) {
                consoleErr() << QCoreApplication::translate("tkeci::ApplyCommand",
                    "  pod %1/%2, container %3: %4, %5 restart(s); its last lines:")
                                    .arg(p.workload.ns, p.pod, p.container, p.reason)
                                    .arg(p.restarts)
                             << Qt::endl;
                for (const QString &line : p.lastLogLines)
                    consoleErr() << QStringLiteral("    | ") << line << Qt::endl;
            }
            consoleErr() << QCoreApplication::translate("tkeci::ApplyCommand",
                "run \"status\" to look again, or apply with a longer --timeout")
                         << Qt::endl;
            stop(ExitFailures);
        });
    QObject::connect(&install, &ExistingClusterInstall::finished,
        [&options, stop, uncovered](const ExistingInstallResult &r) {
            if (r.failedStep == InstallStep::NodeCoverage && *uncovered && r.error) {
                consoleErr() << r.error->message << Qt::endl;
                stop(ExitBadInput);
                return;
            }
            if (r.error)
                printError(*r.error);
            else if (r.stop)
                consoleErr() << installStopText(*r.failedStep, *r.stop) << Qt::endl;
            if (r.failedStep == InstallStep::ControllerManager && (r.error || r.stop))
                consoleErr() << QCoreApplication::translate("tkeci::ApplyCommand",
                    "if you set these flags on the masters yourself, pass "
                    "--skip-controller-manager")
                             << Qt::endl;
            if (r.error || r.stop) {
                stop(ExitFailures);
                return;
            }
            if (options.wait)
                consoleOut() << QCoreApplication::translate(
                    "tkeci::ApplyCommand", "every workload is rolled out")
                             << Qt::endl;
            stop(ExitOk);
        });
}

} // namespace

int checkCoverage(const InstallPlan &plan, const ClusterAccess &access)
{
    // Cilium's DaemonSet runs on every node: each is in the profile (so preflighted) or kept
    // off by name, before anything is asked or written.
    KubeClient client(access);
    bool done = false;
    NodeCoverageResult coverage;
    checkNodeCoverage(client, plan, [&](const NodeCoverageResult &r) {
        coverage = r;
        done = true;
    });
    waitUntil(done);
    if (coverage.error) {
        printError(*coverage.error);
        return ExitFailures;
    }
    printKeptOffUnknown(coverage);
    if (!coverage.uncovered.isEmpty()) {
        consoleErr() << uncoveredNodesText(coverage) << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}

namespace {

/// The same steps as the wizard's Applying page (ExistingClusterInstall), without the
/// connectivity check, which is the verify command here.
int applyToExistingCluster(
    const ClusterCommandOptions &options, const ManifestInput &input, const ClusterAccess &access)
{
    const QList<ManifestFile> files = input.manifests.filesFor(ManifestDestination::TargetCluster);
    // Asked first, the operator must not be asked about a run that is refused anyway: the
    // coverage is checked before the question. With --yes nothing is asked, and the run's own
    // coverage step (read in its first round, judged before anything is written) is the check:
    // one round trip less for the scripted apply.
    if (!options.yes) {
        if (const int refused = checkCoverage(input.plan, access); refused != ExitOk)
            return refused;
    }
    if (!consent(options, access,
            QCoreApplication::translate("tkeci::ApplyCommand", "apply %n file(s) of manifests",
                nullptr, int(files.size()))))
        return ExitBadInput;
    ExistingClusterInstall install(access);
    ExistingInstallOptions o;
    o.inventoryFile = options.inventoryFile;
    o.force = options.force;
    o.rolloutTimeoutMs = options.timeoutSeconds * 1000;
    o.watchRollout = options.wait;
    install.setOptions(o);
    // Overlay: tke-eni-ipamd hands out pod CIDRs, so kube-controller-manager must not. The
    // step asks on the terminal (or takes --yes) before any master is touched.
    if (!options.skipControllerManager)
        install.setMasterAccess(options.ssh);
    answerOnTerminal(install.controllerManagerChange(), options);
    bool done = false;
    int exitCode = ExitOk;
    printExistingRun(install, options, done, exitCode);
    install.start(input.plan, files, {});
    waitUntil(done);
    return exitCode;
}

} // namespace

int runApply(const ClusterCommandOptions &options)
{
    const std::optional<ManifestInput> input = loadManifestInput(options);
    if (!input)
        return ExitBadInput;
    if (input->plan.target == Target::ExportOnly) {
        consoleErr() << QCoreApplication::translate("tkeci::ApplyCommand",
            "the profile's target is export-only: use render to write the "
            "manifests")
                     << Qt::endl;
        return ExitBadInput;
    }
    const std::optional<ClusterAccess> access = loadAccess(options);
    if (!access)
        return ExitBadInput;
    return input->plan.target == Target::NewCluster
        ? createNewCluster(options, *input, *access)
        : applyToExistingCluster(options, *input, *access);
}

} // namespace tkeci
