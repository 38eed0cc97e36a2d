// The Apply page's "What will change..." against the test API server: every object to be
// created on an empty cluster and nothing written by asking; after the apply, unchanged; the
// operator's edit as the one line it changes; a field someone else took over as the conflict
// the apply would meet; the dialog re-translated on a language switch.
#include "ApplyFixture.h"

#include "apply/ChangePreviewDialog.h"
#include "apply/ManifestApplier.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace tkeci;
using namespace tkeci::testing;

class TestChangePreview : public ApplyFixture
{
    Q_OBJECT

private:
    std::unique_ptr<TestApiServer> m_server;

    /// Opens the preview on the Apply page and waits for the cluster's answer.
    ChangePreviewDialog *preview(InstallerWizard &w)
    {
        auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
        apply->picker()->setKubeconfig(m_server->kubeconfig(QStringLiteral("admin-cert")));
        if (!apply->previewButton()->isVisibleTo(apply) || !apply->previewButton()->isEnabled())
            return nullptr;
        apply->previewButton()->click();
        ChangePreviewDialog *dialog = apply->previewDialog();
        if (!dialog)
            return nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 30000); }();
        return dialog;
    }

    static QStringList changesOf(ChangePreviewDialog *d)
    {
        QStringList out;
        for (int i = 0; i < d->changes()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = d->changes()->topLevelItem(i);
            out.append(item->text(0) + QStringLiteral(": ") + item->text(1));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startUp();
        m_server = server();
        QVERIFY(m_server->isRunning());
    }
    void cleanupTestCase() { tearDown(); }

    void emptyClusterThenAppliedThenChangedByHand()
    {
        InstallerWizard &w = freshFor(Target::ExistingCluster);
        walkToApply(w);
        ChangePreviewDialog *d = preview(w);
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QVERIFY2(d->result()->ok(), qPrintable(d->summary()->text()));
        const QStringList changes = changesOf(d);
        QVERIFY(changes.size() > 10);
        QVERIFY(changes.contains(QStringLiteral("DaemonSet kube-system/cilium: to be created")));
        QCOMPARE(changes.filter(QStringLiteral(": to be created")).size(), changes.size());
        // The first object is selected and its whole text shows as added lines.
        QVERIFY2(
            d->diffView()->toPlainText().startsWith(QStringLiteral("--- live\n+++ after apply\n")),
            qPrintable(d->diffView()->toPlainText().left(200)));
        QVERIFY(d->summary()->text().contains(QStringLiteral("Nothing was written")));
        QCOMPARE(call(*m_server, "GET",
                     QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/cilium"))
                     .httpStatus,
            404);
        d->close();
        QTRY_VERIFY(!w.pageAs<ApplyPage>(ApplyPageId)->previewDialog());

        // Applied (as the Applying page would), then cilium-config's debug changed by hand.
        KubeClient client(
            *loadKubeConfig({m_server->kubeconfig(QStringLiteral("admin-cert"))}).access);
        ManifestApplier applier(client);
        QSignalSpy applied(&applier, &ManifestApplier::finished);
        applier.start(w.state().edits.effective().filesFor(ManifestDestination::TargetCluster));
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
        d = preview(w);
        QVERIFY(d);
        QCOMPARE(changesOf(d).filter(QStringLiteral(": unchanged")).size(), changesOf(d).size());
        d->close();
        // The operator's edit on the Review page: the one line it changes.
        const QString file = QStringLiteral("cilium");
        QByteArray text = w.state().edits.text(file);
        QVERIFY(text.contains("debug: \"false\""));
        w.state().edits.setText(file, text.replace("debug: \"false\"", "debug: \"true\""));
        d = preview(w);
        QVERIFY(d);
        QCOMPARE(changesOf(d).filter(QStringLiteral(": to be configured")),
            QStringList {QStringLiteral("ConfigMap kube-system/cilium-config: to be configured")});
        const QString diff = d->diffView()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("\n-  debug: \"false\"\n+  debug: \"true\"\n")),
            qPrintable(diff));
        d->close();

        // Someone changed that value on the cluster with kubectl edit: the apply would
        // conflict, and the preview says so now, naming who holds the field.
        KubeRequest patch;
        patch.method = "PATCH";
        patch.path = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/cilium-config");
        patch.contentType = "application/merge-patch+json";
        patch.body = R"({"data":{"debug":"yes"}})";
        patch.query.addQueryItem(QStringLiteral("fieldManager"), QStringLiteral("kubectl-edit"));
        QVERIFY(client.sendAndWait(patch).ok());
        d = preview(w);
        QVERIFY(d);
        QVERIFY(d->result()->error);
        QVERIFY2(
            d->summary()->text().contains(QStringLiteral("ConfigMap kube-system/cilium-config"))
                && d->summary()->text().contains(QStringLiteral("kubectl-edit")),
            qPrintable(d->summary()->text()));

        // A language switch re-translates the open dialog (QApplication posts LanguageChange
        // to each window).
        m_translations->switchTo(QLocale(QLocale::Chinese, QLocale::China));
        QTRY_COMPARE(d->windowTitle(), QStringLiteral("apply 将改变的内容"));
        QVERIFY2(d->summary()->text().startsWith(QStringLiteral("集群无法就 ConfigMap")),
            qPrintable(d->summary()->text()));
        m_translations->switchTo(QLocale(QLocale::English));
        d->close();
    }
};

QTEST_MAIN(TestChangePreview)
#include "tst_changepreview.moc"
