// The overlay edit of kube-controller-manager's static pod manifest, planned and shown as a
// diff before anything touches a master (the SSH part is not here).
#include "apply/ControllerManagerEdit.h"
#include "yaml/YamlCodec.h"

#include <QFile>
#include <QTest>

using namespace tkeci;

class TestControllerManagerEdit : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture()
    {
        QFile f(QStringLiteral(TKECI_KUBE_TEST_DATA "/kube-controller-manager.yaml"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    static QStringList command(const QByteArray &manifest)
    {
        const YamlParseResult parsed = parseYamlDocuments(manifest);
        QStringList out;
        if (parsed.error || parsed.documents.empty())
            return out;
        const YamlNode *cmd = parsed.documents.front().path(u"spec.containers[0].command");
        for (const YamlNode &item : cmd ? cmd->items() : std::vector<YamlNode>())
            out.append(item.scalar());
        return out;
    }

private Q_SLOTS:
    void kubeadmManifest()
    {
        const QByteArray original = fixture();
        const ControllerManagerEdit edit
            = planControllerManagerEdit(original, overlayControllerManagerFlags());
        QVERIFY(edit.error.isEmpty());
        QVERIFY(edit.changed);
        QCOMPARE(edit.diff,
            (QStringList {QStringLiteral("-    - --allocate-node-cidrs=true"),
                QStringLiteral("+    - --allocate-node-cidrs=false"),
                QStringLiteral("+    - --configure-cloud-routes=false")}));
        const QStringList cmd = command(edit.edited);
        QCOMPARE(cmd.size(), command(original).size() + 1);
        QCOMPARE(cmd.at(0), QStringLiteral("kube-controller-manager"));
        QCOMPARE(cmd.at(1), QStringLiteral("--configure-cloud-routes=false"));
        QVERIFY(cmd.contains(QStringLiteral("--allocate-node-cidrs=false")));
        QVERIFY(!cmd.contains(QStringLiteral("--allocate-node-cidrs=true")));
        // Everything else is byte for byte the same.
        QCOMPARE(edit.edited.size(),
            original.size() + qsizetype(strlen("    - --configure-cloud-routes=false\n")) + 1);

        const ControllerManagerEdit again
            = planControllerManagerEdit(edit.edited, overlayControllerManagerFlags());
        QVERIFY(!again.changed);
        QVERIFY(again.diff.isEmpty());
        QCOMPARE(again.edited, edit.edited);
    }

    void refusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("error");
        QTest::newRow("another static pod")
            << QByteArray("spec:\n  containers:\n  - command:\n    - kube-scheduler\n")
            << "does not look like kube-controller-manager";
        QTest::newRow("two commands")
            << QByteArray("    - kube-controller-manager\n    - kube-controller-manager\n")
            << "twice";
    }
    void refusesOtherFiles()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, error);
        const ControllerManagerEdit edit
            = planControllerManagerEdit(manifest, overlayControllerManagerFlags());
        QVERIFY(!edit.changed);
        QVERIFY2(edit.error.contains(error), qPrintable(edit.error));
    }
};

QTEST_GUILESS_MAIN(TestControllerManagerEdit)
#include "tst_controllermanageredit.moc"
