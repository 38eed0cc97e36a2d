#include "ControllerManagerStep.h"

#include "ControllerManagerDialog.h"
#include "NodeSecretsDialog.h"

namespace tkeci {

ControllerManagerStep::ControllerManagerStep(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{ }

ControllerManagerStep::~ControllerManagerStep()
{
    close();
}

ControllerManagerDialog *ControllerManagerStep::diffDialog() const
{
    return qobject_cast<ControllerManagerDialog *>(m_dialog.data());
}

void ControllerManagerStep::attach(ControllerManagerChange &change)
{
    ControllerManagerChange *run = &change;
    connect(run, &ControllerManagerChange::phaseChanged, this,
        [this, run](ControllerManagerPhase p) { Q_EMIT progress(run->phaseText(p)); });
    connect(run, &ControllerManagerChange::masterDone, this,
        [this](const NodeStepEvent &e) { Q_EMIT logLine(nodeStepLine(e)); });
    connect(run, &ControllerManagerChange::secretsNeeded, this,
        [this, run](const QList<SecretRequest> &requests) {
            m_dialog = NodeSecretsDialog::openForSsh(
                m_dialogParent, requests, run, [run](std::optional<NodeSecrets> secrets) {
                    if (secrets)
                        run->provideSecrets(*secrets);
                    else
                        run->declineSecrets();
                });
        });
    connect(run, &ControllerManagerChange::consentNeeded, this,
        [this, run](const MasterEditQuestion &question) {
            auto *dialog = new ControllerManagerDialog(question.plans, m_dialogParent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_dialog = dialog;
            connect(dialog, &QDialog::finished, run, [run](int answer) {
                run->answer(
                    answer == QDialog::Accepted ? MasterEditAnswer::Edit : MasterEditAnswer::Stop);
            });
            dialog->open();
        });
    connect(run, &ControllerManagerChange::finished, this, [this] { m_dialog.clear(); });
}

void ControllerManagerStep::close()
{
    if (QDialog *dialog = m_dialog.data()) {
        m_dialog.clear();
        dialog->disconnect();
        dialog->close(); // deleted on close; a secrets dialog clears its fields
    }
}

} // namespace tkeci
