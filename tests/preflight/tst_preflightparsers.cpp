// Pure parsing and judging of the probe script's output (ports, host checks, sections,
// messages): no network, no SSH. Kernel checks: tst_preflightkernel.
#include "preflight/KernelConfig.h"
#include "preflight/KernelVersion.h"
#include "preflight/NodeChecks.h"
#include "preflight/OsRelease.h"
#include "preflight/PortUsage.h"
#include "preflight/ProbeScript.h"

#include <algorithm>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTranslator>

using namespace tkeci;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(TKECI_PREFLIGHT_DATA "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const NodeCheckContext kContext {QStringLiteral("10.0.0.46"), QStringLiteral("1.9.5"), true, true};

} // namespace

class PreflightParsersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ssOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("overlay");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("busy");
        QTest::newRow("free-with-header")
            << QByteArray("Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n"
                          "tcp   LISTEN 0      128      0.0.0.0:22        0.0.0.0:*    "
                          "users:((\"sshd\",pid=1,fd=3))\n")
            << true << int(Verdict::Pass) << "";
        QTest::newRow("busy-with-process")
            << QByteArray("tcp   LISTEN 0      4096   127.0.0.1:9876      0.0.0.0:*    "
                          "users:((\"cilium-agent\",pid=812,fd=7),(\"x\",pid=9,fd=1))\n")
            << true << int(Verdict::Fail) << "9876/tcp (cilium-agent)";
        QTest::newRow("busy-no-process-ipv6") << QByteArray("tcp LISTEN 0 4096 [::]:4240 [::]:*\n")
                                              << true << int(Verdict::Fail) << "4240/tcp";
        QTest::newRow("hubble-busy")
            << QByteArray("tcp   LISTEN 0      4096         *:4244      *:*    "
                          "users:((\"cilium-agent\",pid=24311,fd=40))\n")
            << false << int(Verdict::Fail) << "4244/tcp (cilium-agent)";
        QTest::newRow("udp-vxlan-overlay")
            << QByteArray("udp   UNCONN 0      0            0.0.0.0:8472      0.0.0.0:*\n") << true
            << int(Verdict::Fail) << "8472/udp";
        QTest::newRow("udp-vxlan-underlay")
            << QByteArray("udp   UNCONN 0      0            0.0.0.0:8472      0.0.0.0:*\n") << false
            << int(Verdict::Pass) << "";
        QTest::newRow("no-netid-column")
            << QByteArray("State  Recv-Q Send-Q Local Address:Port  Peer Address:Port\n"
                          "LISTEN 0      128    *:9890              *:*\n")
            << true << int(Verdict::Fail) << "9890/tcp";
        QTest::newRow("interface-scoped")
            << QByteArray("tcp LISTEN 0 128 127.0.0.53%lo:9891 0.0.0.0:* "
                          "users:((\"gops\",pid=5,fd=3))\n")
            << true << int(Verdict::Fail) << "9891/tcp (gops)";
        QTest::newRow("similar-port-not-busy")
            << QByteArray("tcp LISTEN 0 128 0.0.0.0:19876 0.0.0.0:*\n"
                          "tcp LISTEN 0 128 0.0.0.0:98760 0.0.0.0:*\n")
            << true << int(Verdict::Pass) << "";
        QTest::newRow("two-busy") << QByteArray(
            "tcp LISTEN 0 128 *:9876 *:* users:((\"nc\",pid=5,fd=3))\n"
            "tcp LISTEN 0 128 *:4240 *:*\n")
                                  << true << int(Verdict::Fail) << "4240/tcp, 9876/tcp (nc)";
        QTest::newRow("every-tcp-port-busy")
            << QByteArray("tcp LISTEN 0 128 *:4240 *:*\ntcp LISTEN 0 128 *:4244 *:*\n"
                          "tcp LISTEN 0 128 *:9876 *:*\ntcp LISTEN 0 128 *:9890 *:*\n"
                          "tcp LISTEN 0 128 *:9891 *:*\n")
            << false << int(Verdict::Fail) << "4240/tcp, 4244/tcp, 9876/tcp, 9890/tcp, 9891/tcp";
    }
    void ssOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, overlay);
        QFETCH(int, verdict);
        QFETCH(QString, busy);
        NodeCheckContext c = kContext;
        c.overlay = overlay;
        const CheckResult r = checkPorts(c, {{QStringLiteral("ss"), output}});
        QCOMPARE(int(r.verdict), verdict);
        if (!busy.isEmpty())
            QCOMPARE(r.args.value(0), busy);
    }

    void ssMissing()
    {
        QCOMPARE(checkPorts(kContext, {{QStringLiteral("ss"), "@@no-ss"}}).verdict, Verdict::Warn);
        QCOMPARE(checkPorts(kContext, {}).verdict, Verdict::Warn);
    }

    void osRelease_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("double quotes") << "NAME=\"TencentOS Server\"\n"
                                       << "NAME"
                                       << "TencentOS Server";
        QTest::newRow("single quotes") << "VERSION_ID='2.4'"
                                       << "VERSION_ID"
                                       << "2.4";
        QTest::newRow("bare") << "ID=debian\nVERSION_CODENAME=bookworm"
                              << "ID"
                              << "debian";
        QTest::newRow("comment skipped") << "# ID=evil\nID=tencentos"
                                         << "ID"
                                         << "tencentos";
        QTest::newRow("later line wins") << "ID=a\nID=b"
                                         << "ID"
                                         << "b";
        QTest::newRow("spaces around") << "  ID = tencentos  "
                                       << "ID"
                                       << "tencentos";
        // A cut-off line keeps its text; only a matching pair of quotes is removed.
        QTest::newRow("unmatched quote") << "PRETTY_NAME=\"TencentOS"
                                         << "PRETTY_NAME"
                                         << "\"TencentOS";
        QTest::newRow("value with =") << "BUG=https://x/?a=b"
                                      << "BUG"
                                      << "https://x/?a=b";
    }
    void osRelease()
    {
        QFETCH(QString, content);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QCOMPARE(parseOsRelease(content).value(key), value);
    }

    void hostChecks_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("verdict");
        QTest::newRow("os-tencent")
            << "os"
            << "os-release" << readData(QStringLiteral("os-release-tencentos-3.1"))
            << int(Verdict::Pass);
        QTest::newRow("os-ubuntu")
            << "os"
            << "os-release" << readData(QStringLiteral("os-release-ubuntu-16.04"))
            << int(Verdict::Warn);
        QTest::newRow("os-none") << "os"
                                 << "os-release" << QByteArray() << int(Verdict::Warn);
        QTest::newRow("user-root") << "user"
                                   << "id" << QByteArray("root\n0") << int(Verdict::Pass);
        QTest::newRow("user-plain") << "user"
                                    << "id" << QByteArray("ops\n1000") << int(Verdict::Fail);
        QTest::newRow("arch-x86_64") << "arch"
                                     << "uname-m" << QByteArray("x86_64") << int(Verdict::Pass);
        QTest::newRow("arch-aarch64") << "arch"
                                      << "uname-m" << QByteArray("aarch64") << int(Verdict::Pass);
        QTest::newRow("arch-i686") << "arch"
                                   << "uname-m" << QByteArray("i686") << int(Verdict::Fail);
        QTest::newRow("bpffs-ok") << "bpffs"
                                  << "bpffs" << QByteArray("bpf /sys/fs/bpf bpf rw,relatime 0 0")
                                  << int(Verdict::Pass);
        QTest::newRow("bpffs-none") << "bpffs"
                                    << "bpffs" << QByteArray() << int(Verdict::Warn);
        QTest::newRow("bpffs-tmpfs")
            << "bpffs"
            << "bpffs" << QByteArray("none /sys/fs/bpf tmpfs rw 0 0") << int(Verdict::Warn);
        QTest::newRow("fwd-on") << "ip_forward"
                                << "ip_forward" << QByteArray("1") << int(Verdict::Pass);
        QTest::newRow("fwd-off") << "ip_forward"
                                 << "ip_forward" << QByteArray("0") << int(Verdict::Warn);
        QTest::newRow("links-clean")
            << "cni.leftovers"
            << "links" << QByteArray("1: lo: <LOOPBACK> mtu\n2: eth0@if3: <UP>")
            << int(Verdict::Pass);
        QTest::newRow("links-flannel")
            << "cni.leftovers"
            << "links" << QByteArray("1: lo: <LOOPBACK>\n7: flannel.1: <UP>") << int(Verdict::Fail);
        QTest::newRow("links-sysfs-cilium")
            << "cni.leftovers"
            << "links" << QByteArray("cilium_host\neth0\nlo") << int(Verdict::Fail);
        QTest::newRow("cni-files-cilium-only")
            << "cni.leftovers"
            << "cni-files" << QByteArray("05-cilium.conf") << int(Verdict::Pass);
        QTest::newRow("cni-files-calico")
            << "cni.leftovers"
            << "cni-files" << QByteArray("10-calico.conflist\n05-cilium.conf")
            << int(Verdict::Fail);
    }
    void hostChecks()
    {
        QFETCH(QString, check);
        QFETCH(QString, section);
        QFETCH(QByteArray, text);
        QFETCH(int, verdict);
        const CheckResults all = evaluateProbe(kContext, {{section, text}});
        QCOMPARE(all.size(), preflightCheckIds().size());
        for (const CheckResult &r : all) {
            if (checkIdString(r.check) == check) {
                QCOMPARE(int(r.verdict), verdict);
                QVERIFY(!checkMessage(r).isEmpty());
                return;
            }
        }
        QFAIL("check not evaluated");
    }

    void leftoversWarnOnExistingCluster()
    {
        NodeCheckContext c = kContext;
        c.newCluster = false;
        const CheckResult r = checkCniLeftovers(c, {{QStringLiteral("links"), "cni0"}});
        QCOMPARE(r.verdict, Verdict::Warn);
        QCOMPARE(r.args.value(0), QStringLiteral("cni0"));
    }

    void splitSections()
    {
        const QByteArray out = "motd noise\n\n@@tkeci:uname-r\n5.4.119-19-0009\n\n@@tkeci:empty\n"
                               "\n@@tkeci:ss\nline1\nline2\n\n@@tkeci:end\n";
        const QHash<QString, QByteArray> s = splitProbeOutput(out);
        QCOMPARE(s.value(QStringLiteral("uname-r")), QByteArray("5.4.119-19-0009"));
        QCOMPARE(s.value(QStringLiteral("ss")), QByteArray("line1\nline2"));
        QVERIFY(s.contains(QStringLiteral("empty")));
        QVERIFY(s.value(QStringLiteral("empty")).isEmpty());
        QVERIFY(s.contains(QStringLiteral("end")));
        QVERIFY(!s.contains(QStringLiteral("kconfig")));
    }

    void scriptIsFixedAndRunsLocally()
    {
        // The script is one constant; running it under a local sh proves it parses and ends.
        const QByteArray script = probeScript();
        QVERIFY(script.contains("@@tkeci:%s"));
        QVERIFY(script.contains("CONFIG_BPF_JIT"));
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromLatin1(script)});
        QVERIFY(sh.waitForFinished(20000));
        const QHash<QString, QByteArray> s = splitProbeOutput(sh.readAllStandardOutput());
        for (const char *name : {"uname-r", "uname-m", "id", "os-release", "kconfig", "ss", "end"})
            QVERIFY2(s.contains(QLatin1String(name)), name);
        const CheckResults all = evaluateProbe(kContext, s);
        QCOMPARE(all.size(), preflightCheckIds().size());
        QCOMPARE(checkIdString(all.at(5).check), QStringLiteral("arch"));
    }

    void scriptSectionsMatchThePrograms()
    {
        // The script asks for each answer once and reads small files with the shell's own
        // `read` (fewer processes on the node): each section must say what the programs say.
        const auto run = [](const QString &program, const QStringList &args) {
            QProcess p;
            p.start(program, args);
            return p.waitForFinished(20000) ? p.readAllStandardOutput().trimmed() : QByteArray();
        };
        const auto file = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
        };
        // sshd sets LOGNAME to the login's name; without it the script asks id.
        const QByteArray user = run(QStringLiteral("id"), {QStringLiteral("-un")});
        const auto probe = [](const QByteArray &script, const QByteArray &logName) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (logName.isEmpty())
                env.remove(QStringLiteral("LOGNAME"));
            else
                env.insert(QStringLiteral("LOGNAME"), QString::fromUtf8(logName));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromLatin1(script)});
            return splitProbeOutput(
                p.waitForFinished(20000) ? p.readAllStandardOutput() : QByteArray());
        };
        const QHash<QString, QByteArray> s = probe(probeScript(), user);
        QCOMPARE(s.value(QStringLiteral("uname-r")),
            run(QStringLiteral("uname"), {QStringLiteral("-r")}));
        QCOMPARE(s.value(QStringLiteral("uname-m")),
            run(QStringLiteral("uname"), {QStringLiteral("-m")}));
        const QByteArray id = user + '\n' + run(QStringLiteral("id"), {QStringLiteral("-u")});
        QCOMPARE(s.value(QStringLiteral("id")), id);
        QCOMPARE(probe(probeScript(), QByteArray()).value(QStringLiteral("id")), id);
        QCOMPARE(s.value(QStringLiteral("links")),
            run(QStringLiteral("ip"),
                {QStringLiteral("-o"), QStringLiteral("link"), QStringLiteral("show")}));
        QCOMPARE(s.value(QStringLiteral("addr4")),
            run(QStringLiteral("ip"),
                {QStringLiteral("-o"), QStringLiteral("-4"), QStringLiteral("addr"),
                    QStringLiteral("show")}));
        QVERIFY(s.value(QStringLiteral("links")).contains(" mtu "));
        QVERIFY(s.value(QStringLiteral("addr4")).contains(" inet 127.0.0.1/8 "));
        QCOMPARE(s.value(QStringLiteral("bpffs")),
            run(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("grep ' /sys/fs/bpf ' /proc/mounts")}));
        // The CNI folder's names as ls -A gives them (the order aside: the glob lists the
        // dot files last), a dangling link and names with blanks included.
        QTemporaryDir cni;
        QVERIFY(cni.isValid());
        for (const char *name : {"10-flannel.conflist", ".hidden", "..dots", "with blank", "-x"}) {
            QFile f(cni.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::link(
            cni.filePath(QStringLiteral("gone")), cni.filePath(QStringLiteral("dangling"))));
        QByteArray local = probeScript();
        local.replace("/etc/cni/net.d", cni.path().toUtf8());
        QByteArrayList listed = probe(local, user).value(QStringLiteral("cni-files")).split('\n');
        QByteArrayList byLs
            = run(QStringLiteral("ls"), {QStringLiteral("-A"), cni.path()}).split('\n');
        std::sort(listed.begin(), listed.end());
        std::sort(byLs.begin(), byLs.end());
        QCOMPARE(listed, byLs);
        QCOMPARE(listed.size(), 6);
        local = probeScript();
        local.replace("/etc/cni/net.d", cni.filePath(QStringLiteral("absent")).toUtf8());
        QCOMPARE(probe(local, user).value(QStringLiteral("cni-files")), QByteArray());
        QCOMPARE(s.value(QStringLiteral("os-release")), file(QStringLiteral("/etc/os-release")));
        QCOMPARE(s.value(QStringLiteral("ip_forward")),
            file(QStringLiteral("/proc/sys/net/ipv4/ip_forward")));
        QVERIFY(!s.value(QStringLiteral("ip_forward")).isEmpty());

        // The shell's stand-in for cat, byte for byte: leading blanks, backslashes, an empty
        // line and a last line without a newline (which gets one).
        const QByteArray script = probeScript();
        const qsizetype at = script.indexOf("cat_() {");
        QVERIFY(at >= 0);
        const QByteArray define = script.mid(at, script.indexOf('\n', at) - at);
        QTemporaryFile input;
        QVERIFY(input.open());
        input.write("  NAME=\"a\\\\b\"\n\n\tx=1\nlast");
        input.close();
        QProcess sh;
        sh.start(QStringLiteral("sh"),
            {QStringLiteral("-c"), QString::fromLatin1(define) + QStringLiteral("; cat_ <\"$1\""),
                QStringLiteral("sh"), input.fileName()});
        QVERIFY(sh.waitForFinished(20000));
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("  NAME=\"a\\\\b\"\n\n\tx=1\nlast\n"));
    }

    void messageRetranslatesAfterLanguageSwitch()
    {
        // The result keeps code + args, not a sentence: the same object reads in the new
        // language once a translator is installed, and back when it is removed.
        const CheckResult r = checkKernelVersion(
            kContext, {{QStringLiteral("uname-r"), QByteArray("4.10.0-118-generic")}});
        const QString english = QStringLiteral("10.0.0.46: kernel 4.10.0-118-generic is older than "
                                               "4.11, the minimum for Cilium 1.9.5");
        QCOMPARE(checkMessage(r), english);
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(TKECI_RETRANSLATE_QM)));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        QCOMPARE(checkMessage(r),
            QStringLiteral(
                "10.0.0.46: 内核版本 4.10.0-118-generic 低于 Cilium 1.9.5 要求的最低版本 4.11"));
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(checkMessage(r), english);
    }

    void nodeFailureGivesOneRowPerCheck()
    {
        const CheckResults rows
            = nodeFailure(QStringLiteral("10.0.0.9"), CheckResult::Code::HostKeyChanged,
                {QStringLiteral("SHA256:new"), QStringLiteral("SHA256:old")}, {});
        QCOMPARE(rows.size(), preflightCheckIds().size());
        for (const CheckResult &r : rows) {
            QCOMPARE(r.verdict, Verdict::Fail);
            QVERIFY(checkMessage(r).contains(QLatin1String("SHA256:new")));
            QVERIFY(checkMessage(r).contains(QLatin1String("SHA256:old")));
        }
    }
};

QTEST_GUILESS_MAIN(PreflightParsersTest)
#include "tst_preflightparsers.moc"
