// Sentences for preflight results, made on demand in the current language so that results
// already on screen re-translate after a language switch.
#include "CheckResult.h"

#include <QCoreApplication>

#include <iterator>

namespace tkeci {
namespace {

// lupdate finds the context of Text::tr() (a free Text::tr() wrapper would land in "tkeci").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::CheckResult)
};

QString networkSentence(const CheckResult &r)
{
    using C = CheckResult::Code;
    const auto a = [&r](int i) { return r.args.value(i); };
    switch (r.code) {
    case C::NetUnchecked:
        return Text::tr("could not check: %1").arg(a(0));
    case C::NetNoPython:
        return Text::tr("could not check: python3 is not on the node");
    case C::NetEndedEarly:
        return Text::tr("could not check: the probe program ended early");
    case C::NetListenFailed:
        return Text::tr("could not check: %1 could not be listened on (%2)").arg(a(0), a(1));
    case C::NetNoIpTool:
        return Text::tr("could not check: `ip` did not list the interfaces");
    case C::NetDeviceOk:
        return Text::tr("%1 is up and carries %2 (MTU %3)").arg(a(0), a(1), a(2));
    case C::NetDeviceMissing:
        return a(2).isEmpty()
            ? Text::tr("there is no interface %1, and no interface carries %2").arg(a(0), a(1))
            : Text::tr("there is no interface %1; %2 is on %3").arg(a(0), a(1), a(2));
    case C::NetDeviceNoIp:
        return a(2).isEmpty()
            ? Text::tr("%1 does not carry %2, and no interface does").arg(a(0), a(1))
            : Text::tr("%1 does not carry %2; %3 does").arg(a(0), a(1), a(2));
    case C::NetDeviceDown:
        return Text::tr("interface %1 is down").arg(a(0));
    case C::NetMtuOk:
        return a(3).isEmpty()
            ? Text::tr("MTU %1 like every node; %2-byte packets with don't-fragment reach all %3 "
                       "peers")
                  .arg(a(0), a(1), a(2))
            : Text::tr("MTU %1; %2-byte packets with don't-fragment reach %3 peers; %4 does not "
                       "take them (see its row)")
                  .arg(a(0), a(1), a(2), a(3));
    case C::NetMtuOdd:
        return Text::tr("MTU %1 differs from the other nodes: %2").arg(a(0), a(1));
    case C::NetMtuBlocked:
        return Text::tr("%1-byte packets with don't-fragment from %2 do not arrive here (MTU %3 "
                        "here)")
            .arg(a(0), a(1), a(2));
    case C::NetMtuSendBlocked:
        return Text::tr("%1-byte packets with don't-fragment from this node do not reach %2")
            .arg(a(0), a(1));
    case C::NetPeersOk:
        return a(2).isEmpty()
            ? Text::tr("%1 works both ways with all %2 peers").arg(a(0), a(1))
            : Text::tr("%1 works with %2 peers; %3 drops it (see its row)").arg(a(0), a(1), a(2));
    case C::NetNoPeers:
        return Text::tr("no other node to check against");
    case C::NetPeersBlocked:
        return Text::tr("%1 from %2 does not reach this node").arg(a(0), a(1));
    case C::NetPeersSendBlocked:
        return Text::tr("%1 from this node does not reach %2").arg(a(0), a(1));
    case C::NetTargetOk:
        return Text::tr("TCP connection to %1 port %2 succeeds").arg(a(0), a(1));
    case C::NetTargetRefused:
        return Text::tr("TCP connection to %1 port %2 refused").arg(a(0), a(1));
    case C::NetTargetTimeout:
        return Text::tr("TCP connection to %1 port %2 timed out after %3 s").arg(a(0), a(1), a(2));
    case C::NetTargetNoRoute:
        return Text::tr("no route to %1 (port %2)").arg(a(0), a(1));
    case C::NetTargetNoName:
        return Text::tr("the node could not resolve %1 (port %2)").arg(a(0), a(1));
    case C::NetRegistryInternet:
        return Text::tr("%1 is the default registry, on the internet: every node must reach it "
                        "(not probed)")
            .arg(a(0));
    case C::NetTargetError:
        return Text::tr("TCP connection to %1 port %2 failed: %3").arg(a(0), a(1), a(2));
    default:
        return {};
    }
}

QString sentence(const CheckResult &r)
{
    using C = CheckResult::Code;
    const auto a = [&r](int i) { return r.args.value(i); };
    switch (r.code) {
    case C::KernelOk:
        return Text::tr("kernel %1 meets the minimum %2 for Cilium %3").arg(a(0), a(1), a(2));
    case C::KernelTooOld:
        return Text::tr("kernel %1 is older than %2, the minimum for Cilium %3")
            .arg(a(0), a(1), a(2));
    case C::KernelUnparsable:
        return Text::tr("kernel release \"%1\" cannot be read as a version").arg(a(0));
    case C::KernelConfigOk:
        return Text::tr("all %1 kernel options Cilium needs are set (%2)").arg(a(0), a(1));
    case C::KernelConfigMissing:
        return Text::tr("kernel options missing (need =y or =m): %1 (read from %2)")
            .arg(a(0), a(1));
    case C::KernelConfigUnreadable:
        return Text::tr("kernel config not readable (neither /boot/config-$(uname -r) nor "
                        "/proc/config.gz); options not checked");
    case C::PortsFree:
        return Text::tr("ports free: %1").arg(a(0));
    case C::PortsBusy:
        return Text::tr("ports Cilium needs are in use: %1").arg(a(0));
    case C::PortsUnknown:
        return Text::tr("open ports could not be listed (no `ss` on the node)");
    case C::OsValidated:
        return Text::tr("%1 (validated)").arg(a(0));
    case C::OsNotValidated:
        return Text::tr("%1 is not the validated OS (TencentOS Server 3.1)").arg(a(0));
    case C::OsUnknown:
        return Text::tr("/etc/os-release is missing; the OS is unknown");
    case C::UserRoot:
        return Text::tr("logged in as root");
    case C::UserSudo:
        return Text::tr("user %1 has passwordless sudo").arg(a(0));
    case C::UserNotRoot:
        return Text::tr("user %1 is not root and has no passwordless sudo").arg(a(0));
    case C::ArchOk:
        return Text::tr("architecture %1 (64-bit)").arg(a(0));
    case C::ArchNot64Bit:
        return Text::tr("architecture %1 is not 64-bit").arg(a(0));
    case C::BpffsMounted:
        return Text::tr("/sys/fs/bpf is mounted as bpf");
    case C::BpffsNotMounted:
        return a(0).isEmpty() ? Text::tr(
                   "/sys/fs/bpf is not mounted; Cilium mounts it, but its maps will not survive a "
                   "restart of the agent")
                              : Text::tr("/sys/fs/bpf is mounted as %1, not bpf").arg(a(0));
    case C::CniClean:
        return Text::tr("no leftovers of another CNI");
    case C::CniLeftovers:
        return Text::tr("leftovers of another CNI: %1").arg(a(0));
    case C::IpForwardOn:
        return Text::tr("IP forwarding is on");
    case C::IpForwardOff:
        return Text::tr("IP forwarding is off (net.ipv4.ip_forward = %1, needed: 1)").arg(a(0));
    case C::Unreachable:
        return Text::tr("unreachable: %1").arg(a(0));
    case C::Timeout:
        return a(0) == QLatin1String("connect")
            ? Text::tr("no SSH answer within %1 s (timeout)").arg(a(1))
            : Text::tr("the checks did not finish within %1 s (timeout)").arg(a(1));
    case C::AuthFailed:
        return Text::tr("authentication failed for user %1 (%2)").arg(a(0), a(1));
    case C::HostKeyUnknown:
        return Text::tr("host key unknown (%1); not accepted, so the node was not checked")
            .arg(a(0));
    case C::HostKeyRejected:
        return Text::tr("host key %1 was rejected").arg(a(0));
    case C::HostKeyChanged:
        return a(1).isEmpty()
            ? Text::tr("HOST KEY CHANGED: the node now shows %1; refused (possible attack). Remove "
                       "the old key from known_hosts only if you know why it changed")
                  .arg(a(0))
            : Text::tr(
                "HOST KEY CHANGED: known %2, the node now shows %1; refused (possible attack). "
                "Remove the old key from known_hosts only if you know why it changed")
                  .arg(a(0), a(1));
    case C::HostKeyError:
        return Text::tr("host key could not be checked: %1").arg(a(0));
    case C::ProbeFailed:
        return Text::tr("the checks could not be run: %1").arg(a(0));
    case C::Cancelled:
        return Text::tr("cancelled");
    default:
        return networkSentence(r);
    }
    return {};
}

} // namespace

namespace {

// The one table of the checks: stable id, title and description. The titles keep the
// translation context they had when the grid model made them, so existing translations apply.
struct CheckInfo
{
    CheckId check;
    const char *id;
    const char *title;
    const char *description;
};

constexpr CheckInfo kChecks[] = {
    {CheckId::KernelVersion, "kernel.version",
        QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "Kernel"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult",
            "The kernel release is at least the minimum of the Cilium version.")},
    {CheckId::KernelConfig, "kernel.config",
        QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "Kernel options"),
        QT_TRANSLATE_NOOP(
            "tkeci::CheckResult", "The kernel options Cilium needs are built in or modules.")},
    {CheckId::Ports, "ports", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "Ports"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult", "The ports Cilium listens on are free.")},
    {CheckId::Os, "os", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "OS"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult", "The operating system is the validated one.")},
    {CheckId::User, "user", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "User"),
        QT_TRANSLATE_NOOP(
            "tkeci::CheckResult", "The login user is root or has passwordless sudo.")},
    {CheckId::Arch, "arch", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "64-bit"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult", "The machine is 64-bit.")},
    {CheckId::Bpffs, "bpffs", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "BPF fs"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult", "/sys/fs/bpf is mounted as the BPF file system.")},
    {CheckId::CniLeftovers, "cni.leftovers",
        QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "Old CNI"),
        QT_TRANSLATE_NOOP(
            "tkeci::CheckResult", "No configuration or interfaces of another CNI are left.")},
    {CheckId::IpForward, "ip_forward", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "IP forward"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult", "IP forwarding is on.")},
    {CheckId::NetDevice, "net.device", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "Device"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult",
            "The profile's network device exists, is up and carries the node's address.")},
    {CheckId::NetMtu, "net.mtu", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "MTU"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult",
            "Every node has the same MTU, and packets of the tunnel's size with don't-fragment "
            "reach every peer.")},
    {CheckId::NetVxlan, "net.vxlan", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "VXLAN"),
        QT_TRANSLATE_NOOP(
            "tkeci::CheckResult", "UDP 8472 from every other node reaches this node.")},
    {CheckId::NetHealth, "net.health", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "Health"),
        QT_TRANSLATE_NOOP(
            "tkeci::CheckResult", "TCP 4240 from every other node reaches this node.")},
    {CheckId::NetBgp, "net.bgp", QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "BGP"),
        QT_TRANSLATE_NOOP(
            "tkeci::CheckResult", "A TCP connection to the node's switch on port 179 succeeds.")},
    {CheckId::NetApiserver, "net.apiserver",
        QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "API server"),
        QT_TRANSLATE_NOOP("tkeci::CheckResult",
            "The node reaches the cluster's API server: the HA VIP on its port, or on an "
            "existing cluster without HA the kubeconfig's address.")},
    {CheckId::NetRegistry, "net.registry",
        QT_TRANSLATE_NOOP("tkeci::PreflightGridModel", "Registry"),
        QT_TRANSLATE_NOOP(
            "tkeci::CheckResult", "The node reaches the image registry of the profile.")},
};

// The table is in enum order, so the enum indexes it.
static_assert([] {
    for (int i = 0; i < int(std::size(kChecks)); ++i) {
        if (int(kChecks[i].check) != i)
            return false;
    }
    return true;
}());

const CheckInfo &info(CheckId check)
{
    return kChecks[int(check)];
}

} // namespace

QList<CheckId> allCheckIds()
{
    QList<CheckId> out;
    for (const CheckInfo &c : kChecks)
        out.append(c.check);
    return out;
}

QString checkIdString(CheckId check)
{
    return QLatin1String(info(check).id);
}

std::optional<CheckId> checkIdFromString(QStringView id)
{
    for (const CheckInfo &c : kChecks) {
        if (id == QLatin1String(c.id))
            return c.check;
    }
    return std::nullopt;
}

QString checkTitle(CheckId check)
{
    return QCoreApplication::translate("tkeci::PreflightGridModel", info(check).title);
}

QString checkDescription(CheckId check)
{
    return QCoreApplication::translate("tkeci::CheckResult", info(check).description);
}

bool isKernelCheck(CheckId check)
{
    return check == CheckId::KernelVersion || check == CheckId::KernelConfig;
}

QList<CheckId> nodeCheckIds()
{
    return {CheckId::KernelVersion, CheckId::KernelConfig, CheckId::Ports, CheckId::Os,
        CheckId::User, CheckId::Arch, CheckId::Bpffs, CheckId::CniLeftovers, CheckId::IpForward};
}

QList<CheckId> networkCheckIds(bool overlay)
{
    return {CheckId::NetDevice, CheckId::NetMtu, overlay ? CheckId::NetVxlan : CheckId::NetBgp,
        CheckId::NetHealth};
}

QStringList preflightCheckIds()
{
    QStringList out;
    for (const CheckId check : nodeCheckIds())
        out.append(checkIdString(check));
    return out;
}

QString sshPhaseId(SshPhase phase)
{
    return phase == SshPhase::Connect ? QStringLiteral("connect") : QStringLiteral("command");
}

QString checkMessage(const CheckResult &result)
{
    return result.node + QStringLiteral(": ") + sentence(result);
}

QString checkSentence(const CheckResult &result)
{
    return sentence(result);
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

} // namespace tkeci
