// Server-side apply of rendered manifests against the test API server: idempotent re-runs,
// live steps, the inventory, a failure part-way and its resume, field-manager conflicts,
// edits the server refuses, rollout watching and uninstall.
#include "ApplyFixtures.h"
#include "TestApiServer.h"

#include "apply/InstallationStatus.h"
#include "apply/ManifestApplier.h"
#include "apply/NodeLabeler.h"
#include "apply/RolloutWatcher.h"
#include "apply/Uninstaller.h"
#include "kube/KubeClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

class TestManifestApplier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_server;
    QTemporaryDir m_state;

    std::unique_ptr<KubeClient> client(const QString &kubeconfig)
    {
        const KubeConfigResult r = loadKubeConfig({m_server->kubeconfig(kubeconfig)});
        return std::make_unique<KubeClient>(*r.access);
    }

    QString inventoryFile() const { return m_state.filePath(QStringLiteral("inventory.json")); }

    /// Applies and returns the result; `steps` gets every stepFinished outcome.
    ApplyResult apply(KubeClient &c, const QList<ManifestFile> &files, bool force = false,
        QList<ApplyOutcome> *steps = nullptr)
    {
        ManifestApplier applier(c);
        applier.setForce(force);
        applier.setInventory(true, inventoryFile());
        QSignalSpy started(&applier, &ManifestApplier::stepStarted);
        QSignalSpy finished(&applier, &ManifestApplier::finished);
        QList<ApplyOutcome> outcomes;
        connect(&applier, &ManifestApplier::stepFinished, this,
            [&](int, int, const QString &, ApplyOutcome o) { outcomes.append(o); });
        applier.start(files);
        [&]() { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
        const ApplyResult result = finished.first().first().value<ApplyResult>();
        if (steps)
            *steps = outcomes;
        // Every object that finished was announced first, live.
        if (started.size() < outcomes.size())
            qWarning("stepStarted was not emitted for every step");
        return result;
    }

    QJsonObject get(KubeClient &c, const QString &path)
    {
        KubeRequest r;
        r.path = path;
        const KubeResponse resp = c.sendAndWait(r);
        return resp.ok() ? resp.json : QJsonObject();
    }

    UninstallResult uninstall(KubeClient &c)
    {
        Uninstaller u(c);
        QSignalSpy finished(&u, &Uninstaller::finished);
        u.start(inventoryFile());
        [&]() { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
        return finished.first().first().value<UninstallResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestApiServer>(QStringList {QStringLiteral("--ready-after"),
            QStringLiteral("1.5"), QStringLiteral("--stuck"), QStringLiteral("never-ready")});
        QVERIFY2(m_server->isRunning(), "the test API server did not start");
    }

    void cleanup()
    {
        // Each case starts from a cluster without the installation.
        auto admin = client(QStringLiteral("admin-cert"));
        uninstall(*admin);
    }

    void applyTwiceIsIdempotent_data()
    {
        QTest::addColumn<NetworkMode>("mode");
        QTest::addColumn<int>("daemonSets");
        QTest::newRow("overlay") << NetworkMode::Overlay << 1;
        QTest::newRow("underlay") << NetworkMode::Underlay << 3;
    }
    void applyTwiceIsIdempotent()
    {
        QFETCH(NetworkMode, mode);
        QFETCH(int, daemonSets);
        auto admin = client(QStringLiteral("admin-cert"));
        const auto files = filesFor(renderedFor(mode), ManifestDestination::TargetCluster);
        QList<ApplyOutcome> steps;
        const ApplyResult first = apply(*admin, files, false, &steps);
        QVERIFY2(first.ok(), qPrintable(first.error ? first.error->message : QString()));
        QVERIFY(first.created > 10);
        QCOMPARE(first.created, first.applied.size());
        QCOMPARE(steps.count(ApplyOutcome::Created), first.created);
        // Safe order: service accounts and config before RBAC, RBAC before workloads.
        const auto rankOf = [&](const QString &kind) {
            for (qsizetype i = 0; i < first.applied.size(); ++i)
                if (first.applied[i].kind == kind)
                    return i;
            return qsizetype(-1);
        };
        QVERIFY(rankOf(QStringLiteral("ServiceAccount")) < rankOf(QStringLiteral("ClusterRole")));
        QVERIFY(rankOf(QStringLiteral("ConfigMap")) < rankOf(QStringLiteral("ClusterRoleBinding")));
        QVERIFY(rankOf(QStringLiteral("ClusterRoleBinding")) < rankOf(QStringLiteral("DaemonSet")));

        const QJsonObject ds
            = get(*admin, QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets"));
        QCOMPARE(ds.value(QStringLiteral("items")).toArray().size(), daemonSets);

        const ApplyResult second = apply(*admin, files, false, &steps);
        QVERIFY(second.ok());
        QCOMPARE(second.unchanged, first.created);
        QCOMPARE(second.created + second.configured, 0);

        // The inventory: in the cluster and locally, naming every object once.
        const QJsonObject cm = get(*admin,
            QStringLiteral(
                "/api/v1/namespaces/kube-system/configmaps/tke-cilium-installer-inventory"));
        const Shaped<Inventory> inCluster = inventoryFromConfigMap(cm);
        QVERIFY(inCluster.ok());
        QCOMPARE(inCluster.value.objects, first.applied);
        const auto local = readInventoryFile(inventoryFile()).value;
        QVERIFY(local);
        QCOMPARE(local->objects, first.applied);
    }

    void failurePartWayThenResume()
    {
        auto noRbac = client(QStringLiteral("norbac")); // may do everything but RBAC
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        const ApplyResult failed = apply(*noRbac, files);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error->kind, KubeError::Kind::Forbidden);
        QCOMPARE(failed.failedObject, QStringLiteral("ClusterRole cilium"));
        QVERIFY2(
            failed.error->message.contains(QStringLiteral(
                "may not patch clusterroles.rbac.authorization.k8s.io \"cilium\" (403 Forbidden)")),
            qPrintable(failed.error->message));
        QVERIFY(failed.applied.size() >= 3); // service accounts and the config map went in
        // What went in is already in the inventory, so an uninstall now would find it.
        QCOMPARE(readInventoryFile(inventoryFile()).value->objects, failed.applied);

        auto admin = client(QStringLiteral("admin-cert"));
        const ApplyResult resumed = apply(*admin, files);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.unchanged, failed.applied.size());
        QCOMPARE(resumed.created, resumed.applied.size() - failed.applied.size());
    }

    /// The operator's Stop during the apply: nothing more is sent, what went in is on
    /// record (cluster and local inventory), and a re-run continues.
    void stopPartWayIsRecorded()
    {
        auto admin = client(QStringLiteral("admin-cert"));
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        ManifestApplier applier(*admin);
        applier.setInventory(true, inventoryFile());
        QSignalSpy finished(&applier, &ManifestApplier::finished);
        int stepsAfterStop = 0;
        bool stopped = false;
        connect(&applier, &ManifestApplier::stepFinished, this,
            [&](int, int, const QString &, ApplyOutcome) {
                if (stopped)
                    ++stepsAfterStop; // the first wave's calls in flight, answered
                stopped = true;
                applier.stop();
            });
        applier.start(files);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const ApplyResult r = finished.first().first().value<ApplyResult>();
        QVERIFY(r.stopped);
        QVERIFY(!r.ok());
        QVERIFY(!r.error);
        QCOMPARE(r.applied.size(), 1 + stepsAfterStop);
        int total = 0;
        for (const ManifestFile &f : files)
            total += int(ManifestSet::documents(f).size());
        QVERIFY2(r.applied.size() < total / 2, qPrintable(QString::number(r.applied.size())));
        // Nothing past the stop reached the cluster.
        const QJsonObject ds
            = get(*admin, QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets"));
        QCOMPARE(ds.value(QStringLiteral("items")).toArray().size(), 0);
        // What went in is on record, so an uninstall finds it.
        const QJsonObject cm = get(*admin,
            QStringLiteral(
                "/api/v1/namespaces/kube-system/configmaps/tke-cilium-installer-inventory"));
        QCOMPARE(inventoryFromConfigMap(cm).value.objects, r.applied);
        QCOMPARE(readInventoryFile(inventoryFile()).value->objects, r.applied);
        // A stop asked for after the run is a no-op; a re-run continues.
        applier.stop();
        const ApplyResult resumed = apply(*admin, files);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.unchanged, r.applied.size());
        QCOMPARE(resumed.applied.size(), total);
    }

    void conflictNamesTheOtherManager()
    {
        auto admin = client(QStringLiteral("admin-cert"));
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        QVERIFY(apply(*admin, files).ok());
        KubeRequest byHand;
        byHand.method = "PATCH";
        byHand.path = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/cilium-config");
        byHand.contentType = "application/apply-patch+yaml";
        byHand.query.addQueryItem(
            QStringLiteral("fieldManager"), QStringLiteral("operator-by-hand"));
        byHand.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        byHand.body
            = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cilium-config","namespace":"kube-system"},"data":{"tunnel":"geneve"}})";
        QVERIFY(admin->sendAndWait(byHand).ok());

        const ApplyResult refused = apply(*admin, files);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, KubeError::Kind::Conflict);
        QCOMPARE(refused.failedObject, QStringLiteral("ConfigMap kube-system/cilium-config"));
        QVERIFY2(refused.error->message.contains(
                     QStringLiteral(".data.tunnel (held by field manager \"operator-by-hand\")")),
            qPrintable(refused.error->message));

        const ApplyResult forced = apply(*admin, files, true);
        QVERIFY(forced.ok());
        QCOMPARE(get(*admin, byHand.path)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("tunnel"))
                     .toString(),
            QStringLiteral("vxlan"));
    }

    void editsTheServerRefuses_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("selector does not match the template")
            << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: edited, "
                          "namespace: kube-system}\n"
                          "spec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: "
                          "{labels: {app: b}}\n"
                          "    spec: {containers: [{name: c, image: x}]}\n")
            << int(KubeError::Kind::Invalid) << "`selector` does not match template `labels`";
        QTest::newRow("kind without its CRD")
            << QByteArray("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n")
            << int(KubeError::Kind::NotFound) << "is its CustomResourceDefinition installed?";
        QTest::newRow("namespace that does not exist")
            << QByteArray(
                   "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: nowhere}\n")
            << int(KubeError::Kind::NotFound) << "namespaces \"nowhere\" not found";
    }
    void editsTheServerRefuses()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, kind);
        QFETCH(QString, message);
        auto admin = client(QStringLiteral("admin-cert"));
        const ApplyResult r = apply(*admin,
            {ManifestFile {QStringLiteral("edited"), ManifestDestination::TargetCluster, yaml}});
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error->kind), kind);
        QVERIFY2(r.error->message.contains(message), qPrintable(r.error->message));
    }

    void rolloutWatch()
    {
        auto admin = client(QStringLiteral("admin-cert"));
        const ApplyResult applied = apply(*admin,
            filesFor(renderedFor(NetworkMode::Underlay), ManifestDestination::TargetCluster));
        QVERIFY(applied.ok());
        const QList<ObjectRef> workloads = RolloutWatcher::workloadsIn(applied.applied);
        QCOMPARE(workloads.size(),
            5); // cilium, cilium-operator, tke-eni-ipamd, ip-masq-agent, cilium-router
        // An update of the DaemonSet's pod template (a new generation), as a re-apply with a
        // new image would make: the watcher must see it not rolled out, then rolled out.
        KubeRequest update;
        update.method = "PATCH";
        update.path = QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/cilium");
        update.contentType = "application/merge-patch+json";
        update.body = R"({"spec":{"template":{"metadata":{"annotations":{"restartedAt":"now"}}}}})";
        QVERIFY(admin->sendAndWait(update).ok());
        RolloutWatcher watcher(*admin);
        watcher.setPollInterval(100);
        QSignalSpy progress(&watcher, &RolloutWatcher::progressChanged);
        QSignalSpy finished(&watcher, &RolloutWatcher::finished);
        watcher.start(workloads, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 25000);
        const RolloutResult r = finished.first().first().value<RolloutResult>();
        QVERIFY(r.ok());
        for (const RolloutProgress &p : r.workloads) {
            QVERIFY(p.done);
            QCOMPARE(p.ready, p.desired);
        }
        // The watcher saw the updated DaemonSet not rolled out first, then rolled out.
        QList<RolloutProgress> cilium;
        for (const QList<QVariant> &signal : progress) {
            const auto p = signal.first().value<RolloutProgress>();
            if (p.object.name == QLatin1String("cilium"))
                cilium.append(p);
        }
        QVERIFY(cilium.size() >= 2);
        QVERIFY(!cilium.first().done);
        QVERIFY(cilium.last().done);
        QCOMPARE(cilium.last().desired, 2); // one per node of the test server
    }

    void rolloutTimeout()
    {
        auto admin = client(QStringLiteral("admin-cert"));
        const QByteArray yaml = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: "
                                "never-ready, namespace: kube-system}\n"
                                "spec:\n  selector: {matchLabels: {app: n}}\n  template:\n    "
                                "metadata: {labels: {app: n}}\n"
                                "    spec: {containers: [{name: c, image: x}]}\n";
        const ApplyResult applied = apply(*admin,
            {ManifestFile {QStringLiteral("stuck"), ManifestDestination::TargetCluster, yaml}});
        QVERIFY(applied.ok());
        RolloutWatcher watcher(*admin);
        watcher.setPollInterval(100);
        QSignalSpy finished(&watcher, &RolloutWatcher::finished);
        QElapsedTimer clock;
        clock.start();
        watcher.start(applied.applied, 800);
        watcher.extend(400); // the operator chose to wait longer
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(clock.elapsed() >= 1200); // 800 + 400 ms, counted from before start()
        const RolloutResult r = finished.first().first().value<RolloutResult>();
        QVERIFY(r.timedOut);
        QCOMPARE(r.workloads.first().desired, 2);
        QCOMPARE(r.workloads.first().ready, 0);
        // Its crash-looping pod is named, with the last lines its container printed.
        QCOMPARE(r.podProblems.size(), 1);
        QCOMPARE(r.podProblems.first().reason, QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(r.podProblems.first().restarts, 7);
        QVERIFY(r.podProblems.first().lastLogLines.last().contains(
            QStringLiteral("BPF filesystem is not mounted")));
    }

    void underlayNodeLabels()
    {
        auto admin = client(QStringLiteral("admin-cert"));
        InstallPlan plan = defaultProfile().plan;
        plan.target = Target::ExistingCluster;
        plan.networkMode = NetworkMode::Underlay;
        plan.underlay = {64512, QStringLiteral("192.168.60.2")};
        NodeSpec other = plan.nodes.first();
        other.ip = QStringLiteral("10.0.0.17"); // node-2 of the test server, in another rack
        other.role = NodeRole::Worker;
        other.asn = 64513;
        plan.nodes.append(other);
        NodeSpec absent = other;
        absent.ip = QStringLiteral("10.0.0.99");
        plan.nodes.append(absent);

        NodeLabeler labeler(*admin);
        QSignalSpy finished(&labeler, &NodeLabeler::finished);
        labeler.label(plan);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const NodeLabelResult r = finished.first().first().value<NodeLabelResult>();
        QVERIFY(r.ok());
        QCOMPARE(r.labelled, (QStringList {QStringLiteral("node-1"), QStringLiteral("node-2")}));
        QCOMPARE(r.notInCluster, QStringList {QStringLiteral("10.0.0.99")});
        const auto labelsOf = [&](const QString &node) {
            return get(*admin, QStringLiteral("/api/v1/nodes/") + node)
                .value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("labels"))
                .toObject();
        };
        QCOMPARE(labelsOf(QStringLiteral("node-1")).value(kAsnLabel).toString(),
            QStringLiteral("64512"));
        QCOMPARE(labelsOf(QStringLiteral("node-2")).value(kAsnLabel).toString(),
            QStringLiteral("64513"));
        QCOMPARE(labelsOf(QStringLiteral("node-2")).value(kSwitchIpLabel).toString(),
            QStringLiteral("192.168.60.2"));

        // Recorded in the inventory by the apply, and taken off again by the uninstall; the
        // labels the node had before stay.
        ManifestApplier applier(*admin);
        applier.setInventory(true, inventoryFile());
        applier.setLabelledNodes(r.labelled);
        QSignalSpy applied(&applier, &ManifestApplier::finished);
        applier.start(
            filesFor(renderManifests(plan).manifests, ManifestDestination::TargetCluster));
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
        QCOMPARE(readInventoryFile(inventoryFile()).value->labelledNodes, r.labelled);
        const UninstallResult removed = uninstall(*admin);
        QVERIFY(removed.ok());
        QCOMPARE(removed.unlabelledNodes, r.labelled);
        QVERIFY(!labelsOf(QStringLiteral("node-1")).contains(kAsnLabel));
        QVERIFY(!labelsOf(QStringLiteral("node-2")).contains(kSwitchIpLabel));
        QCOMPARE(labelsOf(QStringLiteral("node-1"))
                     .value(QStringLiteral("kubernetes.io/hostname"))
                     .toString(),
            QStringLiteral("node-1"));
    }

    void installationStatus()
    {
        auto admin = client(QStringLiteral("admin-cert"));
        const auto readStatus = [&]() {
            bool done = false;
            InstallationStatus status;
            readInstallationStatus(*admin, inventoryFile(), [&](InstallationStatus s) {
                status = std::move(s);
                done = true;
            });
            [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
            return status;
        };
        QVERIFY(!readStatus().inventory); // nothing installed yet
        const ApplyResult applied = apply(*admin,
            filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster));
        QVERIFY(applied.ok());
        KubeRequest del;
        del.method = "DELETE";
        del.path = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/cilium-config");
        QVERIFY(admin->sendAndWait(del).ok());
        const InstallationStatus status = readStatus();
        QVERIFY(status.inventory && !status.fromLocalFile);
        QCOMPARE(status.missing,
            (QList<ObjectRef> {{QStringLiteral("v1"), QStringLiteral("ConfigMap"),
                QStringLiteral("kube-system"), QStringLiteral("cilium-config")}}));
        QCOMPARE(status.present.size(), applied.applied.size() - 1);
        QCOMPARE(status.workloads.size(), 3);
        QVERIFY(!status.healthy());
    }

    void uninstallFromInventory()
    {
        auto admin = client(QStringLiteral("admin-cert"));
        const ApplyResult applied = apply(*admin,
            filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster));
        QVERIFY(applied.ok());
        Uninstaller u(*admin);
        QSignalSpy steps(&u, &Uninstaller::stepFinished);
        QSignalSpy finished(&u, &Uninstaller::finished);
        u.start(inventoryFile());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const UninstallResult r = finished.first().first().value<UninstallResult>();
        QVERIFY(r.ok());
        QCOMPARE(r.deleted.size(), applied.applied.size() + 1); // and the inventory ConfigMap
        // Reverse order: workloads go before the RBAC and config they use; inventory last.
        QCOMPARE(r.deleted.first().kind, applied.applied.last().kind);
        QCOMPARE(r.deleted.last().name, QStringLiteral("tke-cilium-installer-inventory"));
        QCOMPARE(steps.size(), r.deleted.size());
        QVERIFY(
            get(*admin, QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/cilium"))
                .isEmpty());
        QVERIFY(!QFile::exists(inventoryFile()));

        // Nothing left to uninstall: said plainly, nothing deleted.
        const UninstallResult again = uninstall(*admin);
        QVERIFY(!again.ok());
        QVERIFY(again.error->message.contains(QStringLiteral("no inventory")));
    }
};

QTEST_GUILESS_MAIN(TestManifestApplier)
#include "tst_manifestapplier.moc"
