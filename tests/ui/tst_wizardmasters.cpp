// The SSH steps of the wizard against real OpenSSH test nodes (tests/preflight/sshnode.sh)
// and the test API server: the overlay kube-controller-manager edit (diff dialog, consent,
// backup; declined: nothing touched), the secrets dialog for a password login and for an
// encrypted key, and uninstall putting the master back and cleaning Cilium off the node.
// What happened on a node is judged inside its namespaces, not through the client tested.
#include "ApplyFixture.h"

#include "../preflight/TestNodes.h"
#include "apply/ControllerManagerDialog.h"
#include "apply/ControllerManagerStep.h"
#include "apply/ControllerManagerUpdate.h"
#include "apply/NodeSecretsDialog.h"

#include <QProcess>
#include <QTextBlock>
#include <QTextLayout>

using namespace tkeci;
using namespace tkeci::testing;

namespace {
const QString kPassword = QStringLiteral("pw for the wizard;$(id)");
} // namespace

class TestWizardMasters : public ApplyFixture
{
    Q_OBJECT

private:
    TestNodes m_nodes; // claims its own slot of node indexes
    std::map<QString, std::unique_ptr<TestApiServer>> m_servers; // by master address

    /// A test API server whose master (where kube-controller-manager runs) is the wizard's
    /// first node: apply refuses a cluster with a controller manager the profile misses.
    TestApiServer &serverFor(InstallerWizard &w)
    {
        const QString ip = w.state().config.nodes().first().ip;
        std::unique_ptr<TestApiServer> &s = m_servers[ip];
        if (!s) {
            // One node, the master: the plan is that one node (uninstall's node steps reach
            // every node of the plan over SSH, and only the master is an SSH test node).
            s = server({QStringLiteral("--node-addresses"), ip, QStringLiteral("--nodes"),
                QStringLiteral("1")});
            [&] { QVERIFY(s->isRunning()); }();
        }
        return *s;
    }
    QString m_master; // fixture manifest, Cilium's CNI file and links
    QString m_declined; // fixture manifest
    QString m_password; // fixture manifest, root logs in with kPassword
    QString m_knownHosts;

    static QByteArray fixture()
    {
        QFile f(QStringLiteral(TKECI_CM_FIXTURE));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// A fresh wizard for an overlay install on an existing cluster whose one master is `ip`.
    InstallerWizard &wizardFor(const QString &ip, AuthMethod auth, const QString &keyFile)
    {
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        w.state().config.removeNodes({1}); // the cluster's second node: see serverFor()
        NodeSpec node = w.state().config.nodes().first();
        node.ip = ip;
        node.user = QStringLiteral("root");
        node.role = NodeRole::Master;
        node.auth = auth;
        node.keyFile = keyFile;
        w.state().config.setNode(0, node);
        // As preflight left it: every host key accepted.
        w.pageAs<PreflightPage>(PreflightPageId)->setOptions(TestNodes::sshOptions(m_knownHosts));
        return w;
    }

    /// Commits with the controller-manager step on and waits for its diff dialog.
    ControllerManagerDialog *diffDialogOf(InstallerWizard &w)
    {
        ControllerManagerStep *step = panel(w)->controllerManagerStep();
        if (!QTest::qWaitFor([step] { return step->diffDialog() != nullptr; }, 30000))
            return nullptr;
        return step->diffDialog();
    }

    /// The background of the line of `view` that starts with `prefix`.
    static QColor lineBackground(QPlainTextEdit *view, const QString &prefix)
    {
        for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
            if (!b.text().startsWith(prefix))
                continue;
            const QList<QTextLayout::FormatRange> formats = b.layout()->formats();
            return formats.isEmpty() ? QColor() : formats.first().format.background().color();
        }
        return QColor();
    }

    /// Waits for the step's secrets dialog, checks its one label, answers with `secret`.
    void answerSecrets(const QString &label, const QString &secret)
    {
        NodeSecretsDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&dialog] {
                dialog = qobject_cast<NodeSecretsDialog *>(QApplication::activeModalWidget());
                return dialog != nullptr;
            },
            10000));
        QCOMPARE(dialog->labels().size(), 1);
        QCOMPARE(dialog->labels().first()->text(), label);
        QCOMPARE(dialog->fields().first()->echoMode(), QLineEdit::Password);
        QPointer<QLineEdit> field = dialog->fields().first();
        QTest::keyClicks(field, secret);
        dialog->accept();
        QApplication::processEvents();
        QVERIFY(!field); // the dialog is gone, and its fields with it
    }

private Q_SLOTS:
    void initTestCase()
    {
        startUp();
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        QVERIFY(!fixture().isEmpty());
        const QString manifest = QStringLiteral(TKECI_CM_FIXTURE);
        m_master = m_nodes.start({QStringLiteral("--kube-manifest"), manifest,
            QStringLiteral("--cni-file"), TestNodes::data(QStringLiteral("05-cilium.conf")),
            QStringLiteral("--cilium-links")});
        QVERIFY2(!m_master.isEmpty(), qPrintable(m_nodes.error()));
        m_declined = m_nodes.start({QStringLiteral("--kube-manifest"), manifest});
        QVERIFY2(!m_declined.isEmpty(), qPrintable(m_nodes.error()));
        const QString hash = m_nodes.passwordHash(kPassword);
        QVERIFY2(!hash.isEmpty(), qPrintable(m_nodes.error()));
        m_password = m_nodes.start(
            {QStringLiteral("--kube-manifest"), manifest, QStringLiteral("--password-hash"), hash});
        QVERIFY2(!m_password.isEmpty(), qPrintable(m_nodes.error()));
        m_knownHosts = m_nodes.writeKnownHosts(QStringLiteral("known_hosts"),
            {m_nodes.hostPublicKeyLine(m_master), m_nodes.hostPublicKeyLine(m_declined),
                m_nodes.hostPublicKeyLine(m_password)});
    }
    void cleanupTestCase() { tearDown(); }

    void overlayEditsTheMasterThenUninstallPutsItBack()
    {
        const QString backup = controllerManagerBackupPath(kControllerManagerManifest);
        InstallerWizard &w = wizardFor(m_master, AuthMethod::Key, m_nodes.userKey());
        commit(w, serverFor(w).kubeconfig(QStringLiteral("admin-cert")), true);
        ExistingRunPanel *run = panel(w);
        ControllerManagerDialog *dialog = diffDialogOf(w);
        QVERIFY2(dialog, qPrintable(run->log()->toPlainText() + run->message()->text()));
        // Shown, nothing done yet: the step waits, nothing is applied, the file is as it was.
        QCOMPARE(run->stepList()->state(InstallStep::ControllerManager), InstallStepList::Running);
        QCOMPARE(run->objectList()->topLevelItemCount(), 0);
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), fixture());
        QVERIFY(dialog->intro()->text().contains(kControllerManagerManifest));
        QVERIFY(dialog->intro()->text().contains(backup));
        QVERIFY(!dialog->problem()->isVisibleTo(dialog));
        QVERIFY(dialog->editButton()->isEnabled());
        QPlainTextEdit *diff = dialog->diffView(m_master);
        QVERIFY(diff);
        const QString text = diff->toPlainText();
        QVERIFY2(
            text.contains(QStringLiteral("-    - --allocate-node-cidrs=true")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("+    - --allocate-node-cidrs=false")));
        QVERIFY(text.contains(QStringLiteral("+    - --configure-cloud-routes=false")));
        QVERIFY(
            text.startsWith(QStringLiteral("--- %1:%2").arg(m_master, kControllerManagerManifest)));
        QVERIFY(diff->font().fixedPitch() || QFontInfo(diff->font()).fixedPitch());
        const QColor removed = lineBackground(diff, QStringLiteral("-    "));
        const QColor added = lineBackground(diff, QStringLiteral("+    "));
        QVERIFY(removed.isValid() && added.isValid());
        QVERIFY(removed.red() > removed.green()); // red tint
        QVERIFY(added.green() > added.red()); // green tint
        QCOMPARE(mnemonicClash(w), QString());

        dialog->editButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 90000);
        QVERIFY2(run->result()->ok(),
            qPrintable(run->result()->error ? run->result()->error->message : QString()));
        QCOMPARE(run->stepList()->state(InstallStep::ControllerManager), InstallStepList::Done);
        const std::optional<QByteArray> edited
            = m_nodes.fileOn(m_master, kControllerManagerManifest);
        QVERIFY(edited);
        QVERIFY(edited->contains("- --allocate-node-cidrs=false"));
        QVERIFY(edited->contains("- --configure-cloud-routes=false"));
        QVERIFY(!edited->contains("--allocate-node-cidrs=true"));
        QCOMPARE(m_nodes.fileOn(m_master, backup), fixture());
        QVERIFY(run->log()->toPlainText().contains(
            QStringLiteral("%1: kube-controller-manager edited").arg(m_master)));

        // Finish: uninstall, with the node clean-up ticked.
        QVERIFY(clickNext(w));
        auto *finish = w.pageAs<FinishPage>(FinishPageId);
        UninstallPanel *uninstall = finish->uninstallPanel();
        QVERIFY(uninstall->cleanNodesBox()->isVisibleTo(finish));
        QVERIFY(m_nodes.links(m_master).contains("cilium_host"));
        QVERIFY(m_nodes.fileOn(m_master, QStringLiteral("/etc/cni/net.d/05-cilium.conf")));
        uninstall->cleanNodesBox()->setChecked(true);
        QString question;
        answerNextDialog([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        uninstall->button()->click();
        QVERIFY2(question.contains(QStringLiteral("Cilium's links and CNI files from every node")),
            qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!uninstall->isRunning(), 60000);
        QVERIFY2(uninstall->result()->text().contains(QStringLiteral("The nodes are done.")),
            qPrintable(uninstall->result()->text()));
        QStringList rows;
        for (int i = 0; i < uninstall->list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = uninstall->list()->topLevelItem(i);
            if (item->text(0) == QStringLiteral("node %1").arg(m_master))
                rows.append(item->text(1));
        }
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], QStringLiteral("kube-controller-manager put back"));
        QVERIFY2(rows[1].startsWith(QStringLiteral("Cilium's links and CNI files removed: ")),
            qPrintable(rows[1]));
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), fixture());
        QVERIFY(!m_nodes.fileOn(m_master, backup));
        QVERIFY(!m_nodes.fileOn(m_master, QStringLiteral("/etc/cni/net.d/05-cilium.conf")));
        for (const QString &link : m_nodes.links(m_master))
            QVERIFY2(
                !link.startsWith(QLatin1String("cilium_")) && link != QLatin1String("lxc_health"),
                qPrintable(link));
    }

    void declinedLeavesTheMasterUntouched()
    {
        const QString backup = controllerManagerBackupPath(kControllerManagerManifest);
        InstallerWizard &w = wizardFor(m_declined, AuthMethod::Key, m_nodes.userKey());
        commit(w, serverFor(w).kubeconfig(QStringLiteral("admin-cert")), true);
        ExistingRunPanel *run = panel(w);
        ControllerManagerDialog *dialog = diffDialogOf(w);
        QVERIFY2(dialog, qPrintable(run->log()->toPlainText() + run->message()->text()));
        dialog->stopButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 10000);
        QCOMPARE(run->result()->stop, std::optional(RunStop::Declined)); // not a server error
        QVERIFY(!run->result()->error && !run->result()->ok());
        QVERIFY2(run->message()->text().contains(QStringLiteral("no master was touched")),
            qPrintable(run->message()->text()));
        QCOMPARE(run->stepList()->state(InstallStep::ControllerManager), InstallStepList::Failed);
        QCOMPARE(run->objectList()->topLevelItemCount(), 0); // nothing applied
        QCOMPARE(call(serverFor(w), "GET",
                     QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/cilium"))
                     .httpStatus,
            404);
        QCOMPARE(m_nodes.fileOn(m_declined, kControllerManagerManifest), fixture());
        QVERIFY(!m_nodes.fileOn(m_declined, backup));
    }

    void passwordLoginAsksThePassword()
    {
        InstallerWizard &w = wizardFor(m_password, AuthMethod::Password, QString());
        commit(w, serverFor(w).kubeconfig(QStringLiteral("admin-cert")), true);
        answerSecrets(QStringLiteral("Password of root@%1:").arg(m_password), kPassword);
        // Logged in with it: the manifest was read and its diff is shown.
        ControllerManagerDialog *dialog = diffDialogOf(w);
        QVERIFY2(dialog, qPrintable(panel(w)->log()->toPlainText()));
        QVERIFY(dialog->diffView(m_password));
        dialog->stopButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel(w)->isRunning(), 10000);
        QCOMPARE(m_nodes.fileOn(m_password, kControllerManagerManifest), fixture());
    }

    void encryptedKeyAsksThePassphrase()
    {
        InstallerWizard &w = wizardFor(m_declined, AuthMethod::Key, m_nodes.encryptedKey());
        commit(w, serverFor(w).kubeconfig(QStringLiteral("admin-cert")), true);
        answerSecrets(
            QStringLiteral("Passphrase of %1 for root@%2:").arg(m_nodes.encryptedKey(), m_declined),
            TestNodes::encryptedKeyPassphrase());
        ControllerManagerDialog *dialog = diffDialogOf(w);
        QVERIFY2(dialog, qPrintable(panel(w)->log()->toPlainText()));
        QVERIFY(dialog->diffView(m_declined));
        // Stop from the page while the dialog is open: the dialog goes, the run ends.
        QPointer<ControllerManagerDialog> open = dialog;
        panel(w)->stopButton()->click();
        QApplication::processEvents();
        QVERIFY(!panel(w)->isRunning());
        QTRY_VERIFY(!open);
        QCOMPARE(m_nodes.fileOn(m_declined, kControllerManagerManifest), fixture());
    }

    void wrongPasswordStopsTheRunNamingTheMaster()
    {
        InstallerWizard &w = wizardFor(m_password, AuthMethod::Password, QString());
        commit(w, serverFor(w).kubeconfig(QStringLiteral("admin-cert")), true);
        answerSecrets(
            QStringLiteral("Password of root@%1:").arg(m_password), QStringLiteral("wrong"));
        ControllerManagerDialog *dialog = diffDialogOf(w);
        QVERIFY(dialog);
        QVERIFY(!dialog->editButton()->isEnabled()); // an unreadable master: only Stop
        QVERIFY(dialog->problem()->isVisibleTo(dialog));
        QVERIFY(dialog->problem()->text().contains(m_password));
        QVERIFY(!dialog->diffView(m_password));
        dialog->stopButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel(w)->isRunning(), 10000);
        QCOMPARE(
            panel(w)->stepList()->state(InstallStep::ControllerManager), InstallStepList::Failed);
        QCOMPARE(panel(w)->objectList()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestWizardMasters)
#include "tst_wizardmasters.moc"
