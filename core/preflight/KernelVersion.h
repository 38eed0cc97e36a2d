#pragma once

#include <QString>

#include <optional>

namespace tkeci {

/// A kernel release reduced to the numbers that matter for Cilium: "5.4.119-19-0009" →
/// 5.4.119; "6.1.0-rc7+" → 6.1.0; "4.18.0-305.el8.x86_64" → 4.18.0.
struct KernelVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    auto operator<=>(const KernelVersion &) const = default;
    QString toString() const; // "4.11" when patch is 0, else "4.19.57"
};

/// Parses `uname -r`; std::nullopt when it does not start with "<major>.<minor>".
std::optional<KernelVersion> parseKernelRelease(const QString &release);

/// The oldest kernel the Cilium version runs on (DESIGN.md: 1.9–1.12: 4.11 as TKEStack
/// requires; 1.13–1.15: 4.19.57; 1.16–1.17: 5.4; 1.18 and later: 5.10).
KernelVersion minimumKernelFor(const QString &ciliumVersion);

} // namespace tkeci
