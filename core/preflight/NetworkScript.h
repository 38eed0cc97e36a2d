#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tkeci {

/// What one node's network stage does: listen, probe its peers and targets. Every value comes
/// from the validated plan or the runner; it travels as JSON on the command's stdin, never in
/// the command line (networkProbeCommand() is a constant).
struct NetworkProbePlan
{
    struct Target
    {
        QString id; // "bgp"
        QString host; // IPv4
        int port = 0;
    };
    QByteArray token; // random per run: a stray packet is never taken for ours
    QString self;
    QStringList peers;
    int udpPort = 8472; // VXLAN; the listener also answers the MTU probes
    int tcpPort = 4240; // cilium-health
    int mtuSize = 0; // total IP size of the don't-fragment probe; 0: none
    QList<Target> targets;
    double startDelay = 1.5; // s: every node listens before any probes
    double probeTime = 1.5; // s: how long probes are sent and connects may take
    double window = 4.5; // s: when the listeners close (covers the nodes' start skew)
};

/// The fixed command: python3 with the stage's program, or the line "@@tkeci:no-python".
const char *networkProbeCommand();
/// The JSON the program reads from stdin.
QByteArray networkProbeInput(const NetworkProbePlan &plan);

/// What a node's program reported.
struct PeerReport
{
    bool hasPython = false;
    bool complete = false; // the "end" line came
    int udpListenErrno = -1; // 0: listening; -1: not reported
    int tcpListenErrno = -1;
    QSet<QString> heardUdp; // peers whose small UDP probe arrived
    QSet<QString> heardMtu; // peers whose don't-fragment probe arrived
    QSet<QString> heardTcp;
    QHash<QString, QString> probeMtu; // peer → "ok", "noanswer", "toobig", "error"
    QHash<QString, std::pair<QString, int>> targets; // id → ("ok"|"refused"|..., errno)
};

PeerReport parsePeerReport(const QByteArray &output);

} // namespace tkeci
