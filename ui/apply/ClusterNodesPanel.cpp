#include "ClusterNodesPanel.h"

#include "text/SafeText.h"
#include "widgets/StatusTone.h"
#include "wizard/PlanConfig.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tkeci {

namespace {

QString describe(const ClusterNode &n)
{
    QString role = n.master ? ClusterNodesPanel::tr("master") : ClusterNodesPanel::tr("worker");
    if (!n.ready)
        role = ClusterNodesPanel::tr("%1, not Ready").arg(role);
    return ClusterNodesPanel::tr("%1 (%2, %3)")
        .arg(safeText(n.name, 253), safeText(n.internalIp, 64), role);
}

} // namespace

ClusterNodesPanel::ClusterNodesPanel(PlanConfig &config, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("clusterNodesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(6);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_roles = new QPushButton(this);
    m_again = new QPushButton(this);
    for (QPushButton *b : {m_add, m_roles, m_again})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ClusterNodesPanel::addMissingNodes);
    connect(m_roles, &QPushButton::clicked, this, &ClusterNodesPanel::takeRoles);
    connect(m_again, &QPushButton::clicked, this, &ClusterNodesPanel::run);
    // The operator edits the table: the differences follow without reading the cluster again.
    connect(&m_config, &PlanConfig::changed, this, &ClusterNodesPanel::refresh);
    refresh();
}

ClusterNodesPanel::~ClusterNodesPanel() = default;

void ClusterNodesPanel::read(const ClusterAccess &access)
{
    const bool same = m_access && m_access->server == access.server
        && m_access->contextName == access.contextName && m_access->userName == access.userName;
    m_access = access;
    if (same && (m_pending || !m_nodes.isEmpty())) {
        refresh();
        return;
    }
    run();
}

void ClusterNodesPanel::clear()
{
    m_client.reset();
    m_access.reset();
    m_nodes.clear();
    m_error.reset();
    m_pending = false;
    m_filled = 0;
    refresh();
}

void ClusterNodesPanel::run()
{
    if (!m_access)
        return;
    m_nodes.clear();
    m_error.reset();
    m_filled = 0;
    m_pending = true;
    m_client = std::make_unique<KubeClient>(*m_access);
    m_client->setRetries(1, 500);
    listClusterNodes(*m_client, [this](const ClusterNodeList &r) {
        m_pending = false;
        m_error = r.error;
        m_nodes = r.nodes;
        // An empty plan is filled from the cluster: nothing the operator typed is replaced.
        if (!m_error && !m_nodes.isEmpty() && hasNoAddresses(m_config.nodes())) {
            const NodeSpec like = m_config.nodes().value(0, NodeSpec());
            m_filled = int(m_nodes.size());
            m_config.setNodes(planRowsFor(m_nodes, like));
        }
        refresh();
    });
    refresh();
}

void ClusterNodesPanel::addMissingNodes()
{
    const ClusterNodeMatch match = matchClusterNodes(m_config.nodes(), m_nodes);
    QList<NodeSpec> rows = m_config.nodes();
    // Rows still without an address are replaced, not kept as empty rows in between.
    rows.removeIf([](const NodeSpec &r) { return !hasAddress(r); });
    const NodeSpec like = m_config.nodes().value(0, NodeSpec());
    rows += planRowsFor(match.missingFromPlan, like);
    m_config.setNodes(rows);
}

void ClusterNodesPanel::takeRoles()
{
    const ClusterNodeMatch match = matchClusterNodes(m_config.nodes(), m_nodes);
    QList<NodeSpec> rows = m_config.nodes();
    for (const auto &[row, node] : match.roleDiffers)
        rows[row].role = node.master ? NodeRole::Master : NodeRole::Worker;
    m_config.setNodes(rows);
}

void ClusterNodesPanel::refresh()
{
    m_add->hide();
    m_roles->hide();
    m_again->setText(tr("Read the cluster a&gain"));
    m_again->setVisible(m_access && !m_pending);
    setVisible(m_access.has_value());
    setLabelTone(m_summary, Tone::Neutral);
    if (!m_access) {
        m_summary->clear();
        return;
    }
    const QString server = safeText(m_access->server.toString(), 200);
    if (m_pending) {
        m_summary->setText(tr("Reading the nodes of %1…").arg(server));
        return;
    }
    if (m_error) {
        setLabelTone(m_summary, Tone::Warning);
        m_summary->setText(tr("The nodes of %1 could not be read: %2\nThe Apply page reads them "
                              "again and holds the apply until every node is covered.")
                               .arg(server, safeText(m_error->message, 400)));
        return;
    }
    const ClusterNodeMatch match = matchClusterNodes(m_config.nodes(), m_nodes);
    QStringList lines;
    if (m_filled > 0)
        lines.append(tr("Filled from the cluster: %n node(s), with their addresses and roles. "
                        "Check how the installer logs in to them (port, user, authentication).",
            nullptr, m_filled));
    if (match.same()) {
        setLabelTone(m_summary, Tone::Good);
        lines.append(tr("The plan has every node of the cluster (%n node(s)), with the roles the "
                        "cluster gives them.",
            nullptr, int(m_nodes.size())));
    } else {
        setLabelTone(m_summary, Tone::Warning);
        if (!match.missingFromPlan.isEmpty()) {
            QStringList nodes;
            for (const ClusterNode &n : match.missingFromPlan)
                nodes.append(describe(n));
            lines.append(tr("Not in the plan: %1. Cilium runs on every node of the cluster, so "
                            "each must be added and preflighted, or kept off on the Apply page.")
                             .arg(nodes.join(QStringLiteral(", "))));
            m_add->setText(
                tr("&Add %n node(s) from the cluster", nullptr, int(match.missingFromPlan.size())));
            m_add->show();
        }
        if (!match.notInCluster.isEmpty()) {
            QStringList rows;
            for (int row : match.notInCluster)
                rows.append(tr("row %1 (%2)")
                                .arg(row + 1)
                                .arg(safeText(m_config.nodes().value(row).ip, 64)));
            lines.append(tr("No node of the cluster has the address of %1: check the address, "
                            "or remove the row.")
                             .arg(rows.join(QStringLiteral(", "))));
        }
        if (!match.roleDiffers.isEmpty()) {
            QStringList rows;
            for (const auto &[row, node] : match.roleDiffers)
                rows.append(tr("row %1 (%2) is a %3 in the cluster")
                                .arg(row + 1)
                                .arg(safeText(node.internalIp, 64),
                                    node.master ? tr("master") : tr("worker")));
            lines.append(tr("Roles differ: %1.").arg(rows.join(QStringLiteral("; "))));
            m_roles->setText(tr("Take the &roles from the cluster"));
            m_roles->show();
        }
    }
    m_summary->setText(lines.join(u'\n'));
}

void ClusterNodesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace tkeci
