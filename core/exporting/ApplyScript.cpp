#include "exporting/ApplyScript.h"

#include "apply/Inventory.h"
#include "apply/NodeLabeler.h"
#include "apply/ObjectRef.h"

#include <QHash>

#include <optional>

namespace tkeci {
namespace {

// The script is English on purpose: it runs on hosts whose locale we do not know.
constexpr char kHeader[] = R"sh(#!/bin/sh
# Does with kubectl what the installer does for this profile; see README.txt.
#   GLOBAL_KUBECONFIG  kubeconfig of TKEStack's global cluster (new cluster only)
#   KUBECONFIG         kubeconfig of the cluster that runs Cilium
#   KUBECTL            the kubectl to run (default: kubectl)
#   ./apply.sh --verify  also runs Cilium's connectivity check
set -eu
cd "$(dirname "$0")"
KUBECTL="${KUBECTL:-kubectl}"
verify=no
if [ "${1:-}" = "--verify" ]; then verify=yes; fi

# Document $2 (counted from 0) of file $1: documents are split at "---" lines.
doc() { awk -v n="$2" '/^---([ \t].*)?$/ { i++; next } i + 0 == n + 0' "$1"; }

# Server-side apply with the installer's field manager: a later apply or uninstall by the
# installer sees the same owner of every field.
ssa() { "$KUBECTL" apply --server-side --field-manager=)sh";

constexpr char kFunctions[] = R"sh( "$@"; }

# Applies document $2 of file $1 ($3 says which object).
apply_doc() {
    echo "== $3"
    doc "$1" "$2" | ssa -f -
}

# Labels the Node whose InternalIP is $1 with infra.tce.io/as=$2 and infra.tce.io/switch-ip=$3,
# the labels cilium-router reads its BGP peer from. A profile node without a Node is a warning.
label_node() {
    node=$(printf '%s\n' "$nodes" |
        awk -v ip="$1" '{ for (f = 2; f <= NF; f++) if ($f == ip) { print $1; exit } }')
    if [ -z "$node" ]; then
        echo "warning: no node has InternalIP $1; not labelled" >&2
        return 0
    fi
    echo "== node $node ($1): infra.tce.io/as=$2 infra.tce.io/switch-ip=$3"
    printf 'apiVersion: v1\nkind: Node\nmetadata:\n  name: "%s"\n  labels:\n    %s: "%s"\n    %s: "%s"\n' \
        "$node" )sh";

// A "---" line, alone or followed by a blank: the rule of doc() above.
bool isSeparator(const QByteArray &line)
{
    return line.startsWith("---") && (line.size() == 3 || line.at(3) == ' ' || line.at(3) == '\t');
}

/// For each document ManifestSet::documents() reads from `file`, the "---" chunk doc() prints
/// for it; nullopt when the chunks do not read back as those documents (a hand edit with a
/// "---" inside a value, say): the file is then applied whole.
std::optional<QList<int>> chunkIndexes(const ManifestFile &file)
{
    QList<QByteArray> chunks {QByteArray()};
    for (const QByteArray &line : file.yaml.split('\n')) {
        if (isSeparator(line))
            chunks.append(QByteArray());
        else
            chunks.last() += line + '\n';
    }
    QList<int> indexes;
    std::vector<YamlNode> docs;
    for (int i = 0; i < chunks.size(); ++i) {
        // A chunk that does not parse reads as no document: the comparison below fails then.
        std::vector<YamlNode> read
            = ManifestSet::documents(ManifestFile {file.name, file.destination, chunks[i]});
        if (read.size() > 1)
            return std::nullopt;
        if (read.empty())
            continue; // comments only, or empty
        docs.push_back(std::move(read.front()));
        indexes.append(i);
    }
    if (docs != ManifestSet::documents(file))
        return std::nullopt;
    return indexes;
}

/// Apply lines for `files` in the installer's order; `indent` prefixes each. A file that cannot
/// be cut into its objects goes first, whole: kubectl applies its objects in their own order.
QByteArray applyLines(const QList<ManifestFile> &files, const QByteArray &indent)
{
    QByteArray s;
    QList<ManifestFile> byObject;
    QHash<QString, QList<int>> chunks; // file name -> chunk of each document
    for (const ManifestFile &f : files) {
        if (const auto indexes = chunkIndexes(f)) {
            byObject.append(f);
            chunks.insert(f.fileName(), *indexes);
        } else {
            s += indent + "echo " + shellQuote(QStringLiteral("== ") + f.fileName()) + "\n" + indent
                + "ssa -f " + shellQuote(f.fileName()) + "\n";
        }
    }
    Problems problems; // render checked the files already
    for (const PlannedObject &o : planApply(byObject, problems)) {
        s += indent + "apply_doc " + shellQuote(o.file) + ' '
            + QByteArray::number(chunks.value(o.file).at(o.index)) + ' '
            + shellQuote(o.ref.display()) + '\n';
    }
    return s;
}

QByteArray labelLines(const InstallPlan &plan)
{
    QByteArray s = "# The underlay labels first, as the installer puts them on before any object.\n"
                   "nodes=$(\"$KUBECTL\" get nodes -o jsonpath='{range .items[*]}{.metadata.name}"
                   "{\" \"}{range .status.addresses[?(@.type==\"InternalIP\")]}{.address}{\" \"}"
                   "{end}{\"\\n\"}{end}')\n";
    for (const NodeLabels &n : underlayNodeLabels(plan))
        s += "label_node " + shellQuote(n.nodeIp) + ' ' + shellQuote(n.asn) + ' '
            + shellQuote(n.switchIp) + '\n';
    return s;
}

QString clusterName(const QList<ManifestFile> &files)
{
    for (const ManifestFile &f : files) {
        for (const YamlNode &d : ManifestSet::documents(f)) {
            const YamlNode *kind = d.path(u"kind");
            const YamlNode *name = d.path(u"metadata.name");
            if (kind && name && kind->scalar() == QLatin1String("Cluster"))
                return name->scalar();
        }
    }
    return {};
}

QByteArray newClusterLines(const QList<ManifestFile> &files)
{
    QByteArray s = ": \"${GLOBAL_KUBECONFIG:?set GLOBAL_KUBECONFIG}\"\n";
    for (const ManifestFile &f : files) {
        const QByteArray file = shellQuote(f.fileName());
        // The export holds no secret, so the machines' keys and passwords are placeholders;
        // applying them as they are would make TKEStack fail to log in to every node.
        s += "if grep -q '<filled at apply time' " + file
            + "; then\n"
              "    echo "
            + shellQuote(f.fileName()
                + QStringLiteral(" still holds placeholders for the nodes' SSH keys or "
                                 "passwords: replace each with the real value (privateKey: the "
                                 "key file in base64), then run again"))
            + " >&2\n    exit 1\nfi\n";
        s += "echo " + shellQuote(QStringLiteral("== %1 (global cluster)").arg(f.fileName()))
            + "\n\"$KUBECTL\" --kubeconfig \"$GLOBAL_KUBECONFIG\" apply -f " + file + "\n";
    }
    // TKEStack installs the nodes and Cilium itself (EnsureCilium), as after the wizard's
    // apply: what is left is to follow the Cluster's phase, as ClusterCreator does.
    s += "cluster=" + shellQuote(clusterName(files))
        + "\nwaited=0\n"
          "while :; do\n"
          "    phase=$(\"$KUBECTL\" --kubeconfig \"$GLOBAL_KUBECONFIG\" get "
          "clusters.platform.tkestack.io \"$cluster\" -o jsonpath='{.status.phase}')\n"
          "    case \"$phase\" in\n"
          "    Running) echo \"== cluster $cluster is Running\"; break ;;\n"
          "    Failed) echo \"cluster $cluster failed: see its status.conditions\" >&2; exit 1 ;;\n"
          "    esac\n"
          "    if [ \"$waited\" -ge \"${CLUSTER_TIMEOUT:-3600}\" ]; then\n"
          "        echo \"cluster $cluster is still ${phase:-without a phase}; TKEStack goes on "
          "working\" >&2\n"
          "        exit 1\n"
          "    fi\n"
          "    echo \"   phase ${phase:-none}, waiting\"\n"
          "    sleep 10\n"
          "    waited=$((waited + 10))\n"
          "done\n";
    return s;
}

} // namespace

QByteArray shellQuote(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

QString checkNamespace(const ManifestSet &set)
{
    for (const ManifestFile &f : set.filesFor(ManifestDestination::Verification)) {
        for (const YamlNode &d : ManifestSet::documents(f)) {
            const YamlNode *kind = d.path(u"kind");
            const YamlNode *name = d.path(u"metadata.name");
            if (kind && name && kind->scalar() == QLatin1String("Namespace"))
                return name->scalar();
        }
    }
    return {};
}

QByteArray applyScript(const ManifestSet &set, const InstallPlan &plan)
{
    QByteArray s = kHeader + shellQuote(kFieldManager) + kFunctions + shellQuote(kAsnLabel)
        + " \"$2\" " + shellQuote(kSwitchIpLabel) + " \"$3\" | ssa -f -\n}\n\n";
    if (plan.target == Target::NewCluster) {
        s += newClusterLines(set.filesFor(ManifestDestination::GlobalCluster));
    } else {
        if (plan.isUnderlay())
            s += labelLines(plan);
        else if (plan.isCilium())
            s += "# Overlay: the installer sets --allocate-node-cidrs=false and "
                 "--configure-cloud-routes=false\n# on every master's kube-controller-manager "
                 "first; README.txt says how to do it by hand.\n";
        s += applyLines(set.filesFor(ManifestDestination::TargetCluster), QByteArray());
    }
    const QList<ManifestFile> check = set.filesFor(ManifestDestination::Verification);
    if (!check.isEmpty()) {
        s += "if [ \"$verify\" = yes ]; then\n" + applyLines(check, "    ")
            + "    echo '== waiting for the connectivity check'\n"
              "    \"$KUBECTL\" wait --for=condition=Available deployment --all --timeout=300s -n "
            + shellQuote(checkNamespace(set)) + "\nfi\n";
    }
    return s;
}

} // namespace tkeci
