#include "UninstallNodeSteps.h"

#include "NodeSecretsDialog.h"

namespace tkeci {

UninstallNodeSteps::UninstallNodeSteps(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    connect(&m_runner, &NodeStepRunner::stepFinished, this, &UninstallNodeSteps::stepFinished);
}

UninstallNodeSteps::~UninstallNodeSteps()
{
    cancel();
}

void UninstallNodeSteps::start(
    const QList<NodeSpec> &restore, const QList<NodeSpec> &clean, const PreflightOptions &options)
{
    cancel();
    m_restore = restore;
    m_clean = clean;
    m_options = options;
    m_ok = true;
    // One question per node, whichever steps it is in.
    QList<NodeSpec> nodes = restore;
    for (const NodeSpec &n : clean) {
        if (std::none_of(
                nodes.cbegin(), nodes.cend(), [&n](const NodeSpec &m) { return m.ip == n.ip; }))
            nodes.append(n);
    }
    const QList<SecretRequest> asked = NodeSecretsDialog::forLogin(nodes, options);
    if (asked.isEmpty()) {
        m_phase = Phase::Asking;
        next();
        return;
    }
    m_phase = Phase::Asking;
    auto *dialog = new NodeSecretsDialog(asked, NodeSecretsDialog::Purpose::Ssh, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose); // its fields are cleared as it goes
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int answer) {
        m_dialog.clear();
        if (answer != QDialog::Accepted) {
            for (const NodeSpec &n : std::as_const(m_restore))
                Q_EMIT nodeDone(
                    n.ip, tr("not put back: no password or passphrase was given"), false);
            m_ok = false;
            finish();
            return;
        }
        m_secrets = dialog->secrets();
        next();
    });
    dialog->open();
}

void UninstallNodeSteps::next()
{
    if (m_phase == Phase::Asking && !m_restore.isEmpty()) {
        m_phase = Phase::Restoring;
        m_runner.restore(m_restore, m_options, m_secrets);
    } else if (m_phase != Phase::Cleaning && !m_clean.isEmpty()) {
        m_phase = Phase::Cleaning;
        m_runner.cleanUp(m_clean, m_options, m_secrets);
    } else {
        finish();
    }
}

void UninstallNodeSteps::stepFinished(const QList<NodeStepResult> &results)
{
    if (m_phase != Phase::Restoring && m_phase != Phase::Cleaning)
        return;
    const bool restoring = m_phase == Phase::Restoring;
    for (const NodeStepResult &r : results) {
        m_ok = m_ok && r.ok();
        QString outcome;
        if (!r.ok())
            outcome = r.error;
        else if (restoring)
            outcome = r.details.isEmpty()
                ? tr("no kube-controller-manager backup, nothing to put back")
                : tr("kube-controller-manager put back");
        else
            outcome = r.details.isEmpty()
                ? tr("no Cilium links or CNI files found")
                : tr("removed: %1").arg(r.details.join(QStringLiteral(", ")));
        Q_EMIT nodeDone(r.node, outcome, r.ok());
    }
    next();
}

void UninstallNodeSteps::finish()
{
    m_phase = Phase::Idle;
    for (QByteArray &s : m_secrets)
        s.fill('\0');
    m_secrets.clear();
    Q_EMIT finished(m_ok);
}

void UninstallNodeSteps::cancel()
{
    m_runner.cancel();
    if (QDialog *dialog = m_dialog.data()) {
        m_dialog.clear();
        dialog->disconnect(this);
        dialog->close();
    }
    m_phase = Phase::Idle;
    for (QByteArray &s : m_secrets)
        s.fill('\0');
    m_secrets.clear();
}

} // namespace tkeci
