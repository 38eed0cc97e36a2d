// ExportWriter: the export folder matches `render` byte for byte and the bundle holds the same.
#include "apply/ObjectRef.h"
#include "exporting/ApplyScript.h"
#include "exporting/ExportWriter.h"
#include "plan/PlanEnums.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

Q_DECLARE_METATYPE(tkeci::Target)

namespace {

InstallPlan plan(bool underlay)
{
    InstallPlan p = defaultProfile().plan;
    if (underlay) {
        p.networkMode = NetworkMode::Underlay;
        p.underlay = {64512, QStringLiteral("192.168.60.2")};
        p.haType = HaType::ThirdParty;
        p.vip = QStringLiteral("10.0.0.100");
        p.vport = 16443;
        NodeSpec w = p.nodes.first();
        w.ip = QStringLiteral("10.0.0.17");
        w.role = NodeRole::Worker;
        w.auth = AuthMethod::Password;
        w.keyFile.clear();
        p.nodes.append(w);
        w.ip = QStringLiteral("10.0.0.18"); // its own BGP peer: a per-node override
        w.asn = 64513;
        w.switchIP = QStringLiteral("192.168.61.2");
        p.nodes.append(w);
    }
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestExportWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folderMatchesRender_data()
    {
        QTest::addColumn<bool>("underlay");
        QTest::addColumn<Target>("target");
        QTest::newRow("overlay, new") << false << Target::NewCluster;
        QTest::newRow("underlay+clb, new") << true << Target::NewCluster;
        QTest::newRow("overlay, existing") << false << Target::ExistingCluster;
        QTest::newRow("underlay+clb, existing") << true << Target::ExistingCluster;
        QTest::newRow("underlay+clb, export only") << true << Target::ExportOnly;
    }
    void folderMatchesRender()
    {
        QFETCH(bool, underlay);
        QFETCH(Target, target);
        auto plan = [target](bool underlay) {
            InstallPlan p = ::plan(underlay);
            p.target = target;
            return p;
        };
        const RenderResult r = renderManifests(plan(underlay));
        QVERIFY(r.ok());
        QTemporaryDir dir;
        const QString rendered = dir.filePath(QStringLiteral("render"));
        const QString exported = dir.filePath(QStringLiteral("export"));
        QCOMPARE(writeManifestDirectory(r.manifests, rendered), QString());
        QCOMPARE(writeExportFolder(r.manifests, plan(underlay), exported), QString());
        const QStringList renderedFiles = QDir(rendered).entryList(QDir::Files);
        QVERIFY(renderedFiles.contains(QStringLiteral("images.txt")));
        for (const QString &name : renderedFiles)
            QCOMPARE(readAll(exported + u'/' + name), readAll(rendered + u'/' + name));
        QCOMPARE(QDir(exported).entryList(QDir::Files).size(), renderedFiles.size() + 2);
        QVERIFY(QFileInfo(exported + QStringLiteral("/apply.sh")).isExecutable());
        const QByteArray script = readAll(exported + QStringLiteral("/apply.sh"));
        // Every object, in the installer's order (planApply), the check's after the others;
        // for a new cluster TKEStack applies Cilium itself, so only the check is the script's.
        Problems problems;
        qsizetype last = -1;
        const QList<ManifestDestination> destinations = target == Target::NewCluster
            ? QList {ManifestDestination::Verification}
            : QList {ManifestDestination::TargetCluster, ManifestDestination::Verification};
        for (const auto destination : destinations) {
            for (const PlannedObject &o : planApply(r.manifests.filesFor(destination), problems)) {
                const qsizetype at = script.indexOf("apply_doc '" + o.file.toUtf8() + "' "
                    + QByteArray::number(o.index) + " '" + o.ref.display().toUtf8() + "'\n");
                QVERIFY2(at > last, qPrintable(o.ref.display()));
                last = at;
            }
        }
        QVERIFY(problems.isEmpty());
        QVERIFY(script.indexOf("if [ \"$verify\" = yes ]") < script.indexOf("connectivity-check"));
        // Waits where the check's Deployments are.
        QCOMPARE(checkNamespace(r.manifests), QStringLiteral("cilium-test"));
        QVERIFY(script.contains("--timeout=300s -n 'cilium-test'"));
        const qsizetype firstApply = script.indexOf("\napply_doc ");
        if (underlay && target != Target::NewCluster) {
            // Each node with its labels, overrides included, before any object.
            for (const QByteArray &line :
                {QByteArray("label_node '10.0.0.16' '64512' '192.168.60.2'\n"),
                    QByteArray("label_node '10.0.0.17' '64512' '192.168.60.2'\n"),
                    QByteArray("label_node '10.0.0.18' '64513' '192.168.61.2'\n")}) {
                QVERIFY2(script.contains(line), line.constData());
                QVERIFY(script.indexOf(line) < firstApply);
            }
            QVERIFY(script.contains("'infra.tce.io/as' \"$2\" 'infra.tce.io/switch-ip' \"$3\""));
        } else {
            QVERIFY(!script.contains("\nlabel_node "));
        }
        QVERIFY(script.contains("--verify"));
        QCOMPARE(script.contains("still holds placeholders"), target == Target::NewCluster);
        QProcess sh; // the script must at least parse on a POSIX shell
        sh.start(
            QStringLiteral("sh"), {QStringLiteral("-n"), exported + QStringLiteral("/apply.sh")});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QVERIFY(readAll(exported + QStringLiteral("/README.txt")).contains("apply.sh"));
        // No secret anywhere: key files are paths to placeholders, passwords are never known.
        for (const QString &name : QDir(exported).entryList(QDir::Files)) {
            const QByteArray bytes = readAll(exported + u'/' + name);
            QVERIFY(!bytes.contains("PRIVATE KEY"));
            QVERIFY(!bytes.contains("BEGIN OPENSSH"));
        }
        if (underlay && target == Target::NewCluster)
            QVERIFY(readAll(exported + QStringLiteral("/tkestack-cluster.yaml"))
                        .contains("never stored"));
    }

    /// apply.sh runs (with a stand-in kubectl) and refuses a Cluster object that still holds
    /// the secret placeholders.
    void applyScriptRuns()
    {
        QTemporaryDir dir;
        auto run = [&](Target target) {
            InstallPlan p = plan(false);
            p.target = target;
            const RenderResult r = renderManifests(p);
            const QString folder = dir.filePath(toProfileString(target));
            writeExportFolder(r.manifests, p, folder);
            QProcess sh;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KUBECTL"), QStringLiteral("true"));
            env.insert(QStringLiteral("GLOBAL_KUBECONFIG"), QStringLiteral("/dev/null"));
            sh.setProcessEnvironment(env);
            sh.start(QStringLiteral("sh"), {folder + QStringLiteral("/apply.sh")});
            sh.waitForFinished(10000);
            return std::pair {sh.exitCode(), sh.readAllStandardError()};
        };
        const auto [existingCode, existingErr] = run(Target::ExistingCluster);
        QCOMPARE(existingCode, 0);
        const auto [newCode, newErr] = run(Target::NewCluster);
        QCOMPARE(newCode, 1);
        QVERIFY(newErr.contains("placeholders"));
    }

    /// README.txt says what to do for the target; the new cluster's script applies the Cluster
    /// object only (TKEStack installs Cilium itself) and follows its phase.
    void readmeAndScriptFollowTheTarget()
    {
        QHash<Target, QByteArray> readmes;
        for (const Target target :
            {Target::NewCluster, Target::ExistingCluster, Target::ExportOnly}) {
            InstallPlan p = plan(false);
            p.target = target;
            const RenderResult r = renderManifests(p);
            QVERIFY(r.ok());
            QByteArray readme, script;
            for (const ExportFile &f : exportFiles(r.manifests, p)) {
                if (f.path == QLatin1String("README.txt"))
                    readme = f.bytes;
                if (f.path == QLatin1String("apply.sh"))
                    script = f.bytes;
            }
            readmes.insert(target, readme);
            if (target == Target::NewCluster) {
                QVERIFY(readme.contains("Target: a new cluster"));
                QVERIFY(readme.contains("GLOBAL_KUBECONFIG="));
                QVERIFY(script.contains("apply -f 'tkestack-cluster.yaml'"));
                QVERIFY(script.contains("clusters.platform.tkestack.io \"$cluster\""));
                QVERIFY(!script.contains("apply_doc 'cilium.yaml'"));
            } else {
                QVERIFY(readme.contains(target == Target::ExistingCluster
                        ? "Target: an existing cluster"
                        : "Target: export only"));
                QVERIFY(readme.contains("--allocate-node-cidrs=false")); // overlay
                QVERIFY(!script.contains("tkestack-cluster"));
                QVERIFY(script.contains("apply_doc 'cilium.yaml'"));
            }
        }
        QCOMPARE(QSet<QByteArray>(readmes.cbegin(), readmes.cend()).size(), 3);
        InstallPlan p = plan(true);
        p.target = Target::ExistingCluster;
        const RenderResult r = renderManifests(p);
        QVERIFY(exportFiles(r.manifests, p).last().bytes.contains("infra.tce.io/switch-ip"));
    }

    /// Operator text reaches the script as one shell word, whatever it holds.
    void shellQuoteIsOneWord()
    {
        for (const QString &text : {QStringLiteral("10.0.0.16"), QStringLiteral("it's"),
                 QStringLiteral("$(touch /tmp/x) `id` \"a\" \\ ;|&"), QString()}) {
            QProcess sh;
            sh.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                    QStringLiteral("printf %s ") + QString::fromUtf8(shellQuote(text))});
            QVERIFY(sh.waitForFinished(10000));
            QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), text);
        }
    }

    /// A hand-edited file whose "---" lines do not split it into its objects (a document on
    /// the marker's line) is applied whole rather than cut wrong.
    void unsplittableFileIsAppliedWhole()
    {
        const RenderResult r = renderManifests(plan(false));
        ManifestSet set = r.manifests;
        set.files.prepend(
            ManifestFile {QStringLiteral("edited"), ManifestDestination::TargetCluster,
                "--- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n"});
        InstallPlan p = plan(false);
        p.target = Target::ExistingCluster;
        const QByteArray script = applyScript(set, p);
        QVERIFY(script.contains("ssa -f 'edited.yaml'\n"));
        QVERIFY(!script.contains("apply_doc 'edited.yaml'"));
        QVERIFY(script.contains("apply_doc 'cilium.yaml'"));
    }

    /// Both writers create a missing folder, parents included.
    void missingParentsAreCreated()
    {
        const RenderResult r = renderManifests(plan(false));
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("a/b/export"));
        QCOMPARE(writeExportFolder(r.manifests, plan(false), folder), QString());
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/apply.sh")));
        const QString bundle = dir.filePath(QStringLiteral("c/d/site.tar.gz"));
        QCOMPARE(writeExportBundle(r.manifests, plan(false), bundle), QString());
        QVERIFY(QFileInfo(bundle).size() > 0);
    }

    void bundleHoldsTheSameFiles()
    {
        const RenderResult r = renderManifests(plan(true));
        QVERIFY(r.ok());
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("site-a.tar.gz"));
        QCOMPARE(writeExportBundle(r.manifests, plan(true), bundle), QString());
        // The system tar is the judge of the format: what an offline host will use.
        QProcess tar;
        tar.setWorkingDirectory(dir.path());
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), bundle});
        QVERIFY(tar.waitForFinished(20000));
        QCOMPARE(tar.exitCode(), 0);
        const QString top = dir.filePath(QStringLiteral("site-a"));
        for (const ExportFile &f : exportFiles(r.manifests, plan(true)))
            QCOMPARE(readAll(top + u'/' + f.path), f.bytes);
        QVERIFY(QFileInfo(top + QStringLiteral("/apply.sh")).isExecutable());
    }

    void unwritablePlaceIsAnError()
    {
        const RenderResult r = renderManifests(plan(false));
        QVERIFY(
            !writeExportFolder(r.manifests, plan(false), QStringLiteral("/proc/nope/x")).isEmpty());
        QVERIFY(!writeExportBundle(r.manifests, plan(false), QStringLiteral("/proc/nope.tar.gz"))
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
