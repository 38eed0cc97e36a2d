// What apply would change, asked of the test API server with dry-run applies (ClusterDiff):
// everything to create on an empty cluster and nothing stored by asking; nothing after the
// apply; one edited value as one changed line; a conflict shown before any write; the underlay
// labels the nodes lack; and the server's dry-run answers themselves (no new resourceVersion,
// no event, a bad dryRun value refused).
#include "ApplyFixtures.h"
#include "TestApiServer.h"

#include "apply/ClusterDiff.h"
#include "apply/ManifestApplier.h"
#include "apply/NodeLabeler.h"
#include "apply/Uninstaller.h"
#include "kube/KubeClient.h"
#include "render/NodeLabels.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

namespace {

const QString kCiliumConfig
    = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/cilium-config");
const QString kCiliumDs = QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/cilium");

InstallPlan underlayPlan()
{
    InstallPlan plan = defaultProfile().plan;
    plan.target = Target::ExistingCluster;
    plan.networkMode = NetworkMode::Underlay;
    plan.underlay = {64512, QStringLiteral("192.168.60.2")};
    NodeSpec other = plan.nodes.first();
    other.ip = QStringLiteral("10.0.0.17"); // node-2 of the test server
    other.role = NodeRole::Worker;
    plan.nodes.append(other);
    NodeSpec absent = other;
    absent.ip = QStringLiteral("10.0.0.99"); // no node has it
    plan.nodes.append(absent);
    return plan;
}

/// `files` with one text replaced in the file that holds it.
QList<ManifestFile> edited(QList<ManifestFile> files, const QByteArray &from, const QByteArray &to)
{
    for (ManifestFile &f : files) {
        if (f.yaml.contains(from)) {
            f.yaml.replace(f.yaml.indexOf(from), from.size(), to);
            return files;
        }
    }
    qWarning("edited(): \"%s\" is in no file", from.constData());
    return files;
}

} // namespace

class TestClusterDiff : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_server;
    QTemporaryDir m_state;

    std::unique_ptr<KubeClient> admin()
    {
        const KubeConfigResult r
            = loadKubeConfig({m_server->kubeconfig(QStringLiteral("admin-cert"))});
        return std::make_unique<KubeClient>(*r.access);
    }

    ClusterDiffResult diff(
        const QList<ManifestFile> &files, const InstallPlan &plan, bool force = false)
    {
        auto c = admin();
        ClusterDiff d(*c);
        d.setForce(force);
        QSignalSpy finished(&d, &ClusterDiff::finished);
        d.start(files, plan);
        [&]() { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
        return finished.isEmpty() ? ClusterDiffResult {}
                                  : finished.first().first().value<ClusterDiffResult>();
    }

    void apply(const QList<ManifestFile> &files)
    {
        auto c = admin();
        ManifestApplier applier(*c);
        applier.setInventory(true, m_state.filePath(QStringLiteral("inventory.json")));
        QSignalSpy finished(&applier, &ManifestApplier::finished);
        applier.start(files);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().value<ApplyResult>().ok());
    }

    KubeResponse get(const QString &path)
    {
        auto c = admin();
        KubeRequest r;
        r.path = path;
        return c->sendAndWait(r);
    }

    static QList<ObjectChange> ofKind(const ClusterDiffResult &r, ObjectChange::Kind kind)
    {
        QList<ObjectChange> out;
        for (const ObjectChange &c : r.objects)
            if (c.kind == kind)
                out.append(c);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestApiServer>(
            QStringList {QStringLiteral("--ready-after"), QStringLiteral("0.2")});
        QVERIFY2(m_server->isRunning(), "the test API server did not start");
    }

    void cleanup()
    {
        auto c = admin();
        Uninstaller u(*c);
        QSignalSpy finished(&u, &Uninstaller::finished);
        u.start(m_state.filePath(QStringLiteral("inventory.json")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    }

    void emptyClusterEverythingIsCreatedAndNothingStored()
    {
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        const ClusterDiffResult r = diff(files, defaultProfile().plan);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QVERIFY(r.objects.size() > 10);
        QCOMPARE(ofKind(r, ObjectChange::Kind::Create).size(), r.objects.size());
        QVERIFY(r.hasChanges());
        const ObjectChange &ds = *std::find_if(r.objects.cbegin(), r.objects.cend(),
            [](const ObjectChange &c) { return c.ref.kind == QLatin1String("DaemonSet"); });
        QVERIFY2(ds.diff.startsWith(QStringLiteral("--- live\n+++ after apply\n@@ -0,0 +1,")),
            qPrintable(ds.diff));
        QVERIFY(ds.diff.contains(QStringLiteral("\n+kind: DaemonSet\n")));
        // What the server adds on create is in it (uid), what only a stored object has is not.
        QVERIFY(ds.diff.contains(QStringLiteral("\n+  uid: ")));
        QVERIFY(!ds.diff.contains(QStringLiteral("resourceVersion")));
        QVERIFY(!ds.diff.contains(QStringLiteral("managedFields")));
        // Asking wrote nothing.
        QCOMPARE(get(kCiliumDs).httpStatus, 404);
        QCOMPARE(get(kCiliumConfig).httpStatus, 404);
    }

    void afterTheApplyNothingChanges()
    {
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        apply(files);
        const ClusterDiffResult r = diff(files, defaultProfile().plan);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(ofKind(r, ObjectChange::Kind::None).size(), r.objects.size());
        QVERIFY(!r.hasChanges());
        for (const ObjectChange &c : r.objects)
            QVERIFY(c.diff.isEmpty());
    }

    void anEditedValueIsOneChangedLine()
    {
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        apply(files);
        const QString versionBefore = get(kCiliumConfig)
                                          .json.value(QStringLiteral("metadata"))
                                          .toObject()
                                          .value(QStringLiteral("resourceVersion"))
                                          .toString();
        const ClusterDiffResult r
            = diff(edited(files, "debug: \"false\"", "debug: \"true\""), defaultProfile().plan);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        const QList<ObjectChange> updates = ofKind(r, ObjectChange::Kind::Update);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(
            updates.first().ref.display(), QStringLiteral("ConfigMap kube-system/cilium-config"));
        const QStringList changed = updates.first().diff.split(u'\n').filter(
            QRegularExpression(QStringLiteral("^[-+][^-+]")));
        QCOMPARE(changed,
            (QStringList {
                QStringLiteral("-  debug: \"false\""), QStringLiteral("+  debug: \"true\"")}));
        // The live object is as it was.
        const QJsonObject live = get(kCiliumConfig).json;
        QCOMPARE(
            live.value(QStringLiteral("data")).toObject().value(QStringLiteral("debug")).toString(),
            QStringLiteral("false"));
        QCOMPARE(live.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("resourceVersion"))
                     .toString(),
            versionBefore);
    }

    void aConflictShowsBeforeAnyWrite()
    {
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        apply(files);
        // Someone else takes cilium-config's debug value over.
        auto c = admin();
        KubeRequest patch;
        patch.method = "PATCH";
        patch.path = kCiliumConfig;
        patch.contentType = "application/apply-patch+yaml";
        patch.body
            = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cilium-config","namespace":"kube-system"},"data":{"debug":"true"}})";
        patch.query.addQueryItem(
            QStringLiteral("fieldManager"), QStringLiteral("operator-by-hand"));
        patch.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        QVERIFY(c->sendAndWait(patch).ok());

        const ClusterDiffResult r = diff(files, defaultProfile().plan);
        QVERIFY(r.error);
        QCOMPARE(r.error->httpStatus, 409);
        QCOMPARE(r.failedObject, QStringLiteral("ConfigMap kube-system/cilium-config"));
        QVERIFY2(r.error->message.contains(QStringLiteral("operator-by-hand")),
            qPrintable(r.error->message));
        // --force-conflicts: the take-over is shown as the change it would be.
        const ClusterDiffResult forced = diff(files, defaultProfile().plan, true);
        QVERIFY(forced.ok());
        const QList<ObjectChange> updates = ofKind(forced, ObjectChange::Kind::Update);
        QCOMPARE(updates.size(), 1);
        QVERIFY(updates.first().diff.contains(
            QStringLiteral("-  debug: \"true\"\n+  debug: \"false\"\n")));
    }

    void underlayLabelsTheNodesLack()
    {
        const InstallPlan plan = underlayPlan();
        const auto files
            = filesFor(renderedFor(NetworkMode::Underlay), ManifestDestination::TargetCluster);
        ClusterDiffResult r = diff(files, plan);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.nodesNotInCluster, QStringList {QStringLiteral("10.0.0.99")});
        QStringList labels;
        for (const NodeLabelChange &l : r.labels)
            labels.append(QStringLiteral("%1 %2 %3: '%4' -> '%5'")
                              .arg(l.node, l.nodeIp, l.key, l.from, l.to));
        const QString node1Ip = plan.nodes.first().ip;
        QCOMPARE(labels,
            (QStringList {QStringLiteral("node-1 %1 infra.tce.io/as: '' -> '64512'").arg(node1Ip),
                QStringLiteral("node-1 %1 infra.tce.io/switch-ip: '' -> '192.168.60.2'")
                    .arg(node1Ip),
                QStringLiteral("node-2 10.0.0.17 infra.tce.io/as: '' -> '64512'"),
                QStringLiteral("node-2 10.0.0.17 infra.tce.io/switch-ip: '' -> '192.168.60.2'")}));
        // Labelled: nothing left to set.
        auto c = admin();
        NodeLabeler labeler(*c);
        QSignalSpy done(&labeler, &NodeLabeler::finished);
        labeler.label(plan);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        r = diff(files, plan);
        QVERIFY(r.ok());
        QVERIFY(r.labels.isEmpty());
        labeler.unlabel({QStringLiteral("node-1"), QStringLiteral("node-2")});
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
    }

    void theServersDryRunAnswers()
    {
        // As kube-apiserver: a dry run gets no new resourceVersion and stores nothing;
        // a dryRun value other than All is refused (422) before anything runs.
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        apply(files);
        auto c = admin();
        const QString rv = get(kCiliumConfig)
                               .json.value(QStringLiteral("metadata"))
                               .toObject()
                               .value(QStringLiteral("resourceVersion"))
                               .toString();
        KubeRequest patch;
        patch.method = "PATCH";
        patch.path = kCiliumConfig;
        patch.contentType = "application/merge-patch+json";
        patch.body = R"({"data":{"debug":"true"}})";
        patch.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
        const KubeResponse dry = c->sendAndWait(patch);
        QVERIFY(dry.ok());
        QCOMPARE(dry.json.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("debug"))
                     .toString(),
            QStringLiteral("true"));
        QCOMPARE(dry.json.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("resourceVersion"))
                     .toString(),
            rv);
        QCOMPARE(get(kCiliumConfig)
                     .json.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("debug"))
                     .toString(),
            QStringLiteral("false"));

        patch.query = QUrlQuery();
        patch.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("true"));
        const KubeResponse bad = c->sendAndWait(patch);
        QCOMPARE(bad.httpStatus, 422);
        QVERIFY2(bad.error->message.contains(QStringLiteral("dryRun: Unsupported value")),
            qPrintable(bad.error->message));

        KubeRequest del;
        del.method = "DELETE";
        del.path = kCiliumDs;
        del.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
        QVERIFY(c->sendAndWait(del).ok());
        QCOMPARE(get(kCiliumDs).httpStatus, 200);
    }
};

QTEST_GUILESS_MAIN(TestClusterDiff)
#include "tst_clusterdiff.moc"
