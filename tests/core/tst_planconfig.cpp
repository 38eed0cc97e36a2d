// PlanConfig: the wizard's answers and their problems, without widgets.
#include "profile/ProfileReader.h"
#include "profile/ProfileWriter.h"
#include "wizard/PlanConfig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

class TestPlanConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultPlanIsValid()
    {
        PlanConfig c;
        c.setPlan(defaultProfile().plan);
        QVERIFY2(c.problems().isEmpty(), qPrintable(problemLine(c.problems().value(0))));
    }

    void settersRejudgeAndSignalOnce()
    {
        PlanConfig c;
        c.setPlan(defaultProfile().plan);
        QSignalSpy changed(&c, &PlanConfig::changed);
        c.setNetworkMode(NetworkMode::Underlay);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!c.isValidUnder({QStringLiteral("cilium")}));
        // "Required" waits until the field was left; a wrong value shows at once.
        const QString asn = QStringLiteral("cilium.underlay.asn");
        QVERIFY(c.problemAt(asn));
        QVERIFY(c.messageFor(asn).isEmpty());
        QSignalSpy shown(&c, &PlanConfig::shownChanged);
        c.markTouched(asn);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(
            c.messageFor(asn), QStringLiteral("is required when Network mode is Underlay (BGP)"));
        QCOMPARE(problemLine(*c.problemAt(asn)),
            QStringLiteral("cilium.underlay.asn: is required when cilium.networkMode is underlay"));
        c.setAsn(64512);
        QVERIFY(c.problemAt(QStringLiteral("cilium.underlay.switchIP")));
        QVERIFY(c.messageFor(QStringLiteral("cilium.underlay.switchIP")).isEmpty()); // not left yet
        c.setNetworkMode(NetworkMode::Underlay); // same value: no signal
        QCOMPARE(changed.count(), 2);
        c.setAsn(64512);
        QCOMPARE(changed.count(), 2);
        c.setSwitchIP(QStringLiteral(" 192.168.60.2 "));
        QCOMPARE(c.switchIP(), QStringLiteral("192.168.60.2"));
        QVERIFY(c.isValidUnder({QStringLiteral("cilium")}));
        QCOMPARE(c.property("networkMode").value<NetworkMode>(), NetworkMode::Underlay);
    }

    void problemPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("under");
        QTest::newRow("same") << "ha.vip"
                              << "ha.vip" << true;
        QTest::newRow("child") << "ha.vip"
                               << "ha" << true;
        QTest::newRow("index") << "nodes[2].ip"
                               << "nodes" << true;
        QTest::newRow("sibling-prefix") << "hacks"
                                        << "ha" << false;
        QTest::newRow("other") << "cluster.clusterCIDR"
                               << "cilium" << false;
    }
    void problemPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, prefix);
        QFETCH(bool, under);
        QCOMPARE(pathIsUnder(path, prefix), under);
    }

    void pasteManyLines()
    {
        PlanConfig c;
        c.setPlan(defaultProfile().plan);
        QSignalSpy reset(&c, &PlanConfig::nodesReset);
        const int added = c.pasteNodes(QStringLiteral("10.0.0.17\n\n# comment\n10.0.0.18:2222 ops "
                                                      "worker\n10.0.0.19 master\n10.0.0.17\n"));
        QCOMPARE(added, 4);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(c.nodes().size(), 5);
        QCOMPARE(c.nodes().at(2).port, 2222);
        QCOMPARE(c.nodes().at(2).user, QStringLiteral("ops"));
        QCOMPARE(c.nodes().at(3).role, NodeRole::Master);
        // The pasted duplicate is flagged at its own row, naming the first one.
        QVERIFY(!c.messageFor(QStringLiteral("nodes[4].ip")).isEmpty());
        QCOMPARE(c.messageFor(QStringLiteral("nodes[4].ip")),
            QStringLiteral("10.0.0.17 is already used by Row 2"));
        QCOMPARE(problemLine(*c.problemAt(QStringLiteral("nodes[4].ip")), FieldNames::PageLabels),
            QStringLiteral("Row 5, Address: 10.0.0.17 is already used by Row 2"));
        QCOMPARE(problemLine(*c.problemAt(QStringLiteral("nodes[4].ip"))),
            QStringLiteral("nodes[4].ip: 10.0.0.17 is already used by nodes[1]"));
        c.removeNodes({4});
        QVERIFY(c.isValidUnder({QStringLiteral("nodes")}));
        // A touched cell stays touched while rows are appended, not when the list is replaced.
        c.addNode();
        const QString emptyRow = QStringLiteral("nodes[%1].ip").arg(c.nodes().size() - 1);
        QVERIFY(c.messageFor(emptyRow).isEmpty());
        c.markTouched(emptyRow);
        QVERIFY(!c.messageFor(emptyRow).isEmpty());
        c.addNode(QStringLiteral("10.0.0.40"));
        QVERIFY(!c.messageFor(emptyRow).isEmpty());
        QList<NodeSpec> replaced = c.nodes();
        // A list set whole (the cluster's nodes read in) whose row there is another one.
        replaced[c.nodes().size() - 2].user = QStringLiteral("ops");
        c.setNodes(replaced);
        QVERIFY(c.problemAt(emptyRow));
        QVERIFY(c.messageFor(emptyRow).isEmpty());
    }

    void badAddressFlagged()
    {
        PlanConfig c;
        c.setPlan(defaultProfile().plan);
        c.addNode(QStringLiteral("10.0.0.300"));
        QVERIFY(c.messageFor(QStringLiteral("nodes[1].ip")).contains(QStringLiteral("10.0.0.300")));
        c.addNode(QStringLiteral("fe80::1"));
        QVERIFY(c.messageFor(QStringLiteral("nodes[2].ip")).contains(QStringLiteral("IPv6")));
        QCOMPARE(c.nodes().at(1).keyFile, c.nodes().at(0).keyFile); // inherits the last node's
    }

    void openAndSaveProfile()
    {
        QTemporaryDir dir;
        PlanConfig c;
        c.setPlan(defaultProfile().plan);
        c.setHaType(HaType::ThirdParty);
        c.setVip(QStringLiteral("10.0.0.100"));
        c.setVport(16443);
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        QCOMPARE(c.saveProfile(path), QString());
        PlanConfig other;
        QVERIFY(other.openProfile(path).isEmpty());
        QCOMPARE(other.plan(), c.plan());
        QCOMPARE(other.profilePath(), path);

        // What an opened profile lacks is said at once; a row added afterwards waits.
        PlanConfig lacking;
        c.setVip(QString());
        QCOMPARE(c.saveProfile(path), QString());
        lacking.openProfile(path);
        QCOMPARE(lacking.messageFor(QStringLiteral("ha.vip")),
            QStringLiteral(
                "is required when High availability is Third-party load balancer (CLB)"));
        lacking.addNode();
        const QString row = QStringLiteral("nodes[%1].ip").arg(lacking.nodes().size() - 1);
        QVERIFY(lacking.problemAt(row));
        QVERIFY(lacking.messageFor(row).isEmpty());
        c.setVip(QStringLiteral("10.0.0.100"));
        QCOMPARE(c.saveProfile(path), QString());

        // A file that is not YAML leaves the answers alone.
        QFile bad(dir.filePath(QStringLiteral("bad.yaml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("nodes: [unclosed\n");
        bad.close();
        QVERIFY(!other.openProfile(bad.fileName()).isEmpty());
        QCOMPARE(other.plan(), c.plan());
        QCOMPARE(other.profilePath(), path);
    }
};

QTEST_GUILESS_MAIN(TestPlanConfig)
#include "tst_planconfig.moc"
