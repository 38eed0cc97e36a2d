// The names the pages give profile fields, so that a problem found by the one validator reads
// the same on a page as the page's own labels. Kept in core because the pages, the Nodes table
// and the messages all take their words from here.
#include "FieldLabels.h"

#include "Problem.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace tkeci {
namespace {

constexpr const char *kContext = "tkeci::FieldLabel";

// (lupdate reads the context only where it is written out, hence the literal in fieldLabel().)
// Profile path -> label. QT_TRANSLATE_NOOP lets lupdate find the texts; they are translated
// when asked for, so a language switch applies at once.
constexpr std::array kFieldLabels {
    std::pair {"target", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Target")},
    std::pair {"cni", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "CNI")},
    std::pair {"cilium", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Cilium settings")},
    std::pair {"cilium.version", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Cilium version")},
    std::pair {"cilium.networkMode", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Network mode")},
    std::pair {"cilium.underlay", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "BGP peering")},
    std::pair {"cilium.underlay.asn",
        QT_TRANSLATE_NOOP("tkeci::FieldLabel", "ASN (autonomous system number)")},
    std::pair {"cilium.underlay.switchIP", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Switch IP")},
    std::pair {
        "cluster.displayName", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Cluster display name")},
    std::pair {
        "cluster.kubernetesVersion", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Kubernetes version")},
    std::pair {"cluster.clusterCIDR", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Cluster CIDR")},
    std::pair {
        "cluster.maxNodePodNum", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Max pods per node")},
    std::pair {"cluster.networkDevice", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Network device")},
    std::pair {"images.registry", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Image registry prefix")},
    std::pair {"ha.type", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "High availability")},
    std::pair {"ha.vip", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "VIP")},
    std::pair {"ha.vport", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "VIP port (→ 6443)")},
    std::pair {"nodes", QT_TRANSLATE_NOOP("tkeci::FieldLabel", "Nodes")},
};

// A source text with its disambiguation, as QT_TRANSLATE_NOOP3 makes it.
struct Text
{
    const char *source;
    const char *comment;
};

struct NodeFieldLabel
{
    const char *field;
    Text label;
};

constexpr std::array kNodeFieldLabels {
    NodeFieldLabel {"ip", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Address", "node field")},
    NodeFieldLabel {"port", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "SSH port", "node field")},
    NodeFieldLabel {"user", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "User", "node field")},
    NodeFieldLabel {"role", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Role", "node field")},
    NodeFieldLabel {
        "auth", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Authentication", "node field")},
    NodeFieldLabel {"keyFile", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Key file", "node field")},
    NodeFieldLabel {"asn", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "ASN", "node field")},
    NodeFieldLabel {"switchIP", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Switch IP", "node field")},
};

// (path, profile value) -> the text of the page's choice.
struct ValueLabel
{
    const char *path;
    const char *value;
    Text label;
};
constexpr std::array kValueLabels {
    ValueLabel {"cilium.networkMode", "overlay",
        QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Overlay (VXLAN)", "network mode")},
    ValueLabel {"cilium.networkMode", "underlay",
        QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Underlay (BGP)", "network mode")},
    ValueLabel {"ha.type", "tke",
        QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "TKE built-in (keepalived + VIP)", "HA type")},
    ValueLabel {"ha.type", "third-party",
        QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Third-party load balancer (CLB)", "HA type")},
    ValueLabel {"cni", "cilium", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "Cilium", "CNI")},
    ValueLabel {
        "auth", "key", QT_TRANSLATE_NOOP3("tkeci::FieldLabel", "key file", "SSH authentication")},
};

} // namespace

QString nodeFieldLabel(const QString &field)
{
    for (const NodeFieldLabel &n : kNodeFieldLabels) {
        if (field == QLatin1String(n.field))
            return QCoreApplication::translate(kContext, n.label.source, n.label.comment);
    }
    return field;
}

QString fieldLabel(const QString &path)
{
    if (const auto node = splitNodePath(path)) {
        const QString row = QString::number(node->row + 1);
        if (node->rest.isEmpty())
            return QCoreApplication::translate(
                "tkeci::FieldLabel", "Row %1", "a row of the Nodes table")
                .arg(row);
        return QCoreApplication::translate(
            "tkeci::FieldLabel", "Row %1, %2", "a cell of the Nodes table: row number, column")
            .arg(row, nodeFieldLabel(node->rest.mid(1))); // ".port" -> "port"
    }
    for (const auto &[key, label] : kFieldLabels) {
        if (path == QLatin1String(key))
            return QCoreApplication::translate(kContext, label);
    }
    return path;
}

QString fieldValueLabel(const QString &path, const QString &value)
{
    // A node's field is looked up by its name alone: `nodes[2].auth` -> `auth`.
    const auto node = splitNodePath(path);
    const QString key = node ? node->rest.mid(1) : path;
    for (const ValueLabel &v : kValueLabels) {
        if (key == QLatin1String(v.path) && value == QLatin1String(v.value))
            return QCoreApplication::translate(kContext, v.label.source, v.label.comment);
    }
    return value;
}

} // namespace tkeci
