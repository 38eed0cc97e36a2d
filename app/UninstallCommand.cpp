// `uninstall`: the terminal's face of UninstallRun: delete what the inventory lists, then
// (with --profile) put the masters' kube-controller-manager back and, with --clean-nodes,
// clean the nodes over SSH.
#include "ClusterCommands.h"
#include "CommandLine.h"
#include "Console.h"
#include "NodeSteps.h"

#include "apply/UninstallRun.h"
#include "profile/ProfileReader.h"

#include <QCoreApplication>

namespace tkeci {

int runUninstall(const ClusterCommandOptions &options)
{
    UninstallRunOptions run;
    run.inventoryFile = options.inventoryFile;
    run.ssh = options.ssh;
    run.cleanNodes = options.cleanNodes;
    // With the profile, the masters (and with --clean-nodes every node) are reached over SSH.
    if (!options.profile.isEmpty()) {
        const ProfileReadResult read = loadProfileFile(options.profile);
        if (!read.ok()) {
            for (const Problem &p : read.problems)
                consoleErr() << problemLine(p) << Qt::endl;
            return ExitBadInput;
        }
        run.plan = read.plan;
    } else if (options.cleanNodes) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::UninstallCommand", "--clean-nodes needs --profile FILE (the nodes to clean)")
                     << Qt::endl;
        return ExitBadInput;
    }
    const std::optional<ClusterAccess> access = loadAccess(options);
    if (!access)
        return ExitBadInput;
    if (!options.yes) {
        if (!stdinIsTerminal()) {
            consoleErr() << QCoreApplication::translate("tkeci::UninstallCommand",
                "not asking on a non-interactive input: pass --yes to uninstall")
                         << Qt::endl;
            return ExitBadInput;
        }
        if (!askYesNo(QCoreApplication::translate("tkeci::UninstallCommand",
                          "delete everything this program installed on %1 (context \"%2\")?")
                          .arg(access->server.toString(), access->contextName)
                + (options.cleanNodes ? QCoreApplication::translate("tkeci::UninstallCommand",
                       " Cilium's links and CNI files on every node go too.")
                                      : QString())))
            return ExitBadInput;
    }
    UninstallRun uninstall(*access);
    bool done = false;
    QObject::connect(&uninstall, &UninstallRun::objectDeleted,
        [](int index, int total, const QString &object, bool deleted) {
            consoleOut() << QStringLiteral("[%1/%2] ").arg(index + 1).arg(total) << object << u' '
                         << (deleted ? QCoreApplication::translate(
                                 "tkeci::UninstallCommand", "deleted")
                                     : QCoreApplication::translate(
                                         "tkeci::UninstallCommand", "already gone"))
                         << Qt::endl;
        });
    QObject::connect(&uninstall, &UninstallRun::secretsNeeded,
        [&uninstall](const QList<SecretRequest> &requests) {
            NodeSecrets secrets = askNodeSecrets(requests);
            uninstall.provideSecrets(secrets);
            wipeSecrets(secrets);
        });
    QObject::connect(
        &uninstall, &UninstallRun::nodeDone, [](UninstallStep, const NodeStepEvent &e) {
            (e.ok() ? consoleOut() : consoleErr()) << nodeStepLine(e) << Qt::endl;
        });
    QObject::connect(&uninstall, &UninstallRun::finished, [&done](const UninstallRunResult &r) {
        if (!r.objects.ok())
            printError(*r.objects.error);
        for (const QString &line : uninstallSummaryLines(r))
            consoleOut() << line << Qt::endl;
        if (!r.unknownEditedMasters.isEmpty())
            consoleErr() << mastersLeftText(r.unknownEditedMasters) << Qt::endl;
        done = true;
    });
    uninstall.start(run);
    waitUntil(done);
    return uninstall.result().ok() ? ExitOk : ExitFailures;
}

} // namespace tkeci
