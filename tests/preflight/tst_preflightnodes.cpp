// PreflightRunner against real OpenSSH servers (TestNodes): verdicts, dead nodes, parallel
// bound, cancel. Host keys and logins: tst_preflighttrust. Runs as root (CI does); without root it
// fails instead of skipping.
#include "TestNodes.h"

#include "RunnerHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace tkeci;

using namespace tkeci::test;

// Connect timeout of the big run: long enough for a healthy node on a loaded CI machine, short
// enough that the silent node's timeout is cheap.
constexpr int kMainConnectMs = 3000;

class PreflightNodesTest : public QObject
{
    Q_OBJECT
private:
    TestNodes m_nodes;
    QHash<QString, QString> m_ip; // role in this test → address
    QString m_knownHosts; // every sshd node's key
    ResultMap m_main; // the results of the one big run
    QHash<QString, qint64> m_msUntilResult; // node → when its results arrived in the big run
    qint64 m_mainElapsedMs = 0;

    InstallPlan planFor(const QStringList &roles, const QString &key = {}) const
    {
        return planForRoles(m_ip, roles, key.isEmpty() ? m_nodes.userKey() : key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        const QString tencent = TestNodes::data(QStringLiteral("os-release-tencentos-3.1"));
        const QString ready = TestNodes::data(QStringLiteral("config-cilium-ready"));
        const QStringList healthy {
            QStringLiteral("--boot-config"), ready, QStringLiteral("--os-release"), tencent};
        const QList<std::pair<QString, QStringList>> nodes {
            {QStringLiteral("healthy"), healthy},
            {QStringLiteral("oldkernel"),
                {QStringLiteral("--kernel"), QStringLiteral("4.10.0-118-generic"),
                    QStringLiteral("--boot-config"), ready, QStringLiteral("--os-release"),
                    TestNodes::data(QStringLiteral("os-release-ubuntu-16.04"))}},
            {QStringLiteral("nojit"),
                {QStringLiteral("--boot-config"),
                    TestNodes::data(QStringLiteral("config-no-bpf-jit")),
                    QStringLiteral("--os-release"), tencent}},
            {QStringLiteral("procgz"),
                {QStringLiteral("--proc-config"), ready, QStringLiteral("--os-release"), tencent}},
            {QStringLiteral("busy"),
                healthy + QStringList {QStringLiteral("--busy-port"), QStringLiteral("9876")}},
            {QStringLiteral("silent"), {QStringLiteral("--mode"), QStringLiteral("silent")}},
            {QStringLiteral("nothing"), {QStringLiteral("--mode"), QStringLiteral("none")}},
            {QStringLiteral("fresh"), healthy}, // a key not in known_hosts (cancel case)
        };
        QStringList known;
        for (const auto &[role, args] : nodes) {
            const QString ip = m_nodes.start(args);
            QVERIFY2(!ip.isEmpty(), qPrintable(m_nodes.error()));
            m_ip.insert(role, ip);
            if (role != QLatin1String("silent") && role != QLatin1String("nothing")
                && role != QLatin1String("fresh"))
                known.append(m_nodes.hostPublicKeyLine(ip));
        }
        m_knownHosts = m_nodes.writeKnownHosts(QStringLiteral("known_hosts"), known);

        // One run over the verdict nodes, dead ones included: they must not hold the rest up.
        PreflightRunner runner;
        QElapsedTimer clock;
        clock.start();
        connect(&runner, &PreflightRunner::resultsReady, this,
            [this, &clock](const QList<CheckResult> &batch) {
                for (const CheckResult &r : batch)
                    m_msUntilResult.insert(r.node, clock.elapsed());
            });
        m_main = runToEnd(runner,
            planFor({QStringLiteral("healthy"), QStringLiteral("oldkernel"),
                QStringLiteral("nojit"), QStringLiteral("procgz"), QStringLiteral("busy"),
                QStringLiteral("silent"), QStringLiteral("nothing")}),
            testOptions(m_knownHosts, kMainConnectMs));
        m_mainElapsedMs = clock.elapsed();
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("says");
        for (const QString &check : preflightCheckIds())
            QTest::addRow("healthy/%s", qPrintable(check))
                << "healthy" << check << int(Verdict::Pass) << "";
        QTest::newRow("healthy/os-named")
            << "healthy"
            << "os" << int(Verdict::Pass) << "TencentOS Server 3.1 (Final) (validated)";
        QTest::newRow("oldkernel/kernel.version")
            << "oldkernel"
            << "kernel.version" << int(Verdict::Fail)
            << "kernel 4.10.0-118-generic is older than 4.11, the minimum for Cilium 1.9.5";
        QTest::newRow("oldkernel/os")
            << "oldkernel"
            << "os" << int(Verdict::Warn) << "Ubuntu 16.04.7 LTS is not the validated OS";
        QTest::newRow("oldkernel/kernel.config")
            << "oldkernel"
            << "kernel.config" << int(Verdict::Pass) << "/boot/config-4.10.0-118-generic";
        QTest::newRow("nojit/kernel.config")
            << "nojit"
            << "kernel.config" << int(Verdict::Fail) << "missing (need =y or =m): CONFIG_BPF_JIT (";
        QTest::newRow("nojit/kernel.version")
            << "nojit"
            << "kernel.version" << int(Verdict::Pass) << "5.4.119-19-0009";
        QTest::newRow("procgz/kernel.config")
            << "procgz"
            << "kernel.config" << int(Verdict::Pass) << "(/proc/config.gz)";
        QTest::newRow("busy/ports") << "busy"
                                    << "ports" << int(Verdict::Fail) << "in use: 9876/tcp (sshd)";
        QTest::newRow("busy/kernel.version") << "busy"
                                             << "kernel.version" << int(Verdict::Pass) << "";
        for (const QString &check : preflightCheckIds()) {
            QTest::addRow("silent/%s", qPrintable(check))
                << "silent" << check << int(Verdict::Fail) << "no SSH answer within 3 s (timeout)";
            QTest::addRow("nothing/%s", qPrintable(check))
                << "nothing" << check << int(Verdict::Fail) << "unreachable: Connection refused";
        }
    }
    void verdicts()
    {
        QFETCH(QString, role);
        QFETCH(QString, check);
        QFETCH(int, verdict);
        QFETCH(QString, says);
        const QString ip = m_ip.value(role);
        QVERIFY(m_main.value(ip).contains(check));
        const CheckResult r = m_main.value(ip).value(check);
        const QString message = checkMessage(r);
        QVERIFY2(int(r.verdict) == verdict, qPrintable(message + u'\n' + r.details));
        QVERIFY2(message.startsWith(ip + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void deadNodesDoNotStallOthers()
    {
        // The silent node needs its whole connect timeout; the others must not wait for it.
        const qint64 silentMs = m_msUntilResult.value(m_ip.value(QStringLiteral("silent")));
        for (const QString &role :
            {QStringLiteral("healthy"), QStringLiteral("oldkernel"), QStringLiteral("nojit"),
                QStringLiteral("procgz"), QStringLiteral("busy"), QStringLiteral("nothing")}) {
            const qint64 ms = m_msUntilResult.value(m_ip.value(role));
            QVERIFY2(ms < kMainConnectMs - 100 && ms < silentMs,
                qPrintable(QStringLiteral("%1 took %2 ms").arg(role).arg(ms)));
        }
        // And the silent one failed fast: at its connect deadline, not at a TCP timeout.
        QVERIFY2(silentMs >= kMainConnectMs - 100 && silentMs < 2 * kMainConnectMs,
            qPrintable(QString::number(silentMs)));
        QVERIFY2(
            m_mainElapsedMs < 2 * kMainConnectMs, qPrintable(QString::number(m_mainElapsedMs)));
    }

    void onlyNodesAndParallelOne()
    {
        PreflightRunner runner;
        PreflightOptions o = testOptions(m_knownHosts);
        o.parallel = 1;
        QSignalSpy progress(&runner, &PreflightRunner::progress);
        ResultMap results;
        collect(runner, *this, results);
        QSignalSpy finished(&runner, &PreflightRunner::finished);
        runner.start(planFor({QStringLiteral("healthy"), QStringLiteral("busy"),
                         QStringLiteral("nojit"), QStringLiteral("silent")}),
            o,
            {m_ip.value(QStringLiteral("healthy")), m_ip.value(QStringLiteral("busy")),
                m_ip.value(QStringLiteral("nojit"))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(results.size(), 3);
        QVERIFY(!results.contains(m_ip.value(QStringLiteral("silent"))));
        QCOMPARE(progress.first().at(1).toInt(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
    }

    void cancelInTheMiddle()
    {
        const QString healthy = m_ip.value(QStringLiteral("healthy"));
        const QString silent = m_ip.value(QStringLiteral("silent"));
        const QString fresh = m_ip.value(QStringLiteral("fresh"));
        auto runner = std::make_unique<PreflightRunner>();
        ResultMap results;
        collect(*runner, *this, results);
        QSignalSpy asked(runner.get(), &PreflightRunner::hostKeyDecisionNeeded);
        QSignalSpy finished(runner.get(), &PreflightRunner::finished);
        // silent: stuck in the handshake for 30 s; fresh: waits for a host-key answer forever.
        const QString kh = m_nodes.writeKnownHosts(
            QStringLiteral("kh-cancel"), {m_nodes.hostPublicKeyLine(healthy)});
        runner->start(
            planFor({QStringLiteral("healthy"), QStringLiteral("silent"), QStringLiteral("fresh")}),
            testOptions(kh, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(results.contains(healthy) && asked.count() == 1, 10000);
        QVERIFY(finished.isEmpty());

        QElapsedTimer clock;
        clock.start();
        runner->cancel();
        QVERIFY2(clock.elapsed() < 50, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner->isRunning());
        expectAllRows(results, silent, CheckResult::Code::Cancelled);
        expectAllRows(results, fresh, CheckResult::Code::Cancelled);
        QCOMPARE(results.value(healthy).value(QStringLiteral("os")).verdict, Verdict::Pass);

        // The workers notice the cancel within a slice: tearing down does not wait for 30 s.
        clock.restart();
        runner.reset();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void restartAfterCancel()
    {
        PreflightRunner runner;
        runner.start(planFor({QStringLiteral("silent")}), testOptions(m_knownHosts, 30000));
        runner.cancel();
        const ResultMap r
            = runToEnd(runner, planFor({QStringLiteral("healthy")}), testOptions(m_knownHosts));
        QCOMPARE(r.size(), 1);
        QCOMPARE(
            r.value(m_ip.value(QStringLiteral("healthy"))).value(QStringLiteral("arch")).verdict,
            Verdict::Pass);
    }
};

QTEST_GUILESS_MAIN(PreflightNodesTest)
#include "tst_preflightnodes.moc"
