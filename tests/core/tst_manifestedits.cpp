// ManifestEdits: the operator's edits over the generated manifests, re-judged.
#include "edit/ManifestEdits.h"
#include "profile/ProfileReader.h"
#include "render/ManifestRenderer.h"

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
};

QTEST_GUILESS_MAIN(TestManifestEdits)
#include "tst_manifestedits.moc"
