// What other programs read in our manifests equals TKEStack's own templates
// (tkestack/tke pkg/platform/provider/baremetal/manifests/cilium/*.yaml; file:line in
// docs/tkestack-fidelity.md). The expected values are typed here from those files, not taken
// from the renderer, so that a golden refreshed by mistake cannot hide a drift.
#include "ProfileFixture.h"

#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QTest>

using namespace tkeci;
using tkeci::test::profileWith;

namespace {

const QStringList kUnderlay {"cilium.networkMode=underlay", "cilium.underlay.asn=64512",
    "cilium.underlay.switchIP=192.168.60.2"};

std::vector<YamlNode> render(const QStringList &edits)
{
    const ProfileReadResult p = loadProfile(profileWith(edits));
    if (!p.ok())
        qFatal("test profile invalid: %s", qPrintable(problemLine(p.problems.front())));
    const RenderResult r = renderManifests(p.plan);
    if (!r.ok())
        qFatal("render failed");
    std::vector<YamlNode> all;
    for (const ManifestFile &f : r.manifests.files) {
        for (YamlNode &d : ManifestSet::documents(f))
            all.push_back(std::move(d));
    }
    return all;
}

const YamlNode &object(const std::vector<YamlNode> &docs, const QString &kind, const QString &name)
{
    for (const YamlNode &d : docs) {
        if (d.path(u"kind")->scalar() == kind && d.path(u"metadata.name")->scalar() == name)
            return d;
    }
    qFatal("%s %s not rendered", qPrintable(kind), qPrintable(name));
}

QStringList strings(const YamlNode *node)
{
    QStringList out;
    if (node) {
        for (const YamlNode &item : node->items())
            out.append(item.scalar());
    }
    return out;
}

/// "key=value" of a map, in order.
QStringList pairs(const YamlNode *map)
{
    QStringList out;
    if (map) {
        for (const QString &k : map->keys())
            out.append(k + u'=' + map->find(k)->scalar());
    }
    return out;
}

QString text(const YamlNode *node, QStringView path)
{
    const YamlNode *n = node ? node->path(path) : nullptr;
    return n && n->isScalar() ? n->scalar() : QStringLiteral("<missing>");
}

/// "NAME=value", "NAME<-fieldPath" or "NAME<-configMap/key" (with "?" when optional).
QStringList env(const YamlNode *container)
{
    QStringList out;
    for (const YamlNode &e : container->find(QStringLiteral("env"))->items()) {
        const QString name = e.find(QStringLiteral("name"))->scalar();
        if (const YamlNode *v = e.find(QStringLiteral("value")))
            out.append(name + u'=' + v->scalar());
        else if (const YamlNode *f = e.path(u"valueFrom.fieldRef.fieldPath"))
            out.append(name + QStringLiteral("<-") + f->scalar());
        else if (const YamlNode *c = e.path(u"valueFrom.configMapKeyRef"))
            out.append(name + QStringLiteral("<-") + c->find(QStringLiteral("name"))->scalar()
                + u'/' + c->find(QStringLiteral("key"))->scalar()
                + (c->find(QStringLiteral("optional")) ? QStringLiteral("?") : QString()));
    }
    return out;
}

} // namespace

class TestTkeStackFidelity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("selector");
        QTest::newRow("cilium") << "DaemonSet"
                                << "cilium" << QStringList {"k8s-app=cilium"};
        QTest::newRow("operator") << "Deployment"
                                  << "cilium-operator"
                                  << QStringList {"io.cilium/app=operator", "name=cilium-operator"};
        QTest::newRow("ipamd") << "Deployment"
                               << "tke-eni-ipamd"
                               << QStringList {"k8s-app=tke-eni-ipamd", "qcloud-app=tke-eni-ipamd"};
        QTest::newRow("masq") << "DaemonSet"
                              << "ip-masq-agent" << QStringList {"name=ip-masq-agent"};
        QTest::newRow("router") << "DaemonSet"
                                << "cilium-router" << QStringList {"app=cilium-router"};
    }
    void selectors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QStringList, selector);
        const auto docs = render(kUnderlay);
        const YamlNode &w = object(docs, kind, name);
        QCOMPARE(pairs(w.path(u"spec.selector.matchLabels")), selector);
        const QStringList podLabels = pairs(w.path(u"spec.template.metadata.labels"));
        for (const QString &l : selector)
            QVERIFY2(podLabels.contains(l), qPrintable(l));
    }

    void routerCommandAndArgs()
    {
        const auto docs = render(kUnderlay);
        const YamlNode *c
            = object(docs, QStringLiteral("DaemonSet"), QStringLiteral("cilium-router"))
                  .path(u"spec.template.spec.containers[0]");
        QCOMPARE(strings(c->find(QStringLiteral("command"))), QStringList {"/cilium-router"});
        QCOMPARE(strings(c->find(QStringLiteral("args"))),
            (QStringList {"-iface=$(HOST_IP)", "-node-name=$(NODE_NAME)",
                "-cluster-ip-range=10.244.0.0/16", "-network-mode=bgp", "-bgp-restart-time=300",
                "-bgp-keepalive-time=60", "-cidr-getter=tke-annotation"}));
        QCOMPARE(env(c),
            (QStringList {"NODE_NAME<-spec.nodeName", "POD_NAME<-metadata.name",
                "POD_NAMESPACE<-metadata.namespace", "HOST_IP<-status.hostIP"}));
    }

    void ipamdArgsAndEnv_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<QStringList>("modeArgs");
        QTest::newRow("overlay") << QStringList {}
                                 << QStringList {"--enable-cilium-node-controller=false",
                                        "--enable-cilium-overlay=true", "--desired-pod-number=256"};
        QTest::newRow("underlay") << kUnderlay
                                  << QStringList {"--enable-cilium-node-controller=true",
                                         "--enable-cilium-overlay=false", "--base-pod-number=16"};
    }
    void ipamdArgsAndEnv()
    {
        QFETCH(QStringList, edits);
        QFETCH(QStringList, modeArgs);
        const auto docs = render(edits);
        const YamlNode &d
            = object(docs, QStringLiteral("Deployment"), QStringLiteral("tke-eni-ipamd"));
        const YamlNode *c = d.path(u"spec.template.spec.containers[0]");
        QCOMPARE(strings(c->find(QStringLiteral("args"))),
            QStringList({"--clusterid", "default", "--enable-customized-pod-cidr=true",
                "--enable-gr-route-controller=false"})
                + modeArgs + QStringList {"--cluster-cidrs=10.244.0.0/16"});
        QCOMPARE(env(c),
            (QStringList {"TKE_ENI_LOG_LEVEL=INFO", "NETWORK_ENVIRONMENT=TENCENT_CLOUD_VPC",
                "TKE_ENI_IPAMD_VPC_ID<-tke-eni-ipamd/TKE_ENI_IPAMD_VPC_ID"}));
        QCOMPARE(text(c, u"ports[0].containerPort"), QStringLiteral("61678"));
        QCOMPARE(text(c, u"ports[0].hostPort"), QStringLiteral("61678"));
        for (const char16_t *probe : {u"livenessProbe.httpGet", u"readinessProbe.httpGet"}) {
            const YamlNode *get = c->path(probe);
            QVERIFY(get);
            QCOMPARE(text(get, u"path"), QStringLiteral("/health"));
            QCOMPARE(text(get, u"port"), QStringLiteral("61678"));
        }
        // The ConfigMap the env refers to is rendered with it (and before it).
        const YamlNode &cm
            = object(docs, QStringLiteral("ConfigMap"), QStringLiteral("tke-eni-ipamd"));
        QCOMPARE(text(&cm, u"metadata.namespace"), QStringLiteral("kube-system"));
        QCOMPARE(pairs(cm.find(QStringLiteral("data"))),
            QStringList {"TKE_ENI_IPAMD_VPC_ID=vpc-k4l6pld3"});
        // Its role reaches TKEStack's own network CRDs.
        const YamlNode &role
            = object(docs, QStringLiteral("ClusterRole"), QStringLiteral("tke-eni-ipamd"));
        QStringList groups;
        for (const YamlNode &r : role.find(QStringLiteral("rules"))->items())
            groups += strings(r.find(QStringLiteral("apiGroups")));
        QCOMPARE(groups,
            (QStringList {"", "", "apps", "extensions", "apiextensions.k8s.io",
                "networking.tke.cloud.tencent.com", "cilium.io"}));
    }

    void hubble()
    {
        const auto docs = render({});
        const YamlNode &cm
            = object(docs, QStringLiteral("ConfigMap"), QStringLiteral("cilium-config"));
        const YamlNode *data = cm.find(QStringLiteral("data"));
        const QList<std::pair<const char *, const char *>> expected {{"enable-hubble", "true"},
            {"hubble-socket-path", "/var/run/cilium/hubble.sock"},
            {"hubble-listen-address", ":4244"}, {"hubble-disable-tls", "false"},
            {"hubble-tls-cert-file", "/var/lib/cilium/tls/hubble/server.crt"},
            {"hubble-tls-key-file", "/var/lib/cilium/tls/hubble/server.key"},
            {"hubble-tls-client-ca-files", "/var/lib/cilium/tls/hubble/client-ca.crt"}};
        for (const auto &[key, value] : expected)
            QCOMPARE(data->find(QString::fromLatin1(key))->scalar(), QString::fromLatin1(value));
        const YamlNode &ds = object(docs, QStringLiteral("DaemonSet"), QStringLiteral("cilium"));
        const YamlNode *tls = nullptr;
        for (const YamlNode &v : ds.path(u"spec.template.spec.volumes")->items()) {
            if (v.find(QStringLiteral("name"))->scalar() == QLatin1String("hubble-tls"))
                tls = &v;
        }
        QVERIFY(tls);
        QCOMPARE(
            text(tls, u"projected.sources[0].secret.name"), QStringLiteral("hubble-server-certs"));
        QCOMPARE(text(tls, u"projected.sources[0].secret.optional"), QStringLiteral("true"));
        QCOMPARE(
            text(tls, u"projected.sources[1].configMap.name"), QStringLiteral("hubble-ca-cert"));
        QCOMPARE(text(tls, u"projected.sources[1].configMap.optional"), QStringLiteral("true"));
        bool mounted = false;
        for (const YamlNode &m : ds.path(u"spec.template.spec.containers[0].volumeMounts")->items())
            mounted |= pairs(&m).contains(QStringLiteral("mountPath=/var/lib/cilium/tls/hubble"));
        QVERIFY(mounted);
    }

    void requestsAndLimits_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("container"); // a path under the pod spec
        QTest::addColumn<QStringList>("resources"); // request cpu, memory, limit cpu, memory
        QTest::newRow("agent") << "DaemonSet"
                               << "cilium"
                               << "containers[0]" << QStringList {"100m", "512Mi", "2000m", "2Gi"};
        QTest::newRow("clean-state")
            << "DaemonSet"
            << "cilium"
            << "initContainers[0]" << QStringList {"100m", "128Mi", "500m", "512Mi"};
        QTest::newRow("operator") << "Deployment"
                                  << "cilium-operator"
                                  << "containers[0]"
                                  << QStringList {"100m", "128Mi", "1000m", "1Gi"};
        for (const char *name : {"tke-eni-ipamd", "ip-masq-agent", "cilium-router"}) {
            QTest::newRow(name) << (QByteArray(name) == "tke-eni-ipamd" ? "Deployment"
                                                                        : "DaemonSet")
                                << name << "containers[0]"
                                << QStringList {"100m", "128Mi", "500m", "512Mi"};
        }
    }
    void requestsAndLimits()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, container);
        QFETCH(QStringList, resources);
        const auto docs = render(kUnderlay);
        const YamlNode *c
            = object(docs, kind, name).path(QStringLiteral("spec.template.spec.") + container);
        QVERIFY(c);
        QCOMPARE(
            (QStringList {text(c, u"resources.requests.cpu"), text(c, u"resources.requests.memory"),
                text(c, u"resources.limits.cpu"), text(c, u"resources.limits.memory")}),
            resources);
    }
};

QTEST_GUILESS_MAIN(TestTkeStackFidelity)
#include "tst_tkestackfidelity.moc"
