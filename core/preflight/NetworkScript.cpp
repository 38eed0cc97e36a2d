// The network stage's program. Python 3.6 (TencentOS Server 3.1, CentOS 8) is enough: one
// select loop listens on UDP and TCP, probes every peer and target at once, and ends by itself
// when its window closes. It writes a line every 250 ms, so a closed channel
// (cancel, dropped connection) ends it at the next write; nothing stays behind on the node.
#include "NetworkScript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tkeci {
namespace {

// No single quote inside: the program travels in single quotes (checked by
// tst_preflightnetwork). Everything it needs comes as JSON on stdin.
constexpr char kProgram[]
    = R"PY(# tkeci-netprobe: the network stage of preflight (core/preflight/NetworkScript.cpp).
import errno, json, os, selectors, socket, sys, time
def say(*a):
    sys.stdout.write(" ".join(str(x) for x in a) + "\n")
    sys.stdout.flush()
cfg = json.loads(sys.stdin.read())
t0 = time.monotonic()
say("start", "%.3f" % time.time())
tok = cfg["token"]
me = cfg["self"]
peers = cfg["peers"]
tmo = cfg["timeout"]
probe_end = t0 + cfg["probeEnd"]
sel = selectors.DefaultSelector()
def msg(kind, size=0):
    m = ("tkeci " + tok + " " + me + " " + kind + " ").encode()
    return m + b"." * max(0, size - len(m))
def bind(kind, port):
    s = socket.socket(socket.AF_INET, kind)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("0.0.0.0", port))
        if kind == socket.SOCK_STREAM:
            s.listen(1024)
    except OSError as e:
        s.close()
        return None, e.errno
    s.setblocking(False)
    return s, 0
def heard(data, src):
    w = data.split(b" ")
    if len(w) >= 4 and w[0] == b"tkeci" and w[1].decode("ascii", "replace") == tok:
        return w[2].decode("ascii", "replace"), w[3].decode("ascii", "replace")
    return None, None
# Resolve every peer address while the others start: one packet each to a port nobody uses.
warm = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for p in peers:
    try:
        warm.sendto(b"tkeci", (p, 9))
    except OSError:
        pass
warm.close()
udp, e = bind(socket.SOCK_DGRAM, cfg["udp"])
say("listen udp", "ok" if udp else "fail", e)
tcp, e = bind(socket.SOCK_STREAM, cfg["tcp"])
say("listen tcp", "ok" if tcp else "fail", e)
if udp:
    sel.register(udp, selectors.EVENT_READ, ("udp",))
if tcp:
    sel.register(tcp, selectors.EVENT_READ, ("accept",))
pending = {}
acks = {}
def start_probes():
    # One UDP socket for the small probes, one with DF set for the MTU probes.
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.setblocking(False)
    sel.register(u, selectors.EVENT_READ, ("ack",))
    d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    d.setsockopt(socket.IPPROTO_IP, 10, 2)  # IP_MTU_DISCOVER = IP_PMTUDISC_DO
    d.setblocking(False)
    sel.register(d, selectors.EVENT_READ, ("ack",))
    for p in peers:
        acks[("udp", p)] = None
        acks[("mtu", p)] = None
        tcp_connect("peer", p, cfg["tcp"])
    for t in cfg["targets"]:
        tcp_connect("target", t["host"], t["port"], t["id"])
    return u, d
def tcp_connect(what, host, port, tid=None):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setblocking(False)
    key = (what, tid or host)
    try:
        r = s.connect_ex((host, port))  # a registry by name is resolved here, once
    except (socket.gaierror, UnicodeError):
        s.close()
        done(key, -1)
        return
    if r not in (0, errno.EINPROGRESS):
        s.close()
        done(key, r)
        return
    pending[key] = (s, time.monotonic() + tmo)
    sel.register(s, selectors.EVENT_WRITE, ("conn", key))
retry = {}
def done(key, err):
    # A peer whose listener is not up yet refuses, a SYN lost while the peer address is being
    # resolved times out: try again until the probing time is over.
    if key[0] == "peer" and err in (errno.ECONNREFUSED, errno.ETIMEDOUT) and time.monotonic() + 0.2 < probe_end:
        retry[key] = time.monotonic() + 0.2
        return
    word = {0: "ok", -1: "noname", errno.ECONNREFUSED: "refused", errno.EHOSTUNREACH: "noroute",
            errno.ENETUNREACH: "noroute", errno.ETIMEDOUT: "timeout"}.get(err, "error")
    say("probe", key[0], key[1], word, err)
def send_udp(u, d):
    for p in peers:
        if not acks[("udp", p)]:
            try:
                u.sendto(msg("vxlan"), (p, cfg["udp"]))
            except OSError:
                pass
        if not acks[("mtu", p)] and cfg["mtuSize"] > 0:
            try:
                d.sendto(msg("mtu", cfg["mtuSize"] - 28), (p, cfg["udp"]))
            except OSError as e:
                acks[("mtu", p)] = "toobig" if e.errno == errno.EMSGSIZE else "error"
socks = None
next_send = 0
seen = set()
while True:
    now = time.monotonic()
    if now >= t0 + cfg["window"]:
        break
    if socks is None and now >= t0 + cfg["startDelay"]:
        socks = start_probes()
    if now >= next_send:
        if socks and now < probe_end:
            send_udp(*socks)
        next_send = now + 0.25
        say("tick")  # a closed channel ends this process at the next write
    for key in [k for k, v in retry.items() if v <= now]:
        del retry[key]
        tcp_connect("peer", key[1], cfg["tcp"])
    for key in [k for k, v in pending.items() if v[1] <= now]:
        sel.unregister(pending[key][0])
        pending.pop(key)[0].close()
        done(key, errno.ETIMEDOUT)
    for k, ev in sel.select(0.05):
        s, tag = k.fileobj, k.data
        if tag[0] == "udp":
            try:
                data, src = s.recvfrom(65535)
            except OSError:
                continue
            who, kind = heard(data, src)
            if who and (kind, who) not in seen:
                seen.add((kind, who))
                say("heard", "mtu" if kind == "mtu" else "udp", who)
            if who:
                s.sendto(("tkeci " + tok + " " + me + " ack-" + kind).encode(), src)
        elif tag[0] == "ack":
            try:
                data, src = s.recvfrom(65535)
            except OSError:
                continue
            who, kind = heard(data, src)
            if who and kind in ("ack-vxlan", "ack-mtu"):
                acks[("udp" if kind == "ack-vxlan" else "mtu", who)] = "ok"
        elif tag[0] == "accept":
            try:
                c, src = s.accept()
            except OSError:
                continue
            c.setblocking(False)
            sel.register(c, selectors.EVENT_READ, ("read", b""))
        elif tag[0] == "read":
            try:
                data = s.recv(512)
            except OSError:
                data = b""
            buf = tag[1] + data
            if data and b"\n" not in buf and len(buf) < 512:
                sel.modify(s, selectors.EVENT_READ, ("read", buf))
                continue
            who, kind = heard(buf.split(b"\n")[0], None)
            if who and ("health", who) not in seen:
                seen.add(("health", who))
                say("heard", "tcp", who)
            sel.unregister(s)
            s.close()
        elif tag[0] == "conn":
            key = tag[1]
            sel.unregister(s)
            pending.pop(key, None)
            err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err == 0 and key[0] == "peer":
                try:
                    s.send(msg("health") + b"\n")
                except OSError:
                    pass
            s.close()
            done(key, err)
for (kind, p), v in sorted(acks.items()):
    say("probe", kind, p, v or "noanswer", 0)
say("end")
)PY";

QByteArray buildCommand()
{
    // Not `command -v`: bash names a python3 it cannot run. Running it proves it, and the
    // modules the program needs (Python 3.4 or later). RHEL 8 and its rebuilds (TencentOS
    // Server 3.1, CentOS 8) may have no python3 command but always platform-python.
    QByteArray c = "for p in python3 /usr/libexec/platform-python; do\n"
                   "if \"$p\" -c 'import json, selectors, socket' >/dev/null 2>&1; then\n"
                   "exec \"$p\" -c '";
    c += kProgram;
    // Without Python the plan on stdin is still read to its end: a command that exits before
    // its input is written makes the write fail, and the node would read as unreachable.
    c += "'\nfi\ndone\ncat >/dev/null\necho '@@tkeci:no-python'\n";
    return c;
}

} // namespace

const char *networkProbeCommand()
{
    static const QByteArray command = buildCommand();
    return command.constData();
}

QByteArray networkProbeInput(const NetworkProbePlan &plan)
{
    QJsonArray targets;
    for (const NetworkProbePlan::Target &t : plan.targets) {
        targets.append(QJsonObject {{QStringLiteral("id"), t.id}, {QStringLiteral("host"), t.host},
            {QStringLiteral("port"), t.port}});
    }
    const QJsonObject o {{QStringLiteral("token"), QString::fromLatin1(plan.token)},
        {QStringLiteral("self"), plan.self},
        {QStringLiteral("peers"), QJsonArray::fromStringList(plan.peers)},
        {QStringLiteral("udp"), plan.udpPort}, {QStringLiteral("tcp"), plan.tcpPort},
        {QStringLiteral("mtuSize"), plan.mtuSize}, {QStringLiteral("targets"), targets},
        {QStringLiteral("startDelay"), plan.startDelay},
        {QStringLiteral("timeout"), plan.connectTimeout},
        {QStringLiteral("probeEnd"), plan.probeEnd}, {QStringLiteral("window"), plan.window}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

NetworkProbePlan NetworkProbePlan::timedFor(int nodes)
{
    // The allowed start skew between two nodes' programs; measured in the README's figures
    // (bench/preflight/network.sh): 40 nodes on one 2-core machine start within ~2 s.
    const double skew = 1.5 + 0.02 * nodes;
    NetworkProbePlan plan;
    plan.probeEnd = plan.startDelay + skew + 1.0;
    plan.window = plan.probeEnd + skew;
    return plan;
}

PeerReport parsePeerReport(const QByteArray &output)
{
    PeerReport r;
    r.hasPython = !output.contains("@@tkeci:no-python");
    for (const QByteArray &raw : output.split('\n')) {
        const QList<QByteArray> w = raw.trimmed().split(' ');
        if (w.value(0) != "tick" && !raw.trimmed().isEmpty())
            r.transcript += QString::fromUtf8(raw.trimmed()) + u'\n';
        const auto word = [&w](int i) { return QString::fromUtf8(w.value(i)); };
        if (w.value(0) == "end") {
            r.complete = true;
        } else if (w.value(0) == "listen" && w.size() >= 4) {
            (w.at(1) == "udp" ? r.udpListenErrno : r.tcpListenErrno)
                = w.at(2) == "ok" ? 0 : qMax(1, w.at(3).toInt());
        } else if (w.value(0) == "heard" && w.size() >= 3) {
            QSet<QString> &set = w.at(1) == "mtu" ? r.heardMtu
                : w.at(1) == "tcp"                ? r.heardTcp
                                                  : r.heardUdp;
            set.insert(word(2));
        } else if (w.value(0) == "probe" && w.size() >= 5) {
            if (w.at(1) == "mtu")
                r.probeMtu.insert(word(2), word(3));
            else if (w.at(1) == "target")
                r.targets.insert(word(2), {word(3), w.at(4).toInt()});
        }
    }
    return r;
}

} // namespace tkeci
