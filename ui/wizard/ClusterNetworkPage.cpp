#include "ClusterNetworkPage.h"

#include "PageId.h"
#include "WizardState.h"
#include "apply/PlatformVersions.h"
#include "validation/PlanValidator.h"
#include "widgets/FieldFeedback.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace tkeci {
namespace {

const QStringList kPaths {QStringLiteral("cluster.clusterCIDR"),
    QStringLiteral("cluster.maxNodePodNum"), QStringLiteral("cluster.networkDevice"),
    QStringLiteral("cluster.kubernetesVersion"), QStringLiteral("images.registry"),
    QStringLiteral("cilium.version")};

} // namespace

ClusterNetworkPage::ClusterNetworkPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_fold = new QToolButton(this);
    m_fold->setCheckable(true);
    m_fold->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fold->setArrowType(Qt::RightArrow);
    m_fold->setAutoRaise(true);
    layout->addWidget(m_fold);

    m_details = new QWidget(this);
    auto *form = new QFormLayout(m_details);
    m_cidr = new QLineEdit(m_details);
    m_maxPods = new QComboBox(m_details);
    for (int n : {16, 32, 64, 128, 256})
        m_maxPods->addItem(QString::number(n), n);
    m_device = new QLineEdit(m_details);
    // The versions current TKEStack offers; any other can be typed. On the Apply page the
    // global cluster itself says which it offers.
    m_k8s = new QComboBox(m_details);
    m_k8s->setEditable(true);
    m_k8s->setInsertPolicy(QComboBox::NoInsert);
    m_k8s->addItems(offlinePlatformVersions().kubernetesVersions);
    m_registry = new QLineEdit(m_details);
    m_cilium = new QComboBox(m_details);
    m_cilium->addItems(supportedCiliumVersions());
    const QList<QWidget *> inputs {m_cidr, m_maxPods, m_device, m_k8s, m_registry, m_cilium};
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        auto *label = new QLabel(m_details);
        label->setBuddy(inputs.at(i));
        auto *reason = makeReasonLabel(m_details);
        form->addRow(label, fieldWithReason(inputs.at(i), reason));
        m_labels.append(label);
        m_feedback.append(new FieldFeedback(m_state.config, inputs.at(i), reason, {kPaths.at(i)}));
    }
    layout->addWidget(m_details);
    layout->addStretch(1);
    setExpanded(false);

    connect(m_fold, &QToolButton::toggled, this, &ClusterNetworkPage::setExpanded);
    PlanConfig &c = m_state.config;
    connect(m_cidr, &QLineEdit::textChanged, &c, &PlanConfig::setClusterCIDR);
    connect(m_maxPods, &QComboBox::currentIndexChanged, this,
        [this](int i) { m_state.config.setMaxNodePodNum(m_maxPods->itemData(i).toInt()); });
    connect(m_device, &QLineEdit::textChanged, &c, &PlanConfig::setNetworkDevice);
    connect(m_k8s, &QComboBox::editTextChanged, &c, &PlanConfig::setKubernetesVersion);
    connect(m_registry, &QLineEdit::textChanged, &c, &PlanConfig::setImageRegistry);
    connect(m_cilium, &QComboBox::currentTextChanged, &c, &PlanConfig::setCiliumVersion);
    connect(&c, &PlanConfig::changed, this, [this] {
        showSummary();
        Q_EMIT completeChanged();
    });
    retranslate();
}

void ClusterNetworkPage::setExpanded(bool expanded)
{
    m_fold->setChecked(expanded);
    m_fold->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
}

void ClusterNetworkPage::initializePage()
{
    const PlanConfig &c = m_state.config;
    m_cidr->setText(c.clusterCIDR());
    m_maxPods->setCurrentIndex(std::max(0, m_maxPods->findData(c.maxNodePodNum())));
    m_device->setText(c.networkDevice());
    m_k8s->setEditText(c.kubernetesVersion());
    m_registry->setText(c.imageRegistry());
    m_cilium->setCurrentText(c.ciliumVersion());
    m_cilium->setEnabled(c.plan().isCilium());
    if (!isComplete())
        setExpanded(true);
    showSummary();
}

bool ClusterNetworkPage::isComplete() const
{
    return m_state.config.isValidUnder(kPaths);
}

int ClusterNetworkPage::nextId() const
{
    const InstallPlan &plan = m_state.config.plan();
    // Preflight checks what Cilium needs from a node; export-only sites are not reachable.
    if (!plan.isCilium() || plan.target == Target::ExportOnly)
        return ReviewPageId;
    return PreflightPageId;
}

void ClusterNetworkPage::showSummary()
{
    const PlanConfig &c = m_state.config;
    m_summary->setText(tr("Pods get addresses from %1, at most %2 per node, on device %3; "
                          "Kubernetes %4; images from %5.")
                           .arg(c.clusterCIDR())
                           .arg(c.maxNodePodNum())
                           .arg(c.networkDevice(), c.kubernetesVersion(), c.imageRegistry()));
}

void ClusterNetworkPage::retranslate()
{
    setTitle(tr("Cluster network"));
    setSubTitle(tr("Advanced settings; the defaults suit most sites."));
    m_fold->setText(tr("&Advanced settings"));
    const QStringList texts {tr("Cluster &CIDR:"), tr("&Max pods per node:"),
        tr("Network &device:"), tr("&Kubernetes version:"), tr("Image &registry prefix:"),
        tr("C&ilium version:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(texts.at(i));
    m_registry->setToolTip(tr("Replaces the registry part of every image, for private "
                              "registries, e.g. registry.example.com/tkestack"));
    for (FieldFeedback *f : m_feedback)
        f->refresh();
    showSummary();
}

} // namespace tkeci
