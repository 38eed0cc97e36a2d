#pragma once

#include "preflight/CheckResult.h"
#include "preflight/NetworkScript.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace tkeci {

/// The profile's network device on one node, from the probe script's "links" and "addr4"
/// sections (`ip -o link show`, `ip -o -4 addr show`).
struct DeviceFacts
{
    bool listed = false; // `ip` gave both lists
    bool exists = false;
    bool up = false;
    bool carriesIp = false;
    QString carrier; // the interface that carries the node's address ("" when none)
    int mtu = 0; // of the device, else of the carrier; 0 when unknown
};

DeviceFacts parseDeviceFacts(
    const QString &device, const QString &ip, const QHash<QString, QByteArray> &sections);
/// net.device for one node.
CheckResult checkNetDevice(const QString &node, const QString &device, const DeviceFacts &facts);

/// One node of the network stage as the judge sees it.
struct NetworkNode
{
    QString ip;
    DeviceFacts device;
    int mtuSize = 0; // the don't-fragment probe size it sent
    bool ran = false; // its program ran to the end
    /// Why it did not: NetUnchecked (SSH, with failureDetail), NetNoPython or NetEndedEarly.
    CheckResult::Code failure = CheckResult::Code::NetUnchecked;
    QString failureDetail;
    PeerReport report;
    /// What the node connected to besides its peers: net.bgp, net.apiserver, net.registry.
    struct Target
    {
        CheckId check;
        QString host;
        int port = 0;
    };
    QList<Target> targets;
};

/// The id the program reports a target's outcome under ("net.bgp").
inline QString targetId(CheckId check)
{
    return checkIdString(check);
}

/// The stage's verdicts for every node: net.mtu, net.vxlan (overlay), net.health, and one row
/// per target (net.bgp, net.apiserver, net.registry). A pair that fails is blamed on the node that
/// more of its peers fail with, so a node that drops a port is the one that fails and its peers
/// name it. Pure: no I/O.
CheckResults judgeNetwork(const QList<NetworkNode> &nodes, bool overlay, double probeSeconds);

} // namespace tkeci
