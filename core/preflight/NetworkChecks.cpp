// The network stage's verdicts: the profile's device on each node, and every node against its
// peers (MTU, VXLAN, health) and its switch (BGP). Pure functions of what the nodes reported.
#include "NetworkChecks.h"

#include "preflight/NodeChecks.h"

#include <QMap>

#include <cstring>
#include <functional>

namespace tkeci {
namespace {

using C = CheckResult::Code;

CheckResult make(const QString &node, CheckId check, Verdict verdict, C code, QStringList args,
    const QString &details = {})
{
    CheckResult r = newResult(node, check);
    r.verdict = verdict;
    r.code = code;
    r.args = std::move(args);
    r.details = details;
    return r;
}

/// "could not check" (a warning, never a pass) for a node whose program did not run.
CheckResult unchecked(const NetworkNode &n, CheckId check, const QString &details = {})
{
    return make(n.ip, check, Verdict::Warn, n.failure,
        n.failure == C::NetUnchecked ? QStringList {n.failureDetail} : QStringList {}, details);
}

QString interfaceName(const QByteArray &field)
{
    // "eth0@if12:" → "eth0"
    QByteArray name = field.trimmed();
    if (name.endsWith(':'))
        name.chop(1);
    const int at = int(name.indexOf('@'));
    return QString::fromUtf8(at >= 0 ? name.left(at) : name);
}

/// Which probes of one kind arrived where: heard(x) is the set of peers x heard from.
struct PairMatrix
{
    QStringList nodes; // the nodes that took part
    std::function<bool(const QString &from, const QString &to)> arrived;
};

struct Blame
{
    QStringList in; // peers whose probes did not arrive at this node, blamed on it
    QStringList out; // peers this node's probes did not reach, blamed on it
    QStringList others; // failed pairs blamed on the peer
};

QHash<QString, Blame> blame(const PairMatrix &m)
{
    QHash<QString, int> inFail, outFail;
    for (const QString &from : m.nodes) {
        for (const QString &to : m.nodes) {
            if (from != to && !m.arrived(from, to)) {
                ++inFail[to];
                ++outFail[from];
            }
        }
    }
    QHash<QString, Blame> out;
    for (const QString &from : m.nodes) {
        for (const QString &to : m.nodes) {
            if (from == to || m.arrived(from, to))
                continue;
            if (inFail.value(to) >= outFail.value(from)) {
                out[to].in.append(from);
                out[from].others.append(to);
            } else {
                out[from].out.append(to);
                out[to].others.append(from);
            }
        }
    }
    for (Blame &b : out)
        b.others.removeDuplicates();
    return out;
}

QString listed(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

/// net.vxlan or net.health for every node, from the listeners' side.
CheckResults judgePeers(
    const QList<NetworkNode> &nodes, CheckId check, const QString &label, bool udp)
{
    CheckResults rows;
    PairMatrix m;
    QHash<QString, const NetworkNode *> byIp;
    for (const NetworkNode &n : nodes) {
        byIp.insert(n.ip, &n);
        const int listenErrno = udp ? n.report.udpListenErrno : n.report.tcpListenErrno;
        if (!n.ran) {
            rows.append(unchecked(n, check));
        } else if (listenErrno != 0) {
            rows.append(make(n.ip, check, Verdict::Warn, C::NetListenFailed,
                {label, QString::fromLocal8Bit(strerror(listenErrno))}));
        } else {
            m.nodes.append(n.ip);
        }
    }
    m.arrived = [&byIp, udp](const QString &from, const QString &to) {
        const PeerReport &r = byIp.value(to)->report;
        return (udp ? r.heardUdp : r.heardTcp).contains(from);
    };
    const QHash<QString, Blame> blamed = blame(m);
    for (const QString &ip : std::as_const(m.nodes)) {
        const Blame b = blamed.value(ip);
        if (!b.in.isEmpty())
            rows.append(make(ip, check, Verdict::Fail, C::NetPeersBlocked, {label, listed(b.in)},
                byIp.value(ip)->report.transcript));
        else if (!b.out.isEmpty())
            rows.append(make(ip, check, Verdict::Fail, C::NetPeersSendBlocked,
                {label, listed(b.out)}, byIp.value(ip)->report.transcript));
        else if (m.nodes.size() == 1)
            rows.append(make(ip, check, Verdict::Pass, C::NetNoPeers, {label}));
        else
            rows.append(make(ip, check, Verdict::Pass, C::NetPeersOk,
                {label, QString::number(m.nodes.size() - 1 - b.others.size()), listed(b.others)}));
    }
    return rows;
}

/// The nodes' MTU values: the most common one is the norm; the others are named with theirs.
struct MtuValues
{
    int norm = 0;
    QStringList list; // "1500 (10.0.0.1, 10.0.0.2)", by value
    QString summary; // for the details
};

MtuValues mtuValues(const QList<NetworkNode> &nodes)
{
    QMap<int, QStringList> byMtu;
    for (const NetworkNode &n : nodes) {
        if (n.device.mtu > 0)
            byMtu[n.device.mtu].append(n.ip);
    }
    MtuValues v;
    for (auto it = byMtu.cbegin(); it != byMtu.cend(); ++it) {
        if (v.norm == 0 || it.value().size() > byMtu.value(v.norm).size())
            v.norm = it.key();
        v.list.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(listed(it.value())));
    }
    v.summary = QStringLiteral("MTU: ") + listed(v.list);
    return v;
}

/// net.mtu for every node: the don't-fragment probes, judged like the other peer probes but
/// on their own matrix, then the MTU values.
CheckResults judgeMtu(const QList<NetworkNode> &nodes, bool overlay)
{
    const MtuValues values = mtuValues(nodes);
    PairMatrix m;
    QHash<QString, const NetworkNode *> byIp;
    for (const NetworkNode &n : nodes) {
        byIp.insert(n.ip, &n);
        if (n.ran && n.report.udpListenErrno == 0 && n.mtuSize > 0)
            m.nodes.append(n.ip);
    }
    m.arrived = [&byIp](const QString &from, const QString &to) {
        return byIp.value(to)->report.heardMtu.contains(from);
    };
    const QHash<QString, Blame> blamed = blame(m);
    CheckResults rows;
    for (const NetworkNode &n : nodes) {
        const CheckId id = CheckId::NetMtu;
        const Blame b = blamed.value(n.ip);
        // The program's transcript only where something failed: at 200 nodes it is long.
        const QString failDetails = values.summary + u'\n' + n.report.transcript;
        QStringList sizes;
        for (const QString &peer : b.in)
            sizes.append(QString::number(byIp.value(peer)->mtuSize));
        sizes.removeDuplicates();
        if (!b.in.isEmpty())
            rows.append(make(n.ip, id, Verdict::Fail, C::NetMtuBlocked,
                {sizes.join(u'/'), listed(b.in), QString::number(n.device.mtu)}, failDetails));
        else if (!b.out.isEmpty())
            rows.append(make(n.ip, id, Verdict::Fail, C::NetMtuSendBlocked,
                {QString::number(n.mtuSize), listed(b.out)}, failDetails));
        else if (n.device.mtu > 0 && n.device.mtu != values.norm)
            rows.append(make(n.ip, id, Verdict::Warn, C::NetMtuOdd,
                {QString::number(n.device.mtu), listed(values.list)}, values.summary));
        else if (!n.ran)
            rows.append(unchecked(n, id, values.summary));
        else if (!m.nodes.contains(n.ip))
            rows.append(make(n.ip, id, Verdict::Warn, C::NetListenFailed,
                {QStringLiteral("UDP %1").arg(overlay ? 8472 : 4240),
                    QString::fromLocal8Bit(strerror(qMax(0, n.report.udpListenErrno)))},
                values.summary));
        else if (m.nodes.size() == 1)
            rows.append(make(n.ip, id, Verdict::Pass, C::NetNoPeers, {QString::number(n.mtuSize)},
                values.summary));
        else
            rows.append(make(n.ip, id, Verdict::Pass, C::NetMtuOk,
                {QString::number(n.device.mtu), QString::number(n.mtuSize),
                    QString::number(m.nodes.size() - 1 - b.others.size()), listed(b.others)},
                values.summary));
    }
    return rows;
}

/// A target's row from what the node's program said about it.
CheckResult judgeTarget(const NetworkNode &n, const NetworkNode::Target &t, double probeSeconds)
{
    const CheckId id = t.check;
    if (!n.ran)
        return unchecked(n, id);
    const QString port = QString::number(t.port);
    const auto [word, err] = n.report.targets.value(targetId(id));
    const QString details = QStringLiteral("%1 (errno %2)").arg(word).arg(err);
    if (word == QLatin1String("ok"))
        return make(n.ip, id, Verdict::Pass, C::NetTargetOk, {t.host, port});
    if (word == QLatin1String("refused"))
        return make(n.ip, id, Verdict::Fail, C::NetTargetRefused, {t.host, port}, details);
    if (word == QLatin1String("timeout"))
        return make(n.ip, id, Verdict::Fail, C::NetTargetTimeout,
            {t.host, port, QString::number(probeSeconds)}, details);
    if (word == QLatin1String("noroute"))
        return make(n.ip, id, Verdict::Fail, C::NetTargetNoRoute, {t.host, port}, details);
    if (word == QLatin1String("noname"))
        return make(n.ip, id, Verdict::Fail, C::NetTargetNoName, {t.host, port}, details);
    return make(n.ip, id, Verdict::Fail, C::NetTargetError,
        {t.host, port, QString::fromLocal8Bit(strerror(err))}, details);
}

} // namespace

DeviceFacts parseDeviceFacts(
    const QString &device, const QString &ip, const QHash<QString, QByteArray> &s)
{
    DeviceFacts f;
    const QByteArray links = s.value(QStringLiteral("links"));
    const QByteArray addrs = s.value(QStringLiteral("addr4"));
    f.listed = links.contains(" mtu ") && s.contains(QStringLiteral("addr4"));
    QHash<QString, int> mtuOf;
    for (const QByteArray &line : links.split('\n')) {
        // "2: eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP ..."
        const QList<QByteArray> w = line.simplified().split(' ');
        if (w.size() < 5)
            continue;
        const QString name = interfaceName(w.at(1));
        const int mtuAt = int(w.indexOf("mtu"));
        mtuOf.insert(name, mtuAt > 0 ? w.value(mtuAt + 1).toInt() : 0);
        if (name == device) {
            f.exists = true;
            const QByteArray flags = w.at(2);
            f.up = flags.contains(",UP") || flags.contains("<UP");
        }
    }
    for (const QByteArray &line : addrs.split('\n')) {
        // "2: eth0    inet 10.0.0.16/24 brd 10.0.0.255 scope global eth0\ ..."
        const QList<QByteArray> w = line.simplified().split(' ');
        const int inet = int(w.indexOf("inet"));
        if (w.size() < 4 || inet < 0)
            continue;
        if (QString::fromUtf8(w.value(inet + 1).split('/').first()) != ip)
            continue;
        const QString name = interfaceName(w.at(1));
        if (name == device)
            f.carriesIp = true;
        else if (f.carrier.isEmpty())
            f.carrier = name;
    }
    if (f.carriesIp)
        f.carrier = device;
    f.mtu = f.exists ? mtuOf.value(device) : mtuOf.value(f.carrier);
    return f;
}

CheckResult checkNetDevice(const QString &node, const QString &device, const DeviceFacts &f)
{
    const CheckId id = CheckId::NetDevice;
    if (!f.listed)
        return make(node, id, Verdict::Warn, C::NetNoIpTool, {});
    if (!f.exists)
        return make(node, id, Verdict::Fail, C::NetDeviceMissing, {device, node, f.carrier});
    if (!f.carriesIp)
        return make(node, id, Verdict::Fail, C::NetDeviceNoIp, {device, node, f.carrier});
    if (!f.up)
        return make(node, id, Verdict::Fail, C::NetDeviceDown, {device});
    return make(node, id, Verdict::Pass, C::NetDeviceOk, {device, node, QString::number(f.mtu)});
}

CheckResults judgeNetwork(const QList<NetworkNode> &nodes, bool overlay, double probeSeconds)
{
    CheckResults rows = judgeMtu(nodes, overlay);
    if (overlay)
        rows += judgePeers(nodes, CheckId::NetVxlan, QStringLiteral("UDP 8472"), true);
    rows += judgePeers(nodes, CheckId::NetHealth, QStringLiteral("TCP 4240"), false);
    for (const NetworkNode &n : nodes) {
        for (const NetworkNode::Target &t : n.targets)
            rows.append(judgeTarget(n, t, probeSeconds));
    }
    return rows;
}

} // namespace tkeci
