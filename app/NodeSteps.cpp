// The command line's face of the runs that change nodes over SSH: secrets from the terminal,
// the diff and the consent before a master is touched, a line per node.
#include "NodeSteps.h"

#include "ClusterCommands.h"
#include "Console.h"

#include "apply/ControllerManagerChange.h"
#include "apply/ControllerManagerUpdate.h"

#include <QCoreApplication>

namespace tkeci {

NodeSecrets askNodeSecrets(const QList<SecretRequest> &requests)
{
    NodeSecrets secrets;
    for (const SecretRequest &r : requests) {
        QString answer = askSecret(secretPromptText(r) + u' ');
        secrets.insert(r.node.ip, answer.toUtf8());
        answer.fill(u'\0');
    }
    return secrets;
}

void answerOnTerminal(ControllerManagerChange &change, const ClusterCommandOptions &options)
{
    QObject::connect(
        &change, &ControllerManagerChange::phaseChanged, [&change](ControllerManagerPhase phase) {
            if (phase != ControllerManagerPhase::Asking && phase != ControllerManagerPhase::Consent)
                consoleOut() << change.phaseText(phase) << Qt::endl;
        });
    QObject::connect(&change, &ControllerManagerChange::secretsNeeded,
        [&change](const QList<SecretRequest> &requests) {
            NodeSecrets secrets = askNodeSecrets(requests);
            change.provideSecrets(secrets);
            wipeSecrets(secrets);
        });
    QObject::connect(&change, &ControllerManagerChange::masterDone, [](const NodeStepEvent &e) {
        (e.ok() ? consoleOut() : consoleErr()) << nodeStepLine(e) << Qt::endl;
    });
    QObject::connect(&change, &ControllerManagerChange::consentNeeded,
        [&change, &options](const MasterEditQuestion &question) {
            if (!question.readable()) {
                change.answer(MasterEditAnswer::Stop);
                return;
            }
            consoleOut() << change.phaseText(ControllerManagerPhase::Consent) << Qt::endl;
            for (const MasterEditPlan &p : question.plans) {
                if (!p.edit.changed)
                    continue;
                consoleOut() << QStringLiteral("--- %1:%2\n+++ %1:%2")
                                    .arg(p.node.ip, kControllerManagerManifest)
                             << Qt::endl;
                for (const QString &line : p.edit.diff)
                    consoleOut() << line << Qt::endl;
            }
            const QString ask = QCoreApplication::translate("tkeci::NodeSteps",
                "edit kube-controller-manager on %n master(s) as shown (the original is kept "
                "as %1)?",
                nullptr, question.toChange())
                                    .arg(controllerManagerBackupPath(kControllerManagerManifest));
            const bool agreed = options.yes || (stdinIsTerminal() && askYesNo(ask));
            if (!agreed && !stdinIsTerminal())
                consoleErr() << QCoreApplication::translate("tkeci::NodeSteps",
                    "not asking on a non-interactive input: pass --yes to agree")
                             << Qt::endl;
            change.answer(agreed ? MasterEditAnswer::Edit : MasterEditAnswer::Stop);
        });
}

} // namespace tkeci
