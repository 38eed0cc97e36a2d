#include "preflight/PeerMatrix.h"

namespace tkeci {
namespace {

using C = CheckResult::Code;

QStringList peersIn(const QString &listed)
{
    QStringList out;
    for (const QString &p : listed.split(QStringLiteral(", "), Qt::SkipEmptyParts))
        out.append(p.trimmed());
    return out;
}

} // namespace

QList<CheckId> peerMatrixChecks()
{
    return {CheckId::NetVxlan, CheckId::NetHealth, CheckId::NetMtu};
}

PairState PeerMatrix::at(int from, int to) const
{
    const qsizetype n = nodes.size();
    if (from < 0 || to < 0 || from >= n || to >= n)
        return PairState::Unknown;
    return cells.at(from * n + to);
}

QList<std::pair<QString, QString>> PeerMatrix::failedPairs() const
{
    QList<std::pair<QString, QString>> out;
    for (int from = 0; from < nodes.size(); ++from) {
        for (int to = 0; to < nodes.size(); ++to) {
            if (at(from, to) == PairState::Failed)
                out.append({nodes.at(from), nodes.at(to)});
        }
    }
    return out;
}

bool PeerMatrix::hasVerdicts() const
{
    return std::any_of(cells.cbegin(), cells.cend(),
        [](PairState s) { return s == PairState::Ok || s == PairState::Failed; });
}

PeerMatrix peerMatrix(const PreflightTable &table, CheckId check)
{
    PeerMatrix m;
    m.check = check;
    m.nodes = table.nodes();
    const qsizetype n = m.nodes.size();
    m.cells = QList<PairState>(n * n, PairState::Ok);
    const auto set = [&m, n](const QString &from, const QString &to, PairState s) {
        const int f = int(m.nodes.indexOf(from));
        const int t = int(m.nodes.indexOf(to));
        if (f >= 0 && t >= 0 && f != t)
            m.cells[f * n + t] = s;
    };
    for (int i = 0; i < n; ++i) {
        const QString &node = m.nodes.at(i);
        const std::optional<CheckResult> r = table.result(node, check);
        const bool judged = r
            && (r->code == C::NetPeersOk || r->code == C::NetMtuOk || r->code == C::NetNoPeers
                || r->code == C::NetPeersBlocked || r->code == C::NetPeersSendBlocked
                || r->code == C::NetMtuBlocked || r->code == C::NetMtuSendBlocked);
        if (!judged) { // not checked: nothing is known of its pairs either way
            for (int j = 0; j < n; ++j) {
                m.cells[i * n + j] = PairState::Unknown;
                m.cells[j * n + i] = PairState::Unknown;
            }
        }
        m.cells[i * n + i] = PairState::Self;
    }
    // The verdicts name the pairs that failed: "did not arrive here" from the peers listed,
    // "did not reach" the peers listed from this node.
    for (const QString &node : std::as_const(m.nodes)) {
        const std::optional<CheckResult> r = table.result(node, check);
        if (!r || r->args.size() < 2)
            continue;
        if (r->code == C::NetPeersBlocked || r->code == C::NetMtuBlocked) {
            for (const QString &peer : peersIn(r->args.at(1)))
                set(peer, node, PairState::Failed);
        } else if (r->code == C::NetPeersSendBlocked || r->code == C::NetMtuSendBlocked) {
            for (const QString &peer : peersIn(r->args.at(1)))
                set(node, peer, PairState::Failed);
        }
    }
    return m;
}

} // namespace tkeci
