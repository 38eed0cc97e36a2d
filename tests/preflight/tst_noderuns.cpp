// The core run objects that change nodes over SSH, against real OpenSSH test nodes and the
// test API server, with no face in between: ControllerManagerChange (its secrets and consent
// pauses and the answers they allow), ExistingClusterInstall editing the masters before it
// applies anything, and UninstallRun putting them back by the one rule for which masters
// (mastersToRestore). What happened on a node is judged inside its namespaces.
#include "TestApiServer.h"
#include "TestNodes.h"

#include "apply/ControllerManagerChange.h"
#include "apply/ControllerManagerUpdate.h"
#include "apply/ExistingClusterInstall.h"
#include "apply/UninstallRun.h"
#include "kube/KubeConfig.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace tkeci;

namespace {
const QString kPassword = QStringLiteral("pw;$(id) for the runs");
} // namespace

class TestNodeRuns : public QObject
{
    Q_OBJECT
private:
    TestNodes m_nodes;
    QString m_master; // fixture manifest, Cilium's CNI file and links
    QString m_second; // fixture manifest
    QString m_password; // fixture manifest; root logs in with kPassword
    QString m_knownHosts;
    QTemporaryDir m_state;

    static QByteArray fixture()
    {
        QFile f(QStringLiteral(TKECI_CM_FIXTURE));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    NodeSpec master(const QString &ip, AuthMethod auth = AuthMethod::Key) const
    {
        NodeSpec n;
        n.ip = ip;
        n.user = QStringLiteral("root");
        n.role = NodeRole::Master;
        n.auth = auth;
        n.keyFile = auth == AuthMethod::Key ? m_nodes.userKey() : QString();
        return n;
    }

    PreflightOptions ssh(const QString &knownHosts = {}) const
    {
        return TestNodes::sshOptions(knownHosts.isEmpty() ? m_knownHosts : knownHosts);
    }

    /// The default profile on an existing cluster, overlay, with `masters` as its nodes.
    static InstallPlan overlayPlan(const QList<NodeSpec> &masters)
    {
        InstallPlan plan = defaultProfile().plan;
        plan.target = Target::ExistingCluster;
        plan.networkMode = NetworkMode::Overlay;
        plan.nodes = masters;
        return plan;
    }

    void putBack(const QString &ip)
    {
        QVERIFY(m_nodes.exec(ip,
            {QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("rm -f '%1'; cp '%2' '%3'")
                    .arg(controllerManagerBackupPath(kControllerManagerManifest),
                        QStringLiteral(TKECI_CM_FIXTURE), kControllerManagerManifest)}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        QVERIFY(!fixture().isEmpty());
        const QString manifest = QStringLiteral(TKECI_CM_FIXTURE);
        m_master = m_nodes.start({QStringLiteral("--kube-manifest"), manifest,
            QStringLiteral("--cni-file"), TestNodes::data(QStringLiteral("05-cilium.conf")),
            QStringLiteral("--cilium-links")});
        QVERIFY2(!m_master.isEmpty(), qPrintable(m_nodes.error()));
        m_second = m_nodes.start({QStringLiteral("--kube-manifest"), manifest});
        QVERIFY2(!m_second.isEmpty(), qPrintable(m_nodes.error()));
        const QString hash = m_nodes.passwordHash(kPassword);
        QVERIFY2(!hash.isEmpty(), qPrintable(m_nodes.error()));
        m_password = m_nodes.start(
            {QStringLiteral("--kube-manifest"), manifest, QStringLiteral("--password-hash"), hash});
        QVERIFY2(!m_password.isEmpty(), qPrintable(m_nodes.error()));
        m_knownHosts = m_nodes.writeKnownHosts(QStringLiteral("known_hosts"),
            {m_nodes.hostPublicKeyLine(m_master), m_nodes.hostPublicKeyLine(m_second),
                m_nodes.hostPublicKeyLine(m_password)});
    }

    void whichMastersArePutBack()
    {
        const NodeSpec a = master(QStringLiteral("10.0.0.16"));
        const NodeSpec b = master(QStringLiteral("10.0.0.17"));
        NodeSpec worker = master(QStringLiteral("10.0.1.20"));
        worker.role = NodeRole::Worker;
        const InstallPlan overlay = overlayPlan({a, b, worker});
        // Overlay: every master of the profile (a run stopped mid-edit recorded none); one
        // recorded that the profile does not list is left to the operator.
        MasterRestorePlan r = mastersToRestore(overlay, {QStringLiteral("10.9.9.9")}, true);
        QCOMPARE(r.restore.size(), 2);
        QCOMPARE(r.restore[0].ip, a.ip);
        QCOMPARE(r.restore[1].ip, b.ip);
        QCOMPARE(r.unknown, QStringList {QStringLiteral("10.9.9.9")});
        // The operator set the flags himself: only what the inventory recorded.
        r = mastersToRestore(overlay, {b.ip}, false);
        QCOMPARE(r.restore.size(), 1);
        QCOMPARE(r.restore[0].ip, b.ip);
        QVERIFY(r.unknown.isEmpty());
        // Underlay never edits the masters: nothing unless recorded.
        InstallPlan underlay = overlay;
        underlay.networkMode = NetworkMode::Underlay;
        QVERIFY(mastersToRestore(underlay, {}, true).restore.isEmpty());
        // No profile: whatever was recorded is left, named.
        r = mastersToRestore(std::nullopt, {a.ip}, true);
        QVERIFY(r.restore.isEmpty());
        QCOMPARE(r.unknown, QStringList {a.ip});
    }

    void consentPauseThenEdit()
    {
        ControllerManagerChange change;
        QSignalSpy secrets(&change, &ControllerManagerChange::secretsNeeded);
        QSignalSpy consent(&change, &ControllerManagerChange::consentNeeded);
        QSignalSpy done(&change, &ControllerManagerChange::masterDone);
        QSignalSpy finished(&change, &ControllerManagerChange::finished);
        change.start({master(m_master), master(m_second)}, ssh());
        QVERIFY(consent.wait(30000));
        QCOMPARE(secrets.size(), 0); // key logins: nothing to ask
        const auto q = consent.first().first().value<MasterEditQuestion>();
        QCOMPARE(q.answers, (QList {MasterEditAnswer::Edit, MasterEditAnswer::Stop}));
        QCOMPARE(q.toChange(), 2);
        QVERIFY(q.plans[0].edit.diff.join(u'\n').contains(
            QStringLiteral("+    - --allocate-node-cidrs=false")));
        // Paused: nothing written yet, however long the operator reads.
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), fixture());
        change.answer(MasterEditAnswer::Edit);
        QVERIFY(finished.wait(30000));
        const auto r = finished.first().first().value<ControllerManagerResult>();
        QVERIFY2(r.ok(), qPrintable(r.failure));
        QCOMPARE(r.edited, (QStringList {m_master, m_second}));
        QCOMPARE(done.size(), 2);
        QCOMPARE(done[0].first().value<NodeStepEvent>().outcome, NodeStepOutcome::Edited);
        QVERIFY(m_nodes.fileOn(m_master, kControllerManagerManifest)
                    ->contains("- --allocate-node-cidrs=false"));
        QCOMPARE(m_nodes.fileOn(m_master, controllerManagerBackupPath(kControllerManagerManifest)),
            fixture());

        // Again: both are right, so no question at all.
        consent.clear();
        done.clear();
        finished.clear();
        change.start({master(m_master), master(m_second)}, ssh());
        QVERIFY(finished.wait(30000));
        QCOMPARE(consent.size(), 0);
        QCOMPARE(done.size(), 2);
        QCOMPARE(
            done[1].first().value<NodeStepEvent>().outcome, NodeStepOutcome::FlagsAlreadyRight);
        QVERIFY(finished.first().first().value<ControllerManagerResult>().edited.isEmpty());
        putBack(m_master);
        putBack(m_second);
    }

    void declinedConsentTouchesNothing()
    {
        ControllerManagerChange change;
        QSignalSpy finished(&change, &ControllerManagerChange::finished);
        connect(&change, &ControllerManagerChange::consentNeeded, this,
            [&change] { change.answer(MasterEditAnswer::Stop); });
        change.start({master(m_second)}, ssh());
        QVERIFY(finished.wait(30000));
        const auto r = finished.first().first().value<ControllerManagerResult>();
        QCOMPARE(r.stop, std::optional(RunStop::Declined));
        QVERIFY(r.failure.isEmpty() && r.edited.isEmpty());
        QCOMPARE(m_nodes.fileOn(m_second, kControllerManagerManifest), fixture());
        QVERIFY(!m_nodes.fileOn(m_second, controllerManagerBackupPath(kControllerManagerManifest)));
    }

    void passwordIsAskedThenUsed()
    {
        ControllerManagerChange change;
        QSignalSpy consent(&change, &ControllerManagerChange::consentNeeded);
        QSignalSpy finished(&change, &ControllerManagerChange::finished);
        QList<SecretRequest> asked;
        connect(&change, &ControllerManagerChange::secretsNeeded, this,
            [&](const QList<SecretRequest> &requests) {
                asked = requests;
                change.provideSecrets({{m_password, kPassword.toUtf8()}});
            });
        change.start({master(m_password, AuthMethod::Password)}, ssh());
        QVERIFY(consent.wait(30000)); // logged in with it: the manifest was read
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].kind, LoginSecret::Password);
        QCOMPARE(
            secretPromptText(asked[0]), QStringLiteral("Password of root@%1:").arg(m_password));
        change.cancel(); // gives up without finished()
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_nodes.fileOn(m_password, kControllerManagerManifest), fixture());
    }

    void declinedSecretsEndBeforeAnyLogin()
    {
        ControllerManagerChange change;
        QSignalSpy phases(&change, &ControllerManagerChange::phaseChanged);
        QSignalSpy finished(&change, &ControllerManagerChange::finished);
        connect(&change, &ControllerManagerChange::secretsNeeded, this,
            [&change] { change.declineSecrets(); });
        change.start({master(m_password, AuthMethod::Password)}, ssh());
        QCOMPARE(finished.size(), 1); // at once: no SSH was started
        QCOMPARE(finished.first().first().value<ControllerManagerResult>().stop,
            std::optional(RunStop::Declined));
        QCOMPARE(phases.size(), 1);
        QCOMPARE(
            phases.first().first().value<ControllerManagerPhase>(), ControllerManagerPhase::Asking);
    }

    void unreadableMasterAllowsOnlyStop()
    {
        ControllerManagerChange change;
        QSignalSpy finished(&change, &ControllerManagerChange::finished);
        MasterEditQuestion question;
        connect(&change, &ControllerManagerChange::consentNeeded, this,
            [&](const MasterEditQuestion &q) {
                question = q;
                change.answer(MasterEditAnswer::Edit); // not allowed: ignored
                change.answer(MasterEditAnswer::Stop);
            });
        // The second master's host key is not known: it is not logged in to at all.
        const QString onlyFirst = m_nodes.writeKnownHosts(
            QStringLiteral("only_first"), {m_nodes.hostPublicKeyLine(m_master)});
        change.start({master(m_master), master(m_second)}, ssh(onlyFirst));
        QVERIFY(finished.wait(30000));
        QCOMPARE(question.answers, QList {MasterEditAnswer::Stop});
        const auto r = finished.first().first().value<ControllerManagerResult>();
        QVERIFY(!r.stop);
        QVERIFY2(r.failure.contains(QStringLiteral("could not be read on %1").arg(m_second)),
            qPrintable(r.failure));
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), fixture());
    }

    void installEditsTheMastersBeforeTheApplyThenUninstallPutsThemBack()
    {
        // One node, the master: the plan covers the whole cluster, as the run requires.
        TestApiServer server({QStringLiteral("--ready-after"), QStringLiteral("0.2"),
            QStringLiteral("--node-addresses"), m_master, QStringLiteral("--nodes"),
            QStringLiteral("1")});
        QVERIFY(server.isRunning());
        const ClusterAccess access
            = *loadKubeConfig({server.kubeconfig(QStringLiteral("admin-cert"))}).access;
        const InstallPlan plan = overlayPlan({master(m_master)});
        const ManifestSet set = renderManifests(plan).manifests;
        ExistingClusterInstall install(access);
        ExistingInstallOptions o;
        o.inventoryFile = m_state.filePath(QStringLiteral("inventory.json"));
        o.watchRollout = false;
        install.setOptions(o);
        install.setMasterAccess(ssh());
        QSignalSpy objects(&install, &ExistingClusterInstall::objectApplied);
        int objectsAtConsent = -1;
        connect(
            &install.controllerManagerChange(), &ControllerManagerChange::consentNeeded, this, [&] {
                objectsAtConsent = int(objects.size());
                install.controllerManagerChange().answer(MasterEditAnswer::Edit);
            });
        QSignalSpy finished(&install, &ExistingClusterInstall::finished);
        install.start(plan, set.filesFor(ManifestDestination::TargetCluster), {});
        QVERIFY(finished.wait(60000));
        const auto r = finished.first().first().value<ExistingInstallResult>();
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(objectsAtConsent, 0); // the masters first, before any object
        QVERIFY(objects.size() > 0);
        QVERIFY(m_nodes.fileOn(m_master, kControllerManagerManifest)
                    ->contains("- --configure-cloud-routes=false"));

        // Uninstall with the profile and the clean-up: the inventory names the master.
        UninstallRun uninstall(access);
        QSignalSpy nodes(&uninstall, &UninstallRun::nodeDone);
        QSignalSpy ended(&uninstall, &UninstallRun::finished);
        UninstallRunOptions u;
        u.inventoryFile = o.inventoryFile;
        u.plan = plan;
        u.ssh = ssh();
        u.cleanNodes = true;
        uninstall.start(u);
        QVERIFY(ended.wait(60000));
        UninstallRunResult ur = ended.first().first().value<UninstallRunResult>();
        QVERIFY2(ur.ok(), qPrintable(ur.objects.error ? ur.objects.error->message : QString()));
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes[0].at(0).value<UninstallStep>(), UninstallStep::RestoreMasters);
        QCOMPARE(nodes[0].at(1).value<NodeStepEvent>().outcome, NodeStepOutcome::PutBack);
        QCOMPARE(nodes[1].at(0).value<UninstallStep>(), UninstallStep::CleanNodes);
        QCOMPARE(nodes[1].at(1).value<NodeStepEvent>().outcome, NodeStepOutcome::Cleaned);
        QCOMPARE(m_nodes.fileOn(m_master, kControllerManagerManifest), fixture());
        QVERIFY(!m_nodes.fileOn(m_master, QStringLiteral("/etc/cni/net.d/05-cilium.conf")));
        for (const QString &link : m_nodes.links(m_master))
            QVERIFY2(!link.startsWith(QLatin1String("cilium_")), qPrintable(link));

        // Again, the inventory gone: the deletion reports it, the master is still asked and
        // has no backup left; the run is not ok (nothing recorded was found).
        nodes.clear();
        ended.clear();
        u.cleanNodes = false;
        uninstall.start(u);
        QVERIFY(ended.wait(60000));
        ur = ended.first().first().value<UninstallRunResult>();
        QVERIFY(!ur.ok());
        QCOMPARE(ur.objects.error->kind, KubeError::Kind::NotFound);
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes[0].at(1).value<NodeStepEvent>().outcome, NodeStepOutcome::NoBackup);
    }
};

QTEST_GUILESS_MAIN(TestNodeRuns)
#include "tst_noderuns.moc"
