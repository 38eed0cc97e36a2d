// The network stage without nodes: what the fixed program is sent and how it travels, how the
// device facts are read from `ip`, how the program's report is read, and how failed pairs are
// blamed on the right node.
#include "preflight/NetworkChecks.h"
#include "preflight/NetworkScript.h"
#include "preflight/NodeChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tkeci;

namespace {

const QString kA = QStringLiteral("10.0.0.1");
const QString kB = QStringLiteral("10.0.0.2");
const QString kC = QStringLiteral("10.0.0.3");
const QString kD = QStringLiteral("10.0.0.4");

QHash<QString, QByteArray> ipSections(const QByteArray &links, const QByteArray &addrs)
{
    return {{QStringLiteral("links"), links}, {QStringLiteral("addr4"), addrs}};
}

const QByteArray kLinks = "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN\n"
                          "2: eth0@if7: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue "
                          "state UP mode DEFAULT\n"
                          "3: ens5: <BROADCAST,MULTICAST> mtu 9000 qdisc noop state DOWN\n";

/// A node that ran and heard `heard` on every kind; with `bgp`, its switch connect came out so.
NetworkNode node(
    const QString &ip, const QStringList &heard, int mtu = 1500, const QString &bgp = {})
{
    NetworkNode n;
    n.ip = ip;
    n.device.mtu = mtu;
    n.mtuSize = mtu - 50;
    n.ran = true;
    n.report.hasPython = n.report.complete = true;
    n.report.udpListenErrno = n.report.tcpListenErrno = 0;
    for (const QString &peer : heard) {
        n.report.heardUdp.insert(peer);
        n.report.heardTcp.insert(peer);
        n.report.heardMtu.insert(peer);
    }
    if (!bgp.isEmpty()) {
        n.targets.append({CheckId::NetBgp, QStringLiteral("10.0.0.254"), 179});
        n.report.targets.insert(
            QStringLiteral("net.bgp"), {bgp, bgp == QLatin1String("ok") ? 0 : 111});
    }
    return n;
}

CheckResult rowOf(const CheckResults &rows, const QString &ip, CheckId check)
{
    for (const CheckResult &r : rows) {
        if (r.node == ip && r.check == check)
            return r;
    }
    return {};
}

} // namespace

class TestPreflightNetJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void programTravelsQuotedAndDataOnStdin()
    {
        const QByteArray command = networkProbeCommand();
        const QByteArray open = "exec \"$p\" -c '";
        const QByteArray close = "'\nfi\ndone\ncat >/dev/null\necho '@@tkeci:no-python'\n";
        const int start = int(command.indexOf(open)) + int(open.size());
        QVERIFY(start > int(open.size()));
        QVERIFY(command.endsWith(close));
        const QByteArray program = command.mid(start, command.size() - start - close.size());
        QVERIFY(!program.contains('\'')); // nothing can end the quoting early
        QVERIFY(program.contains("tkeci-netprobe"));

        // What comes from the plan is data: JSON the program parses, never shell text.
        NetworkProbePlan plan = NetworkProbePlan::timedFor(3);
        plan.token = "00ff";
        plan.self = kA;
        plan.peers = {kB, QStringLiteral("10.0.0.3'; reboot; '")};
        plan.targets.append({QStringLiteral("net.bgp"), QStringLiteral("10.0.0.254"), 179});
        const QJsonObject o = QJsonDocument::fromJson(networkProbeInput(plan)).object();
        QCOMPARE(o.value(QStringLiteral("peers")).toArray().at(1).toString(), plan.peers.at(1));
        QCOMPARE(
            o.value(QStringLiteral("targets")).toArray().at(0).toObject().value("port").toInt(),
            179);
        QVERIFY(!command.contains("reboot"));
    }

    void timingsStayBounded()
    {
        // The stage's program lives `window` seconds: 40 nodes well under 15 s, 200 under 15 s.
        QVERIFY(NetworkProbePlan::timedFor(40).window < 8.0);
        QVERIFY(NetworkProbePlan::timedFor(200).window < 15.0);
        const NetworkProbePlan p = NetworkProbePlan::timedFor(6);
        QVERIFY(p.startDelay < p.probeEnd && p.probeEnd < p.window);
    }

    void deviceFacts()
    {
        const QByteArray addrs = "2: eth0    inet 10.0.0.1/24 brd 10.0.0.255 scope global eth0\\ "
                                 "valid_lft forever preferred_lft forever\n";
        DeviceFacts f = parseDeviceFacts(QStringLiteral("eth0"), kA, ipSections(kLinks, addrs));
        QVERIFY(f.listed && f.exists && f.up && f.carriesIp);
        QCOMPARE(f.mtu, 1450);
        QCOMPARE(checkNetDevice(kA, QStringLiteral("eth0"), f).verdict, Verdict::Pass);

        // The profile names a device that does not exist; the address is on eth0.
        f = parseDeviceFacts(QStringLiteral("bond0"), kA, ipSections(kLinks, addrs));
        CheckResult r = checkNetDevice(kA, QStringLiteral("bond0"), f);
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(checkMessage(r),
            kA + QStringLiteral(": there is no interface bond0; ") + kA
                + QStringLiteral(" is on eth0"));
        QCOMPARE(f.mtu, 1450); // the carrier's, for the MTU comparison

        // ens5 exists but is down and does not carry the address.
        r = checkNetDevice(kA, QStringLiteral("ens5"),
            parseDeviceFacts(QStringLiteral("ens5"), kA, ipSections(kLinks, addrs)));
        QCOMPARE(r.code, CheckResult::Code::NetDeviceNoIp);
        QVERIFY(checkMessage(r).endsWith(QLatin1String("eth0 does")));
        const QByteArray onEns5 = "3: ens5    inet 10.0.0.1/24 scope global ens5\n";
        r = checkNetDevice(kA, QStringLiteral("ens5"),
            parseDeviceFacts(QStringLiteral("ens5"), kA, ipSections(kLinks, onEns5)));
        QCOMPARE(r.code, CheckResult::Code::NetDeviceDown);

        // Without `ip` there is nothing to judge: a warning, never a pass.
        r = checkNetDevice(kA, QStringLiteral("eth0"),
            parseDeviceFacts(QStringLiteral("eth0"), kA, ipSections("eth0\nlo\n", {})));
        QCOMPARE(r.verdict, Verdict::Warn);
        QCOMPARE(r.code, CheckResult::Code::NetNoIpTool);
    }

    void reportIsRead()
    {
        const PeerReport r = parsePeerReport("start 1.0\nlisten udp ok 0\nlisten tcp fail 98\n"
                                             "tick\nheard udp 10.0.0.2\nheard mtu 10.0.0.2\n"
                                             "probe mtu 10.0.0.2 toobig 0\n"
                                             "probe target net.bgp refused 111\nend\n");
        QVERIFY(r.hasPython && r.complete);
        QCOMPARE(r.udpListenErrno, 0);
        QCOMPARE(r.tcpListenErrno, 98);
        QCOMPARE(r.heardUdp, QSet<QString> {kB});
        QVERIFY(r.heardTcp.isEmpty());
        QCOMPARE(r.probeMtu.value(kB), QStringLiteral("toobig"));
        QCOMPARE(r.targets.value(QStringLiteral("net.bgp")).first, QStringLiteral("refused"));
        QVERIFY(!r.transcript.contains(QLatin1String("tick")));
        QVERIFY(!parsePeerReport("@@tkeci:no-python\n").hasPython);
        QVERIFY(!parsePeerReport("start 1.0\nlisten udp ok 0\n").complete);
    }

    void aNodeThatDropsIsBlamedAndNamed()
    {
        // C hears nobody; A and B hear each other and C.
        const CheckResults rows
            = judgeNetwork({node(kA, {kB, kC}), node(kB, {kA, kC}), node(kC, {})}, true, 1.0);
        for (const CheckId check : {CheckId::NetVxlan, CheckId::NetHealth, CheckId::NetMtu}) {
            const CheckResult c = rowOf(rows, kC, check);
            QCOMPARE(c.verdict, Verdict::Fail);
            QVERIFY2(checkMessage(c).contains(kA) && checkMessage(c).contains(kB),
                qPrintable(checkMessage(c)));
            for (const QString &healthy : {kA, kB}) {
                const CheckResult h = rowOf(rows, healthy, check);
                QCOMPARE(h.verdict, Verdict::Pass);
                QVERIFY2(checkMessage(h).contains(kC), qPrintable(checkMessage(h)));
            }
        }
        QVERIFY(checkMessage(rowOf(rows, kC, CheckId::NetVxlan)).contains(u"UDP 8472"));
        QVERIFY(rowOf(rows, kA, CheckId::NetBgp).node.isEmpty()); // overlay: no BGP row
    }

    void aNodeWhoseProbesGoNowhereIsBlamed()
    {
        // A hears everyone, but nobody hears A: A's sending side is at fault.
        const CheckResults rows = judgeNetwork(
            {node(kA, {kB, kC, kD}), node(kB, {kC, kD}), node(kC, {kB, kD}), node(kD, {kB, kC})},
            false, 1.0);
        const CheckResult a = rowOf(rows, kA, CheckId::NetHealth);
        QCOMPARE(a.code, CheckResult::Code::NetPeersSendBlocked);
        for (const QString &peer : {kB, kC, kD})
            QCOMPARE(rowOf(rows, peer, CheckId::NetHealth).verdict, Verdict::Pass);
    }

    void mtuValuesAndNodesThatCouldNotCheck()
    {
        NetworkNode noPython = node(kD, {});
        noPython.ran = false;
        noPython.failure = CheckResult::Code::NetNoPython;
        const CheckResults rows = judgeNetwork(
            {node(kA, {kB, kC}), node(kB, {kA, kC}), node(kC, {kA, kB}, 9000), noPython}, true,
            1.0);
        const CheckResult odd = rowOf(rows, kC, CheckId::NetMtu);
        QCOMPARE(odd.verdict, Verdict::Warn);
        QVERIFY2(checkMessage(odd).contains(u"9000") && checkMessage(odd).contains(u"1500"),
            qPrintable(checkMessage(odd)));
        QCOMPARE(rowOf(rows, kA, CheckId::NetMtu).verdict, Verdict::Pass);
        for (const CheckId check : {CheckId::NetMtu, CheckId::NetVxlan, CheckId::NetHealth}) {
            QCOMPARE(rowOf(rows, kD, check).verdict, Verdict::Warn); // never a pass
            QCOMPARE(rowOf(rows, kD, check).code, CheckResult::Code::NetNoPython);
        }
        // The node that could not check is no peer of the others: they pass among themselves.
        QCOMPARE(rowOf(rows, kA, CheckId::NetVxlan).verdict, Verdict::Pass);
    }

    void bgpOutcomesAreToldApart()
    {
        const CheckResults rows = judgeNetwork(
            {node(kA, {kB, kC, kD}, 1500, "ok"), node(kB, {kA, kC, kD}, 1500, "refused"),
                node(kC, {kA, kB, kD}, 1500, "timeout"), node(kD, {kA, kB, kC}, 1500, "noroute")},
            false, 1.0);
        QCOMPARE(rowOf(rows, kA, CheckId::NetBgp).code, CheckResult::Code::NetTargetOk);
        QCOMPARE(rowOf(rows, kB, CheckId::NetBgp).code, CheckResult::Code::NetTargetRefused);
        QCOMPARE(rowOf(rows, kC, CheckId::NetBgp).code, CheckResult::Code::NetTargetTimeout);
        QCOMPARE(rowOf(rows, kD, CheckId::NetBgp).code, CheckResult::Code::NetTargetNoRoute);
        QVERIFY(checkMessage(rowOf(rows, kB, CheckId::NetBgp)).contains(u"10.0.0.254 port 179"));
        QVERIFY(rowOf(rows, kA, CheckId::NetVxlan).node.isEmpty()); // underlay: no VXLAN row
    }

    void vipAndRegistryAreTargets()
    {
        NetworkNode a = node(kA, {});
        a.targets = {{CheckId::NetApiserver, QStringLiteral("10.0.0.100"), 6443},
            {CheckId::NetRegistry, QStringLiteral("registry.example"), 443}};
        a.report.targets.insert(QStringLiteral("net.apiserver"), {QStringLiteral("ok"), 0});
        a.report.targets.insert(QStringLiteral("net.registry"), {QStringLiteral("noname"), -1});
        const CheckResults rows = judgeNetwork({a}, true, 1.0);
        QCOMPARE(rowOf(rows, kA, CheckId::NetApiserver).verdict, Verdict::Pass);
        const CheckResult reg = rowOf(rows, kA, CheckId::NetRegistry);
        QCOMPARE(reg.code, CheckResult::Code::NetTargetNoName);
        QCOMPARE(checkSentence(reg),
            QStringLiteral("the node could not resolve registry.example (port 443)"));

        // The columns follow the plan: the API server with HA (its VIP) or, on an existing
        // cluster, when the kubeconfig's address is known; the registry always.
        InstallPlan plan;
        PreflightOptions options;
        QVERIFY(!runChecks(plan, options).contains(CheckId::NetApiserver));
        QVERIFY(runChecks(plan, options).contains(CheckId::NetRegistry));
        options.apiServer = std::pair {QStringLiteral("api.example"), 6443};
        plan.target = Target::NewCluster; // a new cluster has no API server yet
        QVERIFY(!runChecks(plan, options).contains(CheckId::NetApiserver));
        QCOMPARE(apiServerTarget(plan, options), std::nullopt);
        plan.target = Target::ExistingCluster;
        QVERIFY(runChecks(plan, options).contains(CheckId::NetApiserver));
        QCOMPARE(apiServerTarget(plan, options), options.apiServer);
        plan.haType = HaType::ThirdParty; // the VIP wins over the kubeconfig's address
        plan.vip = QStringLiteral("10.0.0.100");
        plan.vport = 8443;
        QCOMPARE(apiServerTarget(plan, options), std::optional(std::pair {plan.vip, 8443}));
        options.apiServer.reset();
        QVERIFY(runChecks(plan, options).contains(CheckId::NetApiserver));
        options.networkChecks = false;
        QCOMPARE(runChecks(plan, options), nodeCheckIds());
    }

    void aSingleNodeHasNoPeers()
    {
        const CheckResults rows = judgeNetwork({node(kA, {})}, true, 1.0);
        QCOMPARE(rowOf(rows, kA, CheckId::NetVxlan).code, CheckResult::Code::NetNoPeers);
        QCOMPARE(rowOf(rows, kA, CheckId::NetMtu).verdict, Verdict::Pass);
    }
};

QTEST_MAIN(TestPreflightNetJudge)
#include "tst_preflightnetjudge.moc"
