// Dispatch of the cluster commands, and the profile -> manifests step apply and verify share.
#include "ClusterCommands.h"

#include "CommandLine.h"
#include "Console.h"
#include "ManifestInput.h"

#include "profile/ProfileReader.h"
#include "render/KeepOffNodes.h"
#include "render/ManifestRenderer.h"
#include "yaml/YamlCodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace tkeci {
const QStringList &clusterCommands()
{
    static const QStringList commands {QStringLiteral("apply"), QStringLiteral("status"),
        QStringLiteral("verify"), QStringLiteral("uninstall"), QStringLiteral("diff")};
    return commands;
}

void addClusterCommandOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("kubeconfig"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "The kubeconfig (default: $KUBECONFIG, else ~/.kube/config)."),
            QCoreApplication::translate("tkeci::ClusterCommands", "file")},
        {QStringLiteral("context"),
            QCoreApplication::translate(
                "tkeci::ClusterCommands", "The kubeconfig context (default: current-context)."),
            QCoreApplication::translate("tkeci::ClusterCommands", "name")},
        {QStringLiteral("manifests"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Apply the edited files of this folder instead of the rendered ones."),
            QCoreApplication::translate("tkeci::ClusterCommands", "folder")},
        {QStringLiteral("wait"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Follow the rollout (or the new cluster) until it is done.")},
        {QStringLiteral("verify"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "New cluster, with --wait: run the connectivity check on it at the end (the "
                "--check-* and --offline options apply).")},
        {QStringLiteral("yes"),
            QCoreApplication::translate(
                "tkeci::ClusterCommands", "Change the cluster without asking.")},
        {QStringLiteral("force-conflicts"),
            QCoreApplication::translate(
                "tkeci::ClusterCommands", "Take over fields another field manager holds.")},
        {QStringLiteral("allow-other-cni"),
            QCoreApplication::translate(
                "tkeci::ClusterCommands", "Apply even though another CNI runs on the cluster.")},
        {QStringLiteral("skip-controller-manager"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Overlay: do not edit kube-controller-manager on the masters over SSH (you set "
                "--allocate-node-cidrs=false and --configure-cloud-routes=false yourself).")},
        {QStringLiteral("without-cilium"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Existing cluster: keep Cilium off these cluster nodes (names, comma-separated), "
                "which are not in the profile; apply refuses while a node is neither."),
            QCoreApplication::translate("tkeci::ClusterCommands", "nodes")},
        {QStringLiteral("clean-nodes"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Uninstall: also remove Cilium's network links and CNI configuration from every "
                "node of the profile over SSH.")},
        {QStringLiteral("check-echo-image"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Verify: the echo server image (default: <registry>/json-mock:1.2)."),
            QCoreApplication::translate("tkeci::ClusterCommands", "image")},
        {QStringLiteral("check-client-image"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Verify: the client image with curl (default: <registry>/alpine-curl:0.1.8)."),
            QCoreApplication::translate("tkeci::ClusterCommands", "image")},
        {QStringLiteral("check-external-address"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Verify: an IPv4 address outside the cluster to reach (default: 1.1.1.1)."),
            QCoreApplication::translate("tkeci::ClusterCommands", "address")},
        {QStringLiteral("check-external-name"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Verify: a DNS name outside the cluster to resolve and reach (default: "
                "www.baidu.com)."),
            QCoreApplication::translate("tkeci::ClusterCommands", "name")},
        {QStringLiteral("offline"),
            QCoreApplication::translate("tkeci::ClusterCommands",
                "Verify: leave out the checks that reach outside the cluster.")},
    });
}

int runClusterCommand(const QString &command, const QCommandLineParser &parser)
{
    ClusterCommandOptions o;
    o.profile = parser.value(QStringLiteral("profile"));
    o.kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    o.context = parser.value(QStringLiteral("context"));
    o.manifestsDir = parser.value(QStringLiteral("manifests"));
    o.wait = parser.isSet(QStringLiteral("wait"));
    o.verify = parser.isSet(QStringLiteral("verify"));
    o.yes = parser.isSet(QStringLiteral("yes"));
    o.force = parser.isSet(QStringLiteral("force-conflicts"));
    o.allowOtherCni = parser.isSet(QStringLiteral("allow-other-cni"));
    o.skipControllerManager = parser.isSet(QStringLiteral("skip-controller-manager"));
    o.cleanNodes = parser.isSet(QStringLiteral("clean-nodes"));
    static const QRegularExpression nodeName(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    for (const QString &value : parser.values(QStringLiteral("without-cilium"))) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            // A node's name (a DNS subdomain): it goes into the DaemonSets' node affinity.
            if (!nodeName.match(name.trimmed()).hasMatch() || name.trimmed().size() > 253) {
                consoleErr() << QCoreApplication::translate(
                    "tkeci::ClusterCommands", "--without-cilium: \"%1\" is not a node name")
                                    .arg(name)
                             << Qt::endl;
                return ExitBadInput;
            }
            o.nodesWithoutCilium.append(name.trimmed());
        }
    }
    o.ssh.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    o.ssh.identityFile = parser.value(QStringLiteral("identity"));
    o.check.echoImage = parser.value(QStringLiteral("check-echo-image"));
    o.check.clientImage = parser.value(QStringLiteral("check-client-image"));
    if (parser.isSet(QStringLiteral("check-external-address")))
        o.check.externalAddress = parser.value(QStringLiteral("check-external-address"));
    if (parser.isSet(QStringLiteral("check-external-name")))
        o.check.externalName = parser.value(QStringLiteral("check-external-name"));
    o.check.external = !parser.isSet(QStringLiteral("offline"));
    if (const QStringList problems = checkConnectivityCheckOptions(o.check); !problems.isEmpty()) {
        for (const QString &p : problems)
            consoleErr() << p << Qt::endl;
        return ExitBadInput;
    }
    // --timeout is shared with preflight (one option, one meaning per command): 600 s here.
    bool ok = true;
    o.timeoutSeconds = parser.isSet(QStringLiteral("timeout"))
        ? parser.value(QStringLiteral("timeout")).toInt(&ok)
        : 600;
    if (!ok || o.timeoutSeconds <= 0) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::ClusterCommands", "--timeout: \"%1\" is not a number of seconds")
                            .arg(parser.value(QStringLiteral("timeout")))
                     << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("timeout")))
        o.deadline = QDeadlineTimer(qint64(o.timeoutSeconds) * 1000, Qt::PreciseTimer);
    return runClusterCommand(command, o);
}

int runClusterCommand(const QString &command, const ClusterCommandOptions &options)
{
    if (command == QLatin1String("apply"))
        return runApply(options);
    if (command == QLatin1String("status"))
        return runStatus(options);
    if (command == QLatin1String("verify"))
        return runVerify(options);
    if (command == QLatin1String("diff"))
        return runDiff(options);
    return runUninstall(options);
}

std::optional<ClusterAccess> loadAccess(const ClusterCommandOptions &options)
{
    std::optional<ClusterAccess> access = loadAccess(options.kubeconfig, options.context);
    if (access)
        access->deadline = options.deadline;
    return access;
}

std::optional<ManifestInput> loadManifestInput(const ClusterCommandOptions &options)
{
    if (options.profile.isEmpty()) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::ClusterCommands", "this command needs --profile FILE")
                     << Qt::endl;
        return std::nullopt;
    }
    const ProfileReadResult read = loadProfileFile(options.profile);
    if (!read.ok()) {
        for (const Problem &p : read.problems)
            consoleErr() << problemLine(p) << Qt::endl;
        return std::nullopt;
    }
    InstallPlan plan = read.plan;
    if (plan.target == Target::ExistingCluster)
        plan.nodesWithoutCilium = options.nodesWithoutCilium;
    RenderResult rendered = renderManifests(plan);
    if (!rendered.ok()) {
        for (const Problem &p : rendered.problems)
            consoleErr() << problemLine(p) << Qt::endl;
        return std::nullopt;
    }
    ManifestInput input {plan, rendered.manifests, rendered.manifests};
    if (options.manifestsDir.isEmpty())
        return input;
    // The operator's edited files replace the rendered ones of the same name; each is
    // re-checked to be a list of Kubernetes objects before anything is sent.
    const QDir dir(options.manifestsDir);
    if (!dir.exists()) {
        consoleErr() << QCoreApplication::translate(
            "tkeci::ClusterCommands", "--manifests: the folder \"%1\" does not exist")
                            .arg(options.manifestsDir)
                     << Qt::endl;
        return std::nullopt;
    }
    for (ManifestFile &f : input.manifests.files) {
        QFile file(dir.filePath(f.fileName()));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            consoleErr() << QCoreApplication::translate(
                "tkeci::ClusterCommands", "cannot read %1: %2")
                                .arg(file.fileName(), file.errorString())
                         << Qt::endl;
            return std::nullopt;
        }
        f.yaml = file.readAll();
        ManifestText text = readManifestText(file.fileName(), f.yaml);
        if (!text.problems.isEmpty()) {
            for (const Problem &p : std::as_const(text.problems))
                consoleErr() << problemLine(p) << Qt::endl;
            return std::nullopt;
        }
        // An edited cilium.yaml does not carry the rendered keep-off terms: the nodes named
        // with --without-cilium are kept off in what is sent, whatever the file says (the
        // rendered files carry them already).
        if (keepDaemonSetsOff(text.documents, plan.nodesWithoutCilium))
            f.yaml = emitYamlDocuments(text.documents);
        consoleOut() << QCoreApplication::translate("tkeci::ClusterCommands", "using the edited %1")
                            .arg(file.fileName())
                     << Qt::endl;
    }
    return input;
}

} // namespace tkeci
