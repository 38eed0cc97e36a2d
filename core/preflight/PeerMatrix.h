#pragma once

#include "preflight/PreflightTable.h"

namespace tkeci {

/// How one directed pair of nodes fared in a peer check (net.vxlan, net.health, net.mtu).
enum class PairState {
    Ok, // the probes from the row's node reached the column's node
    Failed, // they did not: one of the two nodes' rows names the other
    Unknown, // one of the two could not be checked (no Python, a listener failed, pending)
    Self, // the diagonal
};

/// Node × node for one peer check, read from the preflight table's verdicts (their peer
/// lists): rows send, columns receive. Pure data: the GUI colours it, the tests read it.
struct PeerMatrix
{
    CheckId check = CheckId::NetVxlan;
    QStringList nodes;
    QList<PairState> cells; // row-major, nodes.size() squared

    PairState at(int from, int to) const;
    /// (from, to) of every failed pair, in row order.
    QList<std::pair<QString, QString>> failedPairs() const;
    bool hasVerdicts() const; // false: the stage has not run (or the check is not in the run)
};

/// The checks a matrix can show, in display order.
QList<CheckId> peerMatrixChecks();

PeerMatrix peerMatrix(const PreflightTable &table, CheckId check);

} // namespace tkeci
