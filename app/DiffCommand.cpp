// `diff`: what apply would change on an existing cluster, computed by the API server itself
// (a dry-run server-side apply of every object) and printed as `kubectl diff --server-side`
// prints it; exit 0 with no change, 1 with changes, 2 on bad input or an error (kubectl diff:
// "> 1" for an error).
#include "ClusterCommands.h"
#include "CommandLine.h"
#include "Console.h"
#include "ManifestInput.h"

#include "apply/ClusterDiff.h"

#include <QCoreApplication>

namespace tkeci {

int runDiff(const ClusterCommandOptions &options)
{
    const std::optional<ManifestInput> input = loadManifestInput(options);
    if (!input)
        return ExitBadInput;
    if (input->plan.target != Target::ExistingCluster) {
        consoleErr() << QCoreApplication::translate("tkeci::DiffCommand",
            "diff compares the manifests with an existing cluster; the "
            "profile's target is not one (target: existing-cluster)")
                     << Qt::endl;
        return ExitBadInput;
    }
    const std::optional<ClusterAccess> access = loadAccess(options);
    if (!access)
        return ExitBadInput;
    KubeClient client(*access);
    ClusterDiff diff(client);
    diff.setForce(options.force);
    bool done = false;
    ClusterDiffResult result;
    QObject::connect(&diff, &ClusterDiff::finished, [&](const ClusterDiffResult &r) {
        result = r;
        done = true;
    });
    diff.start(input->manifests.filesFor(ManifestDestination::TargetCluster), input->plan);
    waitUntil(done);
    if (result.error) {
        printError(*result.error);
        return ExitBadInput;
    }
    int created = 0, configured = 0, unchanged = 0;
    for (const ObjectChange &c : std::as_const(result.objects)) {
        switch (c.kind) {
        case ObjectChange::Kind::None:
            ++unchanged;
            continue;
        case ObjectChange::Kind::Create:
            ++created;
            consoleOut() << QCoreApplication::translate("tkeci::DiffCommand", "+ %1: to be created")
                                .arg(c.ref.display())
                         << Qt::endl;
            break;
        case ObjectChange::Kind::Update:
            ++configured;
            consoleOut() << QCoreApplication::translate(
                "tkeci::DiffCommand", "~ %1: to be configured")
                                .arg(c.ref.display())
                         << Qt::endl;
            break;
        }
        consoleOut() << c.diff;
    }
    for (const NodeLabelChange &l : std::as_const(result.labels)) {
        consoleOut() << QCoreApplication::translate(
            "tkeci::DiffCommand", "~ node %1 (%2): label %3: %4 -> %5")
                            .arg(l.node, l.nodeIp, l.key,
                                l.from.isEmpty()
                                    ? QCoreApplication::translate("tkeci::DiffCommand", "(not set)")
                                    : l.from,
                                l.to)
                     << Qt::endl;
    }
    for (const QString &ip : std::as_const(result.nodesNotInCluster)) {
        consoleErr() << QCoreApplication::translate("tkeci::DiffCommand",
            "%1: no node of the cluster has this InternalIP; apply would refuse "
            "to label it")
                            .arg(ip)
                     << Qt::endl;
    }
    consoleOut() << QCoreApplication::translate(
        "tkeci::DiffCommand", "%1 to create, %2 to configure, %3 unchanged; node labels to set: %4")
                        .arg(created)
                        .arg(configured)
                        .arg(unchanged)
                        .arg(result.labels.size())
                 << Qt::endl;
    return result.hasChanges() ? ExitFailures : ExitOk;
}

} // namespace tkeci
