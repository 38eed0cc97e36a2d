// `tke-cilium-installer preflight` end to end against real OpenSSH test nodes: JSON rows,
// verdicts, exit codes, host-key flags, bad input.
#include "TestNodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(QStringList args)
{
    // These nodes sit on separate links and cannot reach each other: no network stage (but
    // for a kubeconfig's check, which ends before any node is contacted).
    if (args.value(0) == QLatin1String("preflight") && args.size() > 1
        && !args.contains(QStringLiteral("--kubeconfig")))
        args.append(QStringLiteral("--no-network-checks"));
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(TKECI_INSTALLER_BIN), args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// node → check → {status, message}
QHash<QString, QHash<QString, QJsonObject>> rowsOf(const QByteArray &json)
{
    QHash<QString, QHash<QString, QJsonObject>> rows;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        rows[o.value(QStringLiteral("node")).toString()].insert(
            o.value(QStringLiteral("check")).toString(), o);
    }
    return rows;
}

} // namespace

class PreflightCliTest : public QObject
{
    Q_OBJECT
private:
    TestNodes m_nodes;
    QString m_healthy, m_old, m_busy, m_nothing;

    QString writeProfile(const QString &name, const QStringList &ips) const
    {
        QByteArray yaml
            = "version: 1\ntarget: new-cluster\ncni: cilium\ncilium:\n  version: 1.9.5\n"
              "  networkMode: overlay\ncluster:\n  clusterCIDR: 10.244.0.0/16\nnodes:\n";
        bool first = true;
        for (const QString &ip : ips) {
            yaml += "  - ip: " + ip.toLatin1() + "\n    role: " + (first ? "master" : "worker")
                + "\n    auth: key\n    keyFile: " + m_nodes.userKey().toLatin1() + "\n";
            first = false;
        }
        QFile f(m_nodes.path(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(yaml);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        const QString tencent = TestNodes::data(QStringLiteral("os-release-tencentos-3.1"));
        const QString ready = TestNodes::data(QStringLiteral("config-cilium-ready"));
        const QStringList healthy {
            QStringLiteral("--boot-config"), ready, QStringLiteral("--os-release"), tencent};
        m_healthy = m_nodes.start(healthy);
        m_old = m_nodes.start(healthy
            + QStringList {QStringLiteral("--kernel"), QStringLiteral("4.10.0-118-generic")});
        m_busy = m_nodes.start(
            healthy + QStringList {QStringLiteral("--busy-port"), QStringLiteral("9876")});
        m_nothing = m_nodes.start({QStringLiteral("--mode"), QStringLiteral("none")});
        QVERIFY2(
            !m_healthy.isEmpty() && !m_old.isEmpty() && !m_busy.isEmpty() && !m_nothing.isEmpty(),
            qPrintable(m_nodes.error()));
    }

    void jsonVerdictsAndAcceptNewKeys()
    {
        const QString kh = m_nodes.writeKnownHosts(QStringLiteral("kh-cli"), {});
        const QString profile
            = writeProfile(QStringLiteral("four.yaml"), {m_healthy, m_old, m_busy, m_nothing});
        const CliRun r = runCli({QStringLiteral("preflight"), QStringLiteral("--profile"), profile,
            QStringLiteral("--known-hosts"), kh, QStringLiteral("--accept-new-host-keys"),
            QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3"),
            QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        const auto rows = rowsOf(r.out);
        QCOMPARE(rows.size(), 4);
        for (const QJsonObject &o : rows.value(m_healthy))
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QCOMPARE(rows.value(m_healthy).size(), 9);
        const QJsonObject kernel = rows.value(m_old).value(QStringLiteral("kernel.version"));
        QCOMPARE(kernel.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(kernel.value(QStringLiteral("message")).toString(),
            m_old
                + QStringLiteral(": kernel 4.10.0-118-generic is older than 4.11, the minimum "
                                 "for Cilium 1.9.5"));
        QVERIFY(kernel.value(QStringLiteral("details"))
                    .toString()
                    .contains(QLatin1String("4.10.0-118-generic")));
        const QJsonObject ports = rows.value(m_busy).value(QStringLiteral("ports"));
        QCOMPARE(ports.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY(ports.value(QStringLiteral("message")).toString().contains(QLatin1String("9876")));
        QCOMPARE(rows.value(m_nothing).size(), 9);
        for (const QJsonObject &o : rows.value(m_nothing)) {
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
            QVERIFY(o.value(QStringLiteral("message"))
                        .toString()
                        .contains(QLatin1String("unreachable")));
        }
        QFile file(kh);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray known = file.readAll();
        for (const QString &ip : {m_healthy, m_old, m_busy})
            QVERIFY(known.contains(ip.toLatin1() + ' '));
        QVERIFY(r.err.contains("accepted (--accept-new-host-keys)"));
    }

    void healthyNodeExitsZero()
    {
        const QString kh = m_nodes.writeKnownHosts(
            QStringLiteral("kh-healthy"), {m_nodes.hostPublicKeyLine(m_healthy)});
        const CliRun r = runCli({QStringLiteral("preflight"), QStringLiteral("--profile"),
            writeProfile(QStringLiteral("one.yaml"), {m_healthy}), QStringLiteral("--known-hosts"),
            kh, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 9);
    }

    void unknownKeyWithoutAcceptFails()
    {
        const QString kh = m_nodes.writeKnownHosts(QStringLiteral("kh-unknown"), {});
        const CliRun r = runCli({QStringLiteral("preflight"), QStringLiteral("--profile"),
            writeProfile(QStringLiteral("one.yaml"), {m_healthy}), QStringLiteral("--known-hosts"),
            kh, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const auto rows = rowsOf(r.out);
        QCOMPARE(rows.value(m_healthy).size(), 9);
        for (const QJsonObject &o : rows.value(m_healthy))
            QVERIFY(o.value(QStringLiteral("message"))
                        .toString()
                        .contains(QLatin1String("host key unknown (SHA256:")));
        QFile file(kh);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().isEmpty());
        QVERIFY(r.err.contains("--accept-new-host-keys"));
    }

    void humanTable()
    {
        const QString kh = m_nodes.writeKnownHosts(
            QStringLiteral("kh-human"), {m_nodes.hostPublicKeyLine(m_old)});
        const CliRun r = runCli({QStringLiteral("preflight"), QStringLiteral("--profile"),
            writeProfile(QStringLiteral("old.yaml"), {m_old}), QStringLiteral("--known-hosts"), kh,
            QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(m_old + u'\n'), qPrintable(out));
        QVERIFY(out.contains(
            QLatin1String("kernel.version  FAIL  kernel 4.10.0-118-generic is older")));
        QVERIFY(out.contains(QLatin1String("1 node checked: 0 ready, 0 with warnings, 1 failed")));
        QVERIFY(!out.contains(QLatin1Char('\x1b'))); // no colour when not on a terminal
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("parallel-zero")
            << QStringList {QStringLiteral("--parallel"), QStringLiteral("0")};
        QTest::newRow("parallel-text")
            << QStringList {QStringLiteral("--parallel"), QStringLiteral("many")};
        QTest::newRow("timeout-text")
            << QStringList {QStringLiteral("--timeout"), QStringLiteral("soon")};
        QTest::newRow("identity-missing")
            << QStringList {QStringLiteral("--identity"), QStringLiteral("/nonexistent/key")};
    }
    void badInput()
    {
        QFETCH(QStringList, extra);
        const CliRun r
            = runCli(QStringList {QStringLiteral("preflight"), QStringLiteral("--profile"),
                         writeProfile(QStringLiteral("one.yaml"), {m_healthy})}
                + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }

    void unreadableKubeconfigIsBadInput()
    {
        // An existing cluster without HA: net.apiserver checks the kubeconfig's API server, so
        // a kubeconfig the operator named must be readable; nothing is checked when it is not.
        QString profile = writeProfile(QStringLiteral("existing.yaml"), {m_healthy});
        QFile f(profile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text
            = f.readAll().replace("target: new-cluster", "target: existing-cluster");
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const CliRun r = runCli({QStringLiteral("preflight"), QStringLiteral("--profile"), profile,
            QStringLiteral("--kubeconfig"), QStringLiteral("/nonexistent/kubeconfig")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("/nonexistent/kubeconfig"), r.err.constData());
    }

    void missingProfileIsBadInput()
    {
        QCOMPARE(runCli({QStringLiteral("preflight")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("preflight"), QStringLiteral("--profile"),
                            QStringLiteral("/nonexistent.yaml")})
                     .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(PreflightCliTest)
#include "tst_preflightcli.moc"
