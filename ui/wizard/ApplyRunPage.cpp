#include "ApplyRunPage.h"

#include "WizardState.h"
#include "apply/ExistingRunPanel.h"
#include "apply/NewClusterFiles.h"
#include "apply/NewClusterPanel.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace tkeci {

ApplyRunPage::ApplyRunPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    // A commit page too: the Finish page must not lead back here, where Next would run again.
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_existing = new ExistingRunPanel(m_stack);
    m_newCluster = new NewClusterPanel(m_stack);
    m_stack->addWidget(m_existing);
    m_stack->addWidget(m_newCluster);
    layout->addWidget(m_stack);
    connect(m_existing, &ExistingRunPanel::ended, this, &ApplyRunPage::ended);
    connect(m_newCluster, &NewClusterPanel::ended, this, &ApplyRunPage::ended);
    retranslate();
}

void ApplyRunPage::initializePage()
{
    m_ended = false;
    m_state.applied = true;
    m_state.connectivity.reset();
    if (!m_state.access)
        return;
    if (m_state.config.target() == Target::NewCluster) {
        m_stack->setCurrentWidget(m_newCluster);
        if (!m_state.filledClusterFile)
            return;
        // Taken out of the state: the credentials live in the run only.
        NewClusterPanel::Inputs in;
        in.clusterFile = std::move(*m_state.filledClusterFile);
        m_state.filledClusterFile.reset();
        in.globalCluster = *m_state.access;
        in.options = m_state.newClusterOptions;
        in.plan = m_state.config.plan();
        const ManifestSet reviewed = m_state.edits.effective();
        // TKEStack deploys its own Cilium; the installer sends only the files the operator
        // changed, once the cluster runs (the Review and Apply pages said which).
        const NewClusterFiles split = newClusterFiles(m_state.edits.generated(), reviewed);
        in.installerFiles = split.sentByInstaller;
        in.tkeStackFiles = split.deployedByTkeStack;
        in.verificationFiles = reviewed.filesFor(ManifestDestination::Verification);
        m_newCluster->start(std::move(in));
    } else {
        m_stack->setCurrentWidget(m_existing);
        const ManifestSet set = m_state.edits.effective();
        m_existing->setMasterAccess(m_state.ssh, !m_state.skipControllerManager);
        m_existing->start(*m_state.access, m_state.installOptions, m_state.existingRunPlan(),
            m_state.existingRunFiles(), set.filesFor(ManifestDestination::Verification));
    }
    retranslate();
}

bool ApplyRunPage::isComplete() const
{
    return m_ended;
}

bool ApplyRunPage::failed() const
{
    // An error or a failed connectivity check; a stop is the operator's choice, not a failure.
    const auto failedRun = [](const auto &r) {
        return r.error.has_value() || (r.connectivity && !r.connectivity->ok());
    };
    if (!m_ended)
        return false;
    if (m_state.config.target() == Target::NewCluster)
        return m_state.newClusterOutcome && failedRun(*m_state.newClusterOutcome);
    return m_state.existingOutcome && failedRun(*m_state.existingOutcome);
}

void ApplyRunPage::stop()
{
    m_existing->stop();
    m_newCluster->stop();
}

void ApplyRunPage::ended()
{
    m_ended = true;
    if (m_stack->currentWidget() == m_existing && m_existing->result()) {
        const ExistingInstallResult &r = *m_existing->result();
        m_state.connectivity = r.connectivity;
        m_state.existingOutcome = r;
    } else if (m_newCluster->result()) {
        const NewClusterInstallResult &r = *m_newCluster->result();
        m_state.connectivity = r.connectivity;
        m_state.newClusterOutcome = r;
    }
    Q_EMIT completeChanged();
    Q_EMIT failedChanged();
}

void ApplyRunPage::retranslate()
{
    setTitle(tr("Applying"));
    setSubTitle(m_state.config.target() == Target::NewCluster
            ? tr("The Cluster object on the global cluster, and TKEStack's progress with it.")
            : tr("Each step as it happens. Stop ends the run; what was applied stays on "
                 "record."));
    setButtonText(QWizard::CommitButton, tr("&Next >"));
}

} // namespace tkeci
