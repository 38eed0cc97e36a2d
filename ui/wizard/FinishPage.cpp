#include "FinishPage.h"

#include "WizardState.h"

#include <QDir>
#include <QLabel>
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
    layout->addStretch(1);
    retranslate();
}

void FinishPage::initializePage()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("last-profile.yaml"));
    m_saveError = m_state.config.saveProfile(path);
    if (m_saveError.isEmpty()) {
        m_state.savedProfile = path;
        QSettings().setValue(QStringLiteral("lastProfile"), path);
    }
    retranslate();
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
    items.append(m_state.exportedTo.isEmpty()
            ? tr("No files were exported.")
            : tr("Files written to: %1").arg(m_state.exportedTo.toHtmlEscaped()));
    items.append(tr("Nothing was applied from the wizard."));
    if (!m_state.savedProfile.isEmpty())
        items.append(tr("Your answers were saved for next time (no passwords or keys): %1")
                         .arg(m_state.savedProfile.toHtmlEscaped()));
    else if (!m_saveError.isEmpty())
        items.append(tr("The answers could not be saved: %1").arg(m_saveError.toHtmlEscaped()));
    m_summary->setText(QStringLiteral("<ul><li>") + items.join(QStringLiteral("</li><li>"))
        + QStringLiteral("</li></ul>"));
}

} // namespace tkeci
