// Pure parsing and judging of the probe script's output: no network, no SSH.
#include "preflight/KernelConfig.h"
#include "preflight/KernelVersion.h"
#include "preflight/NodeChecks.h"
#include "preflight/PortUsage.h"
#include "preflight/ProbeScript.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace tkeci;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(TKECI_PREFLIGHT_DATA "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray gzip(const QByteArray &plain)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
    p.waitForStarted();
    p.write(plain);
    p.closeWriteChannel();
    p.waitForFinished();
    return p.readAllStandardOutput();
}

const NodeCheckContext kContext {QStringLiteral("10.0.0.46"), QStringLiteral("1.9.5"), true, true};

} // namespace

class PreflightParsersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kernelRelease_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::newRow("tencentos") << "5.4.119-19-0009" << true << 5 << 4 << 119;
        QTest::newRow("rhel8") << "4.18.0-305.el8.x86_64" << true << 4 << 18 << 0;
        QTest::newRow("rc-dirty") << "6.1.0-rc7+" << true << 6 << 1 << 0;
        QTest::newRow("ubuntu") << "4.10.0-118-generic" << true << 4 << 10 << 0;
        QTest::newRow("two-part") << "6.8" << true << 6 << 8 << 0;
        QTest::newRow("two-part-suffix") << "5.10-custom" << true << 5 << 10 << 0;
        QTest::newRow("newline") << "5.15.0-91-generic\n" << true << 5 << 15 << 0;
        QTest::newRow("empty") << "" << false << 0 << 0 << 0;
        QTest::newRow("garbage") << "linux" << false << 0 << 0 << 0;
        QTest::newRow("major-only") << "5" << false << 0 << 0 << 0;
    }
    void kernelRelease()
    {
        QFETCH(QString, release);
        QFETCH(bool, valid);
        const auto v = parseKernelRelease(release);
        QCOMPARE(v.has_value(), valid);
        if (valid) {
            QFETCH(int, major);
            QFETCH(int, minor);
            QFETCH(int, patch);
            QCOMPARE(*v, (KernelVersion {major, minor, patch}));
        }
    }

    void kernelMinimum_data()
    {
        QTest::addColumn<QString>("cilium");
        QTest::addColumn<QString>("minimum");
        QTest::newRow("1.9.5") << "1.9.5"
                               << "4.11";
        QTest::newRow("1.12.0") << "1.12.0"
                                << "4.11";
        QTest::newRow("1.13.4") << "1.13.4"
                                << "4.19.57";
        QTest::newRow("1.15.0") << "1.15.0"
                                << "4.19.57";
        QTest::newRow("1.16.1") << "1.16.1"
                                << "5.4";
        QTest::newRow("1.17.0") << "1.17.0"
                                << "5.4";
        QTest::newRow("1.18.0") << "1.18.0"
                                << "5.10";
        QTest::newRow("2.0") << "2.0"
                             << "5.10";
    }
    void kernelMinimum()
    {
        QFETCH(QString, cilium);
        QFETCH(QString, minimum);
        QCOMPARE(minimumKernelFor(cilium).toString(), minimum);
    }

    void kernelVersionVerdict_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("cilium");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("message");
        QTest::newRow("too-old") << "4.10.0-118-generic"
                                 << "1.9.5" << int(Verdict::Fail)
                                 << "10.0.0.46: kernel 4.10.0-118-generic is older than 4.11, "
                                    "the minimum for Cilium 1.9.5";
        QTest::newRow("exact")
            << "4.11.0"
            << "1.9.5" << int(Verdict::Pass)
            << "10.0.0.46: kernel 4.11.0 meets the minimum 4.11 for Cilium 1.9.5";
        QTest::newRow("rhel-vs-1.13") << "4.18.0-305.el8.x86_64"
                                      << "1.13.4" << int(Verdict::Fail)
                                      << "10.0.0.46: kernel 4.18.0-305.el8.x86_64 is older than "
                                         "4.19.57, the minimum for Cilium 1.13.4";
        QTest::newRow("patch-below") << "4.19.56"
                                     << "1.14.0" << int(Verdict::Fail) << "";
        QTest::newRow("patch-equal") << "4.19.57-1"
                                     << "1.14.0" << int(Verdict::Pass) << "";
        QTest::newRow("rc") << "6.1.0-rc7+"
                            << "1.18.0" << int(Verdict::Pass) << "";
        QTest::newRow("unparsable") << "weird"
                                    << "1.9.5" << int(Verdict::Fail)
                                    << "10.0.0.46: kernel release \"weird\" cannot be read as a "
                                       "version";
    }
    void kernelVersionVerdict()
    {
        QFETCH(QString, release);
        QFETCH(QString, cilium);
        QFETCH(int, verdict);
        QFETCH(QString, message);
        NodeCheckContext c = kContext;
        c.ciliumVersion = cilium;
        const CheckResult r
            = checkKernelVersion(c, {{QStringLiteral("uname-r"), release.toUtf8()}});
        QCOMPARE(int(r.verdict), verdict);
        QCOMPARE(r.check, QStringLiteral("kernel.version"));
        if (!message.isEmpty())
            QCOMPARE(checkMessage(r), message);
    }

    void kernelConfigFromBoot_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("missing");
        const QByteArray ready = readData(QStringLiteral("config-cilium-ready"));
        QVERIFY(!ready.isEmpty());
        QTest::newRow("ready") << ready << int(Verdict::Pass) << "";
        QTest::newRow("no-jit") << readData(QStringLiteral("config-no-bpf-jit"))
                                << int(Verdict::Fail) << "CONFIG_BPF_JIT";
        QByteArray two = ready;
        two.replace("CONFIG_CGROUP_BPF=y", "CONFIG_CGROUP_BPF=n");
        two.replace("CONFIG_CRYPTO_SHA1=y\n", "");
        QTest::newRow("two-missing")
            << two << int(Verdict::Fail) << "CONFIG_CRYPTO_SHA1, CONFIG_CGROUP_BPF";
        QTest::newRow("empty") << QByteArray() << int(Verdict::Fail)
                               << requiredKernelOptions().join(QStringLiteral(", "));
    }
    void kernelConfigFromBoot()
    {
        QFETCH(QByteArray, config);
        QFETCH(int, verdict);
        QFETCH(QString, missing);
        const CheckResult r = checkKernelConfig(
            kContext, {{QStringLiteral("kconfig"), "source /boot/config-5.4.119\n" + config}});
        QCOMPARE(int(r.verdict), verdict);
        if (!missing.isEmpty()) {
            QCOMPARE(r.code, CheckResult::Code::KernelConfigMissing);
            QCOMPARE(r.args.value(0), missing);
            QVERIFY(checkMessage(r).contains(missing));
        }
    }

    void kernelConfigFromProcGz()
    {
        const QByteArray plain = readData(QStringLiteral("config-no-bpf-jit"));
        const QByteArray gz = gzip(plain);
        QVERIFY(gz.startsWith("\x1f\x8b"));
        QCOMPARE(gunzip(gz).value_or(QByteArray()), plain);
        QVERIFY(!gunzip(gz.left(gz.size() / 2)).has_value()); // truncated
        QVERIFY(!gunzip(plain).has_value()); // not gzip at all
        const QHash<QString, QByteArray> sections {
            {QStringLiteral("kconfig"), "source /proc/config.gz"},
            {QStringLiteral("kconfig-gz"), gz.toBase64()}};
        const CheckResult r = checkKernelConfig(kContext, sections);
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.args,
            (QStringList {QStringLiteral("CONFIG_BPF_JIT"), QStringLiteral("/proc/config.gz")}));
    }

    void kernelConfigUnreadable()
    {
        const CheckResult r
            = checkKernelConfig(kContext, {{QStringLiteral("kconfig"), "source none"}});
        QCOMPARE(r.verdict, Verdict::Warn);
        QCOMPARE(r.code, CheckResult::Code::KernelConfigUnreadable);
        const CheckResult bad = checkKernelConfig(kContext,
            {{QStringLiteral("kconfig"), "source /proc/config.gz"},
                {QStringLiteral("kconfig-gz"), "bm90IGd6aXA="}});
        QCOMPARE(bad.verdict, Verdict::Warn);
    }

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
            if (r.check == check) {
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
        QCOMPARE(all.at(5).check, QStringLiteral("arch"));
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
