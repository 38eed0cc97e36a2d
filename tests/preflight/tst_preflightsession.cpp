// The preflight session's typed table and tally, without SSH: the check ids and their texts,
// how results fill the table, what is counted per node and overall, and the events the GUI
// grid and the command line present.
#include "preflight/NodeChecks.h"
#include "preflight/PreflightSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace tkeci;

namespace {

CheckResult row(const QString &node, CheckId check, Verdict verdict)
{
    CheckResult r = newResult(node, check);
    r.verdict = verdict;
    r.code = verdict == Verdict::Pass ? CheckResult::Code::IpForwardOn
                                      : CheckResult::Code::IpForwardOff;
    r.args = {QStringLiteral("0")};
    return r;
}

/// Every check of `node` passing, except `odd` with `verdict`.
CheckResults nodeRows(
    const QString &node, CheckId odd = CheckId::IpForward, Verdict verdict = Verdict::Pass)
{
    CheckResults out;
    for (const CheckId check : allCheckIds())
        out.append(row(node, check, check == odd ? verdict : Verdict::Pass));
    return out;
}

const QString kA = QStringLiteral("10.0.0.1");
const QString kB = QStringLiteral("10.0.0.2");
const QString kC = QStringLiteral("10.0.0.3");

} // namespace

class TestPreflightSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsAreStableAndRoundTrip()
    {
        // The JSON output carries these ids (DESIGN.md "Preflight"): they never change.
        QCOMPARE(preflightCheckIds(),
            QStringList({"kernel.version", "kernel.config", "ports", "os", "user", "arch", "bpffs",
                "cni.leftovers", "ip_forward"}));
        QCOMPARE(nodeCheckIds().size(), preflightCheckIds().size());
        QCOMPARE(networkCheckIds(true),
            QList<CheckId>(
                {CheckId::NetDevice, CheckId::NetMtu, CheckId::NetVxlan, CheckId::NetHealth}));
        QCOMPARE(networkCheckIds(false),
            QList<CheckId>(
                {CheckId::NetDevice, CheckId::NetMtu, CheckId::NetBgp, CheckId::NetHealth}));
        QCOMPARE(allCheckIds().size(), nodeCheckIds().size() + 7);
        QCOMPARE(checkIdString(CheckId::NetVxlan), QStringLiteral("net.vxlan"));
        for (const CheckId check : allCheckIds()) {
            QCOMPARE(checkIdFromString(checkIdString(check)), std::optional(check));
            QVERIFY(!checkTitle(check).isEmpty());
            QVERIFY(checkDescription(check).endsWith(u'.'));
        }
        QCOMPARE(checkTitle(CheckId::KernelVersion), QStringLiteral("Kernel"));
        QVERIFY(!checkIdFromString(u"net.nonsense"));
        QVERIFY(isKernelCheck(CheckId::KernelConfig));
        QVERIFY(!isKernelCheck(CheckId::Ports));
    }

    void typesCrossThreadsAsMetaTypes()
    {
        // Queued signals carry these by value; each must be a registered, copyable meta type.
        const QVariant kind = QVariant::fromValue(CredentialKind::KeyPassphrase);
        QCOMPARE(kind.value<CredentialKind>(), CredentialKind::KeyPassphrase);
        QCOMPARE(QVariant::fromValue(CheckId::Bpffs).value<CheckId>(), CheckId::Bpffs);
        PreflightSummary s;
        s.nodesFailed = 2;
        QCOMPARE(QVariant::fromValue(s).value<PreflightSummary>(), s);
        QCOMPARE(sshPhaseId(SshPhase::Connect), QStringLiteral("connect"));
        QCOMPARE(sshPhaseId(SshPhase::Command), QStringLiteral("command"));
    }

    void tableTalliesPerNodeAndOverall()
    {
        PreflightTable t;
        t.setNodes({kA, kB, kC});
        const int checks = int(allCheckIds().size());
        QCOMPARE(t.tally().pending, 3 * checks);
        QVERIFY(!t.tally().allDone());

        const auto rows = t.apply(nodeRows(kA) + nodeRows(kC, CheckId::Os, Verdict::Warn));
        QCOMPARE(rows, std::optional(std::pair {0, 2}));
        QCOMPARE(t.nodeTally(0), (CheckTally {checks, 0, 0, 0}));
        QCOMPARE(t.nodeTally(1), (CheckTally {0, 0, 0, checks}));
        QCOMPARE(t.nodeTally(2), (CheckTally {checks - 1, 1, 0, 0}));
        QCOMPARE(t.result(kC, CheckId::Os)->verdict, Verdict::Warn);
        QVERIFY(!t.result(kB, CheckId::Os));

        // kB: a kernel failure and one check still missing.
        CheckResults b = nodeRows(kB, CheckId::KernelVersion, Verdict::Fail);
        b.removeLast();
        t.apply(b);
        const PreflightSummary s = t.summary();
        QCOMPARE(s.cells, (CheckTally {3 * checks - 3, 1, 1, 1}));
        QCOMPARE(s.nodesReady, 1);
        QCOMPARE(s.nodesWarned, 1);
        QCOMPARE(s.nodesFailed, 1);
        QCOMPARE(s.nodesPending, 0); // a failed node counts as failed, finished or not
        QVERIFY(s.kernelFailed);
        QVERIFY(s.cells.blocksInstall());
        QCOMPARE(t.failedNodes(), QStringList {kB});
        // Results of one node, in column order, only those that arrived.
        QCOMPARE(t.resultsOf(kB).size(), checks - 1);
        QCOMPARE(t.resultsOf(kB).first().check, CheckId::KernelVersion);

        // A result for a node not in the table changes nothing.
        QVERIFY(!t.apply(nodeRows(QStringLiteral("203.0.113.9"))));
        QCOMPARE(t.summary(), s);

        // Clearing a node makes its cells pending; the others are kept.
        QCOMPARE(t.clearNodes({kC, kB, QStringLiteral("203.0.113.9")}), (QList<int> {1, 2}));
        QCOMPARE(t.summary().cells, (CheckTally {checks, 0, 0, 2 * checks}));
        QCOMPARE(t.summary().nodesPending, 2);
        QVERIFY(!t.summary().kernelFailed);
    }

    /// A cancelled run's rows (one per check, verdict fail so nothing reads them as a pass)
    /// count as cancelled: no failure, no kernel verdict, but the install may not go on.
    void tableCountsCancelledCellsApart()
    {
        PreflightTable t;
        t.setNodes({kA, kB, kC});
        const QList<CheckId> checks = allCheckIds();
        const int n = int(checks.size());
        t.apply(nodeRows(kA)
            + nodeFailure(checks, kB, CheckResult::Code::Cancelled, {}, {}, Verdict::Fail));
        const PreflightSummary s = t.summary();
        QCOMPARE(s.cells, (CheckTally {n, 0, 0, n, n}));
        QCOMPARE(s.nodesReady, 1);
        QCOMPARE(s.nodesFailed, 0);
        QCOMPARE(s.nodesCancelled, 1);
        QCOMPARE(s.nodesPending, 1);
        QVERIFY(!s.kernelFailed); // the kernel column of kB holds "cancelled", not a verdict
        QVERIFY(s.cells.blocksInstall());
        QVERIFY(!s.cells.allDone());
        QCOMPARE(s.cells.toGo(), 2 * n);
        QVERIFY(t.failedNodes().isEmpty());
        QCOMPARE(t.unfinishedNodes(), (QStringList {kB, kC}));
        QCOMPARE(t.finishedNodeCount(), 1);
    }

    /// Back to the Nodes page and here again: the unchanged nodes keep their results, all of
    /// them while no node was added, only the node-stage ones once one was.
    void prepareKeepingKeepsUnchangedNodes()
    {
        InstallPlan plan;
        for (const QString &ip : {kA, kB}) {
            NodeSpec n;
            n.ip = ip;
            plan.nodes.append(n);
        }
        PreflightOptions options; // the network stage is on
        PreflightSession session;
        session.prepare(plan, options);
        const QList<CheckId> checks = session.table().checks();
        QVERIFY(checks.contains(CheckId::NetHealth));
        CheckResults rows;
        for (const QString &ip : {kA, kB}) {
            for (const CheckId check : checks)
                rows.append(row(ip, check, Verdict::Pass));
        }
        session.addResults(rows);
        QCOMPARE(session.summary().cells.passed, 2 * checks.size());

        QSignalSpy reset(&session, &PreflightSession::tableReset);
        InstallPlan removed = plan;
        removed.nodes.removeFirst();
        session.prepareKeeping(removed, options, {kB}, true);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(session.table().nodes(), QStringList {kB});
        QCOMPARE(session.summary().cells, (CheckTally {int(checks.size()), 0, 0, 0}));

        InstallPlan added = removed;
        NodeSpec c;
        c.ip = kC;
        added.nodes.append(c);
        session.prepareKeeping(added, options, {kB}, false);
        QCOMPARE(session.table().nodes(), (QStringList {kB, kC}));
        const int nodeChecks = int(nodeCheckIds().size());
        QCOMPARE(session.table().nodeTally(0),
            (CheckTally {nodeChecks, 0, 0, int(checks.size()) - nodeChecks}));
        QCOMPARE(session.table().nodeTally(1), (CheckTally {0, 0, 0, int(checks.size())}));
        QVERIFY(!session.table().result(kB, CheckId::NetHealth));
        QCOMPARE(session.table().result(kB, CheckId::Bpffs)->verdict, Verdict::Pass);
    }

    void sessionAnnouncesTypedEvents()
    {
        PreflightSession session;
        QSignalSpy reset(&session, &PreflightSession::tableReset);
        QSignalSpy arrived(&session, &PreflightSession::resultArrived);
        QSignalSpy applied(&session, &PreflightSession::resultsApplied);
        QSignalSpy cleared(&session, &PreflightSession::rowsCleared);
        session.setNodes({kA, kB});
        QCOMPARE(reset.count(), 1);

        session.addResults(
            nodeRows(kB, CheckId::Ports, Verdict::Fail) + nodeRows(QStringLiteral("203.0.113.9")));
        QCOMPARE(arrived.count(), allCheckIds().size()); // only the cells of the table
        QCOMPARE(arrived.first().at(0).toString(), kB);
        QCOMPARE(arrived.first().at(1).value<CheckId>(), CheckId::KernelVersion);
        QCOMPARE(applied.count(), 1); // one per batch
        QCOMPARE(applied.first().at(0).toInt(), 1);
        QCOMPARE(applied.first().at(1).toInt(), 1);
        QCOMPARE(session.summary().nodesFailed, 1);

        // A re-run of the failed node with nothing to reach: its row is cleared and the run,
        // having no node of the plan to check, is finished at once with the tally.
        QSignalSpy finished(&session, &PreflightSession::finished);
        session.rerun({}, {}, session.table().failedNodes());
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(cleared.first().at(0).value<QList<int>>(), QList<int> {1});
        QCOMPARE(finished.count(), 1);
        const auto summary = finished.first().at(0).value<PreflightSummary>();
        QCOMPARE(summary.cells.pending, 2 * allCheckIds().size());
        QVERIFY(!summary.cells.allDone());
        QVERIFY(!session.isRunning());

        // runAll() makes a fresh table from the plan, in plan order.
        InstallPlan plan;
        session.runAll(plan, {});
        QCOMPARE(reset.count(), 2);
        QVERIFY(session.table().nodes().isEmpty());
        QCOMPARE(finished.count(), 2);
    }
};

QTEST_MAIN(TestPreflightSession)
#include "tst_preflightsession.moc"
