// Kernel release and kernel config: parsing and verdicts (pure, no SSH).
#include "preflight/KernelConfig.h"
#include "preflight/KernelVersion.h"
#include "preflight/NodeChecks.h"

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

class PreflightKernelTest : public QObject
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
        QCOMPARE(checkIdString(r.check), QStringLiteral("kernel.version"));
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
};

QTEST_GUILESS_MAIN(PreflightKernelTest)
#include "tst_preflightkernel.moc"
