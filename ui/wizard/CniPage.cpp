#include "CniPage.h"

#include "PageId.h"
#include "WizardState.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tkeci {

CniPage::CniPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_group = new QButtonGroup(this);
    m_cilium = new QRadioButton(this);
    m_galaxy = new QRadioButton(this);
    m_ciliumNote = new QLabel(this);
    m_galaxyNote = new QLabel(this);
    for (QLabel *l : {m_ciliumNote, m_galaxyNote}) {
        l->setWordWrap(true);
        l->setIndent(24);
    }
    m_group->addButton(m_cilium, int(Cni::Cilium));
    m_group->addButton(m_galaxy, int(Cni::Galaxy));
    layout->addWidget(m_cilium);
    layout->addWidget(m_ciliumNote);
    layout->addWidget(m_galaxy);
    layout->addWidget(m_galaxyNote);
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this,
        [this](int id) { m_state.config.setCni(Cni(id)); });
    retranslate();
}

void CniPage::initializePage()
{
    m_group->button(int(m_state.config.cni()))->setChecked(true);
}

int CniPage::nextId() const
{
    return m_state.config.plan().isCilium() ? NetworkModePageId : HaPageId;
}

void CniPage::retranslate()
{
    setTitle(tr("CNI"));
    setSubTitle(tr("The network plugin of the cluster."));
    m_cilium->setText(tr("&Cilium"));
    m_ciliumNote->setText(tr("eBPF networking, Overlay (VXLAN) or Underlay (BGP). This is what "
                             "this installer sets up."));
    m_galaxy->setText(tr("&Galaxy (TKEStack default)"));
    m_galaxyNote->setText(tr("TKEStack's own CNI. The Cilium pages (network mode, preflight) are "
                             "skipped; only the Cluster object is written."));
}

} // namespace tkeci
