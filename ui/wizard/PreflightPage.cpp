#include "PreflightPage.h"

#include "WizardState.h"
#include "kube/KubeConfig.h"
#include "models/PreflightGridModel.h"
#include "preflight/NodeChecks.h"
#include "widgets/FieldFeedback.h"
#include "widgets/PeerMatrixView.h"
#include "wizard/PreflightGate.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
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

    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(this);
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

    auto *split = new QSplitter(Qt::Vertical, this);
    m_grid = new QTableView(split);
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setTabKeyNavigation(false);
    // Fixed sizes: a 200-node grid must not measure every cell on each batch.
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
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
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PreflightPage::showDetails);
    connect(m_session, &PreflightSession::tableReset, this,
        [this] { m_matrix->setTable(m_session->table()); });
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
    connect(m_session, &PreflightSession::hostKeyUnknown, this,
        [this](const QString &node, const QString &fingerprint) {
            m_hostKeyQueue.append({node, fingerprint});
            askNextHostKey();
        });
    connect(m_session, &PreflightSession::credentialNeeded, this, &PreflightPage::askPassword);
    retranslate();
}

PreflightPage::~PreflightPage()
{
    m_session->cancel();
}

void PreflightPage::initializePage()
{
    const InstallPlan &plan = m_state.config.plan();
    // Results for other nodes, logins or requirements (the Cilium version sets the kernel
    // minimum, overlay needs UDP 8472, a new cluster must be free of another CNI, the network
    // stage probes the device and the switch) say nothing about this plan.
    PreflightInputs inputs {plan.nodes, plan.ciliumVersion, plan.networkMode, plan.target,
        plan.networkDevice, plan.underlay};
    if (inputs != m_checkedInputs) {
        m_session->prepare(plan, m_state.ssh);
        m_checkedInputs = inputs;
        m_ranOnce = false;
    }
    updateState();
}

void PreflightPage::cleanupPage()
{
    cancel();
}

void PreflightPage::runAll()
{
    startOn({});
}

void PreflightPage::rerunFailed()
{
    const QStringList failed = m_session->table().failedNodes();
    if (!failed.isEmpty())
        startOn(failed);
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
    // kubeconfig chosen on the Apply page when the operator has been there, else the one
    // kubectl would read ($KUBECONFIG, ~/.kube/config). None readable: the check is left out.
    const InstallPlan plan = m_state.config.plan();
    if (plan.target != Target::ExistingCluster || plan.haType != HaType::None)
        return std::nullopt;
    if (m_state.access)
        return apiServerAddress(m_state.access->server);
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
    m_running = false;
    m_ranOnce = true;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    updateState();
}

void PreflightPage::askNextHostKey()
{
    if (m_askingHostKey || m_hostKeyQueue.isEmpty())
        return;
    m_askingHostKey = true;
    const auto [node, fingerprint] = m_hostKeyQueue.takeFirst();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unknown host key"),
        tr("The host key of %1 is not known yet.\n\nSHA256 fingerprint:\n%2\n\nCompare it with "
           "the key on the machine (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust "
           "it and add it to known_hosts?")
            .arg(node, fingerprint),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No); // trusting must be a decision, not a reflex
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("hostKeyDialog"));
    box->setProperty("node", node);
    connect(box, &QMessageBox::finished, this, [this, node = node](int result) {
        m_session->answerHostKey(node, result == QMessageBox::Yes);
        m_askingHostKey = false;
        askNextHostKey();
    });
    box->open();
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
    t.kernelFailed = summary.kernelFailed;
    t.warningsAccepted = m_acceptWarnings->isChecked();
    m_counts->setText(tr("✓ %1 passed   ! %2 warnings   ✗ %3 failed   … %4 to go")
                          .arg(t.passed)
                          .arg(t.warnings)
                          .arg(t.failed)
                          .arg(t.pending));
    m_run->setEnabled(!m_running && !m_session->table().nodes().isEmpty());
    m_rerun->setEnabled(!m_running && summary.nodesFailed > 0);
    m_cancel->setEnabled(m_running);
    m_acceptWarnings->setEnabled(canAcceptWarnings(t));

    QString blocked;
    switch (preflightBlock(t)) {
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
    case PreflightBlock::Unfinished:
        blocked = tr("Some checks did not finish; run preflight again.");
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
    if (blocked.isEmpty() != completeBefore || !m_completeAnnounced) {
        m_completeAnnounced = true;
        Q_EMIT completeChanged();
    }
}

void PreflightPage::setOptions(const PreflightOptions &options)
{
    m_state.ssh = options;
}

bool PreflightPage::isComplete() const
{
    return m_blockedReason.isEmpty();
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
    m_run->setText(tr("&Run preflight"));
    m_rerun->setText(tr("Re-run &failed nodes"));
    m_cancel->setText(tr("Canc&el"));
    m_acceptWarnings->setText(tr("I have read the &warnings and want to go on anyway"));
    m_model->retranslate();
    showDetails();
    updateState();
}

} // namespace tkeci
