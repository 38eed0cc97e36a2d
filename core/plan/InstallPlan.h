#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tkeci {

/// Where the install goes: a new TKEStack cluster (a Cluster object for the global cluster),
/// an existing cluster (manifests applied to it), or only files for an offline site.
enum class Target { NewCluster, ExistingCluster, ExportOnly };
/// The CNI: Galaxy is TKEStack's default; Cilium is what this product installs.
enum class Cni { Cilium, Galaxy };
/// 网络模式: Overlay (VXLAN) or Underlay (BGP to the top-of-rack switch).
enum class NetworkMode { Overlay, Underlay };
/// None: one API endpoint; Tke: built-in keepalived VIP; ThirdParty: an external LB (CLB).
enum class HaType { None, Tke, ThirdParty };
enum class NodeRole { Master, Worker };
/// How the installer logs in over SSH. Passwords are asked for at run time, never stored.
enum class AuthMethod { Key, Agent, Password };

/// The underlay answers: 自治系统号 (ASN, 1..4294967294) and 交换机IP (IPv4 of the ToR switch).
struct UnderlaySettings
{
    quint32 asn = 0;
    QString switchIP;
    bool operator==(const UnderlaySettings &) const = default;
};

/// One machine of the cluster.
struct NodeSpec
{
    QString ip; // IPv4
    int port = 22; // 1..65535
    QString user = QStringLiteral("root");
    NodeRole role = NodeRole::Worker;
    AuthMethod auth = AuthMethod::Key;
    QString keyFile; // path as written (may start with ~); only for AuthMethod::Key
    std::optional<quint32> asn; // per-node underlay override (another rack)
    std::optional<QString> switchIP; // per-node underlay override
    bool operator==(const NodeSpec &) const = default;
};

/// Every answer the wizard asks, typed. Built from a profile or from the wizard pages and
/// checked by PlanValidator before anything is rendered, checked or applied.
struct InstallPlan
{
    Target target = Target::NewCluster;
    Cni cni = Cni::Cilium;

    QString ciliumVersion = QStringLiteral("1.9.5");
    NetworkMode networkMode = NetworkMode::Overlay;
    UnderlaySettings underlay; // meaningful in underlay mode only

    QString displayName = QStringLiteral("cilium");
    QString kubernetesVersion = QStringLiteral("1.21.4-tke.3");
    QString clusterCIDR = QStringLiteral("10.244.0.0/16");
    int maxNodePodNum = 256; // 16 | 32 | 64 | 128 | 256
    QString networkDevice = QStringLiteral("eth0");

    HaType haType = HaType::None;
    QString vip; // tke and third-party
    int vport = 6443; // third-party only

    QString imageRegistry = QStringLiteral("docker.io/tkestack");

    QList<NodeSpec> nodes;
    /// Existing cluster: names of cluster nodes the operator keeps Cilium off (they are not in
    /// the plan and were not preflighted). The per-node DaemonSets do not schedule there. Set
    /// for one apply (--without-cilium, the Apply page), not kept in the profile.
    QStringList nodesWithoutCilium;

    bool isCilium() const { return cni == Cni::Cilium; }
    bool isUnderlay() const { return isCilium() && networkMode == NetworkMode::Underlay; }
    /// The ASN and switch IP that apply to `node`: its own override, else the cluster's.
    UnderlaySettings underlayFor(const NodeSpec &node) const;
    QList<NodeSpec> nodesWithRole(NodeRole role) const;
    QList<NodeSpec> masters() const { return nodesWithRole(NodeRole::Master); }
    QList<NodeSpec> workers() const { return nodesWithRole(NodeRole::Worker); }

    bool operator==(const InstallPlan &) const = default;
};

} // namespace tkeci
