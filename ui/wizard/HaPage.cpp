#include "HaPage.h"

#include "PageId.h"
#include "WizardState.h"
#include "widgets/FieldFeedback.h"
#include "widgets/NumberGuard.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tkeci {

HaPage::HaPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_group = new QButtonGroup(this);
    m_none = new QRadioButton(this);
    m_tke = new QRadioButton(this);
    m_thirdParty = new QRadioButton(this);
    m_noneNote = new QLabel(this);
    m_tkeNote = new QLabel(this);
    m_thirdPartyNote = new QLabel(this);
    m_group->addButton(m_none, int(HaType::None));
    m_group->addButton(m_tke, int(HaType::Tke));
    m_group->addButton(m_thirdParty, int(HaType::ThirdParty));
    const std::pair<QRadioButton *, QLabel *> rows[]
        = {{m_none, m_noneNote}, {m_tke, m_tkeNote}, {m_thirdParty, m_thirdPartyNote}};
    for (const auto &[button, label] : rows) {
        label->setWordWrap(true);
        label->setIndent(24);
        layout->addWidget(button);
        layout->addWidget(label);
    }
    auto *form = new QFormLayout;
    m_vipLabel = new QLabel(this);
    m_vip = new QLineEdit(this);
    m_vip->setPlaceholderText(QStringLiteral("10.0.0.100"));
    m_vipLabel->setBuddy(m_vip);
    m_vipReason = makeReasonLabel(this);
    m_vportLabel = new QLabel(this);
    m_vport = new GuardedSpinBox(this);
    m_vport->setRange(1, 65535);
    m_vportLabel->setBuddy(m_vport);
    m_vportReason = makeReasonLabel(this);
    form->addRow(m_vipLabel, fieldWithReason(m_vip, m_vipReason));
    form->addRow(m_vportLabel, fieldWithReason(m_vport, m_vportReason));
    layout->addLayout(form);
    layout->addStretch(1);
    m_vipFeedback
        = new FieldFeedback(m_state.config, m_vip, m_vipReason, {QStringLiteral("ha.vip")});
    m_vportFeedback
        = new FieldFeedback(m_state.config, m_vport, m_vportReason, {QStringLiteral("ha.vport")});

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_state.config.setHaType(HaType(id));
        updateVisibility();
    });
    connect(m_vip, &QLineEdit::textChanged, &m_state.config, &PlanConfig::setVip);
    connect(m_vport, &QSpinBox::valueChanged, &m_state.config, &PlanConfig::setVport);
    connect(m_vport, &GuardedSpinBox::refused, this, [this](const QString &value) {
        m_vportFeedback->showRefusal(problemMessage(
            outOfRange(QStringLiteral("ha.vport"), value, m_vport->minimum(), m_vport->maximum()),
            FieldNames::PageLabels));
    });
    connect(&m_state.config, &PlanConfig::changed, this, &HaPage::completeChanged);
    retranslate();
}

void HaPage::initializePage()
{
    m_group->button(int(m_state.config.haType()))->setChecked(true);
    m_vip->setText(m_state.config.vip());
    m_vport->setValue(m_state.config.vport());
    updateVisibility();
}

void HaPage::updateVisibility()
{
    const HaType type = m_state.config.haType();
    // The inputs sit in a field widget with their reason label; hide the whole field.
    m_vipLabel->setVisible(type != HaType::None);
    m_vip->parentWidget()->setVisible(type != HaType::None);
    m_vportLabel->setVisible(type == HaType::ThirdParty);
    m_vport->parentWidget()->setVisible(type == HaType::ThirdParty);
    m_vipFeedback->refresh();
    m_vportFeedback->refresh();
}

bool HaPage::isComplete() const
{
    return m_state.config.isValidUnder({QStringLiteral("ha")});
}

int HaPage::nextId() const
{
    return ClusterNetworkPageId;
}

void HaPage::retranslate()
{
    setTitle(tr("High availability"));
    setSubTitle(tr("How nodes and Cilium reach the Kubernetes API when a master is down."));
    m_none->setText(tr("N&one"));
    m_noneNote->setText(tr("The first master's address is the API endpoint. Losing it stops the "
                           "cluster's control plane."));
    m_tke->setText(tr("&TKE built-in (keepalived + VIP)"));
    m_tkeNote->setText(tr("keepalived moves a virtual IP between the masters. The router must "
                          "allow ARP for the VIP (no ARP filtering on the masters' segment)."));
    m_thirdParty->setText(tr("Third-party &load balancer (CLB)"));
    m_thirdPartyNote->setText(tr("An external load balancer's VIP and port forward to 6443 on "
                                 "every master."));
    m_vipLabel->setText(tr("&VIP:"));
    m_vportLabel->setText(tr("VIP &port (→ 6443):"));
    m_vipFeedback->refresh();
    m_vportFeedback->refresh();
}

} // namespace tkeci
