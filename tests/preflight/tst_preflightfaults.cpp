// Preflight against nodes that fail the way nodes do (real OpenSSH servers, sshnode.sh): one
// that accepts TCP and never speaks, one that drops the connection mid-command, one that
// answers too slowly, one that prints without end, one where nothing listens. Each fails alone,
// with its reason, within its own timeout, while a healthy node beside them passes; a cancel at any
// moment of such a run ends it at once and leaves no thread and no process behind.
#include "TestNodes.h"

#include "RunnerHarness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace tkeci;
using namespace tkeci::test;

namespace {

constexpr int kConnectMs = 3000;
constexpr int kCommandMs = 4000;
constexpr int kSlowNodeDelayS = 30; // far past kCommandMs: the slow node never makes it

/// Threads of this process (/proc/self/task), by name.
QStringList threads()
{
    QStringList names;
    for (const QString &tid :
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        if (comm.open(QIODevice::ReadOnly))
            names.append(tid + u' ' + QString::fromUtf8(comm.readAll().trimmed()));
    }
    return names;
}
int threadCount()
{
    return int(threads().size());
}

/// Processes whose parent is this process.
QStringList childProcesses()
{
    QStringList children;
    const QString self = QString::number(::getpid());
    for (const QString &pid :
        QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces, so split after its ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1 && rest.at(1) == self.toLatin1())
            children.append(pid + u' ' + QString::fromLatin1(line.left(line.indexOf(')') + 1)));
    }
    return children;
}

} // namespace

class PreflightFaultsTest : public QObject
{
    Q_OBJECT
private:
    TestNodes m_nodes;
    QHash<QString, QString> m_ip; // role → address
    QString m_knownHosts;
    ResultMap m_results;
    QHash<QString, qint64> m_msUntilResult; // node → when its results arrived

    static QStringList roles()
    {
        return {QStringLiteral("healthy"), QStringLiteral("silent"), QStringLiteral("drop"),
            QStringLiteral("slow"), QStringLiteral("flood"), QStringLiteral("nothing")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        const QStringList healthy {QStringLiteral("--boot-config"),
            TestNodes::data(QStringLiteral("config-cilium-ready")), QStringLiteral("--os-release"),
            TestNodes::data(QStringLiteral("os-release-tencentos-3.1"))};
        const QList<std::pair<QString, QStringList>> nodes {
            {QStringLiteral("healthy"), healthy},
            {QStringLiteral("silent"), {QStringLiteral("--mode"), QStringLiteral("silent")}},
            {QStringLiteral("drop"),
                healthy + QStringList {QStringLiteral("--mode"), QStringLiteral("drop")}},
            {QStringLiteral("slow"),
                healthy
                    + QStringList {QStringLiteral("--mode"), QStringLiteral("slow"),
                        QStringLiteral("--delay"), QString::number(kSlowNodeDelayS)}},
            {QStringLiteral("flood"),
                healthy + QStringList {QStringLiteral("--mode"), QStringLiteral("flood")}},
            {QStringLiteral("nothing"), {QStringLiteral("--mode"), QStringLiteral("none")}},
        };
        QStringList known;
        for (const auto &[role, args] : nodes) {
            const QString ip = m_nodes.start(args);
            QVERIFY2(!ip.isEmpty(), qPrintable(m_nodes.error()));
            m_ip.insert(role, ip);
            if (role != QLatin1String("silent") && role != QLatin1String("nothing"))
                known.append(m_nodes.hostPublicKeyLine(ip));
        }
        m_knownHosts = m_nodes.writeKnownHosts(QStringLiteral("known_hosts"), known);

        PreflightRunner runner;
        QElapsedTimer clock;
        clock.start();
        connect(&runner, &PreflightRunner::resultsReady, this,
            [this, &clock](const QList<CheckResult> &batch) {
                for (const CheckResult &r : batch)
                    m_msUntilResult.insert(r.node, clock.elapsed());
            });
        PreflightOptions o = testOptions(m_knownHosts, kConnectMs);
        o.commandTimeoutMs = kCommandMs;
        m_results = runToEnd(runner, planForRoles(m_ip, roles(), m_nodes.userKey()), o);
    }

    void eachFailsAloneWithItsReason_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("budgetMs"); // by when its results must be in
        QTest::newRow("healthy passes") << "healthy" << -1 << "" << kConnectMs;
        QTest::newRow("accepts TCP, never speaks")
            << "silent" << int(CheckResult::Code::Timeout) << "no SSH answer within 3 s (timeout)"
            << kConnectMs + 1000;
        QTest::newRow("drops the connection mid-command")
            << "drop" << int(CheckResult::Code::ProbeFailed)
            << "the checks could not be run: " << kConnectMs;
        // Connected and logged in within the connect budget, then the command's own budget.
        QTest::newRow("answers too slowly")
            << "slow" << int(CheckResult::Code::Timeout)
            << "the checks did not finish within 4 s (timeout)" << kConnectMs + kCommandMs + 1000;
        // Cut off at the probe's 8 MiB, long before its 4 s: bounded in bytes and in time.
        QTest::newRow("prints without end")
            << "flood" << int(CheckResult::Code::ProbeFailed)
            << "the checks could not be run: the command's output passed 8388608 bytes"
            << kConnectMs;
        QTest::newRow("nothing listens")
            << "nothing" << int(CheckResult::Code::Unreachable) << "unreachable: Connection refused"
            << kConnectMs / 2; // refused at once, not timed out
    }
    void eachFailsAloneWithItsReason()
    {
        QFETCH(QString, role);
        QFETCH(int, code);
        QFETCH(QString, says);
        QFETCH(int, budgetMs);
        const QString ip = m_ip.value(role);
        const auto results = m_results.value(ip);
        QCOMPARE(results.size(), preflightCheckIds().size());
        for (const CheckResult &r : results) {
            const QString message = checkMessage(r);
            if (code < 0) { // the healthy node beside the broken ones: every check passes
                QVERIFY2(r.verdict == Verdict::Pass, qPrintable(message));
                continue;
            }
            QCOMPARE(r.verdict, Verdict::Fail);
            QVERIFY2(int(r.code) == code, qPrintable(message + u'\n' + r.details));
            QVERIFY2(message.startsWith(ip + QStringLiteral(": ") + says), qPrintable(message));
        }
        const qint64 ms = m_msUntilResult.value(ip);
        qInfo("%s: results after %lld ms (budget %d ms)", qPrintable(role), ms, budgetMs);
        QVERIFY2(ms <= budgetMs, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void cancelAtAnyMoment_data()
    {
        QTest::addColumn<int>("afterMs");
        // Before any connect, during handshakes, with the drop and refusal in, while the slow
        // node's command and the silent node's connect are still waiting, near their deadlines.
        for (const int ms : {0, 20, 150, 600, 1500, 2900, 3500})
            QTest::addRow("after %d ms", ms) << ms;
    }
    void cancelAtAnyMoment()
    {
        QFETCH(int, afterMs);
        const int threadsBefore = threadCount();
        auto runner = std::make_unique<PreflightRunner>();
        ResultMap results;
        collect(*runner, *this, results);
        QSignalSpy finished(runner.get(), &PreflightRunner::finished);
        PreflightOptions o = testOptions(m_knownHosts, kConnectMs);
        o.commandTimeoutMs = kCommandMs;
        runner->start(planForRoles(m_ip, roles(), m_nodes.userKey()), o);
        if (afterMs > 0)
            QTest::qWait(afterMs);
        QVERIFY(finished.isEmpty()); // the silent and slow nodes keep the run going until 3 s+

        QElapsedTimer clock;
        clock.start();
        runner->cancel();
        QVERIFY2(clock.elapsed() < 50, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!runner->isRunning());
        // Every node has a row per check: its own outcome, or Cancelled.
        for (const QString &role : roles())
            QCOMPARE(results.value(m_ip.value(role)).size(), preflightCheckIds().size());
        for (const CheckResult &r : results.value(m_ip.value(QStringLiteral("slow"))))
            QCOMPARE(r.code, CheckResult::Code::Cancelled);

        clock.restart();
        runner.reset();
        const qint64 teardownMs = clock.elapsed();
        QVERIFY2(teardownMs < 1000, qPrintable(QString::number(teardownMs)));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        // No worker thread and no process outlives the runner.
        // QThread::wait() returns once the thread's run ended; the OS thread leaves a moment
        // later (Qt's threads are detached), so allow it that moment.
        QElapsedTimer gone;
        gone.start();
        while (threadCount() > threadsBefore && gone.elapsed() < 1000)
            QThread::msleep(1);
        qInfo("threads gone %lld ms after the teardown", gone.elapsed());
        QVERIFY2(threadCount() <= threadsBefore,
            qPrintable(QStringLiteral("%1 before; now: %2")
                           .arg(threadsBefore)
                           .arg(threads().join(QStringLiteral(", ")))));
        QVERIFY2(childProcesses().isEmpty(), qPrintable(childProcesses().join(u'\n')));
        qInfo("cancel after %d ms: teardown took %lld ms", afterMs, teardownMs);
    }
};

QTEST_GUILESS_MAIN(PreflightFaultsTest)
#include "tst_preflightfaults.moc"
