#pragma once

#include <QString>

#include <optional>

namespace tkeci {

/// Strict dotted-quad IPv4 parsing: four decimal numbers 0..255, no leading zeros (they read
/// as octal to some tools), no spaces. IPv6 is out of scope for Cilium on TKEStack.
std::optional<quint32> parseIpv4(const QString &text);
QString formatIpv4(quint32 address);
/// Whether the text is an IPv6 address (so that the error can say "IPv6 is not supported").
bool looksLikeIpv6(const QString &text);

/// An IPv4 network, e.g. 10.244.0.0/16.
struct Ipv4Cidr
{
    quint32 address = 0; // as written (may have host bits set)
    int prefix = 0; // 1..32
    quint32 mask() const { return prefix == 0 ? 0 : ~quint32(0) << (32 - prefix); }
    quint32 network() const { return address & mask(); }
    bool hasHostBits() const { return address != network(); }
    bool contains(quint32 a) const { return (a & mask()) == network(); }
    quint64 size() const { return quint64(1) << (32 - prefix); }
    QString networkText() const;
};

std::optional<Ipv4Cidr> parseIpv4Cidr(const QString &text);

} // namespace tkeci
