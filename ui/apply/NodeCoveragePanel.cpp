#include "NodeCoveragePanel.h"

#include "text/SafeText.h"
#include "widgets/StatusTone.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tkeci {

namespace {
constexpr int NameColumn = 0;
} // namespace

NodeCoveragePanel::NodeCoveragePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_note, 1);
    m_again = new QPushButton(this);
    m_again->hide();
    row->addWidget(m_again, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_nodes = new QTreeWidget(this);
    m_nodes->setObjectName(QStringLiteral("uncoveredNodes"));
    m_nodes->setColumnCount(4);
    m_nodes->setRootIsDecorated(false);
    m_nodes->header()->setStretchLastSection(true);
    m_nodes->setMaximumHeight(m_nodes->fontMetrics().height() * 8);
    m_nodes->hide();
    layout->addWidget(m_nodes);
    m_meaning = new QLabel(this);
    m_meaning->setWordWrap(true);
    m_meaning->hide();
    layout->addWidget(m_meaning);
    connect(m_again, &QPushButton::clicked, this, &NodeCoveragePanel::run);
    connect(m_nodes, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        const QString name = item->data(NameColumn, Qt::UserRole).toString();
        const bool off = item->checkState(NameColumn) == Qt::Checked;
        if (off && !m_keptOff.contains(name))
            m_keptOff.append(name);
        else if (!off)
            m_keptOff.removeAll(name);
        // Only the note: the rows stay (this runs inside the item's own change).
        showNote();
        Q_EMIT stateChanged();
    });
    show();
}

NodeCoveragePanel::~NodeCoveragePanel() = default;

void NodeCoveragePanel::check(
    const ClusterAccess &access, const InstallPlan &plan, const QStringList &keptOff)
{
    m_access = access;
    m_plan = plan;
    m_keptOff = keptOff;
    run();
}

void NodeCoveragePanel::run()
{
    if (!m_access)
        return;
    m_result.reset();
    m_pending = true;
    m_client = std::make_unique<KubeClient>(*m_access);
    m_client->setRetries(1, 500);
    // Coverage is judged against the plan alone: a ticked node is listed as uncovered and
    // shown ticked, so it can be unticked again.
    InstallPlan plan = m_plan;
    plan.nodesWithoutCilium.clear();
    checkNodeCoverage(*m_client, plan, [this](const NodeCoverageResult &r) {
        m_pending = false;
        m_result = r;
        // A name ticked before that is no longer a node of the cluster (or is in the plan
        // now) is forgotten: nothing is kept off by accident.
        QStringList still;
        for (const ClusterNode &n : r.uncovered)
            if (m_keptOff.contains(n.name))
                still.append(n.name);
        m_keptOff = still;
        show();
        Q_EMIT stateChanged();
    });
    show();
    Q_EMIT stateChanged();
}

void NodeCoveragePanel::clear()
{
    m_client.reset();
    m_access.reset();
    m_result.reset();
    m_keptOff.clear();
    m_pending = false;
    show();
    Q_EMIT stateChanged();
}

bool NodeCoveragePanel::blocksApply() const
{
    if (!m_access)
        return false; // nothing chosen yet: the kubeconfig picker holds the apply
    if (m_pending || !m_result || m_result->error)
        return true;
    for (const ClusterNode &n : m_result->uncovered)
        if (!m_keptOff.contains(n.name))
            return true;
    return false;
}

QStringList NodeCoveragePanel::keptOff() const
{
    return m_keptOff;
}

void NodeCoveragePanel::show()
{
    m_again->setText(tr("Check a&gain"));
    m_again->setVisible(m_access && !m_pending);
    const QSignalBlocker block(m_nodes);
    m_nodes->clear();
    const bool rows = m_result && !m_result->error && !m_result->uncovered.isEmpty();
    m_nodes->setVisible(rows);
    m_meaning->setVisible(rows);
    if (rows) {
        m_nodes->setHeaderLabels(
            {tr("Node (tick: keep Cilium off)"), tr("Address"), tr("Role"), tr("Ready")});
        for (const ClusterNode &n : m_result->uncovered) {
            auto *item = new QTreeWidgetItem(m_nodes,
                {safeText(n.name, 253), safeText(n.internalIp, 64),
                    n.master ? tr("master") : tr("worker"), n.ready ? tr("yes") : tr("no")});
            item->setData(NameColumn, Qt::UserRole, n.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(
                NameColumn, m_keptOff.contains(n.name) ? Qt::Checked : Qt::Unchecked);
        }
        m_nodes->resizeColumnToContents(0);
        m_meaning->setText(
            tr("A node kept off gets no Cilium: pods scheduled there get no network until it "
               "has one, and it cannot reach pods on the other nodes. Cordon it, or keep "
               "workloads off it, until it is preflighted and added."));
    }
    showNote();
}

void NodeCoveragePanel::showNote()
{
    setLabelTone(m_note, Tone::Neutral);
    if (!m_access) {
        m_note->clear();
    } else if (m_pending) {
        m_note->setText(tr("Reading the nodes of the cluster…"));
    } else if (m_result && m_result->error) {
        setLabelTone(m_note, Tone::Bad);
        m_note->setText(tr("The nodes of the cluster could not be read, so it is not known "
                           "where Cilium would run: %1")
                            .arg(safeText(m_result->error->message, 400)));
    } else if (m_result && m_result->uncovered.isEmpty()) {
        setLabelTone(m_note, Tone::Good);
        m_note->setText(tr("All %n node(s) of the cluster are in the plan and were preflighted.",
            nullptr, int(m_result->nodes.size())));
    } else if (m_result) {
        const bool open = std::any_of(m_result->uncovered.cbegin(), m_result->uncovered.cend(),
            [this](const ClusterNode &n) { return !m_keptOff.contains(n.name); });
        setLabelTone(m_note, open ? Tone::Bad : Tone::Warning);
        m_note->setText(
            tr("%n node(s) of the cluster are not in the plan, so they were not preflighted. "
               "Cilium runs on every node (its DaemonSet tolerates every taint): add each to "
               "the plan on the Nodes page and preflight it, or remove it from the cluster, "
               "or keep Cilium off it here.",
                nullptr, int(m_result->uncovered.size())));
    }
    m_note->setVisible(!m_note->text().isEmpty());
}

void NodeCoveragePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        show();
    QWidget::changeEvent(event);
}

} // namespace tkeci
