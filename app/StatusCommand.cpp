// `status`: what the inventory lists and whether it is ready (or a new cluster's phase).
#include "ClusterCommands.h"
#include "CommandLine.h"
#include "Console.h"
#include "ManifestInput.h"

#include "apply/ClusterCreator.h"
#include "apply/ConnectivityVerifier.h"
#include "apply/InstallationStatus.h"
#include "apply/Inventory.h"
#include "apply/NodeLabeler.h"
#include "apply/RolloutWatcher.h"
#include "apply/Uninstaller.h"
#include "render/KubeObjects.h"
#include "render/RenderContext.h"
#include "text/SafeText.h"

#include <QCoreApplication>

namespace tkeci {
/// status --profile P of a new-cluster profile: the TKEStack Cluster's phase and conditions.
int newClusterStatus(const ClusterCommandOptions &options, const InstallPlan &plan)
{
    const std::optional<ClusterAccess> access = loadAccess(options);
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
    const std::optional<ClusterAccess> access = loadAccess(options);
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
                        .arg(access->server.toString(), safeText(status.inventory->updatedAt, 40))
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
    // Said of a node only after reading it from the cluster.
    for (const QString &node : status.nodesLabelled)
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "  node %1 carries the underlay labels")
                            .arg(node)
                     << Qt::endl;
    for (const QString &node : status.nodesUnlabelled)
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "  node %1 is gone or lacks an underlay label (%2, %3)")
                            .arg(node, kAsnLabel, kSwitchIpLabel)
                     << Qt::endl;
    if (!status.healthy()) {
        const auto notReady = std::count_if(status.workloads.cbegin(), status.workloads.cend(),
            [](const RolloutProgress &p) { return !p.done; });
        consoleOut() << QCoreApplication::translate(
            "tkeci::StatusCommand", "not healthy: %1 missing, %2 not ready, %3 node(s) unlabelled")
                            .arg(status.missing.size())
                            .arg(notReady)
                            .arg(status.nodesUnlabelled.size())
                     << Qt::endl;
        return ExitFailures;
    }
    consoleOut() << QCoreApplication::translate(
        "tkeci::StatusCommand", "every object is there and every workload is ready")
                 << Qt::endl;
    return ExitOk;
}

} // namespace tkeci
