// `apply` for a new cluster: NewClusterInstall printed line by line, its pauses answered
// from the flags (--yes takes over TKEStack's fields) or on the terminal.
#include "NewClusterApply.h"

#include "CommandLine.h"
#include "Console.h"

#include "apply/MachineCredentials.h"
#include "apply/NewClusterFiles.h"
#include "apply/NewClusterInstall.h"
#include "render/ManifestRenderer.h"
#include "validation/Problem.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>

namespace tkeci {
namespace {

QString lastCondition(const QList<ClusterCondition> &conditions)
{
    if (conditions.isEmpty())
        return QString();
    const ClusterCondition &c = conditions.last();
    QStringList parts;
    for (const QString &part : {c.type, c.status, c.reason, c.message}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return QStringLiteral(" - ") + parts.join(u' ');
}

/// Passwords, and passphrases of encrypted keys (TKEStack decrypts the key itself), asked
/// for on the terminal and put into the Cluster file in memory.
FilledManifest fillCredentials(const ManifestFile &clusterFile, const InstallPlan &plan)
{
    QHash<QString, QString> passwords;
    for (const NodeSpec &node : plan.nodes) {
        if (node.auth == AuthMethod::Password)
            passwords.insert(node.ip,
                askSecret(QCoreApplication::translate("tkeci::ApplyCommand", "password of %1@%2: ")
                              .arg(node.user, node.ip)));
        else if (node.auth == AuthMethod::Key && keyFileIsEncrypted(node.keyFile, QDir::homePath()))
            passwords.insert(node.ip,
                askSecret(QCoreApplication::translate(
                    "tkeci::ApplyCommand", "passphrase of the key %1 for %2@%3: ")
                              .arg(node.keyFile, node.user, node.ip)));
    }
    FilledManifest filled = fillMachineCredentials(clusterFile, plan, passwords, QDir::homePath());
    // The passwords are in the filled file now; the typed copies are wiped in place.
    for (QString &password : passwords)
        password.fill(QChar(0));
    return filled;
}

void printGlobalSteps(NewClusterInstall &install, const ClusterCommandOptions &options)
{
    QObject::connect(&install, &NewClusterInstall::versionsRead, [](const PlatformVersions &v) {
        consoleOut() << QCoreApplication::translate(
            "tkeci::NewClusterApply", "TKEStack %1 offers Kubernetes %2")
                            .arg(v.tkeVersion, v.kubernetesVersions.join(QStringLiteral(", ")))
                     << Qt::endl;
    });
    QObject::connect(
        &install, &NewClusterInstall::clusterCreated, [](const QString &name, bool created) {
            consoleOut() << (created ? QCoreApplication::translate(
                                 "tkeci::ApplyCommand", "cluster %1 created on the global cluster")
                                     : QCoreApplication::translate("tkeci::NewClusterApply",
                                         "cluster %1 exists already (an earlier run): "
                                         "following it, not creating it again"))
                                .arg(name)
                         << Qt::endl;
        });
    QObject::connect(&install, &NewClusterInstall::stepStarted, [&options](NewClusterStep s) {
        if (s == NewClusterStep::WaitRunning)
            consoleOut() << QCoreApplication::translate(
                "tkeci::NewClusterApply", "waiting for the cluster to run (up to %1 s)")
                                .arg(options.timeoutSeconds)
                         << Qt::endl;
        else if (s == NewClusterStep::Rollout)
            consoleOut() << QCoreApplication::translate(
                "tkeci::ApplyCommand", "waiting for the rollout (up to %1 s)")
                                .arg(options.timeoutSeconds)
                         << Qt::endl;
    });
    QObject::connect(&install, &NewClusterInstall::clusterStatusChanged,
        [](const QString &phase, const QList<ClusterCondition> &conditions) {
            consoleOut() << QCoreApplication::translate("tkeci::ApplyCommand", "  phase %1%2")
                                .arg(phase, lastCondition(conditions))
                         << Qt::endl;
        });
    QObject::connect(&install, &NewClusterInstall::machineCreated,
        [](const QString &name, const QString &ip, bool created) {
            consoleOut() << (created ? QCoreApplication::translate(
                                 "tkeci::NewClusterApply", "worker %1 (Machine %2) created")
                                     : QCoreApplication::translate("tkeci::NewClusterApply",
                                         "worker %1 (Machine %2) exists already: following it"))
                                .arg(ip, name)
                         << Qt::endl;
        });
    QObject::connect(
        &install, &NewClusterInstall::machineStatusChanged, [](const MachineProgress &m) {
            consoleOut() << QCoreApplication::translate(
                "tkeci::NewClusterApply", "  worker %1: phase %2%3")
                                .arg(m.ip, m.phase, lastCondition(m.conditions))
                         << Qt::endl;
        });
}

void printTargetSteps(NewClusterInstall &install, const ClusterCommandOptions &options)
{
    QObject::connect(&install, &NewClusterInstall::connected, [](const QUrl &server) {
        consoleOut() << QCoreApplication::translate(
            "tkeci::NewClusterApply", "reached the new cluster at %1")
                            .arg(server.toString())
                     << Qt::endl;
    });
    QObject::connect(&install, &NewClusterInstall::stepSkipped, [](NewClusterStep s) {
        if (s == NewClusterStep::ApplyEdited)
            consoleOut() << QCoreApplication::translate("tkeci::NewClusterApply",
                "TKEStack deployed Cilium from its own manifests; no edited "
                "file to send")
                         << Qt::endl;
    });
    QObject::connect(&install, &NewClusterInstall::objectApplied,
        [](int index, int total, const QString &object, ApplyOutcome outcome) {
            consoleOut() << QStringLiteral("[%1/%2] ").arg(index + 1).arg(total) << object << u' '
                         << outcomeText(outcome) << Qt::endl;
        });
    QObject::connect(&install, &NewClusterInstall::conflictFound,
        [&install, &options](const FieldConflictQuestion &q) {
            consoleErr() << q.message << Qt::endl << q.detail << Qt::endl;
            bool takeOver = options.yes || options.force;
            if (takeOver)
                consoleOut() << QCoreApplication::translate(
                    "tkeci::NewClusterApply", "taking them over (--yes)")
                             << Qt::endl;
            else if (stdinIsTerminal())
                takeOver = askYesNo(QCoreApplication::translate(
                    "tkeci::NewClusterApply", "take over these fields on the new cluster?"));
            else
                consoleErr() << QCoreApplication::translate("tkeci::NewClusterApply",
                    "not asking on a non-interactive input: pass --yes to take "
                    "them over")
                             << Qt::endl;
            install.answerConflict(takeOver ? ConflictAnswer::TakeOver : ConflictAnswer::Stop);
        });
    QObject::connect(&install, &NewClusterInstall::rolloutProgress, &printRolloutProgress);
    // Without a terminal to ask, a rollout out of time ends the run (the status names it).
    QObject::connect(&install, &NewClusterInstall::rolloutTimedOut,
        [&install](const RolloutResult &) { install.giveUpRollout(); });
}

int runInstall(const ClusterCommandOptions &options, const ManifestInput &input,
    const ClusterAccess &access, const ManifestFile &filled)
{
    const NewClusterFiles files = newClusterFiles(input.rendered, input.manifests);
    for (const ManifestFile &f : files.sentByInstaller)
        consoleOut() << QCoreApplication::translate("tkeci::NewClusterApply",
            "%1 differs from what TKEStack deploys: it is applied to the new "
            "cluster once the cluster runs")
                            .arg(f.fileName())
                     << Qt::endl;
    NewClusterInstall install(access);
    NewClusterInstallOptions o;
    o.inventoryFile = options.inventoryFile;
    o.follow = options.wait;
    o.clusterTimeoutMs = o.machineTimeoutMs = o.rolloutTimeoutMs = options.timeoutSeconds * 1000;
    install.setOptions(o);
    install.setDeployedByTkeStack(files.deployedByTkeStack);
    printGlobalSteps(install, options);
    printTargetSteps(install, options);
    bool done = false;
    NewClusterInstallResult result;
    QObject::connect(&install, &NewClusterInstall::finished, [&](const NewClusterInstallResult &r) {
        result = r;
        done = true;
    });
    // --verify: the check as `verify` renders it (its options applied); the core leaves out
    // the multi-node checks when the new cluster has fewer than two nodes for pods.
    QList<ManifestFile> check;
    if (options.verify && options.wait) {
        Problems problems;
        const std::optional<ManifestFile> rendered
            = renderConnectivityCheckFile(input.plan, options.check, problems);
        if (!rendered) {
            for (const Problem &p : problems)
                consoleErr() << problemLine(p) << Qt::endl;
            return ExitBadInput;
        }
        check.append(*rendered);
    }
    install.start(input.plan, filled, files.sentByInstaller, check);
    waitUntil(done);
    if (result.error) {
        printError(*result.error);
        return result.versionNotOffered ? ExitBadInput : ExitFailures;
    }
    if (result.connectivity) {
        printConnectivityVerdicts(*result.connectivity); // the same lines as `verify`
        if (!result.connectivity->ok())
            return ExitFailures;
    }
    if (options.wait)
        consoleOut() << QCoreApplication::translate(
            "tkeci::NewClusterApply", "cluster %1 is Running with Cilium rolled out")
                            .arg(result.clusterName)
                     << Qt::endl;
    else
        consoleOut() << QCoreApplication::translate("tkeci::NewClusterApply",
            "run apply --wait to follow it; its workers are added once it runs")
                     << Qt::endl;
    return ExitOk;
}

} // namespace

int createNewCluster(
    const ClusterCommandOptions &options, const ManifestInput &input, const ClusterAccess &access)
{
    const ManifestFile *clusterFile = input.manifests.file(QStringLiteral("tkestack-cluster"));
    if (!clusterFile) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::ApplyCommand", "the manifests have no tkestack-cluster file")
                     << Qt::endl;
        return ExitBadInput;
    }
    FilledManifest filled = fillCredentials(*clusterFile, input.plan);
    // The filled file holds the machines' credentials until it is sent: wiped on every way out.
    const auto wipe = qScopeGuard([&filled] { filled.file.yaml.fill('\0'); });
    if (filled.error) {
        printError(*filled.error);
        return ExitBadInput;
    }
    if (!consent(options, access,
            QCoreApplication::translate("tkeci::ApplyCommand", "create TKEStack cluster \"%1\"")
                .arg(input.plan.displayName)))
        return ExitBadInput;
    return runInstall(options, input, access, filled.file);
}

} // namespace tkeci
