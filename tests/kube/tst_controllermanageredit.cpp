// The overlay edit of kube-controller-manager's static pod manifest, planned and shown as a
// diff before anything touches a master (the SSH part is not here).
#include "apply/ControllerManagerEdit.h"
#include "apply/ControllerManagerUpdate.h"
#include "yaml/YamlCodec.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace tkeci;

namespace {

/// A master's files in memory; `failWrites` makes writes to one path fail (a full disk).
class FakeMaster : public MasterFiles
{
public:
    QHash<QString, QByteArray> files;
    QString failWrites;

    std::optional<QByteArray> read(const QString &path, QString &error) override
    {
        error.clear();
        if (!files.contains(path))
            return std::nullopt;
        return files.value(path);
    }
    bool write(const QString &path, const QByteArray &content, QString &error) override
    {
        if (path == failWrites) {
            error = QStringLiteral("No space left on device");
            failWrites.clear(); // the next try (putting the original back) works
            return false;
        }
        files.insert(path, content);
        return true;
    }
    bool remove(const QString &path, QString &) override
    {
        files.remove(path);
        return true;
    }
};

} // namespace

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

    void applyWithBackupAndRestore()
    {
        FakeMaster master;
        const QByteArray original = fixture();
        master.files.insert(kControllerManagerManifest, original);
        const QString backup = controllerManagerBackupPath(kControllerManagerManifest);
        // A dot file: kubelet does not run it as a second static pod.
        QCOMPARE(backup,
            QStringLiteral("/etc/kubernetes/manifests/"
                           ".kube-controller-manager.yaml.tke-cilium-installer.bak"));

        const ControllerManagerEdit plan = planOnMaster(master, kControllerManagerManifest);
        QVERIFY(plan.changed);
        QCOMPARE(applyOnMaster(master, kControllerManagerManifest, plan), QString());
        QCOMPARE(master.files.value(kControllerManagerManifest), plan.edited);
        QCOMPARE(master.files.value(backup), original);

        // Applied again: nothing to change, and the backup still holds the true original.
        const ControllerManagerEdit again = planOnMaster(master, kControllerManagerManifest);
        QVERIFY(!again.changed);
        QCOMPARE(applyOnMaster(master, kControllerManagerManifest, again), QString());
        QCOMPARE(master.files.value(backup), original);

        QCOMPARE(restoreOnMaster(master, kControllerManagerManifest), QString());
        QCOMPARE(master.files.value(kControllerManagerManifest), original);
        QVERIFY(!master.files.contains(backup));
        QCOMPARE(restoreOnMaster(master, kControllerManagerManifest), QString()); // nothing left
    }

    void failedWriteIsRolledBack()
    {
        FakeMaster master;
        master.files.insert(kControllerManagerManifest, fixture());
        const ControllerManagerEdit plan = planOnMaster(master, kControllerManagerManifest);
        master.failWrites = kControllerManagerManifest;
        const QString error = applyOnMaster(master, kControllerManagerManifest, plan);
        QVERIFY(error.contains(QStringLiteral("No space left on device")));
        QVERIFY(error.contains(QStringLiteral("the original was put back")));
        QCOMPARE(master.files.value(kControllerManagerManifest), fixture());
    }

    void staleBackupIsNeitherRolledBackNorRestored()
    {
        // A backup from an earlier run, then kubeadm upgraded the manifest (a new image) and
        // the flags went back to true: the backup is older than the file.
        FakeMaster master;
        const QString backup = controllerManagerBackupPath(kControllerManagerManifest);
        const QByteArray old = fixture();
        QByteArray upgraded = old;
        upgraded.replace("v1.20.4-tke.1", "v1.21.4-tke.1");
        master.files.insert(backup, old);
        master.files.insert(kControllerManagerManifest, upgraded);
        const ControllerManagerEdit plan = planOnMaster(master, kControllerManagerManifest);
        QVERIFY(plan.changed);
        QCOMPARE(plan.original, upgraded);
        // A failed write puts back the file as it was read, not the older backup.
        master.failWrites = kControllerManagerManifest;
        QVERIFY(!applyOnMaster(master, kControllerManagerManifest, plan).isEmpty());
        QCOMPARE(master.files.value(kControllerManagerManifest), upgraded);
        QCOMPARE(master.files.value(backup), old); // the true original is never overwritten

        // Uninstall after the manifest changed again (neither ours nor the backup): left alone.
        QByteArray later = upgraded;
        later.replace("v1.21.4-tke.1", "v1.22.5-tke.1");
        master.files.insert(kControllerManagerManifest, later);
        const QString error = restoreOnMaster(master, kControllerManagerManifest);
        QVERIFY2(error.contains(QLatin1String("changed after the installer edited it")),
            qPrintable(error));
        QCOMPARE(master.files.value(kControllerManagerManifest), later);
        QVERIFY(master.files.contains(backup));
    }

    void notAMaster()
    {
        FakeMaster worker;
        const ControllerManagerEdit plan = planOnMaster(worker, kControllerManagerManifest);
        QVERIFY(plan.error.contains(QStringLiteral("does not exist")));
        QVERIFY(!applyOnMaster(worker, kControllerManagerManifest, plan).isEmpty());
        QVERIFY(worker.files.isEmpty()); // nothing written
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
