// Saves a PNG of every wizard page in English and Chinese:
//   tkeci_screenshots OUT_DIR [DRAFT_ZH_QM]
// Run by scripts/screenshots.sh under Xvfb so fonts render as on a desktop.
#include "TestApiServer.h"
#include "WizardDriver.h"

#include "apply/ChangePreviewDialog.h"
#include "apply/ClusterNodesPanel.h"
#include "apply/ControllerManagerDialog.h"
#include "apply/ExistingRunPanel.h"
#include "apply/InstallStepList.h"
#include "apply/KubeAccessPicker.h"
#include "apply/NewClusterPanel.h"
#include "apply/NodeCoveragePanel.h"
#include "apply/NodeSecretsDialog.h"
#include "apply/PlatformVersionPicker.h"
#include "apply/RolloutBars.h"
#include "editor/EditorFindBar.h"
#include "editor/ManifestEditor.h"
#include "editor/ManifestFileTab.h"
#include "preflight/HostKeyApprovals.h"
#include "preflight/NodeChecks.h"
#include "preflight/PreflightNodeActions.h"
#include "widgets/NumberGuard.h"
#include "widgets/PeerMatrixView.h"
#include "wizard/ApplyPage.h"
#include "wizard/ApplyRunPage.h"
#include "wizard/ClusterNetworkPage.h"
#include "wizard/ExportPage.h"
#include "wizard/HaPage.h"
#include "wizard/NetworkModePage.h"
#include "wizard/NodesPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/TargetPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDebug>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>

using namespace tkeci;
using namespace tkeci::testing;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

/// Types `text` key by key, as the operator would (the field's validator sees each key).
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + (c.unicode() - u'0'), Qt::NoModifier, c);
        QApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_0 + (c.unicode() - u'0'), Qt::NoModifier, c);
        QApplication::sendEvent(field, &release);
    }
}

void shoot(QWidget &w, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w.grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
}

/// Runs the event loop until `done` holds or `ms` pass (a live run against the test server).
bool waitFor(const std::function<bool()> &done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

/// Short polls and timeouts, so the pictures show a live run without waiting minutes.
void shorten(WizardState &state, const QString &inventoryFile)
{
    state.installOptions.pollMs = 200;
    state.installOptions.rolloutTimeoutMs = 60000;
    state.installOptions.connectivityTimeoutMs = 60000;
    state.installOptions.inventoryFile = inventoryFile;
    state.newClusterOptions.pollMs = 200;
    state.newClusterOptions.rolloutTimeoutMs = 60000;
    state.newClusterOptions.connectivityTimeoutMs = 60000;
    if (!inventoryFile.isEmpty()) { // empty: the defaults (under QStandardPaths' test mode)
        state.newClusterOptions.inventoryFile = inventoryFile + QStringLiteral(".global");
        state.newClusterOptions.newClusterInventoryFile = inventoryFile + QStringLiteral(".new");
    }
}

/// A wizard already at the Apply page for `target` (default answers otherwise).
void walkToApply(InstallerWizard &w)
{
    for (int i = 0; i < 20 && w.currentId() != ApplyPageId; ++i) {
        if (w.currentId() == PreflightPageId)
            feedPreflight(w.pageAs<PreflightPage>(PreflightPageId),
                results(nodeAddresses(w.state()), Verdict::Pass));
        clickNext(w);
    }
}

/// The Apply page of an existing cluster with a node the plan leaves out: Apply is held until
/// the node is added, removed from the cluster or kept without Cilium.
void nodeNotInPlan(Translations &translations, const QString &dir, const TestApiServer &server)
{
    InstallerWizard w(translations);
    w.resize(980, 720);
    w.show();
    w.state().config.setTarget(Target::ExistingCluster); // the plan: 10.0.0.16 only
    shorten(w.state(), QString());
    walkToApply(w);
    auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
    apply->skipControllerManager()->setChecked(true);
    apply->picker()->setKubeconfig(server.kubeconfig(QStringLiteral("admin-cert")));
    if (!waitFor([apply] { return apply->coverage()->nodes()->topLevelItemCount() > 0; }))
        qWarning("the nodes of the cluster were not read");
    shoot(w, dir, QStringLiteral("14c-apply-node-not-in-plan"));
}

/// An existing cluster read first: the kubeconfig on the Target page, then the Nodes page
/// comparing the plan (10.0.0.16 as a worker, an address no node has) with the cluster.
void clusterReadFirst(Translations &translations, const QString &dir, const TestApiServer &server)
{
    InstallerWizard w(translations);
    w.resize(980, 720);
    w.show();
    w.state().config.setTarget(Target::ExistingCluster);
    NodeSpec first = w.state().config.nodes().first();
    first.role = NodeRole::Worker;
    w.state().config.setNode(0, first);
    w.state().config.addNode(QStringLiteral("10.0.0.99"));
    clickNext(w);
    auto *target = w.pageAs<TargetPage>(TargetPageId);
    target->picker()->setKubeconfig(server.kubeconfig(QStringLiteral("admin-cert")));
    shoot(w, dir, QStringLiteral("02b-target-existing-cluster"));
    clickNext(w);
    ClusterNodesPanel *cluster = w.pageAs<NodesPage>(NodesPageId)->clusterNodes();
    if (!waitFor([cluster] { return !cluster->pending(); }))
        qWarning("the nodes of the cluster were not read");
    shoot(w, dir, QStringLiteral("03b-nodes-compared-with-cluster"));
}

/// The pages of an existing-cluster run that goes wrong: a workload that never comes up.
void crashLoop(Translations &translations, const QString &dir, const TestApiServer &server,
    const QString &inventoryFile)
{
    InstallerWizard w(translations);
    w.resize(980, 720);
    w.show();
    w.state().config.setTarget(Target::ExistingCluster);
    w.state().config.addNode(QStringLiteral("10.0.0.17")); // the server's second node
    shorten(w.state(), inventoryFile);
    w.state().installOptions.rolloutTimeoutMs = 3000;
    walkToApply(w);
    // Its masters are not reachable here: the flags count as set by the operator.
    w.pageAs<ApplyPage>(ApplyPageId)->skipControllerManager()->setChecked(true);
    w.pageAs<ApplyPage>(ApplyPageId)
        ->picker()
        ->setKubeconfig(server.kubeconfig(QStringLiteral("admin-cert")));
    if (!waitFor([&w] { return w.pageAs<ApplyPage>(ApplyPageId)->isComplete(); }))
        qWarning("the nodes of the cluster were not read");
    clickNext(w);
    ExistingRunPanel *run = w.pageAs<ApplyRunPage>(ApplyRunPageId)->existingPanel();
    // While it waits: the operator and ipamd are done, the cilium agent is not.
    if (!waitFor([run] {
            const QProgressBar *operatorBar
                = run->rolloutBars()->bar(QStringLiteral("cilium-operator"));
            return operatorBar && operatorBar->value() == operatorBar->maximum();
        }))
        qWarning("the operator did not roll out");
    shoot(w, dir, QStringLiteral("15-applying-rollout"));
    if (!waitFor([run] {
            return run->waitLongerButton()->isVisible()
                && run->stepList()->state(InstallStep::Rollout) == InstallStepList::Waiting;
        }))
        qWarning("the stuck rollout did not time out");
    shoot(w, dir, QStringLiteral("18-applying-crash-loop"));
    leaveWizard(w); // stops the run, as Cancel does
}

/// The overlay kube-controller-manager change as the operator is asked about it: the diff of
/// a real manifest (the test fixture) on one master, the already-right case on another.
/// The Apply page's preview on the installed cluster, with the operator's edit of one value.
void whatWillChange(const QString &dir, const TestApiServer &server, const WizardState &state)
{
    ManifestEdits edits = state.edits;
    QByteArray text = edits.text(QStringLiteral("cilium"));
    edits.setText(QStringLiteral("cilium"), text.replace("debug: \"false\"", "debug: \"true\""));
    ChangePreviewDialog dialog(
        *loadKubeConfig({server.kubeconfig(QStringLiteral("admin-cert"))}).access,
        edits.effective().filesFor(ManifestDestination::TargetCluster), state.config.plan());
    dialog.show();
    dialog.start();
    if (!waitFor([&dialog] { return dialog.isDone(); }))
        qWarning("the preview got no answer");
    shoot(dialog, dir, QStringLiteral("14b-apply-what-will-change"));
}

void controllerManagerDiff(const QString &dir)
{
    QFile fixture(QStringLiteral(TKECI_CM_FIXTURE));
    if (!fixture.open(QIODevice::ReadOnly)) {
        qWarning("no controller-manager fixture");
        return;
    }
    const QByteArray manifest = fixture.readAll();
    MasterEditPlan first;
    first.node.ip = QStringLiteral("10.0.0.16");
    first.edit = planControllerManagerEdit(manifest, overlayControllerManagerFlags());
    MasterEditPlan second;
    second.node.ip = QStringLiteral("10.0.0.17");
    second.edit = planControllerManagerEdit(first.edit.edited, overlayControllerManagerFlags());
    ControllerManagerDialog dialog({first, second});
    dialog.show();
    settle();
    shoot(dialog, dir, QStringLiteral("21-controller-manager-diff"));
}

/// A wizard at the Apply page of a new cluster whose nodes log in with a password.
void newClusterAtApply(InstallerWizard &w)
{
    w.resize(980, 720);
    w.show();
    w.state().config.setTarget(Target::NewCluster);
    NodeSpec node = w.state().config.nodes().first();
    node.auth = AuthMethod::Password;
    node.keyFile.clear();
    w.state().config.setNode(0, node);
    shorten(w.state(), QString());
    walkToApply(w);
}

/// Picks `server` as the global cluster and waits until it said which versions it offers.
void chooseGlobal(InstallerWizard &w, const TestApiServer &server)
{
    ApplyPage *apply = w.pageAs<ApplyPage>(ApplyPageId);
    apply->picker()->setKubeconfig(server.kubeconfig(QStringLiteral("admin-cert")));
    if (!waitFor([apply] { return !apply->versions()->blocksApply() && apply->isComplete(); }))
        qWarning("the versions were not read");
}

/// Answers the node password dialog (shot while open when `picture` is set) after Apply.
void answerPasswords(InstallerWizard &w, const QString &dir, const QString &picture)
{
    QTimer::singleShot(300, &w, [dir, picture] {
        auto *dialog = qobject_cast<NodeSecretsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->fields().first()->setText(QStringLiteral("s3cret"));
        if (!picture.isEmpty()) {
            settle();
            dialog->grab().save(QDir(dir).filePath(picture + QStringLiteral(".png")));
        }
        dialog->accept();
    });
}

/// The global cluster does not offer the profile's Kubernetes version: the Apply page says
/// so and offers the valid ones.
void newClusterVersionNotOffered(
    Translations &translations, const QString &dir, const TestApiServer &server)
{
    InstallerWizard w(translations);
    w.state().config.setKubernetesVersion(QStringLiteral("1.20.4-tke.1"));
    newClusterAtApply(w);
    ApplyPage *apply = w.pageAs<ApplyPage>(ApplyPageId);
    apply->picker()->setKubeconfig(server.kubeconfig(QStringLiteral("admin-cert")));
    if (!waitFor([apply] { return apply->versions()->choice()->isVisible(); }))
        qWarning("the versions were not read");
    shoot(w, dir, QStringLiteral("21-new-cluster-version-not-offered"));
}

/// The whole of Case 1: Cluster created, Running, the worker added, an edited cilium.yaml
/// applied to the new cluster over TKEStack's own (taken over on request), rollout, check.
void newClusterRunning(Translations &translations, const QString &dir, const TestApiServer &server)
{
    InstallerWizard w(translations);
    newClusterAtApply(w);
    QByteArray cilium = w.state().edits.text(QStringLiteral("cilium"));
    cilium.replace("debug: \"false\"", "debug: \"true\"");
    w.state().edits.setText(QStringLiteral("cilium"), cilium);
    w.pageAs<ApplyPage>(ApplyPageId)->initializePage();
    chooseGlobal(w, server);
    shoot(w, dir, QStringLiteral("22-new-cluster-apply"));
    answerPasswords(w, dir, QString());
    clickNext(w);
    NewClusterPanel *run = w.pageAs<ApplyRunPage>(ApplyRunPageId)->newClusterPanel();
    if (waitFor([run] { return run->takeOverButton()->isVisible() || !run->isRunning(); })
        && run->isRunning()) {
        shoot(w, dir, QStringLiteral("23-new-cluster-take-over"));
        run->takeOverButton()->click();
    }
    if (!waitFor([run] { return !run->isRunning(); }))
        qWarning("the new cluster did not end");
    shoot(w, dir, QStringLiteral("24-new-cluster-running"));
}

/// A new cluster that TKEStack fails to install (EnsureCilium FailedInit).
void newClusterFailed(Translations &translations, const QString &dir, const TestApiServer &server)
{
    InstallerWizard w(translations);
    newClusterAtApply(w);
    chooseGlobal(w, server);
    // The password dialog, shot while open, then answered.
    answerPasswords(w, dir, QStringLiteral("19-new-cluster-passwords"));
    clickNext(w);
    NewClusterPanel *run = w.pageAs<ApplyRunPage>(ApplyRunPageId)->newClusterPanel();
    if (!waitFor([run] { return !run->isRunning(); }))
        qWarning("the new cluster did not end");
    shoot(w, dir, QStringLiteral("20-new-cluster-failed"));
}

void run(Translations &translations, const QString &lang, const QString &out)
{
    const QString dir = QDir(out).filePath(lang);
    QDir().mkpath(dir);
    translations.switchTo(*Translations::localeFromLang(lang));
    InstallerWizard w(translations);
    w.resize(980, 720);
    w.show();
    shoot(w, dir, QStringLiteral("01-welcome"));
    clickNext(w);
    shoot(w, dir, QStringLiteral("02-target"));
    // An existing cluster: its Apply runs every step live against the test API server.
    w.state().config.setTarget(Target::ExistingCluster);
    clickNext(w);
    w.state().config.pasteNodes(QStringLiteral("10.0.0.17 master\n10.0.0.18 master\n10.0.0.46\n"
                                               "10.0.0.47\n10.0.0.47"));
    w.state().config.addNode(); // a row not filled in yet: listed apart, in the neutral tone
    shoot(w, dir, QStringLiteral("03-nodes-duplicate"));
    w.state().config.removeNodes({5, 6});
    clickNext(w);
    shoot(w, dir, QStringLiteral("04-cni"));
    clickNext(w);
    auto *mode = w.pageAs<NetworkModePage>(NetworkModePageId);
    w.state().config.setNetworkMode(NetworkMode::Underlay);
    mode->initializePage();
    mode->switchIpEdit()->setText(QStringLiteral("192.168.60"));
    typeInto(mode->asnEdit(), QStringLiteral("0")); // refused, and said
    shoot(w, dir, QStringLiteral("05-network-mode-invalid"));
    mode->asnEdit()->setText(QStringLiteral("64512"));
    mode->switchIpEdit()->setText(QStringLiteral("192.168.60.2"));
    shoot(w, dir, QStringLiteral("06-network-mode-underlay"));
    // Per-node overrides: the ASN column shows its whole header in either language.
    QCheckBox *perNode = mode->findChildren<QCheckBox *>().value(0);
    if (perNode) {
        perNode->setChecked(true);
        shoot(w, dir, QStringLiteral("06b-network-mode-per-node"));
        perNode->setChecked(false);
    }
    clickNext(w);
    w.state().config.setHaType(HaType::Tke);
    w.state().config.setVip(QStringLiteral("10.0.0.100"));
    w.currentPage()->initializePage();
    shoot(w, dir, QStringLiteral("07-ha"));
    // A port out of range is refused as typed, and the page says why.
    w.state().config.setHaType(HaType::ThirdParty);
    w.currentPage()->initializePage();
    auto *ha = w.pageAs<HaPage>(HaPageId);
    ha->vportBox()->selectAll();
    typeInto(ha->vportBox(), QStringLiteral("70000"));
    shoot(w, dir, QStringLiteral("07b-ha-port-refused"));
    w.state().config.setHaType(HaType::Tke);
    w.state().config.setVport(6443);
    w.currentPage()->initializePage();
    clickNext(w);
    w.pageAs<ClusterNetworkPage>(ClusterNetworkPageId)->setExpanded(true);
    shoot(w, dir, QStringLiteral("08-cluster-network"));
    clickNext(w);
    auto *preflight = w.pageAs<PreflightPage>(PreflightPageId);
    const QStringList nodes = nodeAddresses(w.state());
    QList<CheckResult> rows = results(nodes.mid(0, 3), Verdict::Pass);
    rows += results(nodes.mid(3, 1), Verdict::Warn, Verdict::Fail); // seed case 3: old kernel
    rows += results(nodes.mid(4), Verdict::Pass).mid(0, 5); // a node still being checked
    preflight->addResults(rows);
    preflight->grid()->setCurrentIndex(preflight->model()->index(3, 0));
    shoot(w, dir, QStringLiteral("09-preflight-kernel-too-old"));
    // The network stage: the last node drops UDP 8472 (its peers' probes do not arrive), the
    // others pass and name it; the node × node view shows its red column.
    preflight->session()->setNodes(nodes);
    QList<CheckResult> net = results(nodes, Verdict::Pass);
    const QString dropper = nodes.last();
    for (CheckResult &r : net) {
        if (r.check != CheckId::NetVxlan)
            continue;
        QStringList others = nodes;
        others.removeAll(r.node);
        const bool dropping = r.node == dropper;
        r.verdict = dropping ? Verdict::Fail : Verdict::Pass;
        r.code = dropping ? CheckResult::Code::NetPeersBlocked : CheckResult::Code::NetPeersOk;
        r.args = dropping
            ? QStringList {QStringLiteral("UDP 8472"), others.join(QStringLiteral(", "))}
            : QStringList {QStringLiteral("UDP 8472"), QString::number(others.size() - 1), dropper};
        r.details.clear();
    }
    preflight->addResults(net);
    preflight->grid()->setCurrentIndex(preflight->model()->index(
        int(nodes.size()) - 1, preflight->model()->columnOf(CheckId::NetVxlan)));
    preflight->lowerTabs()->setCurrentWidget(preflight->peerMatrixView());
    shoot(w, dir, QStringLiteral("09b-preflight-node-matrix"));
    preflight->lowerTabs()->setCurrentIndex(0);
    // Cancelled half way: the nodes not reached read "not run", nothing is blamed.
    preflight->session()->setNodes(nodes);
    QList<CheckResult> stopped = results(nodes.mid(0, 3), Verdict::Pass);
    for (const QString &node : nodes.mid(3))
        stopped += nodeFailure(
            preflight->session()->table().checks(), node, CheckResult::Code::Cancelled, {}, {});
    feedPreflight(preflight, stopped);
    preflight->grid()->setCurrentIndex(preflight->model()->index(4, 0));
    shoot(w, dir, QStringLiteral("09c-preflight-cancelled"));
    // A failure with a known fix: the command is copied, never run.
    preflight->session()->setNodes(nodes);
    QList<CheckResult> untidy = results(nodes, Verdict::Pass);
    for (CheckResult &r : untidy) {
        if (r.node == nodes.at(1) && r.check == CheckId::IpForward) {
            r.verdict = Verdict::Warn;
            r.code = CheckResult::Code::IpForwardOff;
            r.args = {QStringLiteral("0")};
            r.details = QStringLiteral("/proc/sys/net/ipv4/ip_forward: 0");
        }
    }
    feedPreflight(preflight, untidy);
    preflight->grid()->setCurrentIndex(
        preflight->model()->index(1, preflight->model()->columnOf(CheckId::IpForward)));
    preflight->nodeActions()->copyFixButton()->click();
    shoot(w, dir, QStringLiteral("09d-preflight-fix-command"));
    // New host keys of every node in one table, approved together.
    preflight->session()->setNodes(nodes);
    for (int i = 0; i < nodes.size(); ++i) {
        const QByteArray seed = nodes.at(i).toLatin1();
        const QString fingerprint = QStringLiteral("SHA256:")
            + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
                                      .toBase64(QByteArray::OmitTrailingEquals));
        preflight->hostKeyApprovals()->add(nodes.at(i), fingerprint,
            i % 3 == 2 ? QStringLiteral("ecdsa-sha2-nistp256") : QStringLiteral("ssh-ed25519"));
    }
    shoot(w, dir, QStringLiteral("09e-preflight-host-keys"));
    preflight->hostKeyApprovals()->clear();
    preflight->nodeActions()->showNote({});
    preflight->session()->setNodes(nodes);
    feedPreflight(preflight, results(nodes, Verdict::Pass));
    clickNext(w);
    auto *review = w.pageAs<ReviewPage>(ReviewPageId);
    review->tabs()->setCurrentWidget(review->fileTab(QStringLiteral("cilium")));
    shoot(w, dir, QStringLiteral("10-review"));
    ManifestFileTab *tab = review->fileTab(QStringLiteral("cilium"));
    QTextCursor cursor(tab->editor()->document()->findBlockByNumber(6));
    cursor.insertText(QStringLiteral("  broken: [unclosed\n"));
    tab->checkNow();
    shoot(w, dir, QStringLiteral("11-review-parse-error"));
    // Cancel with that edit neither exported nor saved: the wizard asks, naming it.
    w.button(QWizard::CancelButton)->click();
    settle();
    if (auto *leave = w.findChild<QMessageBox *>(QStringLiteral("leaveQuestion"))) {
        shoot(*leave, dir, QStringLiteral("11c-leave-question"));
        leave->reject(); // "Stay"
    }
    tab->resetToGenerated();
    // The find bar under the editor (Ctrl+F), on the second match.
    tab->findBar()->startFind();
    tab->findBar()->findField()->setText(QStringLiteral("cilium-config"));
    tab->findBar()->findNext();
    tab->findBar()->findNext();
    shoot(w, dir, QStringLiteral("11b-review-find"));
    tab->findBar()->close();
    review->tabs()->setCurrentIndex(review->tabs()->count() - 1);
    shoot(w, dir, QStringLiteral("12-review-topology"));
    clickNext(w);
    // A fixed path so the committed pictures do not change with every run.
    w.pageAs<ExportPage>(ExportPageId)
        ->exportTo(ExportPage::Kind::Bundle,
            QDir(QDir::tempPath()).filePath(QStringLiteral("cilium-site-a.tar.gz")));
    shoot(w, dir, QStringLiteral("13-export"));
    clickNext(w);
    shoot(w, dir, QStringLiteral("14-apply-no-kubeconfig"));

    // From here on a live run against the test API server (tests/kube/apiserver).
    const QStringList fast {QStringLiteral("--ready-after"), QStringLiteral("2"),
        QStringLiteral("--cluster-step"), QStringLiteral("0.2")};
    TestApiServer server(fast);
    QTemporaryDir inventory;
    if (!server.isRunning()) {
        qWarning("the test API server did not start; no pictures of a run");
        return;
    }
    shorten(w.state(), inventory.filePath(QStringLiteral("inventory.json")));
    auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
    apply->picker()->setKubeconfig(server.kubeconfig(QStringLiteral("admin-cert")));
    if (!waitFor([apply] { return apply->isComplete(); }))
        qWarning("the nodes of the cluster were not read");
    shoot(w, dir, QStringLiteral("14-apply"));
    // Apply asks once, with what it is about to do; "Not yet" here, then on.
    QTimer::singleShot(300, &w, [dir] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shoot(*box, dir, QStringLiteral("14b-apply-confirmation"));
        box->reject();
    });
    w.button(QWizard::CommitButton)->click();
    clickNext(w);
    ExistingRunPanel *existing = w.pageAs<ApplyRunPage>(ApplyRunPageId)->existingPanel();
    if (!waitFor([existing] { return !existing->isRunning(); }))
        qWarning("the run did not end");
    shoot(w, dir, QStringLiteral("16-applying-done"));
    clickNext(w);
    shoot(w, dir, QStringLiteral("17-finish"));
    whatWillChange(dir, server, w.state());
    // An edit after the export (as when going back from the Export page of an export-only
    // run): the bundle is flagged as out of date, with the button that writes it again.
    ManifestEdits &edits = w.state().edits;
    edits.setText(QStringLiteral("cilium"),
        edits.text(QStringLiteral("cilium")) + "# changed after the export\n");
    w.currentPage()->initializePage();
    shoot(w, dir, QStringLiteral("17b-finish-export-out-of-date"));

    controllerManagerDiff(dir);
    nodeNotInPlan(translations, dir, server);
    clusterReadFirst(translations, dir, server);
    TestApiServer stuck(fast + QStringList {QStringLiteral("--stuck"), QStringLiteral("cilium")});
    crashLoop(translations, dir, stuck, inventory.filePath(QStringLiteral("stuck.json")));
    TestApiServer failed(
        fast + QStringList {QStringLiteral("--cluster-outcome"), QStringLiteral("failed")});
    newClusterFailed(translations, dir, failed);
    TestApiServer ownRegistry(fast
        + QStringList {QStringLiteral("--platform-cilium-image"),
            QStringLiteral("registry.tke.example/library/cilium:v1.9.5")});
    newClusterVersionNotOffered(translations, dir, ownRegistry);
    newClusterRunning(translations, dir, ownRegistry);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the operator's settings
    QCoreApplication::setOrganizationName(QStringLiteral("TKEStack-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("tke-cilium-installer"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    Translations translations(&app);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")})
        run(translations, lang, out);
    return 0;
}
