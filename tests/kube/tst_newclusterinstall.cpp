// NewClusterInstall against the test API server acting as TKEStack's platform: the steps in
// order, the conflict pause answered both ways, and the pure parts (versions, the new
// cluster's access, which files TKEStack deploys).
#include "TestApiServer.h"

#include "apply/MachineCredentials.h"
#include "apply/NewClusterAccess.h"
#include "apply/NewClusterFiles.h"
#include "apply/NewClusterInstall.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

class TestNewClusterInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static InstallPlan planWithWorker()
    {
        InstallPlan plan = defaultProfile().plan;
        NodeSpec worker = plan.nodes.first();
        worker.ip = QStringLiteral("10.0.0.17");
        worker.role = NodeRole::Worker;
        plan.nodes.append(worker);
        return plan;
    }

    ManifestFile filledClusterFile(const InstallPlan &plan) const
    {
        const ManifestSet set = renderManifests(plan).manifests;
        const FilledManifest filled = fillMachineCredentials(
            *set.file(QStringLiteral("tkestack-cluster")), plan, {}, m_home.path());
        return filled.file;
    }

    static ManifestFile editedCilium(const InstallPlan &plan)
    {
        ManifestFile f = *renderManifests(plan).manifests.file(QStringLiteral("cilium"));
        f.yaml.replace("tkestack/cilium:v1.9.5", "tkestack/cilium:v1.9.6");
        return f;
    }

    static QList<NewClusterStep> steps(const QSignalSpy &spy)
    {
        QList<NewClusterStep> out;
        for (const QList<QVariant> &args : spy)
            out.append(args.first().value<NewClusterStep>());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir(m_home.path()).mkpath(QStringLiteral(".ssh"));
        QFile key(m_home.filePath(QStringLiteral(".ssh/id_ed25519")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("-----BEGIN OPENSSH PRIVATE KEY-----\ntest\n-----END OPENSSH PRIVATE KEY-----\n");
    }

    void conflictPause_data()
    {
        QTest::addColumn<bool>("takeOver");
        QTest::newRow("TakeOver") << true;
        QTest::newRow("Stop") << false;
    }
    void conflictPause()
    {
        QFETCH(bool, takeOver);
        TestApiServer server({QStringLiteral("--cluster-step"), QStringLiteral("0.1"),
            QStringLiteral("--ready-after"), QStringLiteral("0.2")});
        QVERIFY(server.isRunning());
        const InstallPlan plan = planWithWorker();
        NewClusterInstall install(
            *loadKubeConfig({server.kubeconfig(QStringLiteral("admin-cert"))}).access);
        NewClusterInstallOptions o;
        o.inventoryFile = m_home.filePath(QStringLiteral("global.json"));
        o.newClusterInventoryFile = m_home.filePath(QStringLiteral("new.json"));
        o.pollMs = 100;
        install.setOptions(o);
        QSignalSpy started(&install, &NewClusterInstall::stepStarted);
        QSignalSpy conflict(&install, &NewClusterInstall::conflictFound);
        QSignalSpy finished(&install, &NewClusterInstall::finished);
        install.start(plan, filledClusterFile(plan), {editedCilium(plan)}, {});
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 20000);
        const auto q = conflict.first().first().value<FieldConflictQuestion>();
        QCOMPARE(q.object, QStringLiteral("DaemonSet kube-system/cilium"));
        QVERIFY2(q.detail.contains(QLatin1String("conflict with \"tke-platform-controller\"")),
            qPrintable(q.detail));
        QCOMPARE(
            q.answers, (QList<ConflictAnswer> {ConflictAnswer::TakeOver, ConflictAnswer::Stop}));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0); // paused until answered
        QCOMPARE(steps(started),
            (QList<NewClusterStep> {NewClusterStep::ReadVersions, NewClusterStep::CreateCluster,
                NewClusterStep::WaitRunning, NewClusterStep::CreateMachines,
                NewClusterStep::WaitMachines, NewClusterStep::ConnectNewCluster,
                NewClusterStep::ApplyEdited}));
        install.answerConflict(takeOver ? ConflictAnswer::TakeOver : ConflictAnswer::Stop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto r = finished.first().first().value<NewClusterInstallResult>();
        QVERIFY(r.clusterCreated);
        QCOMPARE(r.phase, QStringLiteral("Running"));
        QCOMPARE(r.machines.size(), 1);
        QCOMPARE(r.machines.first().phase, QStringLiteral("Running"));
        QCOMPARE(r.newClusterServer.port(), server.port());
        QCOMPARE(r.ok(), takeOver);
        if (takeOver) {
            QCOMPARE(steps(started).last(), NewClusterStep::Rollout);
            QVERIFY(r.rollout.ok());
        } else {
            QCOMPARE(*r.failedStep, NewClusterStep::ApplyEdited);
            QCOMPARE(r.error->httpStatus, 409);
        }
        // The run is on record for a re-run: the Cluster and its worker.
        const auto inv = readInventoryFile(o.inventoryFile).value;
        QVERIFY(inv);
        QCOMPARE(inv->newCluster, r.clusterName);
        QCOMPARE(inv->newMachines, QStringList {r.machines.first().name});
    }

    void versionsFromClusterInfo()
    {
        QJsonObject cm {{QStringLiteral("data"),
            QJsonObject {{QStringLiteral("tkeVersion"), QStringLiteral("v1.6.0")},
                {QStringLiteral("k8sValidVersions"),
                    QStringLiteral("[\"1.21.4-tke.3\",\"1.20.6-tke.2\"]")}}}};
        QString error;
        const auto v = platformVersionsFromConfigMap(cm, &error);
        QVERIFY(v);
        QCOMPARE(v->kubernetesVersions,
            (QStringList {QStringLiteral("1.21.4-tke.3"), QStringLiteral("1.20.6-tke.2")}));
        QVERIFY(versionNotOfferedMessage(QStringLiteral("1.21.4-tke.3"), *v).isEmpty());
        QCOMPARE(versionNotOfferedMessage(QStringLiteral("1.20.4-tke.1"), *v),
            QStringLiteral("cluster.kubernetesVersion: TKEStack v1.6.0 does not offer Kubernetes "
                           "1.20.4-tke.1; valid versions: 1.21.4-tke.3, 1.20.6-tke.2. Nothing "
                           "was created."));
        cm[QStringLiteral("data")]
            = QJsonObject {{QStringLiteral("k8sValidVersions"), QStringLiteral("1.21.4-tke.3")}};
        QVERIFY(!platformVersionsFromConfigMap(cm, &error));
        QVERIFY2(error.startsWith(QLatin1String("kube-public/cluster-info data.k8sValidVersions:")),
            qPrintable(error));
        QCOMPARE(offlinePlatformVersions().kubernetesVersions.first(),
            defaultProfile().plan.kubernetesVersion);
    }

    void addressAsTkeStackChooses()
    {
        const auto address = [](const char *type, const char *host) {
            return QJsonObject {{QStringLiteral("type"), QLatin1String(type)},
                {QStringLiteral("host"), QLatin1String(host)}, {QStringLiteral("port"), 6443}};
        };
        QJsonObject cluster {{QStringLiteral("metadata"),
                                 QJsonObject {{QStringLiteral("name"), QStringLiteral("cls-1")}}},
            {QStringLiteral("status"),
                QJsonObject {{QStringLiteral("addresses"),
                    QJsonArray {address("Real", "10.0.0.16"), address("Advertise", "10.0.0.2"),
                        address("Internal", "10.0.0.1")}}}}};
        const QJsonObject credential {
            {QStringLiteral("caCert"), QString::fromLatin1(QByteArray("CA").toBase64())},
            {QStringLiteral("token"), QStringLiteral("t")}};
        QCOMPARE(newClusterAccess(cluster, credential).access->server.host(),
            QStringLiteral("10.0.0.1"));
        QJsonObject status = cluster[QStringLiteral("status")].toObject();
        status[QStringLiteral("addresses")]
            = QJsonArray {address("Real", "10.0.0.16"), address("Advertise", "10.0.0.2")};
        cluster[QStringLiteral("status")] = status;
        const auto a = newClusterAccess(cluster, credential).access;
        QCOMPARE(a->server.toString(), QStringLiteral("https://10.0.0.2:6443"));
        QCOMPARE(a->caPem, QByteArray("CA"));
        // No CA: the token would go to a server that cannot be verified.
        const auto noCa
            = newClusterAccess(cluster, {{QStringLiteral("token"), QStringLiteral("t")}});
        QVERIFY(!noCa.access);
        QVERIFY2(noCa.error.contains(QLatin1String("caCert")), qPrintable(noCa.error));
    }

    void filesTkeStackDeploys()
    {
        const InstallPlan plan = planWithWorker();
        const ManifestSet rendered = renderManifests(plan).manifests;
        ManifestSet reviewed = rendered;
        NewClusterFiles split = newClusterFiles(rendered, reviewed);
        QVERIFY(!split.installerSendsAnything());
        QCOMPARE(split.deployedByTkeStack.size(),
            rendered.filesFor(ManifestDestination::TargetCluster).size());
        for (ManifestFile &f : reviewed.files) {
            if (f.name == QLatin1String("cilium"))
                f = editedCilium(plan);
        }
        split = newClusterFiles(rendered, reviewed);
        QCOMPARE(split.sentByInstaller.size(), 1);
        QCOMPARE(split.sentByInstaller.first().name, QStringLiteral("cilium"));
        QVERIFY(split.sentByInstaller.first().yaml.contains("cilium:v1.9.6"));
        QVERIFY(!split.deployedByTkeStack.isEmpty());
        for (const ManifestFile &f : split.deployedByTkeStack)
            QVERIFY(f.name != QLatin1String("cilium"));
    }
};

QTEST_GUILESS_MAIN(TestNewClusterInstall)
#include "tst_newclusterinstall.moc"
