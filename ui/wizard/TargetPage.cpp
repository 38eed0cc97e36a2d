#include "TargetPage.h"

#include "PageId.h"
#include "WizardState.h"
#include "apply/KubeAccessPicker.h"
#include "widgets/FieldFeedback.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tkeci {
namespace {

QLabel *note(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setIndent(24);
    return label;
}

} // namespace

TargetPage::TargetPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_group = new QButtonGroup(this);
    m_new = new QRadioButton(this);
    m_existing = new QRadioButton(this);
    m_export = new QRadioButton(this);
    m_newNote = note(this);
    m_existingNote = note(this);
    m_exportNote = note(this);
    m_group->addButton(m_new, int(Target::NewCluster));
    m_group->addButton(m_existing, int(Target::ExistingCluster));
    m_group->addButton(m_export, int(Target::ExportOnly));
    layout->addWidget(m_new);
    layout->addWidget(m_newNote);
    layout->addWidget(m_existing);
    layout->addWidget(m_existingNote);
    // The cluster is read first: the Nodes page fills and compares the plan with its nodes.
    m_picker = new KubeAccessPicker(this);
    m_picker->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(m_picker);
    connect(m_picker, &KubeAccessPicker::accessChanged, this,
        [this] { m_state.cluster = m_picker->choice(); });
    layout->addWidget(m_export);
    layout->addWidget(m_exportNote);

    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_nameLabel->setBuddy(m_name);
    m_nameReason = makeReasonLabel(this);
    form->addRow(m_nameLabel, fieldWithReason(m_name, m_nameReason));
    layout->addLayout(form);
    m_nameFeedback = new FieldFeedback(
        m_state.config, m_name, m_nameReason, {QStringLiteral("cluster.displayName")});

    m_importedNote = new QLabel(this);
    m_importedNote->setWordWrap(true);
    m_importedNote->setFrameShape(QFrame::StyledPanel);
    m_importedNote->setMargin(6);
    layout->addWidget(m_importedNote);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_state.config.setTarget(Target(id));
        showPicker();
    });
    connect(m_name, &QLineEdit::textEdited, &m_state.config, &PlanConfig::setDisplayName);
    connect(&m_state.config, &PlanConfig::changed, this, &TargetPage::completeChanged);
    retranslate();
}

void TargetPage::initializePage()
{
    m_group->button(int(m_state.config.target()))->setChecked(true);
    m_name->setText(m_state.config.displayName());
    showPicker();
}

void TargetPage::showPicker()
{
    const bool existing = m_state.config.target() == Target::ExistingCluster;
    m_picker->setVisible(existing);
    if (existing)
        m_picker->choose(m_state.cluster);
}

bool TargetPage::isComplete() const
{
    return m_state.config.isValidUnder(
        {QStringLiteral("target"), QStringLiteral("cluster.displayName")});
}

int TargetPage::nextId() const
{
    return NodesPageId;
}

void TargetPage::retranslate()
{
    setTitle(tr("Target"));
    setSubTitle(tr("Where should Cilium go?"));
    m_new->setText(tr("Ne&w TKEStack cluster"));
    m_newNote->setText(tr("Creates a Cluster object on TKEStack's global cluster; TKEStack "
                          "installs the nodes and Cilium instead of Galaxy."));
    m_existing->setText(tr("&Existing TKEStack cluster"));
    m_existingNote->setText(tr("Applies the Cilium manifests to a baremetal cluster that "
                               "TKEStack already runs. With its kubeconfig chosen here, the "
                               "Nodes page is filled from the cluster's nodes and compared "
                               "with them; it can also be chosen on the Apply page."));
    m_export->setText(tr("E&xport only"));
    m_exportNote->setText(tr("Writes the manifests, the image list and an apply script for an "
                             "offline site; no node is contacted, so preflight is skipped."));
    m_nameLabel->setText(tr("Cluster &display name:"));
    m_importedNote->setText(tr("Imported clusters are not supported: TKEStack does not manage "
                               "their network, so it cannot install Cilium on them."));
    m_nameFeedback->refresh();
}

} // namespace tkeci
