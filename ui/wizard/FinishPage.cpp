#include "FinishPage.h"

#include "WizardState.h"
#include "apply/UninstallPanel.h"
#include "apply/VerdictList.h"
#include "edit/ManifestDigest.h"
#include "exporting/ExportWriter.h"
#include "wizard/ProfileEdits.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tkeci {

FinishPage::FinishPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *exportRow = new QHBoxLayout;
    m_exportAgain = new QPushButton(this);
    m_exportAgain->hide();
    exportRow->addWidget(m_exportAgain);
    exportRow->addStretch(1);
    layout->addLayout(exportRow);
    connect(m_exportAgain, &QPushButton::clicked, this, &FinishPage::exportAgain);
    m_verdictTitle = new QLabel(this);
    layout->addWidget(m_verdictTitle);
    m_verdicts = new VerdictList(this);
    layout->addWidget(m_verdicts, 2);
    m_uninstallTitle = new QLabel(this);
    m_uninstallTitle->setWordWrap(true);
    layout->addWidget(m_uninstallTitle);
    m_uninstall = new UninstallPanel(this);
    layout->addWidget(m_uninstall, 1);
    layout->addStretch(0);
    retranslate();
}

void FinishPage::initializePage()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("last-profile.yaml"));
    const ProfileSaveResult saved = saveProfileWithEdits(m_state.config, m_state.edits, path);
    m_saveError = saved.error.isEmpty() ? saved.edits.error : saved.error;
    m_savedEdits = saved.edits.saved;
    m_withheldEdits = saved.edits.withheld;
    if (saved.error.isEmpty()) {
        m_state.savedProfile = path;
        QSettings().setValue(QStringLiteral("lastProfile"), path);
    }
    if (saved.ok() && saved.edits.withheld.isEmpty())
        m_state.keptEdits = editsDigest(m_state.edits);
    m_verdicts->clear();
    if (m_state.connectivity)
        m_verdicts->setResult(*m_state.connectivity);
    m_verdictTitle->setVisible(m_state.connectivity.has_value());
    m_verdicts->setVisible(m_state.connectivity.has_value());
    // Uninstall removes what an apply recorded in the inventory: an existing cluster's install.
    const bool canUninstall
        = m_state.applied && m_state.access && m_state.config.target() == Target::ExistingCluster;
    m_uninstall->setAccess(
        canUninstall ? m_state.access : std::nullopt, m_state.installOptions.inventoryFile);
    m_uninstall->setNodes(m_state.config.plan(), m_state.ssh,
        m_state.config.target() == Target::ExistingCluster && !m_state.skipControllerManager);
    m_uninstallTitle->setVisible(canUninstall);
    retranslate();
}

bool FinishPage::exportIsCurrent() const
{
    return manifestSetDigest(m_state.edits.effective()) == m_state.exportedManifests;
}

void FinishPage::exportAgain()
{
    const ManifestSet set = m_state.edits.effective();
    const QString &path = m_state.exportedTo;
    m_exportError = m_state.exportedBundle ? writeExportBundle(set, m_state.config.plan(), path)
                                           : writeExportFolder(set, m_state.config.plan(), path);
    if (m_exportError.isEmpty()) {
        m_state.exportedManifests = manifestSetDigest(set);
        m_state.keptEdits = editsDigest(m_state.edits);
    }
    retranslate();
}

QString FinishPage::applyOutcomeText() const
{
    if (const auto &r = m_state.existingOutcome) {
        if (r->error)
            return tr("Apply stopped: %1").arg(r->error->message);
        if (r->stop)
            return tr("Apply stopped: %1")
                .arg(installStopText(r->failedStep.value_or(InstallStep::Apply), *r->stop));
        return tr("Applied: %1 created, %2 configured, %3 unchanged.")
            .arg(r->apply.created)
            .arg(r->apply.configured)
            .arg(r->apply.unchanged);
    }
    if (const auto &r = m_state.newClusterOutcome) {
        if (r->ok())
            return tr("The new cluster %1 is Running.").arg(r->clusterName);
        if (r->stopped)
            return tr("You stopped following the new cluster %1; TKEStack goes on installing it.")
                .arg(r->clusterName);
        return tr("The new cluster is not running (phase %1): %2")
            .arg(r->phase.isEmpty() ? QStringLiteral("-") : r->phase,
                r->error ? r->error->message : QString());
    }
    return QString();
}

void FinishPage::retranslate()
{
    setTitle(tr("Finished"));
    setSubTitle(tr("Summary of this run."));
    const InstallPlan &plan = m_state.config.plan();
    QString cni = QStringLiteral("Galaxy");
    if (plan.isCilium())
        cni = tr("Cilium %1, network mode %2")
                  .arg(plan.ciliumVersion,
                      plan.isUnderlay() ? tr("Underlay (BGP, ASN %1, switch IP %2)")
                                              .arg(plan.underlay.asn)
                                              .arg(plan.underlay.switchIP)
                                        : tr("Overlay (VXLAN)"));
    QString ha = tr("none");
    if (plan.haType == HaType::Tke)
        ha = tr("TKE built-in VIP %1").arg(plan.vip);
    else if (plan.haType == HaType::ThirdParty)
        ha = tr("load balancer %1:%2").arg(plan.vip).arg(plan.vport);
    QStringList items {tr("CNI: %1").arg(cni), tr("HA: %1").arg(ha),
        tr("Nodes: %1 master(s), %2 worker(s)")
            .arg(plan.masters().size())
            .arg(plan.workers().size())};
    const QStringList edited = m_state.edits.editedFiles();
    if (!edited.isEmpty())
        items.append(tr("Edited manifests: %1").arg(edited.join(QStringLiteral(", "))));
    // A bundle written before the latest edit would be carried to an offline site as if it
    // were what was reviewed; it is said plainly, with the way to write it again.
    const bool exportStale = !m_state.exportedTo.isEmpty() && !exportIsCurrent();
    if (m_state.exportedTo.isEmpty())
        items.append(tr("No files were exported."));
    else if (!exportStale)
        items.append(tr("Files written to: %1").arg(m_state.exportedTo.toHtmlEscaped()));
    else
        items.append(QStringLiteral("<b>")
            + tr("OUT OF DATE: the files written to %1 were exported before your latest "
                 "changes to the manifests and do not hold them: export them again with the "
                 "button below.")
                  .arg(m_state.exportedTo.toHtmlEscaped())
            + QStringLiteral("</b>"));
    if (!m_exportError.isEmpty())
        items.append(tr("Exporting again failed: %1").arg(m_exportError.toHtmlEscaped()));
    m_exportAgain->setVisible(exportStale);
    m_exportAgain->setText(tr("E&xport again to the same place"));
    items.append(m_state.applied ? applyOutcomeText().toHtmlEscaped()
                                 : tr("Nothing was applied from the wizard."));
    if (m_state.connectivity)
        items.append(m_state.connectivity->ok() ? tr("Connectivity check: passed.")
                                                : tr("Connectivity check: FAILED (see below)."));
    if (!m_state.savedProfile.isEmpty()) {
        items.append(tr("Your answers were saved for next time (no passwords or keys): %1")
                         .arg(m_state.savedProfile.toHtmlEscaped()));
        if (!m_savedEdits.isEmpty())
            items.append(tr("Your edits of %1 were saved beside it, in %2; opening the profile "
                            "brings them back.")
                             .arg(m_savedEdits.join(QStringLiteral(", ")).toHtmlEscaped(),
                                 manifestEditsFolder(m_state.savedProfile).toHtmlEscaped()));
        if (!m_withheldEdits.isEmpty())
            items.append(tr("Your edits of %1 were not saved: they hold a password, key or "
                            "token, and nothing saved for next time ever does.")
                             .arg(m_withheldEdits.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    if (!m_saveError.isEmpty())
        items.append(tr("The answers could not be saved: %1").arg(m_saveError.toHtmlEscaped()));
    m_verdictTitle->setText(tr("Connectivity check (Cilium's, as TKEStack proves an install):"));
    m_uninstallTitle->setText(tr("To take the installation off the cluster again (objects in "
                                 "reverse order, underlay labels, and over SSH the masters' "
                                 "kube-controller-manager backups):"));
    m_summary->setText(QStringLiteral("<ul><li>") + items.join(QStringLiteral("</li><li>"))
        + QStringLiteral("</li></ul>"));
}

} // namespace tkeci
