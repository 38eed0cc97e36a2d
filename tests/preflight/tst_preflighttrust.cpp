// Trust and login against real OpenSSH servers: unknown host keys (refused, accepted and
// remembered), a changed key (always refused, both fingerprints shown), wrong key, --identity,
// an encrypted key's passphrase, a declined password, ssh-agent.
#include "RunnerHarness.h"
#include "TestNodes.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace tkeci;
using namespace tkeci::test;

class PreflightTrustTest : public QObject
{
    Q_OBJECT
private:
    TestNodes m_nodes;
    QHash<QString, QString> m_ip; // role in this test → address
    QString m_knownHosts; // holds the "auth" node's key, not the "fresh" one's

    InstallPlan planFor(const QStringList &roles, const QString &key = {}) const
    {
        return planForRoles(m_ip, roles, key.isEmpty() ? m_nodes.userKey() : key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nodes.prepare(), qPrintable(m_nodes.error()));
        const QStringList healthy {QStringLiteral("--boot-config"),
            TestNodes::data(QStringLiteral("config-cilium-ready")), QStringLiteral("--os-release"),
            TestNodes::data(QStringLiteral("os-release-tencentos-3.1"))};
        for (const QString &role : {QStringLiteral("fresh"), QStringLiteral("auth")}) {
            const QString ip = m_nodes.start(healthy);
            QVERIFY2(!ip.isEmpty(), qPrintable(m_nodes.error()));
            m_ip.insert(role, ip);
        }
        m_knownHosts = m_nodes.writeKnownHosts(QStringLiteral("known_hosts"),
            {m_nodes.hostPublicKeyLine(m_ip.value(QStringLiteral("auth")))});
    }

    void unknownHostKeyRefusedWithoutAccept()
    {
        const QString kh = m_nodes.writeKnownHosts(QStringLiteral("kh-refuse"), {});
        PreflightRunner runner;
        QSignalSpy asked(&runner, &PreflightRunner::hostKeyDecisionNeeded);
        const ResultMap r
            = runToEnd(runner, planFor({QStringLiteral("fresh")}), testOptions(kh), false);
        QCOMPARE(asked.count(), 1);
        const QString fingerprint = asked.at(0).at(1).toString();
        QVERIFY2(fingerprint.startsWith(QLatin1String("SHA256:")), qPrintable(fingerprint));
        expectAllRows(r, m_ip.value(QStringLiteral("fresh")), CheckResult::Code::HostKeyUnknown);
        QVERIFY(
            checkMessage(r.value(m_ip.value(QStringLiteral("fresh"))).value(QStringLiteral("os")))
                .contains(fingerprint));
        QFile file(kh);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().trimmed().isEmpty()); // nothing was written
    }

    void unknownHostKeyAcceptedIsRemembered()
    {
        // No file yet (SSH_KNOWN_HOSTS_NOT_FOUND): accepting creates it.
        const QString kh = m_nodes.path(QStringLiteral("new/kh-accept"));
        QVERIFY(!QFile::exists(kh));
        const QString ip = m_ip.value(QStringLiteral("fresh"));
        {
            PreflightRunner runner;
            QSignalSpy asked(&runner, &PreflightRunner::hostKeyDecisionNeeded);
            const ResultMap r
                = runToEnd(runner, planFor({QStringLiteral("fresh")}), testOptions(kh), true);
            QCOMPARE(asked.count(), 1);
            QCOMPARE(r.value(ip).value(QStringLiteral("kernel.version")).verdict, Verdict::Pass);
        }
        QFile file(kh);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(ip.toLatin1()));
        // Known now: no question the second time.
        PreflightRunner again;
        QSignalSpy asked(&again, &PreflightRunner::hostKeyDecisionNeeded);
        const ResultMap r = runToEnd(again, planFor({QStringLiteral("fresh")}), testOptions(kh));
        QCOMPARE(asked.count(), 0);
        QCOMPARE(r.value(ip).value(QStringLiteral("os")).verdict, Verdict::Pass);
    }

    void changedHostKeyIsRefused()
    {
        const QString ip = m_ip.value(QStringLiteral("fresh"));
        QFile impostor(m_nodes.wrongKey() + QStringLiteral(".pub"));
        QVERIFY(impostor.open(QIODevice::ReadOnly));
        const QList<QByteArray> f = impostor.readAll().split(' ');
        const QString kh = m_nodes.writeKnownHosts(QStringLiteral("kh-changed"),
            {ip + u' ' + QString::fromLatin1(f.at(0)) + u' ' + QString::fromLatin1(f.at(1))});
        PreflightRunner runner;
        QSignalSpy asked(&runner, &PreflightRunner::hostKeyDecisionNeeded);
        // Even an operator who accepts everything is never asked about a changed key.
        const ResultMap r
            = runToEnd(runner, planFor({QStringLiteral("fresh")}), testOptions(kh), true);
        QCOMPARE(asked.count(), 0);
        expectAllRows(r, ip, CheckResult::Code::HostKeyChanged);
        const CheckResult row = r.value(ip).value(QStringLiteral("kernel.version"));
        QCOMPARE(row.args.size(), 2);
        QVERIFY(row.args.at(0).startsWith(QLatin1String("SHA256:")));
        QVERIFY(row.args.at(1).startsWith(QLatin1String("SHA256:")));
        QVERIFY(row.args.at(0) != row.args.at(1));
        QVERIFY(checkMessage(row).contains(QLatin1String("HOST KEY CHANGED")));
    }

    void wrongKeyFailsAuthentication()
    {
        PreflightRunner runner;
        const ResultMap r = runToEnd(runner, planFor({QStringLiteral("auth")}, m_nodes.wrongKey()),
            testOptions(m_knownHosts));
        expectAllRows(r, m_ip.value(QStringLiteral("auth")), CheckResult::Code::AuthFailed);
    }

    void identityOptionOverridesKeyFile()
    {
        PreflightRunner runner;
        PreflightOptions o = testOptions(m_knownHosts);
        o.identityFile = m_nodes.userKey();
        const ResultMap r
            = runToEnd(runner, planFor({QStringLiteral("auth")}, m_nodes.wrongKey()), o);
        QCOMPARE(r.value(m_ip.value(QStringLiteral("auth"))).value(QStringLiteral("user")).verdict,
            Verdict::Pass);
    }

    void encryptedKeyAsksForPassphrase()
    {
        PreflightRunner runner;
        QSignalSpy asked(&runner, &PreflightRunner::credentialsNeeded);
        connect(&runner, &PreflightRunner::credentialsNeeded, this,
            [&runner](const QString &node, PreflightRunner::CredentialKind kind, const QString &) {
                QCOMPARE(kind, PreflightRunner::CredentialKind::KeyPassphrase);
                runner.providePassword(node, TestNodes::encryptedKeyPassphrase());
            });
        const ResultMap r = runToEnd(runner,
            planFor({QStringLiteral("auth")}, m_nodes.encryptedKey()), testOptions(m_knownHosts));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(r.value(m_ip.value(QStringLiteral("auth"))).value(QStringLiteral("user")).verdict,
            Verdict::Pass);
    }

    void declinedPasswordFailsAuthentication()
    {
        InstallPlan plan = planFor({QStringLiteral("auth")});
        plan.nodes[0].auth = AuthMethod::Password;
        PreflightRunner runner;
        QSignalSpy asked(&runner, &PreflightRunner::credentialsNeeded);
        connect(&runner, &PreflightRunner::credentialsNeeded, this,
            [&runner](
                const QString &node, PreflightRunner::CredentialKind kind, const QString &user) {
                QCOMPARE(kind, PreflightRunner::CredentialKind::Password);
                QCOMPARE(user, QStringLiteral("root"));
                runner.providePassword(node, QString());
            });
        const ResultMap r = runToEnd(runner, plan, testOptions(m_knownHosts));
        QCOMPARE(asked.count(), 1);
        expectAllRows(r, m_ip.value(QStringLiteral("auth")), CheckResult::Code::AuthFailed);
    }

    void agentAuthentication()
    {
        // A private ssh-agent holding the user key; libssh finds it through SSH_AUTH_SOCK.
        const QString socket = m_nodes.path(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(
            QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);
        const QByteArray saved = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        QProcess add;
        add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), m_nodes.userKey()});
        const bool added = add.waitForFinished(10000) && add.exitCode() == 0;

        InstallPlan plan = planFor({QStringLiteral("auth")}, QStringLiteral("/nonexistent"));
        plan.nodes[0].auth = AuthMethod::Agent;
        PreflightRunner runner;
        const ResultMap r = runToEnd(runner, plan, testOptions(m_knownHosts));
        if (saved.isNull())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", saved);
        agent.terminate();
        agent.waitForFinished(5000);
        QVERIFY(added);
        QCOMPARE(r.value(m_ip.value(QStringLiteral("auth"))).value(QStringLiteral("user")).verdict,
            Verdict::Pass);
    }
};

QTEST_GUILESS_MAIN(PreflightTrustTest)
#include "tst_preflighttrust.moc"
