// Rendering: golden files for every variant (regenerate with TKECI_UPDATE_GOLDENS=1 or the
// `update-goldens` target) and structural checks of the facts DESIGN.md lists, so a golden
// refreshed by mistake cannot hide a wrong manifest.
#include "ProfileFixture.h"

#include "profile/ProfileReader.h"
#include "render/ConnectivityCheckOptions.h"
#include "render/KeepOffNodes.h"
#include "render/ManifestRenderer.h"
#include "render/RenderContext.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;
using tkeci::test::profileWith;

namespace {

const QStringList kUnderlay {"cilium.networkMode=underlay", "cilium.underlay.asn=64512",
    "cilium.underlay.switchIP=192.168.60.2"};
const QStringList kThreeNodes {"nodes[1].ip=10.0.0.17", "nodes[1].role=master",
    "nodes[1].keyFile=~/.ssh/id_ed25519", "nodes[2].ip=10.0.1.20", "nodes[2].role=worker",
    "nodes[2].auth=password"};
const QStringList kRackOverride {"nodes[2].asn=64513", "nodes[2].switchIP=192.168.61.2"};
const QStringList kHaTke {"ha.type=tke", "ha.vip=10.0.0.100"};
const QStringList kHaThirdParty {"ha.type=third-party", "ha.vip=10.0.0.200", "ha.vport=8443"};

InstallPlan planFor(const QStringList &edits)
{
    const ProfileReadResult r = loadProfile(profileWith(edits));
    if (!r.ok())
        qFatal("test profile invalid: %s", qPrintable(problemLine(r.problems.front())));
    return r.plan;
}

std::vector<YamlNode> allDocuments(const ManifestSet &set)
{
    std::vector<YamlNode> all;
    for (const ManifestFile &f : set.files) {
        for (YamlNode &d : ManifestSet::documents(f))
            all.push_back(std::move(d));
    }
    return all;
}

const YamlNode *findObject(
    const std::vector<YamlNode> &docs, const QString &kind, const QString &name)
{
    for (const YamlNode &d : docs) {
        if (d.path(u"kind")->scalar() == kind && d.path(u"metadata.name")->scalar() == name)
            return &d;
    }
    return nullptr;
}

QString text(const YamlNode *node, QStringView path)
{
    const YamlNode *n = node ? node->path(path) : nullptr;
    return n && n->isScalar() ? n->scalar() : QStringLiteral("<missing>");
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

/// name=value of every env var with a plain value in the container.
QStringList envValues(const YamlNode *container)
{
    QStringList out;
    if (const YamlNode *env = container ? container->find(QStringLiteral("env")) : nullptr) {
        for (const YamlNode &e : env->items()) {
            if (const YamlNode *v = e.find(QStringLiteral("value")))
                out.append(e.find(QStringLiteral("name"))->scalar() + u'=' + v->scalar());
        }
    }
    return out;
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void everyDocumentIsAKubernetesObject_data() { golden_data(); }
    void everyDocumentIsAKubernetesObject();
    void overlayFacts();
    void underlayFacts();
    void haReachesApiServerThroughVip_data();
    void haReachesApiServerThroughVip();
    void clusterObject();
    void galaxyRendersOnlyTheCluster();
    void privateRegistryPrefixesEveryImage();
    void connectivityCheckOptions();
    void connectivityCheckOptionsAreChecked_data();
    void connectivityCheckOptionsAreChecked();
    void noSecretsInOutput();
    void invalidPlanRendersNothing();
    void writesDirectoryWithImagesList();
    void sameRenderIsStable();
    void keptOffNodesReachEveryDaemonSet();
    void manifestTextReadOnce();
};

void TestRender::golden_data()
{
    QTest::addColumn<QStringList>("edits");
    const struct
    {
        const char *name;
        QStringList ha;
    } has[] = {{"ha-none", {}}, {"ha-tke", kHaTke}, {"ha-third-party", kHaThirdParty}};
    for (const char *mode : {"overlay", "underlay"}) {
        for (const char *target : {"new-cluster", "existing-cluster"}) {
            for (const auto &ha : has) {
                QStringList edits = kThreeNodes + ha.ha;
                edits << QStringLiteral("target=%1").arg(QLatin1String(target));
                if (QLatin1String(mode) == QLatin1String("underlay"))
                    edits << kUnderlay << kRackOverride;
                QTest::addRow("%s-%s-%s", mode, ha.name, target) << edits;
            }
        }
    }
    QTest::newRow("galaxy-new-cluster") << (kThreeNodes + QStringList {"cni=galaxy"});
    QTest::newRow("overlay-private-registry-export-only") << (kThreeNodes
        + QStringList {
            "target=export-only", "images.registry=registry.example.com:5000/mirror/tkestack"});
}

void TestRender::golden()
{
    QFETCH(QStringList, edits);
    const RenderResult r = renderManifests(planFor(edits));
    QVERIFY2(r.ok(), r.problems.isEmpty() ? "" : qPrintable(problemLine(r.problems.front())));
    QDir dir(
        QStringLiteral(TKECI_TEST_DATA "/golden/") + QString::fromLatin1(QTest::currentDataTag()));

    if (qEnvironmentVariableIsSet("TKECI_UPDATE_GOLDENS")) {
        dir.removeRecursively();
        QCOMPARE(writeManifestDirectory(r.manifests, dir.path()), QString());
        qInfo("updated %s", qPrintable(dir.path()));
        return;
    }
    QStringList expectedFiles = dir.entryList(QDir::Files, QDir::Name);
    QStringList renderedFiles {QStringLiteral("images.txt")};
    for (const ManifestFile &f : r.manifests.files)
        renderedFiles.append(f.fileName());
    renderedFiles.sort();
    QCOMPARE(renderedFiles, expectedFiles);
    for (const ManifestFile &f : r.manifests.files) {
        QFile golden(dir.filePath(f.fileName()));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QByteArray expected = golden.readAll();
        if (f.yaml != expected) {
            const QList<QByteArray> a = f.yaml.split('\n'), b = expected.split('\n');
            for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
                if (a[i] != b[i])
                    QFAIL(qPrintable(QStringLiteral(
                        "%1 line %2:\n  rendered: %3\n  golden:   %4\n(regenerate with "
                        "TKECI_UPDATE_GOLDENS=1 if the change is intended)")
                                         .arg(f.fileName())
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(a[i]), QString::fromUtf8(b[i]))));
            }
            QFAIL(qPrintable(f.fileName() + QStringLiteral(": lengths differ")));
        }
    }
}

void TestRender::everyDocumentIsAKubernetesObject()
{
    QFETCH(QStringList, edits);
    const RenderResult r = renderManifests(planFor(edits));
    QVERIFY(r.ok());
    QVERIFY(!r.manifests.files.isEmpty());
    for (const ManifestFile &f : r.manifests.files) {
        QCOMPARE(checkManifestText(f.fileName(), f.yaml), Problems());
        for (const YamlNode &doc : ManifestSet::documents(f)) {
            const YamlNode *labels = doc.path(u"metadata.labels");
            QVERIFY(labels && labels->find(QStringLiteral("app.kubernetes.io/managed-by")));
            QCOMPARE(labels->find(QStringLiteral("app.kubernetes.io/managed-by"))->scalar(),
                QStringLiteral("tke-cilium-installer"));
            // Every ConfigMap value is a string, as the API requires.
            if (text(&doc, u"kind") == QLatin1String("ConfigMap")) {
                for (const YamlNode &v : doc.find(QStringLiteral("data"))->items())
                    QVERIFY(v.readsAsString());
            }
        }
    }
}

void TestRender::overlayFacts()
{
    const RenderResult r
        = renderManifests(planFor(kThreeNodes + QStringList {"target=existing-cluster"}));
    QVERIFY(r.ok());
    const auto docs = allDocuments(r.manifests);
    const YamlNode *cm
        = findObject(docs, QStringLiteral("ConfigMap"), QStringLiteral("cilium-config"));
    QVERIFY(cm);
    const QList<std::pair<const char16_t *, const char *>> expected {{u"data.ipam", "kubernetes"},
        {u"data.tunnel", "vxlan"}, {u"data.masquerade", "true"},
        {u"data.install-iptables-rules", "true"}, {u"data.enable-local-node-route", "true"},
        {u"data.identity-allocation-mode", "crd"}, {u"data.enable-ipv4", "true"},
        {u"data.enable-ipv6", "false"}, {u"data.enable-l7-proxy", "false"},
        {u"data.kube-proxy-replacement", "partial"}, {u"data.cluster-name", "default"}};
    for (const auto &[path, value] : expected)
        QCOMPARE(text(cm, path), QString::fromLatin1(value));
    QVERIFY(!cm->path(u"data.enable-endpoint-routes"));
    QVERIFY(!cm->path(u"data.kvstore"));

    const YamlNode *ipamd
        = findObject(docs, QStringLiteral("Deployment"), QStringLiteral("tke-eni-ipamd"));
    QVERIFY(ipamd);
    const QStringList args = strings(ipamd->path(u"spec.template.spec.containers[0].args"));
    QVERIFY(args.contains(QStringLiteral("--enable-cilium-node-controller=false")));
    QVERIFY(args.contains(QStringLiteral("--enable-cilium-overlay=true")));
    QVERIFY(args.contains(QStringLiteral("--desired-pod-number=256")));
    QVERIFY(args.contains(QStringLiteral("--cluster-cidrs=10.244.0.0/16")));
    // On the control plane under either role label (TKEStack's eni-ipamd.yaml:135-144).
    const YamlNode *terms = ipamd->path(u"spec.template.spec.affinity.nodeAffinity."
                                        u"requiredDuringSchedulingIgnoredDuringExecution."
                                        u"nodeSelectorTerms");
    QVERIFY(terms);
    QCOMPARE(text(terms, u"[0].matchExpressions[0].key"),
        QStringLiteral("node-role.kubernetes.io/control-plane"));
    QCOMPARE(text(terms, u"[1].matchExpressions[0].key"),
        QStringLiteral("node-role.kubernetes.io/master"));

    QVERIFY(!r.manifests.file(QStringLiteral("ip-masq-agent")));
    QVERIFY(!r.manifests.file(QStringLiteral("cilium-router")));
    QVERIFY(!r.manifests.file(QStringLiteral("tkestack-cluster")));
    QCOMPARE(r.manifests.files.first().name, QStringLiteral("cilium"));
    QCOMPARE(r.manifests.files.last().destination, ManifestDestination::Verification);
}

void TestRender::underlayFacts()
{
    const RenderResult r = renderManifests(planFor(kThreeNodes + kUnderlay + kRackOverride));
    QVERIFY(r.ok());
    const auto docs = allDocuments(r.manifests);
    const YamlNode *cm
        = findObject(docs, QStringLiteral("ConfigMap"), QStringLiteral("cilium-config"));
    const QList<std::pair<const char16_t *, const char *>> expected {{u"data.ipam", "crd"},
        {u"data.tunnel", "disabled"}, {u"data.masquerade", "false"},
        {u"data.install-iptables-rules", "false"}, {u"data.enable-local-node-route", "false"},
        {u"data.enable-endpoint-routes", "true"},
        {u"data.auto-create-cilium-node-resource", "true"},
        {u"data.identity-allocation-mode", "crd"}};
    for (const auto &[path, value] : expected)
        QCOMPARE(text(cm, path), QString::fromLatin1(value));

    const YamlNode *ipamd
        = findObject(docs, QStringLiteral("Deployment"), QStringLiteral("tke-eni-ipamd"));
    const QStringList ipamdArgs = strings(ipamd->path(u"spec.template.spec.containers[0].args"));
    QVERIFY(ipamdArgs.contains(QStringLiteral("--enable-cilium-node-controller=true")));
    QVERIFY(ipamdArgs.contains(QStringLiteral("--enable-cilium-overlay=false")));
    QVERIFY(ipamdArgs.contains(QStringLiteral("--base-pod-number=16")));
    QVERIFY(ipamdArgs.contains(QStringLiteral("--cluster-cidrs=10.244.0.0/16")));

    const YamlNode *masq
        = findObject(docs, QStringLiteral("ConfigMap"), QStringLiteral("ip-masq-agent-config"));
    QVERIFY(masq);
    QCOMPARE(text(masq, u"data.config"),
        QStringLiteral("{\"NonMasqueradeCIDRs\":[\"10.244.0.0/"
                       "16\"],\"MasqLinkLocal\":true,\"ResyncInterval\":\"1m0s\"}"));
    QVERIFY(findObject(docs, QStringLiteral("DaemonSet"), QStringLiteral("ip-masq-agent")));

    const YamlNode *router
        = findObject(docs, QStringLiteral("DaemonSet"), QStringLiteral("cilium-router"));
    QVERIFY(router);
    QCOMPARE(text(router, u"spec.template.spec.hostNetwork"), QStringLiteral("true"));
    const YamlNode *c = router->path(u"spec.template.spec.containers[0]");
    const QStringList args = strings(c->find(QStringLiteral("args")));
    QVERIFY(args.contains(QStringLiteral("-network-mode=bgp")));
    QVERIFY(args.contains(QStringLiteral("-cluster-ip-range=10.244.0.0/16")));
    QCOMPARE(strings(c->path(u"securityContext.capabilities.add")),
        (QStringList {"NET_ADMIN", "NET_RAW"}));
    QCOMPARE(text(c, u"env[0].valueFrom.fieldRef.fieldPath"), QStringLiteral("spec.nodeName"));
    QCOMPARE(text(c, u"env[3].valueFrom.fieldRef.fieldPath"), QStringLiteral("status.hostIP"));
    const YamlNode *role
        = findObject(docs, QStringLiteral("ClusterRole"), QStringLiteral("cilium-router"));
    QCOMPARE(strings(role->path(u"rules[0].resources")), QStringList {"events"});
    QCOMPARE(strings(role->path(u"rules[0].verbs")), QStringList {"create"});
    QCOMPARE(strings(role->path(u"rules[1].verbs")), (QStringList {"list", "watch", "get"}));

    // Node labels: the cluster's ASN/switch for the masters, the override for the other rack.
    const YamlNode *cluster = findObject(
        docs, QStringLiteral("Cluster"), tkeStackClusterName(planFor(kThreeNodes + kUnderlay)));
    QVERIFY(cluster);
    QCOMPARE(text(cluster, u"spec.networkArgs.networkMode"), QStringLiteral("underlay"));
    QCOMPARE(text(cluster, u"spec.networkArgs.asn"), QStringLiteral("64512"));
    QVERIFY(cluster->path(u"spec.networkArgs.asn")->readsAsString());
    QCOMPARE(text(cluster, u"spec.networkArgs.switch-ip"), QStringLiteral("192.168.60.2"));
    const YamlNode *m0 = cluster->path(u"spec.machines[0].labels");
    QCOMPARE(m0->find(QStringLiteral("infra.tce.io/as"))->scalar(), QStringLiteral("64512"));
    QCOMPARE(m0->find(QStringLiteral("infra.tce.io/switch-ip"))->scalar(),
        QStringLiteral("192.168.60.2"));
    const YamlNode *worker = nullptr;
    for (const YamlNode &d : docs) {
        if (text(&d, u"kind") == QLatin1String("Machine"))
            worker = &d;
    }
    QVERIFY(worker);
    QCOMPARE(text(worker, u"spec.ip"), QStringLiteral("10.0.1.20"));
    const YamlNode *wl = worker->path(u"spec.labels");
    QCOMPARE(wl->find(QStringLiteral("infra.tce.io/as"))->scalar(), QStringLiteral("64513"));
    QCOMPARE(wl->find(QStringLiteral("infra.tce.io/switch-ip"))->scalar(),
        QStringLiteral("192.168.61.2"));

    // The same labels as a typed list beside the files, one entry per node in profile order
    // (what the labeller and the export use); overlay has none.
    const QList<NodeLabels> &labels = r.manifests.nodeLabels;
    QCOMPARE(labels.size(), 3);
    QCOMPARE(labels[0].nodeIp, QStringLiteral("10.0.0.16"));
    QCOMPARE(labels[0].pairs(),
        (QList<std::pair<QString, QString>> {
            {"infra.tce.io/as", "64512"}, {"infra.tce.io/switch-ip", "192.168.60.2"}}));
    QCOMPARE(labels[2].nodeIp, QStringLiteral("10.0.1.20"));
    QCOMPARE(labels[2].asn, QStringLiteral("64513"));
    QCOMPARE(labels[2].switchIp, QStringLiteral("192.168.61.2"));
    QVERIFY(renderManifests(planFor(kThreeNodes)).manifests.nodeLabels.isEmpty());
}

void TestRender::haReachesApiServerThroughVip_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QStringList>("env");
    QTest::newRow("none") << QStringList {} << QStringList {};
    QTest::newRow("tke") << kHaTke
                         << QStringList {"KUBERNETES_SERVICE_HOST=10.0.0.100",
                                "KUBERNETES_SERVICE_PORT=6443"};
    QTest::newRow("third-party") << kHaThirdParty
                                 << QStringList {"KUBERNETES_SERVICE_HOST=10.0.0.200",
                                        "KUBERNETES_SERVICE_PORT=8443"};
}

void TestRender::haReachesApiServerThroughVip()
{
    QFETCH(QStringList, edits);
    QFETCH(QStringList, env);
    const RenderResult r = renderManifests(planFor(kThreeNodes + kUnderlay + edits));
    QVERIFY(r.ok());
    const auto docs = allDocuments(r.manifests);
    const QList<std::pair<QString, QString>> workloads {{"DaemonSet", "cilium"},
        {"Deployment", "cilium-operator"}, {"Deployment", "tke-eni-ipamd"},
        {"DaemonSet", "cilium-router"}};
    for (const auto &[kind, name] : workloads) {
        const YamlNode *w = findObject(docs, kind, name);
        QVERIFY2(w, qPrintable(name));
        QStringList api;
        for (const QString &e : envValues(w->path(u"spec.template.spec.containers[0]"))) {
            if (e.startsWith(QLatin1String("KUBERNETES_SERVICE_")))
                api.append(e);
        }
        QCOMPARE(api, env);
    }
    const YamlNode *cluster
        = findObject(docs, QStringLiteral("Cluster"), tkeStackClusterName(planFor(kThreeNodes)));
    if (QByteArray(QTest::currentDataTag()) == "tke") {
        QCOMPARE(text(cluster, u"spec.features.ha.tke.vip"), QStringLiteral("10.0.0.100"));
    } else if (QByteArray(QTest::currentDataTag()) == "third-party") {
        QCOMPARE(text(cluster, u"spec.features.ha.thirdParty.vip"), QStringLiteral("10.0.0.200"));
        QCOMPARE(text(cluster, u"spec.features.ha.thirdParty.vport"), QStringLiteral("8443"));
        QVERIFY(!cluster->path(u"spec.features.ha.thirdParty.vport")->readsAsString());
    } else {
        QVERIFY(!cluster->path(u"spec.features.ha"));
    }
}

void TestRender::clusterObject()
{
    const InstallPlan plan = planFor(kThreeNodes);
    const RenderResult r = renderManifests(plan);
    QVERIFY(r.ok());
    QCOMPARE(r.manifests.files.first().name, QStringLiteral("tkestack-cluster"));
    QCOMPARE(r.manifests.files.first().destination, ManifestDestination::GlobalCluster);
    const auto docs = ManifestSet::documents(r.manifests.files.first());
    QCOMPARE(docs.size(), size_t(2)); // the Cluster and one worker Machine
    const YamlNode &c = docs.front();
    QCOMPARE(text(&c, u"apiVersion"), QStringLiteral("platform.tkestack.io/v1"));
    QCOMPARE(text(&c, u"kind"), QStringLiteral("Cluster"));
    QVERIFY(text(&c, u"metadata.name").startsWith(QLatin1String("cls-")));
    QCOMPARE(text(&c, u"spec.type"), QStringLiteral("Baremetal"));
    QCOMPARE(text(&c, u"spec.version"), QStringLiteral("1.21.4-tke.3"));
    QCOMPARE(text(&c, u"spec.clusterCIDR"), QStringLiteral("10.244.0.0/16"));
    QCOMPARE(text(&c, u"spec.networkDevice"), QStringLiteral("eth0"));
    QCOMPARE(text(&c, u"spec.features.enableCilium"), QStringLiteral("true"));
    QVERIFY(!c.path(u"spec.features.enableCilium")->readsAsString());
    // A boolean, as TKEStack's examples set it: otherwise EnsureMetricsServer is skipped.
    QCOMPARE(text(&c, u"spec.features.enableMetricsServer"), QStringLiteral("true"));
    QVERIFY(!c.path(u"spec.features.enableMetricsServer")->readsAsString());
    QCOMPARE(strings(c.path(u"spec.features.skipConditions")), QStringList {"EnsureGalaxy"});
    QCOMPARE(text(&c, u"spec.networkArgs.networkMode"), QStringLiteral("overlay"));
    QVERIFY(!c.path(u"spec.networkArgs.asn"));
    QCOMPARE(text(&c, u"spec.properties.maxNodePodNum"), QStringLiteral("256"));
    QCOMPARE(c.path(u"spec.machines")->size(), 2); // the two masters
    QCOMPARE(text(&c, u"spec.machines[1].ip"), QStringLiteral("10.0.0.17"));
    QCOMPARE(text(&c, u"spec.machines[1].username"), QStringLiteral("root"));
    QCOMPARE(text(&docs[1], u"kind"), QStringLiteral("Machine"));
    QCOMPARE(text(&docs[1], u"spec.clusterName"), text(&c, u"metadata.name"));
    QVERIFY(docs[1].path(u"spec.password"));
    QVERIFY(!docs[1].path(u"spec.privateKey"));
}

void TestRender::galaxyRendersOnlyTheCluster()
{
    const RenderResult r = renderManifests(planFor(kThreeNodes + QStringList {"cni=galaxy"}));
    QVERIFY(r.ok());
    QCOMPARE(r.manifests.files.size(), 1);
    const YamlNode c = ManifestSet::documents(r.manifests.files.first()).front();
    QVERIFY(!c.path(u"spec.features.enableCilium"));
    QCOMPARE(strings(c.path(u"spec.features.skipConditions")), QStringList {"EnsureCilium"});
    QVERIFY(!c.path(u"spec.networkArgs"));
    QVERIFY(r.manifests.images.isEmpty());

    const RenderResult existing = renderManifests(
        planFor(kThreeNodes + QStringList {"cni=galaxy", "target=existing-cluster"}));
    QVERIFY(existing.ok());
    QVERIFY(existing.manifests.files.isEmpty());
}

void TestRender::privateRegistryPrefixesEveryImage()
{
    const QString registry = QStringLiteral("registry.example.com:5000/mirror/tkestack");
    const RenderResult r = renderManifests(
        planFor(kThreeNodes + kUnderlay + QStringList {"images.registry=" + registry}));
    QVERIFY(r.ok());
    const QStringList expected {registry + "/alpine-curl:0.1.8",
        registry + "/cilium-operator-generic:v1.9.5", registry + "/cilium-router:v0.1.0",
        registry + "/cilium:v1.9.5", registry + "/ip-masq-agent:v1.0.0",
        registry + "/json-mock:1.2", registry + "/tke-eni-ipamd:v3.3.3"};
    QCOMPARE(r.manifests.images, expected);
    QCOMPARE(imagesIn(allDocuments(r.manifests)), expected);
    for (const ManifestFile &f : r.manifests.files)
        QVERIFY(!f.yaml.contains("docker.io"));
}

void TestRender::connectivityCheckOptions()
{
    const InstallPlan plan = planFor(kThreeNodes);
    const auto deployments = [](const ManifestFile &f) {
        QStringList names;
        for (const YamlNode &doc : ManifestSet::documents(f)) {
            if (text(&doc, u"kind") == QLatin1String("Deployment"))
                names.append(text(&doc, u"metadata.name"));
        }
        return names;
    };
    Problems problems;
    const std::optional<ManifestFile> standard
        = renderConnectivityCheckFile(plan, ConnectivityCheckOptions(), problems);
    QVERIFY(standard && problems.isEmpty());
    // The default options render exactly what renderManifests() does.
    QCOMPARE(standard->yaml,
        renderManifests(plan).manifests.file(QStringLiteral("connectivity-check"))->yaml);
    QCOMPARE(deployments(*standard).size(), 12);

    ConnectivityCheckOptions o;
    o.echoImage = QStringLiteral("registry.local:5000/tools/echo:2");
    o.clientImage = QStringLiteral("registry.local:5000/tools/curl:8.4");
    o.externalAddress = QStringLiteral("10.200.0.1");
    o.externalName = QStringLiteral("mirror.corp.example");
    const std::optional<ManifestFile> offline = renderConnectivityCheckFile(plan, o, problems);
    QVERIFY(offline && problems.isEmpty());
    QCOMPARE(
        imagesIn(ManifestSet::documents(*offline)), (QStringList {o.clientImage, o.echoImage}));
    QVERIFY(offline->yaml.contains("-o /dev/null 10.200.0.1"));
    QVERIFY(offline->yaml.contains("-o /dev/null mirror.corp.example"));
    QVERIFY(!offline->yaml.contains("1.1.1.1"));
    QVERIFY(!offline->yaml.contains("baidu.com"));
    QVERIFY(skippedConnectivityChecks(o).isEmpty());

    o.multiNode = false;
    o.external = false;
    const std::optional<ManifestFile> small = renderConnectivityCheckFile(plan, o, problems);
    QVERIFY(small && problems.isEmpty());
    const QStringList left = deployments(*small);
    QCOMPARE(left.size(), 6);
    QStringList skipped;
    for (const auto &[name, why] : skippedConnectivityChecks(o)) {
        QVERIFY(!why.isEmpty());
        skipped.append(name);
    }
    QCOMPARE(skipped.size(), 6);
    for (const QString &name : deployments(*standard))
        QVERIFY2(left.contains(name) != skipped.contains(name), qPrintable(name));
}

void TestRender::connectivityCheckOptionsAreChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("option");
    QTest::newRow("address-short") << "address"
                                   << "1.1.1"
                                   << "--check-external-address";
    QTest::newRow("address-v6") << "address"
                                << "::1"
                                << "--check-external-address";
    QTest::newRow("address-shell") << "address"
                                   << "1.1.1.1;id"
                                   << "--check-external-address";
    QTest::newRow("name-shell") << "name"
                                << "x.com; reboot"
                                << "--check-external-name";
    QTest::newRow("name-subst") << "name"
                                << "$(id).com"
                                << "--check-external-name";
    QTest::newRow("name-upper") << "name"
                                << "Example.COM"
                                << "--check-external-name";
    QTest::newRow("name-empty") << "name"
                                << ""
                                << "--check-external-name";
    QTest::newRow("echo-space") << "echo"
                                << "echo image:1"
                                << "--check-echo-image";
    QTest::newRow("client-backtick") << "client"
                                     << "`id`/curl:1"
                                     << "--check-client-image";
    QTest::newRow("client-no-path") << "client"
                                    << "curl"
                                    << "--check-client-image";
}

void TestRender::connectivityCheckOptionsAreChecked()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, option);
    ConnectivityCheckOptions o;
    QVERIFY(checkConnectivityCheckOptions(o).isEmpty());
    if (field == QLatin1String("address"))
        o.externalAddress = value;
    else if (field == QLatin1String("name"))
        o.externalName = value;
    else if (field == QLatin1String("echo"))
        o.echoImage = value;
    else
        o.clientImage = value;
    const QStringList problems = checkConnectivityCheckOptions(o);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(option + QStringLiteral(": \"") + value + u'"'),
        qPrintable(problems.first()));
}

void TestRender::noSecretsInOutput()
{
    const RenderResult r = renderManifests(planFor(kThreeNodes));
    QVERIFY(r.ok());
    for (const YamlNode &doc : ManifestSet::documents(r.manifests.files.first())) {
        QList<const YamlNode *> machines;
        if (text(&doc, u"kind") == QLatin1String("Cluster")) {
            for (const YamlNode &m : doc.path(u"spec.machines")->items())
                machines.append(&m);
        } else {
            machines.append(doc.path(u"spec"));
        }
        for (const YamlNode *m : machines) {
            for (const char16_t *field : {u"password", u"privateKey", u"passPhrase"}) {
                if (const YamlNode *v = m->path(field))
                    QVERIFY2(v->scalar().startsWith(QLatin1String("<filled at apply time")),
                        qPrintable(v->scalar()));
            }
        }
    }
}

void TestRender::invalidPlanRendersNothing()
{
    InstallPlan plan = planFor({});
    plan.clusterCIDR = QStringLiteral("10.244.0.0/33");
    const RenderResult r = renderManifests(plan);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.front().path, QStringLiteral("cluster.clusterCIDR"));
    QVERIFY(r.manifests.files.isEmpty());
}

void TestRender::writesDirectoryWithImagesList()
{
    QTemporaryDir tmp;
    const RenderResult r = renderManifests(planFor(kThreeNodes + kUnderlay));
    const QString out = tmp.filePath(QStringLiteral("nested/out"));
    QCOMPARE(writeManifestDirectory(r.manifests, out), QString());
    QFile images(out + QStringLiteral("/images.txt"));
    QVERIFY(images.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(images.readAll()).trimmed().split(u'\n'), r.manifests.images);
    QVERIFY(QFile::exists(out + QStringLiteral("/cilium-router.yaml")));
    // A folder that cannot be created is an error, not a crash.
    QVERIFY(
        !writeManifestDirectory(r.manifests, QStringLiteral("/proc/no-such-dir/out")).isEmpty());
}

void TestRender::sameRenderIsStable()
{
    const InstallPlan plan = planFor(kThreeNodes + kUnderlay);
    QCOMPARE(renderManifests(plan).manifests.files, renderManifests(plan).manifests.files);
}

// Nodes kept off (the Apply page's choice, the command line's --without-cilium) are a
// required node affinity requirement in every DaemonSet, ANDed into each term; applying it
// again changes nothing, and an edited file that lacks it gets it.
void TestRender::keptOffNodesReachEveryDaemonSet()
{
    InstallPlan plan = planFor(kThreeNodes + kUnderlay + QStringList {"target=existing-cluster"});
    const QList<ManifestFile> plain = renderManifests(plan).manifests.files;
    plan.nodesWithoutCilium = {QStringLiteral("node-9"), QStringLiteral("node-10")};
    const QList<ManifestFile> kept = renderManifests(plan).manifests.files;
    const YamlNode want = YamlNode::strings({QStringLiteral("node-9"), QStringLiteral("node-10")});
    int daemonSets = 0;
    for (const ManifestFile &f : kept) {
        for (const YamlNode &doc : ManifestSet::documents(f)) {
            const YamlNode *kind = doc.path(QStringLiteral("kind"));
            if (!kind || kind->scalar() != QLatin1String("DaemonSet"))
                continue;
            ++daemonSets;
            const YamlNode *terms = doc.path(
                QStringLiteral("spec.template.spec.affinity.nodeAffinity."
                               "requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms"));
            QVERIFY(terms && terms->size() > 0);
            for (qsizetype i = 0; i < terms->size(); ++i) {
                const YamlNode *fields = terms->at(i).find(QStringLiteral("matchFields"));
                QVERIFY(fields);
                QCOMPARE(fields->size(), 1);
                QCOMPARE(fields->at(0).find(QStringLiteral("key"))->scalar(),
                    QStringLiteral("metadata.name"));
                QCOMPARE(fields->at(0).find(QStringLiteral("operator"))->scalar(),
                    QStringLiteral("NotIn"));
                QVERIFY(*fields->at(0).find(QStringLiteral("values")) == want);
            }
        }
    }
    QCOMPARE(daemonSets, 3); // cilium, ip-masq-agent, cilium-router
    QCOMPARE(keepDaemonSetsOff(kept, plan.nodesWithoutCilium), kept); // idempotent
    QCOMPARE(keepDaemonSetsOff(plain, plan.nodesWithoutCilium), kept); // an unmarked file
    QCOMPARE(keepDaemonSetsOff(plain, {}), plain);
    // The in-place form says whether it added anything: the command line emits an edited
    // file again only then.
    std::vector<YamlNode> keptDocs = ManifestSet::documents(kept.first());
    QVERIFY(!keepDaemonSetsOff(keptDocs, plan.nodesWithoutCilium));
    QCOMPARE(keptDocs, ManifestSet::documents(kept.first()));
    std::vector<YamlNode> plainDocs = ManifestSet::documents(plain.first());
    QVERIFY(keepDaemonSetsOff(plainDocs, plan.nodesWithoutCilium));
    QCOMPARE(plainDocs, keptDocs);
}

void TestRender::manifestTextReadOnce()
{
    // One parse gives what ManifestSet::documents() and checkManifestText() each gave: the
    // documents without the empty ones, and the problems numbered by those documents.
    const QByteArray text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n---\n"
                            "- 1\n---\napiVersion: v1\nmetadata: {name: b}\n";
    const ManifestText read = readManifestText(QStringLiteral("x.yaml"), text);
    QCOMPARE(read.documents.size(), size_t(3));
    QCOMPARE(read.documents, ManifestSet::documents(ManifestFile {QStringLiteral("x"), {}, text}));
    QCOMPARE(read.problems,
        Problems({Problem {QStringLiteral("x.yaml#1"), Problem::Code::WrongType,
                      {QStringLiteral("map")}},
            Problem {QStringLiteral("x.yaml#2.kind"), Problem::Code::Missing, {}}}));
    QCOMPARE(checkManifestText(QStringLiteral("x.yaml"), text), read.problems);

    const ManifestText broken = readManifestText(QStringLiteral("y.yaml"), "a: [1,\n");
    QVERIFY(broken.documents.empty());
    QCOMPARE(broken.problems.size(), 1);
    QCOMPARE(broken.problems.first().path, QStringLiteral("y.yaml"));
    QCOMPARE(broken.problems.first().code, Problem::Code::YamlError);
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
