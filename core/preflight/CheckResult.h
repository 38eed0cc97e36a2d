#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace tkeci {

/// How a preflight check came out. Fail blocks the install; warn is shown but does not block.
enum class Verdict { Pass, Warn, Fail };

/// The preflight checks, in display order (DESIGN.md "Preflight"). Each has a stable string id
/// (checkIdString()) that the JSON output carries, so the ids never change; the code uses the
/// enum. Titles and descriptions are made in the current language (CheckText.cpp).
enum class CheckId {
    KernelVersion, // "kernel.version"
    KernelConfig, // "kernel.config"
    Ports, // "ports"
    Os, // "os"
    User, // "user"
    Arch, // "arch"
    Bpffs, // "bpffs"
    CniLeftovers, // "cni.leftovers"
    IpForward, // "ip_forward"
    // The network stage (NetworkChecks.h): the node against its peers and targets.
    NetDevice, // "net.device"
    NetMtu, // "net.mtu"
    NetVxlan, // "net.vxlan" (overlay)
    NetHealth, // "net.health"
    NetBgp, // "net.bgp" (underlay)
    NetApiserver, // "net.apiserver" (HA: the VIP)
    NetRegistry, // "net.registry"
};

/// Every check, in display order.
QList<CheckId> allCheckIds();
/// The checks every run has, judged on each node alone (the first nine).
QList<CheckId> nodeCheckIds();
/// The peer checks of the network stage for a plan (overlay: VXLAN, underlay: BGP); the run
/// adds net.apiserver (HA) and net.registry (runChecks()).
QList<CheckId> networkCheckIds(bool overlay);
/// The stable id of `check`, e.g. "kernel.version".
QString checkIdString(CheckId check);
/// The check whose stable id is `id`; std::nullopt for an unknown id.
std::optional<CheckId> checkIdFromString(QStringView id);
/// Short column title in the current language ("Kernel").
QString checkTitle(CheckId check);
/// One sentence saying what the check looks at, in the current language.
QString checkDescription(CheckId check);
/// A kernel check: a failure of one is never overridable.
bool isKernelCheck(CheckId check);
/// The stable ids of nodeCheckIds(), in the same order.
QStringList preflightCheckIds();

/// Which step of an SSH session went wrong, for a Timeout row.
enum class SshPhase { Connect, Command };
/// "connect" or "command": how a Timeout row carries the phase in its args.
QString sshPhaseId(SshPhase phase);

/// One check on one node. The sentence is not stored: checkMessage() makes it from `code` and
/// `args` in the current language, so a language switch re-translates results already shown.
struct CheckResult
{
    enum class Code {
        KernelOk, // args: release, minimum, cilium version
        KernelTooOld, // args: release, minimum, cilium version
        KernelUnparsable, // args: release
        KernelConfigOk, // args: number of options checked, source file
        KernelConfigMissing, // args: missing options (comma separated), source file
        KernelConfigUnreadable,
        PortsFree, // args: ports checked
        PortsBusy, // args: busy ports, each "9876/tcp (process)"
        PortsUnknown, // `ss` could not be run
        OsValidated, // args: pretty name
        OsNotValidated, // args: pretty name
        OsUnknown,
        UserRoot,
        UserSudo, // args: user
        UserNotRoot, // args: user
        ArchOk, // args: machine
        ArchNot64Bit, // args: machine
        BpffsMounted,
        BpffsNotMounted, // args: what is mounted there ("" when nothing)
        CniClean,
        CniLeftovers, // args: files and links found (comma separated)
        IpForwardOn,
        IpForwardOff, // args: value found
        // Node-level outcomes: the node could not be checked; one row per check carries them.
        Unreachable, // args: reason from the SSH library
        Timeout, // args: sshPhaseId(), seconds
        AuthFailed, // args: user, methods tried
        HostKeyUnknown, // args: SHA256 fingerprint
        HostKeyRejected, // args: SHA256 fingerprint (the operator said no)
        HostKeyChanged, // args: new fingerprint, known fingerprint ("" when unknown)
        HostKeyError, // args: reason
        ProbeFailed, // args: reason
        Cancelled,
        // Network stage. "could not check" is a warning, never a pass.
        NetUnchecked, // args: reason from the SSH library
        NetNoPython, // python3 is not on the node
        NetEndedEarly, // the probe program's output ended before its last line
        NetListenFailed, // args: "UDP 8472"/..., error text
        NetNoIpTool, // `ip` did not list the interfaces
        NetDeviceOk, // args: device, ip, mtu
        NetDeviceMissing, // args: device, ip, interface carrying ip ("" when none)
        NetDeviceNoIp, // args: device, ip, interface carrying ip ("" when none)
        NetDeviceDown, // args: device
        NetMtuOk, // args: mtu, probe size, peers reached, peers blamed ("" when none)
        NetMtuOdd, // args: this node's mtu, the others' "mtu (nodes)" list
        // args: probe size(s) ("1450" or "1450/1400"), peers whose packets did not arrive
        // here, this node's MTU
        NetMtuBlocked,
        NetMtuSendBlocked, // args: probe size, peers this node's packets did not reach
        NetPeersOk, // args: "UDP 8472"/"TCP 4240", peers reached, peers blamed ("" when none)
        NetNoPeers, // args: "UDP 8472"/"TCP 4240"/probe size: the only node of the run
        NetPeersBlocked, // args: "UDP 8472"/..., peers whose probes did not arrive here
        NetPeersSendBlocked, // args: "UDP 8472"/..., peers this node's probes did not reach
        NetTargetOk, // args: target, port
        NetTargetRefused, // args: target, port
        NetTargetTimeout, // args: target, port, seconds
        NetTargetNoRoute, // args: target, port
        NetTargetError, // args: target, port, error text
        NetTargetNoName, // args: host name, port: the node could not resolve it
        NetRegistryInternet, // args: registry: the default one, on the internet (not probed)
    };

    QString node; // the node's address as in the plan
    CheckId check = CheckId::KernelVersion;
    Verdict verdict = Verdict::Fail;
    Code code = Code::ProbeFailed;
    QStringList args;
    QString details; // raw text the check was judged on, for the "details" view

    bool operator==(const CheckResult &) const = default;
};

using CheckResults = QList<CheckResult>;

/// "node: sentence" in the current language.
QString checkMessage(const CheckResult &result);
/// The sentence alone, without the node, in the current language.
QString checkSentence(const CheckResult &result);
/// "pass", "warn" or "fail" (not translated: used in JSON).
QString verdictId(Verdict verdict);

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::CheckResult)
Q_DECLARE_METATYPE(tkeci::CheckId)
Q_DECLARE_METATYPE(tkeci::SshPhase)
