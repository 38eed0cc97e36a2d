// Cilium's connectivity check as TKEStack uses it to prove an install: every client deployment
// probes one path (pod to pod, through a ClusterIP or headless service, from the host network,
// across nodes, to the outside, allowed or denied by a CiliumNetworkPolicy) and its readiness is
// the verdict. Everything lives in its own namespace so that removing it is one delete.
#include "render/ConnectivityCheckOptions.h"
#include "render/RenderContext.h"

#include "render/KubeObjects.h"
#include "yaml/YamlCodec.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace tkeci {
namespace {

const QString kNamespace = QStringLiteral("cilium-test");
const QStringList kMultiNodeChecks {QStringLiteral("pod-to-b-multi-node-clusterip"),
    QStringLiteral("pod-to-b-multi-node-headless"),
    QStringLiteral("host-to-b-multi-node-clusterip"),
    QStringLiteral("host-to-b-multi-node-headless")};
const QStringList kExternalChecks {
    QStringLiteral("pod-to-a-external-1111"), QStringLiteral("pod-to-external-fqdn-baidu")};

/// The render context plus this run's options.
struct Check
{
    const RenderContext &ctx;
    const ConnectivityCheckOptions &options;
    QString echoImage() const
    {
        return options.echoImage.isEmpty() ? ctx.image(images::kJsonMock, images::kJsonMockTag)
                                           : options.echoImage;
    }
    QString clientImage() const
    {
        return options.clientImage.isEmpty()
            ? ctx.image(images::kAlpineCurl, images::kAlpineCurlTag)
            : options.clientImage;
    }
};

QList<std::pair<QString, QString>> nameLabel(const QString &name)
{
    return {{QStringLiteral("name"), name}};
}

YamlNode execProbe(const QString &shellCommand)
{
    YamlNode probe = YamlNode::map();
    probe[QStringLiteral("exec")][QStringLiteral("command")]
        = YamlNode::strings({QStringLiteral("/bin/ash"), QStringLiteral("-c"), shellCommand});
    probe[QStringLiteral("timeoutSeconds")] = 7;
    return probe;
}

YamlNode deployment(const QString &name, YamlNode container, bool hostNetwork = false)
{
    YamlNode d = kube::workload(QStringLiteral("Deployment"), name, kNamespace, nameLabel(name), 1);
    YamlNode &pod = kube::podSpec(d);
    pod[QStringLiteral("containers")].append(std::move(container));
    if (hostNetwork) {
        pod[QStringLiteral("hostNetwork")] = true;
        pod[QStringLiteral("dnsPolicy")] = QStringLiteral("ClusterFirstWithHostNet");
    }
    return d;
}

YamlNode echoServer(const Check &check, const QString &name)
{
    YamlNode c = YamlNode::map();
    c[QStringLiteral("name")] = name + QStringLiteral("-container");
    c[QStringLiteral("image")] = check.echoImage();
    c[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    YamlNode port = YamlNode::map();
    port[QStringLiteral("containerPort")] = 8080;
    c[QStringLiteral("ports")].append(std::move(port));
    const QString probe
        = QStringLiteral("curl -sS --fail --connect-timeout 5 -o /dev/null localhost:8080");
    c[QStringLiteral("readinessProbe")] = execProbe(probe);
    c[QStringLiteral("livenessProbe")] = execProbe(probe);
    return deployment(name, std::move(c));
}

/// A client whose readiness is "the target answers" (or, with `expectDenied`, "it does not").
YamlNode client(
    const Check &check, const QString &name, const QString &target, bool expectDenied = false)
{
    YamlNode c = YamlNode::map();
    c[QStringLiteral("name")] = name + QStringLiteral("-container");
    c[QStringLiteral("image")] = check.clientImage();
    c[QStringLiteral("imagePullPolicy")] = QStringLiteral("IfNotPresent");
    c[QStringLiteral("command")] = YamlNode::strings(
        {QStringLiteral("/bin/ash"), QStringLiteral("-c"), QStringLiteral("sleep 1000000000")});
    const QString curl
        = QStringLiteral("curl -sS --fail --connect-timeout 5 -o /dev/null ") + target;
    // A policy drop shows as a connect timeout (curl exit 28); refused, DNS failure or a dead
    // echo-a must not read as "the policy works".
    const QString probe = expectDenied ? curl + QStringLiteral("; test $? -eq 28") : curl;
    c[QStringLiteral("readinessProbe")] = execProbe(probe);
    c[QStringLiteral("livenessProbe")] = execProbe(probe);
    return c;
}

void placeRelativeTo(YamlNode &deploymentNode, const QString &kind, const QString &otherName)
{
    YamlNode term = YamlNode::map();
    term[QStringLiteral("labelSelector")] = kube::labelSelector(nameLabel(otherName));
    term[QStringLiteral("topologyKey")] = QStringLiteral("kubernetes.io/hostname");
    YamlNode &pod = deploymentNode[QStringLiteral("spec")][QStringLiteral("template")]
                                  [QStringLiteral("spec")];
    pod[QStringLiteral("affinity")][kind]
       [QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")]
           .append(std::move(term));
}

YamlNode service(const QString &name, const QString &selectName, bool headless)
{
    YamlNode s = kube::object(
        QStringLiteral("v1"), QStringLiteral("Service"), name, kNamespace, nameLabel(name));
    YamlNode &spec = s[QStringLiteral("spec")];
    if (headless)
        spec[QStringLiteral("clusterIP")] = QStringLiteral("None");
    else
        spec[QStringLiteral("type")] = QStringLiteral("ClusterIP");
    YamlNode port = YamlNode::map();
    port[QStringLiteral("name")] = QStringLiteral("http");
    port[QStringLiteral("port")] = 8080;
    port[QStringLiteral("protocol")] = QStringLiteral("TCP");
    spec[QStringLiteral("ports")].append(std::move(port));
    spec[QStringLiteral("selector")] = kube::labelsMap(nameLabel(selectName));
    return s;
}

YamlNode dnsEgress()
{
    YamlNode rule = YamlNode::map();
    YamlNode endpoint = YamlNode::map();
    YamlNode &labels = endpoint[QStringLiteral("matchLabels")];
    labels[QStringLiteral("k8s:io.kubernetes.pod.namespace")] = kube::kSystemNamespace;
    labels[QStringLiteral("k8s:k8s-app")] = QStringLiteral("kube-dns");
    rule[QStringLiteral("toEndpoints")].append(std::move(endpoint));
    YamlNode port = YamlNode::map();
    port[QStringLiteral("port")] = QStringLiteral("53");
    port[QStringLiteral("protocol")] = QStringLiteral("ANY");
    YamlNode ports = YamlNode::map();
    ports[QStringLiteral("ports")].append(std::move(port));
    rule[QStringLiteral("toPorts")].append(std::move(ports));
    return rule;
}

YamlNode policy(const QString &name, std::vector<YamlNode> egress)
{
    YamlNode p = kube::object(
        QStringLiteral("cilium.io/v2"), QStringLiteral("CiliumNetworkPolicy"), name, kNamespace);
    YamlNode &spec = p[QStringLiteral("spec")];
    spec[QStringLiteral("endpointSelector")] = kube::labelSelector(nameLabel(name));
    YamlNode &rules = spec[QStringLiteral("egress")];
    rules = YamlNode::sequence();
    for (YamlNode &rule : egress)
        rules.append(std::move(rule));
    return p;
}

} // namespace

std::vector<YamlNode> renderConnectivityCheck(
    const RenderContext &ctx, const ConnectivityCheckOptions &options)
{
    const Check check {ctx, options};
    std::vector<YamlNode> docs;
    docs.push_back(kube::object(QStringLiteral("v1"), QStringLiteral("Namespace"), kNamespace));

    docs.push_back(service(QStringLiteral("echo-a"), QStringLiteral("echo-a"), false));
    docs.push_back(echoServer(check, QStringLiteral("echo-a")));
    docs.push_back(service(QStringLiteral("echo-b"), QStringLiteral("echo-b"), false));
    docs.push_back(service(QStringLiteral("echo-b-headless"), QStringLiteral("echo-b"), true));
    docs.push_back(echoServer(check, QStringLiteral("echo-b")));

    const QString a = QStringLiteral("echo-a:8080/public");
    const QString b = QStringLiteral("echo-b:8080/public");
    const QString bHeadless = QStringLiteral("echo-b-headless:8080/public");

    docs.push_back(
        deployment(QStringLiteral("pod-to-a"), client(check, QStringLiteral("pod-to-a"), a)));

    docs.push_back(deployment(QStringLiteral("pod-to-a-allowed-cnp"),
        client(check, QStringLiteral("pod-to-a-allowed-cnp"), a)));
    {
        YamlNode toA = YamlNode::map();
        toA[QStringLiteral("toEndpoints")].append(
            kube::labelSelector(nameLabel(QStringLiteral("echo-a"))));
        YamlNode port = YamlNode::map();
        port[QStringLiteral("port")] = QStringLiteral("8080");
        port[QStringLiteral("protocol")] = QStringLiteral("TCP");
        YamlNode ports = YamlNode::map();
        ports[QStringLiteral("ports")].append(std::move(port));
        toA[QStringLiteral("toPorts")].append(std::move(ports));
        std::vector<YamlNode> egress;
        egress.push_back(std::move(toA));
        egress.push_back(dnsEgress());
        docs.push_back(policy(QStringLiteral("pod-to-a-allowed-cnp"), std::move(egress)));
    }

    // Ready only while echo-a stays unreachable: the policy allows DNS and nothing else.
    docs.push_back(deployment(QStringLiteral("pod-to-a-l3-denied-cnp"),
        client(check, QStringLiteral("pod-to-a-l3-denied-cnp"),
            QStringLiteral("echo-a:8080/private"), true)));
    {
        std::vector<YamlNode> egress;
        egress.push_back(dnsEgress());
        docs.push_back(policy(QStringLiteral("pod-to-a-l3-denied-cnp"), std::move(egress)));
    }

    YamlNode intra = deployment(QStringLiteral("pod-to-b-intra-node"),
        client(check, QStringLiteral("pod-to-b-intra-node"), b));
    placeRelativeTo(intra, QStringLiteral("podAffinity"), QStringLiteral("echo-b"));
    docs.push_back(std::move(intra));

    // The multi-node variants are kept off echo-b's node, so they need two schedulable nodes.
    struct MultiNode
    {
        const char *name;
        QString target;
        bool host;
    };
    std::vector<MultiNode> multiNode;
    if (options.multiNode)
        multiNode.assign({MultiNode {"pod-to-b-multi-node-clusterip", b, false},
            MultiNode {"pod-to-b-multi-node-headless", bHeadless, false},
            MultiNode {"host-to-b-multi-node-clusterip", b, true},
            MultiNode {"host-to-b-multi-node-headless", bHeadless, true}});
    for (const MultiNode &m : multiNode) {
        const QString name = QString::fromLatin1(m.name);
        YamlNode d = deployment(name, client(check, name, m.target), m.host);
        placeRelativeTo(d, QStringLiteral("podAntiAffinity"), QStringLiteral("echo-b"));
        docs.push_back(std::move(d));
    }

    if (!options.external)
        return docs;
    docs.push_back(deployment(QStringLiteral("pod-to-a-external-1111"),
        client(check, QStringLiteral("pod-to-a-external-1111"), options.externalAddress)));

    // TKEStack's check also had an FQDN *policy* (toFQDNs + DNS rules). DNS rules are L7 and
    // TKEStack runs Cilium with enable-l7-proxy=false, so the agent refuses such a policy and the
    // pod would run unrestricted, proving nothing. What can be proven without L7 is that a pod
    // resolves an external name through the cluster DNS and reaches it.
    const QString fqdnName = QStringLiteral("pod-to-external-fqdn-baidu");
    docs.push_back(deployment(fqdnName, client(check, fqdnName, options.externalName)));
    return docs;
}

QStringList checkConnectivityCheckOptions(const ConnectivityCheckOptions &options)
{
    QStringList problems;
    // registry[:port]/path[:tag][@sha256:digest], lower case path as registries require.
    static const QRegularExpression imageRef(
        QStringLiteral("^[A-Za-z0-9.-]+(:[0-9]+)?(/"
                       "[a-z0-9]+([._-][a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
                       "(@sha256:[a-f0-9]{64})?$"));
    const auto image = [&](const char *option, const QString &value) {
        if (!value.isEmpty() && !imageRef.match(value).hasMatch())
            problems.append(QCoreApplication::translate("tkeci::ConnectivityCheck",
                "%1: \"%2\" is not an image reference (registry/name:tag)")
                                .arg(QLatin1String(option), value));
    };
    image("--check-echo-image", options.echoImage);
    image("--check-client-image", options.clientImage);
    const QHostAddress address(options.externalAddress);
    if (address.protocol() != QAbstractSocket::IPv4Protocol
        || address.toString() != options.externalAddress)
        problems.append(
            QCoreApplication::translate(
                "tkeci::ConnectivityCheck", "%1: \"%2\" is not an IPv4 address")
                .arg(QStringLiteral("--check-external-address"), options.externalAddress));
    static const QRegularExpression dnsName(
        QStringLiteral("^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,"
                       "61}[a-z0-9])?)*$"));
    if (!dnsName.match(options.externalName).hasMatch())
        problems.append(QCoreApplication::translate("tkeci::ConnectivityCheck",
            "%1: \"%2\" is not a DNS name (lower-case letters, digits, '-' and '.')")
                            .arg(QStringLiteral("--check-external-name"), options.externalName));
    return problems;
}

ManifestFile withoutConnectivityChecks(const ManifestFile &file, const QStringList &deployments)
{
    std::vector<YamlNode> kept;
    for (YamlNode &doc : ManifestSet::documents(file)) {
        const YamlNode *kind = doc.find(QStringLiteral("kind"));
        const YamlNode *name = doc.path(u"metadata.name");
        if (kind && name && kind->scalar() == QLatin1String("Deployment")
            && deployments.contains(name->scalar()))
            continue;
        kept.push_back(std::move(doc));
    }
    ManifestFile out = file;
    out.yaml = emitYamlDocuments(kept);
    return out;
}

QList<std::pair<QString, QString>> skippedConnectivityChecks(
    const ConnectivityCheckOptions &options)
{
    QList<std::pair<QString, QString>> skipped;
    if (!options.multiNode) {
        for (const QString &name : kMultiNodeChecks)
            skipped.append({name,
                QCoreApplication::translate(
                    "tkeci::ConnectivityCheck", "needs two nodes that accept pods")});
    }
    if (!options.external) {
        for (const QString &name : kExternalChecks)
            skipped.append({name,
                QCoreApplication::translate(
                    "tkeci::ConnectivityCheck", "no check leaves the cluster (--offline)")});
    }
    return skipped;
}

QList<ManifestFile> connectivityChecksForNodes(const QList<ManifestFile> &files,
    qsizetype schedulableNodes, QList<std::pair<QString, QString>> &skipped)
{
    skipped.clear();
    if (schedulableNodes >= 2)
        return files;
    ConnectivityCheckOptions single;
    single.multiNode = false;
    skipped = skippedConnectivityChecks(single);
    QStringList names;
    for (const auto &[name, why] : skipped)
        names.append(name);
    QList<ManifestFile> kept;
    for (const ManifestFile &f : files)
        kept.append(withoutConnectivityChecks(f, names));
    return kept;
}

} // namespace tkeci
