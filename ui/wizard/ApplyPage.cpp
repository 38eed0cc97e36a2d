#include "ApplyPage.h"

#include "ApplyConfirmation.h"
#include "WizardState.h"
#include "apply/ChangePreviewDialog.h"
#include "apply/KubeAccessPicker.h"
#include "apply/MachineCredentials.h"
#include "apply/NewClusterFiles.h"
#include "apply/NodeCoveragePanel.h"
#include "apply/NodeSecretsDialog.h"
#include "apply/PlatformVersionPicker.h"
#include "render/ManifestRenderer.h"
#include "widgets/StatusTone.h"
#include "yaml/YamlNode.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace tkeci {

ApplyPage::ApplyPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_picker = new KubeAccessPicker(this);
    layout->addWidget(m_picker);
    m_versions = new PlatformVersionPicker(this);
    layout->addWidget(m_versions);
    connect(m_versions, &PlatformVersionPicker::stateChanged, this, &ApplyPage::completeChanged);
    connect(m_versions, &PlatformVersionPicker::versionChosen, this, &ApplyPage::useVersion);
    m_coverage = new NodeCoveragePanel(this);
    layout->addWidget(m_coverage);
    connect(m_coverage, &NodeCoveragePanel::stateChanged, this, [this] {
        m_state.keptOffNodes = m_coverage->keptOff();
        Q_EMIT completeChanged();
    });
    m_steps = new QTreeWidget(this);
    m_steps->setColumnCount(3);
    m_steps->setRootIsDecorated(true);
    m_steps->header()->setStretchLastSection(true);
    layout->addWidget(m_steps, 1);
    m_preview = new QPushButton(this);
    layout->addWidget(m_preview, 0, Qt::AlignLeft);
    connect(m_preview, &QPushButton::clicked, this, &ApplyPage::openPreview);
    m_skipControllerManager = new QCheckBox(this);
    layout->addWidget(m_skipControllerManager);
    connect(m_skipControllerManager, &QCheckBox::toggled, this,
        [this](bool on) { m_state.skipControllerManager = on; });
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    setLabelTone(m_problem, Tone::Bad);
    m_problem->hide();
    layout->addWidget(m_problem);
    connect(m_picker, &KubeAccessPicker::accessChanged, this, &ApplyPage::accessChanged);
    retranslate();
}

void ApplyPage::initializePage()
{
    m_picker->choose(m_state.cluster);
    m_problem->hide();
    accessChanged();
    // Overlay on an existing cluster edits kube-controller-manager on the masters over SSH,
    // unless the operator did it already.
    const InstallPlan &plan = m_state.config.plan();
    m_skipControllerManager->setVisible(m_state.config.target() == Target::ExistingCluster
        && plan.isCilium() && !plan.isUnderlay());
    m_skipControllerManager->setChecked(m_state.skipControllerManager);
    fill();
    retranslate();
}

void ApplyPage::accessChanged()
{
    m_state.cluster = m_picker->choice();
    // A new cluster: the global cluster says which Kubernetes versions it offers before
    // anything is created there.
    if (m_state.config.target() == Target::NewCluster && m_picker->access())
        m_versions->check(*m_picker->access(), m_state.config.kubernetesVersion());
    else
        m_versions->clear();
    // An existing cluster: every node Cilium would run on is in the plan, or kept off.
    if (m_state.config.target() == Target::ExistingCluster && m_state.config.plan().isCilium()
        && m_picker->access())
        m_coverage->check(*m_picker->access(), m_state.config.plan(), m_state.keptOffNodes);
    else
        m_coverage->clear();
    m_preview->setVisible(m_state.config.target() == Target::ExistingCluster);
    m_preview->setEnabled(m_picker->access().has_value());
    Q_EMIT completeChanged();
}

void ApplyPage::openPreview()
{
    if (!m_picker->access())
        return;
    // The same files and plan the apply would send, against the cluster chosen now.
    auto *dialog = new ChangePreviewDialog(
        *m_picker->access(), m_state.existingRunFiles(), m_state.existingRunPlan(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_previewDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_previewDialog == dialog)
            m_previewDialog = nullptr;
    });
    dialog->start();
    dialog->open();
}

void ApplyPage::useVersion(const QString &version)
{
    m_state.config.setKubernetesVersion(version);
    // The Cluster file carries the version: rendered again (an edit of it is kept, and
    // marked as made for other answers).
    m_state.edits.setGenerated(renderManifests(m_state.config.plan()).manifests);
    m_versions->setPlanVersion(m_state.config.kubernetesVersion());
    fill();
}

bool ApplyPage::isComplete() const
{
    return m_picker->access().has_value() && !m_versions->blocksApply()
        && !m_coverage->blocksApply();
}

bool ApplyPage::validatePage()
{
    m_problem->hide();
    if (!m_picker->access())
        return false;
    if (m_state.config.target() == Target::NewCluster && !fillCredentials())
        return false;
    // Asked last, right before the run: one keystroke (Alt+A) never changes a cluster.
    if (!confirmed()) {
        m_state.filledClusterFile.reset(); // the credentials are not kept for a later try
        return false;
    }
    m_state.access = m_picker->access();
    return true;
}

bool ApplyPage::confirmed()
{
    const InstallPlan &plan = m_state.config.plan();
    const ManifestSet set = m_state.edits.effective();
    ApplySummary s;
    s.newCluster = m_state.config.target() == Target::NewCluster;
    s.clusterName = plan.displayName;
    s.server = m_picker->access()->server.toString();
    s.kubeconfig = m_picker->access()->source;
    s.context = m_picker->access()->contextName;
    QList<ManifestFile> sent = set.filesFor(ManifestDestination::GlobalCluster);
    if (s.newCluster)
        sent.append(newClusterFiles(m_state.edits.generated(), set).sentByInstaller);
    else
        sent.append(m_state.existingRunFiles());
    s.files = int(sent.size());
    for (const ManifestFile &f : sent)
        s.objects += int(ManifestSet::documents(f).size());
    if (!s.newCluster && plan.isUnderlay())
        s.labelledNodes = int(m_state.edits.generated().nodeLabels.size());
    if (!s.newCluster)
        s.keptOffNodes = m_state.keptOffNodes;
    if (!s.newCluster && plan.isCilium() && !plan.isUnderlay() && !m_state.skipControllerManager)
        s.editedMasters = int(plan.masters().size());
    // Custom buttons: exec()'s value is opaque, the clicked button says it.
    std::unique_ptr<QMessageBox> box(ApplyConfirmation::create(s, this));
    box->exec();
    return box->clickedButton() && box->clickedButton()->objectName() == QLatin1String("start");
}

bool ApplyPage::fillCredentials()
{
    const InstallPlan &plan = m_state.config.plan();
    const ManifestSet set = m_state.edits.effective();
    const ManifestFile *clusterFile = set.file(QStringLiteral("tkestack-cluster"));
    if (!clusterFile)
        return false;
    // Passwords, and passphrases of encrypted keys (TKEStack decrypts the key itself).
    QHash<QString, QString> passwords;
    if (const QList<SecretRequest> asked = NodeSecretsDialog::forTkestack(plan); !asked.isEmpty()) {
        NodeSecretsDialog dialog(asked, NodeSecretsDialog::Purpose::Tkestack, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        passwords = dialog.passwords();
    } // the dialog's fields are cleared here
    FilledManifest filled = fillMachineCredentials(*clusterFile, plan, passwords, QDir::homePath());
    for (QString &p : passwords)
        p.fill(QChar(0));
    passwords.clear();
    if (filled.error) {
        m_problem->setText(filled.error->message);
        m_problem->show();
        return false;
    }
    m_state.filledClusterFile = std::move(filled.file);
    return true;
}

void ApplyPage::fill()
{
    m_steps->clear();
    const ManifestSet set = m_state.edits.effective();
    const bool newCluster = m_state.config.target() == Target::NewCluster;
    // A new cluster: TKEStack installs the nodes and its own Cilium (EnsureCilium); this
    // program sends the Cluster object, then only the files the operator changed.
    const NewClusterFiles split
        = newCluster ? newClusterFiles(m_state.edits.generated(), set) : NewClusterFiles();
    int step = 1;
    for (const ManifestFile &f : set.files) {
        QString where;
        switch (f.destination) {
        case ManifestDestination::GlobalCluster:
            where = tr("TKEStack global cluster");
            break;
        case ManifestDestination::TargetCluster:
            if (!newCluster)
                where = tr("target cluster");
            else if (std::any_of(split.sentByInstaller.cbegin(), split.sentByInstaller.cend(),
                         [&f](const ManifestFile &s) { return s.name == f.name; }))
                where = tr("the new cluster, once it runs: your edited version, sent by this "
                           "program (server-side apply)");
            else
                where = tr("the new cluster: deployed by TKEStack itself (EnsureCilium), as "
                           "shown");
            break;
        case ManifestDestination::Verification:
            where = newCluster ? tr("the new cluster, for the connectivity check, then removed")
                               : tr("target cluster, for the connectivity check, then removed");
            break;
        }
        auto *item = new QTreeWidgetItem(m_steps, {QString::number(step++), f.fileName(), where});
        for (const YamlNode &doc : ManifestSet::documents(f)) {
            const YamlNode *kind = doc.path(QStringLiteral("kind"));
            const YamlNode *name = doc.path(QStringLiteral("metadata.name"));
            new QTreeWidgetItem(item,
                {QString(), kind ? kind->scalar() : QString(), name ? name->scalar() : QString()});
        }
    }
    m_steps->resizeColumnToContents(0);
    m_steps->resizeColumnToContents(1);
}

void ApplyPage::retranslate()
{
    setTitle(tr("Apply"));
    const bool newCluster = m_state.config.target() == Target::NewCluster;
    setSubTitle(newCluster ? tr("Create the cluster on TKEStack's global cluster.")
                           : tr("Install Cilium on the cluster."));
    m_note->setText(newCluster
            ? tr("Choose the kubeconfig of the TKEStack global cluster. \"Apply\" asks the "
                 "passwords of nodes that log in with one (and the passphrases of encrypted keys), "
                 "creates the Cluster object, follows it until it runs, adds the workers, then "
                 "applies the manifests you edited to the new cluster and runs the "
                 "connectivity check. This is the step that changes a cluster: there is no way "
                 "back from it.")
            : tr("Choose the kubeconfig of the cluster to install on. \"Apply\" checks for "
                 "another CNI, in overlay mode shows the change to kube-controller-manager on "
                 "the masters and asks before it edits them over SSH, applies these objects in "
                 "this order, waits for the rollout "
                 "and runs the connectivity check. This is the step that changes a cluster: "
                 "there is no way back from it."));
    m_steps->setHeaderLabels({tr("Step"), tr("File / kind"), tr("Cluster / name")});
    m_skipControllerManager->setText(
        tr("I set --allocate-node-cidrs=false and --configure-cloud-routes=false myself"));
    m_skipControllerManager->setToolTip(
        tr("On every master's kube-controller-manager. Unchecked, \"Apply\" reads each "
           "master's manifest over SSH, shows the change and asks before it edits it."));
    m_preview->setText(tr("&What will change..."));
    m_preview->setToolTip(tr("Asks the cluster what the apply would do to each object, with "
                             "a dry run: nothing is written."));
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    if (isVisible())
        fill();
}

} // namespace tkeci
