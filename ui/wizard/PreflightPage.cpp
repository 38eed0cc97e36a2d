#include "PreflightPage.h"

#include "WizardState.h"
#include "kube/KubeConfig.h"
#include "models/PreflightGridModel.h"
#include "preflight/HostKeyApprovals.h"
#include "preflight/KnownHostsChooser.h"
#include "preflight/NodeChecks.h"
#include "preflight/PreflightNodeActions.h"
#include "validation/PlanValidator.h"
#include "widgets/FieldFeedback.h"
#include "widgets/PeerMatrixView.h"
#include "wizard/PreflightGate.h"
#include "wizard/PreflightReuse.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tkeci {

PreflightPage::PreflightPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    m_session = new PreflightSession(this);
    m_model = new PreflightGridModel(m_session, this);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    // The file that decides which host keys are known (the command line's --known-hosts);
    // apply and uninstall log in with the same (WizardState::ssh).
    m_knownHosts = new KnownHostsChooser(this);
    layout->addWidget(m_knownHosts);

    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runPreflight"));
    m_rerun = new QPushButton(this);
    m_cancel = new QPushButton(this);
    m_progress = new QProgressBar(this);
    bar->addWidget(m_run);
    bar->addWidget(m_rerun);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    layout->addLayout(bar);
    m_counts = new QLabel(this);
    layout->addWidget(m_counts);
    m_approvals = new HostKeyApprovals(this);
    layout->addWidget(m_approvals);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QTableView(top);
    topLayout->addWidget(m_grid, 1);
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setTabKeyNavigation(false);
    // Fixed sizes: a 200-node grid must not measure every cell on each batch.
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Acting on a result where it is shown: re-check or remove its node, copy its fix.
    m_actions = new PreflightNodeActions(m_grid, m_model, top);
    topLayout->addWidget(m_actions);
    // Below the grid: the selected cell's details, and the network stage node × node.
    m_lower = new QTabWidget(split);
    m_details = new QPlainTextEdit(m_lower);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lower->addTab(m_details, QString());
    m_matrix = new PeerMatrixView(m_lower);
    m_matrix->setTable(m_session->table());
    m_lower->addTab(m_matrix, QString());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_acceptWarnings = new QCheckBox(this);
    layout->addWidget(m_acceptWarnings);
    m_blocked = makeReasonLabel(this);
    layout->addWidget(m_blocked);

    connect(m_run, &QPushButton::clicked, this, &PreflightPage::runAll);
    connect(m_rerun, &QPushButton::clicked, this, &PreflightPage::rerunFailed);
    connect(m_cancel, &QPushButton::clicked, this, &PreflightPage::cancel);
    connect(m_acceptWarnings, &QCheckBox::toggled, this, &PreflightPage::updateState);
    connect(m_actions, &PreflightNodeActions::recheckRequested, this,
        [this](const QString &node) { startOn({node}); });
    connect(m_actions, &PreflightNodeActions::removeRequested, this, &PreflightPage::removeNode);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PreflightPage::showDetails);
    // A new table (another plan, a fresh run): counts, bar and details follow at once.
    connect(m_session, &PreflightSession::tableReset, this, [this] {
        m_matrix->setTable(m_session->table());
        updateState();
        showDetails();
    });
    connect(m_session, &PreflightSession::resultsApplied, this, [this] {
        m_matrix->setTable(m_session->table());
        m_ranOnce = true;
        updateState();
        if (m_grid->currentIndex().isValid())
            showDetails();
    });
    connect(m_session, &PreflightSession::finished, this, &PreflightPage::runFinished);
    connect(m_session, &PreflightSession::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_session, &PreflightSession::hostKeyUnknown, m_approvals, &HostKeyApprovals::add);
    connect(m_approvals, &HostKeyApprovals::answered, m_session, &PreflightSession::answerHostKey);
    connect(m_knownHosts, &KnownHostsChooser::pathChanged, this,
        [this](const QString &path) { m_state.ssh.knownHostsFile = path; });
    connect(m_session, &PreflightSession::credentialNeeded, this, &PreflightPage::askPassword);
    retranslate();
}

PreflightPage::~PreflightPage()
{
    m_session->cancel();
}

void PreflightPage::initializePage()
{
    m_knownHosts->setPath(m_state.ssh.knownHostsFile);
    followPlan();
}

void PreflightPage::followPlan()
{
    const InstallPlan &plan = m_state.config.plan();
    if (m_checkedPlan == plan)
        return updateState();
    // Results of nodes that did not change hold as long as the requirements did not (the
    // Cilium version sets the kernel minimum, overlay needs UDP 8472, a new cluster must be
    // free of another CNI, the network stage probes the device, the switch, the VIP and the
    // registry); only new or changed nodes are left to run.
    const PreflightReuse reuse
        = m_checkedPlan ? preflightReuse(*m_checkedPlan, plan) : PreflightReuse {};
    m_session->prepareKeeping(plan, m_state.ssh, reuse.keep, reuse.keepNetwork);
    m_checkedPlan = plan;
    m_ranOnce = m_ranOnce && !reuse.keep.isEmpty();
    showDetails();
    updateState();
}

void PreflightPage::cleanupPage()
{
    cancel();
}

void PreflightPage::runAll()
{
    // Nodes whose results were kept are not checked again unless every node is done, so
    // coming back after adding one node costs one node's run.
    const QStringList toGo = m_session->table().unfinishedNodes();
    const int finished = m_session->table().finishedNodeCount();
    startOn(finished > 0 && !toGo.isEmpty() ? toGo : QStringList());
}

void PreflightPage::rerunFailed()
{
    const QStringList failed = m_session->table().failedNodes();
    if (!failed.isEmpty())
        startOn(failed);
}

void PreflightPage::removeNode(const QString &node)
{
    const QList<NodeSpec> &nodes = m_state.config.nodes();
    const auto it = std::find_if(
        nodes.cbegin(), nodes.cend(), [&](const NodeSpec &n) { return n.ip == node; });
    if (it == nodes.cend() || m_running)
        return;
    const int index = int(it - nodes.cbegin());
    // The plan must stay whole: the last node or the only master is not taken out here.
    InstallPlan without = m_state.config.plan();
    without.nodes.removeAt(index);
    for (const Problem &p : validatePlan(without)) {
        if (p.path == u"nodes") {
            m_actions->showNote(tr("%1 stays in the plan: %2")
                                    .arg(node, problemMessage(p, FieldNames::PageLabels)));
            return;
        }
    }
    // Through the shared answers, so the Nodes, Review and Apply pages plan without it; the
    // other nodes keep their results (followPlan()).
    m_state.config.removeNodes({index});
    followPlan();
    m_actions->showNote(
        tr("%1 was removed from the plan; add it again on the Nodes page.").arg(node));
}

void PreflightPage::startOn(const QStringList &nodes)
{
    m_running = true;
    m_ranOnce = true;
    m_acceptWarnings->setChecked(false);
    m_progress->setRange(0, 0);
    updateState();
    m_state.ssh.apiServer = kubeconfigApiServer();
    if (nodes.isEmpty())
        m_session->runAll(m_state.config.plan(), m_state.ssh);
    else
        m_session->rerun(m_state.config.plan(), m_state.ssh, nodes);
}

std::optional<std::pair<QString, int>> PreflightPage::kubeconfigApiServer() const
{
    // net.apiserver on an existing cluster without HA checks the address apply will use: the
    // kubeconfig chosen on the Target or Apply page, else the one kubectl would read
    // ($KUBECONFIG, ~/.kube/config). None readable: the check is left out.
    const InstallPlan plan = m_state.config.plan();
    if (plan.target != Target::ExistingCluster || plan.haType != HaType::None)
        return std::nullopt;
    if (m_state.access)
        return apiServerAddress(m_state.access->server);
    if (m_state.cluster.access)
        return apiServerAddress(m_state.cluster.access->server);
    const KubeConfigResult kubeconfig = loadKubeConfig(
        kubeconfigPaths(QString(), qEnvironmentVariable("KUBECONFIG"), QDir::homePath()));
    if (!kubeconfig.access)
        return std::nullopt;
    return apiServerAddress(kubeconfig.access->server);
}

void PreflightPage::cancel()
{
    if (m_running)
        m_session->cancel();
}

void PreflightPage::addResults(const QList<CheckResult> &results)
{
    m_ranOnce = true;
    m_session->addResults(results);
    updateState();
}

void PreflightPage::runFinished()
{
    // Ended or cancelled: no node waits for an answer any more.
    m_approvals->clear();
    m_running = false;
    m_ranOnce = true;
    updateState();
}

void PreflightPage::showFinishedNodes()
{
    // Between runs the bar says how many nodes are fully checked, not how far the last run
    // got: a cancelled run or a node added since leaves it short of full.
    const int nodes = int(m_session->table().nodes().size());
    m_progress->setRange(0, std::max(nodes, 1));
    m_progress->setValue(m_session->table().finishedNodeCount());
}

void PreflightPage::askPassword(const QString &node, CredentialKind kind, const QString &user)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Log in to %1").arg(node));
    dialog->setLabelText(kind == CredentialKind::Password
            ? tr("Password of %1@%2 (kept in memory only):").arg(user, node)
            : tr("Passphrase of the SSH key for %1@%2 (kept in memory only):").arg(user, node));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::finished, this, [this, dialog, node](int result) {
        m_session->provideSecret(
            node, result == QDialog::Accepted ? dialog->textValue() : QString());
    });
    dialog->open();
}

void PreflightPage::showDetails()
{
    const QModelIndex i = m_grid->currentIndex();
    const auto r = m_model->result(i.row(), i.column());
    if (!r) {
        m_details->setPlainText(i.isValid() ? tr("Not checked yet.") : QString());
        return;
    }
    QString text = checkMessage(*r);
    if (const QString fix = m_actions->currentFix(); !fix.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("Fix (run on the node as root; \"Copy fix command\" "
                 "copies it):")
            + u'\n' + fix;
    if (!r->details.isEmpty())
        text += QStringLiteral("\n\n") + tr("Output:") + u'\n' + r->details;
    m_details->setPlainText(text);
}

void PreflightPage::updateState()
{
    const PreflightSummary summary = m_session->summary();
    PreflightTally t;
    t.ranOnce = m_ranOnce;
    t.running = m_running;
    t.passed = summary.cells.passed;
    t.warnings = summary.cells.warnings;
    t.failed = summary.cells.failed;
    t.pending = summary.cells.pending;
    t.cancelled = summary.cells.cancelled;
    t.kernelFailed = summary.kernelFailed;
    t.warningsAccepted = m_acceptWarnings->isChecked();
    // Checks a cancelled run never made are still to go; they are named apart so the operator
    // sees why the count did not fall.
    m_counts->setText(t.cancelled == 0
            ? tr("✓ %1 passed   ! %2 warnings   ✗ %3 failed   … %4 to go")
                  .arg(t.passed)
                  .arg(t.warnings)
                  .arg(t.failed)
                  .arg(t.pending)
            : tr("✓ %1 passed   ! %2 warnings   ✗ %3 failed   … %4 to go (%5 not run: "
                 "cancelled)")
                  .arg(t.passed)
                  .arg(t.warnings)
                  .arg(t.failed)
                  .arg(summary.cells.toGo())
                  .arg(t.cancelled));
    if (!m_running)
        showFinishedNodes();
    m_run->setEnabled(!m_running && !m_session->table().nodes().isEmpty());
    const int finishedNodes = m_session->table().finishedNodeCount();
    const int nodesToGo = int(m_session->table().unfinishedNodes().size());
    m_run->setText(finishedNodes > 0 && nodesToGo > 0
            ? tr("&Run preflight on %n node(s) to go", nullptr, nodesToGo)
            : tr("&Run preflight"));
    m_rerun->setEnabled(!m_running && summary.nodesFailed > 0);
    m_cancel->setEnabled(m_running);
    m_actions->setRunning(m_running);
    m_acceptWarnings->setEnabled(canAcceptWarnings(t));

    QString blocked;
    const PreflightBlock block = preflightBlock(t);
    const bool failedBefore = m_checksFailed;
    m_checksFailed = block == PreflightBlock::KernelFailure || block == PreflightBlock::Failures;
    switch (block) {
    case PreflightBlock::None:
        break;
    case PreflightBlock::NotRun:
        blocked = tr("Run the preflight check to go on.");
        break;
    case PreflightBlock::Running:
        blocked = tr("Preflight is running.");
        break;
    case PreflightBlock::KernelFailure:
        blocked = tr("A node's kernel is not suitable for Cilium; this cannot be overridden. "
                     "Upgrade the kernel or remove the node.");
        break;
    case PreflightBlock::Failures:
        blocked
            = tr("%n check(s) failed; fix them and re-run the failed nodes.", nullptr, t.failed);
        break;
    case PreflightBlock::Cancelled:
        blocked = tr("Preflight was cancelled; %n check(s) did not run. Run preflight again "
                     "to check the nodes still to go.",
            nullptr, t.cancelled);
        break;
    case PreflightBlock::Unfinished:
        blocked = tr(
            "%n check(s) still to run; run preflight for the nodes to go.", nullptr, t.pending);
        break;
    case PreflightBlock::WarningsNotAccepted:
        blocked = tr("There are warnings; read them and accept them explicitly to go on.");
        break;
    }
    const bool completeBefore = m_blockedReason.isEmpty();
    m_blockedReason = blocked;
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    // Only on a change: QWizard answers completeChanged() by repainting the whole window
    // (it re-enables updates), which is most of a batch's cost when results stream in.
    if (m_checksFailed != failedBefore)
        Q_EMIT failedChanged();
    if (blocked.isEmpty() != completeBefore || !m_completeAnnounced) {
        m_completeAnnounced = true;
        Q_EMIT completeChanged();
    }
}

void PreflightPage::setOptions(const PreflightOptions &options)
{
    m_state.ssh = options;
    m_knownHosts->setPath(options.knownHostsFile);
}

bool PreflightPage::isComplete() const
{
    return m_blockedReason.isEmpty();
}

bool PreflightPage::failed() const
{
    return m_checksFailed;
}

void PreflightPage::retranslate()
{
    setTitle(tr("Preflight"));
    m_lower->setTabText(0, tr("Details"));
    m_lower->setTabText(1, tr("Node × node"));
    setSubTitle(tr("Every node is checked over SSH for what Cilium needs. Nothing is changed on "
                   "the nodes."));
    m_intro->setText(tr("Kernel version and options, ports, OS, user, architecture, BPF file "
                        "system, leftovers of another CNI and IP forwarding on each node; then "
                        "the network between the nodes: device, MTU, VXLAN or BGP, the health "
                        "port, the API VIP and the registry. Select a cell to see the details."));
    m_rerun->setText(tr("Re-run &failed nodes"));
    m_cancel->setText(tr("Canc&el"));
    m_knownHosts->retranslate();
    m_approvals->retranslate();
    m_acceptWarnings->setText(tr("I have read the &warnings and want to go on anyway"));
    m_model->retranslate();
    m_actions->retranslate();
    showDetails();
    updateState();
}

} // namespace tkeci
