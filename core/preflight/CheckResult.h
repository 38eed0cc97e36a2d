#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tkeci {

/// How a preflight check came out. Fail blocks the install; warn is shown but does not block.
enum class Verdict { Pass, Warn, Fail };

/// The stable check ids (DESIGN.md "Preflight"), in display order. They appear in the JSON
/// output and in the GUI grid columns, so they never change.
QStringList preflightCheckIds();

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
        Timeout, // args: phase ("connect" or "command"), seconds
        AuthFailed, // args: user, methods tried
        HostKeyUnknown, // args: SHA256 fingerprint
        HostKeyRejected, // args: SHA256 fingerprint (the operator said no)
        HostKeyChanged, // args: new fingerprint, known fingerprint ("" when unknown)
        HostKeyError, // args: reason
        ProbeFailed, // args: reason
        Cancelled,
    };

    QString node; // the node's address as in the plan
    QString check; // one of preflightCheckIds()
    Verdict verdict = Verdict::Fail;
    Code code = Code::ProbeFailed;
    QStringList args;
    QString details; // raw text the check was judged on, for the "details" view

    bool operator==(const CheckResult &) const = default;
};

using CheckResults = QList<CheckResult>;

/// "node: sentence" in the current language.
QString checkMessage(const CheckResult &result);
/// "pass", "warn" or "fail" (not translated: used in JSON).
QString verdictId(Verdict verdict);

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::CheckResult)
