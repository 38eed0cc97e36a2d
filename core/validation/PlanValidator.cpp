#include "PlanValidator.h"

#include "net/Ipv4.h"
#include "plan/PlanEnums.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace tkeci {
namespace {

class Collector
{
public:
    explicit Collector(Problems &out)
        : m_out(out)
    { }
    void add(const QString &path, Problem::Code code, const QStringList &args = {})
    {
        m_out.append(Problem {path, code, args});
    }

    /// Checks an IPv4 address field; returns it when it is one.
    std::optional<quint32> ipv4(const QString &path, const QString &value, bool required = true)
    {
        if (value.isEmpty()) {
            if (required)
                add(path, Problem::Code::Missing);
            return std::nullopt;
        }
        if (const auto address = parseIpv4(value))
            return address;
        add(path, looksLikeIpv6(value) ? Problem::Code::IPv6NotSupported : Problem::Code::BadIPv4,
            {value});
        return std::nullopt;
    }

    /// Reports a control character (NUL, newline, escape ...) in a free-text field; true if
    /// there is one. The wizard's fields are not read through the profile reader's check.
    bool controlCharacter(const QString &path, const QString &value)
    {
        const QStringList control = controlCharacterArgs(value);
        if (!control.isEmpty())
            add(path, Problem::Code::ControlCharacter, control);
        return !control.isEmpty();
    }

    void safeText(const QString &path, const QString &value, const QRegularExpression &pattern,
        const QString &allowedDescription)
    {
        if (value.isEmpty())
            add(path, Problem::Code::Missing);
        else if (controlCharacter(path, value))
            return;
        else if (!pattern.match(value).hasMatch())
            add(path, Problem::Code::UnsafeText, {value, allowedDescription});
    }

private:
    Problems &m_out;
};

QString allowedNameCharacters()
{
    return QCoreApplication::translate(
        "tkeci::Problem", "letters, digits, '.', '_' and '-' (not first)");
}

} // namespace

// Addresses of the service CIDR TKEStack carves out of clusterCIDR (see validatePlan).
constexpr quint64 kTkeStackServiceCidrSize = 256;

QStringList supportedCiliumVersions()
{
    return {QStringLiteral("1.9.5")};
}

Problems validatePlan(const InstallPlan &plan)
{
    Problems problems;
    Collector c(problems);

    // Values that may reach a node's shell environment or a manifest are held to a small
    // alphabet: no quoting, spaces or shell metacharacters can get through.
    static const QRegularExpression linuxName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,31}$"));
    static const QRegularExpression deviceName(
        QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,14}$"));
    static const QRegularExpression k8sVersion(
        QStringLiteral("^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)?$"));
    static const QRegularExpression registry(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?(/[a-z0-9]+([._-][a-z0-9]+)*)*$"));

    if (plan.isCilium()) {
        if (!supportedCiliumVersions().contains(plan.ciliumVersion))
            c.add(QStringLiteral("cilium.version"), Problem::Code::UnsupportedVersion,
                {plan.ciliumVersion, supportedCiliumVersions().join(QStringLiteral(", "))});
    }

    std::optional<quint32> switchIp;
    if (plan.isUnderlay()) {
        // One rule per fact, wherever the plan comes from: a missing ASN (0 stands for "not
        // given"; the profile reader refuses a written 0 as out of range, and the page's field
        // cannot hold one) or a missing switch IP is "required in underlay mode".
        const QStringList underlayMode {
            QStringLiteral("cilium.networkMode"), toProfileString(NetworkMode::Underlay)};
        if (plan.underlay.asn == 0)
            c.add(QStringLiteral("cilium.underlay.asn"), Problem::Code::RequiredWhen, underlayMode);
        else if (plan.underlay.asn > 4294967294U)
            c.add(QStringLiteral("cilium.underlay.asn"), Problem::Code::OutOfRange,
                {QString::number(plan.underlay.asn), QStringLiteral("1"),
                    QStringLiteral("4294967294")});
        if (plan.underlay.switchIP.isEmpty())
            c.add(QStringLiteral("cilium.underlay.switchIP"), Problem::Code::RequiredWhen,
                underlayMode);
        else
            switchIp = c.ipv4(QStringLiteral("cilium.underlay.switchIP"), plan.underlay.switchIP);
    }

    if (plan.displayName.trimmed().isEmpty())
        c.add(QStringLiteral("cluster.displayName"), Problem::Code::Empty);
    else
        c.controlCharacter(QStringLiteral("cluster.displayName"), plan.displayName);
    c.safeText(QStringLiteral("cluster.kubernetesVersion"), plan.kubernetesVersion, k8sVersion,
        QCoreApplication::translate("tkeci::Problem", "a version such as 1.21.4-tke.3"));
    c.safeText(QStringLiteral("cluster.networkDevice"), plan.networkDevice, deviceName,
        QCoreApplication::translate(
            "tkeci::Problem", "up to 15 letters, digits, '.', '_' and '-'"));

    std::optional<Ipv4Cidr> cidr;
    if (plan.clusterCIDR.isEmpty()) {
        c.add(QStringLiteral("cluster.clusterCIDR"), Problem::Code::Missing);
    } else if (looksLikeIpv6(plan.clusterCIDR.section(u'/', 0, 0))) {
        c.add(QStringLiteral("cluster.clusterCIDR"), Problem::Code::IPv6NotSupported,
            {plan.clusterCIDR});
    } else if (!(cidr = parseIpv4Cidr(plan.clusterCIDR))) {
        c.add(QStringLiteral("cluster.clusterCIDR"), Problem::Code::BadCidr, {plan.clusterCIDR});
    } else if (cidr->hasHostBits()) {
        c.add(QStringLiteral("cluster.clusterCIDR"), Problem::Code::CidrHostBits,
            {plan.clusterCIDR, cidr->networkText()});
        cidr.reset();
    }
    static const QList<int> podCounts {16, 32, 64, 128, 256};
    if (!podCounts.contains(plan.maxNodePodNum))
        c.add(QStringLiteral("cluster.maxNodePodNum"), Problem::Code::NotAllowed,
            {QString::number(plan.maxNodePodNum), QStringLiteral("16, 32, 64, 128, 256")});

    // A control character is said once; the registry pattern would only repeat it.
    if (!c.controlCharacter(QStringLiteral("images.registry"), plan.imageRegistry)
        && !registry.match(plan.imageRegistry).hasMatch())
        c.add(QStringLiteral("images.registry"), Problem::Code::BadRegistry, {plan.imageRegistry});

    std::optional<quint32> vip;
    if (plan.haType != HaType::None) {
        if (plan.vip.isEmpty())
            c.add(QStringLiteral("ha.vip"), Problem::Code::RequiredWhen,
                {QStringLiteral("ha.type"), toProfileString(plan.haType)});
        else
            vip = c.ipv4(QStringLiteral("ha.vip"), plan.vip);
    }
    if (plan.haType == HaType::ThirdParty && (plan.vport < 1 || plan.vport > 65535))
        c.add(QStringLiteral("ha.vport"), Problem::Code::OutOfRange,
            {QString::number(plan.vport), QStringLiteral("1"), QStringLiteral("65535")});

    // Nodes.
    const bool needsNodes = plan.target != Target::ExportOnly;
    if (needsNodes && plan.masters().isEmpty())
        c.add(QStringLiteral("nodes"), Problem::Code::NoMaster);
    QHash<quint32, int> seen;
    for (int i = 0; i < plan.nodes.size(); ++i) {
        const NodeSpec &node = plan.nodes.at(i);
        const QString base = QStringLiteral("nodes[%1]").arg(i);
        const auto ip = c.ipv4(base + QStringLiteral(".ip"), node.ip);
        if (ip) {
            if (const auto it = seen.constFind(*ip); it != seen.constEnd())
                c.add(base + QStringLiteral(".ip"), Problem::Code::DuplicateAddress,
                    {node.ip, QStringLiteral("nodes[%1]").arg(*it)});
            else
                seen.insert(*ip, i);
            if (cidr && cidr->contains(*ip))
                c.add(base + QStringLiteral(".ip"), Problem::Code::AddressInClusterCidr,
                    {node.ip, plan.clusterCIDR});
            if (vip && *vip == *ip)
                c.add(QStringLiteral("ha.vip"), Problem::Code::VipIsNodeAddress, {plan.vip, base});
        }
        if (node.port < 1 || node.port > 65535)
            c.add(base + QStringLiteral(".port"), Problem::Code::OutOfRange,
                {QString::number(node.port), QStringLiteral("1"), QStringLiteral("65535")});
        c.safeText(base + QStringLiteral(".user"), node.user, linuxName, allowedNameCharacters());
        c.controlCharacter(base + QStringLiteral(".keyFile"), node.keyFile);
        if (node.auth == AuthMethod::Key && node.keyFile.trimmed().isEmpty())
            c.add(base + QStringLiteral(".keyFile"), Problem::Code::RequiredWhen,
                {base + QStringLiteral(".auth"), QStringLiteral("key")});
        if (plan.target == Target::NewCluster && node.auth == AuthMethod::Agent)
            c.add(base + QStringLiteral(".auth"), Problem::Code::AgentAuthForNewCluster);
        if (node.asn && (*node.asn == 0 || *node.asn > 4294967294U))
            c.add(base + QStringLiteral(".asn"), Problem::Code::OutOfRange,
                {QString::number(*node.asn), QStringLiteral("1"), QStringLiteral("4294967294")});
        if (node.switchIP) {
            if (const auto sw = c.ipv4(base + QStringLiteral(".switchIP"), *node.switchIP);
                sw && cidr && cidr->contains(*sw))
                c.add(base + QStringLiteral(".switchIP"), Problem::Code::AddressInClusterCidr,
                    {*node.switchIP, plan.clusterCIDR});
        }
    }

    if (cidr && vip && cidr->contains(*vip))
        c.add(QStringLiteral("ha.vip"), Problem::Code::AddressInClusterCidr,
            {plan.vip, plan.clusterCIDR});
    if (cidr && switchIp && cidr->contains(*switchIp))
        c.add(QStringLiteral("cilium.underlay.switchIP"), Problem::Code::AddressInClusterCidr,
            {plan.underlay.switchIP, plan.clusterCIDR});

    // Overlay: tke-eni-ipamd hands each node a block of maxNodePodNum addresses, from what
    // TKEStack leaves of clusterCIDR after its service CIDR.
    if (cidr && plan.isCilium() && !plan.isUnderlay() && podCounts.contains(plan.maxNodePodNum)) {
        const quint64 perNode = quint64(plan.maxNodePodNum);
        // Our Cluster sets neither spec.serviceCIDR nor maxClusterServiceNum, so TKEStack takes
        // 256 (pkg/platform/provider/baremetal/cluster/provider.go:230-231) and puts the service
        // CIDR on the last 2^ceil(log2(256)) addresses of clusterCIDR (cluster/util.go:53-80,
        // GetServiceCIDRAndNodeCIDRMaskSize, called from cluster/create.go:351). Both blocks are
        // powers of two aligned at the end, so the service CIDR costs whole node blocks.
        const quint64 serviceBlocks = (kTkeStackServiceCidrSize + perNode - 1) / perNode;
        const quint64 nodeBlocks = cidr->size() / perNode;
        const quint64 capacity = nodeBlocks > serviceBlocks ? nodeBlocks - serviceBlocks : 0;
        if (quint64(plan.nodes.size()) > capacity)
            c.add(QStringLiteral("cluster.clusterCIDR"), Problem::Code::TooManyNodesForCidr,
                {QString::number(plan.nodes.size()), QString::number(capacity), plan.clusterCIDR,
                    QString::number(plan.maxNodePodNum)});
    }
    return problems;
}

} // namespace tkeci
