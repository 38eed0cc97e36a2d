// The network stage against real nodes on one L2 segment (sshnode.sh `segment`: a bridge in a
// namespace of its own; each node a namespace with a real sshd; a switch stand-in accepting
// TCP 179). Faults: a node with a smaller MTU, one that drops UDP 8472 and TCP 4240, one whose
// interface has another name, one without python3, a switch address where nothing answers.
// Each fault is blamed on its node, healthy nodes pass, and nothing stays behind on a node —
// after a run and after a cancel in the middle of the stage.
#include "TestNodes.h"

#include "RunnerHarness.h"
#include "preflight/PeerMatrix.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tkeci;
using namespace tkeci::test;

class TestPreflightNetwork : public QObject
{
    Q_OBJECT
    TestNodes m_nodes;
    int m_segment = -1;
    QString m_a, m_b, m_smallMtu, m_dropper, m_renamed, m_noPython, m_switch;
    QString m_knownHosts;

    InstallPlan plan(const QStringList &ips, bool overlay = true) const
    {
        InstallPlan p;
        p.networkMode = overlay ? NetworkMode::Overlay : NetworkMode::Underlay;
        p.underlay.asn = 64512;
        p.underlay.switchIP = m_switch;
        for (const QString &ip : ips)
            p.nodes.append(keyNode(ip, m_nodes.userKey()));
        return p;
    }
    PreflightOptions options() const
    {
        PreflightOptions o = testOptions(m_knownHosts);
        o.networkChecks = true;
        return o;
    }
    void expectClean(const QStringList &ips)
    {
        for (const QString &ip : ips)
            QTRY_COMPARE_WITH_TIMEOUT(m_nodes.leftovers(ip), QString(), 5000);
    }
    static QString said(const ResultMap &r, const QString &ip, const char *check)
    {
        return checkMessage(r.value(ip).value(QLatin1String(check)));
    }
    static Verdict verdict(const ResultMap &r, const QString &ip, const char *check)
    {
        const auto row = r.value(ip).constFind(QLatin1String(check));
        return row == r.value(ip).constEnd() ? Verdict(-1) : row->verdict;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        m_segment = m_nodes.startSegment();
        QVERIFY2(m_segment >= 0, qPrintable(m_nodes.error()));
        const QStringList on {QStringLiteral("--segment"), QString::number(m_segment)};
        m_a = m_nodes.start(on);
        m_b = m_nodes.start(on);
        m_smallMtu = m_nodes.start(on + QStringList {QStringLiteral("--mtu"), "1400"});
        m_dropper = m_nodes.start(on + QStringList {QStringLiteral("--drop-peer-ports")});
        m_renamed = m_nodes.start(on + QStringList {QStringLiteral("--dev-name"), "ens5"});
        m_noPython = m_nodes.start(on + QStringList {QStringLiteral("--no-python")});
        m_switch = m_nodes.startSwitch(m_segment);
        for (const QString &ip : {m_a, m_b, m_smallMtu, m_dropper, m_renamed, m_noPython, m_switch})
            QVERIFY2(!ip.isEmpty(), qPrintable(m_nodes.error()));
        QStringList keys;
        for (const QString &ip : {m_a, m_b, m_smallMtu, m_dropper, m_renamed, m_noPython})
            keys.append(m_nodes.hostPublicKeyLine(ip));
        m_knownHosts = m_nodes.writeKnownHosts(QStringLiteral("known_hosts"), keys);
    }

    void overlayFaultsAreBlamedOnTheirNodes()
    {
        const QStringList all {m_a, m_b, m_smallMtu, m_dropper, m_renamed, m_noPython};
        PreflightRunner runner;
        QElapsedTimer timer;
        timer.start();
        const ResultMap r = runToEnd(runner, plan(all), options());
        qInfo("6 nodes, both stages: %lld ms", timer.elapsed());
        // Each node's own checks and device, mtu, vxlan, health, registry.
        for (const QString &ip : all)
            QCOMPARE(r.value(ip).size(), preflightCheckIds().size() + 5);

        for (const QString &ip : {m_a, m_b}) { // healthy: every net check passes
            for (const char *check : {"net.device", "net.mtu", "net.vxlan", "net.health"})
                QVERIFY2(verdict(r, ip, check) == Verdict::Pass, qPrintable(said(r, ip, check)));
            // … and names the nodes that fail with it.
            QVERIFY2(
                said(r, ip, "net.vxlan").contains(m_dropper), qPrintable(said(r, ip, "net.vxlan")));
            QVERIFY2(
                said(r, ip, "net.mtu").contains(m_smallMtu), qPrintable(said(r, ip, "net.mtu")));
        }
        QCOMPARE(verdict(r, m_smallMtu, "net.mtu"), Verdict::Fail);
        QVERIFY2(said(r, m_smallMtu, "net.mtu").contains(QLatin1String("1450-byte"))
                && said(r, m_smallMtu, "net.mtu").contains(QLatin1String("MTU 1400")),
            qPrintable(said(r, m_smallMtu, "net.mtu")));
        QCOMPARE(verdict(r, m_smallMtu, "net.vxlan"), Verdict::Pass);

        for (const char *check : {"net.vxlan", "net.health"}) {
            QCOMPARE(verdict(r, m_dropper, check), Verdict::Fail);
            QVERIFY2(
                said(r, m_dropper, check).contains(m_a), qPrintable(said(r, m_dropper, check)));
        }
        QVERIFY(said(r, m_dropper, "net.vxlan").contains(QLatin1String("UDP 8472")));
        QVERIFY(said(r, m_dropper, "net.health").contains(QLatin1String("TCP 4240")));

        QCOMPARE(verdict(r, m_renamed, "net.device"), Verdict::Fail);
        QCOMPARE(said(r, m_renamed, "net.device"),
            m_renamed + QStringLiteral(": there is no interface eth0; ") + m_renamed
                + QStringLiteral(" is on ens5"));
        QCOMPARE(verdict(r, m_renamed, "net.vxlan"), Verdict::Pass); // the rest works

        for (const char *check : {"net.mtu", "net.vxlan", "net.health"}) {
            QVERIFY2(verdict(r, m_noPython, check) == Verdict::Warn, // never a pass
                qPrintable(said(r, m_noPython, check)));
            QVERIFY2(r.value(m_noPython).value(QLatin1String(check)).code
                    == CheckResult::Code::NetNoPython,
                qPrintable(said(r, m_noPython, check)));
        }
        QCOMPARE(verdict(r, m_noPython, "net.device"), Verdict::Pass); // iproute2 is enough
        // The default registry is on the internet: said, not probed.
        QCOMPARE(r.value(m_a).value(QStringLiteral("net.registry")).code,
            CheckResult::Code::NetRegistryInternet);

        // Node × node as the preflight page shows it, from the same verdicts: every pair that
        // fails VXLAN has the dropping node on one end, the pairs without it pass, and the node
        // without Python is unknown, never green.
        PreflightTable table;
        table.setNodes(all);
        CheckResults rows;
        for (const auto &byCheck : r)
            rows += byCheck.values();
        table.apply(rows);
        const PeerMatrix vxlan = peerMatrix(table, CheckId::NetVxlan);
        const auto failed = vxlan.failedPairs();
        QVERIFY(failed.contains(std::pair(m_a, m_dropper)));
        for (const auto &[from, to] : failed)
            QVERIFY2(from == m_dropper || to == m_dropper, qPrintable(from + u'>' + to));
        const int a = int(all.indexOf(m_a)), b = int(all.indexOf(m_b));
        const int noPython = int(all.indexOf(m_noPython));
        QCOMPARE(vxlan.at(a, b), PairState::Ok);
        QCOMPARE(vxlan.at(b, a), PairState::Ok);
        QCOMPARE(vxlan.at(a, noPython), PairState::Unknown);
        QCOMPARE(vxlan.at(noPython, b), PairState::Unknown);
        const auto mtuFailed = peerMatrix(table, CheckId::NetMtu).failedPairs();
        // The MTU probes travel on the VXLAN port, so the dropper fails them too.
        QVERIFY(mtuFailed.contains(std::pair(m_a, m_smallMtu)));
        for (const auto &[from, to] : mtuFailed)
            QVERIFY2(from == m_smallMtu || to == m_smallMtu || from == m_dropper || to == m_dropper,
                qPrintable(from + u'>' + to));
        expectClean(all);
    }

    void underlayBgpToTheSwitch()
    {
        // m_b's override points at an address of this segment where nothing answers.
        InstallPlan p = plan({m_a, m_b}, false);
        const int n = (m_segment + 99) * 4 + 2; // an index of our slot never started
        p.nodes[1].switchIP
            = QStringLiteral("198.%1.%2.%3").arg(18 + n / 65536).arg(n / 256 % 256).arg(n % 256);
        // The switch stand-in also plays the HA VIP and a private registry (it accepts on 179).
        p.haType = HaType::ThirdParty;
        p.vip = m_switch;
        p.vport = 179;
        p.imageRegistry = m_switch + QStringLiteral(":179/tkestack");
        PreflightRunner runner;
        QSignalSpy progress(&runner, &PreflightRunner::progress);
        const ResultMap r = runToEnd(runner, p, options());
        // Two nodes and the stage as one more step: the bar is not full while the stage runs.
        QCOMPARE(progress.first().at(1).toInt(), 3);
        QCOMPARE(progress.at(progress.count() - 2).at(0).toInt(), 2);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(verdict(r, m_a, "net.bgp"), Verdict::Pass);
        for (const QString &ip : {m_a, m_b}) {
            for (const char *check : {"net.apiserver", "net.registry"}) {
                QVERIFY2(verdict(r, ip, check) == Verdict::Pass, qPrintable(said(r, ip, check)));
                QVERIFY(said(r, ip, check).contains(m_switch + QStringLiteral(" port 179")));
            }
        }
        QVERIFY2(said(r, m_a, "net.bgp").contains(m_switch + QStringLiteral(" port 179")),
            qPrintable(said(r, m_a, "net.bgp")));
        QCOMPARE(verdict(r, m_b, "net.bgp"), Verdict::Fail);
        const CheckResult::Code code = r.value(m_b).value(QStringLiteral("net.bgp")).code;
        QVERIFY2(code == CheckResult::Code::NetTargetTimeout
                || code == CheckResult::Code::NetTargetNoRoute,
            qPrintable(said(r, m_b, "net.bgp")));
        QVERIFY(said(r, m_b, "net.bgp").contains(*p.nodes[1].switchIP));
        QVERIFY(!r.value(m_a).contains(QStringLiteral("net.vxlan"))); // underlay: no VXLAN
        QCOMPARE(verdict(r, m_a, "net.health"), Verdict::Pass);
        expectClean({m_a, m_b});
    }

    void existingClusterReachesTheKubeconfigsApiServer()
    {
        // No HA: the API server is the kubeconfig's (the switch stand-in accepts on 179);
        // a second run with an address where nothing answers fails on both nodes.
        InstallPlan p = plan({m_a, m_b}, true);
        p.target = Target::ExistingCluster;
        PreflightOptions o = options();
        o.apiServer = std::pair {m_switch, 179};
        PreflightRunner runner;
        ResultMap r = runToEnd(runner, p, o);
        for (const QString &ip : {m_a, m_b}) {
            QVERIFY2(verdict(r, ip, "net.apiserver") == Verdict::Pass,
                qPrintable(said(r, ip, "net.apiserver")));
            QVERIFY(said(r, ip, "net.apiserver").contains(m_switch + QStringLiteral(" port 179")));
        }
        o.apiServer = std::pair {m_switch, 6443};
        r = runToEnd(runner, p, o);
        for (const QString &ip : {m_a, m_b}) {
            QCOMPARE(verdict(r, ip, "net.apiserver"), Verdict::Fail);
            QVERIFY2(said(r, ip, "net.apiserver").contains(m_switch + QStringLiteral(" port 6443")),
                qPrintable(said(r, ip, "net.apiserver")));
        }
        expectClean({m_a, m_b});
    }

    void cancelDuringTheStageLeavesNothing()
    {
        PreflightRunner runner;
        ResultMap r;
        QObject context;
        collect(runner, context, r);
        QSignalSpy finished(&runner, &PreflightRunner::finished);
        runner.start(plan({m_a, m_b}), options());
        // Cancel once the listeners are up on a node.
        QTRY_VERIFY_WITH_TIMEOUT(m_nodes.leftovers(m_a).contains(QLatin1String(":8472")), 20000);
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        for (const QString &ip : {m_a, m_b}) {
            QCOMPARE(
                r.value(ip).value(QStringLiteral("net.vxlan")).code, CheckResult::Code::Cancelled);
            QCOMPARE(verdict(r, ip, "kernel.version"), Verdict::Pass); // the first stage stays
        }
        expectClean({m_a, m_b});
    }
};

QTEST_MAIN(TestPreflightNetwork)
#include "tst_preflightnetwork.moc"
