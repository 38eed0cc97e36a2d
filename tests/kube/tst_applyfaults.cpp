// Faults during apply, injected by the test API server the way a kube-apiserver behind a load
// balancer misbehaves (tests/kube/apiserver/faults.py): a 500, a connection reset after the
// write, a write that hangs past the client's timeout, a conflict with another field manager,
// a bearer token that expires. A fault the client's retries absorb must not show; one that
// outlasts them stops the run with an error naming the object, the inventory records what
// went in, and a re-run finishes with every object present exactly once.
#include "ApplyFixtures.h"
#include "TestApiServer.h"

#include "apply/ApiDiscovery.h"
#include "apply/ManifestApplier.h"
#include "kube/KubeClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

namespace {

// The overlay manifests of the default profile are 14 objects; writes 1..14 are their applies
// (one each, plus one per retry), the inventory ConfigMap follows. The 6th is the first write of
// the ClusterRole wave (after three ServiceAccounts and two ConfigMaps, each kind a wave of its
// own); which ClusterRole meets it depends on which of the wave's concurrent writes arrives
// first.
constexpr int kFaultyObject = 6;

// Per-attempt timeout for these rows: the product's 30 s would make the hang rows take two
// minutes; what is measured is the same retry path.
constexpr int kClientTimeoutMs = 1500;

enum class Expect {
    Ok, // the client's retries absorb the fault
    Fails, // the run stops at the faulty object; a plain re-run finishes
    FailsUntilFixed, // the same once the fault has ended (the load balancer is fixed)
    FailsUntilForced, // the re-run needs --force-conflicts (the operator's decision)
    FailsUntilRenewed, // the re-run needs fresh credentials
};

} // namespace

class TestApplyFaults : public QObject
{
    Q_OBJECT

private:
    QString m_inventory;

    static std::unique_ptr<KubeClient> client(const QString &kubeconfig)
    {
        const KubeConfigResult r = loadKubeConfig({kubeconfig});
        if (!r.access)
            return nullptr;
        auto c = std::make_unique<KubeClient>(*r.access);
        c->setTimeout(kClientTimeoutMs);
        return c;
    }

    ApplyResult apply(KubeClient &c, const QList<ManifestFile> &files, bool force = false)
    {
        ManifestApplier applier(c);
        applier.setForce(force);
        applier.setInventory(true, m_inventory);
        QSignalSpy finished(&applier, &ManifestApplier::finished);
        applier.start(files);
        [&]() { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
        return finished.isEmpty() ? ApplyResult {} : finished.first().first().value<ApplyResult>();
    }

    /// Every object labelled as ours that the server lists, for the kinds and namespaces of
    /// `expected` (sorted display names; a duplicate or a stray object shows).
    static QStringList objectsOnServer(KubeClient &c, const QList<ObjectRef> &expected)
    {
        QStringList apiVersions;
        for (const ObjectRef &o : expected)
            apiVersions.append(o.apiVersion);
        apiVersions.removeDuplicates();
        std::optional<ApiDiscoveryResult> discovery;
        discoverApiResources(c, apiVersions, [&](ApiDiscoveryResult d) { discovery = d; });
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(discovery.has_value(), 10000); }();
        if (!discovery || discovery->error)
            return {QStringLiteral("discovery failed")};
        QStringList seen;
        QSet<QString> listed;
        for (const ObjectRef &o : expected) {
            const ApiResource *res = discovery->find(o.apiVersion, o.kind);
            if (!res)
                return {QStringLiteral("not served: ") + o.display()};
            KubeRequest list;
            list.path = objectPath(*res, o.ns, QString());
            if (listed.contains(list.path))
                continue;
            listed.insert(list.path);
            list.query.addQueryItem(QStringLiteral("labelSelector"),
                QStringLiteral("app.kubernetes.io/managed-by=tke-cilium-installer"));
            const KubeResponse r = c.sendAndWait(list);
            if (!r.ok())
                return {QStringLiteral("cannot list ") + list.path};
            for (const QJsonValue &item : r.json.value(QStringLiteral("items")).toArray()) {
                const QJsonObject meta
                    = item.toObject().value(QStringLiteral("metadata")).toObject();
                if (meta.value(QStringLiteral("name")).toString() == kInventoryConfigMap)
                    continue; // the record, not an object of the installation
                seen.append(ObjectRef {o.apiVersion, o.kind,
                    meta.value(QStringLiteral("namespace")).toString(),
                    meta.value(QStringLiteral("name")).toString()}
                                .display());
            }
        }
        seen.sort();
        return seen;
    }

    /// The error of a run for a failure message (QVERIFY2 builds it even when all is well).
    static QString errorOf(const ApplyResult &r, const TestApiServer &server)
    {
        return r.error ? r.error->message + u'\n' + server.log() : QString();
    }

    static QStringList displayed(const QList<ObjectRef> &refs)
    {
        QStringList out;
        for (const ObjectRef &r : refs)
            out.append(r.display());
        return out;
    }

    static std::optional<Inventory> inventoryInCluster(KubeClient &c)
    {
        KubeRequest get;
        get.path = QStringLiteral(
            "/api/v1/namespaces/kube-system/configmaps/tke-cilium-installer-inventory");
        const KubeResponse r = c.sendAndWait(get);
        if (!r.ok())
            return std::nullopt;
        const Shaped<Inventory> inv = inventoryFromConfigMap(r.json);
        return inv.ok() ? std::optional<Inventory>(inv.value) : std::nullopt;
    }

    /// `source` with its bearer token replaced by `token`: the operator's fresh credentials.
    static QString withToken(const QString &source, const QString &token, const QString &dir)
    {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return QString();
        QJsonObject cfg = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray users = cfg.value(QStringLiteral("users")).toArray();
        QJsonObject user = users.first().toObject();
        QJsonObject creds = user.value(QStringLiteral("user")).toObject();
        creds.insert(QStringLiteral("token"), token);
        user.insert(QStringLiteral("user"), creds);
        users.replace(0, user);
        cfg.insert(QStringLiteral("users"), users);
        const QString path = dir + QStringLiteral("/renewed.kubeconfig");
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return QString();
        out.write(QJsonDocument(cfg).toJson());
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void faultDuringApply_data()
    {
        QTest::addColumn<QStringList>("serverArgs");
        QTest::addColumn<QString>("kubeconfig");
        QTest::addColumn<int>("expect");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<QString>("message"); // part of the error the operator reads

        const QString n = QString::number(kFaultyObject);
        // Aimed at the object, not at a write number: the ClusterRoles go in concurrently.
        const auto fault = [&](const char *kind, int times) {
            return QStringList {QStringLiteral("--fault"),
                QStringLiteral("%1@clusterroles/ciliumx%2").arg(QLatin1String(kind)).arg(times)};
        };
        // 1 try + 3 retries: a fault on 4 writes in a row outlasts the client's retries.
        QTest::newRow("500 once: retried")
            << fault("error500", 1) << "admin-cert" << int(Expect::Ok) << 0 << QString();
        QTest::newRow("500 on every try") << fault("error500", 4) << "admin-cert"
                                          << int(Expect::Fails) << int(KubeError::Kind::Server)
                                          << "failed on clusterroles.rbac.authorization.k8s.io "
                                             "\"cilium\" (HTTP 500): Internal error "
                                             "occurred: etcdserver: request timed out";
        QTest::newRow("reset after the write, once: retried")
            << fault("reset", 1) << "admin-cert" << int(Expect::Ok) << 0 << QString();
        // Qt re-sends at once when the connection closes before the answer, so a reset
        // outlasts the retries only while it lasts: until the test clears it.
        QTest::newRow("reset after the write, until fixed")
            << QStringList {QStringLiteral("--fault"), QStringLiteral("reset:%1+").arg(n)}
            << "admin-cert" << int(Expect::FailsUntilFixed) << int(KubeError::Kind::Unreachable)
            << "closed the connection before answering clusterroles.rbac.authorization.k8s.io "
               "\"cilium\"";
        QTest::newRow("hang past the timeout, once: retried")
            << fault("hang", 1)
                + QStringList {QStringLiteral("--hang-seconds"), QStringLiteral("5")}
            << "admin-cert" << int(Expect::Ok) << 0 << QString();
        QTest::newRow("hang past the timeout, every try")
            << fault("hang", 4)
                + QStringList {QStringLiteral("--hang-seconds"), QStringLiteral("5")}
            << "admin-cert" << int(Expect::Fails) << int(KubeError::Kind::Timeout)
            << "did not answer in time (clusterroles.rbac.authorization.k8s.io \"cilium\")";
        QTest::newRow("conflict with another field manager")
            << fault("conflict", 1) << "admin-cert" << int(Expect::FailsUntilForced)
            << int(KubeError::Kind::Conflict)
            << "clusterroles.rbac.authorization.k8s.io \"cilium\": another field manager owns "
               "fields "
               "this apply would change: .metadata.labels.app.kubernetes.io/managed-by (held by "
               "field manager \"helm\")";
        // Discovery (3), the ServiceAccounts' list and the inventory's read (2), the
        // ServiceAccounts' wave with the ConfigMaps' list read ahead (4), the ConfigMaps' wave
        // with the ClusterRoles' list (3): 12 requests; the ClusterRoles' wave gets 401.
        QTest::newRow("token expires")
            << QStringList {QStringLiteral("--token-expires-after"), QStringLiteral("12")}
            << "admin-token" << int(Expect::FailsUntilRenewed) << int(KubeError::Kind::Unauthorized)
            << "the API server refused the bearer token of user \"u\" (401 Unauthorized)";
    }
    void faultDuringApply()
    {
        QFETCH(QStringList, serverArgs);
        QFETCH(QString, kubeconfig);
        QFETCH(int, expect);
        QFETCH(int, errorKind);
        QFETCH(QString, message);

        TestApiServer server(serverArgs);
        QVERIFY2(server.isRunning(), "the test API server did not start");
        QTemporaryDir state;
        m_inventory = state.filePath(QStringLiteral("inventory.json"));
        const auto files
            = filesFor(renderedFor(NetworkMode::Overlay), ManifestDestination::TargetCluster);
        auto c = client(server.kubeconfig(kubeconfig));
        QVERIFY(c);

        QElapsedTimer clock;
        clock.start();
        const ApplyResult first = apply(*c, files);
        const qint64 firstMs = clock.elapsed();

        auto admin = client(server.kubeconfig(QStringLiteral("admin-cert")));
        if (Expect(expect) == Expect::Ok) {
            QVERIFY2(first.ok(), qPrintable(errorOf(first, server)));
            QCOMPARE(first.created, 14);
            QCOMPARE(objectsOnServer(*admin, first.applied), [&] {
                QStringList s = displayed(first.applied);
                s.sort();
                return s;
            }());
            QCOMPARE(inventoryInCluster(*admin)->objects, first.applied);
            qInfo("%s: absorbed by the retries, apply finished in %lld ms", QTest::currentDataTag(),
                firstMs);
            return;
        }

        // The run stopped at the faulty object and says which and why.
        QVERIFY(!first.ok());
        QVERIFY(first.error);
        QCOMPARE(int(first.error->kind), errorKind);
        QVERIFY2(first.error->message.contains(message), qPrintable(first.error->message));
        QVERIFY(!first.failedObject.isEmpty());
        if (Expect(expect) != Expect::FailsUntilRenewed) {
            // The waves before went in whole; no later wave started; the fault's wave
            // finished its other writes, which are recorded.
            QCOMPARE(first.failedObject, QStringLiteral("ClusterRole cilium"));
            QVERIFY(first.applied.size() >= kFaultyObject - 1);
            for (int i = 0; i < first.applied.size(); ++i) {
                const QString kind = first.applied[i].kind;
                QVERIFY2(i < kFaultyObject - 1 ? kind != QLatin1String("ClusterRole")
                                               : kind == QLatin1String("ClusterRole"),
                    qPrintable(first.applied[i].display()));
            }
        }
        // The record: the local inventory always; the ConfigMap unless the fault keeps the
        // cluster from taking it (dead credentials, a dropped connection), which is said.
        const auto local = readInventoryFile(m_inventory).value;
        QVERIFY(local);
        QList<ObjectRef> recorded = first.applied;
        // A write whose answer never came may have happened: it is recorded too.
        const bool answerLost = errorKind == int(KubeError::Kind::Timeout)
            || errorKind == int(KubeError::Kind::Unreachable);
        QCOMPARE(!first.uncertain.isEmpty(), answerLost);
        recorded += first.uncertain;
        QCOMPARE(local->objects, recorded);
        if (Expect(expect) == Expect::Fails || Expect(expect) == Expect::FailsUntilForced) {
            const auto inCluster = inventoryInCluster(*admin);
            QVERIFY(inCluster);
            QCOMPARE(inCluster->objects, recorded);
        } else {
            QVERIFY(!first.warnings.isEmpty());
            QVERIFY2(first.warnings.first().contains(
                         QStringLiteral("the inventory ConfigMap was not written")),
                qPrintable(first.warnings.first()));
        }

        // The re-run, as the operator would do it after reading the error.
        std::unique_ptr<KubeClient> again;
        bool force = false;
        if (Expect(expect) == Expect::FailsUntilForced) {
            // A plain re-run meets the same conflict: another tool owns the field.
            const ApplyResult refused = apply(*c, files);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.failedObject, first.failedObject);
            force = true;
        }
        if (Expect(expect) == Expect::FailsUntilFixed)
            server.clearFaults();
        if (Expect(expect) == Expect::FailsUntilRenewed) {
            QFile token(server.file(QStringLiteral("renewed.token")));
            QVERIFY(token.open(QIODevice::ReadOnly));
            again = client(withToken(
                server.kubeconfig(kubeconfig), QString::fromUtf8(token.readAll()), state.path()));
            QVERIFY(again);
        }
        clock.restart();
        const ApplyResult rerun = apply(again ? *again : *c, files, force);
        const qint64 rerunMs = clock.elapsed();
        QVERIFY2(rerun.ok(), qPrintable(errorOf(rerun, server)));
        QCOMPARE(rerun.applied.size(), 14);
        QCOMPARE(rerun.created + rerun.configured + rerun.unchanged, 14);
        QVERIFY(rerun.unchanged >= first.applied.size());

        // Every object exactly once on the server, and once in both inventories.
        QStringList want = displayed(rerun.applied);
        want.sort();
        QCOMPARE(objectsOnServer(*admin, rerun.applied), want);
        // The record keeps the first run's objects first, then the ones the re-run added.
        const auto sortedDisplay = [](const QList<ObjectRef> &objects) {
            QStringList s = displayed(objects);
            s.sort();
            return s;
        };
        QCOMPARE(sortedDisplay(readInventoryFile(m_inventory).value->objects), want);
        QCOMPARE(sortedDisplay(inventoryInCluster(*admin)->objects), want);

        qInfo("%s: failed after %lld ms at %s (%d applied before); re-run finished in %lld ms "
              "(%d created, %d configured, %d unchanged)",
            QTest::currentDataTag(), firstMs, qPrintable(first.failedObject),
            int(first.applied.size()), rerunMs, rerun.created, rerun.configured, rerun.unchanged);
    }
};

QTEST_GUILESS_MAIN(TestApplyFaults)
#include "tst_applyfaults.moc"
