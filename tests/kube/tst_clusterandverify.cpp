// The new-cluster target (TKEStack Cluster object with credentials, followed through its
// status to Running or Failed) and the connectivity check (verdicts, then removal).
#include "ApplyFixtures.h"
#include "TestApiServer.h"

#include "apply/ClusterCreator.h"
#include "apply/ConnectivityVerifier.h"
#include "apply/MachineCredentials.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

class TestClusterAndVerify : public QObject
{
    Q_OBJECT

private:
    // One server where everything works, one where the cluster fails and a check is stuck.
    std::unique_ptr<TestApiServer> m_good;
    std::unique_ptr<TestApiServer> m_bad;
    QTemporaryDir m_home;

    static std::unique_ptr<KubeClient> client(const TestApiServer &server)
    {
        return std::make_unique<KubeClient>(
            *loadKubeConfig({server.kubeconfig(QStringLiteral("admin-cert"))}).access);
    }

    static InstallPlan newClusterPlan()
    {
        InstallPlan plan = defaultProfile().plan;
        plan.target = Target::NewCluster;
        return plan;
    }

    ManifestFile clusterFile() const
    {
        const ManifestSet set = renderManifests(newClusterPlan()).manifests;
        return *set.file(QStringLiteral("tkestack-cluster"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_good = std::make_unique<TestApiServer>(
            QStringList {QStringLiteral("--ready-after"), QStringLiteral("0.3")});
        m_bad = std::make_unique<TestApiServer>(QStringList {QStringLiteral("--ready-after"),
            QStringLiteral("0.3"), QStringLiteral("--cluster-outcome"), QStringLiteral("failed"),
            QStringLiteral("--stuck"), QStringLiteral("pod-to-a-external-1111")});
        QVERIFY(m_good->isRunning() && m_bad->isRunning());
        QDir(m_home.path()).mkpath(QStringLiteral(".ssh"));
        QFile key(m_home.filePath(QStringLiteral(".ssh/id_ed25519")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("-----BEGIN OPENSSH PRIVATE KEY-----\ntest\n-----END OPENSSH PRIVATE KEY-----\n");
    }

    void credentialsAreFilled()
    {
        const FilledManifest filled
            = fillMachineCredentials(clusterFile(), newClusterPlan(), {}, m_home.path());
        QVERIFY(!filled.error);
        const auto docs = ManifestSet::documents(filled.file);
        const YamlNode *key = docs.front().path(u"spec.machines[0].privateKey");
        QVERIFY(key);
        QCOMPARE(QByteArray::fromBase64(key->scalar().toLatin1()).left(35),
            QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----"));

        InstallPlan withPassword = newClusterPlan();
        withPassword.nodes[0].auth = AuthMethod::Password;
        const FilledManifest missing
            = fillMachineCredentials(clusterFile(), withPassword, {}, m_home.path());
        QVERIFY(missing.error);
        QVERIFY(missing.error->message.contains(QStringLiteral("no password was given")));
        const FilledManifest given = fillMachineCredentials(clusterFile(), withPassword,
            {{withPassword.nodes[0].ip, QStringLiteral("s3cret")}}, m_home.path());
        QVERIFY(!given.error);
        QCOMPARE(
            ManifestSet::documents(given.file).front().path(u"spec.machines[0].password")->scalar(),
            QStringLiteral("czNjcmV0"));
    }

    void encryptedKeyNeedsItsPassphrase()
    {
        // Real keys from ssh-keygen: OpenSSH format plain and encrypted, and PEM encrypted.
        QTemporaryDir dir;
        const auto keygen = [&](const QString &name, const QStringList &extra) {
            QProcess p;
            p.start(QStringLiteral("ssh-keygen"),
                QStringList {QStringLiteral("-q"), QStringLiteral("-f"), dir.filePath(name)}
                    + extra);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        QVERIFY(keygen(QStringLiteral("plain"),
            {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString()}));
        QVERIFY(keygen(QStringLiteral("openssh"),
            {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QStringLiteral("pass phrase")}));
        QVERIFY(keygen(QStringLiteral("pem"),
            {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
                QStringLiteral("2048"), QStringLiteral("-m"), QStringLiteral("PEM"),
                QStringLiteral("-N"), QStringLiteral("pass phrase")}));
        QVERIFY(!keyFileIsEncrypted(dir.filePath(QStringLiteral("plain")), dir.path()));
        QVERIFY(keyFileIsEncrypted(dir.filePath(QStringLiteral("openssh")), dir.path()));
        QVERIFY(keyFileIsEncrypted(dir.filePath(QStringLiteral("pem")), dir.path()));
        // The test's own broken key (no body) is not "encrypted": filling reports it as read.
        QVERIFY(!keyFileIsEncrypted(QStringLiteral("~/.ssh/id_ed25519"), m_home.path()));

        InstallPlan plan = newClusterPlan();
        plan.nodes[0].keyFile = dir.filePath(QStringLiteral("openssh"));
        const FilledManifest missing = fillMachineCredentials(clusterFile(), plan, {}, dir.path());
        QVERIFY(missing.error);
        QVERIFY2(missing.error->message.contains(QLatin1String("is encrypted and no passphrase")),
            qPrintable(missing.error->message));
        const FilledManifest given = fillMachineCredentials(
            clusterFile(), plan, {{plan.nodes[0].ip, QStringLiteral("pass phrase")}}, dir.path());
        QVERIFY(!given.error);
        const auto docs = ManifestSet::documents(given.file);
        QCOMPARE(docs.front().path(u"spec.machines[0].passPhrase")->scalar(),
            QString::fromLatin1(QByteArray("pass phrase").toBase64()));
        // A plain key gets no passPhrase field at all.
        plan.nodes[0].keyFile = dir.filePath(QStringLiteral("plain"));
        const FilledManifest plain = fillMachineCredentials(clusterFile(), plan, {}, dir.path());
        QVERIFY(!plain.error);
        QVERIFY(!ManifestSet::documents(plain.file).front().path(u"spec.machines[0].passPhrase"));
    }

    void newCluster_data()
    {
        QTest::addColumn<bool>("good");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("message");
        QTest::newRow("through Running") << true << "Running"
                                         << "";
        // TKEStack leaves the phase Initializing and records the failed step as a condition
        // with status False (pkg/platform/provider/cluster/interface.go:226-233).
        QTest::newRow("through a failed condition")
            << false << "Initializing"
            << "step EnsureCilium failed (FailedInit): cilium-agent is not ready on 10.0.0.16: "
               "kernel 4.10.0-118-generic is older than 4.11";
    }
    void newCluster()
    {
        QFETCH(bool, good);
        QFETCH(QString, phase);
        QFETCH(QString, message);
        auto global = client(good ? *m_good : *m_bad);
        const FilledManifest filled
            = fillMachineCredentials(clusterFile(), newClusterPlan(), {}, m_home.path());
        ClusterCreator creator(*global);
        creator.setPollInterval(100);
        QSignalSpy status(&creator, &ClusterCreator::statusChanged);
        QSignalSpy finished(&creator, &ClusterCreator::finished);
        creator.start(filled.file, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 25000);
        const ClusterCreateResult r = finished.first().first().value<ClusterCreateResult>();
        QCOMPARE(r.phase, phase);
        QCOMPARE(r.ok(), good);
        QVERIFY(status.size() >= 2); // seen while initializing, then at the end
        QCOMPARE(status.first().first().toString(), QStringLiteral("Initializing"));
        if (!good)
            QVERIFY2(r.error->message.contains(message), qPrintable(r.error->message));
    }

    void placeholdersAreRefusedByTheServer()
    {
        auto global = client(*m_good);
        ClusterCreator creator(*global);
        QSignalSpy finished(&creator, &ClusterCreator::finished);
        creator.start(clusterFile(), 5000); // not filled: the placeholders are not base64
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const ClusterCreateResult r = finished.first().first().value<ClusterCreateResult>();
        QCOMPARE(r.error->kind, KubeError::Kind::Invalid);
        QVERIFY(r.error->message.contains(QStringLiteral("illegal base64")));
    }

    void credentialsOnlyOverVerifiedTls()
    {
        ClusterAccess a
            = *loadKubeConfig({m_good->kubeconfig(QStringLiteral("admin-cert"))}).access;
        a.insecureSkipTlsVerify = true;
        KubeClient insecure(a);
        ClusterCreator creator(insecure);
        QSignalSpy finished(&creator, &ClusterCreator::finished);
        creator.start(clusterFile(), 5000);
        QCOMPARE(finished.size(), 1); // refused at once, nothing sent
        const ClusterCreateResult r = finished.first().first().value<ClusterCreateResult>();
        QCOMPARE(r.error->kind, KubeError::Kind::Config);
        QVERIFY(r.error->message.contains(QStringLiteral("only over verified TLS")));
    }

    void connectivityCheck_data()
    {
        QTest::addColumn<bool>("good");
        QTest::newRow("every check passes") << true;
        QTest::newRow("external target unreachable") << false;
    }
    void connectivityCheck()
    {
        QFETCH(bool, good);
        auto target = client(good ? *m_good : *m_bad);
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::Verification);
        QCOMPARE(files.size(), 1);
        ConnectivityVerifier verifier(*target);
        verifier.setPollInterval(100);
        QSignalSpy finished(&verifier, &ConnectivityVerifier::finished);
        verifier.start(files, good ? 20000 : 3000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const ConnectivityResult r = finished.first().first().value<ConnectivityResult>();
        QCOMPARE(r.verdicts.size(), 12);
        QCOMPARE(r.ok(), good);
        QVERIFY(r.removed);
        for (const ConnectivityVerdict &v : r.verdicts) {
            QCOMPARE(v.passed, good || v.name != QLatin1String("pod-to-a-external-1111"));
            QVERIFY(!v.meaning.isEmpty());
        }
        const auto denied = std::find_if(
            r.verdicts.cbegin(), r.verdicts.cend(), [](const ConnectivityVerdict &v) {
                return v.name == QLatin1String("pod-to-a-l3-denied-cnp");
            });
        QCOMPARE(denied->meaning,
            QStringLiteral("a CiliumNetworkPolicy blocks pod to pod, as it should"));
        // Removed: the test namespace and its deployments are gone.
        KubeRequest get;
        get.path = QStringLiteral("/api/v1/namespaces/cilium-test");
        QCOMPARE(target->sendAndWait(get).httpStatus, 404);

        // The same verifier runs the whole check again (the wizard's "check again").
        verifier.start(files, good ? 20000 : 3000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const ConnectivityResult again = finished.at(1).first().value<ConnectivityResult>();
        QCOMPARE(again.verdicts.size(), 12);
        QCOMPARE(again.ok(), good);
        QVERIFY(again.removed);
        QCOMPARE(target->sendAndWait(get).httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestClusterAndVerify)
#include "tst_clusterandverify.moc"
