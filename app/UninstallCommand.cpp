// `uninstall`: delete what the inventory lists, then (with --profile) put the masters'
// kube-controller-manager back and, with --clean-nodes, clean the nodes over SSH.
#include "ClusterCommands.h"
#include "CommandLine.h"
#include "Console.h"
#include "NodeSteps.h"

#include "apply/ControllerManagerUpdate.h"
#include "apply/Uninstaller.h"
#include "profile/ProfileReader.h"

#include <QCoreApplication>

namespace tkeci {

int runUninstall(const ClusterCommandOptions &options)
{
    // With the profile, the masters (and with --clean-nodes every node) are reached over SSH.
    std::optional<InstallPlan> plan;
    if (!options.profile.isEmpty()) {
        const ProfileReadResult read = loadProfileFile(options.profile);
        if (!read.ok()) {
            for (const Problem &p : read.problems)
                consoleErr() << problemLine(p) << Qt::endl;
            return ExitBadInput;
        }
        plan = read.plan;
    } else if (options.cleanNodes) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::StatusCommand", "--clean-nodes needs --profile FILE (the nodes to clean)")
                     << Qt::endl;
        return ExitBadInput;
    }
    const std::optional<ClusterAccess> access = loadAccess(options);
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
                          .arg(access->server.toString(), access->contextName)
                + (options.cleanNodes ? QCoreApplication::translate("tkeci::StatusCommand",
                       " Cilium's links and CNI files on every node go too.")
                                      : QString())))
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
        // No inventory left (a second run, say): the masters may still need their backups.
        const bool nothingRecorded = result.error->kind == KubeError::Kind::NotFound
            && result.deleted.isEmpty() && result.alreadyGone.isEmpty();
        if (plan && nothingRecorded)
            restoreNodes(options, *plan);
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
    if (plan)
        return restoreNodes(options, *plan) ? ExitOk : ExitFailures;
    if (!result.editedMasters.isEmpty()) {
        consoleErr() << QCoreApplication::translate("tkeci::StatusCommand",
            "kube-controller-manager was edited on %1 and is not put back without the profile: "
            "run uninstall --profile FILE again, or move %2 back over %3 on each")
                            .arg(result.editedMasters.join(QStringLiteral(", ")),
                                controllerManagerBackupPath(kControllerManagerManifest),
                                kControllerManagerManifest)
                     << Qt::endl;
        return ExitFailures;
    }
    return ExitOk;
}

} // namespace tkeci
