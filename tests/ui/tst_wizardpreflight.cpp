// The preflight page against real OpenSSH test nodes (tests/preflight/sshnode.sh): the grid
// fills live, unknown host keys are asked about one dialog per node, a kernel that is too old
// (seed case 3) blocks the way on, and "re-run failed nodes" checks only those again.
#include "WizardDriver.h"

#include "../preflight/TestNodes.h"
#include "profile/ProfileReader.h"
#include "wizard/PreflightPage.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace tkeci;
using namespace tkeci::testing;

class TestWizardPreflight : public QObject
{
    Q_OBJECT
    TestNodes m_nodes; // claims its own slot of node indexes
    QString m_healthy;
    QString m_oldKernel;

    /// Answers the next host-key dialog; returns the fingerprint it showed.
    QString answerHostKey(PreflightPage *page, bool accept)
    {
        QMessageBox *box = nullptr;
        const bool appeared = QTest::qWaitFor(
            [&] {
                const auto boxes
                    = page->findChildren<QMessageBox *>(QStringLiteral("hostKeyDialog"));
                box = boxes.isEmpty() ? nullptr : boxes.first();
                return box && box->isVisible();
            },
            20000);
        if (!appeared)
            return {};
        const QString text = box->text();
        box->button(accept ? QMessageBox::Yes : QMessageBox::No)->click();
        QApplication::processEvents();
        return text;
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
        page->findChildren<QPushButton *>().first()->click(); // "Run preflight"
        const QString first = answerHostKey(page, true);
        QVERIFY2(first.contains(QStringLiteral("SHA256:")), qPrintable(first));
        const QString second = answerHostKey(page, true);
        QVERIFY2(second.contains(QStringLiteral("SHA256:")), qPrintable(second));
        QVERIFY(first != second); // one dialog per node, each with its own key
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
        QVERIFY(page->findChildren<QMessageBox *>(QStringLiteral("hostKeyDialog")).isEmpty());
        QCOMPARE(checkMessage(*model->result(healthyRow, kernel)), healthyCell);
        QCOMPARE(model->data(model->index(oldRow, kernel), PreflightGridModel::VerdictRole).toInt(),
            int(Verdict::Fail));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

        // Cancel stops at once: what was not finished shows as cancelled (a failure).
        page->runAll();
        page->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QCOMPARE(page->session()->summary().cells.pending, 0);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
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
