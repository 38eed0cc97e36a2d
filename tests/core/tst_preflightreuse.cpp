// Which preflight results still hold after the plan changed (going Back to the Nodes page and
// returning): unchanged nodes keep theirs, a changed requirement keeps nothing.
#include "wizard/PreflightReuse.h"

#include <QTest>

using namespace tkeci;

Q_DECLARE_METATYPE(tkeci::InstallPlan)
Q_DECLARE_METATYPE(tkeci::PreflightReuse)

namespace {

NodeSpec node(const QString &ip, NodeRole role = NodeRole::Worker)
{
    NodeSpec n;
    n.ip = ip;
    n.role = role;
    n.keyFile = QStringLiteral("~/.ssh/id_ed25519");
    return n;
}

InstallPlan threeNodes()
{
    InstallPlan p;
    p.nodes = {node(QStringLiteral("10.0.0.1"), NodeRole::Master), node(QStringLiteral("10.0.0.2")),
        node(QStringLiteral("10.0.0.3"))};
    return p;
}

} // namespace

class TestPreflightReuse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reuse_data()
    {
        QTest::addColumn<InstallPlan>("after");
        QTest::addColumn<PreflightReuse>("reuse");
        const QStringList all {
            QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3")};
        QTest::newRow("unchanged") << threeNodes() << PreflightReuse {all, true};

        InstallPlan removed = threeNodes();
        removed.nodes.removeAt(1);
        QTest::newRow("node removed")
            << removed
            << PreflightReuse {{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.3")}, true};

        InstallPlan added = threeNodes();
        added.nodes.append(node(QStringLiteral("10.0.0.4")));
        QTest::newRow("node added") << added << PreflightReuse {all, false};

        const QStringList notSecond {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.3")};
        InstallPlan port = threeNodes();
        port.nodes[1].port = 2222;
        QTest::newRow("port changed") << port << PreflightReuse {notSecond, false};
        InstallPlan user = threeNodes();
        user.nodes[1].user = QStringLiteral("ops");
        QTest::newRow("user changed") << user << PreflightReuse {notSecond, false};
        InstallPlan auth = threeNodes();
        auth.nodes[1].auth = AuthMethod::Password;
        QTest::newRow("login changed") << auth << PreflightReuse {notSecond, false};
        InstallPlan key = threeNodes();
        key.nodes[1].keyFile = QStringLiteral("~/.ssh/other");
        QTest::newRow("key changed") << key << PreflightReuse {notSecond, false};
        InstallPlan role = threeNodes();
        role.nodes[1].role = NodeRole::Master;
        QTest::newRow("role changed") << role << PreflightReuse {notSecond, false};

        InstallPlan reordered = threeNodes();
        std::swap(reordered.nodes[1], reordered.nodes[2]);
        QTest::newRow("reordered")
            << reordered
            << PreflightReuse {{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.3"),
                                   QStringLiteral("10.0.0.2")},
                   true};

        InstallPlan version = threeNodes();
        version.ciliumVersion = QStringLiteral("1.12.0"); // another kernel minimum
        QTest::newRow("Cilium version") << version << PreflightReuse {};
        InstallPlan mode = threeNodes();
        mode.networkMode = NetworkMode::Underlay; // other ports
        QTest::newRow("network mode") << mode << PreflightReuse {};
        InstallPlan target = threeNodes();
        target.target = Target::ExistingCluster; // CNI leftovers warn instead of failing
        QTest::newRow("target") << target << PreflightReuse {};
        InstallPlan vip = threeNodes();
        vip.haType = HaType::ThirdParty;
        vip.vip = QStringLiteral("10.0.0.100");
        QTest::newRow("HA VIP") << vip << PreflightReuse {};
        InstallPlan registry = threeNodes();
        registry.imageRegistry = QStringLiteral("registry.example:5000/tkestack");
        QTest::newRow("registry") << registry << PreflightReuse {};
        InstallPlan device = threeNodes();
        device.networkDevice = QStringLiteral("bond0");
        QTest::newRow("device") << device << PreflightReuse {};
        // Not a requirement of any check: the cluster's name.
        InstallPlan name = threeNodes();
        name.displayName = QStringLiteral("other");
        QTest::newRow("display name") << name << PreflightReuse {all, true};
    }
    void reuse()
    {
        QFETCH(InstallPlan, after);
        QFETCH(PreflightReuse, reuse);
        const PreflightReuse got = preflightReuse(threeNodes(), after);
        QCOMPARE(got.keep, reuse.keep);
        QCOMPARE(got.keepNetwork, reuse.keepNetwork);
    }
};

QTEST_GUILESS_MAIN(TestPreflightReuse)
#include "tst_preflightreuse.moc"
