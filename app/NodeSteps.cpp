// The command line's side of the SSH steps of apply and uninstall: secrets from the terminal,
// the diff and the consent before a master is touched, a line per node afterwards.
#include "NodeSteps.h"

#include "ClusterCommands.h"
#include "CommandLine.h"
#include "Console.h"

#include "apply/ControllerManagerUpdate.h"
#include "preflight/NodeLogin.h"

#include <QCoreApplication>

namespace tkeci {
namespace {

void printResults(const QList<NodeStepResult> &results, const QString &doneText)
{
    for (const NodeStepResult &r : results) {
        if (!r.ok()) {
            consoleErr()
                << QCoreApplication::translate("tkeci::NodeSteps", "error: %1").arg(r.error)
                << Qt::endl;
            continue;
        }
        consoleOut() << doneText.arg(r.node) << Qt::endl;
        for (const QString &d : r.details)
            consoleOut() << QStringLiteral("    ") << d << Qt::endl;
    }
}

bool allOk(const QList<NodeStepResult> &results)
{
    return std::all_of(
        results.cbegin(), results.cend(), [](const NodeStepResult &r) { return r.ok(); });
}

} // namespace

NodeSecrets askNodeSecrets(const QList<NodeSpec> &nodes, const PreflightOptions &options)
{
    NodeSecrets secrets;
    for (const NodeSpec &node : nodes) {
        QString prompt;
        switch (loginSecretFor(node, options)) {
        case LoginSecret::None:
            continue;
        case LoginSecret::Password:
            prompt = QCoreApplication::translate("tkeci::NodeSteps", "password of %1@%2: ")
                         .arg(node.user, node.ip);
            break;
        case LoginSecret::KeyPassphrase:
            prompt = QCoreApplication::translate(
                "tkeci::NodeSteps", "passphrase of the key for %1@%2: ")
                         .arg(node.user, node.ip);
            break;
        }
        QString answer = askSecret(prompt);
        secrets.insert(node.ip, answer.toUtf8());
        answer.fill(u'\0');
    }
    return secrets;
}

void clearNodeSecrets(NodeSecrets &secrets)
{
    for (QByteArray &s : secrets)
        s.fill('\0');
    secrets.clear();
}

std::optional<QStringList> editControllerManagers(
    const ClusterCommandOptions &options, const InstallPlan &plan)
{
    const QList<NodeSpec> masters = plan.masters();
    consoleOut() << QCoreApplication::translate("tkeci::NodeSteps",
        "overlay: kube-controller-manager needs %1 on every master; reading %2 over SSH")
                        .arg(overlayControllerManagerFlags().join(u' '), kControllerManagerManifest)
                 << Qt::endl;
    NodeSecrets secrets = askNodeSecrets(masters, options.ssh);
    const QList<MasterEditPlan> plans
        = planControllerManagerEdits(masters, options.ssh, secrets, nullptr);
    bool readable = true;
    int toChange = 0;
    for (const MasterEditPlan &p : plans) {
        if (!p.edit.error.isEmpty()) {
            consoleErr()
                << QCoreApplication::translate("tkeci::NodeSteps", "error: %1").arg(p.edit.error)
                << Qt::endl;
            readable = false;
        } else if (!p.edit.changed) {
            consoleOut() << QCoreApplication::translate(
                "tkeci::NodeSteps", "%1: the flags are already right")
                                .arg(p.node.ip)
                         << Qt::endl;
        } else {
            ++toChange;
            consoleOut()
                << QStringLiteral("--- %1:%2\n+++ %1:%2").arg(p.node.ip, kControllerManagerManifest)
                << Qt::endl;
            for (const QString &line : p.edit.diff)
                consoleOut() << line << Qt::endl;
        }
    }
    if (!readable) {
        clearNodeSecrets(secrets);
        consoleErr() << QCoreApplication::translate("tkeci::NodeSteps",
            "nothing was applied; fix the masters' access, or pass --skip-controller-manager "
            "if you set these flags yourself")
                     << Qt::endl;
        return std::nullopt;
    }
    if (toChange == 0) {
        clearNodeSecrets(secrets);
        return QStringList();
    }
    const QString question = QCoreApplication::translate("tkeci::NodeSteps",
        "edit kube-controller-manager on %n master(s) as shown (the original is kept as %1)?",
        nullptr, toChange)
                                 .arg(controllerManagerBackupPath(kControllerManagerManifest));
    const bool agreed = options.yes || (stdinIsTerminal() && askYesNo(question));
    if (!agreed) {
        clearNodeSecrets(secrets);
        consoleErr() << QCoreApplication::translate("tkeci::NodeSteps",
            "no master was touched and nothing was applied (pass --yes to agree on a "
            "non-interactive input, or --skip-controller-manager to set the flags yourself)")
                     << Qt::endl;
        return std::nullopt;
    }
    const QList<NodeStepResult> results
        = applyControllerManagerEdits(plans, options.ssh, secrets, nullptr);
    printResults(results,
        QCoreApplication::translate("tkeci::NodeSteps", "%1: kube-controller-manager edited"));
    QStringList edited;
    QList<NodeSpec> toRestore;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (results[i].ok() && !results[i].details.isEmpty()) {
            edited.append(results[i].node);
            toRestore.append(plans[i].node);
        }
    }
    if (!allOk(results)) {
        // One master without the flags is worse than none: put the others back.
        printResults(restoreControllerManagers(toRestore, options.ssh, secrets, nullptr),
            QCoreApplication::translate(
                "tkeci::NodeSteps", "%1: kube-controller-manager put back"));
        clearNodeSecrets(secrets);
        consoleErr() << QCoreApplication::translate("tkeci::NodeSteps", "nothing was applied")
                     << Qt::endl;
        return std::nullopt;
    }
    clearNodeSecrets(secrets);
    return edited;
}

bool restoreNodes(const ClusterCommandOptions &options, const InstallPlan &plan)
{
    const QList<NodeSpec> masters = plan.masters();
    const QList<NodeSpec> &nodes = options.cleanNodes ? plan.nodes : masters;
    NodeSecrets secrets = askNodeSecrets(nodes, options.ssh);
    const QList<NodeStepResult> restored
        = restoreControllerManagers(masters, options.ssh, secrets, nullptr);
    for (const NodeStepResult &r : restored) {
        if (r.ok() && r.details.isEmpty())
            consoleOut() << QCoreApplication::translate(
                "tkeci::NodeSteps", "%1: no kube-controller-manager backup, nothing to put back")
                                .arg(r.node)
                         << Qt::endl;
    }
    QList<NodeStepResult> withBackup;
    std::copy_if(restored.cbegin(), restored.cend(), std::back_inserter(withBackup),
        [](const NodeStepResult &r) { return !r.ok() || !r.details.isEmpty(); });
    printResults(withBackup,
        QCoreApplication::translate("tkeci::NodeSteps", "%1: kube-controller-manager put back"));
    bool ok = allOk(restored);
    if (options.cleanNodes) {
        const QList<NodeStepResult> cleaned
            = cleanUpNodes(plan.nodes, options.ssh, secrets, nullptr);
        printResults(cleaned,
            QCoreApplication::translate(
                "tkeci::NodeSteps", "%1: Cilium's links and CNI files removed"));
        ok = ok && allOk(cleaned);
    }
    clearNodeSecrets(secrets);
    return ok;
}

} // namespace tkeci
