// The preflight page against real OpenSSH test nodes (tests/preflight/sshnode.sh): the grid
// fills live, unknown host keys are gathered in one table, a kernel that is too old (seed
// case 3) blocks the way on, "re-run failed nodes" checks only those again, cancel leaves
// checks "not run", results of unchanged nodes outlive a trip back to the Nodes page, and
// each node can be re-checked, removed or have its fix copied in place.
#include "WizardFixture.h"

#include "../preflight/TestNodes.h"
#include "preflight/HostKeyApprovals.h"
#include "preflight/KnownHostsChooser.h"
#include "preflight/PreflightNodeActions.h"
#include "profile/ProfileReader.h"
#include "wizard/NodesPage.h"
#include "wizard/PreflightPage.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tkeci;
using namespace tkeci::testing;

class TestWizardPreflight : public QObject
{
    Q_OBJECT
    TestNodes m_nodes; // claims its own slot of node indexes
    QString m_healthy;
    QString m_oldKernel;
    QString m_silent; // accepts TCP on 22 and never answers: a run on it goes until cancelled
    QString m_untidy; // ip_forward off, no bpffs, TCP 9876 busy, CONFIG_BPF_JIT missing

    /// The wizard walked to the preflight page over `ips` (the first a master), logging in
    /// with `knownHosts` and no network stage (the test nodes cannot reach each other).
    PreflightPage *openPreflight(InstallerWizard &w, const QStringList &ips,
        const QString &knownHosts, int connectTimeoutMs = 5000)
    {
        InstallPlan plan = defaultProfile().plan;
        plan.nodes.clear();
        for (const QString &ip : ips) {
            NodeSpec n;
            n.ip = ip;
            n.role = plan.nodes.isEmpty() ? NodeRole::Master : NodeRole::Worker;
            n.keyFile = m_nodes.userKey();
            plan.nodes.append(n);
        }
        w.state().config.setPlan(plan);
        w.show();
        while (w.currentId() != PreflightPageId) {
            if (!clickNext(w))
                return nullptr;
        }
        auto *page = w.pageAs<PreflightPage>(PreflightPageId);
        PreflightOptions options;
        options.knownHostsFile = knownHosts;
        options.useSshConfig = false;
        options.networkChecks = false;
        options.connectTimeoutMs = connectTimeoutMs;
        options.commandTimeoutMs = 15000;
        page->setOptions(options);
        return page;
    }

    QString knownHostsOf(const QString &name, const QStringList &ips)
    {
        QStringList lines;
        for (const QString &ip : ips)
            lines.append(m_nodes.hostPublicKeyLine(ip));
        return m_nodes.writeKnownHosts(name, lines);
    }

    static int verdictAt(PreflightGridModel *model, int row, int column)
    {
        return model->data(model->index(row, column), PreflightGridModel::VerdictRole).toInt();
    }

    /// Waits until `count` nodes wait for a decision on their host key in the page's table;
    /// returns the rows as "node keytype fingerprint", sorted.
    QStringList waitForHostKeys(PreflightPage *page, int count)
    {
        QTableWidget *table = page->hostKeyApprovals()->table();
        if (!QTest::qWaitFor([&] { return table->rowCount() >= count; }, 20000))
            return {};
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r) {
            rows.append(QStringLiteral("%1 %2 %3")
                            .arg(table->item(r, 0)->text(), table->item(r, 1)->text(),
                                table->item(r, 2)->text()));
        }
        rows.sort();
        return rows;
    }

    /// "node ssh-ed25519 SHA256:..." as OpenSSH shows the node's host key.
    QString hostKeyRow(const QString &ip) const
    {
        const QStringList f = m_nodes.hostPublicKeyLine(ip).split(u' ');
        const QByteArray hash = QCryptographicHash::hash(
            QByteArray::fromBase64(f.value(2).toLatin1()), QCryptographicHash::Sha256);
        return QStringLiteral("%1 %2 SHA256:%3")
            .arg(
                ip, f.value(1), QString::fromLatin1(hash.toBase64(QByteArray::OmitTrailingEquals)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        const QString ready = TestNodes::data(QStringLiteral("config-cilium-ready"));
        const QString tencent = TestNodes::data(QStringLiteral("os-release-tencentos-3.1"));
        m_healthy = m_nodes.start(
            {QStringLiteral("--boot-config"), ready, QStringLiteral("--os-release"), tencent});
        QVERIFY2(!m_healthy.isEmpty(), qPrintable(m_nodes.error()));
        m_oldKernel
            = m_nodes.start({QStringLiteral("--kernel"), QStringLiteral("4.10.0-118-generic"),
                QStringLiteral("--boot-config"), ready, QStringLiteral("--os-release"), tencent});
        QVERIFY2(!m_oldKernel.isEmpty(), qPrintable(m_nodes.error()));
        m_silent = m_nodes.start({QStringLiteral("--mode"), QStringLiteral("silent")});
        QVERIFY2(!m_silent.isEmpty(), qPrintable(m_nodes.error()));
        m_untidy = m_nodes.start({QStringLiteral("--ip-forward"), QStringLiteral("0"),
            QStringLiteral("--no-bpffs"), QStringLiteral("--busy-port"), QStringLiteral("9876"),
            QStringLiteral("--boot-config"), TestNodes::data(QStringLiteral("config-no-bpf-jit")),
            QStringLiteral("--os-release"), tencent});
        QVERIFY2(!m_untidy.isEmpty(), qPrintable(m_nodes.error()));
    }

    void gridFillsAndOldKernelBlocks()
    {
        Translations translations(qApp);
        translations.switchTo(QLocale(QLocale::English));
        InstallerWizard w(translations);
        InstallPlan plan = defaultProfile().plan;
        plan.nodes.clear();
        for (const QString &ip : {m_healthy, m_oldKernel}) {
            NodeSpec n;
            n.ip = ip;
            n.role = plan.nodes.isEmpty() ? NodeRole::Master : NodeRole::Worker;
            n.keyFile = m_nodes.userKey();
            plan.nodes.append(n);
        }
        w.state().config.setPlan(plan);
        w.show();
        while (w.currentId() != PreflightPageId)
            QVERIFY(clickNext(w));
        auto *page = w.pageAs<PreflightPage>(PreflightPageId);
        PreflightOptions options;
        // An empty known_hosts: both keys are unknown and must be asked about.
        options.knownHostsFile = m_nodes.writeKnownHosts(QStringLiteral("known_hosts"), {});
        options.useSshConfig = false;
        options.networkChecks = false; // the test nodes cannot reach each other
        options.connectTimeoutMs = 5000;
        options.commandTimeoutMs = 15000;
        page->setOptions(options);

        QSignalSpy finished(page->runner(), &PreflightRunner::finished);
        QSignalSpy batches(page->runner(), &PreflightRunner::resultsReady);
        find<QPushButton>(page, QStringLiteral("Run preflight"))->click();
        // Both keys in one table, each with its own fingerprint, trusted together.
        QStringList expected {hostKeyRow(m_healthy), hostKeyRow(m_oldKernel)};
        expected.sort();
        QCOMPARE(waitForHostKeys(page, 2), expected);
        page->hostKeyApprovals()->trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(batches.count() >= 1);

        PreflightGridModel *model = page->model();
        QCOMPARE(page->session()->summary().cells.pending, 0);
        const int kernel = model->columnOf(CheckId::KernelVersion);
        const int healthyRow = int(model->nodes().indexOf(m_healthy));
        const int oldRow = int(model->nodes().indexOf(m_oldKernel));
        QCOMPARE(
            model->data(model->index(healthyRow, kernel), PreflightGridModel::VerdictRole).toInt(),
            int(Verdict::Pass));
        QCOMPARE(model->data(model->index(oldRow, kernel), PreflightGridModel::VerdictRole).toInt(),
            int(Verdict::Fail));
        const QString message
            = model->data(model->index(oldRow, kernel), PreflightGridModel::MessageRole).toString();
        QVERIFY2(message.contains(QStringLiteral("4.10.0-118-generic"))
                && message.contains(QStringLiteral("4.11")),
            qPrintable(message));
        QCOMPARE(page->session()->table().failedNodes(), QStringList {m_oldKernel});
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!page->acceptWarnings()->isEnabled());

        // Re-run only the failed node: the keys are known now, so no dialog; still blocked.
        const QString healthyCell = checkMessage(*model->result(healthyRow, kernel));
        page->rerunFailed();
        QCOMPARE(
            model->data(model->index(oldRow, kernel), PreflightGridModel::VerdictRole).toInt(), -1);
        QCOMPARE(
            model->data(model->index(healthyRow, kernel), PreflightGridModel::VerdictRole).toInt(),
            int(Verdict::Pass));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(page->hostKeyApprovals()->count(), 0);
        QCOMPARE(checkMessage(*model->result(healthyRow, kernel)), healthyCell);
        QCOMPARE(model->data(model->index(oldRow, kernel), PreflightGridModel::VerdictRole).toInt(),
            int(Verdict::Fail));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

        // Cancel stops at once: what was not finished shows as not run, and blocks.
        page->runAll();
        page->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QCOMPARE(page->session()->summary().cells.pending, 0);
        QVERIFY(page->session()->summary().cells.cancelled > 0);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    }

    /// Cancel is the operator's choice, not a verdict on a node: the cells it cut short read
    /// "not run", nothing counts as failed, the bar shows the one node fully checked, the
    /// message blames no kernel, and the way on stays closed.
    void cancelLeavesChecksNotRun()
    {
        Translations translations(qApp);
        translations.switchTo(QLocale(QLocale::English));
        InstallerWizard w(translations);
        PreflightPage *page = openPreflight(w, {m_healthy, m_silent},
            knownHostsOf(QStringLiteral("known_hosts_cancel"), {m_healthy}), 60000);
        QVERIFY(page);
        QSignalSpy finished(page->session(), &PreflightSession::finished);
        QSignalSpy nodeDone(page->session(), &PreflightSession::nodeFinished);
        find<QPushButton>(page, QStringLiteral("Run preflight"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!nodeDone.isEmpty(), 30000);
        QCOMPARE(nodeDone.first().at(0).toString(), m_healthy);
        QVERIFY(page->session()->isRunning()); // the silent node is still being waited for
        QPushButton *cancel = find<QPushButton>(page, QStringLiteral("Cancel"));
        QVERIFY(cancel && cancel->isEnabled());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);

        PreflightGridModel *model = page->model();
        const int checks = model->columnCount();
        const int silentRow = int(model->nodes().indexOf(m_silent));
        for (int c = 0; c < checks; ++c) {
            QCOMPARE(verdictAt(model, silentRow, c), PreflightGridModel::NotRunVerdict);
            QCOMPARE(model->index(silentRow, c).data().toString(), QStringLiteral("not run"));
        }
        const PreflightSummary s = page->session()->summary();
        QCOMPARE(s.cells.failed, 0);
        QCOMPARE(s.cells.cancelled, checks);
        QVERIFY(!s.kernelFailed);
        QCOMPARE(page->countsLabel()->text(),
            QStringLiteral("✓ %1 passed   ! %2 warnings   ✗ 0 failed   … %3 to go (%3 not run: "
                           "cancelled)")
                .arg(s.cells.passed)
                .arg(s.cells.warnings)
                .arg(checks));
        QCOMPARE(page->progressBar()->maximum(), 2);
        QCOMPARE(page->progressBar()->value(), 1);
        const QString blocked = page->blockedLabel()->text();
        QVERIFY2(blocked.contains(QStringLiteral("cancelled"))
                && !blocked.contains(QStringLiteral("kernel")),
            qPrintable(blocked));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!page->acceptWarnings()->isEnabled());
    }

    /// Back to the Nodes page and here again: the same nodes keep every result; after one
    /// node is replaced only that one is to go, and "Run" checks only it.
    void resultsOfUnchangedNodesAreKept()
    {
        Translations translations(qApp);
        translations.switchTo(QLocale(QLocale::English));
        InstallerWizard w(translations);
        PreflightPage *page = openPreflight(w, {m_healthy, m_oldKernel},
            knownHostsOf(QStringLiteral("known_hosts_keep"), {m_healthy, m_oldKernel, m_untidy}));
        QVERIFY(page);
        QSignalSpy finished(page->session(), &PreflightSession::finished);
        find<QPushButton>(page, QStringLiteral("Run preflight"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        PreflightGridModel *model = page->model();
        const int checks = model->columnCount();
        const CheckResults healthy = page->session()->table().resultsOf(m_healthy);
        QCOMPARE(healthy.size(), checks);
        QCOMPARE(page->progressBar()->value(), 2);
        const auto backToNodes = [&] {
            while (w.currentId() != NodesPageId)
                w.button(QWizard::BackButton)->click();
        };
        const auto forwardToPreflight = [&] {
            while (w.currentId() != PreflightPageId) {
                if (!clickNext(w))
                    return false;
            }
            return true;
        };

        backToNodes();
        QVERIFY(forwardToPreflight());
        QCOMPARE(page->session()->table().resultsOf(m_healthy), healthy);
        QCOMPARE(page->session()->table().resultsOf(m_oldKernel).size(), checks);
        QCOMPARE(page->progressBar()->value(), 2);
        QCOMPARE(page->progressBar()->maximum(), 2);

        backToNodes();
        NodeSpec replaced = w.state().config.nodes().at(1);
        replaced.ip = m_untidy;
        w.state().config.setNode(1, replaced);
        QVERIFY(forwardToPreflight());
        QCOMPARE(model->nodes(), (QStringList {m_healthy, m_untidy}));
        QCOMPARE(page->session()->table().resultsOf(m_healthy), healthy);
        QVERIFY(page->session()->table().resultsOf(m_untidy).isEmpty());
        const QString counts = page->countsLabel()->text();
        QVERIFY2(counts.endsWith(QStringLiteral("… %1 to go").arg(checks)), qPrintable(counts));
        QCOMPARE(page->progressBar()->value(), 1);
        QCOMPARE(page->progressBar()->maximum(), 2);
        page->grid()->setCurrentIndex(model->index(1, 0));
        QCOMPARE(page->detailsView()->toPlainText(), QStringLiteral("Not checked yet."));
        QPushButton *run = page->findChild<QPushButton *>(QStringLiteral("runPreflight"));
        QVERIFY2(run->text().startsWith(QStringLiteral("&Run preflight on 1 node")),
            qPrintable(run->text()));

        QSignalSpy nodeDone(page->session(), &PreflightSession::nodeFinished);
        run->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(nodeDone.count(), 1);
        QCOMPARE(nodeDone.first().at(0).toString(), m_untidy);
        QCOMPARE(page->session()->table().resultsOf(m_healthy), healthy);
        QCOMPARE(page->session()->summary().cells.toGo(), 0);
        QCOMPARE(page->progressBar()->value(), 2);
    }

    /// Acting on a result where it is shown: the fix command of a failure is copied (never
    /// run), one node is checked again while the others keep theirs, a node is taken out of
    /// the plan every page shares, and the only master cannot be.
    void nodeActionsInPlace()
    {
        Translations translations(qApp);
        translations.switchTo(QLocale(QLocale::English));
        InstallerWizard w(translations);
        PreflightPage *page = openPreflight(w, {m_healthy, m_untidy, m_oldKernel},
            knownHostsOf(
                QStringLiteral("known_hosts_actions"), {m_healthy, m_oldKernel, m_untidy}));
        QVERIFY(page);
        QSignalSpy finished(page->session(), &PreflightSession::finished);
        find<QPushButton>(page, QStringLiteral("Run preflight"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(mnemonicClash(w), QString());

        PreflightGridModel *model = page->model();
        QTableView *grid = page->grid();
        PreflightNodeActions *actions = page->nodeActions();
        const int untidy = int(model->nodes().indexOf(m_untidy));
        const int old = int(model->nodes().indexOf(m_oldKernel));
        const int healthy = int(model->nodes().indexOf(m_healthy));
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();

        grid->setFocus();
        grid->setCurrentIndex(model->index(untidy, model->columnOf(CheckId::IpForward)));
        QVERIFY(actions->copyFixButton()->isEnabled());
        actions->copyFixButton()->click();
        QCOMPARE(clipboard->text(), QStringLiteral("sysctl -w net.ipv4.ip_forward=1"));
        QVERIFY(actions->noteLabel()->text().contains(m_untidy));
        QVERIFY(page->detailsView()->toPlainText().contains(clipboard->text()));
        // The same from the grid's context menu.
        QAction *copyAction = nullptr;
        for (QAction *a : grid->actions()) {
            if (a->text() == QStringLiteral("Copy fix command"))
                copyAction = a;
        }
        QVERIFY(copyAction);
        QCOMPARE(grid->contextMenuPolicy(), Qt::ActionsContextMenu);
        grid->setCurrentIndex(model->index(untidy, model->columnOf(CheckId::Bpffs)));
        copyAction->trigger();
        QCOMPARE(clipboard->text(), QStringLiteral("mount bpffs /sys/fs/bpf -t bpf"));
        grid->setCurrentIndex(model->index(untidy, model->columnOf(CheckId::Ports)));
        actions->copyFixButton()->click();
        QCOMPARE(clipboard->text(), QStringLiteral("ss -ltnp 'sport = :9876'"));
        grid->setCurrentIndex(model->index(untidy, model->columnOf(CheckId::KernelConfig)));
        actions->copyFixButton()->click();
        QVERIFY2(clipboard->text().contains(QStringLiteral("CONFIG_BPF_JIT")),
            qPrintable(clipboard->text()));
        // Nothing to copy for a pass or for a failure without a known fix.
        grid->setCurrentIndex(model->index(healthy, model->columnOf(CheckId::IpForward)));
        QVERIFY(!actions->copyFixButton()->isEnabled());
        grid->setCurrentIndex(model->index(old, model->columnOf(CheckId::KernelVersion)));
        QVERIFY(!actions->copyFixButton()->isEnabled());
        QVERIFY(!copyAction->isEnabled());

        // Re-check one node: only its row goes pending and runs.
        QSignalSpy nodeDone(page->session(), &PreflightSession::nodeFinished);
        const CheckResults healthyResults = page->session()->table().resultsOf(m_healthy);
        grid->setCurrentIndex(model->index(untidy, 0));
        QVERIFY(actions->recheckButton()->isEnabled());
        actions->recheckButton()->click();
        QCOMPARE(verdictAt(model, untidy, 0), PreflightGridModel::PendingVerdict);
        QCOMPARE(page->session()->table().resultsOf(m_healthy), healthyResults);
        QVERIFY(!actions->recheckButton()->isEnabled()); // one run at a time
        QVERIFY(!actions->removeButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(nodeDone.count(), 1);
        QCOMPARE(nodeDone.first().at(0).toString(), m_untidy);
        QCOMPARE(page->session()->summary().cells.toGo(), 0);

        // Remove the old-kernel node: gone from the plan every page reads, the others keep
        // their results (the untidy node's kernel options still fail: one failed node left).
        QCOMPARE(page->session()->summary().nodesFailed, 2);
        const CheckResults untidyResults = page->session()->table().resultsOf(m_untidy);
        grid->setCurrentIndex(model->index(old, 0));
        actions->removeButton()->click();
        QCOMPARE(nodeAddresses(w.state()), (QStringList {m_healthy, m_untidy}));
        QCOMPARE(model->nodes(), (QStringList {m_healthy, m_untidy}));
        QCOMPARE(page->session()->summary().cells.toGo(), 0);
        QCOMPARE(page->session()->summary().nodesFailed, 1);
        QCOMPARE(page->session()->table().resultsOf(m_untidy), untidyResults);
        QCOMPARE(page->session()->table().resultsOf(m_healthy), healthyResults);
        QVERIFY(actions->noteLabel()->text().contains(m_oldKernel));

        // The only master stays.
        grid->setCurrentIndex(model->index(0, 0));
        QCOMPARE(model->nodes().at(0), m_healthy);
        actions->removeButton()->click();
        QCOMPARE(nodeAddresses(w.state()), (QStringList {m_healthy, m_untidy}));
        QVERIFY2(actions->noteLabel()->text().contains(QStringLiteral("stays in the plan")),
            qPrintable(actions->noteLabel()->text()));

        // The Nodes page shows the plan without it.
        while (w.currentId() != NodesPageId)
            w.button(QWizard::BackButton)->click();
        QCOMPARE(w.pageAs<NodesPage>(NodesPageId)->model()->rowCount(), 2);
    }

    /// Host keys at scale: every new key in one table (node, type, SHA256) approved together,
    /// no dialog; a changed key is refused and never offered; the known hosts file is the one
    /// named on the page, and the trusted keys land in it.
    void hostKeysApprovedInOneTable()
    {
        Translations translations(qApp);
        translations.switchTo(QLocale(QLocale::English));
        InstallerWizard w(translations);
        PreflightPage *page = openPreflight(w, {m_healthy, m_oldKernel, m_untidy}, QString());
        QVERIFY(page);
        QLineEdit *knownHosts = page->knownHostsChooser()->edit();
        QVERIFY(knownHosts->placeholderText().endsWith(QStringLiteral("/.ssh/known_hosts")));
        // The untidy node's line carries another node's key: its key "changed".
        const QStringList other = m_nodes.hostPublicKeyLine(m_healthy).split(u' ');
        const QString file = m_nodes.writeKnownHosts(QStringLiteral("known_hosts_table"),
            {QStringLiteral("%1 %2 %3").arg(m_untidy, other.value(1), other.value(2))});
        knownHosts->setFocus();
        QTest::keyClicks(knownHosts, file);
        QCOMPARE(w.state().ssh.knownHostsFile, file);

        QSignalSpy finished(page->session(), &PreflightSession::finished);
        find<QPushButton>(page, QStringLiteral("Run preflight"))->click();
        QStringList expected {hostKeyRow(m_healthy), hostKeyRow(m_oldKernel)};
        expected.sort();
        QCOMPARE(waitForHostKeys(page, 2), expected);
        QVERIFY(page->findChildren<QMessageBox *>().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            page->session()->table().result(m_untidy, CheckId::KernelVersion).has_value(), 20000);
        const CheckResult changed
            = *page->session()->table().result(m_untidy, CheckId::KernelVersion);
        QCOMPARE(changed.code, CheckResult::Code::HostKeyChanged);
        QCOMPARE(changed.verdict, Verdict::Fail);
        QCOMPARE(page->hostKeyApprovals()->count(), 2);

        page->hostKeyApprovals()->trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!page->hostKeyApprovals()->isVisible());
        QCOMPARE(page->session()->table().resultsOf(m_healthy).first().verdict, Verdict::Pass);
        const QByteArray written = readAll(file);
        QVERIFY2(written.contains(m_healthy.toLatin1() + ' ')
                && written.contains(m_oldKernel.toLatin1() + ' '),
            written.constData());
    }

    /// A key with a passphrase: the page asks for it (hidden input), the run goes on with it.
    void passphraseIsAskedFor()
    {
        Translations translations(qApp);
        translations.switchTo(QLocale(QLocale::English));
        InstallerWizard w(translations);
        InstallPlan plan = defaultProfile().plan;
        plan.nodes.first().ip = m_healthy;
        plan.nodes.first().keyFile = m_nodes.encryptedKey();
        w.state().config.setPlan(plan);
        w.show();
        while (w.currentId() != PreflightPageId)
            QVERIFY(clickNext(w));
        auto *page = w.pageAs<PreflightPage>(PreflightPageId);
        PreflightOptions options;
        options.knownHostsFile = m_nodes.writeKnownHosts(
            QStringLiteral("known_hosts_passphrase"), {m_nodes.hostPublicKeyLine(m_healthy)});
        options.useSshConfig = false;
        options.networkChecks = false; // the test nodes cannot reach each other
        page->setOptions(options);
        QSignalSpy finished(page->runner(), &PreflightRunner::finished);
        page->runAll();
        QInputDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto dialogs = page->findChildren<QInputDialog *>();
                dialog = dialogs.isEmpty() ? nullptr : dialogs.first();
                return dialog && dialog->isVisible();
            },
            20000));
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        QVERIFY(dialog->labelText().contains(m_healthy));
        dialog->setTextValue(TestNodes::encryptedKeyPassphrase());
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        PreflightGridModel *model = page->model();
        QCOMPARE(model->data(model->index(0, 0), PreflightGridModel::VerdictRole).toInt(),
            int(Verdict::Pass));
    }
};

QTEST_MAIN(TestWizardPreflight)
#include "tst_wizardpreflight.moc"
