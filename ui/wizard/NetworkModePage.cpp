#include "NetworkModePage.h"

#include "WizardState.h"
#include "models/NodeTableModel.h"
#include "widgets/FieldFeedback.h"
#include "widgets/ModePicture.h"
#include "widgets/NumberGuard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tkeci {
namespace {

bool isNodeUnderlayPath(const QString &path)
{
    return path.startsWith(QLatin1String("nodes["))
        && (path.endsWith(QLatin1String(".asn")) || path.endsWith(QLatin1String(".switchIP")));
}

} // namespace

NetworkModePage::NetworkModePage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *modes = new QGridLayout;
    m_group = new QButtonGroup(this);
    m_overlay = new QRadioButton(this);
    m_underlay = new QRadioButton(this);
    m_overlayNote = new QLabel(this);
    m_underlayNote = new QLabel(this);
    m_group->addButton(m_overlay, int(NetworkMode::Overlay));
    m_group->addButton(m_underlay, int(NetworkMode::Underlay));
    modes->addWidget(m_overlay, 0, 0);
    modes->addWidget(m_overlayNote, 1, 0, Qt::AlignTop);
    modes->addWidget(new ModePicture(NetworkMode::Overlay, this), 0, 1, 2, 1);
    modes->addWidget(m_underlay, 2, 0);
    modes->addWidget(m_underlayNote, 3, 0, Qt::AlignTop);
    modes->addWidget(new ModePicture(NetworkMode::Underlay, this), 2, 1, 2, 1);
    for (QLabel *l : {m_overlayNote, m_underlayNote}) {
        l->setWordWrap(true);
        l->setIndent(24);
    }
    modes->setColumnStretch(0, 1);
    layout->addLayout(modes);

    m_underlayBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_underlayBox);
    m_asnLabel = new QLabel(m_underlayBox);
    m_asn = new QLineEdit(m_underlayBox);
    m_asnValidator = new NumberValidator(1, 4294967294LL, m_asn);
    m_asn->setValidator(m_asnValidator);
    m_asn->setPlaceholderText(QStringLiteral("64512"));
    m_asnLabel->setBuddy(m_asn);
    m_asnReason = makeReasonLabel(m_underlayBox);
    m_switchIpLabel = new QLabel(m_underlayBox);
    m_switchIp = new QLineEdit(m_underlayBox);
    m_switchIp->setPlaceholderText(QStringLiteral("192.168.60.2"));
    m_switchIpLabel->setBuddy(m_switchIp);
    m_switchIpReason = makeReasonLabel(m_underlayBox);
    form->addRow(m_asnLabel, fieldWithReason(m_asn, m_asnReason));
    form->addRow(m_switchIpLabel, fieldWithReason(m_switchIp, m_switchIpReason));
    m_perNode = new QCheckBox(m_underlayBox);
    form->addRow(m_perNode);
    m_overrideModel
        = new NodeTableModel(m_state.config, NodeTableModel::Columns::UnderlayOverride, this);
    m_overrides = new QTableView(m_underlayBox);
    m_overrides->setModel(m_overrideModel);
    m_overrides->horizontalHeader()->setStretchLastSection(true);
    // Address and ASN as wide as their header or widest cell, in whichever language.
    m_overrides->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overrides->setTabKeyNavigation(false);
    m_overrides->setMinimumHeight(90);
    auto *asns = new NumberDelegate(1, 4294967294LL, this);
    m_overrides->setItemDelegateForColumn(m_overrideModel->columnOf(NodeTableModel::Asn), asns);
    connect(asns, &NumberDelegate::refused, this,
        [this, asns](const QModelIndex &cell, const QString &value) {
            m_overrideRefusal = outOfRange(m_overrideModel->pathOf(cell.row(), NodeTableModel::Asn),
                value, asns->minimum(), asns->maximum());
            showOverrideProblems();
        });
    form->addRow(m_overrides);
    m_overrideProblems = makeReasonLabel(m_underlayBox);
    form->addRow(m_overrideProblems);
    layout->addWidget(m_underlayBox);
    layout->addStretch(1);

    m_asnFeedback = new FieldFeedback(
        m_state.config, m_asn, m_asnReason, {QStringLiteral("cilium.underlay.asn")});
    m_switchIpFeedback = new FieldFeedback(
        m_state.config, m_switchIp, m_switchIpReason, {QStringLiteral("cilium.underlay.switchIP")});

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_state.config.setNetworkMode(NetworkMode(id));
        updateVisibility();
    });
    // The validator keeps the text a number in range (or empty: 0, "not given").
    connect(m_asn, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_state.config.setAsn(quint32(text.toULongLong())); });
    connect(m_asnValidator, &NumberValidator::refused, this, [this](const QString &value) {
        m_asnFeedback->showRefusal(
            problemMessage(outOfRange(QStringLiteral("cilium.underlay.asn"), value,
                               m_asnValidator->minimum(), m_asnValidator->maximum()),
                FieldNames::PageLabels));
    });
    connect(m_switchIp, &QLineEdit::textChanged, &m_state.config, &PlanConfig::setSwitchIP);
    connect(m_perNode, &QCheckBox::toggled, this, &NetworkModePage::updateVisibility);
    connect(&m_state.config, &PlanConfig::changed, this, [this] {
        m_overrideRefusal.reset(); // said until the next accepted change
        showOverrideProblems();
        Q_EMIT completeChanged();
    });
    retranslate();
}

void NetworkModePage::showOverrideProblems()
{
    QStringList lines;
    if (m_overrideRefusal)
        lines.append(problemLine(*m_overrideRefusal, FieldNames::PageLabels));
    for (const Problem &p : m_state.config.problems()) {
        if (isNodeUnderlayPath(p.path))
            lines.append(problemLine(p, FieldNames::PageLabels));
    }
    m_overrideProblems->setText(lines.join(u'\n'));
    // Shown even with the table folded away: an override that keeps Next off must say so.
    m_overrideProblems->setVisible(!lines.isEmpty());
}

void NetworkModePage::initializePage()
{
    const PlanConfig &c = m_state.config;
    m_group->button(int(c.networkMode()))->setChecked(true);
    m_asn->setText(c.asn() ? QString::number(c.asn()) : QString());
    m_switchIp->setText(c.switchIP());
    bool anyOverride = false;
    for (const NodeSpec &n : c.nodes())
        anyOverride = anyOverride || n.asn || n.switchIP;
    m_perNode->setChecked(anyOverride);
    updateVisibility();
}

void NetworkModePage::updateVisibility()
{
    const bool underlay = m_state.config.networkMode() == NetworkMode::Underlay;
    m_underlayBox->setEnabled(underlay);
    m_underlayBox->setVisible(underlay);
    m_overrides->setVisible(m_perNode->isChecked());
}

bool NetworkModePage::isComplete() const
{
    if (!m_state.config.isValidUnder({QStringLiteral("cilium")}))
        return false;
    for (const Problem &p : m_state.config.problems()) {
        if (isNodeUnderlayPath(p.path))
            return false;
    }
    return true;
}

void NetworkModePage::retranslate()
{
    setTitle(tr("Network mode"));
    setSubTitle(tr("How pod traffic crosses between nodes."));
    m_overlay->setText(tr("&Overlay (VXLAN)"));
    m_overlayNote->setText(tr("Pods talk through a VXLAN tunnel between nodes; nothing to set "
                              "up on the switches."));
    m_underlay->setText(tr("&Underlay (BGP)"));
    m_underlayNote->setText(tr("Pod addresses are routed by the data-centre network: every node "
                               "announces its pod range to the top-of-rack switch by BGP."));
    m_underlayBox->setTitle(tr("BGP peering"));
    m_asnLabel->setText(tr("&ASN (autonomous system number):"));
    m_switchIpLabel->setText(tr("&Switch IP:"));
    m_perNode->setText(tr("Some nodes are in other &racks (per-node ASN and switch IP)"));
    m_asnFeedback->refresh();
    m_switchIpFeedback->refresh();
    m_overrideModel->retranslate();
    showOverrideProblems();
}

} // namespace tkeci
