// kubeconfig loading: file choice, merging, contexts, file-or-data credentials, token files,
// exec plugins, and insecure-skip-tls-verify only with a warning.
#include "kube/ExecCredential.h"
#include "kube/KubeConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

class TestKubeConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Fixtures with relative paths (ca.pem, token, ./plugin.sh) resolved beside the file.
    static QString data(const QString &name)
    {
        return QStringLiteral(TKECI_KUBE_TEST_DATA "/") + name;
    }

    QString write(const QString &name, const QByteArray &text, bool executable = false)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        if (executable)
            f.setPermissions(f.permissions() | QFile::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void paths_data()
    {
        QTest::addColumn<QString>("explicitPath");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("flag wins") << "/k/flag"
                                   << "/k/a:/k/b" << QStringList {"/k/flag"};
        QTest::newRow("env, in order, no duplicates")
            << ""
            << "/k/a::/k/b:/k/a" << QStringList {"/k/a", "/k/b"};
        QTest::newRow("home") << ""
                              << "" << QStringList {"/home/op/.kube/config"};
    }
    void paths()
    {
        QFETCH(QString, explicitPath);
        QFETCH(QString, env);
        QFETCH(QStringList, expected);
        QCOMPARE(kubeconfigPaths(explicitPath, env, QStringLiteral("/home/op")), expected);
    }

    void mergeAndContexts_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("token");
        QTest::newRow("current-context from the first file") << ""
                                                             << "https://10.0.0.1:6443"
                                                             << "t-one";
        QTest::newRow("--context from the second file") << "two"
                                                        << "https://10.0.0.2:6443"
                                                        << "t-two";
    }
    void mergeAndContexts()
    {
        QFETCH(QString, context);
        QFETCH(QString, server);
        QFETCH(QString, token);
        const QString a = data(QStringLiteral("merge-a.yaml"));
        const QString b = data(QStringLiteral("merge-b.yaml"));
        const KubeConfigResult r = loadKubeConfig({a, b}, context);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.access->server.toString(), server);
        QCOMPARE(r.access->token, token);
        // The CA path is relative to the file that names it; -data is base64.
        QCOMPARE(r.access->caPem, context.isEmpty() ? QByteArray("CA-ONE") : QByteArray("CA-TWO"));
        QVERIFY(r.warnings.isEmpty());
        // The picker lists every context of the merged files; the first current-context wins.
        QCOMPARE(r.contexts, (QStringList {QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(r.currentContext, QStringLiteral("one"));
    }

    void errorsAndWarnings_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("warning");
        const QByteArray base = "clusters:\n- name: c\n  cluster: {server: 'https://h:6443'%1}\n"
                                "contexts:\n- name: x\n  context: {cluster: c, user: u}\n"
                                "users:\n- name: u\n  user: {token: t}\n";
        QTest::newRow("unknown context") << QByteArray(base).replace("%1", "") << "nope"
                                         << "has no context \"nope\""
                                         << "";
        QTest::newRow("no current-context") << QByteArray(base).replace("%1", "") << ""
                                            << "no current-context"
                                            << "";
        QTest::newRow("insecure only with a warning")
            << QByteArray(base).replace("%1", ", insecure-skip-tls-verify: true") << "x"
            << ""
            << "TLS verification is OFF";
        QTest::newRow("bad base64")
            << QByteArray(base).replace("%1", ", certificate-authority-data: '@@'") << "x"
            << "not valid base64"
            << "";
        // A path that never ends must not be read to the end (it grew memory without bound).
        QTest::newRow("CA file without end")
            << QByteArray(base).replace("%1", ", certificate-authority: /dev/zero") << "x"
            << "cannot read certificate-authority"
            << "";
        QTest::newRow("missing CA file")
            << QByteArray(base).replace("%1", ", certificate-authority: /nonexistent/ca.crt") << "x"
            << "cannot read certificate-authority"
            << "";
    }
    void errorsAndWarnings()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, context);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        const KubeConfigResult r = loadKubeConfig({write(QStringLiteral("e.yaml"), yaml)}, context);
        if (error.isEmpty()) {
            QVERIFY(r.ok());
            QVERIFY(r.access->insecureSkipTlsVerify);
            QVERIFY(r.warnings.join(u'\n').contains(warning));
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error->message.contains(error), qPrintable(r.error->message));
        }
    }

    void kubeconfigWithoutEnd()
    {
        // Read up to the YAML size limit only, then refused as too large or binary.
        const KubeConfigResult r = loadKubeConfig({QStringLiteral("/dev/zero")});
        QVERIFY(!r.ok());
        QVERIFY2(
            r.error->message.contains(QStringLiteral("/dev/zero")), qPrintable(r.error->message));
    }

    void parseReadsFilesOnlyThroughTheReader()
    {
        // parseKubeConfig (what loadKubeConfig and the fuzzer call) touches no disk: every
        // file it names is asked of the reader, resolved against the text's folder.
        const QByteArray yaml = "current-context: x\n"
                                "clusters:\n- {name: c, cluster: {server: 'https://h:6443', "
                                "certificate-authority: pki/ca.pem}}\n"
                                "contexts:\n- {name: x, context: {cluster: c, user: u}}\n"
                                "users:\n- {name: u, user: {client-certificate: /abs/u.pem, "
                                "client-key-data: a2V5}}\n";
        QStringList asked;
        const KubeConfigFileReader reader
            = [&asked](const QString &path, QString &) -> std::optional<QByteArray> {
            asked.append(path);
            return path.toUtf8();
        };
        const KubeConfigResult r = parseKubeConfig(
            {{yaml, QStringLiteral("mem"), QStringLiteral("/cfg")}}, QString(), reader);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(
            asked, QStringList({QStringLiteral("/cfg/pki/ca.pem"), QStringLiteral("/abs/u.pem")}));
        QCOMPARE(r.access->caPem, QByteArray("/cfg/pki/ca.pem"));
        QCOMPARE(r.access->clientKeyPem, QByteArray("key"));
    }

    void tokenFileAndExec()
    {
        const QString cfg = data(QStringLiteral("credentials.yaml"));
        const KubeConfigResult file = loadKubeConfig({cfg}, QStringLiteral("file"));
        QVERIFY(file.ok());
        QCOMPARE(file.access->tokenFile, data(QStringLiteral("token")));
        const KubeConfigResult exec = loadKubeConfig({cfg}, QStringLiteral("exec"));
        QVERIFY(exec.ok() && exec.access->exec);
        const ExecCredential cred = runExecPlugin(*exec.access->exec);
        QVERIFY2(!cred.error,
            qPrintable(cred.error ? cred.error->message + cred.error->detail : QString()));
        QCOMPARE(cred.token, QStringLiteral("from-plugin-abc"));

        ExecPlugin broken = *exec.access->exec;
        broken.env.clear();
        const ExecCredential failed = runExecPlugin(broken);
        QVERIFY(failed.error);
        QVERIFY(failed.error->message.contains(QStringLiteral("exit code 3")));
    }
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
