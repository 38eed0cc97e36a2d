// JsonRead and the typed reads built on it: a field of the wrong type is a mismatch with its
// JSON path, never a default; the inventory and a workload's rollout state are read strictly.
#include "apply/Inventory.h"
#include "apply/PlatformObjects.h"
#include "apply/RolloutWatcher.h"
#include "kube/JsonRead.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tkeci;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestJsonRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstMismatchHasItsPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path"); // empty: no mismatch
        QTest::addColumn<QString>("found");
        QTest::newRow("good") << QByteArray(R"({"items":[{"metadata":{"name":"a"}}]})") << QString()
                              << QString();
        QTest::newRow("absent optional")
            << QByteArray(R"({"items":[{"metadata":{}}]})") << QString() << QString();
        QTest::newRow("null is the zero value")
            << QByteArray(R"({"items":[{"metadata":{"name":"a","labels":null}}]})") << QString()
            << QString();
        QTest::newRow("items missing") << QByteArray(R"({"kind":"List"})") << ".items"
                                       << "nothing";
        QTest::newRow("items a string") << QByteArray(R"({"items":"nope"})") << ".items"
                                        << "the string \"nope\"";
        QTest::newRow("name a number")
            << QByteArray(R"({"items":[{},{"metadata":{"name":5}}]})") << ".items[1].metadata.name"
            << "the number 5";
        QTest::newRow("metadata an array")
            << QByteArray(R"({"items":[{"metadata":[1,2]}]})") << ".items[0].metadata"
            << "an array of 2 element(s)";
        QTest::newRow("label value a number")
            << QByteArray(R"({"items":[{"metadata":{"labels":{"a.b/c":1}}}]})")
            << ".items[0].metadata.labels[\"a.b/c\"]"
            << "the number 1";
        QTest::newRow("integer with a fraction")
            << QByteArray(R"({"items":[{"metadata":{"generation":1.5}}]})")
            << ".items[0].metadata.generation"
            << "the number 1.5";
        QTest::newRow("first of two kept")
            << QByteArray(R"({"items":[{"metadata":{"name":true,"generation":"x"}}]})")
            << ".items[0].metadata.name"
            << "true";
    }

    void firstMismatchHasItsPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, found);
        const JsonRead root(QJsonDocument::fromJson(json).object());
        for (const JsonRead &item : root[QStringLiteral("items")].elements(Presence::Required)) {
            const JsonRead meta = item[QStringLiteral("metadata")];
            meta[QStringLiteral("name")].string();
            meta[QStringLiteral("labels")].stringMap();
            meta[QStringLiteral("generation")].integer();
        }
        QCOMPARE(root.ok(), path.isEmpty());
        if (path.isEmpty())
            return;
        QCOMPARE(root.error()->path, path);
        QCOMPARE(root.error()->found, found);
    }

    void messageStartsWithThePath()
    {
        const JsonShapeError e {QStringLiteral(".items"), QStringLiteral("an array"),
            QStringLiteral("the string \"x\"")};
        const KubeError k
            = jsonShapeError(e, QStringLiteral("h:6443"), QStringLiteral("nodes"), 200);
        QCOMPARE(k.kind, KubeError::Kind::Server);
        QVERIFY2(k.message.startsWith(QStringLiteral(".items: an array expected, but the answer of "
                                                     "h:6443 to nodes has the string \"x\" there")),
            qPrintable(k.message));
    }

    void inventoryIsReadStrictly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path"); // empty: read
        QTest::newRow("good") << QByteArray(
            R"({"objects":[{"apiVersion":"apps/v1","kind":"DaemonSet","namespace":"kube-system",)"
            R"("name":"cilium"}],"labelledNodes":["n1"],"editedMasters":["10.0.0.1"]})")
                              << QString();
        QTest::newRow("empty list") << QByteArray(R"({"objects":[]})") << QString();
        QTest::newRow("the issue's")
            << QByteArray(R"({"objects":"nope","labelledNodes":5})") << ".objects";
        QTest::newRow("objects missing") << QByteArray(R"({"labelledNodes":[]})") << ".objects";
        QTest::newRow("empty name: a collection")
            << QByteArray(R"({"objects":[{"apiVersion":"v1","kind":"ConfigMap","name":""}]})")
            << ".objects[0].name";
        QTest::newRow("name with a slash")
            << QByteArray(R"({"objects":[{"apiVersion":"v1","kind":"Secret","name":"a/../b"}]})")
            << ".objects[0].name";
        QTest::newRow("control character in a node")
            << QByteArray("{\"objects\":[],\"labelledNodes\":[\"n\\u001b[2J\"]}")
            << ".labelledNodes[0]";
        QTest::newRow("master not an address")
            << QByteArray("{\"objects\":[],\"editedMasters\":[\"; rm -rf /\"]}")
            << ".editedMasters[0]";
        QTest::newRow("apiVersion odd")
            << QByteArray(R"({"objects":[{"apiVersion":"a/b/c","kind":"X","name":"y"}]})")
            << ".objects[0].apiVersion";
        QTest::newRow("not JSON") << QByteArray("{\"objects\":[") << ".";
        QTest::newRow("100k deep") << QByteArray(100000, '[') << ".";
        QTest::newRow("an array") << QByteArray("[]") << ".";
    }

    void inventoryIsReadStrictly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const Shaped<Inventory> inv = Inventory::fromJson(json);
        QCOMPARE(inv.ok(), path.isEmpty());
        if (!path.isEmpty())
            QCOMPARE(inv.error->path, path);
    }

    void inventoryConfigMapWithoutTheKeyIsNoInventory()
    {
        const Shaped<Inventory> inv = inventoryFromConfigMap(object(R"({"data":{}})"));
        QVERIFY(!inv.ok());
        QCOMPARE(inv.error->path, QStringLiteral(".data[\"inventory.json\"]"));
        const Shaped<Inventory> inner = inventoryFromConfigMap(
            object("{\"data\":{\"inventory.json\":\"{\\\"objects\\\":7}\"}}"));
        QCOMPARE(inner.error->path, QStringLiteral(".data[\"inventory.json\"].objects"));
    }

    void platformStatusIsReadStrictlyAndMadeSafe()
    {
        const Shaped<PlatformStatus> good = readPlatformStatus(
            object("{\"status\":{\"phase\":\"Initializing\",\"conditions\":[{\"type\":"
                   "\"EnsureCilium\",\"status\":\"False\",\"reason\":\"FailedInit\","
                   "\"message\":\"boom\\u001b[2J\"}]}}"));
        QVERIFY(good.ok());
        QCOMPARE(good.value.phase, QStringLiteral("Initializing"));
        QCOMPARE(good.value.conditions.first().message, QStringLiteral("boom\\x1b[2J"));
        const Shaped<PlatformStatus> bad
            = readPlatformStatus(object("{\"status\":{\"phase\":{\"x\":1}}}"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error->path, QStringLiteral(".status.phase"));
        QVERIFY(bad.value.phase.isEmpty());
    }

    void rolloutCountsMustBeIntegers()
    {
        const ObjectRef ds {QStringLiteral("apps/v1"), QStringLiteral("DaemonSet"),
            QStringLiteral("kube-system"), QStringLiteral("cilium")};
        const Shaped<RolloutProgress> good = RolloutWatcher::progressOf(ds,
            object(R"({"metadata":{"generation":2},"status":{"observedGeneration":2,)"
                   R"("desiredNumberScheduled":3,"numberReady":3,"updatedNumberScheduled":3,)"
                   R"("numberAvailable":3}})"));
        QVERIFY(good.ok());
        QVERIFY(good.value.done);
        const Shaped<RolloutProgress> bad = RolloutWatcher::progressOf(ds,
            object(R"({"metadata":{"generation":2},"status":{"observedGeneration":2,)"
                   R"("desiredNumberScheduled":"3","numberReady":3}})"));
        QVERIFY(!bad.ok());
        QVERIFY(!bad.value.done);
        QCOMPARE(bad.error->path, QStringLiteral(".status.desiredNumberScheduled"));
    }
};

QTEST_GUILESS_MAIN(TestJsonRead)
#include "tst_jsonread.moc"
