// The API client against the test API server: both ways in, and an operator-readable message
// for each way a call fails (TLS, 401, 403, 409, 422, unreachable, timeout with retries).
#include "TestApiServer.h"

#include "kube/KubeClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace tkeci;

class TestKubeClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_server;

    ClusterAccess access(const QString &kubeconfig)
    {
        const KubeConfigResult r = loadKubeConfig({m_server->kubeconfig(kubeconfig)});
        if (!r.ok())
            qFatal("kubeconfig %s: %s", qPrintable(kubeconfig), qPrintable(r.error->message));
        return *r.access;
    }

    QString writePlugin(const QString &name, const QString &body)
    {
        const QString path = m_server->file(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write("#!/bin/sh\n" + body.toUtf8());
        f.close();
        f.setPermissions(f.permissions() | QFile::ExeOwner);
        return path;
    }

    // Gone, or at most a zombie waiting for its new parent to reap it.
    static bool processGone(const QByteArray &pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(QString::fromLatin1(pid)));
        return !status.open(QIODevice::ReadOnly) || status.readAll().contains("State:\tZ");
    }

    static KubeRequest applyConfigMap(const QString &manager, const QString &value)
    {
        KubeRequest r;
        r.method = "PATCH";
        r.rbacVerb = QStringLiteral("patch");
        r.path = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/owned");
        r.what = QStringLiteral("configmaps \"owned\" in kube-system");
        r.contentType = "application/apply-patch+yaml";
        r.query.addQueryItem(QStringLiteral("fieldManager"), manager);
        r.body
            = QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"owned",)"
                             R"("namespace":"kube-system"},"data":{"mode":"%1"}})")
                  .arg(value)
                  .toUtf8();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestApiServer>();
        QVERIFY2(m_server->isRunning(), "the test API server did not start");
    }

    void credentials_data()
    {
        QTest::addColumn<QString>("kubeconfig");
        QTest::addColumn<int>("kind"); // -1: success
        QTest::addColumn<QString>("message");
        QTest::newRow("client certificate") << "admin-cert" << -1 << "";
        QTest::newRow("bearer token") << "admin-token" << -1 << "";
        QTest::newRow("bad token") << "badtoken" << int(KubeError::Kind::Unauthorized)
                                   << "refused the bearer token of user \"u\" (401 Unauthorized)";
        QTest::newRow("bad CA") << "badca" << int(KubeError::Kind::Tls)
                                << "(CN=test-apiserver, issued by CN=test-apiserver-ca) was "
                                   "refused: The root certificate "
                                   "of the certificate chain is self-signed, and untrusted. "
                                   "Check certificate-authority of cluster \"test\"";
        QTest::newRow("expired client certificate")
            << "expired" << int(KubeError::Kind::Unauthorized)
            << "refused the client certificate of user \"u\" (CN=expired-admin): it expired on "
               "2020-01-02";
    }
    void credentials()
    {
        QFETCH(QString, kubeconfig);
        QFETCH(int, kind);
        QFETCH(QString, message);
        KubeClient client(access(kubeconfig));
        client.setRetries(0, 0);
        KubeRequest req;
        req.path = QStringLiteral("/api/v1/namespaces");
        req.what = QStringLiteral("namespaces");
        req.rbacVerb = QStringLiteral("list");
        const KubeResponse r = client.sendAndWait(req);
        if (kind < 0) {
            QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
            QCOMPARE(
                r.json.value(QStringLiteral("kind")).toString(), QStringLiteral("NamespaceList"));
            QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 3);
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error->kind), kind);
        QVERIFY2(r.error->message.contains(message), qPrintable(r.error->message));
        // No secret ever reaches a message.
        QFile token(m_server->file(QStringLiteral("admin.token")));
        QVERIFY(token.open(QIODevice::ReadOnly));
        QVERIFY(!r.error->message.contains(QString::fromUtf8(token.readAll())));
    }

    void tokenFile()
    {
        ClusterAccess a = access(QStringLiteral("admin-token"));
        a.token.clear();
        a.tokenFile = m_server->file(QStringLiteral("admin.token"));
        KubeClient client(a);
        KubeRequest req;
        req.path = QStringLiteral("/api");
        QVERIFY(client.sendAndWait(req).ok());
    }

    void execPluginCredential()
    {
        // A plugin as cloud CLIs ship them: prints an ExecCredential with a token it fetched.
        const QString plugin = m_server->file(QStringLiteral("get-token.sh"));
        QFile f(plugin);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                "\"ExecCredential\",\"status\":{\"token\":\"%s\"}}' \"$(cat \"$1\")\"\n");
        f.close();
        f.setPermissions(f.permissions() | QFile::ExeOwner);
        ClusterAccess a = access(QStringLiteral("admin-token"));
        a.token.clear();
        a.exec = ExecPlugin {plugin, {m_server->file(QStringLiteral("admin.token"))}, {},
            QStringLiteral("client.authentication.k8s.io/v1"), m_server->dir()};
        KubeClient client(a);
        KubeRequest req;
        req.path = QStringLiteral("/api/v1/namespaces/kube-system");
        const KubeResponse r = client.sendAndWait(req);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.json.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("kube-system"));

        a.exec->args = QStringList {QStringLiteral("/nonexistent")}; // the plugin prints no token
        KubeClient refused(a);
        const KubeResponse bad = refused.sendAndWait(req);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error->kind, KubeError::Kind::Credentials);
    }

    void execPluginKeepsEventLoopRunning()
    {
        // A plugin that takes 5 s (a browser login, a slow token exchange): the thread that
        // sent the requests keeps processing events meanwhile, and the plugin runs once for
        // all three waiting requests.
        const QString count = m_server->file(QStringLiteral("slow-plugin.count"));
        QFile::remove(count);
        const QString plugin = writePlugin(QStringLiteral("slow-plugin.sh"),
            QStringLiteral("echo run >> '%1'\nsleep 5\nprintf '{\"apiVersion\":"
                           "\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                           "\"status\":{\"token\":\"%s\"}}' \"$(cat \"$1\")\"\n")
                .arg(count));
        ClusterAccess a = access(QStringLiteral("admin-token"));
        a.token.clear();
        a.exec = ExecPlugin {plugin, {m_server->file(QStringLiteral("admin.token"))}, {},
            QStringLiteral("client.authentication.k8s.io/v1"), m_server->dir()};
        KubeClient client(a);
        KubeRequest req;
        req.path = QStringLiteral("/api/v1/namespaces/kube-system");
        int answers = 0, good = 0;
        for (int i = 0; i < 3; ++i) {
            client.send(req, [&](const KubeResponse &r) {
                ++answers;
                good += r.ok() ? 1 : 0;
            });
        }
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, largestGap = 0;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            largestGap = std::max(largestGap, clock.elapsed() - last);
            last = clock.elapsed();
            ++ticks;
        });
        tick.start();
        QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 15000);
        tick.stop();
        QCOMPARE(good, 3);
        QVERIFY2(clock.elapsed() >= 4900, "the answers came before the plugin could have ended");
        qInfo("exec plugin of 5 s: %d timer ticks, largest gap between two %lld ms", ticks,
            largestGap);
        // A blocked thread would show one gap of the plugin's 5 s. Half of it is the bound: a
        // loaded CI host under ASan has shown gaps over 250 ms that were waits for a CPU, not
        // a block (the figure is printed above).
        QVERIFY2(largestGap < 2500, qPrintable(QString::number(largestGap)));
        QVERIFY(ticks > 20);
        QFile runs(count);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().count('\n'), 1);
    }

    void execPluginTimeoutEndsItsChildren()
    {
        // The plugin starts a helper and hangs: the timeout ends both, and says so.
        const QString pidFile = m_server->file(QStringLiteral("hang-plugin.pid"));
        QFile::remove(pidFile);
        const QString plugin = writePlugin(QStringLiteral("hang-plugin.sh"),
            QStringLiteral("sleep 300 &\necho $! > '%1'\nsleep 300\n").arg(pidFile));
        ExecPlugin p {
            plugin, {}, {}, QStringLiteral("client.authentication.k8s.io/v1"), m_server->dir()};
        QElapsedTimer clock;
        clock.start();
        const ExecCredential c = runExecPlugin(p, 1500);
        QVERIFY(c.error);
        QCOMPARE(c.error->kind, KubeError::Kind::Credentials);
        QVERIFY2(c.error->message.contains(QStringLiteral("did not answer within 1 s")),
            qPrintable(c.error->message));
        QVERIFY(clock.elapsed() < 5000);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pid = f.readAll().trimmed();
        QVERIFY(!pid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 3000);
    }

    void execPluginOutputIsBounded()
    {
        // A plugin that prints forever is ended once it passes the limit, not read until
        // memory runs out.
        const QString plugin
            = writePlugin(QStringLiteral("flood-plugin.sh"), QStringLiteral("exec yes\n"));
        ExecPlugin p {
            plugin, {}, {}, QStringLiteral("client.authentication.k8s.io/v1"), m_server->dir()};
        const ExecCredential c = runExecPlugin(p, 20000);
        QVERIFY(c.error);
        QVERIFY2(c.error->message.contains(QStringLiteral("more than 1 MiB")),
            qPrintable(c.error->message));
    }

    void forbiddenNamesVerbAndResource()
    {
        KubeClient client(access(QStringLiteral("viewer")));
        const KubeResponse r
            = client.sendAndWait(applyConfigMap(QStringLiteral("x"), QStringLiteral("a")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, KubeError::Kind::Forbidden);
        QCOMPARE(r.error->message,
            QStringLiteral("user \"u\" may not patch configmaps \"owned\" in kube-system (403 "
                           "Forbidden); the server says: configmaps \"owned\" is forbidden: User "
                           "\"viewer\" cannot patch resource \"configmaps\" in API group \"\" in "
                           "the namespace \"kube-system\""));
    }

    void conflictNamesTheManager()
    {
        KubeClient client(access(QStringLiteral("admin-cert")));
        QVERIFY(client.sendAndWait(applyConfigMap(QStringLiteral("someone"), QStringLiteral("a")))
                    .ok());
        // The same value is shared ownership, not a conflict.
        QVERIFY(client
                    .sendAndWait(
                        applyConfigMap(QStringLiteral("tke-cilium-installer"), QStringLiteral("a")))
                    .ok());
        const KubeResponse r = client.sendAndWait(
            applyConfigMap(QStringLiteral("tke-cilium-installer"), QStringLiteral("b")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, KubeError::Kind::Conflict);
        QVERIFY2(r.error->message.contains(
                     QStringLiteral(".data.mode (held by field manager \"someone\")")),
            qPrintable(r.error->message));
        KubeRequest forced
            = applyConfigMap(QStringLiteral("tke-cilium-installer"), QStringLiteral("b"));
        forced.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        const KubeResponse ok = client.sendAndWait(forced);
        QVERIFY(ok.ok());
        QCOMPARE(ok.json.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("mode"))
                     .toString(),
            QStringLiteral("b"));
    }

    void invalidCarriesTheServerMessage()
    {
        KubeClient client(access(QStringLiteral("admin-cert")));
        KubeRequest r = applyConfigMap(QStringLiteral("m"), QStringLiteral("a"));
        r.path.replace(QStringLiteral("/owned"), QStringLiteral("/Bad_Name"));
        r.body.replace("\"owned\"", "\"Bad_Name\"");
        r.what = QStringLiteral("configmaps \"Bad_Name\" in kube-system");
        const KubeResponse resp = client.sendAndWait(r);
        QVERIFY(!resp.ok());
        QCOMPARE(resp.error->kind, KubeError::Kind::Invalid);
        QCOMPARE(resp.httpStatus, 422);
        QVERIFY2(resp.error->message.contains(
                     QStringLiteral("metadata.name: Invalid value: \"Bad_Name\"")),
            qPrintable(resp.error->message));
    }

    void unreachable()
    {
        ClusterAccess a = access(QStringLiteral("admin-token"));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        a.server.setPort(probe.serverPort());
        probe.close(); // nothing listens there now
        KubeClient client(a);
        client.setRetries(0, 0);
        KubeRequest req;
        req.path = QStringLiteral("/api");
        const KubeResponse r = client.sendAndWait(req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, KubeError::Kind::Unreachable);
        QVERIFY(r.error->message.contains(QStringLiteral("cannot reach the API server")));
    }

    void unavailableIsRetried_data()
    {
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("status");
        QTest::newRow("two 503s, three retries: answered") << 3 << 200;
        QTest::newRow("two 503s, one retry: the 503 is reported") << 1 << 503;
    }
    void unavailableIsRetried()
    {
        QFETCH(int, retries);
        QFETCH(int, status);
        TestApiServer flaky({QStringLiteral("--unavailable-first"), QStringLiteral("2")});
        QVERIFY(flaky.isRunning());
        KubeClient client(*loadKubeConfig({flaky.kubeconfig(QStringLiteral("admin-cert"))}).access);
        client.setRetries(retries, 20);
        KubeRequest req;
        req.path = QStringLiteral("/api");
        req.what = QStringLiteral("discovery");
        const KubeResponse r = client.sendAndWait(req);
        QCOMPARE(r.httpStatus, status);
        if (status != 200) {
            QCOMPARE(r.error->kind, KubeError::Kind::Server);
            QVERIFY(r.error->message.contains(QStringLiteral("unable to handle the request")));
        }
    }

    void timeoutIsRetriedWithBackoff()
    {
        // A server that reads requests and never answers. Plain HTTP here so that the test
        // can count the requests it receives.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        int requests = 0;
        QList<QTcpSocket *> sockets;
        connect(&silent, &QTcpServer::newConnection, this, [&]() {
            while (silent.hasPendingConnections()) {
                QTcpSocket *s = silent.nextPendingConnection();
                sockets.append(s);
                connect(s, &QTcpSocket::readyRead, this,
                    [&requests, s]() { requests += int(s->readAll().count("GET /api ")); });
            }
        });
        ClusterAccess a = access(QStringLiteral("admin-token"));
        a.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        KubeClient client(a);
        client.setTimeout(500);
        client.setRetries(2, 50);
        KubeRequest req;
        req.path = QStringLiteral("/api");
        req.what = QStringLiteral("discovery");
        QElapsedTimer clock;
        clock.start();
        const KubeResponse r = client.sendAndWait(req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, KubeError::Kind::Timeout);
        QCOMPARE(requests, 3); // the first try and two retries
        // Three 500 ms attempts and backoffs of 50 and 100 ms (1650 ms); Qt's coarse timers may
        // fire up to 5% early, so allow some slack.
        QVERIFY(clock.elapsed() >= 1550);
        qDeleteAll(sockets);
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
