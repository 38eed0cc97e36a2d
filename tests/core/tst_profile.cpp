// Profiles: reading, writing, and every validation rule, each with its field path.
#include "ProfileFixture.h"

#include "profile/ProfileReader.h"
#include "profile/ProfileWriter.h"
#include "validation/PlanValidator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;
using tkeci::test::profileWith;

Q_DECLARE_METATYPE(tkeci::Problem::Code)

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultProfileIsValid();
    void roundTrip_data();
    void roundTrip();
    void fileSaveAndLoad();
    void rules_data();
    void rules();
    void everyProblemAtOnce();
    void keyFileIsALocalPathNotShellText();
    void brokenYamlHasLineAndColumn();
    void hostileFilesAreRefusedFast_data();
    void hostileFilesAreRefusedFast();
    void missingFile();
    void controlCharactersFromTheWizard();
    void overlayCapacityReservesServiceCidr_data();
    void overlayCapacityReservesServiceCidr();
};

// The wizard builds a plan without the profile reader: the validator refuses the same.
void TestProfile::controlCharactersFromTheWizard()
{
    InstallPlan plan = defaultProfile().plan;
    plan.displayName = QStringLiteral("prod\x1b[2Jfake");
    plan.imageRegistry = QStringLiteral("docker.io/tkestack\n");
    plan.nodes[0].keyFile = QStringLiteral("~/.ssh/id") + QChar(0);
    plan.nodes[0].user = QStringLiteral("root\r");
    const Problems problems = validatePlan(plan);
    QStringList got;
    for (const Problem &p : problems)
        got.append(p.path + u' ' + QString::number(int(p.code)));
    got.sort();
    const QString code = QString::number(int(Problem::Code::ControlCharacter));
    QCOMPARE(got,
        (QStringList {QStringLiteral("cluster.displayName ") + code,
            QStringLiteral("images.registry ") + code, QStringLiteral("nodes[0].keyFile ") + code,
            QStringLiteral("nodes[0].user ") + code}));
    // The message names the character and where it is; it does not print it.
    const Problem &name = problems.front().path == QLatin1String("cluster.displayName")
        ? problems.front()
        : *std::find_if(problems.cbegin(), problems.cend(),
            [](const Problem &p) { return p.path == QLatin1String("cluster.displayName"); });
    QCOMPARE(name.args, (QStringList {QStringLiteral("U+001B"), QStringLiteral("5")}));
    const QString line = problemLine(name);
    QVERIFY2(line.startsWith(QStringLiteral("cluster.displayName: ")), qPrintable(line));
    QVERIFY(line.contains(QStringLiteral("U+001B")));
    QVERIFY(!line.contains(QChar(0x1b)));
    // Printable text, non-ASCII included, is not a control character.
    QVERIFY(controlCharacterArgs(QStringLiteral("Produktion Süd 生产 é")).isEmpty());
}

void TestProfile::overlayCapacityReservesServiceCidr_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<int>("podsPerNode");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<bool>("fits");
    // Room = clusterCIDR / maxNodePodNum blocks minus those under TKEStack's last 256 addresses.
    QTest::newRow("/16, 256: 255 fit") << "10.244.0.0/16" << 256 << 255 << true;
    QTest::newRow("/16, 256: 256 do not") << "10.244.0.0/16" << 256 << 256 << false;
    QTest::newRow("/23, 16: 16 fit") << "10.244.0.0/23" << 16 << 16 << true;
    QTest::newRow("/23, 16: 17 do not") << "10.244.0.0/23" << 16 << 17 << false;
    QTest::newRow("/24, 64: none fit") << "10.244.0.0/24" << 64 << 1 << false;
    QTest::newRow("/22, 512 is not offered; 128: 6 fit") << "10.244.0.0/22" << 128 << 6 << true;
    QTest::newRow("/22, 128: 7 do not") << "10.244.0.0/22" << 128 << 7 << false;
}

void TestProfile::overlayCapacityReservesServiceCidr()
{
    QFETCH(QString, cidr);
    QFETCH(int, podsPerNode);
    QFETCH(int, nodes);
    QFETCH(bool, fits);
    InstallPlan plan = defaultProfile().plan;
    plan.clusterCIDR = cidr;
    plan.maxNodePodNum = podsPerNode;
    const NodeSpec first = plan.nodes.front();
    plan.nodes.clear();
    for (int i = 0; i < nodes; ++i) {
        NodeSpec n = first;
        n.ip = QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250 + 1);
        n.role = i == 0 ? NodeRole::Master : NodeRole::Worker;
        plan.nodes.append(n);
    }
    const Problems problems = validatePlan(plan);
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(problemLine(p));
    if (fits) {
        QVERIFY2(problems.isEmpty(), qPrintable(lines.join(u'\n')));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.front().path, QStringLiteral("cluster.clusterCIDR"));
        QCOMPARE(problems.front().code, Problem::Code::TooManyNodesForCidr);
    }
}

void TestProfile::defaultProfileIsValid()
{
    const ProfileReadResult r = defaultProfile();
    QVERIFY2(r.ok(), r.problems.isEmpty() ? "" : qPrintable(problemLine(r.problems.front())));
    QCOMPARE(r.plan.target, Target::NewCluster);
    QCOMPARE(r.plan.networkMode, NetworkMode::Overlay);
    QCOMPARE(r.plan.masters().size(), 1);
    QCOMPARE(r.plan.nodes.front().keyFile, QStringLiteral("~/.ssh/id_ed25519"));
}

void TestProfile::roundTrip_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::newRow("default") << QStringList {};
    QTest::newRow("underlay, per-node override, third-party HA")
        << QStringList {"cilium.networkMode=underlay", "cilium.underlay.asn=64512",
               "cilium.underlay.switchIP=192.168.60.2", "ha.type=third-party", "ha.vip=10.0.0.100",
               "ha.vport=8443", "nodes[1].ip=10.0.0.17", "nodes[1].role=worker",
               "nodes[1].auth=password", "nodes[1].asn=64513", "nodes[1].switchIP=192.168.61.2"};
    QTest::newRow("galaxy existing cluster with agent auth") << QStringList {
        "cni=galaxy", "target=existing-cluster", "nodes[0].auth=agent", "nodes[0].keyFile=-"};
}

void TestProfile::roundTrip()
{
    QFETCH(QStringList, edits);
    const ProfileReadResult first = loadProfile(profileWith(edits));
    QVERIFY2(first.ok(),
        first.problems.isEmpty() ? "" : qPrintable(problemLine(first.problems.front())));
    const QByteArray written = writeProfile(first.plan);
    const ProfileReadResult second = loadProfile(written);
    QVERIFY2(second.ok(), written.constData());
    QCOMPARE(second.plan, first.plan);
    QCOMPARE(writeProfile(second.plan), written);
}

void TestProfile::fileSaveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.yaml"));
    const InstallPlan plan = defaultProfile().plan;
    QCOMPARE(saveProfileFile(plan, path), QString());
    const ProfileReadResult r = loadProfileFile(path);
    QVERIFY(r.ok());
    QCOMPARE(r.plan, plan);
}

void TestProfile::rules_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Problem::Code>("code");
    using C = Problem::Code;
    const QString underlay = QStringLiteral("cilium.networkMode=underlay");

    QTest::newRow("unknown top-level key")
        << QStringList {"colour=blue"} << "colour" << C::UnknownKey;
    QTest::newRow("unknown nested key")
        << QStringList {"cluster.podCIDR=10.1.0.0/16"} << "cluster.podCIDR" << C::UnknownKey;
    QTest::newRow("password in a node")
        << QStringList {"nodes[0].password=secret"} << "nodes[0].password" << C::PasswordInProfile;
    QTest::newRow("privateKey in a node")
        << QStringList {"nodes[0].privateKey=abc"} << "nodes[0].privateKey" << C::PasswordInProfile;
    QTest::newRow("passphrase in a node") << QStringList {"nodes[0].passphrase=secret"}
                                          << "nodes[0].passphrase" << C::PasswordInProfile;
    QTest::newRow("password at the top")
        << QStringList {"password=secret"} << "password" << C::PasswordInProfile;
    QTest::newRow("password in cluster")
        << QStringList {"cluster.password=secret"} << "cluster.password" << C::PasswordInProfile;
    QTest::newRow("version missing") << QStringList {"version=-"} << "version" << C::Missing;
    QTest::newRow("version 2") << QStringList {"version=2"} << "version" << C::UnsupportedVersion;
    QTest::newRow("target missing") << QStringList {"target=-"} << "target" << C::Missing;
    QTest::newRow("target enum") << QStringList {"target=imported"} << "target" << C::NotAllowed;
    QTest::newRow("cni enum") << QStringList {"cni=flannel"} << "cni" << C::NotAllowed;
    QTest::newRow("cilium block missing")
        << QStringList {"cilium=-"} << "cilium" << C::RequiredWhen;
    QTest::newRow("networkMode enum")
        << QStringList {"cilium.networkMode=bgp"} << "cilium.networkMode" << C::NotAllowed;
    QTest::newRow("cilium version unsupported")
        << QStringList {"cilium.version=1.15.0"} << "cilium.version" << C::UnsupportedVersion;
    QTest::newRow("underlay block missing")
        << QStringList {underlay} << "cilium.underlay" << C::RequiredWhen;
    QTest::newRow("asn missing") << QStringList {underlay, "cilium.underlay.switchIP=192.168.60.2"}
                                 << "cilium.underlay.asn" << C::RequiredWhen;
    QTest::newRow("asn zero") << QStringList {underlay, "cilium.underlay.asn=0",
        "cilium.underlay.switchIP=192.168.60.2"}
                              << "cilium.underlay.asn" << C::OutOfRange;
    QTest::newRow("asn too large") << QStringList {underlay, "cilium.underlay.asn=4294967295",
        "cilium.underlay.switchIP=192.168.60.2"}
                                   << "cilium.underlay.asn" << C::OutOfRange;
    QTest::newRow("asn overflows 64 bits") << QStringList {underlay,
        "cilium.underlay.asn=99999999999999999999999", "cilium.underlay.switchIP=192.168.60.2"}
                                           << "cilium.underlay.asn" << C::OutOfRange;
    QTest::newRow("asn not a number") << QStringList {underlay, "cilium.underlay.asn=AS64512",
        "cilium.underlay.switchIP=192.168.60.2"}
                                      << "cilium.underlay.asn" << C::WrongType;
    QTest::newRow("switch IP bad") << QStringList {underlay, "cilium.underlay.asn=64512",
        "cilium.underlay.switchIP=192.168.60.256"}
                                   << "cilium.underlay.switchIP" << C::BadIPv4;
    QTest::newRow("switch IP IPv6") << QStringList {underlay, "cilium.underlay.asn=64512",
        "cilium.underlay.switchIP=\"fd00::2\""}
                                    << "cilium.underlay.switchIP" << C::IPv6NotSupported;
    QTest::newRow("switch IP in cluster CIDR")
        << QStringList {underlay, "cilium.underlay.asn=64512",
               "cilium.underlay.switchIP=10.244.0.1"}
        << "cilium.underlay.switchIP" << C::AddressInClusterCidr;
    QTest::newRow("CIDR syntax") << QStringList {"cluster.clusterCIDR=10.244.0.0"}
                                 << "cluster.clusterCIDR" << C::BadCidr;
    QTest::newRow("CIDR prefix 33")
        << QStringList {"cluster.clusterCIDR=10.244.0.0/33"} << "cluster.clusterCIDR" << C::BadCidr;
    QTest::newRow("CIDR host bits") << QStringList {"cluster.clusterCIDR=10.244.1.0/16"}
                                    << "cluster.clusterCIDR" << C::CidrHostBits;
    QTest::newRow("CIDR IPv6") << QStringList {"cluster.clusterCIDR=\"fd00::/64\""}
                               << "cluster.clusterCIDR" << C::IPv6NotSupported;
    // TKEStack keeps the last 256 addresses of clusterCIDR for its service CIDR: a /23 with
    // 256 pods per node has one node block left, not two.
    QTest::newRow("CIDR /23 minus the service CIDR")
        << QStringList {"cluster.clusterCIDR=10.244.0.0/23", "nodes[1].ip=10.0.0.17",
               "nodes[1].role=worker", "nodes[1].keyFile=k"}
        << "cluster.clusterCIDR" << C::TooManyNodesForCidr;
    QTest::newRow("CIDR too small for nodes") << QStringList {"cluster.clusterCIDR=10.244.0.0/24",
        "nodes[1].ip=10.0.0.17", "nodes[1].role=worker", "nodes[1].keyFile=k"}
                                              << "cluster.clusterCIDR" << C::TooManyNodesForCidr;
    QTest::newRow("maxNodePodNum 100")
        << QStringList {"cluster.maxNodePodNum=100"} << "cluster.maxNodePodNum" << C::NotAllowed;
    QTest::newRow("maxNodePodNum text")
        << QStringList {"cluster.maxNodePodNum=many"} << "cluster.maxNodePodNum" << C::NotAllowed;
    QTest::newRow("network device with shell")
        << QStringList {"cluster.networkDevice=\"eth0;reboot\""} << "cluster.networkDevice"
        << C::UnsafeText;
    QTest::newRow("network device too long")
        << QStringList {"cluster.networkDevice=abcdefghijklmnop"} << "cluster.networkDevice"
        << C::UnsafeText;
    QTest::newRow("kubernetes version") << QStringList {"cluster.kubernetesVersion=\"1.20 $(id)\""}
                                        << "cluster.kubernetesVersion" << C::UnsafeText;
    QTest::newRow("display name empty")
        << QStringList {"cluster.displayName=\"  \""} << "cluster.displayName" << C::Empty;
    QTest::newRow("cluster is a list")
        << QStringList {"cluster=[1, 2]"} << "cluster" << C::WrongType;
    QTest::newRow("ha type enum") << QStringList {"ha.type=keepalived"} << "ha.type"
                                  << C::NotAllowed;
    QTest::newRow("ha tke without vip")
        << QStringList {"ha.type=tke"} << "ha.vip" << C::RequiredWhen;
    QTest::newRow("ha third-party without vip")
        << QStringList {"ha.type=third-party"} << "ha.vip" << C::RequiredWhen;
    QTest::newRow("ha vip bad") << QStringList {"ha.type=tke", "ha.vip=10.0.0"} << "ha.vip"
                                << C::BadIPv4;
    QTest::newRow("ha vip is a node")
        << QStringList {"ha.type=tke", "ha.vip=10.0.0.16"} << "ha.vip" << C::VipIsNodeAddress;
    QTest::newRow("ha vip in cluster CIDR")
        << QStringList {"ha.type=tke", "ha.vip=10.244.3.3"} << "ha.vip" << C::AddressInClusterCidr;
    QTest::newRow("ha vport 0") << QStringList {"ha.type=third-party", "ha.vip=10.0.0.100",
        "ha.vport=0"} << "ha.vport"
                                << C::OutOfRange;
    QTest::newRow("ha vport 70000")
        << QStringList {"ha.type=third-party", "ha.vip=10.0.0.100", "ha.vport=70000"} << "ha.vport"
        << C::OutOfRange;
    QTest::newRow("registry with space")
        << QStringList {"images.registry=\"my registry\""} << "images.registry" << C::BadRegistry;
    QTest::newRow("nodes not a list") << QStringList {"nodes=10.0.0.16"} << "nodes" << C::WrongType;
    QTest::newRow("no master") << QStringList {"nodes[0].role=worker"} << "nodes" << C::NoMaster;
    QTest::newRow("no nodes") << QStringList {"nodes=[]"} << "nodes" << C::NoMaster;
    QTest::newRow("node ip missing")
        << QStringList {"nodes[0].ip=-"} << "nodes[0].ip" << C::Missing;
    QTest::newRow("node ip bad") << QStringList {"nodes[0].ip=10.0.0.016"} << "nodes[0].ip"
                                 << C::BadIPv4;
    QTest::newRow("node ip IPv6") << QStringList {"nodes[0].ip=\"::1\""} << "nodes[0].ip"
                                  << C::IPv6NotSupported;
    QTest::newRow("node ip in cluster CIDR")
        << QStringList {"nodes[0].ip=10.244.0.9"} << "nodes[0].ip" << C::AddressInClusterCidr;
    QTest::newRow("duplicate node")
        << QStringList {"nodes[1].ip=10.0.0.16", "nodes[1].role=worker", "nodes[1].keyFile=k"}
        << "nodes[1].ip" << C::DuplicateAddress;
    QTest::newRow("node port 0") << QStringList {"nodes[0].port=0"} << "nodes[0].port"
                                 << C::OutOfRange;
    QTest::newRow("node port 65536")
        << QStringList {"nodes[0].port=65536"} << "nodes[0].port" << C::OutOfRange;
    QTest::newRow("node role enum")
        << QStringList {"nodes[0].role=etcd"} << "nodes[0].role" << C::NotAllowed;
    QTest::newRow("node role missing")
        << QStringList {"nodes[0].role=-"} << "nodes[0].role" << C::Missing;
    QTest::newRow("node auth enum")
        << QStringList {"nodes[0].auth=kerberos"} << "nodes[0].auth" << C::NotAllowed;
    QTest::newRow("user with shell")
        << QStringList {"nodes[0].user=\"root; rm -rf /\""} << "nodes[0].user" << C::UnsafeText;
    QTest::newRow("user with backtick")
        << QStringList {"nodes[0].user=\"`id`\""} << "nodes[0].user" << C::UnsafeText;
    // Every metacharacter a remote shell would act on, in each profile string that reaches a
    // node (user in the SSH login and the Cluster object, networkDevice in TKEStack's scripts).
    for (const char *field : {"nodes[0].user", "cluster.networkDevice"}) {
        for (const char *text : {"$(id)", "a;id", "a|id", "a&id", "a>x", "a<x", "'a'", "a b",
                 "a\\\\b", "a\\nid", "a*", "${IFS}", "~root", "-oProxyCommand=id"})
            QTest::addRow("%s: %s", field, text)
                << QStringList {QStringLiteral("%1=\"%2\"")
                                    .arg(QLatin1String(field), QLatin1String(text))}
                << QString::fromLatin1(field)
                << (QByteArray(text).contains("\\n") ? C::ControlCharacter : C::UnsafeText);
    }
    // A control character in any text of the profile, the free-text ones included (a display
    // name or key file path may hold nearly anything else). YAML escapes: NUL, newline, tab,
    // escape, DEL, C1 NEL.
    for (const char *field : {"cluster.displayName", "nodes[0].keyFile", "nodes[0].user",
             "cluster.networkDevice", "images.registry", "cluster.kubernetesVersion",
             "cilium.version", "nodes[0].ip", "cluster.clusterCIDR", "target"}) {
        for (const char *text : {"a\\0b", "a\\nb", "a\\tb", "\\e[31mred", "a\\x7f", "a\\u0085"})
            QTest::addRow("control in %s: %s", field, text)
                << QStringList {QStringLiteral("%1=\"%2\"")
                                    .arg(QLatin1String(field), QLatin1String(text))}
                << QString::fromLatin1(field) << C::ControlCharacter;
    }
    QTest::newRow("key auth without keyFile")
        << QStringList {"nodes[0].keyFile=-"} << "nodes[0].keyFile" << C::RequiredWhen;
    QTest::newRow("agent auth for new cluster")
        << QStringList {"nodes[0].auth=agent"} << "nodes[0].auth" << C::AgentAuthForNewCluster;
    QTest::newRow("node asn override out of range")
        << QStringList {"nodes[0].asn=0"} << "nodes[0].asn" << C::OutOfRange;
    QTest::newRow("node switchIP override bad")
        << QStringList {"nodes[0].switchIP=switch-1"} << "nodes[0].switchIP" << C::BadIPv4;
    QTest::newRow("node is a list") << QStringList {"nodes[0]=[1]"} << "nodes[0]" << C::WrongType;
    QTest::newRow("top-level list") << QStringList {} << "" << C::NotAMap;
}

void TestProfile::rules()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, path);
    QFETCH(Problem::Code, code);
    const QByteArray text = QByteArray(QTest::currentDataTag()) == "top-level list"
        ? QByteArray("- a\n- b\n")
        : profileWith(edits);
    const ProfileReadResult r = loadProfile(text);
    QStringList lines;
    for (const Problem &p : r.problems)
        lines.append(problemLine(p));
    bool found = false;
    for (const Problem &p : r.problems)
        found = found || (p.path == path && p.code == code);
    QVERIFY2(found,
        qPrintable(QStringLiteral("expected %1 (code %2); got:\n%3")
                       .arg(path)
                       .arg(int(code))
                       .arg(lines.join(u'\n'))));
    // One fault, one report: a field the reader already refused is not judged again.
    QVERIFY2(r.problems.size() == 1, qPrintable(lines.join(u'\n')));
    // The printed line starts with the field path.
    QVERIFY(path.isEmpty() || lines.front().startsWith(path + QStringLiteral(": ")));
    QVERIFY(!problemMessage(r.problems.front()).isEmpty());
}

void TestProfile::keyFileIsALocalPathNotShellText()
{
    // keyFile names a file on this workstation: any name a file may have is allowed, and it
    // reaches no shell (libssh and QFile open it; the rendered Cluster quotes it as YAML).
    const QString path = QStringLiteral("~/.ssh/id; touch /tmp/x $(id) `id` | a & b > c");
    const ProfileReadResult r
        = loadProfile(profileWith({QStringLiteral("nodes[0].keyFile=\"%1\"").arg(path)}));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemLine(r.problems.value(0))));
    QCOMPARE(r.plan.nodes.front().keyFile, path);
    // Written back as a profile, it reads as the same text (quoted, not split or run).
    const ProfileReadResult again = loadProfile(writeProfile(r.plan));
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(again.plan.nodes.front().keyFile, path);
}

void TestProfile::everyProblemAtOnce()
{
    const ProfileReadResult r = loadProfile(profileWith(
        {"cni=weave", "cluster.maxNodePodNum=7", "nodes[0].ip=1.2.3", "ha.type=tke", "extra=1"}));
    QStringList paths;
    for (const Problem &p : r.problems)
        paths.append(p.path);
    paths.sort();
    QCOMPARE(
        paths, (QStringList {"cluster.maxNodePodNum", "cni", "extra", "ha.vip", "nodes[0].ip"}));
}

void TestProfile::brokenYamlHasLineAndColumn()
{
    const ProfileReadResult r
        = loadProfile("version: 1\ntarget: new-cluster\nnodes:\n  - ip: [10.0.0.1\n");
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.front().code, Problem::Code::YamlError);
    QVERIFY2(problemLine(r.problems.front()).contains(QStringLiteral("line ")),
        qPrintable(problemLine(r.problems.front())));
    QVERIFY(problemLine(r.problems.front()).contains(QStringLiteral("column ")));
}

void TestProfile::hostileFilesAreRefusedFast_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a comment") << QByteArray("# nothing\n");
    QTest::newRow("scalar") << QByteArray("hello\n");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\x00\x00",
        9);
    QTest::newRow("11 MB") << QByteArray(11 * 1024 * 1024, 'a');
    QTest::newRow("deep nesting") << QByteArray(20000, '{');
    QByteArray aliases = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c)
        aliases += QByteArray(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *"
            + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *"
            + char(c - 1) + ", *" + char(c - 1) + "]\n";
    QTest::newRow("alias bomb") << aliases;
    QTest::newRow("two documents") << QByteArray("version: 1\n---\nversion: 1\n");
}

void TestProfile::hostileFilesAreRefusedFast()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QElapsedTimer timer;
    timer.start();
    const ProfileReadResult r = loadProfileFile(path);
    QVERIFY(!r.ok());
    QVERIFY(r.problems.front().path.isEmpty());
    qInfo("%s: refused in %lld ms: %s", QTest::currentDataTag(), qint64(timer.elapsed()),
        qPrintable(problemLine(r.problems.front()).left(120)));
}

void TestProfile::missingFile()
{
    const ProfileReadResult r = loadProfileFile(QStringLiteral("/nonexistent/profile.yaml"));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(problemLine(r.problems.front()).contains(QStringLiteral("/nonexistent/profile.yaml")));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
