#include "Ipv4.h"

#include <QHostAddress>
#include <QStringList>

namespace tkeci {

std::optional<quint32> parseIpv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return std::nullopt;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        const uint octet = part.toUInt();
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

QString formatIpv4(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(a >> 24)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}

bool looksLikeIpv6(const QString &text)
{
    QHostAddress address;
    return text.contains(u':') && address.setAddress(text)
        && address.protocol() == QAbstractSocket::IPv6Protocol;
}

QString Ipv4Cidr::networkText() const
{
    return formatIpv4(network()) + u'/' + QString::number(prefix);
}

std::optional<Ipv4Cidr> parseIpv4Cidr(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0 || text.indexOf(u'/', slash + 1) >= 0)
        return std::nullopt;
    const auto address = parseIpv4(text.left(slash));
    const QString prefixText = text.mid(slash + 1);
    if (!address || prefixText.isEmpty() || prefixText.size() > 2)
        return std::nullopt;
    bool ok = false;
    const int prefix = prefixText.toInt(&ok);
    if (!ok || prefix < 1 || prefix > 32 || (prefixText.size() > 1 && prefixText.startsWith(u'0')))
        return std::nullopt;
    return Ipv4Cidr {*address, prefix};
}

} // namespace tkeci
