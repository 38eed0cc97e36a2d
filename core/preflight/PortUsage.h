#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tkeci {

/// One listening socket from `ss -ltnup`.
struct ListeningSocket
{
    QString protocol; // "tcp" or "udp"
    QString address; // as printed: "0.0.0.0", "[::]", "*", "127.0.0.1%lo"
    int port = 0;
    QString process; // first process name when visible (root sees them), else empty
    bool operator==(const ListeningSocket &) const = default;
};

/// Parses `ss -ltnup` (with or without header, with or without the Netid column, with or
/// without the Process column). Lines that do not look like sockets are skipped.
QList<ListeningSocket> parseListeningSockets(const QByteArray &ssOutput);

/// A port Cilium needs free on every node.
struct RequiredPort
{
    QString protocol;
    int port = 0;
    bool operator==(const RequiredPort &) const = default;
};

/// TCP 4240, 4244 (Hubble), 9876, 9890, 9891, and for overlay also UDP 8472.
QList<RequiredPort> requiredPorts(bool overlay);

} // namespace tkeci
