// `status`, `verify` and `uninstall`: read what the inventory lists, prove it, or remove it.
#include "ClusterCommands.h"
#include "CommandLine.h"
#include "Console.h"
#include "ManifestInput.h"

#include "apply/ClusterCreator.h"
#include "apply/ConnectivityVerifier.h"
#include "apply/InstallationStatus.h"
#include "apply/Inventory.h"
#include "apply/RolloutWatcher.h"
#include "apply/Uninstaller.h"
#include "render/KubeObjects.h"
#include "render/RenderContext.h"

#include <QCoreApplication>

namespace tkeci {
/// status --profile P of a new-cluster profile: the TKEStack Cluster's phase and conditions.
int newClusterStatus(const ClusterCommandOptions &options, const InstallPlan &plan)
{
    const std::optional<ClusterAccess> access = loadAccess(options.kubeconfig, options.context);
    if (!access)
        return ExitBadInput;
    KubeClient client(*access);
    ClusterCreator follower(client);
    bool done = false;
    ClusterCreateResult result;
    QObject::connect(&follower, &ClusterCreator::statusChanged,
        [](const QString &phase, const QList<ClusterCondition> &conditions) {
            consoleOut()
                << QCoreApplication::translate("tkeci::StatusCommand", "phase %1").arg(phase)
                << Qt::endl;
            for (const ClusterCondition &c : conditions)
                consoleOut() << QStringLiteral("%1 %2 %3 %4")
                                    .arg(c.type, c.status, c.reason, c.message)
                                    .trimmed()
                                    .prepend(QStringLiteral("  "))
                             << Qt::endl;
        });
    QObject::connect(&follower, &ClusterCreator::finished, [&](const ClusterCreateResult &r) {
        result = r;
        done = true;
    });
    follower.follow(tkeStackClusterName(plan), options.wait ? options.timeoutSeconds * 1000 : 0);
    waitUntil(done);
    if (result.error) {
        printError(*result.error);
        return ExitFailures;
    }
    return ExitOk;
}

int runStatus(const ClusterCommandOptions &options)
{
    if (!options.profile.isEmpty()) {
        const std::optional<ManifestInput> input = loadManifestInput(options);
        if (!input)
            return ExitBadInput;
        if (input->plan.target == Target::NewCluster)
            return newClusterStatus(options, input->plan);
    }
    const std::optional<ClusterAccess> access = loadAccess(options.kubeconfig, options.context);
    if (!access)
        return ExitBadInput;
    KubeClient client(*access);
    bool done = false;
    InstallationStatus status;
    readInstallationStatus(client, options.inventoryFile, [&](InstallationStatus s) {
        status = std::move(s);
        done = true;
    });
    waitUntil(done);
    if (status.error) {
        printError(*status.error);
        return ExitFailures;
    }
    if (!status.inventory) {
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "nothing installed by this program was found on %1")
                            .arg(access->server.toString())
                     << Qt::endl;
        return ExitFailures;
    }
    if (status.fromLocalFile)
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "the cluster has no inventory ConfigMap; using the local copy")
                     << Qt::endl;
    consoleOut() << QCoreApplication::translate(
        "tkeci::StatusCommand", "installed on %1, last applied %2: %3 object(s)")
                        .arg(access->server.toString(), status.inventory->updatedAt)
                        .arg(status.inventory->objects.size())
                 << Qt::endl;
    for (const ObjectRef &o : status.missing)
        consoleOut()
            << QCoreApplication::translate("tkeci::StatusCommand", "  missing: %1").arg(o.display())
            << Qt::endl;
    for (const RolloutProgress &p : status.workloads)
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "  %1: %2/%3 ready, %4/%5 updated")
                            .arg(p.object.display())
                            .arg(p.ready)
                            .arg(p.desired)
                            .arg(p.updated)
                            .arg(p.desired)
                     << Qt::endl;
    for (const QString &node : status.inventory->labelledNodes)
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "  node %1 carries the underlay labels")
                            .arg(node)
                     << Qt::endl;
    if (!status.healthy()) {
        const auto notReady = std::count_if(status.workloads.cbegin(), status.workloads.cend(),
            [](const RolloutProgress &p) { return !p.done; });
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "not healthy: %1 missing, %2 not ready")
                            .arg(status.missing.size())
                            .arg(notReady)
                     << Qt::endl;
        return ExitFailures;
    }
    consoleOut() << QCoreApplication::translate(
        "tkeci::StatusCommand", "every object is there and every workload is ready")
                 << Qt::endl;
    return ExitOk;
}

int runVerify(const ClusterCommandOptions &options)
{
    const std::optional<ManifestInput> input = loadManifestInput(options);
    if (!input)
        return ExitBadInput;
    const QList<ManifestFile> files = input->manifests.filesFor(ManifestDestination::Verification);
    if (files.isEmpty()) {
        consoleErr() << QCoreApplication::translate("tkeci::StatusCommand",
            "the profile renders no connectivity check (is the CNI Cilium?)")
                     << Qt::endl;
        return ExitBadInput;
    }
    const std::optional<ClusterAccess> access = loadAccess(options.kubeconfig, options.context);
    if (!access)
        return ExitBadInput;
    KubeClient client(*access);
    ConnectivityVerifier verifier(client);
    bool done = false;
    ConnectivityResult result;
    QObject::connect(&verifier, &ConnectivityVerifier::applied, [](int n) {
        consoleOut() << QCoreApplication::translate("tkeci::StatusCommand",
            "connectivity check applied (%1 objects); waiting for its deployments")
                            .arg(n)
                     << Qt::endl;
    });
    QObject::connect(&verifier, &ConnectivityVerifier::finished, [&](const ConnectivityResult &r) {
        result = r;
        done = true;
    });
    verifier.start(files, options.timeoutSeconds * 1000);
    waitUntil(done);
    for (const ConnectivityVerdict &v : result.verdicts)
        consoleOut() << (v.passed ? QCoreApplication::translate("tkeci::StatusCommand", "PASS")
                                  : QCoreApplication::translate("tkeci::StatusCommand", "FAIL"))
                     << u' ' << v.name << u' ' << QStringLiteral("(%1)").arg(v.meaning) << Qt::endl;
    if (result.removed)
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "the connectivity check was removed")
                     << Qt::endl;
    if (result.error) {
        printError(*result.error);
        return ExitFailures;
    }
    const bool passed = result.ok();
    consoleOut() << (passed
            ? QCoreApplication::translate("tkeci::StatusCommand", "connectivity check passed")
            : QCoreApplication::translate("tkeci::StatusCommand", "connectivity check FAILED"))
                 << Qt::endl;
    return passed ? ExitOk : ExitFailures;
}

int runUninstall(const ClusterCommandOptions &options)
{
    const std::optional<ClusterAccess> access = loadAccess(options.kubeconfig, options.context);
    if (!access)
        return ExitBadInput;
    if (!options.yes) {
        if (!stdinIsTerminal()) {
            consoleErr() << QCoreApplication::translate("tkeci::StatusCommand",
                "not asking on a non-interactive input: pass --yes to uninstall")
                         << Qt::endl;
            return ExitBadInput;
        }
        if (!askYesNo(QCoreApplication::translate("tkeci::StatusCommand",
                "delete everything this program installed on %1 (context \"%2\")?")
                          .arg(access->server.toString(), access->contextName)))
            return ExitBadInput;
    }
    KubeClient client(*access);
    Uninstaller uninstaller(client);
    bool done = false;
    UninstallResult result;
    QObject::connect(&uninstaller, &Uninstaller::stepFinished,
        [](int index, int total, const QString &object, bool deleted) {
            consoleOut() << QStringLiteral("[%1/%2] ").arg(index + 1).arg(total) << object << u' '
                         << (deleted
                                    ? QCoreApplication::translate("tkeci::StatusCommand", "deleted")
                                    : QCoreApplication::translate(
                                        "tkeci::StatusCommand", "already gone"))
                         << Qt::endl;
        });
    QObject::connect(&uninstaller, &Uninstaller::finished, [&](const UninstallResult &r) {
        result = r;
        done = true;
    });
    uninstaller.start(options.inventoryFile);
    waitUntil(done);
    if (!result.ok()) {
        printError(*result.error);
        return ExitFailures;
    }
    for (const QString &node : result.unlabelledNodes)
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "node %1: underlay labels removed")
                            .arg(node)
                     << Qt::endl;
    consoleOut() << QCoreApplication::translate(
        "tkeci::StatusCommand", "uninstalled: %1 deleted, %2 already gone")
                        .arg(result.deleted.size())
                        .arg(result.alreadyGone.size())
                 << Qt::endl;
    return ExitOk;
}

} // namespace tkeci
