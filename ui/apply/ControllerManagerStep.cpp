#include "ControllerManagerStep.h"

#include "ControllerManagerDialog.h"
#include "NodeSecretsDialog.h"
#include "apply/ControllerManagerUpdate.h"

namespace tkeci {
namespace {

KubeError stepError(const QString &message)
{
    return KubeError {KubeError::Kind::Config, 0, message, QString()};
}

} // namespace

ControllerManagerStep::ControllerManagerStep(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    connect(&m_runner, &NodeStepRunner::editsPlanned, this, &ControllerManagerStep::planned);
    connect(&m_runner, &NodeStepRunner::stepFinished, this, &ControllerManagerStep::stepFinished);
}

ControllerManagerStep::~ControllerManagerStep()
{
    cancel();
}

ControllerManagerDialog *ControllerManagerStep::diffDialog() const
{
    return qobject_cast<ControllerManagerDialog *>(m_dialog.data());
}

void ControllerManagerStep::start(
    const QList<NodeSpec> &masters, const PreflightOptions &options, Done done)
{
    cancel();
    m_masters = masters;
    m_options = options;
    m_done = std::move(done);
    const QList<SecretRequest> asked = NodeSecretsDialog::forLogin(masters, options);
    if (asked.isEmpty()) {
        plan();
        return;
    }
    m_phase = Phase::Asking;
    Q_EMIT progress(tr("The masters' SSH logins need a password or passphrase."));
    auto *dialog = new NodeSecretsDialog(asked, NodeSecretsDialog::Purpose::Ssh, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose); // its fields are cleared as it goes
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int answer) {
        m_dialog.clear();
        if (answer != QDialog::Accepted) {
            finish(stepError(tr("No password or passphrase was given for the masters: no master "
                                "was touched and nothing was applied.")));
            return;
        }
        m_secrets = dialog->secrets();
        plan();
    });
    dialog->open();
}

void ControllerManagerStep::plan()
{
    m_phase = Phase::Planning;
    Q_EMIT progress(tr("Reading %1 on %n master(s) over SSH…", nullptr, int(m_masters.size()))
                        .arg(kControllerManagerManifest));
    m_runner.planEdits(m_masters, m_options, m_secrets);
}

void ControllerManagerStep::planned(const QList<MasterEditPlan> &plans)
{
    if (m_phase != Phase::Planning)
        return;
    m_plans = plans;
    bool clean = true;
    bool toChange = false;
    for (const MasterEditPlan &p : plans) {
        if (!p.edit.error.isEmpty()) {
            Q_EMIT logLine(tr("%1: %2").arg(p.node.ip, p.edit.error));
            clean = false;
        } else if (!p.edit.changed) {
            Q_EMIT logLine(
                tr("%1: kube-controller-manager's flags are already right").arg(p.node.ip));
        } else {
            toChange = true;
        }
    }
    if (clean && !toChange) { // every master is already right: nothing to ask
        finish(std::nullopt);
        return;
    }
    m_phase = Phase::Consent;
    Q_EMIT progress(clean ? tr("Read the change to kube-controller-manager, then edit the masters "
                               "or stop.")
                          : tr("A master could not be read: see the dialog."));
    auto *dialog = new ControllerManagerDialog(plans, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this](int answer) {
        m_dialog.clear();
        if (answer != QDialog::Accepted) {
            finish(stepError(tr("kube-controller-manager was not changed on the masters: no "
                                "master was touched and nothing was applied.")));
            return;
        }
        m_phase = Phase::Editing;
        Q_EMIT progress(tr("Editing kube-controller-manager on the masters…"));
        m_runner.applyEdits(m_plans, m_options, m_secrets);
    });
    dialog->open();
}

void ControllerManagerStep::stepFinished(const QList<NodeStepResult> &results)
{
    if (m_phase == Phase::Editing) {
        edited(results);
        return;
    }
    if (m_phase != Phase::Restoring)
        return;
    for (const NodeStepResult &r : results) {
        Q_EMIT logLine(r.ok() ? tr("%1: kube-controller-manager put back").arg(r.node)
                              : tr("%1: could not be put back: %2").arg(r.node, r.error));
    }
    finish(stepError(m_failure));
}

void ControllerManagerStep::edited(const QList<NodeStepResult> &results)
{
    QStringList edited;
    QList<NodeSpec> toRestore;
    QStringList failed;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const NodeStepResult &r = results[i];
        if (!r.ok()) {
            failed.append(r.node);
            Q_EMIT logLine(tr("%1: %2").arg(r.node, r.error));
        } else if (!r.details.isEmpty()) {
            edited.append(r.node);
            toRestore.append(m_plans[i].node);
            Q_EMIT logLine(
                tr("%1: kube-controller-manager edited, the original kept as %2")
                    .arg(r.node, controllerManagerBackupPath(kControllerManagerManifest)));
        }
    }
    if (failed.isEmpty()) {
        finish(std::nullopt, edited);
        return;
    }
    // One master without the flags is worse than none: the others go back as they were.
    m_failure = tr("kube-controller-manager could not be edited on %1 (see the Log tab); the "
                   "masters already edited are put back and nothing was applied.")
                    .arg(failed.join(QStringLiteral(", ")));
    if (toRestore.isEmpty()) {
        finish(stepError(m_failure));
        return;
    }
    m_phase = Phase::Restoring;
    Q_EMIT progress(
        tr("Putting kube-controller-manager back on %1…").arg(edited.join(QStringLiteral(", "))));
    m_runner.restore(toRestore, m_options, m_secrets);
}

void ControllerManagerStep::finish(std::optional<KubeError> error, const QStringList &edited)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    m_phase = Phase::Idle;
    for (QByteArray &s : m_secrets)
        s.fill('\0');
    m_secrets.clear();
    m_plans.clear();
    if (done)
        done(std::move(error), edited);
}

void ControllerManagerStep::cancel()
{
    m_runner.cancel();
    m_done = nullptr; // the run it would answer is gone
    closeDialog();
    finish(std::nullopt);
}

void ControllerManagerStep::closeDialog()
{
    if (QDialog *dialog = m_dialog.data()) {
        m_dialog.clear();
        dialog->disconnect(this);
        dialog->close(); // deleted on close; a secrets dialog clears its fields
    }
}

} // namespace tkeci
