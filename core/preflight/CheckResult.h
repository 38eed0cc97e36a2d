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
};

/// Every check, in display order.
QList<CheckId> allCheckIds();
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
/// The stable ids of allCheckIds(), in the same order.
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
