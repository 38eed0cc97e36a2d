// Applying over a Cilium that TKEStack's platform installed. Its workloads are created here the
// way TKEStack creates them: EnsureCilium (pkg/platform/provider/baremetal/cluster/create.go:1390)
// renders manifests/cilium/*.yaml and writes each object with client-go Create, then Update
// (pkg/util/apiclient/idempotency.go:157-183), through a clientset without a user agent of its own
// (pkg/platform/types/v1/types.go:52-58). client-go then sends "<binary>/<version> ...", and
// kube-apiserver names the field manager of a non-apply write after that agent's first part:
// "tke-platform-controller" (build/docker/tke-platform-controller/Dockerfile:24), operation
// Update. Our KubeClient sends its own agent, so the test names that manager with fieldManager.
//
// The selectors below are typed from TKEStack's templates, not taken from our renderer, so a
// renderer that drifts from them fails here with the 422 a real cluster would answer.
#include "ApplyFixtures.h"
#include "TestApiServer.h"

#include "apply/ManifestApplier.h"
#include "apply/OtherCniCheck.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace tkeci;

namespace {

struct TkeStackWorkload
{
    QString collection; // the API path to POST to
    QString kind;
    QString name;
    QString container;
    QJsonObject selector; // matchLabels
};

const QString kDaemonSets = QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets");
const QString kDeployments = QStringLiteral("/apis/apps/v1/namespaces/kube-system/deployments");

/// The five workloads of an underlay install, with TKEStack's selectors
/// (pkg/platform/provider/baremetal/manifests/cilium/...).
QList<TkeStackWorkload> tkeStackWorkloads()
{
    const auto labels = [](std::initializer_list<std::pair<const char *, const char *>> l) {
        QJsonObject o;
        for (const auto &[k, v] : l)
            o.insert(QString::fromLatin1(k), QString::fromLatin1(v));
        return o;
    };
    return {
        // cilium.yaml:379-381
        {kDaemonSets, QStringLiteral("DaemonSet"), QStringLiteral("cilium"),
            QStringLiteral("cilium-agent"), labels({{"k8s-app", "cilium"}})},
        // cilium.yaml:653-656
        {kDeployments, QStringLiteral("Deployment"), QStringLiteral("cilium-operator"),
            QStringLiteral("cilium-operator"),
            labels({{"io.cilium/app", "operator"}, {"name", "cilium-operator"}})},
        // eni-ipamd.yaml:124-127
        {kDeployments, QStringLiteral("Deployment"), QStringLiteral("tke-eni-ipamd"),
            QStringLiteral("tke-eni-ipamd"),
            labels({{"k8s-app", "tke-eni-ipamd"}, {"qcloud-app", "tke-eni-ipamd"}})},
        // masq-agent.yaml:17-19
        {kDaemonSets, QStringLiteral("DaemonSet"), QStringLiteral("ip-masq-agent"),
            QStringLiteral("ip-masq-agent"), labels({{"name", "ip-masq-agent"}})},
        // router.yaml:50-52
        {kDaemonSets, QStringLiteral("DaemonSet"), QStringLiteral("cilium-router"),
            QStringLiteral("cilium-router"), labels({{"app", "cilium-router"}})},
    };
}

/// The object as TKEStack's template would give it, cut to what matters here: selector, pod
/// template labels and the container under its name, with an image of another registry.
QJsonObject asTkeStack(const TkeStackWorkload &w)
{
    QJsonObject container {{QStringLiteral("name"), w.container},
        {QStringLiteral("image"), QStringLiteral("tkestack.example/library/") + w.container}};
    QJsonObject podSpec {{QStringLiteral("containers"), QJsonArray {container}}};
    QJsonObject tmpl {
        {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("labels"), w.selector}}},
        {QStringLiteral("spec"), podSpec}};
    QJsonObject spec {
        {QStringLiteral("selector"), QJsonObject {{QStringLiteral("matchLabels"), w.selector}}},
        {QStringLiteral("template"), tmpl}};
    return QJsonObject {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
        {QStringLiteral("kind"), w.kind},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("name"), w.name},
                {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
        {QStringLiteral("spec"), spec}};
}

} // namespace

class TestOverTkeStack : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_server;
    std::unique_ptr<KubeClient> m_admin;

    KubeResponse send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QString &fieldManager = QString())
    {
        KubeRequest r;
        r.method = method;
        r.path = path;
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.contentType = "application/json";
        r.rbacVerb = method == "POST" ? QStringLiteral("create") : QStringLiteral("update");
        if (!fieldManager.isEmpty())
            r.query.addQueryItem(QStringLiteral("fieldManager"), fieldManager);
        return m_admin->sendAndWait(r);
    }

    QJsonObject get(const QString &path)
    {
        KubeRequest r;
        r.path = path;
        return m_admin->sendAndWait(r).json;
    }

    /// Creates `w` as TKEStack's platform controller does.
    void createAsTkeStack(const TkeStackWorkload &w)
    {
        const KubeResponse r
            = send("POST", w.collection, asTkeStack(w), QStringLiteral("tke-platform-controller"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    }

    ApplyResult apply(const QList<ManifestFile> &files, bool force)
    {
        ManifestApplier applier(*m_admin);
        applier.setForce(force);
        QSignalSpy finished(&applier, &ManifestApplier::finished);
        applier.start(files);
        [&]() { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
        return finished.first().first().value<ApplyResult>();
    }

    static QList<ManifestFile> underlayFiles()
    {
        return filesFor(renderedFor(NetworkMode::Underlay), ManifestDestination::TargetCluster);
    }

private Q_SLOTS:
    void init()
    {
        // A fresh cluster for every case.
        m_server = std::make_unique<TestApiServer>();
        QVERIFY2(m_server->isRunning(), "the test API server did not start");
        const KubeConfigResult r
            = loadKubeConfig({m_server->kubeconfig(QStringLiteral("admin-cert"))});
        m_admin = std::make_unique<KubeClient>(*r.access);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void applyOverTkeStackInstall()
    {
        const QList<TkeStackWorkload> workloads = tkeStackWorkloads();
        for (const TkeStackWorkload &w : workloads)
            createAsTkeStack(w);

        // Without force, the fields TKEStack's controller set to other values (the images) stay
        // its own: a conflict that names it, never a 422.
        const ApplyResult polite = apply(underlayFiles(), false);
        QVERIFY(!polite.ok());
        QCOMPARE(polite.error->kind, KubeError::Kind::Conflict);
        QVERIFY2(polite.error->message.contains(QStringLiteral("tke-platform-controller")),
            qPrintable(polite.error->message));

        // Taking the fields over goes through: every selector is the one TKEStack created.
        const ApplyResult forced = apply(underlayFiles(), true);
        QVERIFY2(forced.ok(), qPrintable(forced.error ? forced.error->message : QString()));
        for (const TkeStackWorkload &w : workloads) {
            const QJsonObject live = get(w.collection + u'/' + w.name);
            const QJsonObject spec = live.value(QStringLiteral("spec")).toObject();
            QCOMPARE(spec.value(QStringLiteral("selector")).toObject(),
                QJsonObject({{QStringLiteral("matchLabels"), w.selector}}));
            // Our apply is in: our label and our image replaced TKEStack's.
            QCOMPARE(live.value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("labels"))
                         .toObject()
                         .value(QStringLiteral("app.kubernetes.io/managed-by"))
                         .toString(),
                QStringLiteral("tke-cilium-installer"));
            const QJsonArray containers = spec.value(QStringLiteral("template"))
                                              .toObject()
                                              .value(QStringLiteral("spec"))
                                              .toObject()
                                              .value(QStringLiteral("containers"))
                                              .toArray();
            QCOMPARE(containers.size(), 1);
            QVERIFY2(!containers.first()
                          .toObject()
                          .value(QStringLiteral("image"))
                          .toString()
                          .startsWith(QStringLiteral("tkestack.example/")),
                qPrintable(w.name));
        }
    }

    void tkeStackCiliumIsNotAnotherCni()
    {
        // The Cilium TKEStack deployed is the one this program manages: no "another CNI" stop.
        for (const TkeStackWorkload &w : tkeStackWorkloads())
            createAsTkeStack(w);
        std::optional<OtherCniResult> found;
        findOtherCni(*m_admin, [&found](OtherCniResult r) { found = r; });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
        QVERIFY(!found->error);
        QVERIFY2(found->found.isEmpty(),
            qPrintable(found->found.isEmpty() ? QString() : found->found.first().daemonSet));
        // ... while another CNI's agent beside it still is one.
        const QJsonObject calico {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("kind"), QStringLiteral("DaemonSet")},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("name"), QStringLiteral("calico-node")},
                    {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
            {QStringLiteral("spec"),
                QJsonObject {{QStringLiteral("selector"),
                                 QJsonObject {{QStringLiteral("matchLabels"),
                                     QJsonObject {{QStringLiteral("k8s-app"),
                                         QStringLiteral("calico-node")}}}}},
                    {QStringLiteral("template"),
                        QJsonObject {{QStringLiteral("metadata"),
                                         QJsonObject {{QStringLiteral("labels"),
                                             QJsonObject {{QStringLiteral("k8s-app"),
                                                 QStringLiteral("calico-node")}}}}},
                            {QStringLiteral("spec"),
                                QJsonObject {{QStringLiteral("containers"),
                                    QJsonArray {QJsonObject {
                                        {QStringLiteral("name"), QStringLiteral("calico")},
                                        {QStringLiteral("image"),
                                            QStringLiteral("calico/node:v3")}}}}}}}}}}};
        const KubeResponse created = send(
            "POST", QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets"), calico);
        QVERIFY2(created.ok(), qPrintable(created.error ? created.error->message : QString()));
        found.reset();
        findOtherCni(*m_admin, [&found](OtherCniResult r) { found = r; });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
        QCOMPARE(found->found.size(), 1);
        QCOMPARE(found->found.first().daemonSet, QStringLiteral("kube-system/calico-node"));
    }

    void otherSelectorIsRefused()
    {
        // A router created under another selector (the one our earlier releases rendered): the
        // forced apply merges both label sets into the selector, which apps/v1 refuses.
        TkeStackWorkload router = tkeStackWorkloads().last();
        router.selector
            = QJsonObject {{QStringLiteral("k8s-app"), QStringLiteral("cilium-router")}};
        createAsTkeStack(router);
        const ApplyResult r = apply(underlayFiles(), true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, KubeError::Kind::Invalid);
        QCOMPARE(r.failedObject, QStringLiteral("DaemonSet kube-system/cilium-router"));
        QVERIFY2(r.error->message.contains(QStringLiteral("spec.selector")),
            qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(QStringLiteral("field is immutable")),
            qPrintable(r.error->message));
    }

    void updateKeepsTheSelector_data()
    {
        QTest::addColumn<int>("index"); // in tkeStackWorkloads()
        QTest::newRow("DaemonSet") << 0;
        QTest::newRow("Deployment") << 1;
    }
    void updateKeepsTheSelector()
    {
        QFETCH(int, index);
        const TkeStackWorkload w = tkeStackWorkloads().at(index);
        createAsTkeStack(w);
        const QString path = w.collection + u'/' + w.name;

        // An update that keeps the selector is taken (the check is not a blanket refusal)...
        QJsonObject obj = asTkeStack(w);
        QJsonObject spec = obj.value(QStringLiteral("spec")).toObject();
        QJsonObject tmpl = spec.value(QStringLiteral("template")).toObject();
        QJsonObject podSpec = tmpl.value(QStringLiteral("spec")).toObject();
        QJsonObject container {{QStringLiteral("name"), w.container},
            {QStringLiteral("image"), QStringLiteral("elsewhere.example/") + w.container}};
        podSpec.insert(QStringLiteral("containers"), QJsonArray {container});
        tmpl.insert(QStringLiteral("spec"), podSpec);
        spec.insert(QStringLiteral("template"), tmpl);
        obj.insert(QStringLiteral("spec"), spec);
        const KubeResponse same = send("PUT", path, obj);
        QVERIFY2(same.ok(), qPrintable(same.error ? same.error->message : QString()));

        // ...one that changes it answers 422, naming spec.selector, as kube-apiserver does.
        QJsonObject changed {{QStringLiteral("k8s-app"), QStringLiteral("renamed")}};
        tmpl.insert(QStringLiteral("metadata"), QJsonObject {{QStringLiteral("labels"), changed}});
        spec.insert(QStringLiteral("template"), tmpl);
        spec.insert(
            QStringLiteral("selector"), QJsonObject {{QStringLiteral("matchLabels"), changed}});
        obj.insert(QStringLiteral("spec"), spec);
        const KubeResponse refused = send("PUT", path, obj);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.httpStatus, 422);
        QVERIFY2(refused.error->message.contains(QStringLiteral("spec.selector")),
            qPrintable(refused.error->message));
        QVERIFY2(refused.error->message.contains(QStringLiteral("field is immutable")),
            qPrintable(refused.error->message));
        // The stored object still has TKEStack's selector.
        QCOMPARE(get(path)
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("selector"))
                     .toObject()
                     .value(QStringLiteral("matchLabels"))
                     .toObject(),
            w.selector);
    }
};

QTEST_GUILESS_MAIN(TestOverTkeStack)
#include "tst_overtkestack.moc"
