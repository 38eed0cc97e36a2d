// ManifestEdits: the operator's edits over the generated manifests, re-judged.
#include "edit/ManifestDigest.h"
#include "edit/ManifestEdits.h"
#include "edit/ManifestEditsFolder.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

namespace {

ManifestSet overlaySet()
{
    const RenderResult r = renderManifests(defaultProfile().plan);
    Q_ASSERT(r.ok());
    return r.manifests;
}

} // namespace

class TestManifestEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uneditedIsClean()
    {
        ManifestEdits e;
        e.setGenerated(overlaySet());
        QVERIFY(e.canApply());
        QVERIFY(e.editedFiles().isEmpty());
        QCOMPARE(e.effective().files, overlaySet().files);
        QCOMPARE(e.effective().images, overlaySet().images);
    }

    void validEditIsKept()
    {
        ManifestEdits e;
        e.setGenerated(overlaySet());
        QByteArray text = e.text(QStringLiteral("cilium"));
        text.replace(
            "enable-l7-proxy: \"false\"", "enable-l7-proxy: \"false\"\n  operator-note: \"kept\"");
        QVERIFY(text != e.text(QStringLiteral("cilium")));
        e.setText(QStringLiteral("cilium"), text);
        QVERIFY(e.isEdited(QStringLiteral("cilium")));
        QVERIFY2(e.canApply(),
            qPrintable(
                e.allIssues().isEmpty() ? QString() : editIssueMessage(e.allIssues().first())));
        QCOMPARE(e.effective().file(QStringLiteral("cilium"))->yaml, text);
        // Re-rendering keeps the edit; a changed generated text marks it stale.
        e.setGenerated(overlaySet());
        QVERIFY(e.isEdited(QStringLiteral("cilium")));
        QVERIFY(!e.isStale(QStringLiteral("cilium")));
        InstallPlan other = defaultProfile().plan;
        other.imageRegistry = QStringLiteral("registry.example.com/tkestack");
        e.setGenerated(renderManifests(other).manifests);
        QVERIFY(e.isStale(QStringLiteral("cilium")));
        QVERIFY(e.canApply());
        e.setGenerated(overlaySet());
        const QString diff = unifiedDiff(overlaySet().file(QStringLiteral("cilium"))->yaml, text);
        QVERIFY(diff.contains(QStringLiteral("+  operator-note: \"kept\"")));
        // Setting the generated text back is no edit at all.
        e.setText(QStringLiteral("cilium"), overlaySet().file(QStringLiteral("cilium"))->yaml);
        QVERIFY(!e.isEdited(QStringLiteral("cilium")));
    }

    void brokenYamlBlocksWithLine()
    {
        ManifestEdits e;
        e.setGenerated(overlaySet());
        QByteArray text = e.text(QStringLiteral("cilium"));
        const int line = int(text.left(text.indexOf("kind:")).count('\n')) + 1;
        text.replace(text.indexOf("kind:"), 5, "kind: [broken");
        e.setText(QStringLiteral("cilium"), text);
        const QList<EditIssue> issues = e.issues(QStringLiteral("cilium"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().code, EditIssue::Code::Invalid);
        QVERIFY(issues.first().line >= line);
        QVERIFY(!e.canApply());
        QVERIFY(editIssueMessage(issues.first()).startsWith(QStringLiteral("cilium.yaml")));
        e.reset(QStringLiteral("cilium"));
        QVERIFY(e.canApply());
    }

    void renamedObjectBlocks()
    {
        ManifestEdits e;
        e.setGenerated(overlaySet());
        QByteArray text = e.text(QStringLiteral("cilium"));
        text.replace("name: cilium-config", "name: my-config");
        e.setText(QStringLiteral("cilium"), text);
        const QList<EditIssue> issues = e.issues(QStringLiteral("cilium"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().code, EditIssue::Code::ObjectChanged);
        QCOMPARE(issues.first().args,
            (QStringList {
                QStringLiteral("ConfigMap/cilium-config"), QStringLiteral("ConfigMap/my-config")}));
    }

    void removedObjectBlocks()
    {
        ManifestEdits e;
        e.setGenerated(overlaySet());
        QByteArray text = e.text(QStringLiteral("tke-eni-ipamd"));
        text = text.left(text.lastIndexOf("\n---"));
        e.setText(QStringLiteral("tke-eni-ipamd"), text);
        QCOMPARE(e.issues(QStringLiteral("tke-eni-ipamd")).value(0).code,
            EditIssue::Code::ObjectCountChanged);
    }

    void diffOfEqualTextsIsEmpty()
    {
        QCOMPARE(unifiedDiff("a\nb\n", "a\nb\n"), QString());
        const QString d = unifiedDiff("a\nb\nc\n", "a\nx\nc\n");
        QVERIFY(d.contains(QStringLiteral("-b\n+x\n")));
    }

    /// Kept beside a profile and read back: the same text, and still stale when it was.
    void editsKeptBesideAProfileComeBack()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("site.yaml"));
        QCOMPARE(manifestEditsFolder(profile), dir.filePath(QStringLiteral("site.edits")));
        ManifestEdits e;
        InstallPlan other = defaultProfile().plan;
        other.imageRegistry = QStringLiteral("registry.example.com/tkestack");
        e.setGenerated(renderManifests(other).manifests); // the edit is made on other answers
        const QByteArray text = e.text(QStringLiteral("cilium")) + "# kept\n";
        e.setText(QStringLiteral("cilium"), text);
        e.setGenerated(overlaySet());
        QVERIFY(e.isStale(QStringLiteral("cilium")));
        const EditsSaveResult saved = saveManifestEdits(e, profile);
        QCOMPARE(saved.error, QString());
        QCOMPARE(saved.saved, QStringList {QStringLiteral("cilium.yaml")});

        const EditsLoadResult loaded = loadManifestEdits(profile);
        QVERIFY(loaded.problems.isEmpty());
        QCOMPARE(loaded.edits.size(), 1);
        ManifestEdits back;
        back.setGenerated(overlaySet());
        for (const KeptEdit &k : loaded.edits)
            back.restore(k.name, k.yaml, k.baseDigest);
        QCOMPARE(back.text(QStringLiteral("cilium")), text);
        QVERIFY(back.isStale(QStringLiteral("cilium")));
        QCOMPARE(editsDigest(back), editsDigest(e));

        // With no edit left, saving empties the folder.
        e.reset(QStringLiteral("cilium"));
        QCOMPARE(saveManifestEdits(e, profile).error, QString());
        QVERIFY(!QDir(manifestEditsFolder(profile)).exists());
        QVERIFY(loadManifestEdits(profile).edits.isEmpty());
    }

    /// An index that names a path is refused: nothing outside the folder is read.
    void keptEditsIndexIsReadStrictly()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("site.yaml"));
        QVERIFY(QDir().mkpath(manifestEditsFolder(profile)));
        QFile index(QDir(manifestEditsFolder(profile)).filePath(QStringLiteral("edits.yaml")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("version: 1\nfiles:\n  - name: ../site\n    base: \"00\"\n");
        index.close();
        const EditsLoadResult loaded = loadManifestEdits(profile);
        QVERIFY(loaded.edits.isEmpty());
        QCOMPARE(loaded.problems.size(), 1);
    }

    void credentialsInAnEditAreTold_data()
    {
        QTest::addColumn<QByteArray>("generated");
        QTest::addColumn<QByteArray>("edited");
        QTest::addColumn<bool>("secret");
        const QByteArray machine = "kind: Cluster\nspec:\n  machines:\n    - ip: 10.0.0.16\n"
                                   "      password: \"<filled at apply time>\"\n";
        QTest::newRow("placeholder kept") << machine << machine + "# note\n" << false;
        QByteArray typed = machine;
        typed.replace("<filled at apply time>", "hunter2");
        QTest::newRow("password typed") << machine << typed << true;
        QTest::newRow("privateKey added") << machine << machine + "  privateKey: LS0tLS1CRUdJTg==\n"
                                          << true;
        QTest::newRow("Secret data")
            << QByteArray("kind: Secret\ndata: {}\n")
            << QByteArray("kind: Secret\ndata:\n  ca.key: c2VjcmV0\n") << true;
        QTest::newRow("other fields")
            << QByteArray("kind: ConfigMap\ndata:\n  a: \"1\"\n")
            << QByteArray("kind: ConfigMap\ndata:\n  a: \"2\"\n") << false;
    }
    void credentialsInAnEditAreTold()
    {
        QFETCH(QByteArray, generated);
        QFETCH(QByteArray, edited);
        QFETCH(bool, secret);
        QCOMPARE(editHoldsSecret(generated, edited), secret);
    }
};

QTEST_GUILESS_MAIN(TestManifestEdits)
#include "tst_manifestedits.moc"
