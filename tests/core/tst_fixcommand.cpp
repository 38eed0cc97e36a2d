// The command copied for a failed or warned preflight check: the known fix, or the command
// that shows what is wrong; nothing where no fix is known or the arguments look wrong.
#include "preflight/FixCommand.h"
#include "preflight/NodeChecks.h"

#include <QTest>

using namespace tkeci;

class TestFixCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void command_data()
    {
        using C = CheckResult::Code;
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::newRow("ip_forward off") << int(C::IpForwardOff) << QStringList {QStringLiteral("0")}
                                        << QStringLiteral("sysctl -w net.ipv4.ip_forward=1");
        QTest::newRow("bpffs not mounted") << int(C::BpffsNotMounted) << QStringList {QString()}
                                           << QStringLiteral("mount bpffs /sys/fs/bpf -t bpf");
        QTest::newRow("bpffs mounted as tmpfs")
            << int(C::BpffsNotMounted) << QStringList {QStringLiteral("tmpfs")} << QString();
        QTest::newRow("one busy port")
            << int(C::PortsBusy) << QStringList {QStringLiteral("9876/tcp (sshd)")}
            << QStringLiteral("ss -ltnp 'sport = :9876'");
        QTest::newRow("busy ports")
            << int(C::PortsBusy)
            << QStringList {QStringLiteral("4240/tcp, 8472/udp (dockerd), 70000/tcp, x/tcp")}
            << QStringLiteral("ss -ltnp 'sport = :4240'\nss -lunp 'sport = :8472'");
        QTest::newRow("kernel option")
            << int(C::KernelConfigMissing)
            << QStringList {QStringLiteral("CONFIG_BPF_JIT"),
                   QStringLiteral("/boot/config-5.4.119-19-0009")}
            << QStringLiteral("# This kernel lacks CONFIG_BPF_JIT; install a kernel built with "
                              "them (=y or =m).\ngrep -E '^(CONFIG_BPF_JIT)=' "
                              "/boot/config-$(uname -r)");
        QTest::newRow("kernel options from /proc")
            << int(C::KernelConfigMissing)
            << QStringList {QStringLiteral("CONFIG_BPF_JIT, CONFIG_CGROUP_BPF, rm -rf /"),
                   QStringLiteral("/proc/config.gz")}
            << QStringLiteral("# This kernel lacks CONFIG_BPF_JIT, CONFIG_CGROUP_BPF; install a "
                              "kernel built with them (=y or =m).\nzgrep -E "
                              "'^(CONFIG_BPF_JIT|CONFIG_CGROUP_BPF)=' /proc/config.gz");
        QTest::newRow("old kernel: no command")
            << int(C::KernelTooOld)
            << QStringList {QStringLiteral("4.10.0"), QStringLiteral("4.11"),
                   QStringLiteral("1.9.5")}
            << QString();
        QTest::newRow("unreachable: no command")
            << int(C::Unreachable) << QStringList {QStringLiteral("no route")} << QString();
    }
    void command()
    {
        QFETCH(int, code);
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        CheckResult r = newResult(QStringLiteral("10.0.0.1"), CheckId::Ports);
        r.code = CheckResult::Code(code);
        r.args = args;
        QCOMPARE(fixCommand(r), command);
    }
};

QTEST_GUILESS_MAIN(TestFixCommand)
#include "tst_fixcommand.moc"
