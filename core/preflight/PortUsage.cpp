#include "PortUsage.h"

#include <QRegularExpression>

namespace tkeci {

QList<ListeningSocket> parseListeningSockets(const QByteArray &ssOutput)
{
    static const QRegularExpression process(QStringLiteral("users:\\(\\(\"([^\"]+)\""));
    // Compiled once, not once per line: a busy node lists thousands of sockets.
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    QList<ListeningSocket> sockets;
    for (const QByteArray &raw : ssOutput.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QStringList f = line.split(blanks, Qt::SkipEmptyParts);
        if (f.size() < 4)
            continue;
        ListeningSocket s;
        int local = 0;
        const QString first = f.at(0).toLower();
        if (first == QLatin1String("tcp") || first == QLatin1String("udp")) {
            s.protocol = first;
            local = 4; // Netid State Recv-Q Send-Q Local Peer [Process]
        } else if (first == QLatin1String("listen")) {
            s.protocol = QStringLiteral("tcp"); // `ss -lt` alone has no Netid column
            local = 3;
        } else if (first == QLatin1String("unconn")) {
            s.protocol = QStringLiteral("udp");
            local = 3;
        } else {
            continue; // header, "@@no-ss", raw/unix sockets
        }
        if (f.size() <= local)
            continue;
        const QString endpoint = f.at(local);
        const qsizetype colon = endpoint.lastIndexOf(u':');
        bool ok = false;
        s.port = colon > 0 ? endpoint.mid(colon + 1).toInt(&ok) : 0;
        if (!ok)
            continue;
        s.address = endpoint.left(colon);
        const QRegularExpressionMatch m = process.match(line);
        if (m.hasMatch())
            s.process = m.captured(1);
        sockets.append(s);
    }
    return sockets;
}

QList<RequiredPort> requiredPorts(bool overlay)
{
    // 4244: Hubble's listen address in cilium-config (TKEStack's cilium.yaml:149).
    QList<RequiredPort> ports {{QStringLiteral("tcp"), 4240}, {QStringLiteral("tcp"), 4244},
        {QStringLiteral("tcp"), 9876}, {QStringLiteral("tcp"), 9890},
        {QStringLiteral("tcp"), 9891}};
    if (overlay)
        ports.append({QStringLiteral("udp"), 8472});
    return ports;
}

} // namespace tkeci
