// The apply and uninstall steps that change nodes over SSH, against real OpenSSH test nodes:
// the overlay edit of kube-controller-manager's static pod manifest (diff, consent, backup,
// restore), refusals (unknown host key, a file changed after it was shown, a node without
// the manifest, a path a shell would read), and the clean-up of Cilium's links and CNI files.
// What a step did is judged inside the node's namespaces, not through the SSH client tested.
#include "TestNodes.h"

#include "apply/ControllerManagerUpdate.h"
#include "apply/MasterChanges.h"
#include "apply/NodeShell.h"
#include "apply/NodeStepRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace tkeci;

class NodeChangesTest : public QObject
{
    Q_OBJECT
private:
    TestNodes m_nodes;
    QString m_master; // has the fixture manifest
    QString m_plain; // no /etc/kubernetes at all
    QString m_leftovers; // Cilium's links and CNI file, plus another CNI's file
    QString m_knownHosts;

    static QByteArray fixture()
    {
        QFile f(QStringLiteral(TKECI_CM_FIXTURE));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    NodeSpec node(const QString &ip) const
    {
        NodeSpec n;
        n.ip = ip;
        n.role = NodeRole::Master;
        n.auth = AuthMethod::Key;
        n.keyFile = m_nodes.userKey();
        return n;
    }

    PreflightOptions options(const QString &knownHosts = {}) const
    {
        return TestNodes::sshOptions(knownHosts.isEmpty() ? m_knownHosts : knownHosts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        QVERIFY(!fixture().isEmpty());
        m_master
            = m_nodes.start({QStringLiteral("--kube-manifest"), QStringLiteral(TKECI_CM_FIXTURE)});
        QVERIFY2(!m_master.isEmpty(), qPrintable(m_nodes.error()));
        m_plain = m_nodes.start({});
        QVERIFY2(!m_plain.isEmpty(), qPrintable(m_nodes.error()));
        m_leftovers = m_nodes.start({QStringLiteral("--cni-file"),
            TestNodes::data(QStringLiteral("05-cilium.conf")), QStringLiteral("--cni-file"),
            TestNodes::data(QStringLiteral("10-flannel.conflist")),
            QStringLiteral("--cilium-links")});
        QVERIFY2(!m_leftovers.isEmpty(), qPrintable(m_nodes.error()));
        m_knownHosts = m_nodes.writeKnownHosts(QStringLiteral("known_hosts"),
            {m_nodes.hostPublicKeyLine(m_master), m_nodes.hostPublicKeyLine(m_plain),
                m_nodes.hostPublicKeyLine(m_leftovers)});
    }

    void editWithBackupThenRestore()
    {
        const QString backup = controllerManagerBackupPath(kControllerManagerManifest);
        const QList<MasterEditPlan> plans
            = planControllerManagerEdits({node(m_master)}, options(), {}, nullptr);
        QCOMPARE(plans.size(), 1);
        QVERIFY2(plans[0].edit.error.isEmpty(), qPrintable(plans[0].edit.error));
        QVERIFY(plans[0].edit.changed);
        QVERIFY(plans[0].edit.diff.contains(QStringLiteral("-    - --allocate-node-cidrs=true")));
        QVERIFY(plans[0].edit.diff.contains(QStringLiteral("+    - --allocate-node-cidrs=false")));
        QVERIFY(
            plans[0].edit.diff.contains(QStringLiteral("+    - --configure-cloud-routes=false")));
        // Planning wrote nothing.
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), fixture());
        QVERIFY(!m_nodes.fileOn(m_master, backup));

        const QList<NodeStepResult> applied
            = applyControllerManagerEdits(plans, options(), {}, nullptr);
        QCOMPARE(applied.size(), 1);
        QVERIFY2(applied[0].ok(), qPrintable(applied[0].error));
        QCOMPARE(applied[0].details, plans[0].edit.diff);
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), plans[0].edit.edited);
        QCOMPARE(m_nodes.fileOn(m_master, backup), fixture());
        // The manifest keeps its mode (kubelet reads it; kubeadm writes 0600).
        QByteArray mode;
        QVERIFY(m_nodes.exec(m_master,
            {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"),
                kControllerManagerManifest},
            &mode));
        QCOMPARE(mode.trimmed(), QByteArray("644"));
        // No temporary file is left in the manifests folder (kubelet would see it).
        QByteArray listing;
        QVERIFY(m_nodes.exec(m_master,
            {QStringLiteral("ls"), QStringLiteral("-A"),
                QStringLiteral("/etc/kubernetes/manifests")},
            &listing));
        QCOMPARE(listing.trimmed().split('\n').size(), 2); // the manifest and the backup

        // A re-run: planned again, nothing left to change, nothing written.
        const QList<MasterEditPlan> again
            = planControllerManagerEdits({node(m_master)}, options(), {}, nullptr);
        QVERIFY(again[0].edit.error.isEmpty());
        QVERIFY(!again[0].edit.changed);
        QVERIFY(applyControllerManagerEdits(again, options(), {}, nullptr)[0].ok());
        QCOMPARE(m_nodes.fileOn(m_master, backup), fixture()); // the true original is kept

        const QList<NodeStepResult> restored
            = restoreControllerManagers({node(m_master)}, options(), {}, nullptr);
        QVERIFY2(restored[0].ok(), qPrintable(restored[0].error));
        QCOMPARE(restored[0].details, QStringList {kControllerManagerManifest});
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), fixture());
        QVERIFY(!m_nodes.fileOn(m_master, backup));
        // Restoring twice is harmless: there is no backup left, nothing to do.
        const QList<NodeStepResult> twice
            = restoreControllerManagers({node(m_master)}, options(), {}, nullptr);
        QVERIFY(twice[0].ok());
        QVERIFY(twice[0].details.isEmpty());
    }

    void fileChangedAfterItWasShownIsLeftAlone()
    {
        const QList<MasterEditPlan> plans
            = planControllerManagerEdits({node(m_master)}, options(), {}, nullptr);
        QVERIFY(plans[0].edit.changed);
        // Someone adds a flag between the diff and the consent.
        QVERIFY(m_nodes.exec(m_master,
            {QStringLiteral("sed"), QStringLiteral("-i"),
                QStringLiteral("s/--leader-elect=true/--leader-elect=false/"),
                kControllerManagerManifest}));
        const QByteArray changed = *m_nodes.fileOn(m_master, kControllerManagerManifest);
        const QList<NodeStepResult> applied
            = applyControllerManagerEdits(plans, options(), {}, nullptr);
        QVERIFY(!applied[0].ok());
        QVERIFY2(applied[0].error.contains(QLatin1String("changed since it was shown")),
            qPrintable(applied[0].error));
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), changed);
        QVERIFY(!m_nodes.fileOn(m_master, controllerManagerBackupPath(kControllerManagerManifest)));
        QVERIFY(m_nodes.exec(m_master,
            {QStringLiteral("sed"), QStringLiteral("-i"),
                QStringLiteral("s/--leader-elect=false/--leader-elect=true/"),
                kControllerManagerManifest}));
    }

    void unknownHostKeyChangesNothing()
    {
        const QString empty = m_nodes.writeKnownHosts(QStringLiteral("kh-empty"), {});
        const QList<MasterEditPlan> plans
            = planControllerManagerEdits({node(m_master)}, options(empty), {}, nullptr);
        QVERIFY2(plans[0].edit.error.contains(QLatin1String("not in known_hosts")),
            qPrintable(plans[0].edit.error));
        QVERIFY(plans[0].edit.error.contains(QLatin1String("SHA256:")));
        // Even a plan made with the right file is not applied through an unknown key.
        const QList<MasterEditPlan> good
            = planControllerManagerEdits({node(m_master)}, options(), {}, nullptr);
        const QList<NodeStepResult> applied
            = applyControllerManagerEdits(good, options(empty), {}, nullptr);
        QVERIFY(!applied[0].ok());
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), fixture());
        QFile kh(empty);
        QVERIFY(kh.open(QIODevice::ReadOnly));
        QVERIFY(kh.readAll().trimmed().isEmpty()); // never remembered on the way
    }

    void nodeWithoutTheManifest()
    {
        const QList<MasterEditPlan> plans
            = planControllerManagerEdits({node(m_plain)}, options(), {}, nullptr);
        QVERIFY2(plans[0].edit.error.contains(QLatin1String("does not exist")),
            qPrintable(plans[0].edit.error));
        QVERIFY(!applyControllerManagerEdits(plans, options(), {}, nullptr)[0].ok());
        // Nothing to restore on it either.
        QVERIFY(restoreControllerManagers({node(m_plain)}, options(), {}, nullptr)[0].ok());
    }

    void pathsAShellWouldReadAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("space") << QStringLiteral("/tmp/a b");
        QTest::newRow("quote") << QStringLiteral("/tmp/a'; touch /tmp/pwned; '");
        QTest::newRow("dollar") << QStringLiteral("/tmp/$(touch /tmp/pwned)");
        QTest::newRow("relative") << QStringLiteral("tmp/a");
        QTest::newRow("dotdot") << QStringLiteral("/etc/../tmp/a");
        QTest::newRow("newline") << QStringLiteral("/tmp/a\n/tmp/b");
    }

    void pathsAShellWouldReadAreRefused()
    {
        QFETCH(QString, path);
        QString error;
        const std::unique_ptr<NodeShell> shell
            = NodeShell::open(node(m_plain), options(), {}, nullptr, error);
        QVERIFY2(shell, qPrintable(error));
        QVERIFY(!shell->read(path, error));
        QVERIFY2(error.contains(QLatin1String("refusing the path")), qPrintable(error));
        QVERIFY(!shell->write(path, "x", error));
        QVERIFY(!shell->remove(path, error));
        QVERIFY(!m_nodes.fileOn(m_plain, QStringLiteral("/tmp/pwned")));
    }

    void contentTravelsAsDataNotAsCommand()
    {
        // Bytes a shell would act on, a NUL and a large size: written and read back unchanged.
        QByteArray content = "$(touch /tmp/pwned) `id` '\"\\\n";
        content.append('\0');
        content.append(QByteArray(3 * 1024 * 1024, 'x'));
        QString error;
        const std::unique_ptr<NodeShell> shell
            = NodeShell::open(node(m_plain), options(), {}, nullptr, error);
        QVERIFY2(shell, qPrintable(error));
        const QString path = QStringLiteral("/tmp/tkeci-data-test");
        QVERIFY2(shell->write(path, content, error), qPrintable(error));
        QCOMPARE(shell->read(path, error), content);
        QCOMPARE(m_nodes.fileOn(m_plain, path), content);
        QVERIFY(!m_nodes.fileOn(m_plain, QStringLiteral("/tmp/pwned")));
        QVERIFY(shell->remove(path, error));
        QVERIFY(!shell->read(path, error));
        QVERIFY(error.isEmpty()); // gone is not an error
    }

    void cleanUpRemovesOnlyCilium()
    {
        QVERIFY(m_nodes.links(m_leftovers).contains(QStringLiteral("cilium_host")));
        const QList<NodeStepResult> r
            = cleanUpNodes({node(m_leftovers), node(m_plain)}, options(), {}, nullptr);
        QCOMPARE(r.size(), 2);
        QVERIFY2(r[0].ok(), qPrintable(r[0].error));
        QVERIFY2(r[1].ok(), qPrintable(r[1].error));
        QVERIFY(r[0].details.contains(QStringLiteral("file /etc/cni/net.d/05-cilium.conf")));
        QVERIFY(r[0].details.contains(QStringLiteral("link cilium_vxlan")));
        QVERIFY(r[1].details.isEmpty()); // nothing there, nothing removed
        const QStringList links = m_nodes.links(m_leftovers);
        QVERIFY(!links.isEmpty());
        for (const QString &l : links)
            QVERIFY2(!l.startsWith(QLatin1String("cilium_")), qPrintable(l));
        QVERIFY(!m_nodes.fileOn(m_leftovers, QStringLiteral("/etc/cni/net.d/05-cilium.conf")));
        QVERIFY(m_nodes.fileOn(m_leftovers, QStringLiteral("/etc/cni/net.d/10-flannel.conflist")));
        // Again: nothing left to remove, still fine.
        const QList<NodeStepResult> again
            = cleanUpNodes({node(m_leftovers)}, options(), {}, nullptr);
        QVERIFY(again[0].ok());
        QVERIFY(again[0].details.isEmpty());
    }

    void runnerReportsOnItsThread()
    {
        NodeStepRunner runner;
        QSignalSpy planned(&runner, &NodeStepRunner::editsPlanned);
        runner.planEdits({node(m_master)}, options(), {});
        QVERIFY(runner.isRunning());
        QVERIFY(planned.wait(15000));
        QVERIFY(!runner.isRunning());
        const auto plans = planned.at(0).at(0).value<QList<MasterEditPlan>>();
        QCOMPARE(plans.size(), 1);
        QVERIFY2(plans[0].edit.error.isEmpty(), qPrintable(plans[0].edit.error));
        QVERIFY(plans[0].edit.changed);
    }

    void cancelLeavesNothingRunning()
    {
        // A node that accepts TCP and never speaks SSH: without cancel the step would wait
        // for the whole 10 s connect timeout.
        const QString silent = m_nodes.start({QStringLiteral("--mode"), QStringLiteral("silent")});
        QVERIFY(!silent.isEmpty());
        QElapsedTimer t;
        t.start();
        {
            NodeStepRunner runner;
            QSignalSpy finished(&runner, &NodeStepRunner::stepFinished);
            runner.cleanUp({node(silent)}, options(), {{silent, QByteArray("not used")}});
            QTest::qWait(300);
            runner.cancel();
            QVERIFY(!runner.isRunning());
            QTest::qWait(200);
            QCOMPARE(finished.count(), 0); // a cancelled step reports nothing
        }
        QVERIFY(QThreadPool::globalInstance()->waitForDone(2000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }

    void unreachableNodeFailsAloneQuickly()
    {
        const QString none = m_nodes.start({QStringLiteral("--mode"), QStringLiteral("none")});
        QVERIFY(!none.isEmpty());
        PreflightOptions o = options();
        o.connectTimeoutMs = 2000;
        QElapsedTimer t;
        t.start();
        const QList<NodeStepResult> r = cleanUpNodes({node(none), node(m_plain)}, o, {}, nullptr);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(!r[0].ok());
        QVERIFY2(r[0].error.startsWith(none), qPrintable(r[0].error));
        QVERIFY2(r[1].ok(), qPrintable(r[1].error));
    }
};

QTEST_GUILESS_MAIN(NodeChangesTest)
#include "tst_nodechanges.moc"
