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
        QString id; // the check's id, "net.bgp"
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
    // Seconds from the program's start. Probes not yet answered are sent again (UDP every
    // 250 ms, TCP when refused) until probeEnd, so a peer whose program started later is still
    // reached; listeners stay until window, for the probes of peers that started later.
    double startDelay = 1.0; // every node listens before any probes
    double connectTimeout = 1.0; // one TCP connect (a dropped SYN is a timeout, not a retry)
    double probeEnd = 4.0;
    double window = 6.0;
    /// The times for a stage of `nodes` nodes: the programs of many nodes start further apart
    /// (SSH channels opened one after another on the workstation, python starting on each).
    static NetworkProbePlan timedFor(int nodes);
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
    QString transcript; // the program's lines, without the keep-alive ticks (for details)
};

PeerReport parsePeerReport(const QByteArray &output);

} // namespace tkeci
