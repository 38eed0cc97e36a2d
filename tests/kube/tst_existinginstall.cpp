// ExistingClusterInstall, the sequence the wizard's Applying page and `apply` share, against the
// test API server: the order of its steps, where the controller-manager hook runs and that its
// error stops the run before anything is applied, underlay labels, and a stop mid-rollout.
#include "ApplyFixtures.h"
#include "TestApiServer.h"

#include "apply/ExistingClusterInstall.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

class TestExistingInstall : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_server;
    QTemporaryDir m_state;
    int m_runs = 0;

    ClusterAccess admin() const
    {
        return *loadKubeConfig({m_server->kubeconfig(QStringLiteral("admin-cert"))}).access;
    }

    ExistingInstallOptions options()
    {
        ExistingInstallOptions o;
        o.pollMs = 100;
        o.rolloutTimeoutMs = 20000;
        o.connectivityTimeoutMs = 20000;
        o.inventoryFile = m_state.filePath(QStringLiteral("inventory-%1.json").arg(++m_runs));
        return o;
    }

    // The requests the server answered, in its log's order ("PATCH /api/v1/nodes/node-1 ...").
    static QStringList requestLines(const TestApiServer &server)
    {
        QFile log(server.file(QStringLiteral("server.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression verb(QStringLiteral("^(GET|PATCH|POST|PUT|DELETE) "));
        QStringList lines;
        for (const QString &line : QString::fromUtf8(log.readAll()).split(u'\n')) {
            if (verb.match(line).hasMatch())
                lines.append(line);
        }
        return lines;
    }

    static InstallPlan plan(NetworkMode mode)
    {
        InstallPlan p = defaultProfile().plan;
        p.target = Target::ExistingCluster;
        p.networkMode = mode;
        // The test server's second node: every node of the cluster is in the plan, as the run
        // requires (InstallStep::NodeCoverage).
        NodeSpec worker = p.nodes.first();
        worker.ip = QStringLiteral("10.0.0.17");
        worker.role = NodeRole::Worker;
        p.nodes.append(worker);
        if (mode == NetworkMode::Underlay) {
            p.underlay.asn = 64512;
            p.underlay.switchIP = QStringLiteral("192.168.60.2");
        }
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestApiServer>(
            QStringList {QStringLiteral("--ready-after"), QStringLiteral("0.2")});
        QVERIFY(m_server->isRunning());
    }

    void overlayRunsEveryStepInOrder()
    {
        ExistingClusterInstall install(admin());
        install.setOptions(options());
        QStringList order;
        connect(&install, &ExistingClusterInstall::stepStarted, this,
            [&order](InstallStep s) { order.append(QString::number(int(s))); });
        connect(&install, &ExistingClusterInstall::stepSkipped, this,
            [&order](InstallStep s) { order.append(QStringLiteral("skip %1").arg(int(s))); });
        // No master access: the operator set the flags himself (the SSH step with real nodes
        // is tst_noderuns' existingInstallEditsTheMastersBeforeTheApply).
        QSignalSpy finished(&install, &ExistingClusterInstall::finished);
        const ManifestSet set = renderedFor(NetworkMode::Overlay);
        install.start(plan(NetworkMode::Overlay), set.filesFor(ManifestDestination::TargetCluster),
            set.filesFor(ManifestDestination::Verification));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto r = finished.first().first().value<ExistingInstallResult>();
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(order,
            (QStringList {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                QStringLiteral("skip 3"), QStringLiteral("skip 4"), QStringLiteral("5"),
                QStringLiteral("6"), QStringLiteral("7")}));
        QVERIFY(r.connectivity && r.connectivity->ok() && r.connectivity->removed);
        QCOMPARE(r.rollout.workloads.size(), 3);
        QVERIFY(r.apply.created > 0);
    }

    void importedClusterIsRefused()
    {
        TestApiServer imported({QStringLiteral("--imported")});
        QVERIFY(imported.isRunning());
        ExistingClusterInstall install(
            *loadKubeConfig({imported.kubeconfig(QStringLiteral("admin-cert"))}).access);
        install.setOptions(options());
        install.setMasterAccess(PreflightOptions {});
        QSignalSpy masters(
            &install.controllerManagerChange(), &ControllerManagerChange::phaseChanged);
        QSignalSpy objects(&install, &ExistingClusterInstall::objectStarted);
        QSignalSpy other(&install, &ExistingClusterInstall::stepStarted);
        QSignalSpy finished(&install, &ExistingClusterInstall::finished);
        const ManifestSet set = renderedFor(NetworkMode::Overlay);
        install.start(
            plan(NetworkMode::Overlay), set.filesFor(ManifestDestination::TargetCluster), {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto r = finished.first().first().value<ExistingInstallResult>();
        QCOMPARE(r.failedStep, std::optional(InstallStep::ClusterKind));
        QVERIFY2(r.error->message.contains(QLatin1String("imported or managed cluster")),
            qPrintable(r.error->message));
        QCOMPARE(other.size(), 1); // no step after the check started
        QCOMPARE(masters.size(), 0); // no master was logged in to // no master was touched
        QCOMPARE(objects.size(), 0);
    }

    /// The run checks coverage itself (a node may join after the page or the command line
    /// checked): a node neither in the plan nor kept off stops it with nothing sent; kept off
    /// by name, the run goes on.
    void nodeOutsideThePlanStopsTheRun()
    {
        const ManifestSet set = renderedFor(NetworkMode::Overlay);
        InstallPlan p = plan(NetworkMode::Overlay);
        p.nodes.removeLast(); // node-2, 10.0.0.17
        for (const bool keptOff : {false, true}) {
            ExistingClusterInstall install(admin());
            ExistingInstallOptions o = options();
            o.watchRollout = false;
            install.setOptions(o);
            p.nodesWithoutCilium = keptOff ? QStringList {QStringLiteral("node-2")} : QStringList();
            QSignalSpy objects(&install, &ExistingClusterInstall::objectStarted);
            QSignalSpy finished(&install, &ExistingClusterInstall::finished);
            install.start(p, set.filesFor(ManifestDestination::TargetCluster), {});
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
            const auto r = finished.first().first().value<ExistingInstallResult>();
            if (keptOff) {
                QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
                continue;
            }
            QCOMPARE(r.failedStep, std::optional(InstallStep::NodeCoverage));
            QVERIFY2(r.error->message.contains(QLatin1String("node-2 (10.0.0.17)")),
                qPrintable(r.error->message));
            QCOMPARE(objects.size(), 0);
        }
    }

    void controllerManagerOutsideTheProfileStops()
    {
        // Two masters run kube-controller-manager; the profile names only 10.0.0.16.
        TestApiServer twoMasters({QStringLiteral("--masters"), QStringLiteral("2")});
        QVERIFY(twoMasters.isRunning());
        ExistingClusterInstall install(
            *loadKubeConfig({twoMasters.kubeconfig(QStringLiteral("admin-cert"))}).access);
        install.setOptions(options());
        install.setMasterAccess(PreflightOptions {});
        QSignalSpy masters(
            &install.controllerManagerChange(), &ControllerManagerChange::phaseChanged);
        QSignalSpy objects(&install, &ExistingClusterInstall::objectStarted);
        QSignalSpy finished(&install, &ExistingClusterInstall::finished);
        const ManifestSet set = renderedFor(NetworkMode::Overlay);
        install.start(
            plan(NetworkMode::Overlay), set.filesFor(ManifestDestination::TargetCluster), {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto r = finished.first().first().value<ExistingInstallResult>();
        QCOMPARE(r.failedStep, std::optional(InstallStep::ControllerManager));
        QVERIFY2(r.error->message.contains(QLatin1String("also runs on 10.0.0.17")),
            qPrintable(r.error->message));
        QCOMPARE(masters.size(), 0); // no master was logged in to
        QCOMPARE(objects.size(), 0);
    }

    void oneSchedulableNodeLeavesOutTheMultiNodeChecks()
    {
        TestApiServer small({QStringLiteral("--ready-after"), QStringLiteral("0.2"),
            QStringLiteral("--nodes"), QStringLiteral("1")});
        QVERIFY(small.isRunning());
        ExistingClusterInstall install(
            *loadKubeConfig({small.kubeconfig(QStringLiteral("admin-cert"))}).access);
        install.setOptions(options());
        QSignalSpy finished(&install, &ExistingClusterInstall::finished);
        const ManifestSet set = renderedFor(NetworkMode::Overlay);
        install.start(plan(NetworkMode::Overlay), set.filesFor(ManifestDestination::TargetCluster),
            set.filesFor(ManifestDestination::Verification));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto r = finished.first().first().value<ExistingInstallResult>();
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QVERIFY(r.connectivity);
        QCOMPARE(r.connectivity->skipped.size(), 4);
        QCOMPARE(r.connectivity->verdicts.size(), 8);
        for (const ConnectivityVerdict &v : r.connectivity->verdicts)
            QVERIFY2(!v.name.contains(QLatin1String("multi-node")), qPrintable(v.name));
        for (const auto &[name, why] : r.connectivity->skipped)
            QVERIFY2(
                name.contains(QLatin1String("multi-node")) && !why.isEmpty(), qPrintable(name));
    }

    void unreachableMasterStopsBeforeTheApply()
    {
        ExistingClusterInstall install(admin());
        install.setOptions(options());
        // 10.0.0.16 (the profile's master) has no SSH server here: it cannot be read, and the
        // consent question allows Stop only.
        PreflightOptions ssh;
        ssh.connectTimeoutMs = 1000;
        ssh.useSshConfig = false;
        install.setMasterAccess(ssh);
        QList<MasterEditAnswer> allowed;
        connect(&install.controllerManagerChange(), &ControllerManagerChange::consentNeeded, this,
            [&](const MasterEditQuestion &q) {
                allowed = q.answers;
                install.controllerManagerChange().answer(MasterEditAnswer::Edit); // not allowed
                install.controllerManagerChange().answer(MasterEditAnswer::Stop);
            });
        QSignalSpy objects(&install, &ExistingClusterInstall::objectStarted);
        QSignalSpy finished(&install, &ExistingClusterInstall::finished);
        const ManifestSet set = renderedFor(NetworkMode::Overlay);
        install.start(
            plan(NetworkMode::Overlay), set.filesFor(ManifestDestination::TargetCluster), {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto r = finished.first().first().value<ExistingInstallResult>();
        QCOMPARE(r.failedStep, std::optional(InstallStep::ControllerManager));
        QCOMPARE(allowed, QList {MasterEditAnswer::Stop});
        QVERIFY2(r.error->message.contains(QLatin1String("could not be read on 10.0.0.16")),
            qPrintable(r.error->message));
        QCOMPARE(objects.size(), 0);
    }

    void requestsPerStep()
    {
        // What an apply costs in requests, step by step (#15: no request whose answer the run
        // already has): the first checks and discovery once, the node list and one apply per
        // labelled node, then one list per resource and namespace, the inventory's read, one
        // apply per object and the inventory's write. A second run costs the same.
        TestApiServer fresh({QStringLiteral("--nodes"), QStringLiteral("1")});
        QVERIFY(fresh.isRunning());
        const ManifestSet set = renderedFor(NetworkMode::Underlay);
        const QList<ManifestFile> files = set.filesFor(ManifestDestination::TargetCluster);
        Problems problems;
        const std::vector<PlannedObject> planned = planApply(files, problems);
        QSet<QString> lists, groupVersions {QStringLiteral("v1")};
        for (const PlannedObject &o : planned) {
            lists.insert(o.ref.apiVersion + u'/' + o.ref.kind + u'/' + o.ref.ns);
            groupVersions.insert(o.ref.apiVersion);
        }
        const int objects = int(planned.size());
        const auto requests = [&fresh]() { return int(requestLines(fresh).size()); };
        for (int run = 1; run <= 2; ++run) {
            ExistingClusterInstall install(
                *loadKubeConfig({fresh.kubeconfig(QStringLiteral("admin-cert"))}).access);
            ExistingInstallOptions o = options();
            o.watchRollout = false;
            install.setOptions(o);
            QMap<int, int> atStart; // step -> requests logged when it started
            connect(&install, &ExistingClusterInstall::stepStarted, this,
                [&](InstallStep s) { atStart.insert(int(s), requests()); });
            QSignalSpy finished(&install, &ExistingClusterInstall::finished);
            const int before = requests();
            InstallPlan p = plan(NetworkMode::Underlay);
            p.nodes = {p.nodes.first()}; // node-1, 10.0.0.16
            install.start(p, files, {});
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            const auto r = finished.first().first().value<ExistingInstallResult>();
            QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
            const int end = requests();
            const int checks = atStart.value(int(InstallStep::NodeLabels)) - before;
            const int labelsAndApply = end - atStart.value(int(InstallStep::NodeLabels));
            qInfo("run %d: %d requests: checks and discovery %d, node labels and apply %d (%d "
                  "objects)",
                run, end - before, checks, labelsAndApply, objects);
            // cluster kind, other CNI, node coverage, discovery of each group version
            QCOMPARE(checks, 3 + int(groupVersions.size()));
            // One PATCH per labelled node (the node list is the coverage step's, read above),
            // sent beside the apply's first reads; then one list per resource and namespace,
            // the inventory's read, one apply per object and the inventory's write.
            QCOMPARE(labelsAndApply, 1 + int(lists.size()) + 1 + objects + 1);
            // The label is on before any object is written: the server logs a request when it
            // answers it, and the applier writes only after the label's answer.
            const QStringList writes = requestLines(fresh).mid(before).filter(
                QRegularExpression(QStringLiteral("^PATCH ")));
            QCOMPARE(writes.size(), 1 + objects + 1);
            QVERIFY2(writes.first().startsWith(QLatin1String("PATCH /api/v1/nodes/node-1")),
                qPrintable(writes.first()));
            QCOMPARE(run == 1 ? r.apply.created : r.apply.unchanged, objects);
        }
    }

    void failedLabelStopsBeforeAnyObjectAndIsOnRecord()
    {
        // The labels go beside the apply's first reads; when one fails, no object is written,
        // the run ends at the labels step, and the label that did go on is in the inventory
        // (an uninstall takes it off again).
        TestApiServer faulty({QStringLiteral("--fault"), QStringLiteral("error500@nodes/node-2+")});
        QVERIFY(faulty.isRunning());
        ExistingClusterInstall install(
            *loadKubeConfig({faulty.kubeconfig(QStringLiteral("admin-cert"))}).access);
        ExistingInstallOptions o = options();
        o.watchRollout = false;
        install.setOptions(o);
        QStringList steps;
        connect(&install, &ExistingClusterInstall::stepStarted, this,
            [&steps](InstallStep s) { steps.append(QString::number(int(s))); });
        QSignalSpy objects(&install, &ExistingClusterInstall::objectStarted);
        QSignalSpy finished(&install, &ExistingClusterInstall::finished);
        const ManifestSet set = renderedFor(NetworkMode::Underlay);
        install.start(
            plan(NetworkMode::Underlay), set.filesFor(ManifestDestination::TargetCluster), {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto r = finished.first().first().value<ExistingInstallResult>();
        QVERIFY(r.error);
        QVERIFY2(r.failedStep == InstallStep::NodeLabels, qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(QLatin1String("node-2")), qPrintable(r.error->message));
        QCOMPARE(steps.last(), QString::number(int(InstallStep::NodeLabels)));
        QCOMPARE(objects.size(), 0);
        const QStringList writes
            = requestLines(faulty).filter(QRegularExpression(QStringLiteral("^PATCH ")));
        // node-1's label, node-2's (the client tries a 500 again), the inventory: no object
        QCOMPARE(writes.filter(QRegularExpression(QStringLiteral("^PATCH /api/v1/nodes/node-1\\?")))
                     .size(),
            1);
        QCOMPARE(writes.filter(QRegularExpression(QStringLiteral("^PATCH /api/v1/nodes/"))).size(),
            writes.size() - 1);
        QVERIFY2(writes.last().contains(QLatin1String("tke-cilium-installer-inventory")),
            qPrintable(writes.last()));
        const Shaped<std::optional<Inventory>> inv = readInventoryFile(o.inventoryFile);
        QVERIFY(inv.ok() && inv.value);
        QCOMPARE(inv.value->labelledNodes, QStringList {QStringLiteral("node-1")});
        QVERIFY(inv.value->objects.isEmpty());
    }

    void underlayLabelsAndNoHook()
    {
        ExistingClusterInstall install(admin());
        ExistingInstallOptions o = options();
        o.watchRollout = false; // as apply without --wait
        install.setOptions(o);
        install.setMasterAccess(PreflightOptions {}); // overlay only: underlay leaves it alone
        QSignalSpy masters(
            &install.controllerManagerChange(), &ControllerManagerChange::phaseChanged);
        QSignalSpy labelled(&install, &ExistingClusterInstall::nodeLabelled);
        QSignalSpy applied(&install, &ExistingClusterInstall::applied);
        QSignalSpy finished(&install, &ExistingClusterInstall::finished);
        const ManifestSet set = renderedFor(NetworkMode::Underlay);
        install.start(
            plan(NetworkMode::Underlay), set.filesFor(ManifestDestination::TargetCluster), {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().value<ExistingInstallResult>().ok());
        QCOMPARE(masters.size(), 0); // no master was logged in to
        QCOMPARE(labelled.size(), 2); // node-1 and node-2, 10.0.0.16 and .17
        QCOMPARE(labelled.first().at(1).toString(), QStringLiteral("64512"));
        QCOMPARE(applied.size(), 1);
        QVERIFY(!finished.first().first().value<ExistingInstallResult>().connectivity);
    }

    void destroyedMidRolloutSendsNothingMore()
    {
        auto install = std::make_unique<ExistingClusterInstall>(admin());
        install->setOptions(options());
        QSignalSpy rollout(install.get(), &ExistingClusterInstall::rolloutStarted);
        const ManifestSet set = renderedFor(NetworkMode::Overlay);
        install->start(
            plan(NetworkMode::Overlay), set.filesFor(ManifestDestination::TargetCluster), {});
        QTRY_COMPARE_WITH_TIMEOUT(rollout.size(), 1, 20000);
        install.reset(); // cancel: the client goes first, no callback reaches a dead object
        QTest::qWait(300);
        const qint64 requests = QFileInfo(m_server->file(QStringLiteral("server.log"))).size();
        QVERIFY(requests > 0); // the log is written: a size that stays the same means something
        QTest::qWait(500);
        QCOMPARE(QFileInfo(m_server->file(QStringLiteral("server.log"))).size(), requests);
    }
};

QTEST_GUILESS_MAIN(TestExistingInstall)
#include "tst_existinginstall.moc"
